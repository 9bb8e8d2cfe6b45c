package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;

class DistrictWorkbookTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static byte[] lakeside(boolean anonymized) {
        CohortReading r = CohortReader.readDetailed(Path.of("../samples/lakeside-district.xlsx"),
                org.plnkit.core.model.Taxonomy.defaults(), Limits.DEFAULT, false);
        Cohort c = r.result().value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF));
        CohortLabels labels = anonymized ? CohortLabels.anonymous(a) : CohortLabels.shown(a);
        return new DistrictWorkbook().bytes(a, labels, new DistrictInput("lakeside-district.xlsx", "2026-11-01",
                r.result().problems(), r.counts(), ProblemRedactor.of(c, labels)));
    }

    @Test
    void hasEverySheetInOrderAndIsByteStable() throws Exception {
        byte[] bytes = lakeside(true);
        assertArrayEquals(bytes, lakeside(true), "same analysis, same bytes");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(DistrictWorkbook.SHEETS, names);
            assertEquals(3, wb.getSheet("Overview").getDrawingPatriarch().getCharts().size());
        }
    }

    /**
     * QA (embedder): the workbook said "run with --show-names", "pln cohort --support-key FILE", "--resources" and
     * "pln validate", options of one front end; it now says what to ask for in its own terms, and names a front
     * end's options only when that front end gives them (DistrictHints).
     */
    @Test
    void namesNoOptionUnlessTheFrontEndGivesItsOwn() throws Exception {
        List<String> plain = texts(lakeside(true));
        assertEquals(List.of(), plain.stream().filter(t -> t.matches("(?s).*(--[a-z]|\\bpln [a-z]).*")).toList());
        assertTrue(plain.contains("No directory given: give the district's resource directory to list its entries"
                + " that no participant names yet."), plain::toString);

        CohortReading r = CohortReader.readDetailed(Path.of("../samples/lakeside-district.xlsx"),
                org.plnkit.core.model.Taxonomy.defaults(), Limits.DEFAULT, false);
        Cohort c = r.result().value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF));
        CohortLabels labels = CohortLabels.anonymous(a);
        DistrictHints hints = DistrictHints.NONE.withShowNames("tick Show names").withSupportKey("the Key button"
                + " says who is who").withResources("upload a directory").withValidate("the Check page shows them");
        List<String> hinted = texts(new DistrictWorkbook().bytes(a, labels, new DistrictInput("lakeside-district.xlsx",
                "2026-11-01", r.result().problems(), r.counts(), ProblemRedactor.of(c, labels)).withHints(hints)));
        assertTrue(hinted.stream().anyMatch(t -> t.endsWith("participants by number (tick Show names).")), "Overview");
        assertTrue(hinted.stream().anyMatch(t -> t.endsWith("shown by number; the Key button says who is who.")));
        assertTrue(hinted.contains("No directory given: upload a directory (the district's resource directory) to"
                + " list its entries that no participant names yet."));
        assertTrue(hinted.stream().anyMatch(t -> t.endsWith("nobody uses yet (upload a directory).")), "About");
        assertTrue(hinted.stream().anyMatch(t -> t.endsWith("by number); the Check page shows them.")), "problems");
    }

    /** Every text cell of every sheet. */
    private static List<String> texts(byte[] workbook) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            wb.forEach(s -> s.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        return texts;
    }

    @Test
    void participantsAreATableWithFiltersAndAFrozenHeader() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lakeside(true)))) {
            XSSFSheet s = wb.getSheet("Participants");
            assertEquals(1, s.getTables().size());
            assertEquals("A1:AC31", s.getTables().get(0).getArea().formatAsString().replace("$", ""));
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("Participant 01", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Health", s.getRow(0).getCell(7).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(7).getCellType());
            XSSFSheet heat = wb.getSheet("Heatmap");
            assertEquals(1, heat.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertTrue(heat.getCTWorksheet().isSetAutoFilter());
        }
    }

    /**
     * Printed, the Participants sheet's 29 columns go in four groups of pages (who and health; health parts and
     * categories; topics, check-ins and ties; the first step and the problem), each page with the header row and the
     * participant's label, at a size a coordinator can read, rather than all of them squeezed onto one page width.
     */
    @Test
    void participantsPrintInFourReadableColumnGroupsWithTheirHeaderAndLabel() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lakeside(true)))) {
            XSSFSheet s = wb.getSheet("Participants");
            assertFalse(s.getFitToPage());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(70, s.getPrintSetup().getScale());
            assertTrue(s.getPrintSetup().getLeftToRight(), "across, then down");
            assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals("A:A", s.getRepeatingColumns().formatAsString().replace("$", ""));
            int[] breaks = s.getColumnBreaks();
            Row head = s.getRow(0);
            int last = head.getLastCellNum() - 1;
            // each group ends where its words say
            assertEquals(List.of("Health", "Thin categories", "Isolated"),
                    Arrays.stream(breaks).mapToObj(c -> head.getCell(c).getStringCellValue()).toList());
            assertEquals("Problem", head.getCell(last).getStringCellValue());
            for (int g = 0; g <= breaks.length; g++) {
                int from = g == 0 ? 0 : breaks[g - 1] + 1;
                int to = g == breaks.length ? last : breaks[g];
                double chars = g == 0 ? 0 : s.getColumnWidth(0) / 256.0;
                for (int c = from; c <= to; c++) {
                    chars += s.getColumnWidth(c) / 256.0;
                }
                // LibreOffice here drew 121 characters 639 pt wide at 75%: 7.04 pt a character at full size
                double points = chars * 7.04 * 0.70;
                assertTrue(points < 11 * 72 - 2 * 0.7 * 72, "group " + g + " is " + points + " pt wide");
            }
        }
    }

    @Test
    void inputProblemsListEveryProblemWithItsPlaceAndReason() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lakeside(true)))) {
            XSSFSheet s = wb.getSheet("Input problems");
            DataFormatter f = new DataFormatter();
            List<String> lines = new ArrayList<>();
            for (Row row : s) {
                StringBuilder b = new StringBuilder();
                row.forEach(c -> b.append(f.formatCellValue(c)).append('|'));
                lines.add(b.toString());
            }
            String all = String.join("\n", lines);
            // "Mentor" of Connections!D12 is the mentors category's alias now: accepted, no longer a problem
            assertTrue(all.contains("Connections|../samples/lakeside-district.xlsx|1,423|1,418|5|")
                    || all.contains("Connections|"), all);
            for (String cell : new String[] {"|I5|", "|N19|", "|H27|", "|O30|", "|C35|", "|O43|", "|J52|",
                    "|A7|", "|P1|"}) {
                assertTrue(all.contains(cell), cell + " in\n" + all);
            }
            assertTrue(all.contains("error|lakeside-district.xlsx".substring(0, 6)));
            assertTrue(all.contains("value 7 is not between 1 and 5"));
            // anonymized: the duplicate participant is named by label, the names in linked_to are hidden (one is of
            // a person whose row was left out, so it is nowhere else in the cohort)
            assertTrue(all.contains("Participant 05 is already on row 6"), all);
            assertFalse(all.contains("lori-medina"), all);
            assertTrue(all.contains("|O30|linked_to|linked_to names \"(a name)\", which is not a connection of"
                    + " Participant 03; its row was left out"), all);
            assertTrue(all.contains("|O43|linked_to|linked_to names \"(a name)\""), all);
        }
    }

    @Test
    void aParticipantOnlyInConnectionsIsNamedByTheirLabelOnTheInputProblemsSheet(@TempDir Path dir) throws Exception {
        // QA (district), #16 again: "participant_id "(a person)" is not in Participants, so it is read as a participant
        // of its own": the id of a participant of the cohort was hidden as a third party's, so the coordinator could
        // not tie the warning to that participant's row on the other sheets (Needs support, Participants)
        Files.writeString(dir.resolve("participants.csv"), "participant_id,name\nt1,Ann Archer\nt2,Bo Chen\n");
        Files.writeString(dir.resolve("connections.csv"), "participant_id,connection_name,kind,category\n"
                + "t1,ISTE,organization,professional-organizations\nt2,ISTE,organization,professional-organizations\n"
                + "zed-moss,ISTE,organization,professional-organizations\n");
        CohortReading r = CohortReader.readDetailed(dir, org.plnkit.core.model.Taxonomy.defaults(), Limits.DEFAULT,
                false);
        Cohort c = r.result().value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF));
        CohortLabels labels = CohortLabels.anonymous(a);
        byte[] bytes = new DistrictWorkbook().bytes(a, labels, new DistrictInput("cohort", "2026-11-01",
                r.result().problems(), r.counts(), ProblemRedactor.of(c, labels)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter f = new DataFormatter();
            List<String> problems = new ArrayList<>();
            for (Row row : wb.getSheet("Input problems")) {
                if (row.getCell(5) != null) {
                    problems.add(f.formatCellValue(row.getCell(5)));
                }
            }
            assertTrue(problems.contains("participant_id \"Participant 3\" is not in Participants, so it is read as a"
                    + " participant of its own (its id as its name); add a row for them there"), problems.toString());
            assertFalse(problems.toString().contains("zed"), problems.toString());
        }
    }

    @Test
    void textFromTheInputNeverBecomesAFormula() throws Exception {
        Participant p = new Participant("p1", "=HYPERLINK(\"http://evil.example\",\"click\")",
                Optional.of("@SUM(1+1)"), Optional.of("=1+1"), List.of(), Optional.empty(), Optional.of(AS_OF));
        Participant q = new Participant("p2", "+cmd|' /C calc'!A0", Optional.of("-2+3"), Optional.of("=1+1"),
                List.of(), Optional.empty(), Optional.of(AS_OF));
        Connection evil = Connection.builder("x", "=WEBSERVICE(\"http://evil.example\")", Kind.RESOURCE,
                "blogs-websites").url("=1+2").build();
        Cohort c = new Cohort(List.of(new Pln(p, List.of(evil), List.of()), new Pln(q, List.of(evil), List.of())));
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults());
        byte[] bytes = new DistrictWorkbook().bytes(a, CohortLabels.shown(a), DistrictInput.of("evil.xlsx",
                "2026-11-01"));
        StringBuilder sheets = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    z.transferTo(out);
                    sheets.append(out.toString(StandardCharsets.UTF_8));
                }
            }
        }
        assertFalse(sheets.toString().contains("<f>"), "no formula cell anywhere");
        assertFalse(sheets.toString().contains("<f "), "no formula cell anywhere");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = wb.getSheet("Participants").getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", row.getCell(0).getStringCellValue());
            assertEquals("=1+1", row.getCell(1).getStringCellValue());
            Row shared = wb.getSheet("Shared resources").getRow(1);
            assertEquals(CellType.STRING, shared.getCell(1).getCellType());
            assertEquals("=WEBSERVICE(\"http://evil.example\")", shared.getCell(1).getStringCellValue());
        }
    }

    @Test
    void namesAreShownOnlyWhenAskedFor() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lakeside(false)))) {
            String first = wb.getSheet("Participants").getRow(1).getCell(0).getStringCellValue();
            assertFalse(first.startsWith("Participant "), first);
            String notes = wb.getSheet("About").getRow(14).getCell(1).getStringCellValue();
            assertEquals("People are shown by name.", notes);
        }
    }

    /**
     * QA: a participant who appears only in Connections (no school, no role) had blank School and Role cells on every
     * sheet that lists them, where the summaries write "(not given)": the same words everywhere (#16, #18).
     */
    @Test
    void aParticipantWithoutSchoolOrRoleIsNotGivenOnEverySheetThatListsThem() throws Exception {
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            plns.add(new Pln(new Participant("t" + i, "", Optional.of("Teacher"), Optional.of("North"), List.of(),
                    Optional.empty(), Optional.of(AS_OF)), List.of(Connection.builder("iste", "ISTE",
                    Kind.ORGANIZATION, "professional-organizations").build()), List.of()));
        }
        // only in Connections: no school, no role; shares nothing, so also on Isolated and Needs support
        plns.add(new Pln(new Participant("zed", "", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(AS_OF)), List.of(Connection.builder("own", "Own blog", Kind.RESOURCE, "blogs-websites")
                .build()), List.of()));
        CohortAnalysis a = CohortAnalyzer.analyze(new Cohort(plns), CohortOptions.defaults());
        CohortLabels labels = CohortLabels.shown(a);
        String zed = labels.participant(4);
        byte[] bytes = new DistrictWorkbook().bytes(a, labels, DistrictInput.of("cohort.xlsx", "2026-11-01"));
        List<String> checked = new ArrayList<>();
        for (SchoolAndRole c : schoolsAndRoles(bytes, zed::equals)) {
            assertEquals("(not given)", c.school(), c.sheet());
            c.role().ifPresent(role -> assertEquals("(not given)", role, c.sheet()));
            checked.add(c.sheet());
        }
        assertTrue(checked.containsAll(List.of("Participants", "Needs support", "Heatmap", "Isolated")),
                checked.toString());
    }

    /**
     * QA: Coverage and Communities grouped "Lakeside Middle School" and "lakeside  middle school" as one school, but
     * the sheets with a row per participant (Participants, Needs support, Heatmap, Bridges, Isolated, Growth) showed
     * the school as each participant typed it: one school under two names on the same workbook.
     */
    @Test
    void everySheetShowsASchoolAndARoleUnderTheNameTheCoverageGroupsThemBy() throws Exception {
        String[] schools = {"Lakeside Middle School", "lakeside  middle school", "Lakeside Middle School",
                "LAKESIDE MIDDLE SCHOOL."};
        String[] roles = {"Teacher", "teacher", "Teacher", " TEACHER "};
        List<Pln> before = new ArrayList<>();
        List<Pln> after = new ArrayList<>();
        for (int i = 0; i < schools.length; i++) {
            Participant p = new Participant("t" + i, "", Optional.of(roles[i]), Optional.of(schools[i]), List.of(),
                    Optional.empty(), Optional.of(AS_OF));
            // the last shares nothing, so it is also on Isolated and Needs support
            Connection c = i < 3 ? Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                    .build() : Connection.builder("own", "Own blog", Kind.RESOURCE, "blogs-websites").build();
            after.add(new Pln(p, List.of(c), List.of()));
            before.add(new Pln(p, List.of(c), List.of()));
        }
        // only in wave 1: on the Growth sheet as "only in wave 1 (left)", with wave 2's name for its school
        before.add(new Pln(new Participant("gone", "", Optional.of("teacher"), Optional.of("lakeside middle school"),
                List.of(), Optional.empty(), Optional.of(AS_OF)), List.of(Connection.builder("iste", "ISTE",
                Kind.ORGANIZATION, "professional-organizations").build()), List.of()));
        CohortAnalysis a = CohortAnalyzer.analyze(new Cohort(after), CohortOptions.defaults());
        var growth = new org.plnkit.analysis.growth.CohortGrowthAnalyzer(a.options()).analyze(new Cohort(before),
                new Cohort(after));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DistrictWorkbook().write(a, CohortLabels.shown(a), DistrictInput.of("cohort.xlsx", "2026-11-01"),
                Optional.of(new DistrictWorkbook.Waves(growth, 1)), out);
        List<String> checked = new ArrayList<>();
        for (SchoolAndRole c : schoolsAndRoles(out.toByteArray(), label -> label.matches("t\\d|gone"))) {
            String where = c.sheet() + " " + c.participant();
            assertEquals("Lakeside Middle School", c.school(), where);
            c.role().ifPresent(role -> assertEquals("Teacher", role, where));
            checked.add(where);
        }
        assertTrue(checked.containsAll(List.of("Participants t1", "Participants t3", "Needs support t3",
                "Heatmap t1", "Isolated t3", "Growth t1", "Growth gone")), checked.toString());
    }

    /**
     * QA: on the Lakeside sample Participant 03 names 7 shared nodes, yet is in no community (each participant they
     * share most with already had their 3 closest peers); the workbook only counted "2 participants are in no
     * community" in general words. Every participant whose Community cell is empty is now listed on the Communities
     * sheet with their own reason.
     */
    @Test
    void everyParticipantInNoCommunityIsListedWithWhyOnTheCommunitiesSheet() throws Exception {
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(lakeside(true)))) {
            List<String> empty = new ArrayList<>();
            XSSFSheet ps = wb.getSheet("Participants");
            for (int r = 1; r <= ps.getLastRowNum(); r++) {
                if (f.formatCellValue(ps.getRow(r).getCell(3)).isEmpty()) {
                    empty.add(f.formatCellValue(ps.getRow(r).getCell(0)));
                }
            }
            assertTrue(empty.contains("Participant 03"), empty.toString());
            List<String> listed = new ArrayList<>();
            boolean in = false;
            for (Row row : wb.getSheet("Communities")) {
                String first = f.formatCellValue(row.getCell(0));
                if (in && !first.isEmpty()) {
                    listed.add(first);
                    String why = f.formatCellValue(row.getCell(2));
                    if (first.equals("Participant 03")) {
                        assertEquals("Names 7 organizations, resources or people that others name too, but everyone"
                                + " they share the most with already had 3 closer peers (each participant is linked to"
                                + " their 3 closest peers only), so no group could hold them.", why);
                    }
                    assertFalse(why.isEmpty(), first);
                }
                in |= first.equals("Participant") && f.formatCellValue(row.getCell(2)).equals("Why in no community");
            }
            assertEquals(empty, listed);
        }
    }

    /**
     * QA: a participant listed without any connection row (their organizer not collected) topped Needs support with
     * "low health (0); at 0: Coverage, Diversity, Concentration, Topics, Give-back, Upkeep; shares nothing with
     * anyone" and the step "Find a source for coding": read as a teacher without a network, not as missing data.
     */
    @Test
    void aParticipantWithoutConnectionsNeedsTheirOrganizerCollectedNotAPlan() throws Exception {
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            plns.add(new Pln(new Participant("t" + i, "", Optional.of("Teacher"), Optional.of("North"), List.of(),
                    Optional.empty(), Optional.of(AS_OF)), List.of(Connection.builder("iste", "ISTE",
                    Kind.ORGANIZATION, "professional-organizations").build()), List.of()));
        }
        plns.add(new Pln(new Participant("empty", "", Optional.of("Teacher"), Optional.of("North"), List.of("coding"),
                Optional.empty(), Optional.of(AS_OF)), List.of(), List.of()));
        CohortAnalysis a = CohortAnalyzer.analyze(new Cohort(plns), CohortOptions.defaults());
        CohortLabels labels = CohortLabels.shown(a);
        byte[] bytes = new DistrictWorkbook().bytes(a, labels, DistrictInput.of("cohort.xlsx", "2026-11-01"));
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row found = null;
            for (Row row : wb.getSheet("Needs support")) {
                if (labels.participant(4).equals(f.formatCellValue(row.getCell(1)))) {
                    found = row;
                }
            }
            assertTrue(found != null, "listed");
            assertEquals("no connections were read for them (see Input problems): collect their organizer",
                    f.formatCellValue(found.getCell(6)));
            assertEquals("Collect their PLN organizer", f.formatCellValue(found.getCell(7)));
            // they share nothing, so they are on Isolated too: there as the same missing organizer, not a mentee
            Row isolated = null;
            for (Row row : wb.getSheet("Isolated")) {
                if (labels.participant(4).equals(f.formatCellValue(row.getCell(0)))) {
                    isolated = row;
                }
                assertNotEquals(labels.participant(0), f.formatCellValue(row.getCell(0)), "t0 shares ISTE");
            }
            assertTrue(isolated != null, "on Isolated");
            assertEquals("no connections were read for them (see Input problems): collect their organizer",
                    f.formatCellValue(isolated.getCell(5)));
        }
    }

    /** A participant's School (and Role, where the sheet has one) cells on one sheet of a district workbook. */
    private record SchoolAndRole(String sheet, String participant, String school, Optional<String> role) {
    }

    /**
     * The School and Role cells of every row, on every sheet with a School column, whose participant label (the first
     * column, or the second after Needs support's rank) {@code participant} accepts.
     */
    private static List<SchoolAndRole> schoolsAndRoles(byte[] workbook, Predicate<String> participant)
            throws Exception {
        List<SchoolAndRole> found = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                int school = -1;
                int role = -1;
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell c : row) {
                        String v = f.formatCellValue(c);
                        if (v.equals("School") && school < 0) {
                            school = c.getColumnIndex();
                        } else if (v.equals("Role") && role < 0) {
                            role = c.getColumnIndex();
                        }
                    }
                    String label = f.formatCellValue(row.getCell(sheet.getSheetName().equals("Needs support") ? 1 : 0));
                    if (school >= 0 && participant.test(label)) {
                        found.add(new SchoolAndRole(sheet.getSheetName(), label, f.formatCellValue(row.getCell(school)),
                                role < 0 ? Optional.empty() : Optional.of(f.formatCellValue(row.getCell(role)))));
                    }
                }
            }
        }
        return found;
    }
}
