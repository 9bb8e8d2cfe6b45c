package org.plnkit.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.Text;

/**
 * A template filled in as a person would, read back with POI by the contract's column names and every value
 * parsed with the contract's field rules ({@link Fields}). The same check through the project's cohort reader is
 * {@code TemplateRoundTripTest} (in src/test/pending until the cohort reader is on this branch).
 */
class TemplateFillTest {
    @Test
    void aFilledTemplateHoldsTheContractsValues(@TempDir Path dir) throws Exception {
        Taxonomy tax = Taxonomy.defaults();
        Path filled = dir.resolve("filled.xlsx");
        List<String> ids = PersonFills.fill(new TemplateWriter(TemplateOptions.defaults()).bytes(), filled, false,
                label -> tax.resolve(label).map(Category::id).orElseThrow());
        Pln expected = PersonFills.expected(ids);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(filled))) {
            Problems problems = new Problems();
            List<Map<String, String>> rows = rows(wb.getSheet("Connections"));
            assertEquals(3, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> v = rows.get(i);
                Place at = Place.cell("filled.xlsx", "Connections", String.valueOf(i + 2), null);
                Connection e = expected.connections().get(i);
                assertEquals("maria-lopez", v.get("participant_id"));
                assertEquals(e.name(), v.get("connection_name"));
                assertEquals(Optional.of(e.kind()), Fields.kind(v.get("kind"), at, problems));
                assertEquals(Optional.of(e.category()), Fields.category(v.get("category"), tax, at, problems).map(Category::id));
                assertEquals(e.frequency(), Fields.frequency(v.get("frequency"), at, problems));
                assertEquals(e.value(), Fields.value(v.get("value"), at, problems));
                assertEquals(e.givesBack(), Fields.yesNo("gives_back", v.get("gives_back"), at, problems));
                assertEquals(e.wantsMore(), Fields.yesNo("wants_more", v.get("wants_more"), at, problems));
                assertEquals(e.participation(), Fields.participation(v.get("participation"), at, problems));
                assertEquals(e.lastContact(), Fields.date("last_contact", v.get("last_contact"), at, problems));
                assertEquals(e.topics(), Fields.topics(Text.splitList(v.get("topics"))));
                assertEquals(e.url(), Fields.text(v.get("url")));
                assertEquals(e.metVia(), Fields.text(v.get("met_via")));
            }
            assertEquals("Jane Kim", rows.get(1).get("linked_to"));
            Map<String, String> p = rows(wb.getSheet("Participants")).get(0);
            assertEquals(expected.participant().asOf(), Fields.date("as_of", p.get("as_of"), Place.file("p"), problems));
            assertEquals(expected.participant().topics(), Fields.topics(Text.splitList(p.get("topics"))));
            assertEquals(List.of(), problems.toList());
            assertEquals(Kind.PERSON, expected.connections().get(0).kind());
        }
    }

    /** The sheet's non-blank rows as header → text, dates as YYYY-MM-DD, numbers as spreadsheets give them. */
    private static List<Map<String, String>> rows(Sheet s) {
        List<String> header = new ArrayList<>();
        s.getRow(0).forEach(c -> header.add(Text.headerKey(c.getStringCellValue())));
        assertEquals(header, s == s.getWorkbook().getSheet("Connections") ? TemplateWriter.CONNECTION_COLUMNS
                : TemplateWriter.PARTICIPANT_COLUMNS, "the header is the contract's");
        List<Map<String, String>> out = new ArrayList<>();
        for (Row r : s) {
            if (r.getRowNum() == 0) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Cell c = r.getCell(i);
                String v = null;
                if (c != null && c.getCellType() == CellType.NUMERIC) {
                    v = DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                            : String.valueOf(c.getNumericCellValue());
                } else if (c != null && c.getCellType() == CellType.STRING) {
                    v = c.getStringCellValue();
                }
                m.put(header.get(i), v);
            }
            if (m.values().stream().anyMatch(x -> !Text.isBlank(x))) {
                out.add(m);
            }
        }
        return out;
    }
}
