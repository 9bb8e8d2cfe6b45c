package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    private static final String MARIA = "../samples/maria-lopez-librarian.yaml";
    private static final String SAM = "../samples/sam-rivera-new-teacher.yaml";
    private static final String DANA = "../samples/dana-okoro-tech-coach.yaml";
    private static final List<String> FILES = List.of("workbook.xlsx", "map.png", "map.svg", "map.alt.txt",
            "map.desc.txt", "reflection.md", "reflection.html", "assessment.json", "check-ins.ics");

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void printsTheSummaryToReadWithoutOut() {
        Cli r = Cli.run("assess", MARIA);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("PLN assessment: Maria Lopez (Teacher librarian, Lincoln Middle School)\n"
                + "As of 2026-11-01, 15 connections, 6 links among them\n"), r.out());
        assertTrue(r.out().contains("\nAction plan\n  1. Take a first step in Future Ready Librarians"), r.out());
    }

    @Test
    void printsTheWholeAssessmentAsJsonAndSeveralAsAnArray() throws Exception {
        Cli one = Cli.run("assess", DANA, "--format", "json");
        assertEquals(0, one.exit(), one.err());
        JsonNode doc = new ObjectMapper().readTree(one.out());
        assertEquals("dana-okoro", doc.get("participant").get("id").asText());
        assertEquals("2026-11-01", doc.get("asOf").asText());
        Cli many = Cli.run("assess", MARIA, SAM, "--format", "JSON", "--as-of", "2026-12-01");
        assertEquals(0, many.exit(), many.err());
        JsonNode arr = new ObjectMapper().readTree(many.out());
        assertEquals(2, arr.size());
        assertEquals("sam-rivera", arr.get(1).get("participant").get("id").asText());
        assertEquals("2026-12-01", arr.get(1).get("asOf").asText(), "--as-of wins over the file's as_of");
    }

    @Test
    void anonymizedOnTheScreenToo() {
        Cli r = Cli.run("assess", MARIA, "--anonymize=everyone");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("PLN assessment: Anonymous educator (Teacher librarian)\n"), r.out());
        assertFalse(r.out().contains("Jane Kim"));
        Cli plain = Cli.run("assess", MARIA, "--anonymize");
        assertEquals(r.out(), plain.out(), "plain --anonymize hides everyone, as the issue (#15) keeps it");
        // --anonymize=others (#15): the teacher keeps their name, the people they name are hidden
        Cli others = Cli.run("assess", MARIA, "--anonymize=others");
        assertEquals(0, others.exit(), others.err());
        assertTrue(others.out().startsWith("PLN assessment: Maria Lopez"), others.out());
        assertFalse(others.out().contains("Jane Kim"), others.out());
    }

    @Test
    void aCohortGetsEveryParticipantsReportAndATipForTheFasterWay(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", "../samples/lakeside-district.xlsx", "--out", out.toString(), "--formats", "json");
        assertEquals(1, r.exit(), "the sample cohort has rows with errors");
        assertEquals(30, names(out).size());
        assertTrue(r.out().contains("Tip: for a cohort, pln cohort INPUT --out DIR --per-participant"), r.out());
        Cli one = Cli.run("assess", SAM, "--out", dir.resolve("one").toString(), "--formats", "json");
        assertFalse(one.out().contains("Tip: for a cohort"), one.out());
    }

    /** The reports name no calendar: a teacher who assesses their file is told how to put the check-ins in one. */
    @Test
    void oneTeachersReportsComeWithTheirCheckInCalendar(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("assess", MARIA, "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        Path ics = dir.resolve("out/maria-lopez/check-ins.ics");
        assertTrue(r.out().endsWith("Tip: import " + ics + " into Google Calendar, Outlook or Apple Calendar: it"
                + " holds your 15 check-ins, each repeating as often as you said.\n"), r.out());
        String calendar = Files.readString(ics);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n"), calendar);
        assertEquals(15, calendar.split("BEGIN:VEVENT", -1).length - 1, "one event per check-in");
        // the same calendar pln export writes for the same file and date
        Path exported = dir.resolve("exported.ics");
        assertEquals(0, Cli.run("export", MARIA, "-o", exported.toString()).exit());
        assertEquals(Files.readString(exported), calendar);
        assertFalse(Cli.run("assess", MARIA, "--out", dir.resolve("md").toString(), "--formats", "md").out()
                .contains("Tip:"), "no calendar asked for, none named");
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "participant: {id: n}\nconnections:\n  - {name: Bo, kind: person, category: mentors}\n");
        Cli quiet = Cli.run("assess", none.toString(), "--out", dir.resolve("n").toString());
        assertFalse(quiet.out().contains("Tip:"), "no check-in: " + quiet.out());
        assertFalse(Cli.run("assess", MARIA, SAM, "--out", dir.resolve("two").toString(), "--formats", "md,ics").out()
                .contains("Tip:"));
    }

    @Test
    void writesAFolderPerParticipantWithEveryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", MARIA, SAM, DANA, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("dana-okoro", "maria-lopez", "sam-rivera"), names(out));
        for (String p : names(out)) {
            assertEquals(FILES.stream().sorted().toList(), names(out.resolve(p)), p);
        }
        assertTrue(r.out().contains("  maria-lopez  health 87/100   5 steps  " + out.resolve("maria-lopez") + "/\n"),
                r.out());
        assertTrue(r.out().endsWith("Wrote 3 reports in " + out + "/ (workbook.xlsx, map.png, map.svg, map.alt.txt,"
                + " map.desc.txt, reflection.md, reflection.html, assessment.json, check-ins.ics in each).\n"), r.out());
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void existingOutputsAreNotReplacedWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("assess", SAM, "--out", out.toString(), "--formats", "md").exit());
        Path md = out.resolve("sam-rivera/reflection.md");
        Files.writeString(md, "my own edits");
        Cli again = Cli.run("assess", MARIA, SAM, "--out", out.toString(), "--formats", "md");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains(md + " already exists; add --force to replace it"), again.err());
        assertEquals("my own edits", Files.readString(md));
        assertFalse(Files.exists(out.resolve("maria-lopez")), "nothing is written when an output exists");
        Cli forced = Cli.run("assess", MARIA, SAM, "--out", out.toString(), "--formats", "md", "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(md).startsWith("# My personal learning network\n"));
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillWritten(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "participant: {id: p}\nconnections:\n  - {name: A, kind: robot, category: mentors}\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", bad.toString(), SAM, "--out", out.toString(), "--formats", "xlsx,json");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("kind \"robot\" is not one of person, organization, resource"), r.err());
        assertTrue(r.err().contains(bad + ": not assessed; fix the errors above"), r.err());
        assertEquals(List.of("assessment.json", "workbook.xlsx"), names(out.resolve("sam-rivera")));
        assertTrue(r.out().contains("Wrote 1 report in"), r.out());
        assertTrue(r.out().contains("1 input had errors"), r.out());
    }

    @Test
    void anonymizedFoldersNameNoOneAndHoldNoName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", MARIA, "--out", out.toString(), "--anonymize=everyone", "--formats", "md,json,svg");
        assertEquals(0, r.exit(), r.err());
        List<String> folders = names(out);
        assertEquals(1, folders.size());
        assertTrue(folders.get(0).startsWith("anonymous-"), folders.toString());
        for (String f : names(out.resolve(folders.get(0)))) {
            String text = Files.readString(out.resolve(folders.get(0)).resolve(f));
            assertFalse(text.contains("Maria") || text.contains("Jane Kim"), f);
        }
    }

    @Test
    void theSameParticipantTwiceIsWrittenOnce(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.yaml");
        Files.copy(Path.of(SAM), copy);
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", SAM, copy.toString(), "--out", out.toString(), "--formats", "json");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("participant sam-rivera is also in " + SAM), r.err());
        assertEquals(List.of("sam-rivera"), names(out));
    }

    @Test
    void participantsWhoseIdsDifferOnlyInCaseGetTheirOwnFolders(@TempDir Path dir) throws Exception {
        // on macOS and Windows Sam-Rivera/ and sam-rivera/ are one folder: one report would replace the other
        Path upper = dir.resolve("upper.yaml");
        Files.writeString(upper, Files.readString(Path.of(SAM)).replace("id: sam-rivera", "id: Sam-Rivera"));
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", SAM, upper.toString(), "--out", out.toString(), "--formats", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("sam-rivera", "Sam-Rivera-2"), names(out).stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .toList());
        assertTrue(Files.readString(out.resolve("sam-rivera/assessment.json")).contains("\"sam-rivera\""));
        assertTrue(Files.readString(out.resolve("Sam-Rivera-2/assessment.json")).contains("\"Sam-Rivera\""));
        assertTrue(r.out().contains("Wrote 2 reports"), r.out());
    }

    @Test
    void theReportsAreByteStableAcrossRuns(@TempDir Path dir) throws Exception {
        Cli.run("assess", DANA, "--out", dir.resolve("a").toString(), "--formats", "xlsx,svg,md,json");
        Cli.run("assess", DANA, "--out", dir.resolve("b").toString(), "--formats", "xlsx,svg,md,json");
        for (String f : List.of("workbook.xlsx", "map.svg", "reflection.md", "assessment.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/dana-okoro").resolve(f)),
                    Files.readAllBytes(dir.resolve("b/dana-okoro").resolve(f)), f);
        }
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors(@TempDir Path dir) {
        String out = dir.resolve("out").toString();
        Cli format = Cli.run("assess", SAM, "--out", out, "--format", "json");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("with --out, choose the files with --formats"), format.err());
        Cli formats = Cli.run("assess", SAM, "--formats", "xlsx");
        assertEquals(2, formats.exit());
        assertTrue(formats.err().contains("--formats chooses the files written with --out DIR"), formats.err());
        Cli unknown = Cli.run("assess", SAM, "--out", out, "--formats", "xlsx,pdf");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("'--formats' (LIST): \"pdf\" is not one of xlsx, png, svg, md, html, json"),
                unknown.err());
        assertEquals(2, Cli.run("assess", SAM, "--format", "yaml").exit());
        assertEquals(2, Cli.run("assess").exit());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aResourceDirectoryFillsTheSuggestions(@TempDir Path dir) throws Exception {
        Path resources = dir.resolve("resources.yaml");
        Files.writeString(resources, "resources:\n  - name: Edutopia\n    kind: resource\n    category: blogs-websites\n"
                + "    url: https://www.edutopia.org\n    note: Free articles by teachers.\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("assess", SAM, "--out", out.toString(), "--formats", "json", "--resources",
                resources.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("sam-rivera/assessment.json")).contains("\"Edutopia\""));
        Files.writeString(resources, "resources:\n  - name: X\n    category: nowhere\n");
        assertEquals(2, Cli.run("assess", SAM, "--resources", resources.toString()).exit());
    }
}
