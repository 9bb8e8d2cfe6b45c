package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapOptionsTest {

    @Test
    void defaultsSuitABlogPost() {
        MapOptions o = MapOptions.defaults(Fixtures.AS_OF);

        assertEquals(1600, o.width());
        assertEquals(1200, o.height());
        assertEquals(1.0, o.scale());
        assertEquals(Theme.LIGHT, o.theme());
        assertTrue(o.legend());
        assertEquals(Optional.empty(), o.insights());
        assertEquals(o, o.toBuilder().build());
    }

    @Test
    void impossibleSizesAndScalesAreRefusedInPlainWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.options().size(100, 80).build());
        assertEquals("a map of 100x80 pixels is not possible: the size must be between 480x360 and 8000x8000",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fixtures.options().scale(0).build());
        assertThrows(IllegalArgumentException.class, () -> Fixtures.options().scale(Double.NaN).build());
        assertThrows(NullPointerException.class, () -> MapOptions.builder(null));
    }

    @Test
    void theFormatFollowsTheFileExtension() {
        assertEquals(Optional.of(Format.PNG), Format.ofFileName("map.png"));
        assertEquals(Optional.of(Format.SVG), Format.ofFileName("out/MAP.SVG"));
        assertEquals(Optional.empty(), Format.ofFileName("map.jpg"));
        assertEquals(Optional.empty(), Format.ofFileName("png"));
        assertEquals("svg", Format.SVG.extension());
    }
}
