package org.plnkit.report.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.Text;

class TemplateWriterTest {
    private static final byte[] DEFAULT = new TemplateWriter(TemplateOptions.defaults()).bytes();

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> row(Sheet s, int r) {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        for (Cell c : s.getRow(r)) {
            out.add(f.formatCellValue(c));
        }
        return out;
    }

    @Test
    void theSameOptionsGiveTheSameBytesWithFixedDates() throws Exception {
        assertArrayEquals(DEFAULT, new TemplateWriter(TemplateOptions.defaults()).bytes());
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(DEFAULT))) {
            int entries = 0;
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                entries++;
            }
            assertTrue(entries > 5);
        }
        try (XSSFWorkbook wb = open(DEFAULT)) {
            assertEquals(org.plnkit.report.workbook.kit.DocumentProperties.FIXED_DATE, wb.getProperties().getCoreProperties().getCreated());
            assertEquals("PLN Toolkit", wb.getProperties().getCoreProperties().getCreator());
        }
        assertFalse(java.util.Arrays.equals(DEFAULT,
                new TemplateWriter(TemplateOptions.defaults().withExample(false)).bytes()), "options change the bytes");
    }

    @Test
    void theSheetsHaveTheContractsHeadersInOrder() throws Exception {
        try (XSSFWorkbook wb = open(DEFAULT)) {
            assertEquals(List.of("Instructions", "Participants", "Connections", "Lists"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertTrue(wb.isSheetHidden(3));
            assertEquals(0, wb.getActiveSheetIndex());
            // formats.md section 2, word for word
            assertEquals(List.of("participant_id", "name", "school", "role", "topics", "organizer", "as_of"),
                    row(wb.getSheet("Participants"), 0));
            assertEquals(List.of("participant_id", "connection_name", "kind", "category", "connection_id", "url",
                    "met_via", "frequency", "value", "gives_back", "participation", "wants_more", "topics",
                    "last_contact", "linked_to"), row(wb.getSheet("Connections"), 0));
            assertEquals(TemplateWriter.CONNECTION_COLUMNS, row(wb.getSheet("Connections"), 0));
            assertEquals(TemplateWriter.PARTICIPANT_COLUMNS, row(wb.getSheet("Participants"), 0));
        }
    }

    @Test
    void headersHaveCommentsWidthsAndAFrozenRow() throws Exception {
        try (XSSFWorkbook wb = open(DEFAULT)) {
            for (String name : List.of("Participants", "Connections")) {
                XSSFSheet s = wb.getSheet(name);
                for (Cell c : s.getRow(0)) {
                    assertNotNull(c.getCellComment(), name + " " + c.getStringCellValue());
                    assertFalse(c.getCellComment().getString().getString().isBlank());
                    assertTrue(s.getColumnWidth(c.getColumnIndex()) >= 8 * 256);
                }
                PaneInformation pane = s.getPaneInformation();
                assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, name);
            }
            String comment = wb.getSheet("Connections").getRow(0).getCell(2).getCellComment().getString().getString();
            assertTrue(comment.startsWith("Needed. person, organization or resource"), comment);
        }
    }

    @Test
    void dropDownsAndDateChecksCoverTheColumns() throws Exception {
        try (XSSFWorkbook wb = open(DEFAULT)) {
            Map<Integer, DataValidationConstraint> byColumn = new HashMap<>();
            for (DataValidation v : wb.getSheet("Connections").getDataValidations()) {
                var region = v.getRegions().getCellRangeAddress(0);
                assertEquals(1, region.getFirstRow());
                assertEquals(1000, region.getLastRow());
                byColumn.put(region.getFirstColumn(), v.getValidationConstraint());
            }
            List<String> cols = TemplateWriter.CONNECTION_COLUMNS;
            assertEquals(List.of("person", "organization", "resource"),
                    List.of(byColumn.get(cols.indexOf("kind")).getExplicitListValues()));
            assertEquals("Categories", byColumn.get(cols.indexOf("category")).getFormula1());
            assertEquals("MetVia", byColumn.get(cols.indexOf("met_via")).getFormula1());
            assertEquals(List.of("daily", "weekly", "monthly", "quarterly", "yearly", "rarely"),
                    List.of(byColumn.get(cols.indexOf("frequency")).getExplicitListValues()));
            assertEquals(List.of("1", "2", "3", "4", "5"), List.of(byColumn.get(cols.indexOf("value")).getExplicitListValues()));
            assertEquals(List.of("Yes", "No"), List.of(byColumn.get(cols.indexOf("gives_back")).getExplicitListValues()));
            assertEquals(List.of("Yes", "No"), List.of(byColumn.get(cols.indexOf("wants_more")).getExplicitListValues()));
            assertEquals(List.of("none", "lurker", "contributor", "leader"),
                    List.of(byColumn.get(cols.indexOf("participation")).getExplicitListValues()));
            assertEquals(DataValidationConstraint.ValidationType.DATE,
                    byColumn.get(cols.indexOf("last_contact")).getValidationType());
            assertEquals(DataValidationConstraint.ValidationType.DATE, wb.getSheet("Participants").getDataValidations()
                    .get(0).getValidationConstraint().getValidationType());
            // the named range holds the taxonomy's labels in display order
            var categories = wb.getName("Categories");
            assertEquals("Lists!$A$2:$A$12", categories.getRefersToFormula());
            Sheet lists = wb.getSheet("Lists");
            List<String> labels = new ArrayList<>();
            for (int r = 1; r <= 11; r++) {
                labels.add(lists.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(Taxonomy.defaults().categories().stream().map(Category::label).toList(), labels);
        }
    }

    @Test
    void theExampleRowsAreMarkedAndValidInput() throws Exception {
        Taxonomy tax = Taxonomy.defaults();
        try (XSSFWorkbook wb = open(DEFAULT)) {
            Sheet s = wb.getSheet("Connections");
            Problems problems = new Problems();
            for (int r = 1; r <= 2; r++) {
                Row row = s.getRow(r);
                for (Cell c : row) {
                    XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
                    assertTrue(style.getFont().getItalic(), "example cells are italic");
                }
                Map<String, String> v = new HashMap<>();
                List<String> cols = TemplateWriter.CONNECTION_COLUMNS;
                for (int i = 0; i < cols.size(); i++) {
                    Cell c = row.getCell(i);
                    v.put(cols.get(i), c == null ? null : c.getCellType() == CellType.NUMERIC
                            ? (DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                            : String.valueOf(c.getNumericCellValue())) : c.getStringCellValue());
                }
                Place at = Place.cell("template.xlsx", "Connections", String.valueOf(r + 1), null);
                assertEquals(TemplateWriter.EXAMPLE_PARTICIPANT, v.get("participant_id"));
                assertFalse(Text.isBlank(v.get("connection_name")));
                assertTrue(Fields.kind(v.get("kind"), at, problems).isPresent());
                assertTrue(Fields.category(v.get("category"), tax, at, problems).isPresent());
                Fields.frequency(v.get("frequency"), at, problems);
                Fields.value(v.get("value"), at, problems);
                Fields.yesNo("gives_back", v.get("gives_back"), at, problems);
                Fields.yesNo("wants_more", v.get("wants_more"), at, problems);
                Fields.participation(v.get("participation"), at, problems);
                assertTrue(Fields.date("last_contact", v.get("last_contact"), at, problems).isPresent());
            }
            assertEquals(List.of(), problems.toList());
            assertEquals("Jane Kim", s.getRow(2).getCell(TemplateWriter.CONNECTION_COLUMNS.indexOf("linked_to"))
                    .getStringCellValue(), "linked_to names the other example connection");
            Cell asOf = wb.getSheet("Participants").getRow(1).getCell(6);
            assertEquals(LocalDate.now(), asOf.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", asOf.getCellStyle().getDataFormatString());
        }
        try (XSSFWorkbook wb = open(new TemplateWriter(TemplateOptions.defaults().withExample(false)).bytes())) {
            assertEquals(0, wb.getSheet("Connections").getLastRowNum(), "only the header without examples");
        }
    }

    @Test
    void instructionsExplainEveryCategoryOfTheTaxonomyInUse() throws Exception {
        Taxonomy district = new Taxonomy(List.of(
                new Category("coaches", "Coaches & <mentors>", Set.of(Kind.PERSON), true,
                        "People who coach you, \"officially\" or not.", List.of("=the district coach", "a peer")),
                new Category("groups", "Groups", Set.of(Kind.ORGANIZATION, Kind.RESOURCE), false, "", List.of())));
        byte[] bytes = new TemplateWriter(TemplateOptions.defaults().withTaxonomy(district)).bytes();
        try (XSSFWorkbook wb = open(bytes)) {
            StringBuilder all = new StringBuilder();
            for (Row r : wb.getSheet("Instructions")) {
                for (Cell c : r) {
                    all.append(c.getStringCellValue()).append('\n');
                }
            }
            assertTrue(all.toString().contains("Coaches & <mentors>\ncoaches\nPeople who coach you, \"officially\" or not.\n"
                    + "=the district coach; a peer\n"), all.toString());
            assertTrue(all.toString().contains("Groups\ngroups\n"));
            assertEquals("Coaches & <mentors>", wb.getSheet("Connections").getRow(1).getCell(3).getStringCellValue());
            assertEquals("Groups", wb.getSheet("Connections").getRow(2).getCell(3).getStringCellValue());
            assertEquals("Lists!$A$2:$A$3", wb.getName("Categories").getRefersToFormula());
            // no text became a formula anywhere
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertFalse(c.getCellType() == CellType.FORMULA, s.getSheetName() + "!" + c.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void aLabelThatASpreadsheetWouldRunIsRefused() {
        Taxonomy bad = new Taxonomy(List.of(new Category("x", "=HYPERLINK(\"http://evil\")", Set.of(), false, "",
                List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TemplateWriter(TemplateOptions.defaults().withTaxonomy(bad)));
        assertTrue(e.getMessage().contains("would run as a formula"), e.getMessage());
    }
}
