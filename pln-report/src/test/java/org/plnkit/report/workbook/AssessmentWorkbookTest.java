package org.plnkit.report.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.report.workbook.kit.Styles;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.ParticipantReport;

class AssessmentWorkbookTest {
    private static final ParticipantReport MARIA = SampleParticipants.report(SampleParticipants.maria(), false);
    private static final byte[] MARIA_XLSX = Workbooks.withMap(MARIA);

    @Test
    void hasTheFiveSheetsAndNoFormulaCell() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(AssessmentWorkbook.SHEETS, names);
            assertEquals(List.of(), Workbooks.formulaCells(wb));
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }

    @Test
    void summaryHasScoreFindingsTwoChartsAndTheMap() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            XSSFSheet s = wb.getSheet("Summary");
            assertEquals("PLN assessment: Maria Lopez", s.getRow(0).getCell(0).getStringCellValue());
            String all = allText(s);
            assertTrue(all.contains("Key findings"), all);
            assertTrue(all.contains("Your PLN has 15 connections (3 people, 3 organizations and 9 resources) in all 11"
                    + " categories."), all);
            int scoreRow = Workbooks.headerRow(s, "Health score");
            assertEquals(87, (int) s.getRow(scoreRow).getCell(1).getNumericCellValue());
            XSSFDrawing d = s.getDrawingPatriarch();
            assertEquals(2, d.getCharts().size());
            assertEquals("Health score parts (0–100)", d.getCharts().get(0).getTitleText().getString());
            long pictures = d.getShapes().stream().filter(XSSFPicture.class::isInstance).count();
            assertEquals(1, pictures);
            XSSFPicture map = (XSSFPicture) d.getShapes().stream().filter(XSSFPicture.class::isInstance)
                    .findFirst().orElseThrow();
            assertEquals("image/png", map.getPictureData().getMimeType());
            // the health parts table feeds the first chart
            int head = Workbooks.headerRow(s, "Part");
            assertEquals(List.of("Coverage", "64", "25"), Workbooks.row(s, head + 1).subList(0, 3));
            assertEquals("Give-back", s.getRow(head + 5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aMapGivenByItsSizeAndDrawnOnDemandGivesTheSameWorkbook() {
        byte[] png = org.plnkit.report.map.PlnMap.render(MARIA.pln(), MARIA.mapOptions(),
                org.plnkit.report.map.Format.PNG);
        int[] asked = {0};
        byte[] lazy = new AssessmentWorkbook(MARIA.taxonomy()).bytes(MARIA.pln(), MARIA.assessment(),
                new AssessmentWorkbook.MapPicture(1600, 1200, () -> {
                    asked[0]++;
                    return png;
                }));
        assertArrayEquals(MARIA_XLSX, lazy);
        assertEquals(1, asked[0]);
    }

    @Test
    void aPlnWithoutAMapHasChartsButNoPicture() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.withoutMap(MARIA))) {
            XSSFDrawing d = wb.getSheet("Summary").getDrawingPatriarch();
            assertEquals(2, d.getCharts().size());
            assertFalse(d.getShapes().stream().anyMatch(XSSFPicture.class::isInstance));
        }
    }

    @Test
    void connectionsAreATableWithDatesLinksSharesAndAFrozenHeader() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            XSSFSheet s = wb.getSheet("Connections");
            assertEquals(List.of("Name", "Kind", "Category", "How often", "Value (1–5)", "Share of engagement",
                    "I give back", "Participation", "Want to do more", "Topics", "Last contact", "Met via",
                    "Web address"), Workbooks.row(s, 0));
            assertEquals(16, s.getLastRowNum() + 1, "a header and 15 connections");
            // the most engagement first: Jane Kim, weekly and valued 5
            assertEquals(List.of("Jane Kim", "person", "Local colleagues", "weekly", "5", "12%", "yes", "", "",
                    "makerspaces; coding", "2026-10-27", "school", ""), Workbooks.row(s, 1));
            Cell last = s.getRow(1).getCell(10);
            assertEquals(CellType.NUMERIC, last.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(last));
            double shares = 0;
            for (int r = 1; r <= 15; r++) {
                shares += s.getRow(r).getCell(5).getNumericCellValue();
            }
            assertEquals(1.0, shares, 1e-9);
            List<XSSFTable> tables = s.getTables();
            assertEquals(1, tables.size());
            assertEquals("A1:M16", tables.get(0).getArea().formatAsString());
            assertTrue(tables.get(0).getCTTable().isSetAutoFilter());
            assertTrue(s.getPaneInformation().isFreezePane());
            Set<String> links = s.getHyperlinkList().stream().map(XSSFHyperlink::getAddress)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(11, links.size(), "every connection with a web address");
            assertTrue(links.contains("https://www.ala.org/aasl"), links.toString());
            assertTrue(links.stream().allMatch(l -> l.startsWith("https://")), links.toString());
        }
    }

    @Test
    void theActionPlanHasAStatusDropDownATargetDateCheckAndRoomForOwnSteps() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            XSSFSheet s = wb.getSheet("Gaps & actions");
            int head = Workbooks.headerRow(s, "#");
            assertEquals(List.of("#", "Type", "Step", "Why", "Status", "Target date", "My notes"),
                    Workbooks.row(s, head), "no suggestion source: no Suggestions column");
            int steps = MARIA.assessment().actionPlan().recommendations().size();
            assertEquals(List.of("1", "Get involved", "Take a first step in Future Ready Librarians"),
                    Workbooks.row(s, head + 1).subList(0, 3));
            assertEquals(head + steps + AssessmentWorkbook.OWN_STEPS, s.getLastRowNum());
            List<? extends DataValidation> dvs = s.getDataValidations();
            DataValidation status = dvs.stream().filter(v -> v.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.LIST).findFirst().orElseThrow();
            assertEquals(AssessmentWorkbook.STATUSES,
                    List.of(status.getValidationConstraint().getExplicitListValues()));
            assertEquals(4, status.getRegions().getCellRangeAddress(0).getFirstColumn());
            assertEquals(head + 1, status.getRegions().getCellRangeAddress(0).getFirstRow());
            assertEquals(s.getLastRowNum(), status.getRegions().getCellRangeAddress(0).getLastRow());
            assertTrue(dvs.stream().anyMatch(v -> v.getValidationConstraint().getValidationType()
                    == DataValidationConstraint.ValidationType.DATE
                    && v.getRegions().getCellRangeAddress(0).getFirstColumn() == 5));
            assertTrue(s.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void overdueRowsOfTheCheckInsAreTheAssessmentsOverdueCheckIns() throws Exception {
        for (String name : SampleParticipants.NAMES) {
            ParticipantReport r = SampleParticipants.report(SampleParticipants.read(name), false);
            try (XSSFWorkbook wb = Workbooks.open(Workbooks.withoutMap(r))) {
                XSSFSheet s = wb.getSheet("Check-ins");
                Date asOf = s.getRow(1).getCell(1).getDateCellValue();
                assertEquals(r.assessment().asOf(), asOf.toInstant().atZone(java.time.ZoneId.systemDefault())
                        .toLocalDate());
                int head = Workbooks.headerRow(s, "Connection");
                assertEquals("Overdue from", s.getRow(head).getCell(6).getStringCellValue());
                // what the red rule (overdue from ≤ the as-of date in B2) marks
                List<String> red = new ArrayList<>();
                for (int i = head + 1; i <= s.getLastRowNum(); i++) {
                    Cell from = s.getRow(i).getCell(6);
                    if (from.getCellType() == CellType.NUMERIC && !from.getDateCellValue().after(asOf)) {
                        red.add(s.getRow(i).getCell(0).getStringCellValue());
                    }
                }
                List<String> expected = r.assessment().upkeep().overdueCheckIns().stream()
                        .map(o -> o.connection().name()).toList();
                assertEquals(expected, red, name + ": overdue first, most days late first");
                SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
                assertEquals(1, cf.getNumConditionalFormattings());
                ConditionalFormatting f = cf.getConditionalFormattingAt(0);
                assertEquals(2, f.getNumberOfRules());
                assertTrue(f.getRule(0).getFormula1().contains("$B$2>=$G" + (head + 2)), f.getRule(0).getFormula1());
                assertEquals(head + 1, f.getFormattingRanges()[0].getFirstRow());
            }
        }
    }

    @Test
    void topicsShowSourcesAndMarkUncoveredAndFragileTopics() throws Exception {
        ParticipantReport sam = SampleParticipants.report(SampleParticipants.sam(), false);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.withoutMap(sam))) {
            XSSFSheet s = wb.getSheet("Topics");
            int head = Workbooks.headerRow(s, "Topic");
            List<String> header = Workbooks.row(s, head);
            assertEquals(List.of("Topic", "Sources", "Status", "Priya Shah", "Donna Pratt", "Mr. Ellis"), header);
            assertEquals(List.of("classroom management", "2", "covered", "●", "●", ""), Workbooks.row(s, head + 1));
            assertEquals(List.of("reading instruction", "1", "single source", "", "", "●"),
                    Workbooks.row(s, head + 2));
            assertEquals(List.of("formative assessment", "0", "no source", "", "", ""), Workbooks.row(s, head + 4));
            byte[] red = fill(s.getRow(head + 4).getCell(0));
            byte[] amber = fill(s.getRow(head + 2).getCell(0));
            assertArrayEquals(Styles.RED_FILL, red);
            assertArrayEquals(Styles.AMBER_FILL, amber);
            assertNull(s.getRow(head + 1).getCell(0).getCellStyle().getFillForegroundColorColor());
        }
    }

    private static byte[] fill(Cell c) {
        return ((org.apache.poi.xssf.usermodel.XSSFColor) c.getCellStyle().getFillForegroundColorColor()).getRGB();
    }

    @Test
    void theSameInputGivesTheSameBytesAndDocumentDatesAreTheAsOfDate() throws Exception {
        assertArrayEquals(MARIA_XLSX, Workbooks.withMap(SampleParticipants.report(SampleParticipants.maria(), false)));
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            var core = wb.getProperties().getCoreProperties();
            Date asOf = Date.from(LocalDate.of(2026, 11, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertEquals(asOf, core.getCreated());
            assertEquals(asOf, core.getModified());
            assertEquals("PLN Toolkit", core.getCreator());
            assertEquals("PLN assessment: Maria Lopez", core.getTitle());
        }
    }

    @Test
    void printsLandscapeOnePageWide() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            for (Sheet s : wb) {
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
                assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
                assertTrue(s.getFitToPage(), s.getSheetName());
            }
        }
    }

    @Test
    void anAnonymizedWorkbookNamesNoPersonAnywhereNotEvenInItsProperties() {
        byte[] xlsx = Workbooks.withMap(SampleParticipants.report(SampleParticipants.maria(), true));
        String xml = Workbooks.xmlText(xlsx);
        for (String secret : List.of("Maria Lopez", "Maria", "Lopez", "Jane Kim", "Tom Alvarez", "Ruth Okafor",
                "Lincoln Middle School", "maria-lopez")) {
            assertFalse(xml.contains(secret), secret);
        }
        assertTrue(xml.contains("PLN assessment: Anonymous educator"));
        assertTrue(xml.contains("Local colleague 1"));
        assertTrue(xml.contains("American Association of School Librarians"), "organizations keep their names");
        String dana = Workbooks.xmlText(Workbooks.withoutMap(SampleParticipants.report(SampleParticipants.dana(),
                true))).toLowerCase(java.util.Locale.ROOT);
        assertFalse(dana.contains("marcus") || dana.contains("okoro") || dana.contains("fischer"), "met via too");
    }

    @Test
    void textFromTheInputNeverBecomesAFormulaOrAnUnsafeLink() throws Exception {
        String evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
        Participant p = new Participant("p", "@SUM(1+1)", Optional.of("-2+3"), Optional.empty(),
                List.of("+cmd|' /C calc'!A0", "coding"), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)));
        Pln pln = new Pln(p, List.of(
                Connection.builder("a", evil, Kind.RESOURCE, "blogs-websites").url("javascript:alert(1)")
                        .topics(List.of("+cmd|' /C calc'!A0")).frequency(Frequency.WEEKLY)
                        .lastContact(LocalDate.of(2026, 10, 1)).build(),
                Connection.builder("b", "Jo", Kind.PERSON, "mentors").url("https://example.org/a b")
                        .metVia("=1+1").build(),
                Connection.builder("c", "Site", Kind.RESOURCE, "blogs-websites").url("www.example.org").build()),
                List.of());
        ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.defaults(), false);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.withMap(r))) {
            assertEquals(List.of(), Workbooks.formulaCells(wb));
            XSSFSheet s = wb.getSheet("Connections");
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                names.add(s.getRow(i).getCell(0).getStringCellValue());
                assertTrue(s.getRow(i).getCell(0).getCellStyle().getQuotePrefixed(), "kept as text if edited");
            }
            assertTrue(names.contains(evil), names.toString());
            assertEquals("PLN assessment: @SUM(1+1)", wb.getSheet("Summary").getRow(0).getCell(0)
                    .getStringCellValue());
            List<String> links = s.getHyperlinkList().stream().map(XSSFHyperlink::getAddress).toList();
            assertEquals(List.of("https://www.example.org"), links, "only http(s) addresses become links");
            assertEquals("+cmd|' /C calc'!A0", wb.getSheet("Topics").getRow(Workbooks.headerRow(
                    wb.getSheet("Topics"), "Topic") + 1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aPlnWithNoConnectionsAndNoTopicsStillGivesAUsefulWorkbook() throws Exception {
        Participant p = new Participant("new", "New Teacher", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)));
        ParticipantReport r = ParticipantReport.of(new Pln(p, List.of(), List.of()), AssessmentOptions.defaults(),
                false);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.withMap(r))) {
            assertEquals(5, wb.getNumberOfSheets());
            assertTrue(allText(wb.getSheet("Connections")).contains("No connections yet"));
            assertTrue(allText(wb.getSheet("Topics")).contains("You have not named the topics"));
            assertTrue(allText(wb.getSheet("Summary")).contains("Your PLN has no connections yet."));
            assertNotNull(wb.getSheet("Gaps & actions").getRow(4));
        }
    }

    private static String allText(Sheet s) {
        StringBuilder b = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void picturesAreShapesOfTheSummaryOnly() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                XSSFDrawing d = wb.getSheetAt(i).getDrawingPatriarch();
                List<XSSFShape> shapes = d == null ? List.of() : d.getShapes();
                assertEquals(List.of(), shapes, wb.getSheetAt(i).getSheetName());
            }
        }
    }
    @Test
    void aLongNameWrapsInTheSummaryTitleInsteadOfRunningUnderTheMap() throws Exception {
        Participant kim = Participant.builder("kim")
                .name("Kimberly Okonkwo-Fitzgerald de la Cruz y Montenegro-Saint-Clair")
                .role("Kindergarten teacher")
                .school("Sunny Meadows Early Learning Centre and Community Family Resource Hub of the Greater"
                        + " Riverside Unified School District")
                .asOf(LocalDate.of(2026, 11, 15)).build();
        Pln pln = new Pln(kim, List.of(Connection.builder("m", "Dr. Margaret Ellington", Kind.PERSON, "mentors")
                .build()), List.of());
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.withMap(SampleParticipants.report(pln, false)))) {
            Sheet s = wb.getSheet("Summary");
            Row title = s.getRow(0);
            assertTrue(title.getCell(0).getCellStyle().getWrapText(), "the title wraps within columns A to D");
            assertTrue(title.getHeightInPoints() >= 2 * 24, "two lines of title: " + title.getHeightInPoints());
            Row sub = s.getRow(1);
            assertTrue(sub.getCell(0).getCellStyle().getWrapText(), "the role and school wrap too");
            assertTrue(sub.getHeightInPoints() >= 2 * 15, "two lines of subtitle: " + sub.getHeightInPoints());
        }
        try (XSSFWorkbook wb = Workbooks.open(MARIA_XLSX)) {
            assertEquals(28f, wb.getSheet("Summary").getRow(0).getHeightInPoints(), "a short title keeps one line");
        }
    }

    /**
     * A long name on the Growth sheet wraps in its column instead of being cut off by the next one: the fourteenth QA
     * pass's Spanish teacher read "American Council on the Teaching of Foreign Langua".
     */
    @Test
    void aLongNameWrapsOnTheGrowthSheet() throws Exception {
        String longName = "American Council on the Teaching of Foreign Languages";
        Participant p = Participant.builder("s").name("Sofia").role("Spanish teacher").asOf(LocalDate.of(2026, 11, 1))
                .build();
        Pln before = new Pln(p, List.of(Connection.builder("actfl", "ACTFL", Kind.ORGANIZATION,
                "professional-organizations").value(3).build(), Connection.builder("pod", longName + " podcast",
                Kind.RESOURCE, "webinars-podcasts").build()), List.of());
        Pln after = new Pln(p, List.of(Connection.builder("actfl", longName, Kind.ORGANIZATION,
                "professional-organizations").value(4).build()), List.of());
        org.plnkit.analysis.growth.Growth g = new org.plnkit.analysis.growth.GrowthComparer(
                AssessmentOptions.defaults()).compare(before, LocalDate.of(2026, 3, 1), after, LocalDate.of(2026, 11, 1));
        byte[] bytes = new AssessmentWorkbook(org.plnkit.core.model.Taxonomy.defaults()).bytes(after, g.after(),
                AssessmentWorkbook.MapPicture.of(org.plnkit.report.map.PlnMap.render(after,
                        SampleParticipants.report(after, false).mapOptions(), org.plnkit.report.map.Format.PNG)),
                Optional.of(g));
        try (XSSFWorkbook wb = Workbooks.open(bytes)) {
            Sheet s = wb.getSheet("Growth");
            List<String> names = new ArrayList<>();
            for (Row r : s) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(longName)) {
                    names.add(c.getStringCellValue());
                    assertTrue(c.getCellStyle().getWrapText(), c.getStringCellValue() + " wraps");
                    assertTrue(r.getHeightInPoints() >= 30, c.getStringCellValue() + " has two lines: "
                            + r.getHeightInPoints());
                }
            }
            assertEquals(List.of(longName + " podcast", longName), names);
        }
    }
}
