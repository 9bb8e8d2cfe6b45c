package org.plnkit.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.map.CategoryPalette;
import org.plnkit.report.map.Theme;

/**
 * The studio's colours as shipped in {@code studio.css}: every text colour reaches WCAG AA (4.5:1) on the white
 * page and on the header's panel; the map's category label colours reach it on the map's white background.
 * (axe-core checks the rendered page as well, in {@link StudioBrowserTest}.)
 */
class PaletteContrastTest {
    static Map<String, Color> cssColours() throws IOException {
        String css;
        try (InputStream in = Studio.class.getResourceAsStream("static/studio.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Color> m = new LinkedHashMap<>();
        Matcher x = Pattern.compile("--([a-z]+):\\s*#([0-9a-fA-F]{6})").matcher(css);
        while (x.find()) {
            m.put(x.group(1), new Color(Integer.parseInt(x.group(2), 16)));
        }
        return m;
    }

    static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            rgb[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void textColoursReachAaOnThePageAndThePanel() throws IOException {
        Map<String, Color> c = cssColours();
        assertTrue(c.keySet().containsAll(java.util.List.of("ink", "muted", "accent", "error", "warn", "panel")),
                c.keySet().toString());
        for (String text : java.util.List.of("ink", "muted", "accent", "error", "warn")) {
            for (Color bg : java.util.List.of(Color.WHITE, c.get("panel"))) {
                double r = contrast(c.get(text), bg);
                assertTrue(r >= 4.5, "--" + text + " on " + bg + ": " + r);
            }
        }
        assertTrue(contrast(Color.WHITE, c.get("accent")) >= 4.5, "button text on --accent");
    }

    @Test
    void mapCategoryLabelsReachAa() {
        Taxonomy t = Taxonomy.defaults();
        for (Category cat : t.categories()) {
            double r = contrast(CategoryPalette.text(t, cat.id(), Theme.LIGHT), Color.WHITE);
            assertTrue(r >= 4.5, cat.id() + ": " + r);
        }
    }
}
