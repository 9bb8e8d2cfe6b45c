package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.write.ParticipantFileWriter;

class ImportCommandTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";
    private static final Path FIXTURES = Path.of("../pln-report/src/test/resources/import");

    private static Pln read(Path p) {
        ReadResult<Pln> r = new ParticipantFileReader().read(p);
        assertEquals(List.of(), r.problems());
        return r.value().orElseThrow();
    }

    @Test
    void exportThenImportGivesTheSameParticipantFile(@TempDir Path dir) throws Exception {
        for (String ext : List.of("graphml", "gexf")) {
            Path g = dir.resolve("maria." + ext);
            assertEquals(0, Run.of(new ExportCommand(), SAMPLE, "-o", g.toString()).exit());
            Path back = dir.resolve("back-" + ext + ".yaml");
            Run r = Run.of(new ImportCommand(), g.toString(), "-o", back.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.err());
            assertEquals(read(Path.of(SAMPLE)), read(back), ext);
        }
        assertEquals(0, Run.of(new ExportCommand(), SAMPLE, "-o", dir.resolve("m.csv").toString()).exit());
        Run csv = Run.of(new ImportCommand(), "--from", "csv", dir.resolve("m-nodes.csv").toString(),
                dir.resolve("m-edges.csv").toString());
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(ParticipantFileWriter.toYaml(read(Path.of(SAMPLE))), csv.out(), "YAML on the screen without -o");
    }

    @Test
    void aJsonExportIsAParticipantFileAlreadyAndSaidSo(@TempDir Path dir) throws Exception {
        // QA (#7): export --format json, then import it back, as one would with GraphML
        Path json = dir.resolve("maria.json");
        assertEquals(0, Run.of(new ExportCommand(), SAMPLE, "-o", json.toString()).exit());
        Run r = Run.of(new ImportCommand(), json.toString(), "-o", dir.resolve("back.yaml").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith(json + " is a participant file (pln export --format json writes one), not a"
                + " network to import: use it as it is, e.g. pln validate " + json + "\n"), r.err());
    }

    @Test
    void anExportSaysWhatItCannotGiveBack(@TempDir Path dir) throws Exception {
        // QA (#7): a topic holding the separator comes back as two topics: said when the export is written
        Path in = dir.resolve("sam.yaml");
        java.nio.file.Files.writeString(in, "participant: {id: sam, topics: [\"reading; writing\"]}\nconnections:\n"
                + "  - {name: Jane, kind: person, category: mentors}\n");
        Path g = dir.resolve("sam.gexf");
        Run r = Run.of(new ExportCommand(), in.toString(), "-o", g.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(in + ": warning: the participant's topic \"reading; writing\" contains ;, which separates topics"
                + " in gexf, so it will read back as 2 topics\n", r.err());
    }

    @Test
    void aMappingFileAndWarnings(@TempDir Path dir) {
        Path out = dir.resolve("maria.yaml");
        Run r = Run.of(new ImportCommand(), "--from", "graphml", FIXTURES.resolve("networkx.graphml").toString(),
                "--mapping", FIXTURES.resolve("networkx-mapping.yaml").toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning: not PLN fields, so ignored: \"Mood\""), r.err());
        assertEquals("Wrote " + out + ": participant maria-lopez with 3 connections and 1 link (1 warning above)\n",
                r.out());
        assertEquals(3, read(out).connections().size());
    }

    @Test
    void allInterviewsOfANetworkCanvasExportBecomeAFolderOfParticipantFiles(@TempDir Path dir) {
        // #16: a cohort from an interview tool, the edge type that is the PLN's tie chosen
        Path out = dir.resolve("cohort");
        String[] args = {"--from", "network-canvas", FIXTURES.resolve("network-canvas-multi").toString(), "--all",
                "--edge-type", "learns_from", "--mapping", FIXTURES.resolve("network-canvas-mapping.yaml").toString(),
                "-o", out.toString()};
        Run r = Run.of(new ImportCommand(), args);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals("Wrote 2 participant files into " + out + " (read them with pln cohort " + out + ")\n", r.out());
        Pln p014 = read(out.resolve("P014.yaml"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 4, 2)), p014.participant().asOf());
        assertEquals(1, p014.links().size(), "only the learns_from edge list");
        assertEquals(1, read(out.resolve("P015.yaml")).connections().size());
        // again without --force: nothing is replaced
        Run again = Run.of(new ImportCommand(), args);
        assertEquals(2, again.exit(), again.err());
        // --all is for sources that hold several PLNs, and needs a folder
        assertEquals(2, Run.of(new ImportCommand(), "--from", "csv", "n.csv", "--all", "-o", out.toString()).exit());
        assertEquals(2, Run.of(new ImportCommand(), "--from", "network-canvas",
                FIXTURES.resolve("network-canvas-multi").toString(), "--all").exit());
    }

    @Test
    void mapAndDefaultOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path nodes = dir.resolve("vertices.csv");
        Files.writeString(nodes, "Vertex,Name,Importance\nv1,Jane Kim,5\nv2,ISTE,3\n");
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "Vertex 1,Vertex 2\nv1,v2\n");
        Path out = dir.resolve("p.json");
        Run r = Run.of(new ImportCommand(), nodes.toString(), edges.toString(), "--map", "Importance=value",
                "--default", "kind=person", "--default", "category=Local colleagues", "--participant-id", "sam", "-o",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        Pln pln = read(out);
        assertEquals("sam", pln.participant().id());
        assertEquals(List.of(5, 3), pln.connections().stream().map(c -> c.value().orElseThrow()).toList());
        assertEquals(1, pln.links().size());
        Run bad = Run.of(new ImportCommand(), nodes.toString(), "--map", "Importance=valeu");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("\"valeu\" is not a PLN field; did you mean value?"), bad.err());
        assertEquals(2, Run.of(new ImportCommand(), nodes.toString(), "--map", "Importance").exit());
    }

    @Test
    void anEdgeListAloneIsToldTheCommandThatAddsANodeList(@TempDir Path dir) throws Exception {
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "Vertex 1,Vertex 2,Color\nAna,Bob Lee,red\nAna,ISTE,blue\n");
        Run r = Run.of(new ImportCommand(), edges.toString(), "--ego", "Ana", "--default", "kind=person", "--default",
                "category=local-colleagues", "-o", dir.resolve("ana.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        // the library's warning ends with "add a node list"; the command line names its own command (#12)
        assertTrue(r.err().contains("so these columns are ignored: \"Color\"; to give kinds, categories and more, add"
                + " a node list: pln import nodes.csv edges.csv"), r.err());
    }

    @Test
    void errorsAreListedAndNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("x.yaml");
        Run r = Run.of(new ImportCommand(), FIXTURES.resolve("networkx.gexf").toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("has no kind"), r.err());
        // the library says what to set; the command line adds its option (the library names none: #12)
        assertTrue(r.err().contains("map the attribute that gives it or set a default kind (--default kind=person)"),
                r.err());
        assertTrue(r.err().contains("; to keep one, map it to a field (--map \"NAME=FIELD\" or a mapping file)"),
                r.err());
        assertTrue(r.err().contains("not imported:"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void networkCanvasFolderWithAChosenInterview(@TempDir Path dir) {
        Path out = dir.resolve("p014.yaml");
        Run r = Run.of(new ImportCommand(), FIXTURES.resolve("network-canvas").toString(), "--ego", "P014", "--mapping",
                FIXTURES.resolve("network-canvas-mapping.yaml").toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("P014", read(out).participant().id());
        Run which = Run.of(new ImportCommand(), "--from", "network-canvas", FIXTURES.resolve("network-canvas").toString());
        assertEquals(1, which.exit());
        assertTrue(which.err().contains("choose one by its case id (--ego CASE_ID)"), which.err());
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        assertEquals(2, Run.of(new ImportCommand(), "--from", "pajek", "x.net").exit());
        assertEquals(2, Run.of(new ImportCommand(), "x.unknown").exit());
        assertEquals(2, Run.of(new ImportCommand(), "--from", "graphml", "a.graphml", "b.graphml").exit());
        Path existing = dir.resolve("e.yaml");
        Files.writeString(existing, "keep");
        assertEquals(2, Run.of(new ImportCommand(), FIXTURES.resolve("networkx.graphml").toString(), "-o",
                existing.toString()).exit());
        assertEquals("keep", Files.readString(existing));
        assertEquals(1, Run.of(new ImportCommand(), "--from", "graphml", dir.resolve("missing.graphml").toString()).exit());
    }

    @Test
    void helpTeachesMappings() {
        Run r = Run.of(new ImportCommand(), "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--map Importance=value"), r.out());
        assertTrue(r.out().contains("network-canvas"), r.out());
    }
}
