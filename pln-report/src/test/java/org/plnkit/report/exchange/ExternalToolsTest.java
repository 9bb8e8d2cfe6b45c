package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * The exports open in the real clients: NetworkX reads GraphML and GEXF with typed attributes, Graphviz renders
 * the DOT ({@code docs/check-exports.py}). Skipped where the clients are not installed.
 */
class ExternalToolsTest {
    private static final Path SCRIPT = Path.of("../docs/check-exports.py");
    private final PlnExporter exporter = new PlnExporter(Taxonomy.defaults());

    /** Names that trouble XML, DOT and CSV: quotes, backslashes, escapes, markup, formulas, other scripts. */
    static Pln awkward() {
        List<Connection> cs = new ArrayList<>();
        String[] names = {"Ünal \"Q\" O'Brien", "back\\slash \\N \\l", "<b>bold</b> & co", "=SUM(A1)", "李 明",
                "semi; colon, comma", "📚 Books", "-dash"};
        for (int i = 0; i < names.length; i++) {
            cs.add(Connection.builder("id " + i + " ü\"", names[i], Kind.values()[i % 3],
                            Taxonomy.defaults().ids().get(i)).value(1 + i % 5).frequency(Frequency.values()[i % 6])
                    .givesBack(i % 2 == 0).participation(Participation.values()[i % 4]).wantsMore(i % 3 == 0)
                    .topics(List.of("a&b", "ç")).lastContact(LocalDate.of(2026, 1, 1 + i)).url("https://x.org/?a=1&b=" + i)
                    .build());
        }
        Participant p = new Participant("ünal-ö", "Ünal \"Ö\" <x>", Optional.of("Coach & mentor"), Optional.empty(),
                List.of("a&b"), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)));
        return new Pln(p, cs, List.of(new Link(cs.get(0).id(), cs.get(1).id()), new Link(cs.get(2).id(), cs.get(7).id())));
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String runScript(List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private List<Path> write(Pln pln, Path dir, String base, ExchangeFormat... formats) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ExchangeFormat f : formats) {
            if (f == ExchangeFormat.CSV) {
                StringWriter n = new StringWriter();
                StringWriter e = new StringWriter();
                exporter.writeCsv(pln, n, e);
                out.add(Files.writeString(dir.resolve(base + "-nodes.csv"), n.toString()));
                out.add(Files.writeString(dir.resolve(base + "-edges.csv"), e.toString()));
            } else {
                Path file = dir.resolve(base + "." + f.extension());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    exporter.write(pln, f, w);
                }
                out.add(file);
            }
        }
        return out;
    }

    @Test
    void networkxReadsGraphMlAndGexfWithTypedAttributes(@TempDir Path dir) throws Exception {
        assumeTrue(works("/usr/bin/python3", "-c", "import networkx"), "python3-networkx is not installed");
        for (Pln pln : List.of(Samples.maria(), awkward())) {
            String base = pln.participant().id().equals("maria-lopez") ? "maria" : "awkward";
            String out = runScript(write(pln, dir, base, ExchangeFormat.GRAPHML, ExchangeFormat.GEXF, ExchangeFormat.CSV));
            assertFalse(out.contains("FAIL"), out);
            int nodes = pln.connections().size() + 1;
            assertTrue(out.contains(base + ".graphml: " + nodes + " nodes (1 ego)"), out);
            assertTrue(out.contains(base + ".gexf: " + nodes + " nodes (1 ego)"), out);
            assertTrue(out.contains("OK graphml and gexf carry the same " + nodes + " nodes"), out);
        }
    }

    @Test
    void graphvizRendersTheDot(@TempDir Path dir) throws Exception {
        assumeTrue(works("dot", "-V") && works("neato", "-V"), "graphviz is not installed");
        assumeTrue(works("/usr/bin/python3", "-c", "import networkx"), "the check script needs python3-networkx");
        for (Pln pln : List.of(Samples.maria(), awkward())) {
            String out = runScript(write(pln, dir, pln.participant().id(), ExchangeFormat.DOT));
            int nodes = pln.connections().size() + 1;
            assertTrue(out.contains("dot renders " + nodes + " nodes to SVG without a warning"), out);
            assertTrue(out.contains("neato renders " + nodes + " nodes to SVG without a warning"), out);
        }
    }

    @Test
    void theAwkwardPlnSurvivesTheRoundTripsToo() {
        Pln pln = awkward();
        Taxonomy t = Taxonomy.defaults();
        assertEquals(pln, new GraphMlImporter(t, org.plnkit.core.read.Limits.DEFAULT, ImportMapping.NONE)
                .read("a.graphml", exporter.toString(pln, ExchangeFormat.GRAPHML).getBytes(StandardCharsets.UTF_8))
                .value().orElseThrow());
        assertEquals(pln, new GexfImporter(t, org.plnkit.core.read.Limits.DEFAULT, ImportMapping.NONE)
                .read("a.gexf", exporter.toString(pln, ExchangeFormat.GEXF).getBytes(StandardCharsets.UTF_8))
                .value().orElseThrow());
    }
}
