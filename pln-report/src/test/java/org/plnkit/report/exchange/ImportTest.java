package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/** Imports of files written by other tools, with mappings, and every problem with its place. */
class ImportTest {
    private static final Taxonomy TAX = Taxonomy.defaults();
    private static final Path DIR = Path.of("src/test/resources/import");
    /** #16: a value another tool wrote that does not parse says that a mapping's values: section translates it. */
    private static final String HINT = "; if the other tool writes it so, translate it in the values: section of a"
            + " mapping file (see docs/interchange.md)";

    private static ImportMapping mapping(String file) {
        ReadResult<ImportMapping> m = ImportMapping.read(DIR.resolve(file));
        assertEquals(List.of(), m.problems());
        return m.value().orElseThrow();
    }

    private static List<String> messages(ReadResult<?> r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static ReadResult<Pln> graphMl(String xml, ImportMapping m) {
        return new GraphMlImporter(TAX, Limits.DEFAULT, m).read("t.graphml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The PLN that the NetworkX fixtures draw, with their own attribute names. */
    private static void assertIsTheNetworkxDrawing(Pln pln) {
        assertEquals("maria-lopez", pln.participant().id());
        assertEquals("Maria Lopez", pln.participant().name());
        assertEquals(List.of(
                Connection.builder("jane-kim", "Jane Kim", Kind.PERSON, "local-colleagues").value(5)
                        .frequency(Frequency.WEEKLY).givesBack(true).build(),
                Connection.builder("american-association-of-school-librarians", "American Association of School Librarians",
                        Kind.ORGANIZATION, "professional-organizations").value(4).frequency(Frequency.MONTHLY)
                        .givesBack(false).url("https://www.ala.org/aasl").build(),
                Connection.builder("tlchat", "#tlchat", Kind.RESOURCE, "social-networks").value(4)
                        .frequency(Frequency.DAILY).build()), pln.connections());
        assertEquals(List.of(new Link("jane-kim", "american-association-of-school-librarians")), pln.links());
    }

    @Test
    void graphMlWrittenByNetworkxWithAMappingFile() {
        ReadResult<Pln> r = new GraphMlImporter(TAX, Limits.DEFAULT, mapping("networkx-mapping.yaml"))
                .read(DIR.resolve("networkx.graphml"));
        assertIsTheNetworkxDrawing(r.value().orElseThrow(() -> new AssertionError(r.problems())));
        // #16: what is not read is one warning per file, the names listed
        assertEquals(List.of(DIR.resolve("networkx.graphml") + ": warning: not PLN fields, so ignored: \"Mood\"; to"
                + " keep one, map it to a field"), messages(r));
    }

    @Test
    void gexfWrittenByNetworkxWithTheSameMapping() {
        ReadResult<Pln> r = new GexfImporter(TAX, Limits.DEFAULT, mapping("networkx-mapping.yaml").withField("Mood", "ignore"))
                .read(DIR.resolve("networkx.gexf"));
        assertIsTheNetworkxDrawing(r.value().orElseThrow(() -> new AssertionError(r.problems())));
        assertEquals(List.of(), r.problems(), "an attribute mapped to ignore is not warned about");
    }

    @Test
    void withoutAMappingTheMissingFieldsAreNamedWithTheirFix() {
        ReadResult<Pln> r = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE)
                .read(DIR.resolve("networkx.graphml"));
        assertTrue(r.value().isEmpty());
        assertTrue(messages(r).contains(DIR.resolve("networkx.graphml") + ":16:15: error: \"Jane Kim\" has no kind (person,"
                + " organization or resource); map the attribute that gives it or set a default kind"),
                messages(r).toString());
        assertTrue(messages(r).stream().anyMatch(m -> m.contains("not PLN fields") && m.contains("\"Type\"")));
    }

    /**
     * QA (embedder): an import's remedies named the command line's options ("(--participant-id)", "(--map
     * \"ATTRIBUTE=name\")"); they say what to give in the library's terms, with a code a front end can key its own
     * options on.
     */
    @Test
    void remediesSayWhatToGiveWithoutTheCommandLinesOptions() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k" for="node" attr.name="kind" attr.type="string"/>
                  <key id="c" for="node" attr.name="category" attr.type="string"/>
                  <key id="t" for="node" attr.name="title" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="n1"><data key="k">person</data><data key="c">mentors</data><data key="t">Jane</data></node>
                  </graph>
                </graphml>
                """;
        ReadResult<Pln> r = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("-pln.graphml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("-pln.graphml: error: the file does not say whose PLN it is; give the participant id",
                "-pln.graphml: warning: not PLN fields, so ignored: \"title\"; to keep one, map it to a field",
                "-pln.graphml:7:19: error: node \"n1\" has no name; map the attribute that holds names to name"),
                messages(r).stream().sorted().toList());
        assertEquals(List.of(), messages(r).stream().filter(m -> m.contains("--")).toList());
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == org.plnkit.core.problem.ProblemCode
                .IMPORT_NO_PARTICIPANT_ID));
    }

    @Test
    void yedLabelsAndKeyDefaultsAreRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key for="node" id="d7" attr.name="kind" attr.type="string"><default>person</default></key>
                  <graph edgedefault="undirected" id="G">
                    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="1" y="2"/>
                      <y:NodeLabel alignment="center">Jane Kim</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n1"><data key="d7">organization</data><data key="d6"><y:ShapeNode>
                      <y:NodeLabel>ISTE</y:NodeLabel></y:ShapeNode></data></node>
                    <edge id="e0" source="n0" target="n1"/>
                  </graph>
                </graphml>
                """;
        ReadResult<Pln> r = graphMl(xml, ImportMapping.NONE.withDefault("category", "local-colleagues")
                .withParticipantId("dana"));
        Pln pln = r.value().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(List.of("Jane Kim", "ISTE"), pln.connections().stream().map(Connection::name).toList());
        assertEquals(List.of(Kind.PERSON, Kind.ORGANIZATION), pln.connections().stream().map(Connection::kind).toList());
        assertEquals(List.of(new Link("jane-kim", "iste")), pln.links());
        assertEquals("dana", pln.participant().id());
    }

    @Test
    void badValuesAndEdgesAreReportedAtTheirLineAndColumn() {
        String xml = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k" for="node" attr.name="kind"/><key id="c" for="node" attr.name="category"/>
                  <key id="v" for="node" attr.name="value"/><key id="n" for="node" attr.name="name"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="n">A</data><data key="k">person</data><data key="c">mentr</data></node>
                    <node id="b"><data key="n">B</data><data key="k">person</data><data key="c">mentors</data><data key="v">7</data></node>
                    <edge source="a" target="zz"/>
                    <node id="b"><data key="n">B2</data></node>
                  </graph>
                </graphml>
                """;
        ReadResult<Pln> r = graphMl(xml, ImportMapping.NONE);
        assertTrue(r.value().isEmpty());
        List<String> m = messages(r);
        // after a question the hint is a sentence of its own (it read "mentors?; if the other tool …")
        assertTrue(m.contains("t.graphml:5:81: error: category \"mentr\" is not in the taxonomy; did you mean mentors?"
                + " If" + HINT.substring("; if".length()) + "."), m.toString());
        assertTrue(m.contains("t.graphml:6:109: error: value 7 is not between 1 and 5" + HINT), m.toString());
        assertTrue(m.contains("t.graphml:7:35: error: the edge names node \"zz\", which is not in the file"), m.toString());
        assertTrue(m.contains("t.graphml:8:18: error: node id \"b\" is used twice; node ids must be unique"), m.toString());
    }

    @Test
    void brokenXmlAndExternalEntitiesGiveAProblemNotAStackTrace() {
        ReadResult<Pln> broken = graphMl("<graphml><graph><node id=\"a\"></graph></graphml>", ImportMapping.NONE);
        assertEquals(1, broken.problems().size());
        assertTrue(messages(broken).get(0).startsWith("t.graphml:1:"), messages(broken).toString());
        assertTrue(messages(broken).get(0).contains("not valid XML"), messages(broken).toString());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<graphml><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph><node id=\"a\"><data key=\"n\">&x;</data>"
                + "</node></graph></graphml>";
        ReadResult<Pln> r = graphMl(xxe, ImportMapping.NONE);
        assertTrue(r.value().isEmpty());
        assertFalse(r.problems().toString().contains("root:"), "the entity is never resolved");
        assertEquals(List.of("t.graphml: error: the file is empty; expected GraphML"), messages(graphMl(" \n", ImportMapping.NONE)));
        assertTrue(messages(graphMl("<gexf/>", ImportMapping.NONE)).get(0).contains("not a GraphML file"));
    }

    @Test
    void csvFromNodeXlWithDefaultsAndLineNumbers() {
        String vertices = "Vertex,Label,Type,Importance,Last seen\n"
                + "v1,Jane Kim,Colleague,5,2026-10-20\n"
                + "\n"
                + "v2,ISTE,Association,four,2026-13-01\n";
        String edges = "Vertex 1,Vertex 2\nv1,v2\nv2,v3\n";
        ImportMapping m = ImportMapping.NONE.withField("Importance", "value").withField("Type", "kind")
                .withField("Last seen", "last_contact").withValue("kind", "Colleague", "person")
                .withValue("kind", "association", "organization").withDefault("category", "mentors");
        ReadResult<Pln> r = new CsvGraphImporter(TAX, Limits.DEFAULT, m).read("vertices.csv",
                vertices.getBytes(StandardCharsets.UTF_8), "edges.csv", edges.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("edges.csv:3: error: the edge names node \"v3\", which is not in the file",
                "vertices.csv:4 column Importance: error: value \"four\" is not a whole number from 1 to 5" + HINT,
                "vertices.csv:4 column Last seen: error: last_contact \"2026-13-01\" is not a real date"),
                messages(r).stream().sorted().toList());
        String fixed = vertices.replace("four,2026-13-01", "4,2026-09-01");
        ReadResult<Pln> ok = new CsvGraphImporter(TAX, Limits.DEFAULT, m.withParticipantId("maria")).read("vertices.csv",
                fixed.getBytes(StandardCharsets.UTF_8), "edges.csv", "Vertex 1,Vertex 2\nv1,v2\n".getBytes(StandardCharsets.UTF_8));
        Pln pln = ok.value().orElseThrow(() -> new AssertionError(ok.problems()));
        assertEquals(List.of(), ok.problems());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 20)), pln.connections().get(0).lastContact());
        assertEquals(Kind.ORGANIZATION, pln.connections().get(1).kind());
        assertEquals(List.of(new Link("jane-kim", "iste")), pln.links());
    }

    @Test
    void csvNeedsAnIdColumnAndSaysSo() {
        ReadResult<Pln> r = new CsvGraphImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("n.csv",
                "name;kind\nJane;person\n".getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals(List.of("n.csv:1: error: the node list needs an id column: Id (Gephi), Vertex (NodeXL) or Node;"
                + " the header has name, kind"), messages(r));
        ReadResult<Pln> latin1 = new CsvGraphImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("n.csv",
                new byte[] {'I', 'd', '\n', 'J', (byte) 0xE9, '\n'}, null, null);
        assertTrue(messages(latin1).get(0).contains("not UTF-8"), messages(latin1).toString());
    }

    @Test
    void networkCanvasExportOfOneInterview() {
        NetworkCanvasImporter nc = new NetworkCanvasImporter(TAX, Limits.DEFAULT, mapping("network-canvas-mapping.yaml"));
        ReadResult<Pln> two = nc.read(List.of(DIR.resolve("network-canvas")), Optional.empty());
        assertEquals(List.of(DIR.resolve("network-canvas/pln-study_attributeList_Person.csv") + ": error: the export"
                + " holds 2 interviews (P014, P015); choose one by its case id"), messages(two));

        ReadResult<Pln> r = nc.read(List.of(DIR.resolve("network-canvas")), Optional.of("P014"));
        Pln pln = r.value().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(List.of(), r.problems());
        assertEquals("P014", pln.participant().id());
        assertEquals("Dana Okoro", pln.participant().name());
        assertEquals(Optional.of("Tech coach"), pln.participant().role());
        assertEquals(List.of(
                Connection.builder("jane-kim", "Jane Kim", Kind.PERSON, "local-colleagues").frequency(Frequency.WEEKLY)
                        .value(5).givesBack(true).build(),
                Connection.builder("ruth-okafor", "Ruth Okafor", Kind.PERSON, "mentors").frequency(Frequency.MONTHLY)
                        .value(4).givesBack(false).build(),
                Connection.builder("edtechchat", "#edtechchat", Kind.RESOURCE, "social-networks").frequency(Frequency.DAILY)
                        .value(4).url("https://twitter.com/hashtag/edtechchat").build(),
                Connection.builder("1-teaching-podcast", "+1 Teaching Podcast", Kind.RESOURCE, "webinars-podcasts")
                        .frequency(Frequency.MONTHLY).value(3).build(),
                Connection.builder("school-library-journal", "School Library Journal", Kind.RESOURCE, "online-journals")
                        .frequency(Frequency.WEEKLY).value(4).url("https://www.slj.com").build()), pln.connections());
        assertEquals(List.of(new Link("jane-kim", "ruth-okafor"), new Link("jane-kim", "edtechchat")), pln.links());

        ReadResult<Pln> other = nc.read(List.of(DIR.resolve("network-canvas")), Optional.of("7a2d9f3b-0002"));
        assertEquals(List.of("Lee Park"), other.value().orElseThrow().connections().stream().map(Connection::name).toList());
    }

    @Test
    void networkCanvasCategoricalWithTwoTicksIsAnError() {
        String alters = "nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,category_mentors,category_local-colleagues\n"
                + "1,e1,u1,Jane,true,true\n";
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("nc");
            java.nio.file.Files.writeString(dir.resolve("x_attributeList_Person.csv"), alters);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ReadResult<Pln> r = new NetworkCanvasImporter(TAX, Limits.DEFAULT, ImportMapping.NONE.withParticipantId("p"))
                .read(List.of(dir), Optional.empty());
        assertEquals(List.of(dir.resolve("x_attributeList_Person.csv") + ":2 column category: error: several options"
                + " are ticked for category (mentors, local-colleagues); a connection has one category"), messages(r));
    }

    @Test
    void mappingFileProblemsNameTheirLine() {
        ReadResult<ImportMapping> r = ImportMapping.read("m.yaml", ("fields:\n  Importance: valu\n  Type: kind\n"
                + "defaults:\n  colour: red\nmood: 3\n").getBytes(StandardCharsets.UTF_8).length == 0 ? null
                : new java.io.ByteArrayInputStream(("fields:\n  Importance: valu\n  Type: kind\n"
                + "defaults:\n  colour: red\nmood: 3\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("m.yaml:2:15: error: \"valu\" is not a PLN field; did you mean value?",
                "m.yaml:5:11: error: \"colour\" is not a PLN field; use one of id, shared_id, name, kind, category, url,"
                        + " met_via, frequency, value, gives_back, participation, wants_more, topics, last_contact, feed,"
                        + " participant_id, role, school, organizer, as_of, ego, ignore",
                "m.yaml:6:1: warning: unknown key \"mood\" in the mapping file; use fields:, values:, defaults:,"
                        + " participant_id:, ego_node:"), messages(r));
    }

    @Test
    void networkCanvasGraphMlWithTheEgoOnTheGraph() {
        String xml = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:nc="http://schema.networkcanvas.com/xmlns">
                  <key id="label" for="all" attr.name="label" attr.type="string"/>
                  <key id="networkCanvasType" for="all" attr.name="networkCanvasType" attr.type="string"/>
                  <key id="networkCanvasUUID" for="all" attr.name="networkCanvasUUID" attr.type="string"/>
                  <key id="0a1b" for="node" attr.name="pln_category" attr.type="string"/>
                  <key id="9f9f" for="graph" attr.name="school" attr.type="string"/>
                  <graph edgedefault="undirected" nc:caseId="P014">
                    <data key="networkCanvasUUID">6f1c</data>
                    <data key="9f9f">Lincoln Middle School</data>
                    <node id="1"><data key="networkCanvasUUID">a11</data><data key="networkCanvasType">Person</data>
                      <data key="label">Jane Kim</data><data key="0a1b">mentors</data></node>
                    <node id="2"><data key="networkCanvasUUID">b22</data><data key="networkCanvasType">Person</data>
                      <data key="label">Tom Alvarez</data><data key="0a1b">mentors</data></node>
                    <edge id="1" source="1" target="2"><data key="networkCanvasType">knows</data></edge>
                  </graph>
                </graphml>
                """;
        ReadResult<Pln> r = graphMl(xml, ImportMapping.NONE.withField("networkCanvasType", "kind")
                .withField("pln_category", "category").withParticipantId("P014"));
        Pln pln = r.value().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(List.of(), r.problems());
        assertEquals(Optional.of("Lincoln Middle School"), pln.participant().school());
        assertEquals(List.of("jane-kim", "tom-alvarez"), pln.connections().stream().map(Connection::id).toList());
        assertEquals(List.of(new Link("jane-kim", "tom-alvarez")), pln.links());
    }
}
