package org.plnkit.analysis.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

class CompositionMeasureTest {

    @Test
    void handComputedCountsLocalShareAndDiversity() {
        Pln p = pln(List.of(
                c("a", Kind.PERSON, "local-colleagues").build(),
                c("b", Kind.PERSON, "local-colleagues").build(),
                c("blog", Kind.RESOURCE, "blogs-websites").metVia("School").build(),       // local by met_via
                c("tag", Kind.RESOURCE, "social-networks").metVia("twitter").build()));
        Composition comp = CompositionMeasure.of(p);
        assertEquals(4, comp.connections());
        assertEquals(2, comp.count(Kind.PERSON));
        assertEquals(0, comp.count(Kind.ORGANIZATION));
        assertEquals(2, comp.count(Kind.RESOURCE));
        assertEquals(3, comp.local());
        assertEquals(1, comp.online());
        assertEquals(0.75, comp.localShare().orElseThrow(), 1e-15);
        assertEquals(11, comp.byCategory().size()); // every category of the taxonomy, zeros included
        assertEquals(2, comp.count("local-colleagues"));
        // shares over categories: 1/2, 1/4, 1/4 → Blau 1 − (1/4 + 1/16 + 1/16) = 0.625; IQV 0.625 ÷ (1 − 1/11)
        assertEquals(0.625, comp.blau(), 1e-15);
        assertEquals(0.625 / (10 / 11.0), comp.iqv(), 1e-15);
    }

    @Test
    void metViaInPersonAndDistrictCountAsLocalInAnySpelling() {
        Taxonomy t = Taxonomy.defaults();
        assertTrue(CompositionMeasure.isLocal(c("x", Kind.RESOURCE, "webinars-podcasts").metVia(" In Person ").build(), t));
        assertTrue(CompositionMeasure.isLocal(c("x", Kind.RESOURCE, "webinars-podcasts").metVia("in_person").build(), t));
        assertTrue(CompositionMeasure.isLocal(c("x", Kind.RESOURCE, "webinars-podcasts").metVia("DISTRICT").build(), t));
        assertFalse(CompositionMeasure.isLocal(c("x", Kind.RESOURCE, "webinars-podcasts").metVia("conference").build(), t));
        assertTrue(CompositionMeasure.isLocal(c("x", Kind.PERSON, "mentors").build(), t)); // local category
    }

    @Test
    void allInOneCategoryHasNoDiversity() {
        Composition comp = CompositionMeasure.of(pln(List.of(c("a", Kind.PERSON, "mentors").build(),
                c("b", Kind.PERSON, "mentors").build())));
        assertEquals(0, comp.blau(), 1e-15);
        assertEquals(0, comp.iqv(), 1e-15);
    }

    @Test
    void evenSpreadOverEveryCategoryHasFullDiversity() {
        List<org.plnkit.core.model.Connection> cs = Taxonomy.defaults().ids().stream()
                .map(id -> c("c-" + id, Kind.RESOURCE, id).build()).toList();
        Composition comp = CompositionMeasure.of(pln(cs));
        assertEquals(1 - 1 / 11.0, comp.blau(), 1e-12);
        assertEquals(1.0, comp.iqv(), 1e-12);
    }

    @Test
    void unknownCategoryIsCountedAfterTheTaxonomy() {
        Composition comp = CompositionMeasure.of(pln(List.of(c("a", Kind.PERSON, "book-club").build())));
        assertEquals(12, comp.byCategory().size());
        assertEquals("book-club", comp.byCategory().get(11).category());
        assertEquals(1, comp.count("book-club"));
    }

    @Test
    void noConnections() {
        Composition comp = CompositionMeasure.of(pln(List.of()));
        assertEquals(0, comp.connections());
        assertFalse(comp.localShare().isPresent());
        assertEquals(0, comp.blau());
        assertEquals(0, comp.iqv());
    }
}
