package org.plnkit.core.problem;

/**
 * Makes text from an input safe to print in a terminal or a log: control characters (an ESC that starts a
 * terminal escape sequence, a NUL, line breaks), invisible characters that reorder or hide text (bidirectional
 * overrides and isolates, zero-width spaces, a BOM) and lone surrogates are written as {@code \n}, {@code \t},
 * {@code \r} or a backslash-u escape with the code point (U+202E becomes backslash, u, 202E). Letters of every
 * script, emoji (with their joiners and variation selectors) and the marks that right-to-left text needs (LRM,
 * RLM, ALM) are kept.
 *
 * <pre>{@code
 * Printable.escape("Jane" + (char) 0x1B + "[2J")   // "Jane" then a visible backslash-u-001B and "[2J"
 * }</pre>
 */
final class Printable {
    private Printable() {
    }

    /** The text with every unsafe character escaped; the same instance when there is none. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && safe(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (safe(s, i)) {
                b.appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            }
            i += n;
        }
        return b.toString();
    }

    private static boolean safe(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.UNASSIGNED, Character.PRIVATE_USE:
                return false;
            case Character.FORMAT:
                // keep joiners (emoji, Indic scripts), direction marks, tag characters (flag emoji)
                return cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0x061C
                        || cp >= 0xE0020 && cp <= 0xE007F;
            default:
                return true;
        }
    }
}
