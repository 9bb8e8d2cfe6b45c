package org.plnkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pln} command line: map and assess educators' Personal Learning Networks.
 *
 * <p>Exit codes: 0 success; 1 the input has errors (or some outputs failed); 2 usage error; 3 the tool could not
 * do its work (a file could not be written, an internal error).
 */
@Command(name = "pln", mixinStandardHelpOptions = true, versionProvider = PlnCommand.Version.class,
        description = {
                "Map and assess educators' Personal Learning Networks (PLN).",
                "",
                "Start here:",
                "  pln demo                               assess the bundled samples into pln-out/",
                "  pln init --yaml -o my-pln.yaml         a starter file to fill in",
                "  pln validate my-pln.yaml               every problem, with its line",
                "  pln assess my-pln.yaml                 your assessment and action plan, on screen",
                "  pln assess my-pln.yaml --out pln-out   workbook, map, reflection draft, JSON",
                "  pln compare before.yaml after.yaml     how your PLN grew since an earlier snapshot",
                "  pln cohort district.xlsx --out out     (district staff) the whole cohort",
                "",
                "Inputs are participant files (.yaml, .yml, .json), cohort workbooks (.xlsx with sheets",
                "Participants and Connections), or folders of CSV or participant files."},
        subcommands = {DemoCommand.class, ValidateCommand.class, AssessCommand.class, MapCommand.class,
                CohortCommand.class, CompareCommand.class, TemplateCommand.class, ExportCommand.class,
                ImportCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:the input has errors, or some outputs could not be made",
                "2:usage error (unknown option, missing file name)",
                "3:the tool could not do its work (e.g. a file could not be written)"},
        footer = {"", "Documentation: README.md and docs/ in the PLN Toolkit repository."})
public final class PlnCommand implements Runnable {
    /** Exit code when the input has errors. */
    public static final int INVALID_INPUT = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;
    /** Exit code when the tool could not do its work. */
    public static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries();
        int exit;
        try {
            exit = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("pln: the input is too large for the memory Java was given; run again with more,"
                    + " e.g. JAVA_OPTS=-Xmx4g ./pln ...");
            exit = FAILURE;
        }
        System.exit(exit);
    }

    /** POI logs through Log4j: without a binding it complains, with one it prints stack traces we report better. */
    static void quietLibraries() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The configured command line, for embedding and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PlnCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError oom) {
                    throw oom;   // wrapped by a worker thread: main() says what to do
                }
            }
            err.println("pln: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("pln.debug")) {
                e.printStackTrace(err);
            } else {
                err.println("pln: this is a problem in the tool, not in your input; run with -Dpln.debug=true"
                        + " (JAVA_OPTS) for details and report it.");
            }
            err.flush();
            return FAILURE;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(100);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PlnCommand.class.getPackage().getImplementationVersion();
            return new String[] {"pln " + (v == null ? "development build" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
