package org.plnkit.report.reflection;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text from the input made safe for Markdown: characters that Markdown or HTML would read as markup are escaped, so
 * that a connection called {@code <script>} or {@code [click](javascript:…)} is shown as written and never becomes
 * a tag or a link; links are made only for plain http and https addresses.
 *
 * <p>The draft is pasted into CommonMark renderers and into Markdown.pl-style ones (Python-Markdown, WordPress
 * Jetpack's Markdown, older blog tools), and must read the same in both: a backslash escape is used only before
 * characters both understand it for ({@code \ ` * _ [ ]}); {@code < > |} and the {@code &} of an entity are written
 * as entities, which both decode (the older renderers show {@code \<} and {@code \|} with their backslash). Inside a
 * raw HTML block ({@code <details>}) the older renderers read nothing as Markdown, so there {@link #htmlText} writes
 * entities only.
 *
 * <pre>{@code
 * Markdown.text("Blogs *and* <b>sites</b>");              // Blogs \*and\* &lt;b&gt;sites&lt;/b&gt;
 * Markdown.htmlText("Blogs *and* <b>sites</b>");          // Blogs &#42;and&#42; &lt;b&gt;sites&lt;/b&gt;
 * Markdown.link("#tlchat", "https://twitter.com/hashtag/tlchat");   // [#tlchat](https://twitter.com/hashtag/tlchat)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Markdown {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]])");
    private static final Pattern ENTITY = Pattern.compile("&(?=[A-Za-z#][A-Za-z0-9]*;)");
    /**
     * The entities the draft writes, and the characters they stand for: {@code &} first, so that an entity written
     * for another character is not escaped again. {@link ReflectionHtml} decodes exactly these.
     */
    static final String[][] ENTITIES = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&#124;", "|"},
            {"&#42;", "*"}, {"&#95;", "_"}, {"&#96;", "`"}, {"&#91;", "["}, {"&#93;", "]"}, {"&#92;", "\\"}};
    private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[^\\s<>()\\[\\]\"'`\\\\]+");
    /** Characters a Markdown link or an HTML attribute would read as its end, and their percent-encodings. */
    private static final String[][] ENCODED = {{"(", "%28"}, {")", "%29"}, {"[", "%5B"}, {"]", "%5D"}, {"<", "%3C"},
            {">", "%3E"}, {"\"", "%22"}, {"'", "%27"}, {"`", "%60"}, {"\\", "%5C"}};

    private Markdown() {
    }

    /** Input text as literal Markdown text, on one line. */
    public static String text(String s) {
        String one = ENTITY.matcher(oneLine(s)).replaceAll("&amp;");
        String escaped = SPECIAL.matcher(one).replaceAll("\\\\$1");
        return escaped.replace("<", "&lt;").replace(">", "&gt;").replace("|", "&#124;");
    }

    /**
     * Input text as literal text inside a raw HTML block such as {@code <details>}, on one line: entities only, no
     * backslash escape, because Markdown.pl-style renderers show a raw HTML block as it is written while CommonMark
     * reads a paragraph in it as Markdown.
     */
    public static String htmlText(String s) {
        String one = ENTITY.matcher(oneLine(s)).replaceAll("&amp;");
        for (int i = 1; i < ENTITIES.length; i++) {
            one = one.replace(ENTITIES[i][1], ENTITIES[i][0]);
        }
        return one;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").replaceAll("\\p{Cc}", "");
    }

    /** A link when the address is a plain http(s) address; otherwise the text alone. */
    public static String link(String text, Optional<String> url) {
        return url.flatMap(Markdown::safeUrl).map(u -> "[" + text(text) + "](" + u + ")").orElse(text(text));
    }

    /** A link when the address is a plain http(s) address; otherwise the text alone. */
    public static String link(String text, String url) {
        return link(text, Optional.of(url));
    }

    /**
     * The address when it is a plain http or https address without spaces, its brackets, quotes and backslashes
     * percent-encoded: a Wikipedia page such as {@code …/wiki/Reconstruction_(disambiguation)} keeps its link, and no
     * address can close the link or the attribute it is written in.
     */
    static Optional<String> safeUrl(String url) {
        String u = url.strip();
        for (String[] e : ENCODED) {
            u = u.replace(e[0], e[1]);
        }
        return SAFE_URL.matcher(u).matches() && u.length() > u.indexOf("//") + 2 ? Optional.of(u) : Optional.empty();
    }
}
