package org.plnkit.report.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.GrowthReport;
import org.plnkit.report.map.Format;

/** The growth map through its public API, on the repository's growth pair and on changes made to it. */
class GrowthMapTest {
    private static final Pln BEFORE = SampleParticipants.read("growth/sam-rivera-before");
    private static final Pln AFTER = SampleParticipants.read("growth/sam-rivera-after");

    private static GrowthMap.View view(Pln before, Pln after) {
        return GrowthReport.of(before, after, AssessmentOptions.defaults(), false).view();
    }

    /**
     * A kept connection that moved to another category (the sample's "Lakeside PD Portal", a tutorial site, became
     * "Lakeside Professional Learning", a webinar series) is drawn where it was, in its old sector, with an arrow to
     * where it is: the lost category keeps its sector, and the alt text and the SVG say so.
     */
    @Test
    void aConnectionThatChangedCategoryIsShownMovingBetweenSectors() {
        GrowthMap.View v = view(BEFORE, AFTER);
        String alt = GrowthMap.altText(v);
        assertTrue(alt.contains("1 connection moved to another category: Lakeside Professional Learning (from "
                + "Tutorial websites & courses to Webinars & podcasts)."), alt);
        String svg = new String(GrowthMap.render(v, Format.SVG), StandardCharsets.UTF_8);
        assertTrue(svg.contains("Lakeside PD Portal (where it was, in Tutorial websites &amp; courses)"), svg);
        assertTrue(svg.contains("Lakeside Professional Learning (kept, moved from Tutorial websites &amp; courses to "
                + "Webinars &amp; podcasts)"), svg);
        assertTrue(svg.contains("Tutorial websites &amp; courses (lost)"), "the lost category keeps its sector");
        assertArrayEquals(GrowthMap.render(v, Format.PNG), GrowthMap.render(view(BEFORE, AFTER), Format.PNG));
    }

    /** Nothing moved between categories: the alt text says nothing about it and no "where it was" is drawn. */
    @Test
    void noCategoryMoveNoMention() {
        Map<String, String> beforeCategory = new HashMap<>();
        view(BEFORE, AFTER).growth().kept().forEach(k -> beforeCategory.put(k.id(),
                BEFORE.connection(k.beforeId()).orElseThrow().category()));
        List<Connection> same = AFTER.connections().stream().map(c -> beforeCategory.containsKey(c.id())
                ? c.toBuilder().category(beforeCategory.get(c.id())).build() : c).toList();
        GrowthMap.View v = view(BEFORE, AFTER.withConnections(same));
        assertTrue(!GrowthMap.altText(v).contains("another category"), GrowthMap.altText(v));
        String svg = new String(GrowthMap.render(v, Format.SVG), StandardCharsets.UTF_8);
        assertEquals(-1, svg.indexOf("where it was, in"));
    }

    /**
     * The participant's name in the centre is written on two lines that fit the circle, not cut to twelve characters
     * that ran past its edge: the fourteenth QA pass read "Sofía Ramír…" spilling out of it.
     */
    @Test
    void theParticipantsNameFitsInTheCentre() {
        java.util.function.Function<Pln, Pln> named = p -> new Pln(p.participant().toBuilder().name("Sofía Ramírez")
                .build(), p.connections(), p.links());
        String svg = new String(GrowthMap.render(view(named.apply(BEFORE), named.apply(AFTER)), Format.SVG),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains(">Sofía</text>") && svg.contains(">Ramírez</text>"), svg);
        assertTrue(!svg.contains("Ramír\u2026"), svg);
    }
}
