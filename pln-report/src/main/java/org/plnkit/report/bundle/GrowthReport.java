package org.plnkit.report.bundle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.growth.GrowthComparer;
import org.plnkit.analysis.growth.GrowthJson;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.ReportBundle.ReportFile;
import org.plnkit.report.growth.GrowthAnonymizer;
import org.plnkit.report.growth.GrowthMap;
import org.plnkit.report.map.Format;

/**
 * A participant's report with their growth since an earlier snapshot: the usual files of AFTER (its workbook gets a
 * Growth sheet, its reflection draft a "How my PLN grew" section) and the growth map ({@value #MAP_PNG},
 * {@value #MAP_SVG}, {@value #MAP_ALT}) and {@value #JSON}. Anonymized, both snapshots are anonymized alike
 * ({@link GrowthAnonymizer}) before they are compared, so that no output names a person.
 *
 * <pre>{@code
 * GrowthReport r = GrowthReport.of(before, after, AssessmentOptions.defaults(), false);
 * for (ReportBundle.ReportFile f : r.render(EnumSet.allOf(ReportFormat.class))) {
 *     Files.write(dir.resolve(f.name()), f.bytes());
 * }
 * }</pre>
 *
 * @param before the earlier snapshot as shown
 * @param after  the later snapshot's report (as shown)
 * @param growth the comparison of the two as shown
 *
 * @since 0.1.0
 */
public record GrowthReport(Pln before, ParticipantReport after, Growth growth) {
    public static final String MAP_PNG = "growth-map.png";
    public static final String MAP_SVG = "growth-map.svg";
    public static final String MAP_ALT = "growth-map.alt.txt";
    public static final String JSON = "growth.json";

    public GrowthReport {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(growth, "growth");
    }

    /**
     * Compares BEFORE (as of its own {@code as_of}) with AFTER (as of {@code options}' date, else its own).
     *
     * @throws IllegalArgumentException when BEFORE has no {@code as_of}, or AFTER has none and no date is given
     */
    public static GrowthReport of(Pln before, Pln after, AssessmentOptions options, boolean anonymize) {
        LocalDate beforeDate = before.participant().asOf().orElseThrow(() -> new IllegalArgumentException(
                "the earlier snapshot of " + before.participant().displayName() + " has no as_of date: set as_of in"
                        + " its participant file"));
        LocalDate afterDate = options.asOfFor(after);
        Pln b = before;
        Pln a = after;
        if (anonymize) {
            GrowthAnonymizer.Pair p = GrowthAnonymizer.anonymize(before, after, options.taxonomy());
            b = p.before();
            a = p.after();
        }
        Growth g = new GrowthComparer(options).compare(b, beforeDate, a, afterDate);
        return new GrowthReport(b, new ParticipantReport(a, g.after(), options.taxonomy(), anonymize), g);
    }

    /** What the growth map shows. */
    public GrowthMap.View view() {
        return new GrowthMap.View(before, after.pln(), growth, after.taxonomy());
    }

    /** The files: AFTER's report with the growth in it, then the growth map and the growth JSON. */
    public List<ReportFile> render(Set<ReportFormat> formats) {
        List<ReportFile> out = new ArrayList<>(ReportBundle.render(after, formats, Optional.of(growth)));
        out.addAll(extras(formats));
        return List.copyOf(out);
    }

    /** The files, with AFTER's map drawn by {@code drawer} (see {@link ReportBundle#render}). */
    public List<ReportFile> render(Set<ReportFormat> formats, Executor drawer) {
        List<ReportFile> out = new ArrayList<>(ReportBundle.render(after, formats, drawer, Optional.of(growth)));
        out.addAll(extras(formats));
        return List.copyOf(out);
    }

    /** The names of the files {@link #extras} makes for these formats. */
    public static List<String> extraNames(Set<ReportFormat> formats) {
        List<String> out = new ArrayList<>();
        if (formats.contains(ReportFormat.PNG)) {
            out.add(MAP_PNG);
        }
        if (formats.contains(ReportFormat.SVG)) {
            out.add(MAP_SVG);
        }
        if (formats.contains(ReportFormat.PNG) || formats.contains(ReportFormat.SVG)) {
            out.add(MAP_ALT);
        }
        if (formats.contains(ReportFormat.JSON)) {
            out.add(JSON);
        }
        return out;
    }

    /** The growth map and the growth JSON alone. */
    public List<ReportFile> extras(Set<ReportFormat> formats) {
        List<ReportFile> out = new ArrayList<>();
        GrowthMap.View v = view();
        if (formats.contains(ReportFormat.PNG)) {
            out.add(new ReportFile(MAP_PNG, GrowthMap.render(v, Format.PNG)));
        }
        if (formats.contains(ReportFormat.SVG)) {
            out.add(new ReportFile(MAP_SVG, GrowthMap.render(v, Format.SVG)));
        }
        if (formats.contains(ReportFormat.PNG) || formats.contains(ReportFormat.SVG)) {
            out.add(new ReportFile(MAP_ALT, (GrowthMap.altText(v) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        if (formats.contains(ReportFormat.JSON)) {
            out.add(new ReportFile(JSON, GrowthJson.toJson(growth).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
