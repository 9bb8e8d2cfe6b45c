package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";
    private static final Path GOLDEN = Path.of("../pln-report/src/test/resources/golden");

    @Test
    void theFormatFollowsTheExtensionAndTheFileMatchesTheGolden(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maria.graphml");
        Run r = Run.of(new ExportCommand(), SAMPLE, "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Wrote " + out + ": participant maria-lopez with 15 connections and 6 links\n", r.out());
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian.graphml")), Files.readString(out));
        Path gexf = dir.resolve("maria.xml");
        assertEquals(0, Run.of(new ExportCommand(), SAMPLE, "--format", "GEXF", "-o", gexf.toString()).exit());
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian.gexf")), Files.readString(gexf));
    }

    @Test
    void dotAndJsonGoToTheScreenWithoutOutput() throws Exception {
        Run dot = Run.of(new ExportCommand(), SAMPLE, "--format", "dot");
        assertEquals(0, dot.exit(), dot.err());
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian.dot")), dot.out());
        Run json = Run.of(new ExportCommand(), SAMPLE, "--format", "json", "-o", "-");
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian.json")), json.out());
    }

    @Test
    void csvWritesANodeListAndAnEdgeList(@TempDir Path dir) throws Exception {
        Run r = Run.of(new ExportCommand(), SAMPLE, "-o", dir.resolve("maria.csv").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian-nodes.csv")),
                Files.readString(dir.resolve("maria-nodes.csv")));
        assertEquals(Files.readString(GOLDEN.resolve("maria-lopez-librarian-edges.csv")),
                Files.readString(dir.resolve("maria-edges.csv")));
        Run again = Run.of(new ExportCommand(), SAMPLE, "-o", dir.resolve("maria.csv").toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("maria-nodes.csv already exists; add --force"), again.err());
        assertEquals(0, Run.of(new ExportCommand(), SAMPLE, "-f", "-o", dir.resolve("maria.csv").toString()).exit());
        assertEquals(2, Run.of(new ExportCommand(), SAMPLE, "--format", "csv").exit(), "csv is two files: -o needed");
    }

    /**
     * The calendar says which connections it leaves out (no frequency, or rarely), never in silence; with none to
     * schedule it says the calendar is empty. The second QA pass's teacher got "with 3 connections" and one event.
     */
    @Test
    void theCalendarNamesTheConnectionsItLeavesOut(@TempDir Path dir) throws Exception {
        Path pln = dir.resolve("r.yaml");
        Files.writeString(pln, "participant: {id: r, as_of: 2026-11-20}\nconnections:\n"
                + "  - {name: Ann, kind: person, category: mentors, frequency: rarely}\n"
                + "  - {name: Bo, kind: person, category: mentors}\n"
                + "  - {name: Cy, kind: person, category: mentors, frequency: monthly}\n");
        Run r = Run.of(new ExportCommand(), pln.toString(), "-o", dir.resolve("r.ics").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, Files.readString(dir.resolve("r.ics")).split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(r.err().contains(pln + ": warning: 2 of the 3 connections are not in the calendar, as they have"
                + " no regular check-in (no frequency, or rarely): Ann and Bo"), r.err());

        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "participant: {id: n, as_of: 2026-11-20}\nconnections:\n"
                + "  - {name: Bo, kind: person, category: mentors}\n");
        Run empty = Run.of(new ExportCommand(), none.toString(), "-o", dir.resolve("n.ics").toString());
        assertEquals(0, empty.exit(), empty.err());
        assertTrue(empty.err().contains(none + ": warning: the calendar has no check-ins: no connection has a"
                + " frequency from daily to yearly"), empty.err());
        // still a calendar that imports (RFC 5545 wants an event): one that says what would fill it
        String cal = Files.readString(dir.resolve("n.ics")).replace("\r\n ", "");
        assertEquals(1, cal.split("BEGIN:VEVENT", -1).length - 1, cal);
        assertTrue(cal.contains("\r\nSUMMARY:Choose how often to check in with your PLN\r\n"), cal);
    }

    @Test
    void anInputWithErrorsIsNotExported(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: person, category: mentors, value: 9}\n");
        Path out = dir.resolve("bad.graphml");
        Run r = Run.of(new ExportCommand(), bad.toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(bad + ":3:"), r.err());
        assertTrue(r.err().contains("value 9 is not between 1 and 5"), r.err());
        assertTrue(r.err().contains("not exported"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCohortsParticipantIsFoundAsCompareFindsThem() {
        String cohort = "../samples/lakeside-district.xlsx";
        // the sample's rows with errors are left out and said: exit code 1, the participant exported all the same
        Run exact = Run.of(new ExportCommand(), cohort, "--format", "json", "--participant", "sofia-king");
        assertEquals(1, exact.exit(), exact.err());
        assertTrue(exact.out().contains("\"sofia-king\""), exact.out());
        // the id as the cohort's identity matches it (case and spaces aside), as compare --participant does
        Run alike = Run.of(new ExportCommand(), cohort, "--format", "json", "--participant", " Sofia-King ");
        assertEquals(exact.exit(), alike.exit(), alike.err());
        assertEquals(exact.out(), alike.out());
        assertEquals(2, Run.of(new ExportCommand(), cohort, "--format", "json", "--participant", "sofia").exit());
    }

    @Test
    void rowsLeftOutGiveExitCodeOneWhateverTheFormat(@TempDir Path dir) throws Exception {
        String cohort = "../samples/lakeside-district.xlsx";
        // the calendar, reading list and bookmarks are written, and the rows left out are said by the exit code too
        for (String f : new String[] {"ics", "opml", "html-bookmarks", "graphml"}) {
            Path out = dir.resolve("sofia." + f);
            Run r = Run.of(new ExportCommand(), cohort, "--participant", "sofia-king", "--format", f,
                    "--as-of", "2026-11-01", "-o", out.toString());
            assertEquals(1, r.exit(), f + ": " + r.err());
            assertTrue(r.err().contains("rows with errors were left out"), r.err());
            assertTrue(Files.size(out) > 0, f);
        }
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertEquals(2, Run.of(new ExportCommand(), SAMPLE, "--format", "pajek").exit());
        assertEquals(2, Run.of(new ExportCommand(), SAMPLE).exit(), "no format and no output to tell it");
        assertEquals(2, Run.of(new ExportCommand(), SAMPLE, "-o", dir.resolve("x.bin").toString()).exit());
        assertEquals(2, Run.of(new ExportCommand(), SAMPLE, "--format", "dot", "--participant", "nobody").exit());
        assertEquals(2, Run.of(new ExportCommand()).exit());
    }

    @Test
    void helpNamesEveryFormatWithExamples() {
        Run r = Run.of(new ExportCommand(), "--help");
        assertEquals(0, r.exit());
        for (String s : new String[] {"graphml", "gexf", "dot", "json", "csv", "pln export maria.yaml -o maria.graphml",
                "Exit codes:"}) {
            assertTrue(r.out().contains(s), s);
        }
    }

    @Test
    void aCohortExportsAsOneGraphLeavingOutRowsWithErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cohort.graphml");
        Cli r = Cli.run("export", "../samples/lakeside-district.xlsx", "-o", out.toString());
        assertEquals(1, r.exit(), "rows with errors are flagged by the exit code");
        assertTrue(r.err().contains("rows with errors were left out"), r.err());
        assertTrue(r.out().contains("30 participants with 1,418 connections as one graph"), r.out());
        String xml = Files.readString(out);
        assertEquals(30, xml.split("<data key=\"[^\"]+\">participant</data>", -1).length - 1);
    }

    @Test
    void anonymizedExportsNameNoPerson(@TempDir Path dir) throws Exception {
        for (String ext : new String[] {"graphml", "gexf", "dot", "json"}) {
            Path out = dir.resolve("m." + ext);
            assertEquals(0, Cli.run("export", "../samples/maria-lopez-librarian.yaml", "--anonymize", "-o", out.toString()).exit());
            String text = Files.readString(out);
            for (String person : new String[] {"Jane Kim", "Tom Alvarez", "Ruth Okafor", "Maria Lopez"}) {
                assertFalse(text.contains(person), person + " in " + ext);
            }
            assertTrue(text.contains("Local colleague 1"), ext);
        }
    }

    @Test
    void anonymizeOthersKeepsTheTeacherAndHidesThePeopleTheyName(@TempDir Path dir) throws Exception {
        for (String ext : new String[] {"graphml", "json"}) {
            Path out = dir.resolve("m." + ext);
            Cli r = Cli.run("export", "../samples/maria-lopez-librarian.yaml", "--anonymize=others", "-o",
                    out.toString());
            assertEquals(0, r.exit(), r.err());
            String text = Files.readString(out);
            assertTrue(text.contains("Maria Lopez"), "the teacher keeps their name in " + ext);
            for (String person : new String[] {"Jane Kim", "Tom Alvarez", "Ruth Okafor"}) {
                assertFalse(text.contains(person), person + " in " + ext);
            }
            assertTrue(text.contains("AASL"), "organizations keep their names in " + ext);
        }
        Run bad = Run.of(new ExportCommand(), SAMPLE, "--format", "dot", "--anonymize=nobody");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--anonymize is everyone (the default) or others, not nobody"), bad.err());
    }

    @Test
    void anonymizeAndShowNamesTogetherAreAUsageError() {
        Run r = Run.of(new ExportCommand(), SAMPLE, "--format", "dot", "--anonymize", "--show-names");
        assertEquals(2, r.exit());
        // an exclusive group (NamesOption): picocli says so before the command runs
        assertTrue(r.err().contains("--anonymize, --show-names are mutually exclusive"), r.err());
    }
}
