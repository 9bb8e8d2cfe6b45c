package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/**
 * #18: the Network Canvas importer never fails (it used to throw an index out of bounds) when an optional column is
 * missing or its cells are blank: the case id of the ego file, the edge ids, the ego UUID of a node list, a node's
 * UUID. Every combination of columns dropped and cells blanked gives a result or problems, never an exception.
 */
class NetworkCanvasMissingColumnsTest {
    private static final String[] EGO = {"networkCanvasEgoUUID", "networkCanvasCaseID", "networkCanvasSessionID",
        "name"};
    private static final String[] NODES = {"nodeID", "networkCanvasEgoUUID", "networkCanvasUUID", "name", "kind",
        "category"};
    private static final String[] EDGES = {"edgeID", "networkCanvasEgoUUID", "networkCanvasSourceUUID",
        "networkCanvasTargetUUID", "from", "to"};

    /** A CSV of the columns whose bit in {@code keep} is set; cells whose bit in {@code blank} is set are empty. */
    private static String csv(String[] header, List<String[]> rows, int keep, int blank) {
        StringBuilder b = new StringBuilder();
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if ((keep & (1 << i)) != 0 || header[i].equals("name")) {
                cols.add(i);
            }
        }
        b.append(String.join(",", cols.stream().map(i -> header[i]).toList())).append('\n');
        for (String[] r : rows) {
            b.append(String.join(",", cols.stream().map(i -> (blank & (1 << i)) != 0 && !header[i].equals("name")
                    ? "" : r[i]).toList())).append('\n');
        }
        return b.toString();
    }

    private static ReadResult<Pln> importOnce(int keep, int blank, boolean twoInterviews) throws IOException {
        Path dir = Files.createTempDirectory("nc");
        try {
            List<String[]> egos = new ArrayList<>();
            egos.add(new String[] {"e1", "t1", "s1", "Ana"});
            if (twoInterviews) {
                egos.add(new String[] {"e2", "t2", "s2", "Ben"});
            }
            Files.writeString(dir.resolve("x_ego.csv"), csv(EGO, egos, keep, blank));
            Files.writeString(dir.resolve("x_attributeList_Person.csv"), csv(NODES, List.of(
                    new String[] {"1", "e1", "u1", "Jane", "person", "mentors"},
                    new String[] {"2", "e1", "u2", "Tom", "person", "local-colleagues"}), keep >> 4, blank >> 4));
            Files.writeString(dir.resolve("x_edgeList_knows.csv"), csv(EDGES, List.<String[]>of(
                    new String[] {"1", "e1", "u1", "u2", "1", "2"}), keep >> 2, blank >> 2));
            return new NetworkCanvasImporter(Taxonomy.defaults(), Limits.DEFAULT,
                    ImportMapping.NONE.withParticipantId("p")).read(List.of(dir), Optional.empty());
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void noCombinationOfMissingOrBlankOptionalColumnsThrows() {
        qt().withFixedSeed(18).withExamples(150).forAll(integers().between(0, 1023), integers().between(0, 1023),
                integers().between(0, 1)).checkAssert((keep, blank, two) -> {
                    ReadResult<Pln> r;
                    try {
                        r = importOnce(keep, blank, two == 1);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    assertTrue(r.value().isPresent() || r.problems().stream().anyMatch(Problem::isError),
                            "a result, or errors that say why: " + r.problems());
                });
    }

    @Test
    void aNodeListWithoutTheEgoUuidColumnIsReadForTheOnlyInterview() throws IOException {
        // every column kept except the ego UUID of the node list (bit 1 of the node list's columns)
        int keep = 0x3FF & ~(1 << (1 + 4));
        ReadResult<Pln> r = importOnce(keep, 0, false);
        assertTrue(r.value().isPresent(), r.problems().toString());
        assertFalse(r.value().get().connections().isEmpty(), "the nodes are read, not dropped without a word");
    }
}
