package org.plnkit.report.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one place that keeps XML outputs well-formed whatever the text in them: every code point XML 1.0 does not
 * allow (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; halves of UTF-16
 * pairs standing alone) is taken out. Used on every XML written: SVG maps, GraphML, GEXF.
 *
 * <pre>{@code
 * XmlText.clean("Ana\uFFFF")                  // "Ana"
 * exporter.exportGraph(g, XmlText.writer(w)); // a GraphML writer whose text cannot break the file
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XmlText {
    private XmlText() {
    }

    /** Whether {@code c} (a whole code point) may appear in an XML 1.0 document. */
    public static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * Text for HTML or XML element content and quoted attributes: {@code & < > " '} escaped ({@code '} as
     * {@code &#39;}, which HTML 4 also reads).
     */
    public static String escape(String s) {
        int i = 0;
        while (i < s.length() && escaped(s.charAt(i)) == null) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            escape(b, s.charAt(i));
        }
        return b.toString();
    }

    /** Appends one character as {@link #escape(String)} writes it (no string made for it). */
    public static void escape(StringBuilder b, char c) {
        String e = escaped(c);
        if (e == null) {
            b.append(c);
        } else {
            b.append(e);
        }
    }

    private static String escaped(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /** {@code s} without the code points XML 1.0 does not allow; the same instance when there are none. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!allowed(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (allowed(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * A writer that passes on only what XML 1.0 allows (pairs of UTF-16 units split across two writes are kept
     * whole). Markup never holds such characters, so the filter can sit under a whole XML document.
     */
    public static Writer writer(Writer out) {
        return new FilterWriter(out) {
            private char high;

            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (high != 0) {
                    char h = high;
                    high = 0;
                    if (Character.isLowSurrogate(ch)) {
                        out.write(h);
                        out.write(ch);
                        return;
                    }
                }
                if (Character.isHighSurrogate(ch)) {
                    high = ch;
                } else if (!Character.isLowSurrogate(ch) && allowed(ch)) {
                    out.write(ch);
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(buf[i]);
                }
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(str.charAt(i));
                }
            }
        };
    }
}
