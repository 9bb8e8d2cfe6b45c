package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows {@code pln --help} and the test command; keep them true. */
class ReadmeTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmeShowsTheCurrentHelp() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("## `pln --help`");
        assertTrue(start >= 0, "README has a pln --help section");
        int open = readme.indexOf("```text\n", start) + "```text\n".length();
        int close = readme.indexOf("\n```", open);
        String shown = readme.substring(open, close);
        String actual = Cli.run("--help").out().stripTrailing();
        assertEquals(actual, shown, "update README.md's help block with the output of ./pln --help");
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws Exception {
        String ci = Files.readString(Path.of("../.ci/run"));
        String last = ci.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).reduce((a, b) -> b).orElseThrow();
        assertTrue(Files.readString(README).contains(last), "README shows " + last);
    }
}
