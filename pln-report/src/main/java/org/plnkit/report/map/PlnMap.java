package org.plnkit.report.map;

import java.io.IOException;
import java.io.OutputStream;
import org.plnkit.core.model.Pln;

/**
 * The one-line entry point to PLN maps, for the command line and other outputs.
 *
 * <pre>{@code
 * MapOptions options = MapOptions.builder(asOf).size(1600, 1200).anonymize(true).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("map.svg"))) {
 *     PlnMap.render(pln, options, Format.SVG, out);
 * }
 * Files.writeString(Path.of("map.txt"), PlnMap.altText(pln, options));
 * }</pre>
 *
 * @see PlnMapRenderer for the details of what is drawn
 *
 * @since 0.1.0
 */
public final class PlnMap {
    private PlnMap() {
    }

    /** Writes the map to the stream (not closed). */
    public static void render(Pln pln, MapOptions options, Format format, OutputStream out) throws IOException {
        new PlnMapRenderer(options).render(pln, format, out);
    }

    /** The map as bytes. */
    public static byte[] render(Pln pln, MapOptions options, Format format) {
        return new PlnMapRenderer(options).render(pln, format);
    }

    /**
     * The map laid out once, for drawing it in both formats and describing it: the same bytes and texts as
     * {@link #render} and {@link #altText} / {@link #shortAltText}, without repeating the layout for each.
     */
    public static PlnMapRenderer.Drawing drawing(Pln pln, MapOptions options) {
        return new PlnMapRenderer(options).drawing(pln);
    }

    /** What the map's legend says, for a page that shows it as text beside a map drawn without it. */
    public static MapLegend legend(Pln pln, MapOptions options) {
        return MapLegend.of(MapModel.of(pln, options));
    }

    /** The alt text to publish next to the map. */
    public static String altText(Pln pln, MapOptions options) {
        return AltText.describe(pln, options);
    }

    /** The short alt text of the picture, at most 250 characters ({@link AltText#shortAlt}). */
    public static String shortAltText(Pln pln, MapOptions options) {
        return AltText.shortAlt(pln, options);
    }
}
