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
        drawing(analysis, names, options).render(format, out);
    }

    /**
     * The map worked out once (its layout, labels and legend, and the scene drawn from them), to be written in
     * several formats and described: a district run writes the PNG, the SVG (which carries the description too) and
     * the alt text, and each used to work the map out again (#17).
     */
    public static Drawing drawing(CohortAnalysis analysis, CohortLabels names, CohortMapOptions options) {
        return new Drawing(analysis, names, CohortMapPlan.of(analysis, names, options));
    }

    /** A cohort map worked out once ({@link #drawing}); for one thread at a time. */
    public static final class Drawing {
        private final CohortAnalysis analysis;
        private final CohortLabels names;
        private final CohortMapPlan plan;
        private Graph scene;
        private String altText;

        private Drawing(CohortAnalysis analysis, CohortLabels names, CohortMapPlan plan) {
            this.analysis = analysis;
            this.names = names;
            this.plan = plan;
        }

        /** Writes the map to the stream (not closed), the same as {@link CohortMap#render}. */
        public void render(Format format, OutputStream out) throws IOException {
            Objects.requireNonNull(format, "format");
            CohortMapOptions options = plan.options;
            CohortMapPainter painter = new CohortMapPainter(plan);
            if (format == Format.PNG) {
                BufferedImage image = MapSink.open(options.width(), options.height(), options.scale(),
                        painter::below, painter::above).image(scene());
                PngWriter.write(image, out);
            } else {
                int w = options.width();
                int h = options.height();
                Graph graph = scene();
                out.write(Svg.document("pln-cohort-", "pln-cohort-map", w, h, svg -> MapSink.open(w, h, 1,
                        painter::below, painter::above).paint(graph, svg), plan.title + ": " + plan.subtitle,
                        altText()).getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }

        /** The map's description, the same as {@link CohortMap#altText}. */
        public String altText() {
            if (altText == null) {
                altText = CohortMap.altText(analysis, names, plan);
            }
            return altText;
        }

        /** The scene GraphStream draws: made once, only read by each drawing of it. */
        private Graph scene() {
            if (scene == null) {
                scene = CohortMapScene.build(plan);
            }
            return scene;
        }
    }

    /**
     * A plain-language description of the map, to publish next to it: how many participants and groups, the most
     * shared organizations and resources, the communities, and who shares nothing.
     */
    public static String altText(CohortAnalysis analysis, CohortLabels names, CohortMapOptions options) {
        return drawing(analysis, names, options).altText();
    }

    private static String altText(CohortAnalysis analysis, CohortLabels names, CohortMapPlan plan) {
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
                    + " has %,d members", c.size()));
            if (!c.schools().isEmpty()) {
                b.append(", most from ").append(c.schools().get(0).group());
            }
            b.append(". ");
        }
        int iso = analysis.isolated().size();
        b.append(iso == 0 ? "Every participant shares something with someone."
                : String.format(Locale.ROOT, "%,d participant%s share%s nothing with anyone.", iso, iso == 1 ? "" : "s",
                iso == 1 ? "s" : ""));
        return b.toString();
    }
}
