package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The launcher's training run for class-data sharing (issue 17): {@code ./pln} runs this once after each build with
 * {@code -XX:ArchiveClassesAtExit}, and later runs map the classes it loaded from the archive instead of loading
 * and verifying them from the jar. It runs the commands people start most on the bundled samples, so that the
 * archive holds what each of them needs, whichever command comes first: {@code validate}, {@code assess} on the
 * screen and into files (workbook, map, reflection, JSON), and {@code cohort} on the sample district. Everything it
 * writes goes to a temporary folder, removed at the end; what it prints is dropped.
 *
 * <p>With {@code --screen}, only the commands that print one participant's results: {@code validate}, {@code assess}
 * on the screen, the help and the version. The launcher maps that smaller archive for those commands: the JVM
 * relocates a whole archive at start, and the full one is about five times the size.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=pln.jsa -cp pln-cli.jar org.plnkit.cli.CdsTraining samples
 * java -XX:ArchiveClassesAtExit=pln-screen.jsa -cp pln-cli.jar org.plnkit.cli.CdsTraining samples --screen
 * }</pre>
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * {@code args[0]}: the samples folder; {@code args[1]}, optional: {@code --screen}. Exits 0 whatever the commands
     * said: a training run has no result.
     */
    public static void main(String[] args) throws IOException {
        PlnCommand.quietLibraries();
        boolean screen = args.length == 2 && args[1].equals("--screen");
        if (args.length != 1 && !screen) {
            System.err.println("usage: CdsTraining SAMPLES_FOLDER [--screen]");
            System.exit(PlnCommand.USAGE);
        }
        Path samples = Path.of(args[0]);
        String participant = samples.resolve("maria-lopez-librarian.yaml").toString();
        Path tmp = Files.createTempDirectory("pln-cds-training-");
        try {
            List<List<String>> commands = screen
                    ? List.of(List.of("validate", participant), List.of("assess", participant), List.of("--version"),
                            List.of("assess", "--help"))
                    : List.of(List.of("validate", participant),
                            List.of("assess", participant),
                            List.of("assess", participant, "--out", tmp.resolve("assess").toString()),
                            List.of("cohort", samples.resolve("lakeside-district.xlsx").toString(), "--out",
                                    tmp.resolve("cohort").toString()));
            for (List<String> command : commands) {
                // the screen's archive holds what main() builds for each command (its subcommand alone), the full
                // one every subcommand, for whichever command comes
                String[] args1 = command.toArray(new String[0]);
                run(screen ? PlnCommand.commandLine(args1) : PlnCommand.commandLine(), args1);
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0);
    }

    private static void run(CommandLine cl, String[] args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        cl.execute(args);
    }
}
