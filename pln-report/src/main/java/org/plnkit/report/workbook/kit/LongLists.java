package org.plnkit.report.workbook.kit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.report.exchange.CsvSafety;

/**
 * Keeps a streamed workbook within what a spreadsheet opens: a sheet holds at most {@link #ROWS_PER_SHEET} rows
 * (Excel stops at 1,048,576, and long before that a sheet is of no use to read); the rows of a long list past that
 * go to a CSV file beside the workbook, and the sheet's row after its last one says so and names the file.
 *
 * <p>A sheet asks for each row of a list that can grow with the cohort through {@link #row}: below the cap it is the
 * sheet's row, past it a row that is not on the sheet, whose cells are written to the CSV when the next row is asked
 * for (or at {@link #spills()}). The CSV (UTF-8 with a byte-order mark, so that spreadsheets read the accents; comma
 * separated, RFC 4180 quoting, {@code \r\n} line ends) has the list's header (the sheet's row above its first listed
 * row) and the rows past the cap in order; text that a spreadsheet would run as a formula gets a leading {@code '}
 * ({@link CsvSafety}), numbers are plain numbers, dates {@code yyyy-mm-dd}. The CSV is kept in memory (about the size
 * of the rows' text) until the caller writes it; nothing is dropped.
 *
 * <pre>{@code
 * LongLists lists = new LongLists("district");
 * for (...) { Row row = lists.row(sheet, r++); Cells.text(row, 0, name, style); }
 * for (LongLists.Spill s : lists.spills()) { write s.csv() to out/s.fileName() }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LongLists {
    /** The most rows a sheet holds here; its next row is the note naming the CSV file. */
    public static final int ROWS_PER_SHEET = 100_000;

    /**
     * The rows of a sheet's list that went to a CSV file.
     *
     * @param sheet    the sheet's name
     * @param fileName the CSV file's name, to be written beside the workbook
     * @param rows     how many rows it holds, besides the header
     * @param csv      its content
     */
    public record Spill(String sheet, String fileName, long rows, byte[] csv) {
        public Spill {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(csv, "csv");
        }
    }

    private final String prefix;
    private final int cap;
    private final Map<SXSSFSheet, Spilling> sheets = new LinkedHashMap<>();

    /** Long lists of a workbook whose CSV files are named {@code prefix-<sheet>.csv}, at {@link #ROWS_PER_SHEET}. */
    public LongLists(String prefix) {
        this(prefix, ROWS_PER_SHEET);
    }

    /**
     * As {@link #LongLists(String)} with a lower cap (tests, or a district that wants shorter sheets).
     *
     * @throws IllegalArgumentException when {@code cap} is not between 2 and {@link #ROWS_PER_SHEET}
     */
    public LongLists(String prefix, int cap) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (cap < 2 || cap > ROWS_PER_SHEET) {
            throw new IllegalArgumentException("a sheet's rows cap must be between 2 and " + ROWS_PER_SHEET
                    + ", not " + cap);
        }
        this.cap = cap;
    }

    /** The most rows a sheet holds. */
    public int cap() {
        return cap;
    }

    /**
     * Row {@code r} of a list on sheet {@code s}: the sheet's own below the cap, else one whose cells go to the CSV.
     * Rows are asked for in increasing order, each filled before the next is asked for.
     */
    public Row row(SXSSFSheet s, int r) {
        Spilling sp = sheets.get(s);
        if (sp == null) {
            sp = new Spilling(s, header(s.getRow(r - 1)));
            sheets.put(s, sp);
        }
        sp.flush();
        if (r < cap) {
            return s.createRow(r);
        }
        if (sp.csv == null) {
            sp.start(s);
        }
        sp.pending = new SXSSFRow(s);
        return sp.pending;
    }

    /** The last row index of a range ending at {@code last} that is on the sheet (for filters, tables, scales). */
    public int shown(int last) {
        return Math.min(last, cap - 1);
    }

    /** The CSV file a sheet's rows past the cap go to. */
    public String fileName(String sheet) {
        String slug = sheet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + (slug.isEmpty() ? "sheet" : slug) + ".csv";
    }

    /** The lists that went to CSV files, in the order of their sheets. */
    public List<Spill> spills() {
        List<Spill> out = new ArrayList<>();
        for (Spilling sp : sheets.values()) {
            sp.flush();
            if (sp.csv != null) {
                out.add(new Spill(sp.name, fileName(sp.name), sp.rows, sp.csv.toByteArray()));
            }
        }
        return out;
    }

    private static List<String> header(Row row) {
        List<String> h = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                h.add(cell == null ? "" : text(cell));
            }
        }
        return h;
    }

    /** A cell as CSV text: text guarded, numbers plain, dates yyyy-mm-dd. */
    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> CsvSafety.guard(cell.getStringCellValue());
            case NUMERIC -> isDate(cell.getCellStyle()) ? DateUtil.getLocalDateTime(cell.getNumericCellValue())
                    .toLocalDate().toString() : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static boolean isDate(CellStyle style) {
        return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void quoted(StringBuilder b, String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            b.append(cell);
        } else {
            b.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
    }

    /** One sheet's list. */
    private final class Spilling {
        final String name;
        final List<String> header;
        ByteArrayOutputStream csv;
        Row pending;
        long rows;

        Spilling(SXSSFSheet s, List<String> header) {
            this.name = s.getSheetName();
            this.header = header;
        }

        /** The sheet's row after its last: where the rest of the list is. */
        void start(SXSSFSheet s) {
            csv = new ByteArrayOutputStream(1 << 16);
            csv.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            line(header);
            Cells.text(s.createRow(cap), 0, String.format(Locale.ROOT, "This sheet shows its first %,d rows; the"
                    + " rest of the list is in %s beside this workbook (same columns).", cap, fileName(name)), null);
        }

        void flush() {
            if (pending == null) {
                return;
            }
            int width = Math.max(header.size(), pending.getLastCellNum());
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Cell cell = pending.getCell(c);
                cells.add(cell == null ? "" : text(cell));
            }
            line(cells);
            rows++;
            pending = null;
        }

        private void line(List<String> cells) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    b.append(',');
                }
                quoted(b, cells.get(c));
            }
            b.append("\r\n");
            csv.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
