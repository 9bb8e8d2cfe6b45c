package org.plnkit.benchmarks.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.plnkit.report.map.PngWriter;

/**
 * ImageIO's PNG writer against the maps' own encoder ({@link PngWriter}) on the same pictures, in a warm JVM: time per
 * encode (median of 5 after 3), bytes, and whether both files decode to the same pixels (issue 17).
 *
 * <pre>java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar org.plnkit.benchmarks.map.PngEncoders \
 *      docs/img/maria-lopez.png out/cohort-map.png</pre>
 */
public final class PngEncoders {
    private PngEncoders() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| picture | ImageIO | PngWriter | bytes ImageIO / PngWriter | same pixels |");
        System.out.println("|---|---:|---:|---:|---|");
        for (String file : args) {
            BufferedImage src = ImageIO.read(Path.of(file).toFile());
            BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
            img.getGraphics().drawImage(src, 0, 0, null);
            double[] theirs = time(img, true);
            double[] ours = time(img, false);
            byte[] a = encode(img, true);
            byte[] b = encode(img, false);
            boolean same = Arrays.equals(argb(a), argb(b));
            System.out.printf(Locale.ROOT, "| %s (%dx%d) | %.1f ms | %.1f ms | %,d / %,d | %s |%n",
                    Path.of(file).getFileName(), img.getWidth(), img.getHeight(), theirs[0], ours[0], a.length,
                    b.length, same ? "yes" : "NO");
        }
    }

    private static double[] time(BufferedImage img, boolean imageIo) throws IOException {
        for (int i = 0; i < 3; i++) {
            encode(img, imageIo);
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            encode(img, imageIo);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2]};
    }

    private static byte[] encode(BufferedImage img, boolean imageIo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        if (imageIo) {
            ImageIO.write(img, "png", out);
        } else {
            PngWriter.write(img, out);
        }
        return out.toByteArray();
    }

    private static int[] argb(byte[] png) throws IOException {
        BufferedImage i = ImageIO.read(new ByteArrayInputStream(png));
        return i.getRGB(0, 0, i.getWidth(), i.getHeight(), null, 0, i.getWidth());
    }
}
