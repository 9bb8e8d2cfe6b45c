package org.plnkit.report.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.graphstream.graph.Graph;
import org.plnkit.core.model.Pln;

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
 * An instance holds only its options; rendering is serialized because GraphStream keeps shared caches.
 *
 * @since 0.1.0
 */
public final class PlnMapRenderer {
    private static final Object GRAPHSTREAM = new Object();

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
        ByteArrayOutputStream out = new ByteArrayOutputStream(format == Format.PNG ? 1 << 18 : 1 << 16);
        try {
            render(pln, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** Writes the map in the given format to the stream (which is not closed). */
    public void render(Pln pln, Format format, OutputStream out) throws IOException {
        Plan plan = MapLayout.plan(MapModel.of(pln, options));
        if (format == Format.PNG) {
            BufferedImage image = paintPng(plan);
            PngWriter.write(image, out);
        } else {
            out.write(svgDocument(plan).getBytes(StandardCharsets.UTF_8));
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
        return paintPng(MapLayout.plan(MapModel.of(pln, options)));
    }

    private BufferedImage paintPng(Plan plan) {
        Decorations d = new Decorations(plan);
        Graph graph = GraphScene.build(plan);
        synchronized (GRAPHSTREAM) {
            return new MapSink(options.width(), options.height(), options.scale(), d::below, d::above).image(graph);
        }
    }

    private String svgDocument(Plan plan) {
        int w = options.width();
        int h = options.height();
        Decorations d = new Decorations(plan);
        Graph graph = GraphScene.build(plan);
        String title = "Personal learning network of " + plan.model().participantName() + ", " + plan.model().date();
        return Svg.document("pln-map-", "pln-map", w, h, svg -> {
            synchronized (GRAPHSTREAM) {
                new MapSink(w, h, 1, d::below, d::above).paint(graph, svg);
            }
        }, title, AltText.of(plan.model()));
    }
}
