package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/**
 * Cohorts from interview tools (#16): every interview of a Network Canvas export, the edge type that is the PLN's
 * tie, sessionFinish as as_of, every network of a GraphML file, and nothing dropped without a word.
 */
class InterviewImportTest {
    private static final Taxonomy TAX = Taxonomy.defaults();
    private static final Path DIR = Path.of("src/test/resources/import");
    private static final Path MULTI = DIR.resolve("network-canvas-multi");

    private static ImportMapping mapping() {
        ReadResult<ImportMapping> m = ImportMapping.read(DIR.resolve("network-canvas-mapping.yaml"));
        return m.value().orElseThrow();
    }

    private static List<String> messages(ReadResult<?> r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static List<String> names(Pln p) {
        return p.connections().stream().map(Connection::name).toList();
    }

    @Test
    void allReadsEveryInterviewWithItsSessionFinishAsAsOf() {
        ReadResult<List<Pln>> r = new NetworkCanvasImporter(TAX, Limits.DEFAULT, mapping()).withEdgeType("knows")
                .readAll(List.of(MULTI));
        List<Pln> plns = r.value().orElseThrow(() -> new AssertionError(r.problems()));
        assertEquals(List.of(), messages(r));
        assertEquals(List.of("P014", "P015"), plns.stream().map(p -> p.participant().id()).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), plns.get(0).participant().asOf());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 3)), plns.get(1).participant().asOf());
        assertEquals(5, plns.get(0).connections().size());
        assertEquals(List.of("Lee Park"), names(plns.get(1)));
        assertEquals(List.of(new Link("jane-kim", "ruth-okafor"), new Link("jane-kim", "edtechchat")),
                plns.get(0).links());
    }

    @Test
    void theEdgeTypeChoosesWhichEdgeListsAreLinks() {
        NetworkCanvasImporter nc = new NetworkCanvasImporter(TAX, Limits.DEFAULT, mapping());
        Pln learns = nc.withEdgeType("learns_from").read(List.of(MULTI), Optional.of("P014")).value().orElseThrow();
        assertEquals(List.of(new Link("ruth-okafor", "school-library-journal")), learns.links());
        // without a type every edge list is read
        Pln every = nc.read(List.of(MULTI), Optional.of("P014")).value().orElseThrow();
        assertEquals(3, every.links().size());
        ReadResult<Pln> none = nc.withEdgeType("mentors").read(List.of(MULTI), Optional.of("P014"));
        assertEquals(List.of(MULTI + ": error: no edge list of type \"mentors\" in the export; its edge types: knows,"
                + " learns_from"), messages(none));
    }

    @Test
    void theImportersMessagesAreProblemCodesWithTheirArguments(@TempDir Path empty) {
        NetworkCanvasImporter nc = new NetworkCanvasImporter(TAX, Limits.DEFAULT, mapping());
        ReadResult<Pln> several = nc.read(List.of(MULTI), Optional.empty());
        assertEquals(List.of(ProblemCode.NETWORK_CANVAS_SEVERAL_INTERVIEWS), codes(several));
        assertEquals("the export holds 2 interviews (P014, P015); choose one by its case id",
                several.problems().get(0).message());
        ReadResult<Pln> unknown = nc.read(List.of(MULTI), Optional.of("P099"));
        assertEquals(List.of(ProblemCode.NETWORK_CANVAS_NO_SUCH_INTERVIEW), codes(unknown));
        assertEquals("no interview has the id \"P099\"; the export holds P014, P015",
                unknown.problems().get(0).message());
        assertEquals(List.of(ProblemCode.NETWORK_CANVAS_NO_EDGE_TYPE),
                codes(nc.withEdgeType("mentors").read(List.of(MULTI), Optional.of("P014"))));
        assertEquals(List.of(ProblemCode.NETWORK_CANVAS_NO_CSV),
                codes(nc.read(List.of(empty), Optional.empty())));
    }

    private static List<ProblemCode> codes(ReadResult<?> r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aMappingsAsOfWinsOverSessionFinish() {
        Pln p = new NetworkCanvasImporter(TAX, Limits.DEFAULT, mapping().withDefault("as_of", "2026-05-01"))
                .read(List.of(MULTI), Optional.of("P014")).value().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)), p.participant().asOf());
    }

    @Test
    void unmappedColumnsAreOneWarningPerFileAndAnUnreadValueSaysValuesTranslatesIt() {
        ReadResult<Pln> r = new NetworkCanvasImporter(TAX, Limits.DEFAULT, ImportMapping.NONE
                .withField("contact_freq", "frequency")).read(List.of(MULTI), Optional.of("P014"));
        assertEquals(List.of(
                MULTI.resolve("pln-study_attributeList_Person.csv") + ":2 column contact_freq: error: frequency \"2\""
                        + " is not one of daily, weekly, monthly, quarterly, yearly, rarely; if the other tool writes"
                        + " it so, translate it in the values: section of a mapping file (see docs/interchange.md)"),
                messages(r).stream().filter(m -> m.contains("Person.csv:2 ")).toList());
        List<String> unmapped = messages(r).stream().filter(m -> m.contains("not PLN fields")).toList();
        assertEquals(List.of(
                MULTI.resolve("pln-study_attributeList_Person.csv") + ": warning: not PLN fields, so ignored:"
                        + " \"closeness\", \"shares\"; to keep one, map it to a field",
                MULTI.resolve("pln-study_attributeList_Resource.csv") + ": warning: not PLN fields, so ignored:"
                        + " \"closeness\"; to keep one, map it to a field"),
                unmapped);
    }

    private static final String TWO_NETWORKS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="n" for="node" attr.name="name" attr.type="string"/>
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <key id="c" for="node" attr.name="category" attr.type="string"/>
              <key id="p" for="graph" attr.name="participant_id" attr.type="string"/>
              <graph id="interview-1" edgedefault="undirected">
                <data key="p">P014</data>
                <node id="a"><data key="n">Jane Kim</data><data key="k">person</data><data key="c">mentors</data></node>
                <node id="b"><data key="n">Edutopia</data><data key="k">resource</data><data key="c">blogs-websites</data></node>
                <edge source="a" target="b"/>
              </graph>
              <graph id="interview-2" edgedefault="undirected">
                <data key="p">P015</data>
                <node id="a"><data key="n">Lee Park</data><data key="k">person</data><data key="c">local-colleagues</data></node>
              </graph>
            </graphml>
            """;

    @Test
    void aGraphMlFileWithSeveralNetworksImportsAllOrTheOneChosen() throws Exception {
        Path file = java.nio.file.Files.createTempDirectory("graphml").resolve("study.graphml");
        java.nio.file.Files.writeString(file, TWO_NETWORKS, StandardCharsets.UTF_8);
        GraphMlImporter g = new GraphMlImporter(TAX, Limits.DEFAULT, ImportMapping.NONE);

        ReadResult<List<Pln>> all = g.readAll(file);
        List<Pln> plns = all.value().orElseThrow(() -> new AssertionError(all.problems()));
        assertEquals(List.of("P014", "P015"), plns.stream().map(p -> p.participant().id()).toList());
        assertEquals(List.of("Jane Kim", "Edutopia"), names(plns.get(0)));
        assertEquals(List.of("Lee Park"), names(plns.get(1)));

        ReadResult<Pln> first = g.read(file);
        assertEquals("P014", first.value().orElseThrow().participant().id());
        assertEquals(List.of(file + ": warning: the file holds 2 networks (ids: interview-1, interview-2); only the"
                + " first is read; read each, or choose one by its id"), messages(first));
        assertEquals(ProblemCode.IMPORT_SEVERAL_NETWORKS, first.problems().get(0).code());

        assertEquals("P015", g.withNetwork("interview-2").read(file).value().orElseThrow().participant().id());
        assertEquals("P015", g.withNetwork("2").read(file).value().orElseThrow().participant().id());
        ReadResult<Pln> missing = g.withNetwork("interview-3").read(file);
        assertTrue(missing.value().isEmpty());
        assertEquals(List.of(file + ": error: the file has no network \"interview-3\"; its networks: interview-1,"
                + " interview-2 (or 1 to 2)"), messages(missing));
    }
}
