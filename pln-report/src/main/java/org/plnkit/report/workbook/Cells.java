package org.plnkit.report.workbook;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells so that nothing from the input can become a formula: text always goes in as a string cell (an
 * {@code =SUM(…)} written by a participant stays those characters), numbers and dates as numbers, and links only for
 * http and https addresses. This class never calls {@code setCellFormula}.
 */
final class Cells {
    /** The most characters a cell holds in Excel. */
    static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    static XSSFRow row(XSSFSheet s, int r) {
        XSSFRow row = s.getRow(r);
        return row != null ? row : s.createRow(r);
    }

    /** A string cell, cut to the cell limit, without characters XML cannot hold. */
    static XSSFCell text(XSSFRow r, int col, String v, XSSFCellStyle style) {
        XSSFCell c = r.createCell(col);
        String t = clean(v);
        c.setCellValue(t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT - 1) + "…" : t);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    static XSSFCell number(XSSFRow r, int col, double v, XSSFCellStyle style) {
        XSSFCell c = r.createCell(col);
        c.setCellValue(v);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    static XSSFCell date(XSSFRow r, int col, LocalDate d, XSSFCellStyle style) {
        XSSFCell c = r.createCell(col);
        c.setCellValue(d);
        c.setCellStyle(style);
        return c;
    }

    /** An empty cell with a style (so a column to fill in looks like one). */
    static XSSFCell blank(XSSFRow r, int col, XSSFCellStyle style) {
        XSSFCell c = r.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /**
     * The text without what an XML 1.0 document cannot hold (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF): such a character in a name would make the whole workbook unreadable.
     */
    static String clean(String s) {
        if (s.codePoints().allMatch(Cells::xmlChar)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Cells::xmlChar).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /**
     * A web address as a clickable link when it is an http or https address a spreadsheet accepts; otherwise as plain
     * text (a {@code javascript:} or {@code file:} address never becomes a link).
     */
    static XSSFCell link(XSSFRow r, int col, String url, XSSFCellStyle linkStyle, XSSFCellStyle textStyle) {
        XSSFCell c = text(r, col, url, textStyle);
        Optional<String> address = linkAddress(url);
        if (address.isPresent()) {
            try {
                XSSFHyperlink h = r.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
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
    static Optional<String> linkAddress(String url) {
        String u = url.strip();
        if (u.isEmpty() || u.length() > 2000 || u.chars().anyMatch(ch -> ch <= ' ' || ch == '"' || ch == 0x7f)) {
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

    static void merge(XSSFSheet s, int row, int firstCol, int lastCol) {
        if (lastCol > firstCol) {
            s.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
    }

    /** Lines a text needs in a column of {@code widthChars} characters (a generous estimate: never cut off). */
    static int lines(String text, double widthChars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / Math.max(1, widthChars * 1.2)));
        }
        return lines;
    }

    /** Makes a row tall enough for {@code lines} lines of 11-point text. */
    static void fitLines(XSSFRow r, int lines) {
        float h = Math.max(15f, 15f * lines + 2f);
        // never lower a height already set for the row
        r.setHeightInPoints(r.getCTRow().isSetCustomHeight() ? Math.max(h, r.getHeightInPoints()) : h);
    }
}
