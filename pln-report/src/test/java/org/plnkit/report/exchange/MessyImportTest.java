package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/**
 * Files as people hand them over (QA of #7): an edge list without a node list, topics typed with commas. Each
 * case is what a teacher or a researcher met, through the importers' public API.
 */
class MessyImportTest {
    private static final Taxonomy TAX = Taxonomy.defaults();

    private static List<String> messages(ReadResult<?> r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static ReadResult<Pln> csv(String nodes, ImportMapping m) {
        return new CsvGraphImporter(TAX, Limits.DEFAULT, m).read("net.csv", nodes.getBytes(StandardCharsets.UTF_8),
                null, null);
    }

    private static ImportMapping mapping(String ego, Map<String, String> defaults) {
        ImportMapping m = ImportMapping.NONE.withEgoNode(ego);
        for (Map.Entry<String, String> d : new java.util.TreeMap<>(defaults).entrySet()) {
            m = m.withDefault(d.getKey(), d.getValue());
        }
        return m;
    }

    @Test
    void aNodeXlEdgeListAloneIsANetworkOfItsNamesAndSaysWhatItCannotRead() {
        ReadResult<Pln> r = csv("Vertex 1,Vertex 2,Color\r\nAna,Bob Lee,red\r\nAna,ISTE,blue\r\nBob Lee,ISTE,\r\n",
                mapping("Ana", Map.of("kind", "person", "category", "mentors")));
        assertEquals(List.of("net.csv: warning: an edge list without a node list: its 3 nodes are the names in"
                + " \"Vertex 1\" and \"Vertex 2\", with no attributes; edge attributes are not read, so these columns"
                + " are ignored: \"Color\"; to give kinds, categories and more, add a node list"), messages(r));
        // a code an embedding tool can key its own remedy on; the library names no pln command
        assertEquals(List.of(ProblemCode.IMPORT_EDGE_LIST_ONLY_IGNORED), r.problems().stream().map(p -> p.code())
                .toList());
        Pln pln = r.value().orElseThrow();
        assertEquals("ana", pln.participant().id());
        assertEquals("Ana", pln.participant().name());
        assertEquals(List.of(Connection.builder("bob-lee", "Bob Lee", Kind.PERSON, "mentors").build(),
                Connection.builder("iste", "ISTE", Kind.PERSON, "mentors").build()), pln.connections());
        assertEquals(List.of(new Link("bob-lee", "iste")), pln.links());
    }

    @Test
    void anEdgeListOfTwoColumnsAloneSaysOnlyThatItsNodesAreNames() {
        ReadResult<Pln> r = csv("Source,Target\nme,Jane\n", mapping("me", Map.of("kind", "person",
                "category", "mentors")));
        assertEquals(List.of("net.csv: warning: an edge list without a node list: its 2 nodes are the names in"
                + " \"Source\" and \"Target\", with no attributes; to give kinds, categories and more, add a node list"),
                messages(r));
        assertEquals(ProblemCode.IMPORT_EDGE_LIST_ONLY, r.problems().get(0).code());
    }

    @Test
    void aGephiEdgeListAloneWithABlankEndIsReportedWithItsLine() {
        ReadResult<Pln> r = csv("Source;Target;Weight\nme;Jane\n;Jane\n", mapping("me",
                Map.of("kind", "person", "category", "mentors")));
        assertEquals(List.of("net.csv: warning: an edge list without a node list: its 2 nodes are the names in"
                + " \"Source\" and \"Target\", with no attributes; edge attributes are not read, so these columns are"
                + " ignored: \"Weight\"; to give kinds, categories and more, add a node list",
                "net.csv:3 column Source: error: this edge has no source"), messages(r));
    }

    @Test
    void topicsTypedWithCommasAreOneTopicAndSaidSo() {
        ReadResult<Pln> r = csv("Id,Label,kind,category,topics\nme,Sam,,,\"literacy, math\"\n1,Jane,person,mentors,"
                + "\"ideas, math\"\n2,Bob,person,mentors,\"a, b; c\"\n", mapping("me", Map.of()));
        assertEquals(List.of("net.csv:2 column topics: warning: topics \"literacy, math\" is read as one topic: topics"
                        + " are separated by ; (literacy; math)",
                "net.csv:3 column topics: warning: topics \"ideas, math\" is read as one topic: topics are separated"
                        + " by ; (ideas; math)"), messages(r));
        assertEquals(List.of("ideas, math"), r.value().orElseThrow().connections().get(0).topics());
    }

    private static ReadResult<Pln> gexf(String xml) {
        return new GexfImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("me.gexf",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GEPHI = """
            <?xml version='1.0' encoding='UTF-8'?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
              <meta lastmodifieddate="2026-11-30"><creator>Gephi 0.10.1</creator></meta>
              <graph defaultedgetype="undirected" mode="static">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="Kind" type="string"/>
                  <attribute id="category" title="Category" type="string"/>
                </attributes>
                <nodes>
                  <node id="0" label="Maria Lopez"><viz:size value="20.0"/></node>
                  <node id="1" label="Jane Kim"><attvalues><attvalue for="kind" value="Person"/>
                    <attvalue for="category" value="Local colleagues"/></attvalues></node>
                  <node id="2" label="AASL"><attvalues><attvalue for="kind" value="organization"/>
                    <attvalue for="category" value="professional-organizations"/></attvalues></node>
                </nodes>
                <edges><edge id="0" source="0" target="1"/><edge id="1" source="0" target="2"/></edges>
              </graph>
            </gexf>
            """;

    @Test
    void theOneNodeWithoutKindOrCategoryIsNamedAsLikelyTheParticipant() {
        ReadResult<Pln> r = gexf(GEPHI);
        assertEquals(List.of("me.gexf:10:40: error: \"Maria Lopez\" has no category; map the attribute that gives it or"
                        + " set a default category, such as local-colleagues",
                "me.gexf:10:40: error: \"Maria Lopez\" has no kind (person, organization or resource); map the"
                        + " attribute that gives it or set a default kind",
                "me.gexf:10:40: warning: \"Maria Lopez\" is the only node with neither kind nor category: if it is the"
                        + " participant, give \"0\" as the ego node"), messages(r));
        ReadResult<Pln> ok = new GexfImporter(TAX, Limits.DEFAULT, ImportMapping.NONE.withEgoNode("0")).read("me.gexf",
                GEPHI.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), messages(ok));
        assertEquals("maria-lopez", ok.value().orElseThrow().participant().id());
    }

    @Test
    void noHintWhenSeveralNodesLackKindOrCategory() {
        ReadResult<Pln> r = gexf(GEPHI.replace("<attvalue for=\"kind\" value=\"organization\"/>", ""));
        assertEquals(3, messages(r).size(), messages(r)::toString);
        assertEquals(0, messages(r).stream().filter(m -> m.contains("ego node")).count());
    }

    @Test
    void anExportMadeWithADistrictsCategoriesSaysWhichTaxonomyToGive() {
        // QA (#7): pln export --taxonomy district.yaml, then pln import without it
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="e" for="node" attr.name="ego" attr.type="boolean"/>
                  <key id="n" for="node" attr.name="name" attr.type="string"/>
                  <key id="k" for="node" attr.name="kind" attr.type="string"/>
                  <key id="c" for="node" attr.name="category" attr.type="string"/>
                  <key id="l" for="node" attr.name="category_label" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="ego"><data key="e">true</data><data key="n">Kim</data></node>
                    <node id="c:lee"><data key="e">false</data><data key="n">Coach Lee</data><data key="k">person</data>
                      <data key="c">coaches</data><data key="l">Instructional coaches</data></node>
                  </graph>
                </graphml>
                """;
        ReadResult<Pln> r = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE).read("kim.graphml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("kim.graphml: warning: some categories of this file are not in the taxonomy in use, and it has"
                + " category_label as the toolkit's export writes it: if it was exported with a district's own"
                + " categories, import it with the same taxonomy", messages(r).get(0), messages(r)::toString);
        assertEquals(2, messages(r).size(), messages(r)::toString);
    }
}
