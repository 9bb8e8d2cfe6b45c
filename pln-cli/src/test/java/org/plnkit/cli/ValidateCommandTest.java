package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";

    @Test
    void aValidFileExitsZeroAndSaysWhatItHolds() {
        Cli r = Cli.run("validate", SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertEquals(SAMPLE + ": valid, participant maria-lopez with 15 connections and 6 links\n\n"
                + "1 input checked: no problems\n", r.out());
    }

    @Test
    void problemsArePrintedWithPlacesAndCountedInTheSummary(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: Mentr, value: 7, mood: ok}\n");
        Cli r = Cli.run("validate", SAMPLE, bad.toString());
        assertEquals(1, r.exit());
        assertEquals(SAMPLE + ": valid, participant maria-lopez with 15 connections and 6 links\n"
                + bad + ":3:39: error: category \"Mentr\" is not in the taxonomy; did you mean mentors?\n"
                + bad + ":3:53: error: value 7 is not between 1 and 5\n"
                + bad + ":3:56: warning: unknown field \"mood\"; it is ignored\n"
                + bad + ": invalid, not usable\n\n"
                + "2 inputs checked: 2 errors, 1 warning in 1 input\n", r.out());
        Cli quiet = Cli.run("validate", "--quiet", bad.toString());
        assertFalse(quiet.out().contains("warning: unknown field"), quiet.out());
    }

    @Test
    void jsonOutputIsForTools(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: mentors, value: 9}\n");
        Cli r = Cli.run("validate", "--format", "json", SAMPLE, bad.toString());
        assertEquals(1, r.exit());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("valid").asBoolean());
        assertEquals(1, j.get("errors").asInt());
        assertEquals(15, j.get("inputs").get(0).get("connections").asInt());
        JsonNode p = j.get("inputs").get(1).get("problems").get(0);
        assertEquals("error", p.get("severity").asText());
        assertEquals(3, p.get("line").asInt());
        assertEquals("value 9 is not between 1 and 5", p.get("message").asText());
    }

    @Test
    void usageErrorsExitTwoAndMissingFilesOne() {
        assertEquals(2, Cli.run("validate").exit());
        assertEquals(2, Cli.run("validate", "--format", "xml", SAMPLE).exit());
        assertEquals(2, Cli.run("no-such-command").exit());
        Cli missing = Cli.run("validate", "does-not-exist.yaml");
        assertEquals(1, missing.exit());
        assertTrue(missing.out().startsWith("does-not-exist.yaml: error: no such file"), missing.out());
    }

    @Test
    void aDistrictTaxonomyChangesWhatIsValid(@TempDir Path dir) throws Exception {
        Path tax = dir.resolve("tax.yaml");
        Files.writeString(tax, "categories:\n  - {id: coaches, label: Coaches}\n");
        Path pln = dir.resolve("p.yaml");
        Files.writeString(pln, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: Coaches}\n");
        assertEquals(0, Cli.run("validate", "--taxonomy", tax.toString(), pln.toString()).exit());
        assertEquals(1, Cli.run("validate", pln.toString()).exit());
        Files.writeString(tax, "categories: 3\n");
        Cli bad = Cli.run("validate", "--taxonomy", tax.toString(), pln.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("the taxonomy file cannot be used:"), bad.err());
    }

    @Test
    void helpTeachesTheCommands() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("validate"));
        assertTrue(r.out().contains("Exit codes:"));
    }

    @Test
    void theSampleCohortShowsTheMistakesSamplesReadmeDocuments() throws Exception {
        Cli r = Cli.run("validate", "../samples/lakeside-district.xlsx");
        assertEquals(1, r.exit());
        java.util.List<String> places = r.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: "))
                .map(l -> l.substring("../samples/lakeside-district.xlsx ".length(), l.indexOf(": ")))
                .toList();
        // Connections!D12 ("Mentor") is the mentors category's alias now: no longer a mistake
        assertEquals(java.util.List.of("Connections!P1", "Connections!I5", "Connections!N19",
                "Connections!H27", "Connections!O30", "Connections!C35", "Connections!O43", "Connections!J52",
                "Participants!A7"), places);
        String readme = Files.readString(Path.of("../samples/README.md"));
        for (String place : places) {
            assertTrue(readme.contains("`" + place + "`"), place + " is documented in samples/README.md");
        }
        assertTrue(r.out().contains("lakeside-district.xlsx: invalid, 30 participants with 1418 connections"), r.out());
    }

    @Test
    void filesCaughtByAGlobThatAreNotPlnInputsAreSkippedWithAWarning() {
        Cli r = Cli.run("validate", "../samples/README.md", SAMPLE);
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("../samples/README.md: warning: skipped: not a PLN input"), r.out());
    }
}
