package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import java.util.concurrent.Executors;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReading;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.district.DistrictInput;
import org.plnkit.report.district.DistrictWorkbook;
import org.plnkit.report.district.FileLabels;
import org.plnkit.report.district.ProblemRedactor;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pln cohort INPUT --out DIR}: the district's view of a cohort — the district workbook, the cohort map and the
 * cohort analysis as JSON.
 *
 * <p>With {@code --per-participant} it then writes every participant's own report ({@link BulkReports}) on the same
 * {@link CohortAnalysis}: each participant's plan takes {@link CohortAnalysis#participantOptions}, so that it names
 * what their peers use.
 */
@Command(name = "cohort", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Analyse a cohort for district staff: district workbook, cohort map, JSON, participants' reports.",
                "",
                "INPUT is a cohort workbook (.xlsx with sheets Participants and Connections), a folder with",
                "connections.csv (and participants.csv), or a folder of participant files (.yaml, .json).",
                "Writes into DIR: district.xlsx, cohort-map.png, cohort-map.svg, cohort-map.alt.txt, cohort.json.",
                "People are anonymized in these outputs unless --show-names is given.",
                "",
                "--per-participant adds DIR/participants/<id>/ for each participant (workbook, map, reflection",
                "draft, JSON; the action plan names what their peers use) and DIR/participants/index.csv (who is",
                "in which folder, what was written, skipped or failed and why). These reports are each",
                "participant's own and name their people; --anonymize removes the names from them too.",
                "A participant whose report fails is listed; the others are still written.",
                "",
                "Rows with errors are left out and listed on the workbook's Input problems sheet; with --strict,",
                "any error stops the run before anything is written.",
                "",
                "Examples:",
                "  pln cohort samples/lakeside-district.xlsx --out lakeside",
                "  pln cohort cohort-folder --out out --as-of 2026-11-01 --threads 4 --force",
                "  pln cohort samples/lakeside-district.xlsx --out lakeside --per-participant"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the outputs were written; the input had no errors",
                "1:the input has errors (the outputs were still written, without those rows, unless --strict"
                        + " or nothing could be read), or some participants' reports failed (the others were"
                        + " written)",
                "2:usage error, or an output exists (use --force)", "3:the tool failed"})
final class CohortCommand implements Callable<Integer> {
    static final String WORKBOOK = "district.xlsx";
    static final String MAP_PNG = "cohort-map.png";
    static final String MAP_SVG = "cohort-map.svg";
    static final String MAP_ALT = "cohort-map.alt.txt";
    static final String JSON = "cohort.json";
    static final String PARTICIPANTS = "participants";

    @Parameters(paramLabel = "INPUT",
            description = "A cohort workbook (.xlsx) or a folder of CSV or participant files.")
    Path input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to write into (made if missing).")
    Path out;

    @Option(names = "--per-participant",
            description = "Also write every participant's own report into DIR/participants/ (see above).")
    boolean perParticipant;

    @Option(names = "--formats", paramLabel = "LIST", split = ",",
            description = "With --per-participant: which files each participant gets, from xlsx, png, svg, md,"
                    + " json (default: all).")
    List<String> formats;

    @Option(names = "--anonymize",
            description = "Anonymize people everywhere: the district outputs (the default there) and the"
                    + " participants' reports, whose folders become anonymous-<code>.")
    boolean anonymize;

    @Option(names = "--show-names", description = "Name participants and shared people in the district outputs.")
    boolean showNames;

    @Mixin
    AsOfOption asOf;

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    LimitsOption limits;

    @Mixin
    ResourcesOption resources;

    @Option(names = "--strict", description = "Any error in the input stops the run; nothing is written.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to use (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--group-by", paramLabel = "WHAT", defaultValue = "school",
            description = "The cohort map's discs: school (dots coloured by community, the default) or community"
                    + " (dots coloured by school).")
    String groupBy;

    @Option(names = "--force", description = "Replace outputs that exist.")
    boolean force;

    @Option(names = "--timings", description = "Print how long each step took (to standard error).")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Failed or skipped participants listed by name in the summary; the index lists all. */
    private static final int LISTED = 20;

    /** Whether progress goes to a terminal as a bar (else plain lines); a field so that tests can fix it. */
    boolean interactive = System.console() != null;

    /** Today, for participants without as_of; a field so that tests can fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        PrintWriter stdout = cl.getOut();
        if (anonymize && showNames) {
            throw new CommandLine.ParameterException(cl, "--anonymize and --show-names cannot be used together");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256");
        }
        CohortMapOptions.GroupBy group = switch (groupBy.strip().toLowerCase(Locale.ROOT)) {
            case "school" -> CohortMapOptions.GroupBy.SCHOOL;
            case "community" -> CohortMapOptions.GroupBy.COMMUNITY;
            default -> throw new CommandLine.ParameterException(cl, "--group-by must be school or community, not "
                    + groupBy);
        };
        Taxonomy tax = taxonomy.load(cl);
        org.plnkit.analysis.plan.ResourceDirectory directory = resources.load(cl, tax);
        if (Inputs.isParticipantFile(input)) {
            throw new CommandLine.ParameterException(cl, input + " is one participant's file; pln cohort reads a cohort"
                    + " (.xlsx workbook, or a folder of CSV or participant files). For one PLN, use pln map.");
        }
        List<Path> targets = List.of(out.resolve(WORKBOOK), out.resolve(MAP_PNG), out.resolve(MAP_SVG),
                out.resolve(MAP_ALT), out.resolve(JSON));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(cl, out + " is a file, not a folder");
        }
        Set<ReportFormat> files = reportFormats(cl);
        Outputs.checkNew(cl, targets, force);
        Timer timer = new Timer(timings, err);

        // read
        CohortReading reading = limits.readCohort(input, tax, strict);
        timer.lap("read");
        List<Problem> problems = reading.result().problems();
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (reading.result().value().isEmpty()) {
            problems.stream().limit(30).forEach(err::println);
            if (problems.size() > 30) {
                err.println("... and " + (problems.size() - 30) + " more (see pln validate " + input + ")");
            }
            err.println("pln cohort: " + input + (strict && errors > 0 ? " has errors and --strict was given"
                    : " could not be read") + "; nothing was written.");
            err.flush();
            return PlnCommand.INVALID_INPUT;
        }
        Cohort cohort = reading.result().value().get();

        if (perParticipant) {
            Outputs.checkNew(cl, new BulkReports(new BulkReports.Options(files, anonymize, n, force))
                    .targets(cohort, out.resolve(PARTICIPANTS)), force);
        }

        // analyse
        LocalDate today = LocalDate.now(clock);
        AssessmentOptions ao = AssessmentOptions.defaults().withTaxonomy(tax).withSuggestions(directory);
        if (asOf.asOf != null) {
            ao = ao.withAsOf(asOf.asOf);
        }
        CohortOptions co = CohortOptions.defaults().withAssessment(ao).withFallbackAsOf(today).withThreads(n);
        CohortAnalysis analysis = new CohortAnalyzer(co).analyze(cohort, (step, nanos) -> timer.step(step, nanos));
        timer.lap("analyse");
        CohortLabels labels = showNames ? CohortLabels.shown(analysis) : CohortLabels.anonymous(analysis);
        UnaryOperator<String> redact = ProblemRedactor.of(cohort, labels);
        if (errors > 0) {
            // as written, to be fixed; with --anonymize, as the Input problems sheet shows them
            FileLabels fileLabels = fileLabels(anonymize, reading);
            problems.stream().filter(Problem::isError).limit(10).forEach(p -> err.println(anonymize
                    ? fileLabels.text(p.place() + ": " + p.severity().id() + ": " + redact.apply(p.message())) : p));
            if (errors > 10) {
                err.println("... and " + (errors - 10) + " more errors: every problem is on the Input problems sheet");
            }
            err.flush();
        }
        String asOfText = asOf.asOf != null ? asOf.asOf.toString()
                : "each participant's as_of (" + today + " where none was given)";
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();

        // write: the workbook on this thread, the map and the JSON beside it
        Files.createDirectories(out);
        DistrictInput in = new DistrictInput(input.toString(), asOfText, problems, reading.counts(),
                redact);
        // cohort.json accounts for every row too, named as on the Input problems sheet
        FileLabels jsonFiles = fileLabels(labels.anonymized(), reading);
        CohortJson.Input jsonInput = new CohortJson.Input(input.toString(), reading.counts(), problems,
                text -> jsonFiles.text(redact.apply(text)));
        // the map's date: --as-of, else the latest participant's as_of (the data's date, not the day of the run)
        CohortMapOptions mo = CohortMapOptions.builder(title(source), (asOf.asOf != null ? asOf.asOf
                : cohort.latestAsOf().orElse(today)).toString()).groupBy(group).build();
        ExecutorService pool = n > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pln-cohort-map");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Runnable map = () -> {
                try {
                    long t0 = System.nanoTime();
                    Outputs.write(out.resolve(MAP_PNG), o -> CohortMap.render(analysis, labels, mo, Format.PNG, o));
                    Outputs.write(out.resolve(MAP_SVG), o -> CohortMap.render(analysis, labels, mo, Format.SVG, o));
                    Outputs.write(out.resolve(MAP_ALT), o -> o.write((CohortMap.altText(analysis, labels, mo) + "\n")
                            .getBytes(StandardCharsets.UTF_8)));
                    timer.step("map (png, svg, alt text)", System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    Outputs.write(out.resolve(JSON), o -> CohortJson.write(analysis, labels, jsonInput, o));
                    timer.step("json", System.nanoTime() - t0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            CompletableFuture<Void> mapDone = pool == null ? null : CompletableFuture.runAsync(map, pool);
            long t0 = System.nanoTime();
            Outputs.write(out.resolve(WORKBOOK), o -> new DistrictWorkbook().write(analysis, labels, in, o));
            timer.step("workbook", System.nanoTime() - t0);
            if (mapDone == null) {
                map.run();
            } else {
                try {
                    mapDone.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    throw e;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        timer.lap("write");
        summary(stdout, analysis, labels, errors, warnings, targets);
        int failed = 0;
        if (perParticipant) {
            failed = participantReports(cl, cohort, analysis, files, n);
            timer.lap("participant reports");
        }
        timer.total();
        return failed > 0 || errors > 0 ? PlnCommand.INVALID_INPUT : 0;
    }

    /** The formats of the participants' reports; --formats without --per-participant is a usage error. */
    private Set<ReportFormat> reportFormats(CommandLine cl) {
        if (formats == null) {
            return EnumSet.allOf(ReportFormat.class);
        }
        if (!perParticipant) {
            throw new CommandLine.ParameterException(cl, "--formats chooses the files of --per-participant");
        }
        try {
            return ReportFormat.parseList(String.join(",", formats));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--formats: " + e.getMessage());
        }
    }

    /**
     * Every participant's report, in parallel, with progress on standard error and a summary on standard output.
     *
     * @return how many failed
     */
    private int participantReports(CommandLine cl, Cohort cohort, CohortAnalysis analysis, Set<ReportFormat> files,
                                   int threads) throws IOException {
        PrintWriter o = cl.getOut();
        Path dir = out.resolve(PARTICIPANTS);
        BulkReports bulk = new BulkReports(new BulkReports.Options(files, anonymize, threads, force));
        BulkReports.Summary s;
        try (Progress p = Progress.of("participant reports", cohort.plns().size(), interactive, System.err,
                cl.getErr())) {
            s = bulk.write(cohort, analysis::participantOptions, dir, p);
        }
        List<BulkReports.Outcome> failed = s.failed();
        List<BulkReports.Outcome> skipped = s.skipped();
        o.println(String.format(Locale.ROOT, "participant reports: %,d written, %,d skipped, %,d failed, in %s/"
                + " (%s lists who is in which folder)", s.written(), skipped.size(), failed.size(), dir,
                BulkReports.INDEX));
        for (List<BulkReports.Outcome> list : List.of(failed, skipped)) {
            for (int i = 0; i < list.size() && i < LISTED; i++) {
                BulkReports.Outcome x = list.get(i);
                o.println("  " + x.status().word() + ": " + s.who(x) + " (" + x.folder() + "): " + s.reason(x));
            }
            if (list.size() > LISTED) {
                o.println(String.format(Locale.ROOT, "  ... and %,d more %s (see %s)", list.size() - LISTED,
                        list.get(0).status().word(), dir.resolve(BulkReports.INDEX)));
            }
        }
        o.println("  " + (anonymize ? "people are anonymized in the participants' reports"
                : "each participant's report names their people: hand each folder only to its participant"));
        o.flush();
        return failed.size();
    }

    /** Participant files numbered as the Input problems sheet numbers them (its table of counts comes first). */
    private static FileLabels fileLabels(boolean hide, CohortReading reading) {
        FileLabels f = new FileLabels(hide);
        reading.counts().forEach(c -> f.file(c.file()));
        return f;
    }

    private static String title(String source) {
        String t = source.replaceAll("\\.(xlsx|xlsm)$", "");
        return "Who relies on what: " + t;
    }

    private void summary(PrintWriter o, CohortAnalysis a, CohortLabels labels, long errors, long warnings,
                         List<Path> targets) {
        o.println(String.format(Locale.ROOT, "read %,d participant%s and %,d connection%s from %s (%s, %s)",
                a.size(), a.size() == 1 ? "" : "s", a.connections(), a.connections() == 1 ? "" : "s", input,
                ValidateCommand.plural(errors, "error"), ValidateCommand.plural(warnings, "warning")));
        if (errors > 0) {
            o.println("  rows with errors were left out; every problem is on the Input problems sheet of "
                    + WORKBOOK + " (or run pln validate " + input + ")");
        }
        int failed = a.size() - a.assessed();
        o.println(String.format(Locale.ROOT, "  assessed %,d%s; median health %d (middle half %d-%d)", a.assessed(),
                failed == 0 ? "" : " (" + failed + " could not be)", a.health().overall().median(),
                a.health().overall().lowerQuartile(), a.health().overall().upperQuartile()));
        o.println(String.format(Locale.ROOT, "  %,d shared organizations, resources and people; %,d communities; "
                        + "%,d keystones; %,d participant%s share%s nothing with anyone", a.graph().nodeCount(),
                a.communities().size(), a.keystones().size(), a.isolated().size(), a.isolated().size() == 1 ? "" : "s",
                a.isolated().size() == 1 ? "s" : ""));
        List<String> top = new ArrayList<>();
        for (SharedResource r : a.sharedResources()) {
            if (r.kind() != Kind.PERSON && top.size() < 3) {
                top.add(labels.node(r.node()) + " (" + r.participants() + ")");
            }
        }
        if (!top.isEmpty()) {
            o.println("  most shared: " + String.join(", ", top));
        }
        o.println("  people are " + (labels.anonymized() ? "anonymized (use --show-names to name them)"
                : "named: keep these files private"));
        o.println("wrote " + String.join(", ", targets.stream().map(Path::toString).toList()));
        o.flush();
    }

    /** Prints step timings to standard error when asked. */
    private static final class Timer {
        private final boolean on;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;

        Timer(boolean on, PrintWriter err) {
            this.on = on;
            this.err = err;
        }

        synchronized void step(String name, long nanos) {
            if (on) {
                err.println(String.format(Locale.ROOT, "  %-26s %7.3f s", name, nanos / 1e9));
                err.flush();
            }
        }

        synchronized void lap(String phase) {
            long now = System.nanoTime();
            if (on) {
                err.println(String.format(Locale.ROOT, "%-28s %7.3f s", phase, (now - last) / 1e9));
                err.flush();
            }
            last = now;
        }

        void total() {
            if (on) {
                err.println(String.format(Locale.ROOT, "%-28s %7.3f s", "total (after start-up)",
                        (System.nanoTime() - start) / 1e9));
                err.flush();
            }
        }
    }
}
