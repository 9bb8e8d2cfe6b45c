package org.plnkit.report.template;

import java.time.LocalDate;
import java.util.List;
import org.plnkit.report.workbook.kit.CellText;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.fields.FieldType;

/**
 * One sheet of the organizer workbook ({@link TemplateWriter}): the options, the workbook and its styles, the
 * contract's columns and the helpers every sheet shares (header with comments, drop-downs, date checks).
 */
abstract class TemplateSheet {
    /** Suggestions of the met_via column (its drop-down and the Instructions sheet). */
    protected static final List<String> MET_VIA = List.of("school", "district", "in-person", "twitter", "facebook",
            "conference", "professional-organization", "mentor-program", "email", "other");

    protected final TemplateOptions options;
    protected final XSSFWorkbook wb;
    protected final Styles st;
    private final String name;

    TemplateSheet(String name, TemplateOptions options, XSSFWorkbook wb, Styles st) {
        this.name = name;
        this.options = options;
        this.wb = wb;
        this.st = st;
    }

    /** Adds the sheet to the workbook and writes it. */
    final void write() {
        write(wb.createSheet(name));
    }

    /** Writes the sheet's content. */
    abstract void write(XSSFSheet s);

    /** A column of the contract as a sheet shows it. */
    protected record Column(String header, int width, boolean required, String help, String example) {
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

    /** The columns of a sheet as the contract describes them ({@link ContractFields}); topics are wide. */
    protected List<Column> columns(Field.Part part) {
        int topicsWidth = part == Field.Part.PARTICIPANT ? 36 : 30;
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

    protected static void header(XSSFSheet s, List<Column> cols, Styles st) {
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

    protected static void setColumnStyles(XSSFSheet s, List<Column> cols, Styles st, List<String> dateColumns) {
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

    protected void list(XSSFSheet s, XSSFDataValidationHelper h, int col, DataValidationConstraint c, boolean strict,
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

    protected void dateCheck(XSSFSheet s, XSSFDataValidationHelper h, int col, String field) {
        DataValidationConstraint c = h.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(1990,1,1)", "DATE(2100,12,31)", null);
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, options.rows(), col, col));
        dv.setEmptyCellAllowed(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Not a date", field + " is a date, written YYYY-MM-DD, for example 2026-10-20.");
        dv.setShowErrorBox(true);
        s.addValidationData(dv);
    }

    protected static void text(Row r, int col, String v, XSSFCellStyle style) {
        Cells.text(r, col, v, style);
    }

    protected static void number(Row r, int col, int v, XSSFCellStyle style) {
        Cells.number(r, col, v, style);
    }

    protected static void date(Row r, int col, LocalDate d, XSSFCellStyle style) {
        Cells.date(r, col, d, style);
    }
}
