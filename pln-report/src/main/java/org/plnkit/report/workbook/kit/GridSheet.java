package org.plnkit.report.workbook.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellBase;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;

/**
 * A worksheet whose cells are kept in plain Java objects and written as the sheet's XML directly, instead of one
 * XMLBeans element per cell and row: building and saving those was a third of a participant's workbook (issue 17).
 * Everything else about the sheet (widths, merged cells, panes, validation, conditional formats, drawings, tables,
 * links, print setup) stays POI's. The sheet's XML is byte for byte what POI writes for the same cells: the same
 * elements and attributes in the same order, numbers as {@code String.valueOf(double)}, row heights as XMLBeans
 * prints a double, strings through the workbook's shared-strings table in the order the cells are written.
 *
 * <p>Made by {@link XssfWorkbooks#createGridded()}; its rows come from {@link Cells#row} (POI's {@code getRow} and
 * {@code createRow} see none of them). The cells hold what the toolkit writes: strings, numbers, dates, blanks,
 * error values, styles and links; the rest of POI's cell interface is refused.
 *
 * @since 0.1.0
 */
public final class GridSheet extends XSSFSheet {
    private static final byte[] EMPTY_SHEET_DATA = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);

    private final TreeMap<Integer, GridRow> rows = new TreeMap<>();

    GridSheet() {
        super();
    }

    /** The row, made when missing. */
    public GridRow row(int r) {
        if (r < 0 || r > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            throw new IllegalArgumentException("row " + r + " is outside a sheet");
        }
        return rows.computeIfAbsent(r, i -> new GridRow(this, i));
    }

    /** The row if it was made. */
    public GridRow existingRow(int r) {
        return rows.get(r);
    }

    /** The height of a row in points: its own, or the sheet's default. */
    public float rowHeightInPoints(int r) {
        GridRow row = rows.get(r);
        return row != null ? row.getHeightInPoints() : getDefaultRowHeightInPoints();
    }

    /**
     * Sets the height of a new picture's or chart's frame as POI would from this sheet's rows. POI sizes the frame
     * from the heights of the rows its anchor covers, read through {@code getRow}, which sees none of a grid sheet's
     * rows; so it took the default height for each. The same arithmetic as POI's, with the rows' own heights. A no-op
     * on any other sheet.
     */
    public static void fitFrame(XSSFSheet sheet, XSSFClientAnchor anchor, CTTransform2D xfrm) {
        if (!(sheet instanceof GridSheet g)) {
            return;
        }
        double px = 0;
        for (int r = anchor.getRow1(); r < anchor.getRow2(); r++) {
            px += Units.toEMU(g.rowHeightInPoints(r)) / (double) Units.EMU_PER_PIXEL;
        }
        xfrm.getExt().setCy((long) Units.pixelToEMU((int) px) - anchor.getDy1() + anchor.getDy2());
    }

    private XssfWorkbooks.PlainKeyedStrings strings() {
        return (XssfWorkbooks.PlainKeyedStrings) getWorkbook().getSharedStringSource();
    }

    @Override
    protected void write(OutputStream out) throws IOException {
        if (rows.isEmpty()) {
            super.write(out);
            return;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (GridRow r : rows.values()) {
            r.defaultStyles();
            if (!r.cells.isEmpty()) {
                first = Math.min(first, r.cells.firstKey());
                last = Math.max(last, r.cells.lastKey());
            }
        }
        if (first != Integer.MAX_VALUE) {
            // what POI's write computes from its own rows, which this sheet does not have
            String ref = new CellRangeAddress(rows.firstKey(), rows.lastKey(), first, last).formatAsString();
            if (getCTWorksheet().isSetDimension()) {
                getCTWorksheet().getDimension().setRef(ref);
            } else {
                getCTWorksheet().addNewDimension().setRef(ref);
            }
        }
        ByteArrayOutputStream shell = new ByteArrayOutputStream(8 * 1024);
        super.write(shell);
        byte[] xml = shell.toByteArray();
        int at = indexOf(xml, EMPTY_SHEET_DATA);
        if (at < 0) {
            throw new IllegalStateException("no <sheetData/> in the sheet's XML");
        }
        out.write(xml, 0, at);
        StringBuilder b = new StringBuilder(rows.size() * 256);
        b.append("<sheetData>");
        for (GridRow r : rows.values()) {
            r.xml(b);
        }
        b.append("</sheetData>");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.write(xml, at + EMPTY_SHEET_DATA.length, xml.length - at - EMPTY_SHEET_DATA.length);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A row of a {@link GridSheet}. */
    public static final class GridRow implements Row {
        private final GridSheet sheet;
        private final int index;
        private final TreeMap<Integer, GridCell> cells = new TreeMap<>();
        /** The columns in the order their cells were first made: POI's order of the row's cell elements. */
        private final List<Integer> made = new ArrayList<>();
        /** The height in twips as POI keeps it, or -1 for the sheet's default. */
        private short height = -1;

        private GridRow(GridSheet sheet, int index) {
            this.sheet = sheet;
            this.index = index;
        }

        /** Whether the row's height was set (POI's {@code customHeight}). */
        public boolean customHeight() {
            return height != -1;
        }

        @Override
        public GridCell createCell(int column) {
            if (column < 0 || column > SpreadsheetVersion.EXCEL2007.getLastColumnIndex()) {
                throw new IllegalArgumentException("column " + column + " is outside a sheet");
            }
            GridCell c = new GridCell(this, column);
            if (cells.put(column, c) == null) {
                made.add(column);
            }
            return c;
        }

        @Override
        public GridCell createCell(int column, CellType type) {
            if (type != CellType.BLANK) {
                throw new UnsupportedOperationException("a grid cell starts blank");
            }
            return createCell(column);
        }

        @Override
        public void removeCell(org.apache.poi.ss.usermodel.Cell cell) {
            if (cells.remove(cell.getColumnIndex()) != null) {
                made.remove(Integer.valueOf(cell.getColumnIndex()));
            }
        }

        /**
         * What XSSFRow.onDocumentWrite does to cells without a style: it walks the cells in column order beside their
         * elements in the order they were made, gives each cell without a style its column's style (the default one
         * when the column has none), and stops after the first cell whose element is out of order.
         */
        private void defaultStyles() {
            int i = 0;
            for (GridCell c : cells.values()) {
                if (c.styleIndex < 0) {
                    c.setCellStyle(sheet.getColumnStyle(c.column));
                }
                if (made.get(i++) != c.column) {
                    return;
                }
            }
        }

        @Override
        public void setRowNum(int rowNum) {
            throw new UnsupportedOperationException("grid rows do not move");
        }

        @Override
        public int getRowNum() {
            return index;
        }

        @Override
        public GridCell getCell(int column) {
            return cells.get(column);
        }

        @Override
        public GridCell getCell(int column, MissingCellPolicy policy) {
            GridCell c = cells.get(column);
            if (c == null && policy == MissingCellPolicy.CREATE_NULL_AS_BLANK) {
                return createCell(column);
            }
            return c != null && c.type == CellType.BLANK && policy == MissingCellPolicy.RETURN_BLANK_AS_NULL
                    ? null : c;
        }

        @Override
        public short getFirstCellNum() {
            return (short) (cells.isEmpty() ? -1 : cells.firstKey());
        }

        @Override
        public short getLastCellNum() {
            return (short) (cells.isEmpty() ? -1 : cells.lastKey() + 1);
        }

        @Override
        public int getPhysicalNumberOfCells() {
            return cells.size();
        }

        @Override
        public void setHeight(short twips) {
            height = twips;   // POI's XSSFRow keeps -1 for "the default" the same way
        }

        @Override
        public void setZeroHeight(boolean zero) {
            throw new UnsupportedOperationException("grid rows are not hidden");
        }

        @Override
        public boolean getZeroHeight() {
            return false;
        }

        @Override
        public void setHeightInPoints(float points) {
            setHeight((short) (points == -1 ? -1 : points * 20));
        }

        @Override
        public short getHeight() {
            return (short) (getHeightInPoints() * 20);
        }

        @Override
        public float getHeightInPoints() {
            return height != -1 ? (float) (height / 20.0) : sheet.getDefaultRowHeightInPoints();
        }

        @Override
        public boolean isFormatted() {
            return false;
        }

        @Override
        public CellStyle getRowStyle() {
            return null;
        }

        @Override
        public void setRowStyle(CellStyle style) {
            throw new UnsupportedOperationException("grid rows have no style of their own");
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<org.apache.poi.ss.usermodel.Cell> cellIterator() {
            return (Iterator) cells.values().iterator();
        }

        @Override
        public Iterator<org.apache.poi.ss.usermodel.Cell> iterator() {
            return cellIterator();
        }

        @Override
        public GridSheet getSheet() {
            return sheet;
        }

        @Override
        public int getOutlineLevel() {
            return 0;
        }

        @Override
        public void shiftCellsRight(int first, int last, int step) {
            throw new UnsupportedOperationException("grid cells do not move");
        }

        @Override
        public void shiftCellsLeft(int first, int last, int step) {
            throw new UnsupportedOperationException("grid cells do not move");
        }

        /** The row as POI's XSSFRow saves it: {@code r}, then {@code ht} and {@code customHeight} when set. */
        private void xml(StringBuilder b) {
            b.append("<row r=\"").append(index + 1).append('"');
            if (height != -1) {
                // XSSFRow.setHeight: the twips over 20 as a double, printed by XMLBeans as Double.toString
                b.append(" ht=\"").append(Double.toString((double) height / 20.0)).append("\" customHeight=\"true\"");
            }
            if (cells.isEmpty()) {
                b.append("/>");
                return;
            }
            b.append('>');
            for (Map.Entry<Integer, GridCell> e : cells.entrySet()) {
                e.getValue().xml(b);
            }
            b.append("</row>");
        }
    }

    /** A cell of a {@link GridSheet}. */
    public static final class GridCell extends CellBase {
        private final GridRow row;
        private final int column;
        private CellType type = CellType.BLANK;
        /** The cell's value as its XML holds it: a string's index in the shared strings, a number, an error. */
        private String v;
        private String text;
        private double number;
        private XSSFCellStyle style;
        private int styleIndex = -1;
        /** Whether the style was set before the value, which puts {@code s} before {@code t} in POI's XML. */
        private boolean styleFirst;

        private GridCell(GridRow row, int column) {
            this.row = row;
            this.column = column;
        }

        private void xml(StringBuilder b) {
            b.append("<c r=\"").append(CellReference.convertNumToColString(column)).append(row.index + 1).append('"');
            if (styleFirst) {
                style(b);
                type(b);
            } else {
                type(b);
                style(b);
            }
            if (v == null) {
                b.append("/>");
            } else {
                b.append("><v>").append(v).append("</v></c>");
            }
        }

        private void type(StringBuilder b) {
            switch (type) {
                case STRING -> b.append(" t=\"s\"");
                case NUMERIC -> b.append(" t=\"n\"");
                case ERROR -> b.append(" t=\"e\"");
                default -> {
                }
            }
        }

        private void style(StringBuilder b) {
            if (styleIndex >= 0) {
                b.append(" s=\"").append(styleIndex).append('"');
            }
        }

        @Override
        protected void setCellTypeImpl(CellType cellType) {
            throw new UnsupportedOperationException("set a grid cell's value instead");
        }

        @Override
        public void setBlank() {
            type = CellType.BLANK;
            v = null;
            text = null;
        }

        @Override
        protected void setCellFormulaImpl(String formula) {
            throw new UnsupportedOperationException("the toolkit writes no formula into a cell");
        }

        @Override
        protected void removeFormulaImpl() {
        }

        @Override
        protected void setCellValueImpl(double value) {
            type = CellType.NUMERIC;
            number = value;
            text = null;
            v = String.valueOf(value);
        }

        @Override
        protected void setCellValueImpl(Date value) {
            setCellValue(DateUtil.getExcelDate(value, row.sheet.getWorkbook().isDate1904()));
        }

        @Override
        protected void setCellValueImpl(LocalDateTime value) {
            setCellValue(DateUtil.getExcelDate(value, row.sheet.getWorkbook().isDate1904()));
        }

        @Override
        protected void setCellValueImpl(Calendar value) {
            setCellValue(DateUtil.getExcelDate(value, row.sheet.getWorkbook().isDate1904()));
        }

        @Override
        protected void setCellValueImpl(String value) {
            type = CellType.STRING;
            text = value;
            v = Integer.toString(row.sheet.strings().index(value));
        }

        @Override
        protected void setCellValueImpl(RichTextString value) {
            setCellValueImpl(value.getString());
        }

        @Override
        protected SpreadsheetVersion getSpreadsheetVersion() {
            return SpreadsheetVersion.EXCEL2007;
        }

        @Override
        public int getColumnIndex() {
            return column;
        }

        @Override
        public int getRowIndex() {
            return row.index;
        }

        @Override
        public GridSheet getSheet() {
            return row.sheet;
        }

        @Override
        public GridRow getRow() {
            return row;
        }

        @Override
        public CellType getCellType() {
            return type;
        }

        @Override
        public CellType getCachedFormulaResultType() {
            throw new IllegalStateException("not a formula cell");
        }

        @Override
        public String getCellFormula() {
            throw new IllegalStateException("not a formula cell");
        }

        @Override
        public double getNumericCellValue() {
            if (type == CellType.BLANK) {
                return 0;
            }
            if (type != CellType.NUMERIC) {
                throw new IllegalStateException("a " + type + " cell is not a number");
            }
            return number;
        }

        @Override
        public Date getDateCellValue() {
            return type == CellType.BLANK ? null
                    : DateUtil.getJavaDate(getNumericCellValue(), row.sheet.getWorkbook().isDate1904());
        }

        @Override
        public LocalDateTime getLocalDateTimeCellValue() {
            return type == CellType.BLANK ? null
                    : DateUtil.getLocalDateTime(getNumericCellValue(), row.sheet.getWorkbook().isDate1904());
        }

        @Override
        public RichTextString getRichStringCellValue() {
            return new XSSFRichTextString(getStringCellValue());
        }

        @Override
        public String getStringCellValue() {
            if (type == CellType.BLANK) {
                return "";
            }
            if (type != CellType.STRING) {
                throw new IllegalStateException("a " + type + " cell is not text");
            }
            return text;
        }

        @Override
        public void setCellValue(boolean value) {
            throw new UnsupportedOperationException("the toolkit writes no boolean cell");
        }

        @Override
        public void setCellErrorValue(byte code) {
            type = CellType.ERROR;
            text = null;
            v = FormulaError.forInt(code).getString();
        }

        @Override
        public boolean getBooleanCellValue() {
            throw new IllegalStateException("not a boolean cell");
        }

        @Override
        public byte getErrorCellValue() {
            if (type != CellType.ERROR) {
                throw new IllegalStateException("not an error cell");
            }
            return FormulaError.forString(v).getCode();
        }

        @Override
        public void setCellStyle(CellStyle s) {
            if (s == null) {
                style = null;
                styleIndex = -1;
                return;
            }
            XSSFCellStyle x = (XSSFCellStyle) s;
            x.verifyBelongsToStylesSource(row.sheet.getWorkbook().getStylesSource());
            if (styleIndex < 0 && type == CellType.BLANK && v == null) {
                styleFirst = true;
            }
            style = x;
            styleIndex = row.sheet.getWorkbook().getStylesSource().putStyle(x);
        }

        @Override
        public XSSFCellStyle getCellStyle() {
            return style != null ? style : row.sheet.getWorkbook().getCellStyleAt(0);
        }

        @Override
        public void setAsActiveCell() {
            throw new UnsupportedOperationException("set the active cell on the sheet");
        }

        @Override
        public void setCellComment(Comment comment) {
            throw new UnsupportedOperationException("the toolkit writes no comments");
        }

        @Override
        public Comment getCellComment() {
            return null;
        }

        @Override
        public void removeCellComment() {
        }

        @Override
        public Hyperlink getHyperlink() {
            return row.sheet.getHyperlink(row.index, column);
        }

        /** As XSSFCell does: the link is placed on this cell and kept by the sheet. */
        @Override
        public void setHyperlink(Hyperlink link) {
            if (link == null) {
                removeHyperlink();
                return;
            }
            XSSFHyperlink x = (XSSFHyperlink) link;
            x.setCellReference(new CellReference(row.index, column).formatAsString());
            row.sheet.addHyperlink(x);
        }

        @Override
        public void removeHyperlink() {
            row.sheet.removeHyperlink(row.index, column);
        }

        @Override
        public CellRangeAddress getArrayFormulaRange() {
            throw new IllegalStateException("not an array formula");
        }

        @Override
        public boolean isPartOfArrayFormulaGroup() {
            return false;
        }
    }
}
