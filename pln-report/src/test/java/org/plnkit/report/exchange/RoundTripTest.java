package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** A PLN exported and imported again is the same PLN, in every format that can carry all of it. */
class RoundTripTest {
    private static final Taxonomy TAX = Taxonomy.defaults();
    private final PlnExporter exporter = new PlnExporter(TAX);

    private Pln viaGraphMl(Pln pln) {
        ReadResult<Pln> r = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE)
                .read("x.graphml", exporter.toString(pln, ExchangeFormat.GRAPHML).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        return r.value().orElseThrow();
    }

    private Pln viaGexf(Pln pln) {
        ReadResult<Pln> r = new GexfImporter(TAX, Limits.DEFAULT, ImportMapping.NONE)
                .read("x.gexf", exporter.toString(pln, ExchangeFormat.GEXF).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        return r.value().orElseThrow();
    }

    private Pln viaCsv(Pln pln) {
        StringWriter nodes = new StringWriter();
        StringWriter edges = new StringWriter();
        try {
            exporter.writeCsv(pln, nodes, edges);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult<Pln> r = new CsvGraphImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("x-nodes.csv",
                nodes.toString().getBytes(StandardCharsets.UTF_8), "x-edges.csv",
                edges.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        return r.value().orElseThrow();
    }

    private Pln viaJson(Pln pln) {
        ReadResult<Pln> r = new ParticipantFileReader(TAX, Limits.DEFAULT)
                .read("x.json", exporter.toString(pln, ExchangeFormat.JSON).getBytes(StandardCharsets.UTF_8));
        // the reader may warn about topics that look like misspelt participant topics; errors there are none
        assertFalse(r.hasErrors(), r.problems()::toString);
        return r.value().orElseThrow();
    }

    @Test
    void theSampleSurvivesGraphMlGexfCsvAndJson() {
        Pln maria = Samples.maria();
        assertEquals(maria, viaGraphMl(maria));
        assertEquals(maria, viaGexf(maria));
        assertEquals(maria, viaCsv(maria));
        assertEquals(maria, viaJson(maria));
    }

    @Test
    void anyPlnSurvivesGraphMl() {
        qt().withFixedSeed(20261128L).withExamples(300).forAll(Plns.plns())
                .checkAssert(pln -> assertEquals(pln, viaGraphMl(pln)));
    }

    @Test
    void anyPlnSurvivesGexf() {
        qt().withFixedSeed(11L).withExamples(300).forAll(Plns.plns())
                .checkAssert(pln -> assertEquals(pln, viaGexf(pln)));
    }

    @Test
    void anyPlnSurvivesCsv() {
        qt().withFixedSeed(12L).withExamples(300).forAll(Plns.plns())
                .checkAssert(pln -> assertEquals(pln, viaCsv(pln)));
    }

    @Test
    void anyPlnSurvivesJson() {
        qt().withFixedSeed(13L).withExamples(300).forAll(Plns.plns())
                .checkAssert(pln -> assertEquals(Optional.of(pln), Optional.of(viaJson(pln))));
    }
}
