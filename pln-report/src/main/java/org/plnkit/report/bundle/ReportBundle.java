package org.plnkit.report.bundle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.core.model.Pln;
import org.plnkit.report.exchange.CheckInCalendar;
import org.plnkit.report.io.SafeNames;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.map.PlnMapRenderer;
import org.plnkit.report.reflection.ReflectionDraft;
import org.plnkit.report.reflection.ReflectionHtml;
import org.plnkit.report.workbook.AssessmentWorkbook;

/**
 * Everything a participant takes home, made in memory: the workbook, the map (PNG, SVG and its alt text), the
 * reflection draft and the JSON assessment, each under its fixed name ({@link ReportFormat#fileName()}). Nothing is
 * written to disk here, so a failure leaves no half-made folder; the same report always gives the same bytes.
 *
 * <pre>{@code
 * ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.defaults(), false);
 * for (ReportBundle.ReportFile f : ReportBundle.render(r, EnumSet.allOf(ReportFormat.class))) {
 *     Files.write(dir.resolve(f.name()), f.bytes());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportBundle {
    /** The file name of the map's short alt text (at most 250 characters), written with either picture. */
    public static final String ALT_TEXT = "map.alt.txt";
    /** The file name of the map's long description, written beside the short alt text. */
    public static final String DESCRIPTION = "map.desc.txt";

    /** One daemon thread that draws maps, so that drawings never run at the same time. */
    private static final ExecutorService DRAWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pln-map-drawer");
        t.setDaemon(true);
        return t;
    });

    private ReportBundle() {
    }

    /**
     * One file of a report.
     *
     * @param name  its name in the participant's folder
     * @param bytes its content
     */
    public record ReportFile(String name, byte[] bytes) {
        public ReportFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * The report's files for these formats, in the order workbook, PNG, SVG, alt text, reflection, JSON, calendar. The map is
     * drawn on a second thread while the workbook's sheets are built (the two spend their first run loading
     * different libraries); the bytes are the same as when made one after the other.
     */
    public static List<ReportFile> render(ParticipantReport r, Set<ReportFormat> formats) {
        return render(r, formats, DRAWER);
    }

    /** The report's files with the growth since an earlier snapshot (see the overload with a drawer). */
    public static List<ReportFile> render(ParticipantReport r, Set<ReportFormat> formats, Optional<Growth> growth) {
        return render(r, formats, DRAWER, growth);
    }

    /**
     * The report's files, with the maps drawn by {@code drawer}: {@code Runnable::run} draws them on this thread,
     * for callers that already make many reports in parallel ({@link BulkReports}). The bytes do not depend on it.
     */
    public static List<ReportFile> render(ParticipantReport r, Set<ReportFormat> formats, Executor drawer) {
        return render(r, formats, drawer, Optional.empty());
    }

    /**
     * The report's files, with a Growth sheet in the workbook and a "How my PLN grew" section in the reflection draft
     * when {@code growth} is given ({@code pln compare}, {@code pln assess --since}).
     */
    public static List<ReportFile> render(ParticipantReport r, Set<ReportFormat> formats, Executor drawer,
                                          Optional<Growth> growth) {
        MapOptions mapOptions = r.mapOptions();
        Pln pln = r.pln();
        boolean wantPng = formats.contains(ReportFormat.PNG) || formats.contains(ReportFormat.XLSX)
                || formats.contains(ReportFormat.HTML);
        boolean wantSvg = formats.contains(ReportFormat.SVG);
        // laid out once for the PNG, the SVG and both texts; one thread draws the maps one after the other, and
        // this one builds the workbook meanwhile
        Optional<PlnMapRenderer.Drawing> drawing = wantPng || wantSvg
                ? Optional.of(PlnMap.drawing(pln, mapOptions)) : Optional.empty();
        CompletableFuture<byte[]> png = wantPng
                ? CompletableFuture.supplyAsync(() -> drawing.get().png(), drawer)
                : CompletableFuture.completedFuture(null);
        CompletableFuture<byte[]> svg = wantSvg
                ? png.thenApplyAsync(ignored -> drawing.get().svg(), drawer)
                : CompletableFuture.completedFuture(null);
        List<ReportFile> out = new ArrayList<>();
        if (formats.contains(ReportFormat.XLSX)) {
            AssessmentWorkbook.MapPicture picture = new AssessmentWorkbook.MapPicture(
                    (int) Math.round(mapOptions.width() * mapOptions.scale()),
                    (int) Math.round(mapOptions.height() * mapOptions.scale()), () -> join(png));
            out.add(new ReportFile(ReportFormat.XLSX.fileName(),
                    new AssessmentWorkbook(r.taxonomy()).bytes(pln, r.assessment(), picture, growth)));
        }
        String alt = drawing.map(PlnMapRenderer.Drawing::shortAltText)
                .orElseGet(() -> PlnMap.shortAltText(pln, mapOptions));
        String description = drawing.map(PlnMapRenderer.Drawing::altText)
                .orElseGet(() -> PlnMap.altText(pln, mapOptions));
        if (formats.contains(ReportFormat.PNG)) {
            out.add(new ReportFile(ReportFormat.PNG.fileName(), join(png)));
        }
        if (wantSvg) {
            out.add(new ReportFile(ReportFormat.SVG.fileName(), join(svg)));
        }
        if (formats.contains(ReportFormat.PNG) || wantSvg) {
            out.add(new ReportFile(ALT_TEXT, (alt + "\n").getBytes(StandardCharsets.UTF_8)));
            out.add(new ReportFile(DESCRIPTION, (description + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        if (formats.contains(ReportFormat.MD) || formats.contains(ReportFormat.HTML)) {
            Optional<String> image = formats.contains(ReportFormat.PNG) ? Optional.of(ReportFormat.PNG.fileName())
                    : wantSvg ? Optional.of(ReportFormat.SVG.fileName()) : Optional.empty();
            Optional<String> workbook = formats.contains(ReportFormat.XLSX)
                    ? Optional.of(ReportFormat.XLSX.fileName()) : Optional.empty();
            String md = new ReflectionDraft(r.taxonomy()).markdown(pln, r.assessment(),
                    new ReflectionDraft.MapFigure(image, alt, description, workbook), growth);
            if (formats.contains(ReportFormat.MD)) {
                out.add(new ReportFile(ReportFormat.MD.fileName(), md.getBytes(StandardCharsets.UTF_8)));
            }
            if (formats.contains(ReportFormat.HTML)) {
                byte[] page = ReflectionHtml.bytes(image.isPresent() ? md
                        : new ReflectionDraft(r.taxonomy()).markdown(pln, r.assessment(), new ReflectionDraft
                        .MapFigure(Optional.of(ReportFormat.PNG.fileName()), alt, description, workbook), growth),
                        Optional.of(join(png)), "My personal learning network");
                out.add(new ReportFile(ReportFormat.HTML.fileName(), page));
            }
        }
        if (formats.contains(ReportFormat.JSON)) {
            out.add(new ReportFile(ReportFormat.JSON.fileName(),
                    AssessmentJson.toJson(r.assessment()).getBytes(StandardCharsets.UTF_8)));
        }
        if (formats.contains(ReportFormat.ICS)) {
            StringWriter ics = new StringWriter();
            try {
                new CheckInCalendar(r.taxonomy()).write(pln, r.assessment().asOf(), ics);
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a StringWriter does not fail
            }
            out.add(new ReportFile(ReportFormat.ICS.fileName(), ics.toString().getBytes(StandardCharsets.UTF_8)));
        }
        join(svg);
        return List.copyOf(out);
    }

    /** The result of a drawing, or its failure as it was thrown. */
    private static byte[] join(CompletableFuture<byte[]> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * The folder for a participant's report: their id made safe ({@link SafeNames}); when anonymized,
     * {@code anonymous-} and a short hash of the id, so that folders neither name the participant nor collide.
     */
    public static String folderName(Pln original, boolean anonymize) {
        String id = original.participant().id();
        if (!anonymize) {
            return SafeNames.of(id);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "anonymous-" + HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
