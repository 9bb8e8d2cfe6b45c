package org.plnkit.report.template;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.plnkit.report.workbook.kit.CellText;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.DocumentProperties;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.fields.FieldType;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.TemplateExamples;
import org.plnkit.report.io.Zips;

/**
 * Writes the blank PLN organizer workbook that a participant or a district hands out: the Participants and
 * Connections sheets of the input contract (header row, worked example rows in grey italics that are valid input
 * if left in place, drop-downs, date checks, header comments, column widths, frozen header), an Instructions sheet
 * in plain words with every category of the taxonomy in use, and a hidden Lists sheet that feeds the long
 * drop-downs. The same options always give the same bytes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("pln-organizer.xlsx"))) {
 *     new TemplateWriter(TemplateOptions.defaults()).write(out);
 * }
 * }</pre>
 *
 * <p>Every text goes into a cell as text, never as a formula; a category label that a spreadsheet would run as a
 * formula when picked from a drop-down ({@code =}, {@code +}, {@code -}, {@code @} first) is refused.
 *
 * @since 0.1.0
 */
public final class TemplateWriter {
    /** The columns of the Participants sheet, in the contract's order. */
    public static final List<String> PARTICIPANT_COLUMNS = ContractFields.columns(Field.Part.PARTICIPANT);
    /** The columns of the Connections sheet, in the contract's order. */
    public static final List<String> CONNECTION_COLUMNS = ContractFields.columns(Field.Part.CONNECTION);

    static final String EXAMPLE_PARTICIPANT = TemplateExamples.PARTICIPANT_ID;

    private static final List<String> MET_VIA = List.of("school", "district", "in-person", "twitter", "facebook",
            "conference", "professional-organization", "mentor-program", "email", "other");

    private final TemplateOptions options;

    public TemplateWriter(TemplateOptions options) {
        this.options = options;
        for (Category c : options.taxonomy().categories()) {
            if (!c.label().isEmpty() && "=+-@".indexOf(c.label().charAt(0)) >= 0) {
                throw new IllegalArgumentException("category label \"" + c.label() + "\" starts with \""
                        + c.label().charAt(0) + "\", which a spreadsheet would run as a formula; rename it in the taxonomy file");
            }
        }
    }

    /** Writes the workbook (.xlsx); the stream is not closed. */
    public void write(OutputStream out) throws IOException {
        out.write(bytes());
    }

    /** The workbook's bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            instructions(wb, st);
            participants(wb, st);
            connections(wb, st);
            lists(wb);
            for (int i = 0; i < 3; i++) {
                printable(wb.getSheetAt(i));
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            properties(wb);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (ZipArchiveOutputStream zip = Zips.stable(buf, Deflater.BEST_COMPRESSION)) {
                wb.write(zip);
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- sheets

    private record Column(String header, int width, boolean required, String help, String example) {
    }

    /** Column widths in characters; a column of the contract not listed here is 14 wide. */
    private static final java.util.Map<String, Integer> WIDTHS = java.util.Map.ofEntries(
            java.util.Map.entry("participant_id", 18), java.util.Map.entry("name", 24),
            java.util.Map.entry("school", 26), java.util.Map.entry("role", 20), java.util.Map.entry("organizer", 16),
            java.util.Map.entry("as_of", 13), java.util.Map.entry("connection_name", 32),
            java.util.Map.entry("category", 28), java.util.Map.entry("connection_id", 18),
            java.util.Map.entry("url", 30), java.util.Map.entry("met_via", 16), java.util.Map.entry("frequency", 12),
            java.util.Map.entry("value", 8), java.util.Map.entry("gives_back", 11),
            java.util.Map.entry("participation", 13), java.util.Map.entry("wants_more", 11),
            java.util.Map.entry("last_contact", 13), java.util.Map.entry("linked_to", 28));

    private List<Column> participantColumns() {
        return columns(Field.Part.PARTICIPANT, 36);
    }

    private List<Column> connectionColumns() {
        return columns(Field.Part.CONNECTION, 30);
    }

    /** The columns of a sheet as the contract describes them ({@link ContractFields}); topics are wide. */
    private List<Column> columns(Field.Part part, int topicsWidth) {
        return ContractFields.of(part).stream()
                .filter(f -> f.column().isPresent())
                .sorted(java.util.Comparator.comparingInt((Field<?> f) -> f.column().get().index()))
                .map(f -> {
                    String name = f.column().get().name();
                    int width = name.equals("topics") ? topicsWidth : WIDTHS.getOrDefault(name, 14);
                    String example = f.example().orElseGet(() -> f.type() == FieldType.CATEGORY
                            ? options.taxonomy().categories().get(0).label() : "");
                    return new Column(name, width, f.required(), f.help(), example);
                })
                .toList();
    }

    private void participants(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Participants");
        List<Column> cols = participantColumns();
        header(s, cols, st);
        setColumnStyles(s, cols, st, List.of("as_of"));
        if (options.example()) {
            Row r = s.createRow(1);
            text(r, 0, EXAMPLE_PARTICIPANT, st.example);
            text(r, 1, TemplateExamples.PARTICIPANT_NAME, st.example);
            text(r, 2, "Lincoln Middle School", st.example);
            text(r, 3, "Teacher librarian", st.example);
            text(r, 4, "makerspaces; coding; information literacy", st.example);
            text(r, 5, "Feedly", st.example);
            date(r, 6, LocalDate.of(2026, 11, 1), st.exampleDate);
        }
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        dateCheck(s, h, 6, "as_of");
        s.createFreezePane(1, 1);
    }

    private void connections(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Connections");
        List<Column> cols = connectionColumns();
        header(s, cols, st);
        setColumnStyles(s, cols, st, List.of("last_contact"));
        if (options.example()) {
            Taxonomy t = options.taxonomy();
            Category person = typical(t, Kind.PERSON, 0);
            Category org = typical(t, Kind.ORGANIZATION, Math.min(1, t.categories().size() - 1));
            Row r = s.createRow(1);
            text(r, 0, EXAMPLE_PARTICIPANT, st.example);
            text(r, 1, TemplateExamples.CONNECTION_NAMES.get(0), st.example);
            text(r, 2, "person", st.example);
            text(r, 3, person.label(), st.example);
            text(r, 6, "school", st.example);
            text(r, 7, "weekly", st.example);
            number(r, 8, 5, st.exampleNumber);
            text(r, 9, "Yes", st.example);
            text(r, 11, "No", st.example);
            text(r, 12, "makerspaces; coding", st.example);
            date(r, 13, LocalDate.of(2026, 10, 20), st.exampleDate);
            Row r2 = s.createRow(2);
            text(r2, 0, EXAMPLE_PARTICIPANT, st.example);
            text(r2, 1, TemplateExamples.CONNECTION_NAMES.get(1), st.example);
            text(r2, 2, "organization", st.example);
            text(r2, 3, org.label(), st.example);
            text(r2, 5, "https://www.ala.org/aasl", st.example);
            text(r2, 6, "professional-organization", st.example);
            text(r2, 7, "monthly", st.example);
            number(r2, 8, 4, st.exampleNumber);
            text(r2, 9, "No", st.example);
            text(r2, 10, "lurker", st.example);
            text(r2, 11, "Yes", st.example);
            text(r2, 12, "information literacy", st.example);
            date(r2, 13, LocalDate.of(2026, 9, 15), st.exampleDate);
            text(r2, 14, "Jane Kim", st.example);
        }
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
        list(s, h, 2, h.createExplicitListConstraint(new String[] {"person", "organization", "resource"}), true,
                "kind", "Pick person, organization or resource from the list.");
        list(s, h, 3, h.createFormulaListConstraint("Categories"), true, "category",
                "Pick a category from the list; the Instructions sheet explains each one.");
        list(s, h, 6, h.createFormulaListConstraint("MetVia"), false, "met_via", "");
        list(s, h, 7, h.createExplicitListConstraint(new String[] {"daily", "weekly", "monthly", "quarterly", "yearly",
                "rarely"}), true, "frequency", "Pick how often from the list: daily, weekly, monthly, quarterly,"
                + " yearly or rarely.");
        list(s, h, 8, h.createExplicitListConstraint(new String[] {"1", "2", "3", "4", "5"}), true, "value",
                "The value is a whole number from 1 (a little) to 5 (essential).");
        list(s, h, 9, h.createExplicitListConstraint(new String[] {"Yes", "No"}), true, "gives_back", "Pick Yes or No.");
        list(s, h, 10, h.createExplicitListConstraint(new String[] {"none", "lurker", "contributor", "leader"}), true,
                "participation", "Pick none, lurker, contributor or leader from the list.");
        list(s, h, 11, h.createExplicitListConstraint(new String[] {"Yes", "No"}), true, "wants_more", "Pick Yes or No.");
        dateCheck(s, h, 13, "last_contact");
        s.createFreezePane(2, 1);
    }

    private void lists(XSSFWorkbook wb) {
        XSSFSheet s = wb.createSheet("Lists");
        List<String> labels = options.taxonomy().categories().stream().map(Category::label).toList();
        List<List<String>> columns = List.of(labels, MET_VIA);
        List<String> names = List.of("Categories", "MetVia");
        for (int c = 0; c < columns.size(); c++) {
            Row head = s.getRow(0) == null ? s.createRow(0) : s.getRow(0);
            Cells.text(head, c, names.get(c), null);
            for (int i = 0; i < columns.get(c).size(); i++) {
                Row r = s.getRow(i + 1) == null ? s.createRow(i + 1) : s.getRow(i + 1);
                Cells.text(r, c, columns.get(c).get(i), null);
            }
            XSSFName n = wb.createName();
            n.setNameName(names.get(c));
            char col = (char) ('A' + c);
            n.setRefersToFormula("Lists!$" + col + "$2:$" + col + "$" + (columns.get(c).size() + 1));
            s.setColumnWidth(c, 32 * 256);
        }
        wb.setSheetHidden(wb.getSheetIndex(s), true);
    }

    private void instructions(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("Instructions");
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 12 * 256);
        s.setColumnWidth(2, 64 * 256);
        s.setColumnWidth(3, 40 * 256);
        int[] row = {0};
        line(s, row, st.title, "PLN organizer: map your Personal Learning Network");
        line(s, row, st.wrap, "Your Personal Learning Network (PLN) is the people, organizations and resources you"
                + " learn from. This workbook collects yours in a form PLN Toolkit reads: check it with"
                + " \"pln validate\".");
        row[0]++;
        line(s, row, st.heading, "How to fill it in");
        line(s, row, st.wrap, "1. On the Participants sheet, write one row about yourself. Only participant_id is"
                + " needed: a short id such as maria-lopez.");
        line(s, row, st.wrap, "2. On the Connections sheet, write one row for each person, organization or resource you"
                + " learn from. Use your participant_id in every row.");
        line(s, row, st.wrap, "3. Pick kind, category, frequency, value, participation and the Yes/No answers from the"
                + " drop-down lists. Write dates as YYYY-MM-DD, for example 2026-10-20.");
        line(s, row, st.wrap, "4. Only participant_id, connection_name, kind and category are needed. Leave a cell"
                + " blank when you do not know; blank means \"not given\".");
        line(s, row, st.wrap, "5. The grey rows in italics are examples (participant " + EXAMPLE_PARTICIPANT + ")."
                + " Overwrite them or delete them before you hand the workbook in.");
        line(s, row, st.wrap, "Hover over a column title to see what it means.");
        row[0]++;

        line(s, row, st.heading, "The columns");
        table(s, row, st, List.of("Column", "Needed?", "What to write", "Example"));
        for (String sheet : List.of("Participants", "Connections")) {
            line(s, row, st.label, sheet + " sheet");
            for (Column c : sheet.equals("Participants") ? participantColumns() : connectionColumns()) {
                table(s, row, st, List.of(c.header(), c.required() ? "needed" : "optional", c.help(), c.example()));
            }
        }
        row[0]++;

        line(s, row, st.heading, "Categories");
        table(s, row, st, List.of("Category", "Id", "What it means", "Examples"));
        for (Category c : options.taxonomy().categories()) {
            table(s, row, st, List.of(c.label(), c.id(), c.description(), String.join("; ", c.examples())));
        }
        row[0]++;

        line(s, row, st.heading, "Drop-down choices");
        table(s, row, st, List.of("Column", "Choice", "What it means", ""));
        table(s, row, st, List.of("kind", "person", "Someone you learn from.", ""));
        table(s, row, st, List.of("kind", "organization", "An association, agency or group with members.", ""));
        table(s, row, st, List.of("kind", "resource", "A blog, hashtag, podcast, journal, website, course or event.", ""));
        table(s, row, st, List.of("frequency", "daily … yearly", "How often you check it or are in touch: daily,"
                + " weekly, monthly, quarterly or yearly.", ""));
        table(s, row, st, List.of("frequency", "rarely", "Less than once a year, or only now and then.", ""));
        table(s, row, st, List.of("value", "1 to 5", "1 = a little useful, 3 = useful, 5 = essential to your practice.", ""));
        table(s, row, st, List.of("participation", "none", "You are not active there.", ""));
        table(s, row, st, List.of("participation", "lurker", "You read or watch but do not post.", ""));
        table(s, row, st, List.of("participation", "contributor", "You post, answer, share or present.", ""));
        table(s, row, st, List.of("participation", "leader", "You organize, moderate or lead.", ""));
        table(s, row, st, List.of("gives_back, wants_more", "Yes / No", "Leave blank if it does not apply.", ""));
        table(s, row, st, List.of("met_via", "suggestions", String.join(", ", MET_VIA) + "; or type your own words.", ""));
    }

    // ---------------------------------------------------------------- helpers

    private static Category typical(Taxonomy t, Kind kind, int fallback) {
        return t.categories().stream().filter(c -> c.typicalKinds().contains(kind)).findFirst()
                .orElse(t.categories().get(fallback));
    }

    private static void header(XSSFSheet s, List<Column> cols, Styles st) {
        Row r = s.createRow(0);
        XSSFDrawing drawing = s.createDrawingPatriarch();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Cell cell = r.createCell(i);
            cell.setCellValue(CellText.safe(c.header()));
            cell.setCellStyle(c.required() ? st.headerRequired : st.header);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i, 0, i + 3, 5);
            anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(CellText.safe((c.required() ? "Needed. " : "") + c.help()
                    + (c.example().isEmpty() ? "" : " Example: " + c.example()))));
            comment.setAuthor("PLN Toolkit");
            cell.setCellComment(comment);
            s.setColumnWidth(i, c.width() * 256);
        }
        r.setHeightInPoints(20);
    }

    private static void setColumnStyles(XSSFSheet s, List<Column> cols, Styles st, List<String> dateColumns) {
        for (int i = 0; i < cols.size(); i++) {
            String h = cols.get(i).header();
            if (dateColumns.contains(h)) {
                s.setDefaultColumnStyle(i, st.date);
            } else if (!h.equals("value")) {
                // typed text stays text: "3-5" is not turned into a date, "007" keeps its zeros
                s.setDefaultColumnStyle(i, st.text);
            }
        }
    }

    private void list(XSSFSheet s, XSSFDataValidationHelper h, int col, DataValidationConstraint c, boolean strict,
                      String field, String error) {
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, options.rows(), col, col));
        dv.setSuppressDropDownArrow(true);   // in XSSF this shows the arrow
        dv.setEmptyCellAllowed(true);
        if (strict) {
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("Not one of the choices for " + field, error);
            dv.setShowErrorBox(true);
        } else {
            dv.setShowErrorBox(false);
        }
        s.addValidationData(dv);
    }

    private void dateCheck(XSSFSheet s, XSSFDataValidationHelper h, int col, String field) {
        DataValidationConstraint c = h.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(1990,1,1)", "DATE(2100,12,31)", null);
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, options.rows(), col, col));
        dv.setEmptyCellAllowed(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Not a date", field + " is a date, written YYYY-MM-DD, for example 2026-10-20.");
        dv.setShowErrorBox(true);
        s.addValidationData(dv);
    }

    private static void text(Row r, int col, String v, XSSFCellStyle style) {
        Cells.text(r, col, v, style);
    }

    private static void number(Row r, int col, int v, XSSFCellStyle style) {
        Cells.number(r, col, v, style);
    }

    private static void date(Row r, int col, LocalDate d, XSSFCellStyle style) {
        Cells.date(r, col, d, style);
    }

    private static void line(XSSFSheet s, int[] row, XSSFCellStyle style, String text) {
        Row r = s.createRow(row[0]++);
        Cells.text(r, 0, text, style);
        if (style.getWrapText()) {
            // one merged-looking wide line: spread over the four columns by height
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, 3));
            r.setHeightInPoints(Math.max(15, 15 * (int) Math.ceil(text.length() / 140.0)));
        }
    }

    private static void table(XSSFSheet s, int[] row, Styles st, List<String> cells) {
        Row r = s.createRow(row[0]++);
        int longest = 0;
        int[] widths = {28, 12, 64, 40};
        for (int i = 0; i < cells.size(); i++) {
            Cells.text(r, i, cells.get(i), st.wrap);
            longest = Math.max(longest, (int) Math.ceil(cells.get(i).length() / (double) widths[i]));
        }
        r.setHeightInPoints(15 * Math.max(1, longest));
    }

    /** Landscape, as wide as one page: printed instructions and sheets keep their columns together. */
    private static void printable(XSSFSheet s) {
        Cells.printable(s);
    }

    private static void properties(XSSFWorkbook wb) {
        DocumentProperties.set(wb, "PLN organizer",
                "A blank Personal Learning Network organizer: sheets Participants and Connections.");
    }
}
