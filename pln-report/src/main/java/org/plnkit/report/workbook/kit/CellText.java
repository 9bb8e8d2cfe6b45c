package org.plnkit.report.workbook.kit;

import java.util.Locale;
import org.plnkit.report.io.XmlText;

/**
 * What any text must become before it goes into a workbook cell: without the characters XML 1.0 cannot hold, and
 * within Excel's 32,767-character cell limit, with a note at its end when it was cut. Whether it looks like a
 * formula ({@code = + - @} first) is told by {@link #looksLikeFormula}; {@link Cells#text} then keeps it text even
 * when the cell is edited.
 *
 * <pre>{@code
 * CellText.safe("a\uFFFEb");              // "ab"
 * CellText.safe("x".repeat(40_000));      // 32,767 characters, ending in
 *                                         // "… [cut: 40,000 characters; a cell holds 32,767]"
 * CellText.looksLikeFormula("=1+1");      // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CellText {
    /** The most characters a cell holds in Excel. */
    public static final int MAX = 32_767;

    private CellText() {
    }

    /** The text as a cell can hold it: cleaned, then cut to {@link #MAX} with a note that it was cut. */
    public static String safe(String s) {
        String t = clean(s == null ? "" : s);
        if (t.length() <= MAX) {
            return t;
        }
        String note = String.format(Locale.ROOT, "… [cut: %,d characters; a cell holds %,d]", t.length(), MAX);
        int keep = MAX - note.length();
        if (Character.isHighSurrogate(t.charAt(keep - 1))) {
            keep--;   // never split a character in two
        }
        return t.substring(0, keep) + note;
    }

    /** Whether a text was cut by {@link #safe}. */
    public static boolean isCut(String s) {
        return s != null && clean(s).length() > MAX;
    }

    /**
     * The text without what an XML 1.0 document cannot hold (control characters other than tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF): such a character would make the whole workbook unreadable.
     */
    public static String clean(String s) {
        return XmlText.clean(s);
    }

    /**
     * Whether a spreadsheet would take the text for a formula when it is typed or pasted back: it starts with
     * {@code =}, {@code +}, {@code -} or {@code @} (after spaces), or with a tab or carriage return.
     */
    public static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String t = s.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
