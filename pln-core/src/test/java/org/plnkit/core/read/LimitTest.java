package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;

/** Every message about a limit names the limit in the same clause, and {@link Limit#of} tells which one it is by its code. */
class LimitTest {
    private static final String HEADER = "participant_id,connection_name,kind,category\n";

    @TempDir
    Path dir;

    @Test
    void eachLimitsProblemEndsWithItsClauseAndIsRecognisedByItsCode() {
        for (Limit l : Limit.values()) {
            Problem p = l.error(Place.file("f"), "something was found", 2_000);
            String m = p.message();
            assertEquals(l.message("something was found", 2_000), m);
            assertTrue(m.startsWith("something was found; the limit is "), m);
            assertTrue(m.endsWith(" " + l.unit()), m);
            assertEquals(Optional.of(l), Limit.of(p), m);
            for (ProblemCode c : l.codes()) {
                assertTrue(c.format().endsWith("; the limit is %s " + l.unit()), c + ": " + c.format());
            }
        }
        assertEquals("the file is 70.2 MB; the limit is 64.0 MB per file",
                Limit.FILE_SIZE.message("the file is 70.2 MB", 64L << 20));
        assertEquals("there are 2,314 connections; the limit is 2,000 connections per participant",
                Limit.CONNECTIONS.message("there are 2,314 connections", 2_000));
    }

    @Test
    void otherProblemsAreNotAboutALimitWhateverTheirWords() {
        Place f = Place.file("f");
        assertEquals(Optional.empty(), Limit.of(Problem.error(f,
                "this cell holds 150,000 characters; at most 100,000 are accepted")));
        assertEquals(Optional.empty(), Limit.of(Problem.error(f, ProblemCode.VALUE_OUT_OF_RANGE, Arg.number(7))));
        // words that read like a limit's clause do not make a limit: the code does
        assertEquals(Optional.empty(), Limit.of(Problem.error(f,
                "there are 9 connections; the limit is 2,000 connections per participant")));
    }

    @Test
    void aCohortFileOverTheSizeLimit() throws IOException {
        write("connections.csv", HEADER + "sam,Jane,person,mentors\n".repeat(100));
        List<Problem> ps = read(Limits.DEFAULT.withMaxFileBytes(1024));
        assertEquals(List.of(dir.resolve("connections.csv") + ": error: the file is 3 KB; the limit is 1 KB per file"),
                strings(ps));
        assertEquals(Optional.of(Limit.FILE_SIZE), Limit.of(ps.get(0)));
    }

    @Test
    void aParticipantPastTheConnectionLimitLosesTheRowsPastIt() throws IOException {
        write("connections.csv", HEADER + "sam,A,person,mentors\nsam,B,person,mentors\nsam,C,person,mentors\n"
                + "ana,D,person,mentors\n");
        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(),
                Limits.DEFAULT.withMaxConnectionsPerParticipant(2), false);
        assertEquals(List.of(dir.resolve("connections.csv") + ":4 column participant_id: error: participant sam already"
                + " has 2 connections, so this row is left out; the limit is 2 connections per participant"),
                strings(r.result().problems()));
        assertEquals(Optional.of(Limit.CONNECTIONS), Limit.of(r.result().problems().get(0)));
        assertEquals(3, r.result().value().orElseThrow().plns().stream().mapToInt(p -> p.connections().size()).sum());
    }

    @Test
    void readingStopsAtTheProblemLimit() throws IOException {
        write("connections.csv", HEADER + "sam,A,person,gadgets\n".repeat(5));
        List<Problem> ps = read(Limits.DEFAULT.withMaxProblems(3));
        Problem last = ps.get(ps.size() - 1);
        assertEquals(dir.resolve("connections.csv") + ":5: error: reading stopped at this row, as there are already 3"
                + " problems (fix the ones above and read the file again); the limit is 3 problems per input",
                last.toString());
        assertEquals(Optional.of(Limit.PROBLEMS), Limit.of(last));
    }

    @Test
    void aFolderWithMoreParticipantFilesThanTheRowLimit() throws IOException {
        for (String id : List.of("a", "b", "c")) {
            write(id + ".yaml", "participant: {id: " + id + "}\n");
        }
        List<Problem> ps = read(Limits.DEFAULT.withMaxRows(2));
        assertEquals(List.of(dir + ": error: the folder holds 3 participant files, so it is not read; the limit is 2"
                + " participant files per folder"), strings(ps));
        assertEquals(Optional.of(Limit.FOLDER_FILES), Limit.of(ps.get(0)));
    }

    private List<Problem> read(Limits limits) {
        return CohortReader.readDetailed(dir, Taxonomy.defaults(), limits, false).result().problems();
    }

    private static List<String> strings(List<Problem> ps) {
        return ps.stream().map(Problem::toString).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
