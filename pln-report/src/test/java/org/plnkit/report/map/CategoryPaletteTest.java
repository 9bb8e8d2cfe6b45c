package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.report.map.Fixtures.TAXONOMY;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryPaletteTest {

    @Test
    void theDefaultCategoriesHaveElevenDifferentColoursStartingWithOkabeIto() {
        for (Theme theme : Theme.values()) {
            Set<Color> seen = new HashSet<>();
            for (String id : TAXONOMY.ids()) {
                assertTrue(seen.add(CategoryPalette.fill(TAXONOMY, id, theme)), theme + " " + id);
            }
        }
        assertEquals("#E69F00", CategoryPalette.hex(CategoryPalette.fill(TAXONOMY, "local-colleagues", Theme.LIGHT)));
        assertEquals("#56B4E9", CategoryPalette.hex(CategoryPalette.fill(TAXONOMY, "mentors", Theme.LIGHT)));
    }

    @Test
    void categoryNamesAreReadableAndNodesStandOutOnBothThemes() {
        for (Theme theme : Theme.values()) {
            Color bg = Ink.of(theme).background();
            for (String id : TAXONOMY.ids()) {
                double text = CategoryPalette.contrast(CategoryPalette.text(TAXONOMY, id, theme), bg);
                assertTrue(text >= 4.5, theme + " " + id + " text contrast " + text);
            }
        }
        for (String id : TAXONOMY.ids()) {
            Color bg = Ink.of(Theme.DARK).background();
            double fill = CategoryPalette.contrast(CategoryPalette.fill(TAXONOMY, id, Theme.DARK), bg);
            assertTrue(fill >= 3, id + " fill contrast on dark " + fill);
        }
    }

    @Test
    void anUnknownCategoryIsGrey() {
        assertEquals("#8C8C8C", CategoryPalette.hex(CategoryPalette.fill(TAXONOMY, "astrology", Theme.LIGHT)));
    }
}
