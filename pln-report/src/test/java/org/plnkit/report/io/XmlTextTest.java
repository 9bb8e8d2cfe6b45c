package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.exchange.CohortExporter;
import org.plnkit.report.exchange.ExchangeFormat;
import org.plnkit.report.exchange.PlnExporter;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;

/**
 * Every XML the toolkit writes stays well-formed whatever the text in it (#18): U+FFFE, U+FFFF, NUL and other
 * control characters, lone surrogates. The values are put in the model directly, past the readers (which take them
 * out too), as an importer, a taxonomy or an embedding program could.
 */
class XmlTextTest {
    private static final String BAD = "Ana\uFFFE \uFFFF\u0000\u0001\u001B[2J\uD800 Lopez \uDFFF📚";

    private static void assertWellFormed(byte[] xml, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Pln pln(String name) {
        return new Pln(Participant.of("ana"), List.of(
                Connection.builder("c1", name, Kind.PERSON, "mentors").topics(List.of(name)).build(),
                Connection.builder("c2", "AASL " + name, Kind.ORGANIZATION, "professional-organizations").build()),
                List.of(new Link("c1", "c2")));
    }

    @Test
    void escapeWritesTheFiveMarkupCharactersAsEntities() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                XmlText.escape("<a href=\"x\">Tom & Jerry's</a>"));
        String plain = "Maria Lopez 📚";
        assertTrue(plain == XmlText.escape(plain), "the same instance when nothing is escaped");
        StringBuilder b = new StringBuilder();
        for (char c : "a<'&".toCharArray()) {
            XmlText.escape(b, c);
        }
        assertEquals("a&lt;&#39;&amp;", b.toString());
    }

    @Test
    void escapedTextHasNoMarkupAndReadsBackAsItWas() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(s -> {
            String e = XmlText.escape(s);
            assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'"), e);
            assertEquals(s, e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&"));
        });
    }

    @Test
    void cleanKeepsEveryAllowedCodePointAndNothingElse() {
        assertEquals("Ana [2J Lopez 📚", XmlText.clean(BAD));
        String fine = "José 李 محمد 📚\t\n";
        assertTrue(fine == XmlText.clean(fine), "the same instance when nothing is taken out");
        qt().withFixedSeed(18).forAll(lists().of(integers().between(0, 0x10FFFF)).ofSizeBetween(0, 20))
                .checkAssert(cps -> {
                    StringBuilder b = new StringBuilder();
                    cps.forEach(b::appendCodePoint);
                    String s = b.toString();
                    String cleaned = XmlText.clean(s);
                    cleaned.codePoints().forEach(c -> assertTrue(XmlText.allowed(c), Integer.toHexString(c)));
                    StringWriter w = new StringWriter();
                    try (var x = XmlText.writer(w)) {
                        for (char c : s.toCharArray()) {
                            x.write(c); // one unit at a time: pairs split across writes stay whole
                        }
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                    assertEquals(cleaned, w.toString());
                });
    }

    @Test
    void graphMlAndGexfOfAParticipantAreWellFormed() throws Exception {
        for (ExchangeFormat f : List.of(ExchangeFormat.GRAPHML, ExchangeFormat.GEXF)) {
            StringWriter w = new StringWriter();
            new PlnExporter(Taxonomy.defaults()).write(pln(BAD), f, w);
            assertWellFormed(w.toString().getBytes(StandardCharsets.UTF_8), f.name());
            assertTrue(w.toString().contains("Lopez"), w.toString());
        }
    }

    @Test
    void graphMlAndGexfOfACohortAreWellFormed() throws Exception {
        Cohort c = new Cohort(List.of(pln(BAD)));
        for (ExchangeFormat f : List.of(ExchangeFormat.GRAPHML, ExchangeFormat.GEXF)) {
            StringWriter w = new StringWriter();
            new CohortExporter(CohortExporter.Naming.EVERYONE).write(c, f, w);
            assertWellFormed(w.toString().getBytes(StandardCharsets.UTF_8), "cohort " + f.name());
        }
    }

    @Test
    void theSvgMapIsWellFormed() {
        byte[] svg = PlnMap.render(pln(BAD), MapOptions.builder(LocalDate.of(2026, 11, 1)).build(), Format.SVG);
        assertWellFormed(svg, "the SVG map");
        assertFalse(new String(svg, StandardCharsets.UTF_8).contains("\uFFFF"));
    }

    @Test
    void escapedTextReadsBackAsTheSameTextInContentAndInBothKindsOfQuotes() {
        qt().withFixedSeed(20261202L).forAll(lists().of(integers().between(0x20, 0x7E)).ofSizeBetween(0, 40))
                .checkAssert(codes -> {
                    StringBuilder b = new StringBuilder();
                    codes.forEach(b::appendCodePoint);
                    String text = b.toString();
                    String e = XmlText.escape(text);
                    String xml = "<a x=\"" + e + "\" y='" + e + "'>" + e + "</a>";
                    try {
                        org.w3c.dom.Element a = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                                .getDocumentElement();
                        assertEquals(text, a.getTextContent());
                        assertEquals(text, a.getAttribute("x"));
                        assertEquals(text, a.getAttribute("y"));
                    } catch (Exception x) {
                        throw new AssertionError(xml, x);
                    }
                });
        assertEquals("Tom &amp; Jerry&#39;s &lt;b&gt; &quot;club&quot;", XmlText.escape("Tom & Jerry's <b> \"club\""));
    }
}
