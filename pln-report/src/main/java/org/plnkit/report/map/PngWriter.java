package org.plnkit.report.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a PNG picture through memory only. {@code ImageIO.write(image, "png", stream)} first writes the encoded
 * picture to a temporary file in the system's temp folder ({@code imageio*.tmp}), which a run that is killed leaves
 * behind, with the map in it; this writes the same bytes with the same PNG writer and never touches the disk.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /** Writes {@code image} as PNG to {@code out} (which is flushed, not closed). */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWriters(ImageTypeSpecifier.createFromRenderedImage(image),
                "png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime cannot write PNG images");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        out.flush();
    }
}
