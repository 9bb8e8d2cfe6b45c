package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --resources FILE} with mistakes, on every command that takes it: the command line was right, so it exits 2
 * with only the file's problems (every one, each at its line) and where to read about the option, never the whole
 * help; nothing is written.
 */
class ResourcesOptionTest {
    private static final String SAMPLE = "../samples/lakeside-district.xlsx";
    private static final String BEFORE = "../samples/growth/sam-rivera-before.yaml";
    private static final String AFTER = "../samples/growth/sam-rivera-after.yaml";

    @ParameterizedTest
    @ValueSource(strings = {"assess", "compare", "cohort"})
    void aBadDirectoryPrintsEveryProblemAndNoHelp(String command, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                resources:
                  - name: Thing
                    kind: gadget
                    category: Local & state orgs
                """);
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(switch (command) {
            case "assess" -> List.of(AFTER, "--out", out.toString());
            case "compare" -> List.of(BEFORE, AFTER, "--out", out.toString());
            default -> List.of(SAMPLE, "--out", out.toString(), "--as-of", "2026-11-01");
        });
        args.addAll(List.of("--resources", bad.toString()));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertEquals(String.join("\n",
                "the resource directory cannot be used:",
                "  " + bad + ":3:11: error: resource 1 (Thing): kind \"gadget\" is not one of person, organization,"
                        + " resource",
                "  " + bad + ":4:15: error: resource 1 (Thing): unknown category \"Local & state orgs\"; did you"
                        + " mean \"Local & state organizations\" (local-state-organizations)?",
                "see pln " + command + " --help", ""), r.err().replace(System.lineSeparator(), "\n"));
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "nothing is written");
    }
}
