package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The limit options of the commands that read input: a limit reached is an input error (exit 1) whose message names
 * the place, the limit and the option that raises it; the option raised lets the input through; a bad value is a
 * usage error (exit 2).
 */
class LimitsOptionTest {
    private static final String MARIA = "../samples/maria-lopez-librarian.yaml"; // 15 connections
    private static final String HEADER = "participant_id,connection_name,kind,category\n";

    @TempDir
    Path dir;

    @Test
    void withoutOptionsTheLimitsAreTheDefaults() {
        Holder h = new Holder();
        new CommandLine(h).parseArgs();
        assertEquals(Limits.DEFAULT, h.limits.limits());
        new CommandLine(h).parseArgs("--max-file-mb", "200", "--max-rows", "2,000,000", "--max-connections", "5000",
                "--max-problems", "7");
        assertEquals(Limits.DEFAULT.withMaxFileBytes(200L << 20).withMaxRows(2_000_000)
                .withMaxConnectionsPerParticipant(5_000).withMaxProblems(7), h.limits.limits());
        new CommandLine(h).parseArgs("--max-rows", "10");
        assertEquals(Limits.DEFAULT.withMaxRows(10), h.limits.limits(), "a command parsed again starts afresh");
    }

    @Test
    void maxConnectionsInAParticipantFile() {
        Cli hit = Cli.run("validate", "--max-connections", "14", MARIA);
        assertEquals(1, hit.exit(), hit.err());
        assertTrue(hit.out().contains(MARIA + ":11:3: error: there are 15 connections; the limit is 14 connections per"
                + " participant (raise it with --max-connections)\n"), hit.out());
        Cli raised = Cli.run("validate", "--max-connections", "15", MARIA);
        assertEquals(0, raised.exit(), raised.out());
    }

    @Test
    void maxConnectionsInACohortLeavesTheRowsPastItOut() throws IOException {
        Path cohort = csvCohort("sam,A,person,mentors\nsam,B,person,mentors\nsam,C,person,mentors\n");
        Cli hit = Cli.run("validate", "--max-connections", "2", cohort.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(cohort.resolve("connections.csv") + ":4 column participant_id: error: participant"
                + " sam already has 2 connections, so this row is left out; the limit is 2 connections per participant"
                + " (raise it with --max-connections)\n"), hit.out());
        assertEquals(0, Cli.run("validate", "--max-connections", "3", cohort.toString()).exit());
    }

    @Test
    void readCohortReadsWithinTheLimitsAndNamesTheOption() throws IOException {
        // what pln cohort calls once it has the mixin
        Path cohort = csvCohort("sam,A,person,mentors\nsam,B,person,mentors\nsam,C,person,mentors\n");
        Holder h = new Holder();
        new CommandLine(h).parseArgs("--max-connections", "2");
        CohortReading r = h.limits.readCohort(cohort, Taxonomy.defaults(), false);
        assertEquals(List.of(cohort.resolve("connections.csv") + ":4 column participant_id: error: participant sam"
                + " already has 2 connections, so this row is left out; the limit is 2 connections per participant"
                + " (raise it with --max-connections)"), r.result().problems().stream().map(Problem::toString).toList());
        assertEquals(2, r.result().value().orElseThrow().plns().get(0).connections().size());
        assertEquals(1, r.counts().get(0).rejected(), "the counts are the reader's");
    }

    @Test
    void maxFileMbForACohortFile() throws IOException {
        Path cohort = csvCohort("sam,A connection with a long name that fills the file,person,mentors\n"
                .repeat(20_000));
        Cli hit = Cli.run("validate", "--max-file-mb", "1", cohort.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(cohort.resolve("connections.csv") + ": error: the file is 1.3 MB; the limit is"
                + " 1.0 MB per file (raise it with --max-file-mb)\n"), hit.out());
        Cli raised = Cli.run("validate", "--max-file-mb", "2", "--max-connections", "20000", cohort.toString());
        assertEquals(0, raised.exit(), raised.out());
    }

    @Test
    void maxFileMbLowersTheParticipantFileLimitButNeverRaisesItPastEightMb() throws IOException {
        Path big = participantFile("big.yaml", 1_500_000);
        Cli hit = Cli.run("validate", "--max-file-mb", "1", big.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(big + ": error: the file is 1.4 MB; the limit is 1.0 MB per participant file"
                + " (raise it with --max-file-mb)\n"), hit.out());
        assertEquals(0, Cli.run("validate", "--max-file-mb", "2", big.toString()).exit());
        // past the 8 MB cap no option helps, so none is named
        Path huge = participantFile("huge.yaml", (8 << 20) + 100_000);
        Cli capped = Cli.run("validate", "--max-file-mb", "100", huge.toString());
        assertEquals(1, capped.exit());
        assertTrue(capped.out().contains(huge + ": error: the file is 8.1 MB; the limit is 8.0 MB per participant"
                + " file\n"), capped.out());
    }

    @Test
    void maxRows() throws IOException {
        Path cohort = csvCohort("sam,A,person,mentors\nsam,B,person,mentors\nsam,C,person,mentors\n");
        Cli hit = Cli.run("validate", "--max-rows", "2", cohort.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(cohort.resolve("connections.csv") + ":4: error: there are more than 2 rows in"
                + " Connections, so it is not read; the limit is 2 rows per sheet or CSV file (raise it with"
                + " --max-rows)\n"), hit.out());
        assertEquals(0, Cli.run("validate", "--max-rows", "3", cohort.toString()).exit());
    }

    @Test
    void maxRowsForAFolderOfParticipantFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (String id : List.of("a", "b", "c")) {
            Files.writeString(folder.resolve(id + ".yaml"), "participant: {id: " + id + "}\n");
        }
        Cli hit = Cli.run("validate", "--max-rows", "2", folder.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(folder + ": error: the folder holds 3 participant files, so it is not read; the"
                + " limit is 2 participant files per folder (raise it with --max-rows)\n"), hit.out());
        assertEquals(0, Cli.run("validate", "--max-rows", "3", folder.toString()).exit());
    }

    @Test
    void maxProblems() throws IOException {
        Path cohort = csvCohort("sam,A,person,gadgets\n".repeat(10));
        Cli hit = Cli.run("validate", "--max-problems", "3", cohort.toString());
        assertEquals(1, hit.exit());
        assertTrue(hit.out().contains(cohort.resolve("connections.csv") + ":5: error: reading stopped at this row, as"
                + " there are already 3 problems (fix the ones above and read the file again); the limit is 3 problems"
                + " per input (raise it with --max-problems)\n"), hit.out());
        Cli raised = Cli.run("validate", "--max-problems", "10", cohort.toString());
        assertEquals(1, raised.exit(), "the rows still have errors");
        assertFalse(raised.out().contains("reading stopped"), raised.out());
        assertTrue(raised.out().contains("10 errors"), raised.out());
    }

    @Test
    void theJsonOutputCarriesTheSameMessage() throws Exception {
        Cli hit = Cli.run("validate", "--format", "json", "--max-connections", "10", MARIA);
        assertEquals(1, hit.exit());
        JsonNode p = new ObjectMapper().readTree(hit.out()).get("inputs").get(0).get("problems").get(0);
        assertEquals("there are 15 connections; the limit is 10 connections per participant (raise it with"
                + " --max-connections)", p.get("message").asText());
        assertEquals(11, p.get("line").asInt());
    }

    @Test
    void everyCommandThatReadsInputTakesTheOptions() throws IOException {
        String raise = "the limit is 10 connections per participant (raise it with --max-connections)";
        Path png = dir.resolve("maria.png");
        Cli map = Cli.run("map", MARIA, "-o", png.toString(), "--max-connections", "10");
        assertEquals(1, map.exit());
        assertTrue(map.err().contains(raise), map.err());
        assertFalse(Files.exists(png));
        assertEquals(0, Cli.run("map", MARIA, "-o", png.toString(), "--max-connections", "15").exit());

        Cli assess = Cli.run("assess", MARIA, "--max-connections", "10");
        assertEquals(1, assess.exit());
        assertTrue(assess.err().contains(raise), assess.err());
        assertEquals(0, Cli.run("assess", MARIA, "--max-connections", "15").exit());

        Path graphml = dir.resolve("maria.graphml");
        Cli export = Cli.run("export", MARIA, "-o", graphml.toString(), "--max-connections", "10");
        assertEquals(1, export.exit());
        assertTrue(export.err().contains(raise), export.err());
        assertEquals(0, Cli.run("export", MARIA, "-o", graphml.toString(), "--max-connections", "15").exit());

        Cli imp = Cli.run("import", graphml.toString(), "--max-connections", "10");
        assertEquals(1, imp.exit());
        assertTrue(imp.err().contains("the limit is 10 connections per participant (raise it with --max-connections)"),
                imp.err());
        assertEquals(0, Cli.run("import", graphml.toString(), "--max-connections", "15").exit());
        Cli small = Cli.run("import", graphml.toString(), "--max-file-mb", "1");
        assertEquals(0, small.exit(), small.err());
    }

    @Test
    void badValuesAreUsageErrors() {
        for (String[] bad : List.of(
                new String[] {"--max-connections", "0", "--max-connections must be between 1 and 1,000,000, not 0"},
                new String[] {"--max-connections", "-5", "--max-connections must be between 1 and 1,000,000, not -5"},
                new String[] {"--max-rows", "0", "--max-rows must be between 1 and 100,000,000, not 0"},
                new String[] {"--max-rows", "99999999999", "--max-rows must be between 1 and 100,000,000"},
                new String[] {"--max-file-mb", "0", "--max-file-mb must be between 1 and 4,096, not 0"},
                new String[] {"--max-file-mb", "1000000", "--max-file-mb must be between 1 and 4,096, not 1000000"},
                new String[] {"--max-problems", "-1", "--max-problems must be between 1 and 10,000,000, not -1"},
                new String[] {"--max-problems", "lots", "--max-problems takes a whole number, not \"lots\""},
                new String[] {"--max-file-mb", "1.5", "--max-file-mb takes a whole number, not \"1.5\""})) {
            for (String command : List.of("validate", "map", "assess", "export")) {
                Cli r = Cli.run(command, MARIA, bad[0], bad[1]);
                assertEquals(2, r.exit(), command + " " + bad[0] + " " + bad[1] + ": " + r.err());
                assertTrue(r.err().startsWith(bad[2]), r.err());
            }
        }
        assertEquals(2, Cli.run("import", "x.graphml", "--max-rows", "0").exit());
    }

    /** A command with only the mixin, to see the limits an option line gives. */
    @Command(name = "holder")
    static final class Holder {
        @Mixin
        LimitsOption limits;
    }

    private Path csvCohort(String rows) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cohort"));
        Files.writeString(folder.resolve("connections.csv"), HEADER + rows, StandardCharsets.UTF_8);
        return folder;
    }

    /** A valid participant file of about {@code bytes} bytes: one connection with a long met_via. */
    private Path participantFile(String name, int bytes) throws IOException {
        Path f = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: mentors}\n# ");
            w.write("x".repeat(Math.max(0, bytes - 80)));
            w.write("\n");
        }
        return f;
    }
}
