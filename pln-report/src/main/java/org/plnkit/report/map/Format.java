package org.plnkit.report.map;

import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a map is written in.
 *
 * @since 0.1.0
 */
public enum Format {
    /** A raster image, {@code width × scale} by {@code height × scale} pixels. */
    PNG,
    /** A vector image with text, tooltips (full names) and a description for screen readers. */
    SVG;

    /** The usual file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a file name asks for by its extension, in any case.
     *
     * <pre>{@code
     * Format.ofFileName("map.SVG");   // Optional[SVG]
     * Format.ofFileName("map.jpg");   // Optional.empty
     * }</pre>
     */
    public static Optional<Format> ofFileName(String fileName) {
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (lower.endsWith("." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
