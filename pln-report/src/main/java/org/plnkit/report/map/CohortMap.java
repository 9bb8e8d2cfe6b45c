package org.plnkit.report.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.graphstream.graph.Graph;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.CommunityProfiles;
import org.plnkit.analysis.cohort.SharedResource;
import org.plnkit.core.model.Kind;

/**
 * The cohort map: the picture district staff put in a slide. Participants are dots, packed in one disc per school
 * (coloured by community) or per community (coloured by school); the most shared organizations and resources sit
 * in the middle, sized by how many participants name them, near the groups that name them most, with a line from
 * each group where at least 30% of members name one. Only the most shared are drawn (25 by default), and the
 * legend says so: the map never becomes a hairball, at 500 participants or 5,000. Positions are computed, so the
 * same analysis gives a byte-identical SVG, and the same PNG on the same Java runtime.
 *
 * <pre>{@code
 * CohortMapOptions o = CohortMapOptions.defaults("Lakeside district", "2026-11-01");
 * CohortLabels names = CohortLabels.anonymous(analysis);
 * Files.write(Path.of("cohort-map.png"), CohortMap.render(analysis, names, o, Format.PNG));
 * Files.writeString(Path.of("cohort-map.alt.txt"), CohortMap.altText(analysis, names, o));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortMap {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private CohortMap() {
    }

    /** The map as bytes. */
    public static byte[] render(CohortAnalysis analysis, CohortLabels names, CohortMapOptions options,
                                Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        try {
            render(analysis, names, options, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the map to the stream (not closed). */
    public static void render(CohortAnalysis analysis, CohortLabels names, CohortMapOptions options, Format format,
                              OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        CohortMapPlan plan = CohortMapPlan.of(analysis, names, options);
        if (format == Format.PNG) {
            CohortMapPainter painter = new CohortMapPainter(plan);
            Graph graph = CohortMapScene.build(plan);
            BufferedImage image = MapSink.open(options.width(), options.height(), options.scale(), painter::below,
                    painter::above).image(graph);
            PngWriter.write(image, out);
        } else {
            out.write(svg(plan, analysis, names).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static String svg(CohortMapPlan plan, CohortAnalysis analysis, CohortLabels names) {
        int w = plan.options.width();
        int h = plan.options.height();
        CohortMapPainter painter = new CohortMapPainter(plan);
        Graph graph = CohortMapScene.build(plan);
        return Svg.document("pln-cohort-", "pln-cohort-map", w, h, svg -> MapSink.open(w, h, 1, painter::below,
                painter::above).paint(graph, svg), plan.title + ": " + plan.subtitle, altText(analysis, names, plan.options));
    }

    /**
     * A plain-language description of the map, to publish next to it: how many participants and groups, the most
     * shared organizations and resources, the communities, and who shares nothing.
     */
    public static String altText(CohortAnalysis analysis, CohortLabels names, CohortMapOptions options) {
        CohortMapPlan plan = CohortMapPlan.of(analysis, names, options);
        StringBuilder b = new StringBuilder();
        int n = analysis.size();
        b.append(String.format(Locale.ROOT, "Cohort map \u201c%s\u201d: %,d participant%s drawn as dots %s",
                plan.title, n, n == 1 ? "" : "s", plan.groupsText));
        b.append(names.anonymized() ? ", not named. " : ". ");
        List<SharedResource> top = analysis.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON)
                .limit(5).toList();
        if (top.isEmpty()) {
            b.append("The participants share no organization or resource. ");
        } else {
            b.append("The most shared organizations and resources are ");
            for (int i = 0; i < top.size(); i++) {
                SharedResource r = top.get(i);
                b.append(i == 0 ? "" : i == top.size() - 1 ? " and " : ", ");
                b.append(names.node(r.node())).append(String.format(Locale.ROOT, " (%,d participants, %d%%)",
                        r.participants(), Math.round(r.share() * 100)));
            }
            b.append(plan.resources.size() == plan.sharedTotal ? String.format(Locale.ROOT, "; the map shows all "
                    + "%,d. ", plan.sharedTotal) : String.format(Locale.ROOT, "; the map shows the %d most shared of "
                    + "%,d. ", plan.resources.size(), plan.sharedTotal));
        }
        List<Community> cs = analysis.communities();
        if (!cs.isEmpty()) {
            Community c = cs.get(0);
            String count = CommunityProfiles.countText(analysis);
            b.append(Character.toUpperCase(count.charAt(0))).append(count.substring(1)).append(String.format(
                    Locale.ROOT, " of participants who share more with each other than with the rest; the largest"
                    + " has %d members", c.size()));
            if (!c.schools().isEmpty()) {
                b.append(", most from ").append(c.schools().get(0).group());
            }
            b.append(". ");
        }
        int iso = analysis.isolated().size();
        b.append(iso == 0 ? "Every participant shares something with someone."
                : String.format(Locale.ROOT, "%d participant%s share%s nothing with anyone.", iso, iso == 1 ? "" : "s",
                iso == 1 ? "s" : ""));
        return b.toString();
    }
}
