package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options several commands share (mixins) and the enum-typed options: the same everywhere, and still teaching. */
class SharedOptionsTest {
    private static final String SAM = "../samples/sam-rivera-new-teacher.yaml";
    private static final String CSV_FOLDER = "../samples";

    private static String help(String command) {
        Cli r = Cli.run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        return r.out().replaceAll("\\s+", " ");
    }

    @Test
    void theHelpListsTheChoicesOfEveryEnumTypedOption() {
        assertTrue(help("cohort").contains("--group-by=WHAT"));
        assertTrue(help("cohort").contains("from xlsx, png, svg, md, html, json, ics (default: all)"), help("cohort"));
        assertTrue(help("assess").contains("from xlsx, png, svg, md, html, json, ics (default: all)"), help("assess"));
        assertTrue(help("assess").contains("without --out: text, json (default: text)"), help("assess"));
        assertTrue(help("map").contains("light, dark (default: light)"), help("map"));
        assertTrue(help("export").contains("graphml, gexf, dot, json, csv, ics, opml, html-bookmarks. Default: from the output's extension"),
                help("export"));
        assertTrue(help("import").contains("graphml, gexf, csv, network-canvas."), help("import"));
    }

    @Test
    void eachCommandSaysWhatItsPrivacyOptionsMeanThere() {
        assertTrue(help("cohort").contains("Anonymize people everywhere: the district outputs"), help("cohort"));
        assertTrue(help("cohort").contains("Name participants and shared people in the district outputs."));
        assertTrue(help("cohort").contains("[--anonymize | --show-names]"), help("cohort"));
        assertTrue(help("assess").contains("and you \"Anonymous educator\", in every output"), help("assess"));
        assertTrue(help("map").contains("Organizations and resources keep their names."), help("map"));
        assertTrue(help("export").contains("(default: Person 1, Person 2…)"), help("export"));
        for (String c : new String[] {"cohort", "assess", "map", "export", "import", "template"}) {
            assertTrue(help(c).contains("-f, --force Replace output files that exist"), c + ": " + help(c));
        }
    }

    @Test
    void participantSaysWhichInputItPicksFromInEachCommand() {
        assertTrue(help("compare").contains("--participant=ID Which participant, when BEFORE or AFTER is a cohort"
                + " (workbook or folder)."), help("compare"));
        assertTrue(help("export").contains("--participant=ID Which participant to export when the input holds"
                + " several."), help("export"));
    }

    @Test
    void anonymizeAndShowNamesTogetherAreRefusedBeforeAnythingIsRead(@TempDir Path dir) {
        Cli r = Cli.run("cohort", CSV_FOLDER, "--out", dir.resolve("out").toString(), "--anonymize", "--show-names");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--anonymize, --show-names are mutually exclusive"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aValueThatIsNotAChoiceNamesTheChoices(@TempDir Path dir) {
        Cli group = Cli.run("cohort", CSV_FOLDER, "--out", dir.toString(), "--group-by", "role");
        assertEquals(2, group.exit());
        assertTrue(group.err().contains("\"role\" is not one of school, community"), group.err());
        Cli theme = Cli.run("map", SAM, "--theme", "neon");
        assertEquals(2, theme.exit());
        assertTrue(theme.err().contains("\"neon\" is not one of light, dark"), theme.err());
        Cli from = Cli.run("import", "--from", "pajek", SAM);
        assertEquals(2, from.exit());
        assertTrue(from.err().contains("\"pajek\" is not one of graphml, gexf, csv, network-canvas"), from.err());
    }

    @Test
    void choicesIgnoreCaseAndTheShortForceWorksEverywhere(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("sam.svg");
        assertEquals(0, Cli.run("map", SAM, "-o", svg.toString(), "--theme", "DARK").exit());
        Cli again = Cli.run("map", SAM, "-o", svg.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists; add --force to replace it"), again.err());
        assertEquals(0, Cli.run("map", SAM, "-o", svg.toString(), "-f").exit());
        Cli md = Cli.run("assess", SAM, "--out", dir.resolve("out").toString(), "--formats", "Markdown");
        assertEquals(0, md.exit(), md.err());
        assertTrue(Files.exists(dir.resolve("out/sam-rivera/reflection.md")));
    }

    @Test
    void whereTheReportGoesIsCheckedBeforeAnyInputIsRead(@TempDir Path dir) {
        // the inputs do not exist: the usage error about the options comes first, and nothing is written
        String missing = dir.resolve("missing.yaml").toString();
        String out = dir.resolve("out").toString();
        String formatsAlone = "--formats chooses the files written with --out DIR";
        List<List<String>> cases = List.of(
                List.of(formatsAlone, "compare", missing, missing, "--formats", "xlsx"),
                List.of("--format chooses what to print; with --out, choose the files with --formats", "compare",
                        missing, missing, "--out", out, "--format", "json"),
                List.of(formatsAlone, "assess", missing, "--formats", "md"));
        for (List<String> c : cases) {
            Cli r = Cli.run(c.subList(1, c.size()).toArray(String[]::new));
            assertEquals(2, r.exit(), c.toString());
            assertTrue(r.err().startsWith(c.get(0)), c + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theOutputFileAndForceGoTogetherInEveryCommandThatWritesOne(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("my-pln.yaml");
        Path graphml = dir.resolve("sam.graphml");
        assertEquals(0, Cli.run("export", SAM, "--output", graphml.toString()).exit());
        assertEquals(0, Cli.run("template", "--yaml", "--output", yaml.toString()).exit());
        byte[] written = Files.readAllBytes(yaml);
        for (String[] args : new String[][] {
                {"template", "--yaml", "-o", yaml.toString()},
                {"export", SAM, "--format", "json", "-o", yaml.toString()},
                {"import", "--from", "graphml", graphml.toString(), "-o", yaml.toString()}}) {
            Cli again = Cli.run(args);
            assertEquals(2, again.exit(), String.join(" ", args) + ": " + again.err());
            assertTrue(again.err().contains(yaml + " already exists; add --force to replace it"), again.err());
            assertArrayEquals(written, Files.readAllBytes(yaml), String.join(" ", args));
        }
        assertEquals(0, Cli.run("export", SAM, "--format", "json", "-o", yaml.toString(), "--force").exit());
    }
}
