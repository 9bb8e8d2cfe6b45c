package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;

/** The same input gives the same bytes: the SVG always, the PNG on the same Java runtime. */
class PlnMapDeterminismTest {

    @Test
    void renderingTwiceGivesTheSameSvgAndPng() {
        for (MapOptions options : new MapOptions[] {
                Fixtures.options().build(),
                Fixtures.options().anonymize(true).theme(Theme.DARK).scale(2).build(),
                Fixtures.options().legend(false).size(900, 700).build()}) {
            Pln pln = Fixtures.maria();
            PlnMapRenderer first = new PlnMapRenderer(options);
            byte[] svg = first.svg(pln);
            byte[] png = first.png(pln);

            // a fresh renderer and a freshly read PLN: nothing carried over between runs
            PlnMapRenderer second = new PlnMapRenderer(options);
            assertArrayEquals(svg, second.svg(Fixtures.maria()));
            assertArrayEquals(png, second.png(Fixtures.maria()));
            assertArrayEquals(svg, first.svg(pln));
        }
    }

    @Test
    void aLargeMapIsDeterministicToo() {
        Pln pln = Fixtures.synthetic(150, 7);
        MapOptions options = Fixtures.options().build();

        assertArrayEquals(PlnMap.render(pln, options, Format.SVG), PlnMap.render(pln, options, Format.SVG));
        assertArrayEquals(PlnMap.render(pln, options, Format.PNG), PlnMap.render(pln, options, Format.PNG));
    }

    @Test
    void aDrawingLaidOutOnceGivesWhatEachCallGives() {
        for (MapOptions options : new MapOptions[] {
                Fixtures.options().build(),
                Fixtures.options().anonymize(true).theme(Theme.DARK).scale(2).build()}) {
            Pln pln = Fixtures.synthetic(40, 3);
            PlnMapRenderer.Drawing d = PlnMap.drawing(pln, options);
            // the PNG drawn twice from the one layout, and the SVG after it: nothing is used up by drawing
            assertArrayEquals(PlnMap.render(pln, options, Format.PNG), d.png());
            assertArrayEquals(PlnMap.render(pln, options, Format.SVG), d.svg());
            assertArrayEquals(d.png(), PlnMap.render(pln, options, Format.PNG));
            assertEquals(PlnMap.altText(pln, options), d.altText());
            assertEquals(PlnMap.shortAltText(pln, options), d.shortAltText());
        }
    }
}
