package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;

/** What an export cannot give back is said, and only that (QA of #7: "is every loss said out loud?"). */
class ExportLossTest {
    private static final Taxonomy TAX = Taxonomy.defaults();
    private final PlnExporter exporter = new PlnExporter(TAX);

    private static Pln pln(List<String> participantTopics, List<String> connectionTopics) {
        Participant p = new Participant("sam", "Sam", java.util.Optional.empty(), java.util.Optional.empty(),
                participantTopics, java.util.Optional.empty(), java.util.Optional.empty());
        return new Pln(p, List.of(Connection.builder("jane", "Jane", Kind.PERSON, "mentors")
                .topics(connectionTopics).build()), List.of());
    }

    @Test
    void aTopicWithTheSeparatorInItIsALossThatIsSaidForEveryTextFormat() {
        Pln pln = pln(List.of("reading; writing", "math"), List.of("a;b"));
        for (ExchangeFormat f : List.of(ExchangeFormat.GRAPHML, ExchangeFormat.GEXF, ExchangeFormat.CSV)) {
            assertEquals(List.of("the participant's topic \"reading; writing\" contains ;, which separates topics in "
                            + f.id() + ", so it will read back as 2 topics",
                    "connection jane's topic \"a;b\" contains ;, which separates topics in " + f.id() + ", so it will"
                            + " read back as 2 topics"), exporter.losses(pln, f), f.id());
        }
        assertEquals(List.of(), exporter.losses(pln, ExchangeFormat.JSON));
        // and it is true: the GraphML reads back with the topic split
        Pln back = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("x.graphml",
                exporter.toString(pln, ExchangeFormat.GRAPHML).getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
        assertEquals(List.of("reading", "writing", "math"), back.participant().topics());
        assertEquals(List.of("a", "b"), back.connections().get(0).topics());
    }

    @Test
    void topicsWithoutTheSeparatorLoseNothing() {
        assertEquals(List.of(), exporter.losses(pln(List.of("math", "R&D"), List.of("coding")), ExchangeFormat.GEXF));
    }

    @Test
    void aConnectionWithEveryFieldGivenComesBackWhole() throws java.io.IOException {
        // QA (#7): feed was exported as an attribute and dropped without a word by every importer
        Participant p = new Participant("maria", "Maria", java.util.Optional.of("Librarian"),
                java.util.Optional.of("Lincoln"), List.of("coding"), java.util.Optional.of("Feedly"),
                java.util.Optional.of(java.time.LocalDate.of(2026, 11, 1)));
        Connection slj = Connection.builder("slj", "School Library Journal", Kind.RESOURCE, "online-journals")
                .sharedId("slj@x.org").url("https://www.slj.com").feed("https://www.slj.com/feed").metVia("conference")
                .frequency(org.plnkit.core.model.Frequency.WEEKLY).value(3).givesBack(false)
                .participation(org.plnkit.core.model.Participation.NONE).wantsMore(true).topics(List.of("coding"))
                .lastContact(java.time.LocalDate.of(2026, 10, 1)).build();
        Pln pln = new Pln(p, List.of(slj), List.of());
        Pln viaGraphMl = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("x.graphml",
                exporter.toString(pln, ExchangeFormat.GRAPHML).getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
        Pln viaGexf = new GexfImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("x.gexf",
                exporter.toString(pln, ExchangeFormat.GEXF).getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
        java.io.StringWriter nodes = new java.io.StringWriter();
        java.io.StringWriter edges = new java.io.StringWriter();
        exporter.writeCsv(pln, nodes, edges);
        Pln viaCsv = new CsvGraphImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("x-nodes.csv",
                nodes.toString().getBytes(StandardCharsets.UTF_8), "x-edges.csv",
                edges.toString().getBytes(StandardCharsets.UTF_8)).value().orElseThrow();
        assertEquals(pln, viaGraphMl);
        assertEquals(pln, viaGexf);
        assertEquals(pln, viaCsv);
    }
}
