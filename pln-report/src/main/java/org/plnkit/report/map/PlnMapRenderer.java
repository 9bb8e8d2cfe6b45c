package org.plnkit.report.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.graphstream.graph.Graph;
import org.plnkit.core.model.Pln;
import org.plnkit.report.io.ByteBlocks;

/**
 * Draws a participant's PLN map as PNG or SVG, headless. Positions are computed (see {@link MapGeometry}), so
 * the same PLN and options give a byte-identical SVG, and the same PNG on the same Java runtime.
 *
 * <pre>{@code
 * PlnMapRenderer maps = new PlnMapRenderer(MapOptions.builder(LocalDate.of(2026, 11, 1)).scale(2).build());
 * Files.write(Path.of("map.png"), maps.png(pln));
 * Files.write(Path.of("map.svg"), maps.svg(pln));
 * String alt = maps.altText(pln);
 * }</pre>
 *
 * <p>Nodes and lines are drawn by GraphStream's Swing renderer (through {@code FileSinkImages} for the PNG, and
 * painted into JFreeSVG's {@code SVGGraphics2D} for the SVG); names, the title and the legend are drawn with the
 * same Java2D code on both. The class sets {@code java.awt.headless=true} unless the property is already set.
 * An instance holds only its options; maps are drawn on the calling thread, many at once (see {@code MapSink} for
 * why that is safe with GraphStream).
 *
 * @since 0.1.0
 */
public final class PlnMapRenderer {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final MapOptions options;

    public PlnMapRenderer(MapOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public MapOptions options() {
        return options;
    }

    /** The map as PNG bytes ({@code width × scale} by {@code height × scale} pixels). */
    public byte[] png(Pln pln) {
        return render(pln, Format.PNG);
    }

    /** The map as an SVG document (UTF-8), with a title, the alt text as description and a tooltip per node. */
    public byte[] svg(Pln pln) {
        return render(pln, Format.SVG);
    }

    /** The map in the given format. */
    public byte[] render(Pln pln, Format format) {
        return drawing(pln).bytes(format);
    }

    /** Writes the map in the given format to the stream (which is not closed). */
    public void render(Pln pln, Format format, OutputStream out) throws IOException {
        Plan plan = MapLayout.plan(MapModel.of(pln, options));
        render(plan, GraphScene.build(plan), format, out);
    }

    /**
     * The map of this PLN laid out once, to draw as PNG and SVG and to describe: each gives the same bytes and text
     * as {@link #png}, {@link #svg}, {@link #altText} and {@link AltText#shortAlt}, without computing the model and
     * the layout again for each (a participant's report wants all four).
     */
    public Drawing drawing(Pln pln) {
        return new Drawing(MapLayout.plan(MapModel.of(pln, options)));
    }

    /**
     * A map laid out once (see {@link #drawing}); immutable, so it may be drawn from any thread. Its GraphStream graph
     * is built once too, for the PNG and the SVG: drawing only reads it (each sink replays it into a graph of its own).
     */
    public final class Drawing {
        private final Plan plan;
        private final Graph graph;

        private Drawing(Plan plan) {
            this.plan = plan;
            this.graph = GraphScene.build(plan);
        }

        /** The map as PNG bytes, as {@link PlnMapRenderer#png}. */
        public byte[] png() {
            return bytes(Format.PNG);
        }

        /** The map as an SVG document, as {@link PlnMapRenderer#svg}. */
        public byte[] svg() {
            return bytes(Format.SVG);
        }

        /** The long description, as {@link PlnMapRenderer#altText}. */
        public String altText() {
            return AltText.of(plan.model());
        }

        /** The short alt text, as {@link AltText#shortAlt}. */
        public String shortAltText() {
            return AltText.shortOf(plan.model());
        }

        private byte[] bytes(Format format) {
            ByteBlocks out = new ByteBlocks();
            try {
                render(plan, graph, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a byte array does not fail
            }
            return out.toByteArray();
        }
    }

    private void render(Plan plan, Graph graph, Format format, OutputStream out) throws IOException {
        if (format == Format.PNG) {
            // painted into this thread's canvas, which is encoded before this thread paints again
            BufferedImage image = paintPng(plan, graph, true);
            PngWriter.write(image, out);
        } else {
            out.write(svgDocument(plan, graph).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** The plain-language description of the map (see {@link AltText}). */
    public String altText(Pln pln) {
        return AltText.of(MapModel.of(pln, options));
    }

    /** Where everything goes on the map, without drawing it. */
    public MapGeometry geometry(Pln pln) {
        return MapLayout.plan(MapModel.of(pln, options)).geometry();
    }

    /** The map's picture before it is encoded (for tests that compare pixels). */
    BufferedImage image(Pln pln) {
        Plan plan = MapLayout.plan(MapModel.of(pln, options));
        return paintPng(plan, GraphScene.build(plan), false);
    }

    private BufferedImage paintPng(Plan plan, Graph graph, boolean threadCanvas) {
        Decorations d = new Decorations(plan);
        MapSink sink = MapSink.open(options.width(), options.height(), options.scale(), d::below, d::above);
        return threadCanvas ? sink.canvas(graph) : sink.image(graph);
    }

    private String svgDocument(Plan plan, Graph graph) {
        int w = options.width();
        int h = options.height();
        Decorations d = new Decorations(plan);
        String title = "Personal learning network of " + plan.model().participantName() + ", " + plan.model().date();
        return Svg.document("pln-map-", "pln-map", w, h, svg -> MapSink.open(w, h, 1, d::below, d::above)
                .paint(graph, svg), title, AltText.of(plan.model()));
    }
}
