package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main} registers only the subcommand its arguments name (issue 17, a faster start): whatever the arguments,
 * the exit code and everything printed are those of the command line with every subcommand.
 */
class StartCommandLineTest {
    private static final String SAMPLE = "../samples/maria-lopez-librarian.yaml";

    @Test
    void theCommandLineForTheArgumentsAnswersAsTheWholeOne() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--help"), List.of("--version"), List.of("help"),
                List.of("help", "assess"), List.of("assess", "--help"), List.of("asess", SAMPLE),
                List.of("init", "--help"), List.of("template", "--help"), List.of("validate", SAMPLE),
                List.of("assess", SAMPLE, "--as-of", "2026-11-01"), List.of("assess", SAMPLE, "--as-of", "2026-02-30"),
                List.of("assess", "--no-such-option"), List.of("cohort"))) {
            String[] a = args.toArray(new String[0]);
            assertEquals(run(PlnCommand.commandLine(), a), run(PlnCommand.commandLine(a), a), args.toString());
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertEquals(List.of("assess"), List.copyOf(PlnCommand.commandLine("assess", SAMPLE).getSubcommands()
                .keySet()));
        assertEquals(List.of("template", "init"), List.copyOf(PlnCommand.commandLine("init").getSubcommands()
                .keySet()));
        assertTrue(PlnCommand.commandLine("--help").getSubcommands().keySet().containsAll(List.of("demo", "validate",
                "assess", "map", "cohort", "compare", "template", "export", "import", "serve", "help")));
    }

    private static Cli run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
