package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pln compare}, {@code pln assess --since} and {@code pln cohort --before} on the hand-made pair. */
class GrowthCommandsTest {
    private static final String BEFORE = "../samples/growth/sam-rivera-before.yaml";
    private static final String AFTER = "../samples/growth/sam-rivera-after.yaml";

    @Test
    void compareTellsWhatGrew() {
        Cli r = Cli.run("compare", BEFORE, AFTER);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("How Sam Rivera's PLN grew, 2026-05-01 to 2026-11-01\n"), r.out());
        assertTrue(r.out().contains("Connections    6 -> 8: 3 added, 1 dropped, 5 kept (5 changed)"), r.out());
        assertTrue(r.out().contains("Follow-through of the plan of 2026-05-01: 9 of 15 steps done, 2 partly"),
                r.out());
    }

    /**
     * Two snapshots of the same date are compared, with a warning: the second QA pass's teacher copied her file,
     * added connections and kept its as_of, and read "grew, 2026-11-10 to 2026-11-10" with every check-in counted as
     * of the old day.
     */
    @Test
    void twoSnapshotsOfTheSameDateAreComparedWithAWarning(@TempDir Path dir) throws IOException {
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, Files.readString(Path.of(BEFORE)).replace("connections:\n",
                "connections:\n  - {name: Ana New, kind: person, category: mentors}\n"));
        Cli r = Cli.run("compare", BEFORE, after.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("pln: warning: " + BEFORE + " and " + after + " are both dated 2026-05-01"), r.err());
        assertTrue(r.out().contains("1 added"), r.out());
        Cli plain = Cli.run("compare", BEFORE, AFTER);
        assertFalse(plain.err().contains("both dated"), plain.err());
    }

    @Test
    void compareAsJson() {
        Cli r = Cli.run("compare", BEFORE, AFTER, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        for (String field : List.of("\"added\"", "\"dropped\"", "\"changed\"", "\"categoriesGained\"",
                "\"categoriesLost\"", "\"health\"", "\"followThrough\"")) {
            assertTrue(r.out().contains(field + ": "), field);
        }
        assertTrue(r.out().contains("\"delta\": 19"), r.out());
    }

    @Test
    void theWrongOrderIsRefusedUnlessAllowedAndForceDoesNotAllowIt() {
        Cli r = Cli.run("compare", AFTER, BEFORE);
        assertEquals(PlnCommand.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("the earlier snapshot comes first (swap the two files)"), r.err());
        assertTrue(r.err().contains("add --allow-mismatch to compare them anyway"), r.err());
        assertEquals("", r.out());
        // --force only replaces outputs, as in every other command
        Cli forced = Cli.run("compare", AFTER, BEFORE, "--force");
        assertEquals(PlnCommand.INVALID_INPUT, forced.exit(), forced.err());
        assertEquals("", forced.out());
        Cli allowed = Cli.run("compare", AFTER, BEFORE, "--allow-mismatch");
        assertEquals(0, allowed.exit(), allowed.err());
        assertTrue(allowed.err().contains("(compared anyway: --allow-mismatch)"), allowed.err());
        assertTrue(allowed.out().contains("Health score   76 -> 57 (-19)"), allowed.out());
    }

    @Test
    void forceReplacesOutputsButOnlyForce(@TempDir Path dir) {
        assertEquals(0, Cli.run("compare", BEFORE, AFTER, "--out", dir.toString()).exit());
        Cli again = Cli.run("compare", BEFORE, AFTER, "--out", dir.toString(), "--allow-mismatch");
        assertEquals(PlnCommand.USAGE, again.exit(), again.err());
        assertTrue(again.err().contains("--force"), again.err());
        Cli forced = Cli.run("compare", BEFORE, AFTER, "--out", dir.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
    }

    @Test
    void anOutThatIsAFileIsSaidSoNotTakenForAnExistingOutput(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("growth"), "a file");
        for (String command : new String[] {"compare", "assess"}) {
            Cli r = command.equals("compare") ? Cli.run("compare", BEFORE, AFTER, "--out", file.toString())
                    : Cli.run("assess", AFTER, "--since", BEFORE, "--out", file.toString());
            assertEquals(PlnCommand.FAILURE, r.exit(), command + ": " + r.err());
            assertTrue(r.err().contains("is a file, not a folder"), command + ": " + r.err());
            assertFalse(r.err().contains("add --force"), command + ": " + r.err());
        }
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void helpTeachesWhichOptionDoesWhat() {
        String help = Cli.run("compare", "--help").out();
        assertTrue(help.contains("--allow-mismatch"), help);
        assertTrue(help.contains("Compare even when AFTER is another participant's file or is"), help);
        String force = help.substring(help.indexOf("--force"));
        assertTrue(force.contains("replace output files that exist"), force);
        assertTrue(force.contains("use --allow-mismatch"), force);
        Cli lonely = Cli.run("assess", AFTER, "--allow-mismatch");
        assertEquals(PlnCommand.USAGE, lonely.exit());
        assertTrue(lonely.err().contains("--allow-mismatch goes with --since BEFORE"), lonely.err());
        Cli since = Cli.run("assess", BEFORE, "--since", AFTER, "--allow-mismatch");
        assertEquals(0, since.exit(), since.err());
    }

    @Test
    void anotherParticipantsFileIsRefused() {
        Cli r = Cli.run("compare", BEFORE, "../samples/maria-lopez-librarian.yaml");
        assertEquals(PlnCommand.INVALID_INPUT, r.exit());
        assertTrue(r.err().contains("participant sam-rivera and"), r.err());
    }

    @Test
    void compareOutWritesTheReportWithTheGrowthAnonymized(@TempDir Path root) throws IOException {
        Cli r = Cli.run("compare", BEFORE, AFTER, "--out", root.toString(), "--anonymize");
        assertEquals(0, r.exit(), r.err());
        // in the participant's folder, as pln assess --out writes it (anonymized: a folder that names no one)
        Path dir;
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            dir = s.collect(java.util.stream.Collectors.toList()).get(0);
        }
        assertTrue(dir.getFileName().toString().startsWith("anonymous-"), dir.toString());
        assertTrue(r.out().contains(" in " + dir + "/ (workbook.xlsx, "), r.out());
        for (String f : List.of("workbook.xlsx", "map.png", "map.svg", "map.alt.txt", "reflection.md",
                "assessment.json", "growth-map.png", "growth-map.svg", "growth-map.alt.txt", "growth.json")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String md = Files.readString(dir.resolve("reflection.md"));
        assertTrue(md.indexOf("## How my PLN grew") < md.indexOf("## What I will do next"), md);
        assertTrue(md.contains("I added #MTBoS, Mentor 2 and Cult of Pedagogy."), md);
        // give-back over what one can give back to (3 of 6, not of all 8 connections); no "0 check-ins are"
        assertTrue(md.contains("- I give back to 50% of the connections I can give back to (0% before).\n"), md);
        assertTrue(md.contains("- No check-in is overdue now (1 before).\n"), md);
        try (InputStream in = Files.newInputStream(dir.resolve("workbook.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Growth", wb.getSheetName(wb.getNumberOfSheets() - 1));
            assertEquals("How my PLN grew", wb.getSheet("Growth").getRow(0).getCell(0).getStringCellValue());
        }
        String svg = Files.readString(dir.resolve("growth-map.svg"));
        assertTrue(svg.contains("<desc id='pln-growth-map-desc'>"), svg.substring(0, 400));
        for (String f : List.of("reflection.md", "growth.json", "growth-map.svg", "growth-map.alt.txt",
                "assessment.json", "map.svg")) {
            String text = Files.readString(dir.resolve(f));
            for (String name : List.of("Lee Park", "Ana Cruz", "Ana  Cruz", "Patricia", "Pat Green", "Jo Smith",
                    "Sam Rivera")) {
                assertFalse(text.contains(name), f + " names " + name);
            }
        }
        // the same inputs give the same bytes
        Path again = root.resolve("again");
        assertEquals(0, Cli.run("compare", BEFORE, AFTER, "--out", again.toString(), "--anonymize").exit());
        again = again.resolve(dir.getFileName());
        for (String f : List.of("growth-map.png", "growth-map.svg", "growth.json", "workbook.xlsx", "reflection.md")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(again.resolve(f))),
                    f);
        }
    }

    @Test
    void assessSinceGivesTheSameExtrasInTheUsualReport(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("assess", AFTER, "--since", BEFORE, "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        Path folder = dir.resolve("sam-rivera");
        assertTrue(Files.exists(folder.resolve("growth-map.png")));
        assertTrue(Files.readString(folder.resolve("growth.json")).contains("\"categoriesGained\": ["));
        assertTrue(Files.readString(folder.resolve("reflection.md")).contains("## How my PLN grew"));
        Cli screen = Cli.run("assess", AFTER, "--since", BEFORE);
        assertEquals(0, screen.exit(), screen.err());
        assertTrue(screen.out().contains("How Sam Rivera's PLN grew"), screen.out());
    }

    /**
     * Issue 14: pln compare --out and pln assess --since --out are documented as the same: the same folder, the same
     * action plan (with the resource directory's suggestions, a district's own with --resources), the same files.
     */
    @Test
    void compareAndAssessSinceGiveTheSamePlanInTheSameFolder(@TempDir Path dir) throws IOException {
        StringBuilder district = new StringBuilder("resources:\n");
        for (String category : List.of("mentors", "social-networks", "online-communities", "blogs-websites",
                "professional-organizations", "local-state-organizations", "conferences-edcamps",
                "webinars-podcasts", "online-journals", "tutorial-websites")) {
            district.append("  - {name: Lakeside pick for ").append(category).append(", kind: resource, category: ")
                    .append(category).append("}\n");
        }
        Path resources = Files.writeString(dir.resolve("district.yaml"), district.toString());
        Path viaCompare = dir.resolve("compare");
        Path viaAssess = dir.resolve("assess");
        Cli c = Cli.run("compare", BEFORE, AFTER, "--out", viaCompare.toString(), "--resources", resources.toString());
        assertEquals(0, c.exit(), c.err());
        Cli a = Cli.run("assess", AFTER, "--since", BEFORE, "--out", viaAssess.toString(), "--resources",
                resources.toString());
        assertEquals(0, a.exit(), a.err());
        assertEquals(c.out().replace(viaCompare.toString(), "DIR"), a.out().replace(viaAssess.toString(), "DIR"));
        String plan = Files.readString(viaCompare.resolve("sam-rivera/assessment.json"));
        assertTrue(plan.contains("\"name\": \"Lakeside pick for "), "the district's suggestions are in the plan");
        for (String f : List.of("reflection.md", "assessment.json", "growth.json", "map.alt.txt")) {
            assertEquals(Files.readString(viaAssess.resolve("sam-rivera").resolve(f)),
                    Files.readString(viaCompare.resolve("sam-rivera").resolve(f)), f);
        }
        try (java.util.stream.Stream<Path> s = Files.list(viaCompare)) {
            assertEquals(List.of(viaCompare.resolve("sam-rivera")), s.toList(), "nothing is written beside the folder");
        }
        // on the screen too: the same growth
        String screen = Cli.run("assess", AFTER, "--since", BEFORE).out();
        assertTrue(screen.endsWith(Cli.run("compare", BEFORE, AFTER).out()), screen);
    }

    @Test
    void cohortBeforePairsByIdAndListsOneWaveParticipants(@TempDir Path dir) throws IOException {
        Path w1 = Files.createDirectories(dir.resolve("wave1"));
        Path w2 = Files.createDirectories(dir.resolve("wave2"));
        Files.copy(Path.of(BEFORE), w1.resolve("sam.yaml"));
        Files.copy(Path.of("../samples/maria-lopez-librarian.yaml"), w1.resolve("maria.yaml"));
        Files.copy(Path.of(AFTER), w2.resolve("sam.yaml"));
        Files.copy(Path.of("../samples/dana-okoro-tech-coach.yaml"), w2.resolve("dana.yaml"));
        Path out = dir.resolve("out");
        Cli r = Cli.run("cohort", w2.toString(), "--before", w1.toString(), "--out", out.toString(),
                "--per-participant", "--show-names");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 in both waves, 1 only in wave 1, 1 only in wave 2; median health change +19"
                + " (95% CI +19 to +19); 100% gained a category"), r.out());
        try (InputStream in = Files.newInputStream(out.resolve("district.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Overview", "Growth overview", "Growth"), names.subList(0, 3));
            var growth = wb.getSheet("Growth");
            assertEquals("Sam Rivera", growth.getRow(3).getCell(0).getStringCellValue());
            assertEquals(19, growth.getRow(3).getCell(5).getNumericCellValue());
            assertEquals("only in wave 1 (left)", growth.getRow(4).getCell(12).getStringCellValue());
            assertEquals("Maria Lopez", growth.getRow(4).getCell(0).getStringCellValue());
            assertEquals("only in wave 2 (new)", growth.getRow(5).getCell(12).getStringCellValue());
        }
        String json = Files.readString(out.resolve("cohort.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"growth\": {\n    \"paired\": 1,"), json.substring(json.indexOf("\"growth\"")));
        assertTrue(json.contains("\"medianChange\": 19,"), json);
        assertTrue(Files.exists(out.resolve("participants/sam-rivera/growth-map.png")));
        assertFalse(Files.exists(out.resolve("participants/dana-okoro/growth-map.png")));
    }
}
