package org.plnkit.report.bundle;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.report.exchange.CsvSafety;
import org.plnkit.report.io.AtomicOutput;

/**
 * Every participant's report of a cohort, written in bulk: one folder per participant with the files of
 * {@link ReportBundle}, made in parallel, and an index of who is in which folder and what happened.
 *
 * <pre>{@code
 * CohortAnalysis analysis = new CohortAnalyzer(options).analyze(cohort);
 * BulkReports.Summary s = new BulkReports(BulkReports.Options.defaults().withThreads(4))
 *         .write(cohort, analysis::participantOptions, Path.of("out/participants"), BulkReports.Listener.NONE);
 * s.written();   // 998
 * s.failed();    // [Outcome[position=41, id=..., status=FAILED, reason=...], ...]
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li>A failure for one participant (an exception while assessing, drawing or writing) is recorded as that
 *       participant's outcome; every other participant is still written. Only an {@link Error} such as running
 *       out of memory stops the run.</li>
 *   <li>Each file is written atomically ({@link AtomicOutput}); a participant's files are all made in memory
 *       before the first is written.</li>
 *   <li>The bytes of every file, the folder names and the index do not depend on the number of threads or on
 *       which participant finishes first.</li>
 *   <li>Folder names are safe on every system and distinct even where file systems ignore case; when anonymized
 *       they come from a hash of the participant's id, and so tell nothing of who it is.</li>
 *   <li>A participant without any connection gets no report (there is nothing to show) and is counted as
 *       skipped, with the reason.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class BulkReports {
    /** The index of the participant folders, in the output folder. */
    public static final String INDEX = "index.csv";

    private final Options options;

    public BulkReports(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * How to write the reports.
     *
     * @param formats   the files each participant gets ({@link ReportFormat})
     * @param anonymize remove people's names (and the participant's own) from every report
     * @param threads   how many participants' reports are made at once (their files are written beside, each
     *                  forced to the disk, by as many threads again)
     * @param overwrite replace files that exist
     */
    public record Options(Set<ReportFormat> formats, boolean anonymize, int threads, boolean overwrite) {
        public Options {
            // checked before EnumSet.copyOf, which cannot copy an empty set that is not an EnumSet
            if (Objects.requireNonNull(formats, "formats").isEmpty()) {
                throw new IllegalArgumentException("at least one format is needed");
            }
            formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /** Every format, named, one thread per processor, no overwriting. */
        public static Options defaults() {
            return new Options(EnumSet.allOf(ReportFormat.class), false, Runtime.getRuntime().availableProcessors(),
                    false);
        }

        public Options withFormats(Set<ReportFormat> f) {
            return new Options(f, anonymize, threads, overwrite);
        }

        public Options withAnonymize(boolean a) {
            return new Options(formats, a, threads, overwrite);
        }

        public Options withThreads(int n) {
            return new Options(formats, anonymize, n, overwrite);
        }

        public Options withOverwrite(boolean o) {
            return new Options(formats, anonymize, threads, o);
        }
    }

    /** What happened to one participant's report. */
    public enum Status {
        WRITTEN, SKIPPED, FAILED;

        /** The word in the index: {@code written}, {@code skipped}, {@code failed}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One participant's outcome.
     *
     * @param position the participant's position in the cohort, from 0
     * @param id       the participant's id
     * @param folder   the folder name (under the output folder) their files are, or would have been, in
     * @param status   written, skipped or failed
     * @param reason   why it was skipped or failed; empty when written
     */
    public record Outcome(int position, String id, String folder, Status status, String reason) {
        public Outcome {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * All outcomes, in the cohort's order, and how to show them.
     *
     * @param outcomes   one per participant
     * @param anonymized whether the reports were anonymized: then {@link #who} and {@link #reason} name no one
     */
    public record Summary(List<Outcome> outcomes, boolean anonymized) {
        public Summary {
            outcomes = List.copyOf(outcomes);
        }

        /**
         * The participant as the index and the summary show them: their id, or when anonymized their position as
         * the district workbook labels it ("Participant 07").
         */
        public String who(Outcome o) {
            if (!anonymized) {
                return o.id();
            }
            int width = Integer.toString(Math.max(1, outcomes.size())).length();   // as CohortLabels
            return "Participant " + String.format(Locale.ROOT, "%0" + width + "d", o.position() + 1);
        }

        /** The reason as shown: when anonymized, without the participant's id (paths hold the anonymous folder). */
        public String reason(Outcome o) {
            return anonymized && !o.id().isBlank() ? o.reason().replace(o.id(), "(participant)") : o.reason();
        }

        public int written() {
            return count(Status.WRITTEN);
        }

        public List<Outcome> skipped() {
            return outcomes.stream().filter(o -> o.status() == Status.SKIPPED).toList();
        }

        public List<Outcome> failed() {
            return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
        }

        private int count(Status s) {
            return (int) outcomes.stream().filter(o -> o.status() == s).count();
        }
    }

    /** Told of each participant as they finish, from the worker threads (one call at a time). */
    @FunctionalInterface
    public interface Listener {
        /** A listener that does nothing. */
        Listener NONE = (outcome, done, total) -> { };

        /**
         * @param outcome what happened to this participant
         * @param done    how many are finished, this one included
         * @param total   how many there are
         */
        void finished(Outcome outcome, int done, int total);
    }

    /**
     * The folder name of each participant, in the cohort's order: {@link ReportBundle#folderName} made distinct.
     * Two participants whose names would clash (the same letters in another case, or the same short hash) get
     * {@code -2}, {@code -3}… in the cohort's order.
     */
    public static List<String> folderNames(Cohort cohort, boolean anonymize) {
        return folderNames(cohort.plns(), anonymize);
    }

    /**
     * The folder name of each PLN, in the list's order, by the rule of {@link #folderNames(Cohort, boolean)}: the
     * one rule for every front end that writes a folder per participant, so that {@code Maria} and {@code maria}
     * never share a folder where file systems ignore case.
     */
    public static List<String> folderNames(List<Pln> plns, boolean anonymize) {
        List<String> names = new ArrayList<>(plns.size());
        Map<String, Integer> seen = new HashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Pln p : plns) {
            taken.add(ReportBundle.folderName(p, anonymize).toLowerCase(Locale.ROOT));
        }
        for (Pln p : plns) {
            String base = ReportBundle.folderName(p, anonymize);
            String key = base.toLowerCase(Locale.ROOT);
            int n = seen.merge(key, 1, Integer::sum);
            String name = base;
            if (n > 1) {
                int k = n;
                do {
                    name = base + "-" + k++;
                } while (taken.contains(name.toLowerCase(Locale.ROOT)));
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            names.add(name);
        }
        return names;
    }

    /** Every file this would write under {@code dir}, for checking what exists beforehand. */
    public List<Path> targets(Cohort cohort, Path dir) {
        List<Path> out = new ArrayList<>();
        List<String> folders = folderNames(cohort, options.anonymize());
        for (int i = 0; i < folders.size(); i++) {
            if (!cohort.plns().get(i).connections().isEmpty()) {
                for (String f : fileNames(options.formats())) {
                    out.add(dir.resolve(folders.get(i)).resolve(f));
                }
            }
        }
        out.add(dir.resolve(INDEX));
        return out;
    }

    /** The file names a report of these formats has, in the order they are written. */
    public static List<String> fileNames(Set<ReportFormat> formats) {
        List<String> names = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (formats.contains(f)) {
                names.add(f.fileName());
            }
            if (f == ReportFormat.SVG && (formats.contains(ReportFormat.PNG) || formats.contains(ReportFormat.SVG))) {
                names.add(ReportBundle.ALT_TEXT);
                names.add(ReportBundle.DESCRIPTION);
            }
        }
        return names;
    }

    /**
     * Writes every participant's report into {@code dir/<folder>/} and the index into {@code dir/index.csv}.
     *
     * @param cohort  the participants
     * @param options each participant's assessment options (for a cohort: {@code analysis::participantOptions},
     *                which brings the peer recommendations); called with the PLN as read
     * @param dir     the output folder (made if missing)
     * @param l       told of each participant as they finish
     * @return what happened to each participant
     * @throws IOException when the index cannot be written
     */
    public Summary write(Cohort cohort, Function<Pln, AssessmentOptions> options, Path dir, Listener l)
            throws IOException {
        return write(cohort, options, pln -> Optional.empty(), dir, l);
    }

    /**
     * As {@link #write(Cohort, Function, Path, Listener)}, each report with the growth since the participant's
     * earlier snapshot when {@code earlier} gives one with an {@code as_of} ({@link GrowthReport}: a Growth sheet,
     * "How my PLN grew", the growth map and growth.json).
     */
    public Summary write(Cohort cohort, Function<Pln, AssessmentOptions> options, Function<Pln, Optional<Pln>> earlier,
                         Path dir, Listener l) throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(l, "l");
        List<Pln> plns = cohort.plns();
        List<String> folders = folderNames(cohort, this.options.anonymize());
        Files.createDirectories(dir);
        Outcome[] outcomes = new Outcome[plns.size()];
        AtomicInteger done = new AtomicInteger();
        Object tell = new Object();
        // as many reports made at once as threads asked for; each one's files are written after it gives back its
        // permit, on a pool twice as large, so that a thread waiting for the disk (every file is forced to it) does
        // not leave a core idle (issue 17: two report threads, each waiting for its files, used 1.7-1.85 of 2 cores)
        Semaphore making = new Semaphore(this.options.threads());
        // a task's own errors reach its Future; an Error thrown by the pool's machinery around it (seen with a tiny
        // heap: out of memory while a worker took its next task) kills the worker and leaves that task's Future
        // waiting for ever, so such an error is kept here and ends the wait below
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * this.options.threads(), r -> {
            Thread t = new Thread(r, "pln-participant-report");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> escaped.compareAndSet(null, e));
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(plns.size());
            for (int i = 0; i < plns.size(); i++) {
                int at = i;
                futures.add(pool.submit(() -> {
                    Outcome o = one(at, plns.get(at), folders.get(at), options, earlier, dir, making);
                    outcomes[at] = o;
                    synchronized (tell) {
                        l.finished(o, done.incrementAndGet(), plns.size());
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    await(f, escaped);
                } catch (java.util.concurrent.ExecutionException e) {
                    // one() catches exceptions; what arrives here is an Error (out of memory), or a listener's
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the participant reports", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Summary s = new Summary(List.of(outcomes), this.options.anonymize());
        AtomicOutput.writeInside(dir, dir.resolve(INDEX), this.options.overwrite(), out -> writeIndex(s, out));
        return s;
    }

    /**
     * Waits for a task; ends with the error that killed one of the pool's threads, if one did while waiting (the task
     * may be lost with it), as an {@link java.util.concurrent.ExecutionException} like the task's own errors.
     */
    static void await(Future<?> f, AtomicReference<Throwable> escaped)
            throws java.util.concurrent.ExecutionException, InterruptedException {
        while (true) {
            try {
                f.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                Throwable t = escaped.get();
                if (t != null) {
                    throw new java.util.concurrent.ExecutionException(t);
                }
            }
        }
    }

    /**
     * One participant: assess, render in memory (holding one of {@code making}'s permits), then write each file
     * atomically.
     */
    private Outcome one(int at, Pln pln, String folder, Function<Pln, AssessmentOptions> options,
                        Function<Pln, Optional<Pln>> earlier, Path dir, Semaphore making) {
        String id = pln.participant().id();
        if (pln.connections().isEmpty()) {
            return new Outcome(at, id, folder, Status.SKIPPED, "no connections to report on");
        }
        try {
            List<ReportBundle.ReportFile> files;
            making.acquireUninterruptibly();
            try {
                AssessmentOptions o = options.apply(pln);
                // an anonymized PLN has another id: suggestions are still asked for the participant as read
                SuggestionSource given = o.suggestions();
                if (this.options.anonymize() && given != SuggestionSource.NONE) {
                    o = o.withSuggestions((need, ignored, limit) -> given.suggest(need, pln, limit));
                }
                Optional<Pln> was = earlier.apply(pln).filter(b -> b.participant().asOf().isPresent());
                files = was.isPresent()
                        ? GrowthReport.of(was.get(), pln, o, this.options.anonymize()).render(this.options.formats(),
                                Runnable::run)
                        : ReportBundle.render(ParticipantReport.of(pln, o, this.options.anonymize()),
                                this.options.formats(), Runnable::run);
            } finally {
                making.release();   // writing the files waits for the disk: another report may use the core
            }
            Path into = dir.resolve(folder);
            if (Files.exists(into) && !Files.isDirectory(into)) {
                throw new IOException(into + " is a file, not a folder");
            }
            for (ReportBundle.ReportFile f : files) {
                AtomicOutput.writeInside(dir, into.resolve(f.name()), this.options.overwrite(),
                        out -> out.write(f.bytes()));
            }
            return new Outcome(at, id, folder, Status.WRITTEN, "");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Outcome(at, id, folder, Status.FAILED, reason(e));
        }
    }

    private static String reason(Throwable e) {
        String m = Optional.ofNullable(e.getMessage()).filter(s -> !s.isBlank()).orElse("");
        if (e instanceof org.plnkit.report.io.WriteFailure w) {
            return w.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " already exists and is not replaced";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "cannot write " + a.getFile() + " (permission denied)";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return "cannot write " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        if (e instanceof StackOverflowError) {
            return "the PLN is too deeply linked to draw";
        }
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    private static void writeIndex(Summary s, java.io.OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        try (SequenceWriter sw = new CsvMapper().writer(schema).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(w)) {
            sw.write(new String[] {"participant", "folder", "status", "reason"});
            for (Outcome o : s.outcomes()) {
                sw.write(new String[] {CsvSafety.guard(s.who(o)), o.folder(), o.status().word(),
                        CsvSafety.guard(s.reason(o))});
            }
        }
    }
}
