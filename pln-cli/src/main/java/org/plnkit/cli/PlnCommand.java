package org.plnkit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.io.WriteFailure;
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
                "  pln serve my-pln.yaml                  build and see your PLN in your browser",
                "  pln init --yaml -o my-pln.yaml         a starter file to fill in",
                "  pln validate my-pln.yaml               every problem, with its line",
                "  pln assess my-pln.yaml                 your assessment and action plan, on screen",
                "  pln assess my-pln.yaml --out pln-out   workbook, map, reflection draft, JSON",
                "  pln compare before.yaml after.yaml     how your PLN grew since an earlier snapshot",
                "  pln cohort district.xlsx --out out     (district staff) the whole cohort",
                "",
                "Inputs are participant files (.yaml, .yml, .json), cohort workbooks (.xlsx with sheets",
                "Participants and Connections), or folders of CSV or participant files."},
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

    /** The subcommands, in the order the help lists them (registered in {@link #commandLine(String...)}). */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, ValidateCommand.class, AssessCommand.class,
            MapCommand.class, CohortCommand.class, CompareCommand.class, TemplateCommand.class, ExportCommand.class,
            ImportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries();
        readBundledFilesBeside(args);
        System.setOut(Screen.standardOutput());
        int exit;
        try {
            exit = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("pln: the input is too large for the memory Java was given; run again with more,"
                    + " e.g. JAVA_OPTS=-Xmx4g ./pln ...");
            exit = FAILURE;
        }
        System.exit(exit);
    }

    /**
     * Starts reading the default taxonomy and the starter resource directory (YAML: in a fresh JVM a sixth of a second
     * and more) on a thread of its own while this one builds the command line and parses the arguments, for {@code
     * pln cohort}; whoever needs either first waits for that reading ({@link Taxonomy#defaults}, {@link
     * ResourceDirectory#starter}). Not when the command is given its own taxonomy file or asks for help. Only for the
     * cohort (#17: there it was serial start-up work before a run of seconds); for {@code pln assess} the same was
     * measured slower (docs/performance.md, fifth session): its other core is busy with the JIT compiler.
     */
    static void readBundledFilesBeside(String[] args) {
        if (args.length == 0 || !args[0].equals("cohort")
                || Arrays.stream(args).anyMatch(a -> a.equals("--taxonomy") || a.startsWith("--taxonomy=")
                || a.equals("--help") || a.equals("-h"))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                ResourceDirectory.starter(Taxonomy.defaults());
            } catch (RuntimeException e) {
                // the command meets the same failure itself and reports it
            }
        }, "pln-bundled-files");
        t.setDaemon(true);
        t.start();
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

    /** The configured command line with every subcommand, for embedding and tests. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new PlnCommand()), COMMANDS);
    }

    /**
     * The command line for these arguments: when they start with a subcommand's name, only that subcommand is
     * registered, else (help, a version, a name mistyped) all of them. Picocli builds a command's model from its
     * annotations by reflection: building the eleven took a good part of a one-participant command's start (#17).
     * The same arguments give the same result either way.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            for (Class<?> c : COMMANDS) {
                Command named = c.getAnnotation(Command.class);
                if (c != CommandLine.HelpCommand.class && (named.name().equals(args[0])
                        || List.of(named.aliases()).contains(args[0]))) {
                    return configure(new CommandLine(new PlnCommand()), List.of(c));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine configure(CommandLine cl, List<Class<?>> commands) {
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        CommandLine.IParameterExceptionHandler syntax = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> {
            if (!(e instanceof FileUsageError)) {
                return syntax.handleParseException(e, args);   // the message, then the command's help
            }
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            err.println(FileUsageError.hint(e.getCommandLine()));
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError oom) {
                    throw oom;   // wrapped by a worker thread: main() says what to do
                }
            }
            Optional<String> io = ioProblem(e);
            if (io.isPresent()) {
                // a file that could not be written (or read): the system's reason in plain words, not a bug
                err.println("pln: " + io.get());
                err.flush();
                return FAILURE;
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
        cl.setExecutionStrategy(parsed -> checkScreen(parsed.commandSpec().commandLine(),
                new CommandLine.RunLast().execute(parsed)));
        cl.registerConverter(java.time.LocalDate.class, PlnCommand::date);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(100);
        return cl;
    }

    /** A date option ({@code --as-of}): YYYY-MM-DD, and a date that exists, said in words when it does not. */
    static java.time.LocalDate date(String text) {
        String t = text.strip();
        try {
            return java.time.LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            String why = "";
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                int month = Integer.parseInt(t.substring(5, 7));
                int day = Integer.parseInt(t.substring(8, 10));
                why = month < 1 || month > 12 ? " (there is no month " + month + ")"
                        : " (" + java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
                                java.util.Locale.ENGLISH) + " has no day " + day + " that year)";
            }
            throw new CommandLine.TypeConversionException("\"" + t + "\" is not a date" + why
                    + "; write it as YYYY-MM-DD, e.g. 2026-11-30");
        }
    }

    /**
     * A file-system failure anywhere in the chain of {@code e}, in plain words ("cannot write out/district.xlsx: the
     * disk is full"); empty when the failure is not about a file.
     */
    static Optional<String> ioProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WriteFailure w) {
                return Optional.of(w.getMessage());
            }
            if (t instanceof java.nio.file.FileAlreadyExistsException f) {
                return Optional.of("cannot write " + f.getFile() + ": it already exists (add --force to replace it)");
            }
            if (t instanceof java.nio.file.FileSystemException f) {
                return Optional.of("cannot use " + (f.getFile() == null ? "a file" : f.getFile()) + ": "
                        + WriteFailure.reason(f));
            }
            if (t instanceof java.io.IOException io && !WriteFailure.reason(io).equals(io.getMessage())) {
                // recognised (a full disk, a read-only folder…) though no file was named
                return Optional.of("a file could not be written: " + WriteFailure.reason(io));
            }
        }
        return Optional.empty();
    }

    /**
     * After a command: when standard output failed (closed, a full disk), what was printed did not arrive; say so on
     * standard error and exit {@link #FAILURE}, whatever the command returned. A pipe whose reader stopped reading
     * ({@code | head}) is no failure of the tool: nothing is said and the command's own exit code stands
     * ({@link Screen}).
     */
    static int checkScreen(CommandLine cmd, int exit) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        boolean failed = root.getOut().checkError() || cmd.getOut().checkError() || System.out.checkError();
        if (failed && Screen.pipeClosed()) {
            return exit;
        }
        if (failed) {
            PrintWriter err = cmd.getErr();
            err.println("pln: standard output could not be written (it is closed, or the disk or pipe it goes to is"
                    + " full); the output is incomplete");
            err.flush();
            return FAILURE;
        }
        return exit;
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
