package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/** Mangled files give problems with places or a model, never an exception or a stack trace. */
class ImportFuzzProperties {
    private static final Taxonomy TAX = Taxonomy.defaults();
    private static final PlnExporter EXPORTER = new PlnExporter(TAX);
    private static final Pln MARIA = Samples.maria();

    private static String mangle(String s, int at, int cut, String insert) {
        int a = Math.min(at, s.length());
        return s.substring(0, a) + insert + s.substring(Math.min(s.length(), a + cut));
    }

    private static void assertSane(ReadResult<Pln> r, String file) {
        assertTrue(r.value().isPresent() || r.hasErrors(), "no model and no error");
        r.problems().forEach(p -> assertTrue(p.place().file().equals(file), p::toString));
        r.problems().forEach(p -> assertTrue(!p.message().contains("Exception"), p::toString));
    }

    @Test
    void mangledGraphMl() {
        String doc = EXPORTER.toString(MARIA, ExchangeFormat.GRAPHML);
        qt().withFixedSeed(21L).withExamples(1500)
                .forAll(integers().between(0, doc.length()), integers().between(0, 40),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 6))
                .checkAssert((at, cut, ins) -> assertSane(new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE)
                        .read("m.graphml", mangle(doc, at, cut, ins).getBytes(StandardCharsets.UTF_8)), "m.graphml"));
    }

    @Test
    void mangledGexf() {
        String doc = EXPORTER.toString(MARIA, ExchangeFormat.GEXF);
        qt().withFixedSeed(22L).withExamples(1500)
                .forAll(integers().between(0, doc.length()), integers().between(0, 40),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 6))
                .checkAssert((at, cut, ins) -> assertSane(new GexfImporter(TAX, Limits.DEFAULT, ImportMapping.NONE)
                        .read("m.gexf", mangle(doc, at, cut, ins).getBytes(StandardCharsets.UTF_8)), "m.gexf"));
    }

    @Test
    void mangledCsv() {
        StringWriter n = new StringWriter();
        StringWriter e = new StringWriter();
        try {
            EXPORTER.writeCsv(MARIA, n, e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        String nodes = n.toString();
        qt().withFixedSeed(23L).withExamples(1500)
                .forAll(integers().between(0, nodes.length()), integers().between(0, 40),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 6))
                .checkAssert((at, cut, ins) -> {
                    ReadResult<Pln> r = new CsvGraphImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("n.csv",
                            mangle(nodes, at, cut, ins).getBytes(StandardCharsets.UTF_8), "e.csv",
                            e.toString().getBytes(StandardCharsets.UTF_8));
                    assertTrue(r.value().isPresent() || r.hasErrors(), "no model and no error");
                    r.problems().forEach(p -> assertTrue(p.place().file().equals("n.csv") || p.place().file().equals("e.csv"),
                            p::toString));
                });
    }
}
