package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.report.map.Fixtures.TAXONOMY;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;

/** Checks on the PNG: its size, that something is drawn, and that each category's colour is there. */
class PlnMapPngTest {

    private static BufferedImage png(Pln pln, MapOptions options) throws IOException {
        byte[] bytes = new PlnMapRenderer(options).png(pln);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static Map<Integer, Integer> histogram(BufferedImage img) {
        Map<Integer, Integer> h = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                h.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return h;
    }

    @Test
    void theImageHasTheSizeAskedForTimesTheScale() throws IOException {
        Pln pln = Fixtures.thin();
        BufferedImage plain = png(pln, Fixtures.options().size(1000, 700).build());
        BufferedImage retina = png(pln, Fixtures.options().size(1000, 700).scale(2).build());

        assertEquals(1000, plain.getWidth());
        assertEquals(700, plain.getHeight());
        assertEquals(2000, retina.getWidth());
        assertEquals(1400, retina.getHeight());
    }

    @Test
    void theImageIsNotBlank() throws IOException {
        for (Theme theme : Theme.values()) {
            BufferedImage img = png(Fixtures.maria(), Fixtures.options().theme(theme).build());
            Map<Integer, Integer> h = histogram(img);
            int background = Ink.of(theme).background().getRGB() & 0xFFFFFF;
            int drawn = img.getWidth() * img.getHeight() - h.getOrDefault(background, 0);

            assertEquals(background, img.getRGB(2, 2) & 0xFFFFFF, "the corner shows the background");
            assertTrue(drawn > img.getWidth() * img.getHeight() / 5, theme + ": only " + drawn + " pixels drawn");
            assertTrue(h.size() > 500, theme + ": only " + h.size() + " colours");
        }
    }

    @Test
    void everyCategoryPresentShowsItsColourAndNoOtherCategoryColourIsUsed() throws IOException {
        Pln pln = Fixtures.overReliant();
        for (Theme theme : Theme.values()) {
            Map<Integer, Integer> h = histogram(png(pln, Fixtures.options().theme(theme).legend(false).build()));
            for (Category c : TAXONOMY.categories()) {
                int rgb = CategoryPalette.fill(TAXONOMY, c.id(), theme).getRGB() & 0xFFFFFF;
                boolean present = pln.connections().stream().map(Connection::category).anyMatch(c.id()::equals);
                int pixels = h.getOrDefault(rgb, 0);
                if (present) {
                    assertTrue(pixels > 60, theme + " " + c.id() + ": " + pixels + " pixels");
                } else {
                    assertTrue(pixels < 10, theme + " " + c.id() + " is not in the PLN but has " + pixels
                            + " pixels of its colour");
                }
            }
        }
    }

    @Test
    void theParticipantIsInTheMiddleOfTheMap() throws IOException {
        MapOptions options = Fixtures.options().build();
        Pln pln = Fixtures.maria();
        MapGeometry g = new PlnMapRenderer(options).geometry(pln);
        BufferedImage img = png(pln, options);

        int ego = Ink.of(Theme.LIGHT).ego().getRGB() & 0xFFFFFF;
        // off the name, inside the disc
        int x = (int) Math.round(g.centreX());
        int y = (int) Math.round(g.centreY() + g.egoRadius() * 0.8);
        assertEquals(ego, img.getRGB(x, y) & 0xFFFFFF);
    }

    @Test
    void chineseNamesAreDrawnInAFontThatHasThemNotAsEmptyBoxes() throws IOException {
        // DejaVu Sans has no Chinese: asked for by name it draws every such character as the same empty box, so
        // two different names gave the same picture. Skipped where no installed font has Chinese (.ci/run installs
        // fonts-wqy-microhei).
        Assumptions.assumeTrue(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)
                .canDisplayUpTo("王芳李明") < 0, "no installed font shows Chinese");
        Pln thin = Fixtures.thin();
        MapOptions options = Fixtures.options().size(1000, 700).build();
        byte[] wang = new PlnMapRenderer(options).png(new Pln(thin.participant().toBuilder().name("王芳").build(),
                thin.connections(), thin.links()));
        byte[] li = new PlnMapRenderer(options).png(new Pln(thin.participant().toBuilder().name("李明").build(),
                thin.connections(), thin.links()));
        assertFalse(Arrays.equals(wang, li), "two Chinese names drawn as the same boxes");
    }
}
