package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;

/** The legend as data says what the picture's legend panel says: the same categories, counts, colours and gaps. */
class MapLegendTest {

    @Test
    void saysWhatThePicturesLegendSays() {
        for (Pln pln : List.of(Fixtures.maria(), Fixtures.thin())) {
            MapOptions o = Fixtures.options().build();
            MapLegend legend = PlnMap.legend(pln, o);
            String svg = new String(PlnMap.render(pln, o, Format.SVG), StandardCharsets.UTF_8);
            int shown = 0;
            for (MapLegend.Entry e : legend.categories()) {
                assertTrue(svg.contains("class='legend-category' data-category='" + e.categoryId() + "'"), e.toString());
                assertTrue(svg.contains(">" + xml(e.label()) + "<"), e.label());
                assertEquals(CategoryPalette.hex(CategoryPalette.fill(o.taxonomy(), e.categoryId(), o.theme())),
                        e.colour());
                shown += e.connections();
            }
            assertEquals(pln.connections().size(), shown);
            assertEquals(11, legend.categories().size() + legend.missing().size());
            legend.missing().forEach(e -> assertEquals(0, e.connections()));
            // the lines drawn beside a sample in the picture are the same words
            for (String line : legend.howToRead().subList(2, legend.howToRead().size())) {
                assertTrue(svg.contains(">" + line + "<"), line);
            }
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;");
    }
}
