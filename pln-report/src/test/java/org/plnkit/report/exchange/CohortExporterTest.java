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

    /** Two participants with unmistakable names; one names the other, both name the same mentor by e-mail. */
    private static final Cohort NAMED = new Cohort(List.of(
            new Pln(new Participant("zora-vantongeren", "Zora Vantongeren", java.util.Optional.of("Teacher"),
                    java.util.Optional.of("Quillfeather Academy"), List.of(), java.util.Optional.empty(),
                    java.util.Optional.empty()), List.of(
                    aasl("aasl", "AASL", "https://www.ala.org/aasl/"),
                    Connection.builder("mentor", "Hyacinth Okwuosa", Kind.PERSON, "mentors")
                            .sharedId("h.okwuosa@example.org").build(),
                    Connection.builder("kaz", "Kazimiera Thornquist", Kind.PERSON, "local-colleagues").build(),
                    Connection.builder("bram", "Bram Osterhuis", Kind.PERSON, "local-colleagues")
                            .sharedId("bram-osterhuis").build()),
                    List.of(new Link("kaz", "aasl"))),
            new Pln(new Participant("bram-osterhuis", "Bram Osterhuis", java.util.Optional.empty(),
                    java.util.Optional.of("Quillfeather Academy"), List.of(), java.util.Optional.empty(),
                    java.util.Optional.empty()), List.of(
                    Connection.builder("h", "Hyacinth O.", Kind.PERSON, "mentors").sharedId("h.okwuosa@example.org")
                            .build()),
                    List.of())));

    private static String everything(CohortExporter exporter, Cohort cohort) throws Exception {
        StringBuilder b = new StringBuilder();
        for (ExchangeFormat f : List.of(ExchangeFormat.GRAPHML, ExchangeFormat.GEXF, ExchangeFormat.DOT)) {
            StringWriter w = new StringWriter();
            exporter.write(cohort, f, w);
            b.append(w);
        }
        StringWriter nodes = new StringWriter();
        StringWriter edges = new StringWriter();
        exporter.writeCsv(cohort, nodes, edges);
        return b.append(nodes).append(edges).toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void peopleWhoAreNotNamedHaveNodeIdsThatNameNoOneEither() throws Exception {
        // the identity rule's ids hold names and e-mail addresses (mention:zora-vantongeren/kaz, id:h.okwuosa@…)
        String hidden = everything(new CohortExporter(false), NAMED);
        for (String secret : List.of("hyacinth", "okwuosa", "kazimiera", "thornquist", "kaz")) {
            assertFalse(hidden.contains(secret), secret);
        }
        assertTrue(hidden.contains("n:person-1") && hidden.contains("n:person-2"), hidden);
        assertTrue(hidden.contains("zora vantongeren"), "participants are named unless anonymized");
        String shown = everything(new CohortExporter(true), NAMED);
        assertTrue(shown.contains("id:h.okwuosa@example.org") && shown.contains("kazimiera thornquist"), shown);
    }

    @Test
    void anonymizedNoOneIsNamedNotEvenTheParticipantsOrTheirSchool() throws Exception {
        CohortExporter exporter = new CohortExporter(CohortExporter.Naming.NO_ONE);
        String all = everything(exporter, NAMED);
        for (String secret : List.of("zora", "vantongeren", "bram", "osterhuis", "hyacinth", "okwuosa", "kazimiera",
                "thornquist", "quillfeather")) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
        Graph<CohortExporter.Node, CohortExporter.Edge> g = exporter.graph(NAMED);
        Map<String, Object> first = g.vertexSet().iterator().next().attributes();
        assertEquals("Participant 1", first.get("label"));
        assertEquals("participant-1", first.get("participant_id"));
        assertEquals("Teacher", first.get("role"), "the role is kept");
        List<String> relations = g.edgeSet().stream().map(e -> e.source() + ">" + e.target() + ":"
                + e.attributes().get("relation")).sorted().toList();
        assertTrue(relations.contains("p:participant-1>p:participant-2:participant"), relations.toString());
        assertTrue(relations.contains("p:participant-2>n:person-1:relies_on"), "the shared mentor is one node");
        assertTrue(all.contains("aasl"), "organizations keep their names");
    }
}
