package org.plnkit.report.workbook.kit;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows ({@link SheetDataWriter}, to its temporary file), writing the very same
 * bytes with less work: each row is put together in one buffer and handed to the file's writer once, column letters
 * are made once per column, and text is escaped a character at a time instead of through a stream of code points and
 * a {@code char[]} for each one. POI's writer made two to three calls on a synchronized writer per attribute; at
 * 5,000 participants the district workbook's 16 MB of sheets were a tenth of the run's work (#17).
 *
 * <p>Rows with anything but text (inline, as the district workbook writes it), numbers, booleans and blank cells, and
 * rows with a style of their own, are left to POI's writer, which handles all of it; so are sheets whose workbook
 * shares its strings. {@code FastSheetDataWriterTest} writes random rows through both and compares the bytes.
 */
public final class FastSheetDataWriter extends SheetDataWriter {
    private final StringBuilder b = new StringBuilder(4096);
    private final List<String> columns = new ArrayList<>();
    private int flushed;
    private int lowest;
    private int cellsOfLast;
    private int last = -1;

    /** A writer to a new temporary file, as POI's own (no shared strings, no compression). */
    public FastSheetDataWriter() throws IOException {
        super();
    }

    /** A writer to {@code out} instead of a temporary file (as {@link SheetDataWriter#SheetDataWriter(Writer)}). */
    public FastSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        if (flushed == 0) {
            lowest = rownum;
        }
        last = Math.max(rownum, last);
        cellsOfLast = row.getLastCellNum();
        flushed++;
        if (!plain(row)) {
            super.writeRow(rownum, row);
            return;
        }
        b.setLength(0);
        b.append("<row r=\"").append(rownum + 1).append('"');
        if (row.hasCustomHeight()) {
            b.append(" customHeight=\"1\" ht=\"").append(Float.toString(row.getHeightInPoints())).append('"');
        }
        if (row.getZeroHeight()) {
            b.append(" hidden=\"1\"");
        }
        if (row.getOutlineLevel() != 0) {
            b.append(" outlineLevel=\"").append(row.getOutlineLevel()).append('"');
        }
        if (row.getHidden() != null) {
            b.append(" hidden=\"").append(row.getHidden() ? '1' : '0').append('"');
        }
        if (row.getCollapsed() != null) {
            b.append(" collapsed=\"").append(row.getCollapsed() ? '1' : '0').append('"');
        }
        b.append(">\n");
        String rowNumber = Integer.toString(rownum + 1);
        Iterator<Cell> cells = row.allCellsIterator();
        for (int column = 0; cells.hasNext(); column++) {
            Cell cell = cells.next();
            if (cell != null) {
                cell(column, rowNumber, cell);
            }
        }
        b.append("</row>\n");
        _out.append(b);
    }

    /** Whether POI's writer would write nothing here that this one does not (see the class comment). */
    private static boolean plain(SXSSFRow row) {
        if (row.isFormatted()) {
            return false;
        }
        for (Iterator<Cell> cells = row.allCellsIterator(); cells.hasNext(); ) {
            Cell cell = cells.next();
            if (cell != null) {
                CellType t = cell.getCellType();
                if (t == CellType.FORMULA || t == CellType.ERROR || t == CellType._NONE) {
                    return false;
                }
            }
        }
        return true;
    }

    private void cell(int column, String rowNumber, Cell cell) {
        b.append("<c r=\"").append(column(column)).append(rowNumber).append('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        switch (cell.getCellType()) {
            case BLANK -> b.append('>');
            case STRING -> {
                String text = cell.getStringCellValue() == null ? "" : cell.getStringCellValue();
                b.append(" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    b.append(" xml:space=\"preserve\"");
                }
                b.append('>');
                escaped(text);
                b.append("</t></is>");
            }
            case NUMERIC -> b.append(" t=\"n\"><v>").append(Double.toString(cell.getNumericCellValue())).append("</v>");
            case BOOLEAN -> b.append(" t=\"b\"><v>").append(cell.getBooleanCellValue() ? '1' : '0').append("</v>");
            default -> throw new IllegalStateException("not a plain cell: " + cell.getCellType()); // see plain()
        }
        b.append("</c>");
    }

    /** The letters of a column, made once. */
    private String column(int column) {
        while (columns.size() <= column) {
            columns.add(CellReference.convertNumToColString(columns.size()));
        }
        return columns.get(column);
    }

    /**
     * Text escaped as POI's writer escapes it: the markup characters and quote, line ends, tabs and no-break spaces
     * as references, other control characters and U+FFFE/U+FFFF as {@code ?}, the rest (surrogates too) as is.
     */
    private void escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#xa;");
                case '\r' -> b.append("&#xd;");
                case '\t' -> b.append("&#x9;");
                case '\u00A0' -> b.append("&#xa0;");
                default -> b.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    @Override
    public int getNumberOfFlushedRows() {
        return flushed;
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return cellsOfLast;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        return lowest;
    }

    @Override
    public int getLastFlushedRow() {
        return last;
    }
}
