package org.plnkit.report.workbook.kit;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The one way every PLN Toolkit workbook writes a cell (participant workbook, district workbook, organizer
 * template), so that nothing from the input can become a formula or break the file:
 * <ul>
 *   <li>text always goes in as a string cell, through {@link CellText#safe} (no character XML cannot hold, at most
 *       32,767 characters with a note when cut); text that a spreadsheet would take for a formula when edited
 *       ({@code = + - @} first) gets a quote-prefixed copy of its style, so it stays text;</li>
 *   <li>numbers as numbers; dates as date cells, except before 1900-03-01, which a spreadsheet cannot show as a date
 *       (a negative serial, shown as {@code ####}): those are written as text {@code yyyy-mm-dd};</li>
 *   <li>links only for http and https addresses.</li>
 * </ul>
 * This class never calls {@code setCellFormula}. It works with the user model (XSSF) and the streaming one (SXSSF).
 *
 * <pre>{@code
 * Row r = Cells.row(sheet, 3);
 * Cells.text(r, 0, participant.name(), styles.text);
 * Cells.number(r, 1, 42, styles.number);
 * Cells.date(r, 2, LocalDate.of(1890, 1, 1), styles.date);   // "1890-01-01" as text
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Cells {
    /** The first date a spreadsheet shows as a date in every client (Excel's 1900 leap-year bug ends here). */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);

    /** Per workbook: each style's quote-prefixed copy, made when first needed (in write order: deterministic). */
    private static final Map<Workbook, Map<CellStyle, CellStyle>> QUOTED = new WeakHashMap<>();

    private Cells() {
    }

    /** The row, made when missing (a {@link GridSheet}'s own row on such a sheet). */
    public static Row row(Sheet s, int r) {
        if (s instanceof GridSheet g) {
            return g.row(r);
        }
        Row row = s.getRow(r);
        return row != null ? row : s.createRow(r);
    }

    /** The row if it was made, without making it (a {@link GridSheet}'s own row on such a sheet). */
    public static Row existingRow(Sheet s, int r) {
        return s instanceof GridSheet g ? g.existingRow(r) : s.getRow(r);
    }

    /** A string cell: cleaned, cut to the cell limit with a note, kept as text when it looks like a formula. */
    public static Cell text(Row r, int col, String v, CellStyle style) {
        Cell c = r.createCell(col);
        String t = CellText.safe(v);
        c.setCellValue(t);
        if (CellText.looksLikeFormula(t)) {
            c.setCellStyle(quoted(r.getSheet().getWorkbook(), style));
        } else if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    /** A header row: one text cell per header, from column 0. */
    public static void header(Row row, CellStyle style, String... headers) {
        for (int c = 0; c < headers.length; c++) {
            text(row, c, headers[c], style);
        }
    }

    public static Cell number(Row r, int col, double v, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(v);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    /**
     * A date cell in {@code dateStyle}; a date before {@link #FIRST_DATE} as text {@code yyyy-mm-dd} in
     * {@code textStyle}, since no spreadsheet shows it as a date.
     */
    public static Cell date(Row r, int col, LocalDate d, CellStyle dateStyle, CellStyle textStyle) {
        if (d.isBefore(FIRST_DATE)) {
            return text(r, col, d.toString(), textStyle);
        }
        Cell c = r.createCell(col);
        c.setCellValue(d);
        if (dateStyle != null) {
            c.setCellStyle(dateStyle);
        }
        return c;
    }

    /** {@link #date(Row, int, LocalDate, CellStyle, CellStyle)} with the same style for a date written as text. */
    public static Cell date(Row r, int col, LocalDate d, CellStyle style) {
        return date(r, col, d, style, style);
    }

    /** Makes a row tall enough for {@code lines} lines of 11-point text; never lowers a height already set. */
    public static void fitLines(Row r, int lines) {
        float h = Math.max(15f, 15f * lines + 2f);
        boolean custom = r instanceof org.apache.poi.xssf.usermodel.XSSFRow x ? x.getCTRow().isSetCustomHeight()
                : r instanceof GridSheet.GridRow g ? g.customHeight()
                : r.getHeight() != r.getSheet().getDefaultRowHeight();
        r.setHeightInPoints(custom ? Math.max(h, r.getHeightInPoints()) : h);
    }

    /** An empty cell with a style (so a column to fill in looks like one). */
    public static Cell blank(Row r, int col, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /**
     * A web address as a clickable link when it is an http or https address a spreadsheet accepts; otherwise as plain
     * text (a {@code javascript:} or {@code file:} address never becomes a link).
     */
    public static Cell link(Row r, int col, String url, CellStyle linkStyle, CellStyle textStyle) {
        Cell c = text(r, col, url, textStyle);
        Optional<String> address = linkAddress(url);
        if (address.isPresent()) {
            try {
                Hyperlink h = r.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
                h.setAddress(address.get());
                c.setHyperlink(h);
                c.setCellStyle(linkStyle);
            } catch (IllegalArgumentException e) {
                // not a URI POI accepts: it stays plain text
            }
        }
        return c;
    }

    /** The address to link to: http(s) only, without spaces; "www.x.org" gets https://. */
    public static Optional<String> linkAddress(String url) {
        String u = url.strip();
        if (u.isEmpty() || u.length() > 2000 || u.chars().anyMatch(ch -> ch <= ' ' || ch == '"' || ch == 0x7f)
                || !CellText.clean(u).equals(u)) {
            return Optional.empty();
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return u.length() > lower.indexOf("//") + 2 ? Optional.of(u) : Optional.empty();
        }
        if (lower.startsWith("www.") && !lower.contains(":")) {
            return Optional.of("https://" + u);
        }
        return Optional.empty();
    }

    public static void merge(Sheet s, int row, int firstCol, int lastCol) {
        if (lastCol > firstCol) {
            s.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
    }

    /** Lines a text needs in a column of {@code widthChars} characters (a generous estimate: never cut off). */
    public static int lines(String text, double widthChars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / Math.max(1, widthChars * 1.2)));
        }
        return lines;
    }

    /** Sets column widths, in characters, from column 0. */
    public static void widths(Sheet s, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
    }

    /** Landscape, one page wide, as many pages long as needed. */
    public static void printable(Sheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
    }

    private static CellStyle quoted(Workbook wb, CellStyle style) {
        if (style != null && style.getQuotePrefixed()) {
            return style;
        }
        synchronized (QUOTED) {
            return QUOTED.computeIfAbsent(wb, w -> new IdentityHashMap<>()).computeIfAbsent(style, s -> {
                CellStyle q = wb.createCellStyle();
                if (s != null) {
                    q.cloneStyleFrom(s);
                }
                q.setQuotePrefixed(true);
                return q;
            });
        }
    }
}
