package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The PNG encoder gives the same pixels as ImageIO's writer it replaced (issue 17): every file decodes, with
 * ImageIO's reader, to the ARGB values of the picture painted, for real maps and for any picture.
 */
class PngWriterTest {
    @Test
    void aRealMapDecodesToThePixelsPaintedAndToWhatImageIoWrote() throws IOException {
        for (MapOptions o : new MapOptions[] {Fixtures.options().build(),
                Fixtures.options().anonymize(true).theme(Theme.DARK).scale(2).build()}) {
            BufferedImage painted = new PlnMapRenderer(o).image(Fixtures.maria());
            byte[] ours = encode(painted);
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            assertEquals(true, ImageIO.write(painted, "png", theirs));
            int[] expected = argb(painted);
            assertArrayEquals(expected, argb(decode(ours)));
            assertArrayEquals(argb(decode(theirs.toByteArray())), argb(decode(ours)));
            // and the renderer's own PNG is this encoding
            assertArrayEquals(ours, new PlnMapRenderer(o).png(Fixtures.maria()));
        }
    }

    @Test
    void anyRgbPictureDecodesToItsPixels() {
        qt().withFixedSeed(17L).withExamples(120).forAll(SourceDSL.integers().between(1, 160),
                SourceDSL.integers().between(1, 120), SourceDSL.longs().all(),
                SourceDSL.integers().between(0, 2)).checkAssert((w, h, seed, kind) -> {
                    BufferedImage img = picture(BufferedImage.TYPE_INT_RGB, w, h, seed, kind);
                    assertArrayEquals(argb(img), argb(decode(encode(img))), w + "x" + h + " seed " + seed);
                });
    }

    @Test
    void aPictureTallerThanOneBatchOfRowsAndLargerThanOneChunk() {
        // noise does not compress: many IDAT chunks, and rows in several batches
        BufferedImage img = picture(BufferedImage.TYPE_INT_RGB, 700, 500, 5, 0);
        assertArrayEquals(argb(img), argb(decode(encode(img))));
    }

    @Test
    void otherKindsOfPictureStillGoThroughImageIo() {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_BYTE_GRAY}) {
            BufferedImage img = picture(type, 37, 23, 9, 1);
            assertArrayEquals(argb(img), argb(decode(encode(img))), "type " + type);
        }
        // a part of a larger picture: its rows are not one after the other in the buffer
        BufferedImage big = picture(BufferedImage.TYPE_INT_RGB, 90, 60, 3, 1);
        BufferedImage part = big.getSubimage(10, 5, 40, 30);
        assertArrayEquals(argb(part), argb(decode(encode(part))));
    }

    /** Noise (0), shapes on a flat background (1) or a single colour (2). */
    private static BufferedImage picture(int type, int w, int h, long seed, int kind) {
        BufferedImage img = new BufferedImage(w, h, type);
        Random rnd = new Random(seed);
        if (kind == 0) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    img.setRGB(x, y, rnd.nextInt());
                }
            }
            return img;
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(rnd.nextInt(0x1000000)));
        g.fillRect(0, 0, w, h);
        for (int i = 0; kind == 1 && i < 12; i++) {
            g.setColor(new Color(rnd.nextInt(), true));
            g.fillOval(rnd.nextInt(w), rnd.nextInt(h), 1 + rnd.nextInt(w), 1 + rnd.nextInt(h));
            g.drawLine(rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt(w), rnd.nextInt(h));
        }
        g.dispose();
        return img;
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PngWriter.write(img, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            if (img == null) {
                throw new AssertionError("ImageIO could not read the PNG written");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] argb(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
