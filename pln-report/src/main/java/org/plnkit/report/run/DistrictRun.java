package org.plnkit.report.run;

import java.time.LocalDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.analysis.growth.CohortGrowth;
import org.plnkit.analysis.growth.CohortGrowthAnalyzer;
import org.plnkit.analysis.growth.CohortGrowthJson;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.analysis.cohort.Promotions;
import org.plnkit.report.district.DistrictInput;
import org.plnkit.report.district.DistrictWorkbook;
import org.plnkit.report.district.FileLabels;
import org.plnkit.report.district.ProblemRedactor;
import org.plnkit.report.district.SupportKey;
import org.plnkit.report.io.AtomicOutput;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;
import org.plnkit.report.workbook.kit.LongLists;

/**
 * A district's run over a cohort: read it, analyse it, and write the district's view (workbook, cohort map, JSON)
 * and, when asked, every participant's own report. What {@code pln cohort} does, for any front end.
 *
 * <pre>{@code
 * DistrictRun run = new DistrictRun(DistrictOptions.builder().asOf(LocalDate.of(2026, 11, 1)).build());
 * DistrictResult r = run.run(Path.of("lakeside-district.xlsx"), Path.of("out"), RunListener.NONE);
 * r.written();    // [out/district.xlsx, out/cohort-map.png, ...]
 * r.errors();      // errors, all listed on the workbook's Input problems sheet
 * r.rowsLeftOut(); // input rows left out (most errors leave their row out; a bad linked_to keeps it)
 * }</pre>
 *
 * <p>Front ends that show something between the steps call them one by one: {@link #read}, {@link #analyse},
 * {@link #write}, {@link #writeParticipants}. The outputs' bytes do not depend on the number of threads. People
 * are anonymized in the district outputs unless {@link DistrictOptions#showNames()}; every file is written
 * atomically ({@link AtomicOutput}).
 *
 * @since 0.1.0
 */
public final class DistrictRun {
    /** The district workbook. */
    public static final String WORKBOOK = "district.xlsx";
    /** The cohort map as a picture. */
    public static final String MAP_PNG = "cohort-map.png";
    /** The cohort map as a drawing. */
    public static final String MAP_SVG = "cohort-map.svg";
    /** The cohort map's alt text. */
    public static final String MAP_ALT = "cohort-map.alt.txt";
    /** The cohort analysis as JSON. */
    public static final String JSON = "cohort.json";
    /** The folder of the participants' reports. */
    public static final String PARTICIPANTS = "participants";
    /** The district files, in the order they are listed. */
    public static final List<String> FILES = List.of(WORKBOOK, MAP_PNG, MAP_SVG, MAP_ALT, JSON);

    private final DistrictOptions options;
    /** The most rows a district sheet holds; a longer list continues in a CSV file beside the workbook. */
    private final int sheetRows;
    /** The writers' classes being loaded beside the analysis ({@link WriterWarmUp}), when there are threads to spare. */
    private volatile CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);

    public DistrictRun(DistrictOptions options) {
        this(options, LongLists.ROWS_PER_SHEET);
    }

    /** With fewer rows per sheet than {@link LongLists#ROWS_PER_SHEET}, to see long lists at a small size (tests). */
    DistrictRun(DistrictOptions options, int sheetRows) {
        this.options = Objects.requireNonNull(options, "options");
        this.sheetRows = sheetRows;
    }

    public DistrictOptions options() {
        return options;
    }

    /** The district files under {@code out}, in {@link #FILES} order. */
    public static List<Path> targets(Path out) {
        return FILES.stream().map(out::resolve).toList();
    }

    /** Every file of the participants' reports under {@code out} ({@link BulkReports#targets}). */
    public List<Path> participantTargets(Cohort cohort, Path out) {
        return bulkReports().targets(cohort, out.resolve(PARTICIPANTS));
    }

    /** The title of a cohort map drawn from {@code input}: "Who relies on what: lakeside-district". */
    public static String mapTitle(Path input) {
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        return "Who relies on what: " + source.replaceAll("\\.(xlsx|xlsm)$", "");
    }

    /** Reads the cohort with the options' taxonomy, limits and strictness. */
    public CohortReading read(Path input) {
        return CohortReader.readDetailed(input, options.taxonomy(), options.limits(), options.strict());
    }

    /**
     * Analyses the cohort read.
     *
     * @param input   the input it was read from, as the outputs name it
     * @param reading a reading with a cohort ({@link #read}, or the caller's own with its problems reworded)
     * @param l       told the time of each step of the analysis
     * @throws IllegalArgumentException when the reading has no cohort
     */
    public District analyse(Path input, CohortReading reading, RunListener l) {
        Cohort cohort = reading.result().value()
                .orElseThrow(() -> new IllegalArgumentException(input + " could not be read; nothing to analyse"));
        if (options.threads() > 1 && warmUp.isDone()) {
            warmUp = WriterWarmUp.start();
        }
        AssessmentOptions ao = AssessmentOptions.defaults().withTaxonomy(options.taxonomy())
                .withSuggestions(options.suggestions());
        if (options.asOf().isPresent()) {
            ao = ao.withAsOf(options.asOf().get());
        }
        CohortOptions co = CohortOptions.defaults().withAssessment(ao).withFallbackAsOf(options.today())
                .withThreads(options.threads());
        Object once = new Object();
        CohortAnalysis analysis = new CohortAnalyzer(co).analyze(cohort, (step, nanos) -> {
            synchronized (once) {
                l.step(step, nanos);
            }
        });
        CohortLabels labels = options.showNames() ? CohortLabels.shown(analysis) : CohortLabels.anonymous(analysis);
        String asOf = options.asOf().map(Object::toString)
                .orElse("each participant's as_of (" + options.today() + " where none was given)");
        return new District(input, reading, analysis, labels, ProblemRedactor.of(cohort, labels, options.taxonomy()), asOf,
                options);
    }

    /**
     * Analyses a cohort made or read elsewhere (no problems, no row counts), e.g. to draw only its map.
     *
     * @param input the input it came from, as the outputs name it
     */
    public District analyse(Path input, Cohort cohort) {
        return analyse(input, new CohortReading(ReadResult.of(cohort, List.of()), Optional.empty(), List.of()),
                RunListener.NONE);
    }

    /**
     * The cohort map's options for {@code d}: its title ({@link #mapTitle}), its date and its discs; size, scale and
     * theme can still be set. The date is the one the participants were assessed as of, in the Overview's words: the
     * {@code asOf} option, else the range of the participants' as_of, and {@code today} for those without one
     * ("2026-09-02 to 2026-10-28 (2026-12-03 where none was given)"; one date when they agree).
     */
    public CohortMapOptions.Builder mapOptions(District d) {
        return CohortMapOptions.builder(mapTitle(d.input()), options.asOf().map(LocalDate::toString)
                .orElse(assessedAsOf(d.cohort(), options.today()))).groupBy(options.groupBy());
    }

    /**
     * The dates a cohort's participants are assessed as of, without an {@code asOf} option: the earliest to the latest
     * as_of given (one date when they agree), and {@code today} for participants without one, as the Overview says it.
     */
    static String assessedAsOf(Cohort cohort, LocalDate today) {
        LocalDate first = null;
        LocalDate last = null;
        boolean missing = false;
        for (Pln pln : cohort.plns()) {
            java.util.Optional<LocalDate> given = pln.participant().asOf();
            if (given.isEmpty()) {
                missing = true;
                continue;
            }
            LocalDate d = given.get();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        if (first == null) {
            return today.toString();
        }
        String range = first.equals(last) ? first.toString() : first + " to " + last;
        return missing ? range + " (" + today + " where none was given)" : range;
    }

    /**
     * Writes the district files into {@code out} (made if missing): the workbook on this thread, the map and the
     * JSON beside it when there is more than one thread. A list longer than a sheet holds ({@link LongLists}, e.g. the
     * participants of a state-wide cohort) continues in a CSV file beside the workbook, named on its sheet.
     *
     * @return the files written, in {@link #FILES} order, then the long lists' CSV files
     * @throws java.nio.file.FileAlreadyExistsException when a file exists and the options do not overwrite
     */
    public List<Path> write(District d, Path out, RunListener l) throws IOException {
        return write(d, Optional.empty(), out, l);
    }

    /**
     * Compares an earlier wave of the cohort with the one analysed ({@code pln cohort WAVE2 --before WAVE1}):
     * participants paired by id, each pair compared as of its own dates ({@link CohortGrowthAnalyzer}, with the
     * analysis' threads and seed).
     */
    public CohortGrowth compareWaves(Cohort before, District after, RunListener l) {
        long t0 = System.nanoTime();
        CohortGrowth g = new CohortGrowthAnalyzer(after.analysis().options()).analyze(before, after.cohort());
        l.step("growth since wave 1", System.nanoTime() - t0);
        return g;
    }

    /**
     * As {@link #write(District, Path, RunListener)}, with the growth since an earlier wave when given: the district
     * workbook gets the sheets Growth overview and Growth, and {@code cohort.json} a {@code growth} section.
     */
    public List<Path> write(District d, Optional<CohortGrowth> growth, Path out, RunListener l) throws IOException {
        warmUp.join();   // it draws a map: drawings never overlap
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>(targets(out));
        CohortAnalysis analysis = d.analysis();
        CohortLabels labels = d.labels();
        UnaryOperator<String> redact = d.redact();
        String source = d.input().toString();
        DistrictInput read = new DistrictInput(source, d.asOf(), d.problems(), d.reading().counts(), redact)
                .withHints(options.hints());
        // --resources: the district workbook lists the directory's entries nobody uses yet
        DistrictInput in = options.resourcesFile().map(f -> read.withDirectory(new DistrictInput.Directory(f.file(),
                f.entries().size(), Promotions.unusedDirectoryEntries(f.entries(), d.cohort())))).orElse(read);
        // cohort.json accounts for every row too, named as on the Input problems sheet
        FileLabels jsonFiles = d.fileLabels(labels.anonymized());
        CohortJson.Input jsonInput = new CohortJson.Input(source, d.reading().counts(), d.problems(),
                Redaction.then(redact, jsonFiles::text));
        CohortMapOptions mo = mapOptions(d).build();
        Object once = new Object();
        boolean overwrite = options.overwrite();
        Runnable map = () -> {
            try {
                long t0 = System.nanoTime();
                CohortMap.Drawing drawing = CohortMap.drawing(analysis, labels, mo); // worked out once for all three
                AtomicOutput.writeInside(out, out.resolve(MAP_PNG), overwrite, o -> drawing.render(Format.PNG, o));
                AtomicOutput.writeInside(out, out.resolve(MAP_SVG), overwrite, o -> drawing.render(Format.SVG, o));
                AtomicOutput.writeInside(out, out.resolve(MAP_ALT), overwrite,
                        (drawing.altText() + "\n").getBytes(StandardCharsets.UTF_8));
                step(l, once, "map (png, svg, alt text)", t0);
                t0 = System.nanoTime();
                AtomicOutput.writeInside(out, out.resolve(JSON), overwrite, o -> CohortJson.write(analysis, labels, jsonInput,
                        growth.map(g -> List.of(CohortGrowthJson.section(g, labels::participant, labels.anonymized(),
                                analysis.options().seed()))).orElse(List.of()), o));
                step(l, once, "json", t0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        ExecutorService pool = options.threads() > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pln-cohort-map");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            CompletableFuture<Void> mapDone = pool == null ? null : CompletableFuture.runAsync(map, pool);
            long t0 = System.nanoTime();
            LongLists lists = new LongLists(WORKBOOK.replace(".xlsx", ""), sheetRows);
            List<LongLists.Spill> spills = new ArrayList<>();
            try {
                AtomicOutput.writeInside(out, out.resolve(WORKBOOK), overwrite, o -> spills.addAll(
                        new DistrictWorkbook().write(analysis, labels, in, growth.map(g -> new DistrictWorkbook.Waves(
                                g, analysis.options().seed())), lists, o)));
                for (LongLists.Spill s : spills) {
                    AtomicOutput.writeInside(out, out.resolve(s.fileName()), overwrite, s.csv());
                    written.add(out.resolve(s.fileName()));
                }
            } catch (IOException | RuntimeException | Error e) {
                // the map and the JSON are being written beside it: let them finish (or fail) first, so that no file
                // appears after the run has said it failed
                finish(mapDone, e);
                throw e;
            }
            step(l, once, "workbook", t0);
            if (mapDone == null) {
                map.run();
            } else {
                mapDone.join();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return List.copyOf(written);
    }

    /**
     * Writes who is who on the workbook's Needs support sheet ({@link SupportKey}) into {@code file}. It names people:
     * only on request, kept apart from the workbook.
     */
    public void writeSupportKey(District d, Path file) throws IOException {
        AtomicOutput.write(file, options.overwrite(), o -> SupportKey.write(d.analysis(), d.labels(), o));
    }

    /** Waits for a task running beside a step that failed; its own failure is kept with the first one. */
    private static void finish(CompletableFuture<Void> task, Throwable first) {
        if (task == null) {
            return;
        }
        try {
            task.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            first.addSuppressed(e.getCause() == null ? e : e.getCause());
        }
    }

    private static void step(RunListener l, Object once, String step, long t0) {
        long nanos = System.nanoTime() - t0;
        synchronized (once) {
            l.step(step, nanos);
        }
    }

    /**
     * Writes every participant's report into {@code out/participants/} ({@link BulkReports}), each participant's
     * plan naming what their peers use ({@link CohortAnalysis#participantOptions}).
     */
    public BulkReports.Summary writeParticipants(District d, Path out, BulkReports.Listener l) throws IOException {
        return bulkReports().write(d.cohort(), d.analysis()::participantOptions, out.resolve(PARTICIPANTS), l);
    }

    /**
     * As {@link #writeParticipants(District, Path, BulkReports.Listener)}, each report with the growth since the
     * participant's snapshot in the earlier wave {@code before} (paired by participant id), when there is one.
     */
    public BulkReports.Summary writeParticipants(District d, Cohort before, Path out, BulkReports.Listener l)
            throws IOException {
        Map<String, Pln> earlier = new HashMap<>();
        for (Pln p : before.plns()) {
            earlier.put(IdentityKeys.sharedId(p.participant().id()), p);
        }
        return bulkReports().write(d.cohort(), d.analysis()::participantOptions,
                pln -> Optional.ofNullable(earlier.get(IdentityKeys.sharedId(pln.participant().id()))),
                out.resolve(PARTICIPANTS), l);
    }

    /** The bulk reports as the options ask for them. */
    public BulkReports bulkReports() {
        return new BulkReports(new BulkReports.Options(options.reportFormats(), options.anonymize(),
                options.threads(), options.overwrite()));
    }

    /**
     * The whole run: read, analyse, write the district files and, when the options ask, the participants'
     * reports. Nothing is written when nothing could be read (or with {@code strict}, when the input has errors).
     *
     * @throws FileAlreadyExistsException naming the first output that exists, before anything is written, unless
     *                                    the options overwrite
     * @throws NotDirectoryException      when {@code out} is a file
     * @throws IOException                when a district file cannot be written (a participant's report that
     *                                    cannot be written is a failed outcome, not an exception)
     */
    public DistrictResult run(Path input, Path out, RunListener l) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NotDirectoryException(out.toString());
        }
        List<Path> targets = new ArrayList<>(targets(out));
        refuseExisting(targets);
        CohortReading reading = read(input);
        if (reading.result().value().isEmpty()) {
            return new DistrictResult(reading, Optional.empty(), List.of(), Optional.empty());
        }
        if (options.perParticipant()) {
            refuseExisting(participantTargets(reading.result().value().get(), out));
        }
        District d = analyse(input, reading, l);
        List<Path> written = write(d, out, l);
        Optional<BulkReports.Summary> participants = options.perParticipant()
                ? Optional.of(writeParticipants(d, out, l)) : Optional.empty();
        return new DistrictResult(reading, Optional.of(d), written, participants);
    }

    private void refuseExisting(List<Path> targets) throws FileAlreadyExistsException {
        if (options.overwrite()) {
            return;
        }
        for (Path t : targets) {
            if (Files.exists(t)) {
                throw new FileAlreadyExistsException(t.toString(), null, "already exists; replace it with overwrite");
            }
        }
    }
}
