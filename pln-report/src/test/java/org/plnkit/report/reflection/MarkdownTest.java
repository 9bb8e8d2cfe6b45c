package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void markupInNamesIsShownAsWritten() {
        assertEquals("\\<script\\>alert(1)\\</script\\>", Markdown.text("<script>alert(1)</script>"));
        assertEquals("\\[click\\](javascript:alert(1))", Markdown.text("[click](javascript:alert(1))"));
        assertEquals("\\*bold\\* and \\_under\\_ \\`code\\`", Markdown.text("*bold* and _under_ `code`"));
        assertEquals("Blogs & websites", Markdown.text("Blogs & websites"), "a plain & stays readable");
        assertEquals("\\&amp; \\&#60;", Markdown.text("&amp; &#60;"), "entities are not decoded");
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
        assertEquals("[\\<b\\>](http://a.example/b?c=1)", Markdown.link("<b>", "http://a.example/b?c=1"));
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
}
