package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CommunityProfiles;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.analysis.growth.CohortGrowth;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReading;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.run.District;
import org.plnkit.report.run.DistrictOptions;
import org.plnkit.report.run.DistrictRun;
import org.plnkit.report.run.RunListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pln cohort INPUT --out DIR}: the district's view of a cohort — the district workbook, the cohort map and the
 * cohort analysis as JSON. The work is {@link DistrictRun}'s; this command reads the options, reports progress and
 * sums up.
 *
 * <p>With {@code --per-participant} it then writes every participant's own report ({@link BulkReports}) on the same
 * {@link CohortAnalysis}: each participant's plan names what their peers use.
 */
@Command(name = "cohort", sortOptions = false,
        resourceBundle = "org.plnkit.cli.cohort",
        exitCodeList = {"0:the outputs were written; the input had no errors",
                "1:the input has errors (the outputs were still written, without those rows, unless --strict"
                        + " or nothing could be read), or some participants' reports failed (the others were"
                        + " written)",
                "2:usage error, or an output exists (use --force)", "3:the tool failed"})
final class CohortCommand extends Subcommand {
    @Parameters(paramLabel = "INPUT",
            description = "A cohort workbook (.xlsx) or a folder of CSV or participant files.")
    Path input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to write into (made if missing).")
    Path out;

    @Option(names = "--before", paramLabel = "WAVE1",
            description = "An earlier wave of the same cohort (any input form): adds the sheets Growth overview and"
                    + " Growth to " + DistrictRun.WORKBOOK + ", a growth section to " + DistrictRun.JSON + ", and the"
                    + " growth to each --per-participant report. Participants are paired by id; those in one wave"
                    + " only are listed (docs/growth.md).")
    Path before;

    @Option(names = "--per-participant",
            description = "Also write every participant's own report into DIR/participants/ (see above).")
    boolean perParticipant;

    @Mixin
    ReportFormatsOption formats;

    @Mixin
    NamesOption names;

    @Mixin
    AsOfOption asOf;

    @Mixin
    InputOptions readOptions;

    @Mixin
    ResourcesOption resources;

    @Option(names = "--strict", description = "Any error in the input stops the run; nothing is written.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to use (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--group-by", paramLabel = "WHAT", defaultValue = "school", converter = GroupBy.class,
            completionCandidates = GroupBy.class,
            description = "The cohort map's discs: school (dots coloured by community, the default) or community"
                    + " (dots coloured by school).")
    CohortMapOptions.GroupBy groupBy;

    /** The discs of the cohort map: {@code school} or {@code community}. */
    static final class GroupBy extends Choice<CohortMapOptions.GroupBy> {}

    @Mixin
    ForceOption force;

    @Option(names = "--timings", description = "Print how long each step took (to standard error).")
    boolean timings;

    @Option(names = "--support-key", paramLabel = "FILE", description = {"Also write who is who on the workbook's "
            + "Needs support sheet (CSV: rank, label, participant id, name, school). It names people: keep it "
            + "private, apart from the workbook."})
    Path supportKey;

    /** Failed or skipped participants listed by name in the summary; the index lists all. */
    private static final int LISTED = 20;

    /** Whether progress goes to a terminal as a bar (else plain lines); a field so that tests can fix it. */
    boolean interactive = System.console() != null;

    /** Today, for participants without as_of; a field so that tests can fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    int run(CommandLine cl) throws Exception {
        PrintWriter err = cl.getErr();
        PrintWriter stdout = cl.getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > DistrictOptions.MAX_THREADS) {
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and "
                    + DistrictOptions.MAX_THREADS);
        }
        Taxonomy tax = readOptions.taxonomy(cl);
        org.plnkit.analysis.plan.ResourceDirectory directory = resources.load(cl, tax);
        if (Inputs.isParticipantFile(input)) {
            throw new FileUsageError(cl, input + " is one participant's file; pln cohort reads a cohort"
                    + " (.xlsx workbook, or a folder of CSV or participant files). For one PLN, use pln map.");
        }
        List<Path> targets = DistrictRun.targets(out);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new FileUsageError(cl, out + " is a file, not a folder");
        }
        Set<ReportFormat> files = formats.formats(cl, perParticipant,
                "--formats chooses the files of --per-participant");
        force.checkNew(cl, supportKey == null ? targets : java.util.stream.Stream.concat(targets.stream(),
                java.util.stream.Stream.of(supportKey)).toList());
        DistrictOptions.Builder districtOptions = DistrictOptions.builder().taxonomy(tax).limits(readOptions.limits())
                .strict(strict).asOf(asOf.asOf).today(LocalDate.now(clock)).threads(n).groupBy(groupBy)
                .showNames(names.showNames()).anonymize(names.anonymize()).perParticipant(perParticipant)
                .reportFormats(files).overwrite(force.force()).suggestions(directory).hints(OptionHints.district(input));
        if (resources.file != null) {   // the district workbook lists the entries nobody uses yet
            districtOptions.resourcesFile(resources.file.toString(), resources.ownEntries());
        }
        DistrictRun run = new DistrictRun(districtOptions.build());
        Timer timer = new Timer(timings, err);

        // read (the earlier wave, when given, at the same time on another thread)
        java.util.concurrent.CompletableFuture<CohortReading> wave1Reading = null;
        java.util.concurrent.ExecutorService wave1Thread = null;
        if (before != null) {
            wave1Thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pln-read-wave-1");
                t.setDaemon(true);
                return t;
            });
            wave1Reading = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> readOptions.readCohort(before, tax, strict), wave1Thread);
            wave1Thread.shutdown();
        }
        CohortReading reading = readOptions.readCohort(input, tax, strict);
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
        if (perParticipant) {
            force.checkNew(cl, run.participantTargets(reading.result().value().get(), out));
        }

        // the earlier wave, when given: read it all before anything is written
        if (before != null) {
            CohortReading r1;
            try {
                r1 = wave1Reading.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
            timer.lap("read wave 1 (the rest)");
            List<Problem> p1 = r1.result().problems();
            long e1 = p1.stream().filter(Problem::isError).count();
            if (r1.result().value().isEmpty()) {
                p1.stream().limit(30).forEach(err::println);
                err.println("pln cohort: " + before + " (--before) " + (strict && e1 > 0 ? "has errors and --strict"
                        + " was given" : "could not be read") + "; nothing was written.");
                err.flush();
                return PlnCommand.INVALID_INPUT;
            }
            if (e1 > 0) {
                err.println("pln cohort: " + before + " (--before) has " + ValidateCommand.plural(e1, "error")
                        + "; its rows with errors are left out of the comparison (pln validate " + before
                        + " lists them)");
                err.flush();
            }
            wave1 = r1.result().value();
        }

        // analyse
        District district = run.analyse(input, reading, timer);
        timer.lap("analyse");
        Optional<CohortGrowth> growth = wave1.map(w -> run.compareWaves(w, district, timer));
        if (growth.isPresent()) {
            timer.lap("growth");
        }
        if (errors > 0) {
            // as written, to be fixed; with --anonymize, as the Input problems sheet shows them
            district.problemLines(problems.stream().filter(Problem::isError).limit(10).toList())
                    .forEach(err::println);
            if (errors > 10) {
                err.println("... and " + (errors - 10) + " more errors: every problem is on the Input problems sheet");
            }
            err.flush();
        }

        // write
        // with any long list's CSV file beside the workbook (#17)
        List<Path> written = run.write(district, growth, out, timer);
        if (supportKey != null) {
            run.writeSupportKey(district, supportKey);
        }
        timer.lap("write");
        summary(stdout, district.analysis(), district.labels(), errors, warnings, district.rowsLeftOut(), written);
        growth.ifPresent(g -> growthSummary(stdout, g));
        int failed = 0;
        if (perParticipant) {
            failed = participantReports(cl, run, district);
            timer.lap("participant reports");
        }
        timer.total();
        return failed > 0 || errors > 0 ? PlnCommand.INVALID_INPUT : 0;
    }

    /**
     * Every participant's report, in parallel, with progress on standard error and a summary on standard output.
     *
     * @return how many failed
     */
    private void growthSummary(PrintWriter o, CohortGrowth g) {
        CohortGrowth.Overview v = g.overview();
        o.println(String.format(Locale.ROOT, "growth since %s: %,d in both waves, %,d only in wave 1, %,d only in"
                        + " wave 2; median health change %s (95%% CI %s to %s); %d%% gained a category", before,
                g.participants().size(), g.onlyBefore().size(), g.onlyAfter().size(), signed(v.medianChange()),
                signed(v.ciLow()), signed(v.ciHigh()), Math.round(v.shareGainingCategory() * 100)));
        o.flush();
    }

    private static String signed(double d) {
        String v = d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
        return d > 0 ? "+" + v : v;
    }

    /** The earlier wave (--before), once read. */
    private Optional<Cohort> wave1 = Optional.empty();

    private int participantReports(CommandLine cl, DistrictRun run, District district) throws IOException {
        PrintWriter o = cl.getOut();
        Path dir = out.resolve(DistrictRun.PARTICIPANTS);
        BulkReports.Summary s;
        try (Progress p = Progress.of("participant reports", district.cohort().plns().size(), interactive,
                System.err, cl.getErr())) {
            s = wave1.isPresent() ? run.writeParticipants(district, wave1.get(), out, p)
                    : run.writeParticipants(district, out, p);
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
        o.println("  " + (names.anonymize() ? "people are anonymized in the participants' reports"
                : "each participant's report names their people: hand each folder only to its participant"));
        o.flush();
        return failed.size();
    }

    private void summary(PrintWriter o, CohortAnalysis a, CohortLabels labels, long errors, long warnings,
                         long rowsLeftOut, List<Path> targets) {
        o.println(String.format(Locale.ROOT, "read %,d participant%s and %,d connection%s from %s (%s, %s)",
                a.size(), a.size() == 1 ? "" : "s", a.connections(), a.connections() == 1 ? "" : "s", input,
                ValidateCommand.plural(errors, "error"), ValidateCommand.plural(warnings, "warning")));
        if (errors > 0) {
            // the written workbook by its path: "of district.xlsx" read as the input when it has that name
            o.println(String.format(Locale.ROOT, "  %,d input row%s left out", rowsLeftOut, rowsLeftOut == 1 ? " was"
                    : "s were") + "; every problem is on the Input problems sheet of "
                    + (targets.isEmpty() ? DistrictRun.WORKBOOK : targets.get(0)) + " (or run pln validate " + input
                    + ")");
        }
        int failed = a.size() - a.assessed();
        o.println(String.format(Locale.ROOT, "  assessed %,d%s; median health %d (middle half %d-%d)", a.assessed(),
                failed == 0 ? "" : " (" + failed + " could not be)", a.health().overall().median(),
                a.health().overall().lowerQuartile(), a.health().overall().upperQuartile()));
        o.println(String.format(Locale.ROOT, "  %,d %s; %s"
                        + " (modularity %.2f); %,d keystone%s; %,d participant%s share%s nothing with anyone",
                a.graph().nodeCount(), a.graph().nodeCount() == 1 ? "shared organization, resource or person"
                        : "shared organizations, resources and people", CommunityProfiles.countText(a), a.modularity(), a.keystones().size(), a.keystones().size() == 1 ? "" : "s", a.isolated().size(),
                a.isolated().size() == 1 ? "" : "s", a.isolated().size() == 1 ? "s" : ""));
        List<String> top = new ArrayList<>();
        for (SharedResource r : a.sharedResources()) {
            if (r.kind() != Kind.PERSON && top.size() < 3) {
                top.add(String.format(Locale.ROOT, "%s (%,d)", labels.node(r.node()), r.participants()));
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
    private static final class Timer implements RunListener {
        private final boolean on;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;

        Timer(boolean on, PrintWriter err) {
            this.on = on;
            this.err = err;
        }

        @Override
        public synchronized void step(String name, long nanos) {
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
