package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plnkit.report.io.XmlText;

class MarkdownTest {
    /** Names with every character Markdown or HTML reads as markup, and an emoji. */
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "a | b || c", "*star* _under_",
            "[link](https://x.example)", "`code`", "# hash", "R&D & co &amp; &#124; &lt;", "back\\slash \\<",
            "😀 <3 >_<", "\\*not\\* \\|");
    /** A backslash before a character Markdown.pl-style renderers (Python-Markdown 3) do not take as escaped. */
    private static final Pattern ESCAPE_NOT_EVERYWHERE = Pattern.compile("\\\\[^\\\\`*_\\[\\]]");

    @Test
    void markupInNamesIsShownAsWritten() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Markdown.text("<script>alert(1)</script>"));
        assertEquals("\\[click\\](javascript:alert(1))", Markdown.text("[click](javascript:alert(1))"));
        assertEquals("\\*bold\\* and \\_under\\_ \\`code\\`", Markdown.text("*bold* and _under_ `code`"));
        assertEquals("Blogs & websites", Markdown.text("Blogs & websites"), "a plain & stays readable");
        assertEquals("&amp;amp; &amp;#60;", Markdown.text("&amp; &#60;"), "entities are not decoded");
        assertEquals("a &#124; b", Markdown.text("a | b"), "a bar cannot start a table");
        assertEquals("one line two", Markdown.text("one line\ntwo"));
        assertEquals("#tlchat", Markdown.text("#tlchat"));
    }

    @Test
    void onlyPlainWebAddressesBecomeLinks() {
        assertEquals("[#tlchat](https://twitter.com/hashtag/tlchat)",
                Markdown.link("#tlchat", "https://twitter.com/hashtag/tlchat"));
        assertEquals("x", Markdown.link("x", "javascript:alert(1)"));
        assertEquals("x", Markdown.link("x", "https://a.example/) [y](javascript:z"));
        assertEquals("x", Markdown.link("x", "https://"));
        assertEquals("x", Markdown.link("x", "www.example.org"));
        assertEquals("\\[x\\]", Markdown.link("[x]", Optional.empty()));
        assertEquals("[&lt;b&gt;](http://a.example/b?c=1)", Markdown.link("<b>", "http://a.example/b?c=1"));
    }

    /**
     * A history teacher's Wikipedia page keeps its link in the blog post: brackets and quotes are percent-encoded,
     * not a reason to drop the address (the sixteenth QA pass's page lost it).
     */
    @Test
    void addressesWithBracketsOrQuotesAreEncodedNotDropped() {
        assertEquals("[Reconstruction](https://en.wikipedia.org/wiki/Reconstruction_era_%28disambiguation%29)",
                Markdown.link("Reconstruction", "https://en.wikipedia.org/wiki/Reconstruction_era_(disambiguation)"));
        assertEquals("[x](https://a.example/%29%5By%5D%28javascript:z%22%27%3C%3E%60%5C)",
                Markdown.link("x", "https://a.example/)[y](javascript:z\"'<>`\\"));
        String html = ReflectionHtml.inline(Markdown.link("Reconstruction",
                "https://en.wikipedia.org/wiki/Reconstruction_era_(disambiguation)"));
        assertEquals("<a href=\"https://en.wikipedia.org/wiki/Reconstruction_era_%28disambiguation%29\">"
                + "Reconstruction</a>", html);
    }

    /**
     * The draft reads the same in CommonMark and in Markdown.pl-style renderers (Python-Markdown, Jetpack's Markdown),
     * which show {@code \<}, {@code \>}, {@code \|} and {@code \&} with their backslash and read no escape at all in
     * a raw HTML block (the sixteenth QA pass saw both in Python-Markdown 3.4): backslashes only before characters
     * both understand, entities only inside {@code <details>}, and the page's own renderer shows the text as written.
     */
    @Test
    void hostileTextUsesOnlyEscapesEveryRendererUnderstands() {
        for (String s : HOSTILE) {
            String md = Markdown.text(s);
            String inHtml = Markdown.htmlText(s);
            // an escaped backslash is a pair: drop the pairs, then no backslash may stand before another character
            assertFalse(ESCAPE_NOT_EVERYWHERE.matcher(md.replace("\\\\", "")).find(), md);
            assertFalse(inHtml.matches("(?s).*[\\\\<>|*_`\\[\\]].*"), inHtml);
            assertEquals(XmlText.escape(s), ReflectionHtml.inline(md), "the page shows " + s + " as written");
            assertEquals(XmlText.escape(s), ReflectionHtml.inline(inHtml), "the page shows " + s + " as written");
        }
        assertEquals("&lt;b&gt;&#124; &#42;x&#42; &#95;y&#95; &#96;z&#96; &#91;w&#93; &#92; R&D &amp;amp;",
                Markdown.htmlText("<b>| *x* _y_ `z` [w] \\ R&D &amp;"));
    }
}
