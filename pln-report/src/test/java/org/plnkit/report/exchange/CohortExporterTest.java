package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

class CohortExporterTest {
    private static Connection aasl(String id, String name, String url) {
        return Connection.builder(id, name, Kind.ORGANIZATION, "professional-organizations").url(url)
                .frequency(Frequency.MONTHLY).value(4).build();
    }

    private static final Cohort COHORT = new Cohort(List.of(
            new Pln(Participant.of("ann"), List.of(
                    aasl("aasl", "AASL", "https://www.ala.org/aasl/"),
                    Connection.builder("jo", "Jo Private", Kind.PERSON, "local-colleagues").build(),
                    Connection.builder("bob", "Bob", Kind.PERSON, "local-colleagues").sharedId("bob").build()),
                    List.of(new Link("jo", "aasl"))),
            new Pln(Participant.of("bob"), List.of(
                    aasl("a", "American Association of School Librarians", "ala.org/aasl"),
                    Connection.builder("jo", "Jo Private", Kind.PERSON, "local-colleagues").build()),
                    List.of())));

    @Test
    void sharedOrganizationsAreOneNodeAndPeopleStayPrivate() {
        Graph<CohortExporter.Node, CohortExporter.Edge> g = new CohortExporter(false).graph(COHORT);
        Map<String, String> labels = new TreeMap<>();
        g.vertexSet().forEach(v -> labels.put(v.key(), String.valueOf(v.attributes().get("label"))));
        // two participants, one AASL (urls differ only in form), two Jo's (people merge only by explicit id)
        assertEquals(5, g.vertexSet().size(), labels.toString());
        CohortExporter.Node org = g.vertexSet().stream().filter(v -> "organization".equals(v.attributes().get("type")))
                .findFirst().orElseThrow();
        assertEquals(2, org.attributes().get("participants"));
        assertEquals(List.of("Person 1", "Person 2"), labels.values().stream().filter(l -> l.startsWith("Person")).toList());
        List<String> relations = g.edgeSet().stream().map(e -> e.source() + ">" + e.target() + ":"
                + e.attributes().get("relation")).sorted().toList();
        assertTrue(relations.contains("p:ann>p:bob:participant"), relations.toString());
        assertEquals(6, relations.size(), relations.toString());
        assertEquals(1, relations.stream().filter(r -> r.endsWith(":link")).count());
    }

    @Test
    void namesOfThirdPartiesAppearOnlyWhenAsked() throws Exception {
        for (ExchangeFormat f : List.of(ExchangeFormat.GRAPHML, ExchangeFormat.GEXF, ExchangeFormat.DOT)) {
            StringWriter hidden = new StringWriter();
            new CohortExporter(false).write(COHORT, f, hidden);
            assertFalse(hidden.toString().contains("Jo Private"), f.name());
            assertTrue(hidden.toString().contains("American Association of School Librarians")
                    || hidden.toString().contains("AASL"), f.name());
            StringWriter shown = new StringWriter();
            new CohortExporter(true).write(COHORT, f, shown);
            assertTrue(shown.toString().contains("Jo Private"), f.name());
        }
        StringWriter nodes = new StringWriter();
        StringWriter edges = new StringWriter();
        new CohortExporter(false).writeCsv(COHORT, nodes, edges);
        assertEquals("Id,Label,type,participant_id,school,role,kind,category,participants",
                nodes.toString().lines().findFirst().orElseThrow());
        assertEquals(6, nodes.toString().lines().count());
        assertEquals(7, edges.toString().lines().count());
    }

    @Test
    void theSameCohortExportsToTheSameBytes() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new CohortExporter(false).write(COHORT, ExchangeFormat.GRAPHML, a);
        new CohortExporter(false).write(COHORT, ExchangeFormat.GRAPHML, b);
        assertEquals(a.toString(), b.toString());
    }
}
