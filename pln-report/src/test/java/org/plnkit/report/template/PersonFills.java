package org.plnkit.report.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;

/**
 * Fills a template as a person would in a spreadsheet: picks kind, category, frequency, value, Yes/No and
 * participation from the drop-downs (the category labels come from the workbook's own Categories list), types
 * dates into the date columns (Excel date cells), writes topics with semicolons, links by name.
 */
final class PersonFills {
    private PersonFills() {
    }

    /** What the filled workbook should read as. */
    static Pln expected(List<String> categoryIds) {
        Participant maria = new Participant("maria-lopez", "Maria Lopez", java.util.Optional.of("Teacher librarian"),
                java.util.Optional.of("Lincoln Middle School"), List.of("makerspaces", "coding"),
                java.util.Optional.of("Feedly"), java.util.Optional.of(LocalDate.of(2026, 11, 1)));
        List<Connection> cs = List.of(
                Connection.builder("jane-kim", "Jane Kim", Kind.PERSON, categoryIds.get(0)).metVia("school")
                        .frequency(Frequency.WEEKLY).value(5).givesBack(true).wantsMore(false)
                        .topics(List.of("makerspaces", "coding")).lastContact(LocalDate.of(2026, 10, 27)).build(),
                Connection.builder("iste", "ISTE", Kind.ORGANIZATION, categoryIds.get(1)).url("https://iste.org")
                        .frequency(Frequency.QUARTERLY).value(3).participation(Participation.LURKER).wantsMore(true)
                        .lastContact(LocalDate.of(2026, 6, 20)).build(),
                Connection.builder("tlchat", "#tlchat", Kind.RESOURCE, categoryIds.get(2)).metVia("twitter")
                        .frequency(Frequency.DAILY).value(4).givesBack(true).participation(Participation.CONTRIBUTOR)
                        .build());
        return new Pln(maria, cs, List.of(new Link("iste", "jane-kim")));
    }

    /**
     * Writes the template's workbook with the participant's own rows: the example rows are overwritten when
     * {@code keepExamples} is false, kept (and the person's rows added below) when true.
     *
     * @return the category ids that were picked, in connection order
     */
    static List<String> fill(byte[] template, Path out, boolean keepExamples,
                             java.util.function.Function<String, String> labelToId) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> labels = new ArrayList<>();
            AreaReference area = new AreaReference(wb.getName("Categories").getRefersToFormula(), wb.getSpreadsheetVersion());
            for (CellReference ref : area.getAllReferencedCells()) {
                labels.add(wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
            }
            String c0 = labels.get(0);
            String c1 = labels.get(Math.min(5, labels.size() - 1));
            String c2 = labels.get(Math.min(2, labels.size() - 1));

            Sheet ps = wb.getSheet("Participants");
            int pr = keepExamples ? 2 : 1;
            set(ps, pr, "participant_id", "maria-lopez");
            set(ps, pr, "name", "Maria Lopez");
            set(ps, pr, "school", "Lincoln Middle School");
            set(ps, pr, "role", "Teacher librarian");
            set(ps, pr, "topics", "makerspaces; coding");
            set(ps, pr, "organizer", "Feedly");
            setDate(ps, pr, "as_of", LocalDate.of(2026, 11, 1));

            Sheet cs = wb.getSheet("Connections");
            int r = keepExamples ? 3 : 1;
            if (!keepExamples) {
                // overwrite the example rows as a person would: select the row, delete the cells, type anew
                for (int i = 1; i <= 2; i++) {
                    Row row = cs.getRow(i);
                    if (row != null) {
                        cs.removeRow(row);
                    }
                }
            }
            set(cs, r, "participant_id", "maria-lopez");
            set(cs, r, "connection_name", "Jane Kim");
            set(cs, r, "kind", "person");
            set(cs, r, "category", c0);
            set(cs, r, "met_via", "school");
            set(cs, r, "frequency", "weekly");
            setNumber(cs, r, "value", 5);
            set(cs, r, "gives_back", "Yes");
            set(cs, r, "wants_more", "No");
            set(cs, r, "topics", "makerspaces; coding");
            setDate(cs, r, "last_contact", LocalDate.of(2026, 10, 27));
            r++;
            set(cs, r, "participant_id", "maria-lopez");
            set(cs, r, "connection_name", "ISTE");
            set(cs, r, "kind", "organization");
            set(cs, r, "category", c1);
            set(cs, r, "url", "https://iste.org");
            set(cs, r, "frequency", "quarterly");
            setNumber(cs, r, "value", 3);
            set(cs, r, "participation", "lurker");
            set(cs, r, "wants_more", "Yes");
            setDate(cs, r, "last_contact", LocalDate.of(2026, 6, 20));
            set(cs, r, "linked_to", "Jane Kim");
            r++;
            set(cs, r, "participant_id", "maria-lopez");
            set(cs, r, "connection_name", "#tlchat");
            set(cs, r, "kind", "resource");
            set(cs, r, "category", c2);
            set(cs, r, "met_via", "twitter");
            set(cs, r, "frequency", "daily");
            setNumber(cs, r, "value", 4);
            set(cs, r, "gives_back", "Yes");
            set(cs, r, "participation", "contributor");
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            return List.of(labelToId.apply(c0), labelToId.apply(c1), labelToId.apply(c2));
        }
    }

    private static Cell cell(Sheet s, int row, String column) {
        int col = -1;
        for (Cell h : s.getRow(0)) {
            if (h.getStringCellValue().equals(column)) {
                col = h.getColumnIndex();
            }
        }
        if (col < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        // a person typing into the sheet gets the column's format (text, or yyyy-mm-dd for dates)
        if (s.getColumnStyle(col) != null) {
            c.setCellStyle(s.getColumnStyle(col));
        }
        return c;
    }

    private static void set(Sheet s, int row, String column, String v) {
        cell(s, row, column).setCellValue(v);
    }

    private static void setNumber(Sheet s, int row, String column, double v) {
        cell(s, row, column).setCellValue(v);
    }

    private static void setDate(Sheet s, int row, String column, LocalDate d) {
        cell(s, row, column).setCellValue(d);
    }
}
