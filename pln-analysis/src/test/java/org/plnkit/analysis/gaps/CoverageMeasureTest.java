package org.plnkit.analysis.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.gaps.Coverage.Reason;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

class CoverageMeasureTest {
    /** A four-category taxonomy to keep the arithmetic small. */
    private static final Taxonomy FOUR = new Taxonomy(List.of(
            new Category("people", "People", Set.of(Kind.PERSON), true, "", List.of()),
            new Category("groups", "Groups", Set.of(), false, "", List.of()),
            new Category("blogs", "Blogs", Set.of(), false, "", List.of()),
            new Category("events", "Events", Set.of(), false, "", List.of())));

    private final Pln pln = pln(List.of(
            c("a", Kind.PERSON, "people").frequency(Frequency.WEEKLY).build(),
            c("b", Kind.PERSON, "people").frequency(Frequency.DAILY).build(),
            c("g", Kind.RESOURCE, "groups").frequency(Frequency.WEEKLY).build(),
            c("e1", Kind.RESOURCE, "events").frequency(Frequency.YEARLY).build(),
            c("e2", Kind.RESOURCE, "events").frequency(Frequency.RARELY).build()));

    @Test
    void aThinCategorysReasonsAreInEnumOrderHoweverTheyAreGiven() {
        Coverage.ThinCategory t = new Coverage.ThinCategory("mentors", "Mentors", true, 1,
                new java.util.LinkedHashSet<>(List.of(Reason.ONLY_INFREQUENT, Reason.FEW_CONNECTIONS)));
        assertEquals(List.of(Reason.FEW_CONNECTIONS, Reason.ONLY_INFREQUENT), List.copyOf(t.reasons()));
        assertEquals(Set.of(Reason.FEW_CONNECTIONS, Reason.ONLY_INFREQUENT), t.reasons());
    }

    @Test
    void handComputedGapsAndThinCategories() {
        Coverage cov = new CoverageMeasure(FOUR, Set.of(), Thresholds.DEFAULTS).measure(pln);
        assertEquals(4, cov.categories());
        assertEquals(3, cov.covered());
        assertEquals(0.75, cov.share(), 1e-15);
        assertEquals(List.of("blogs"), cov.gaps().stream().map(Coverage.Gap::category).toList());
        assertEquals(2, cov.thinCategories().size());
        Coverage.ThinCategory groups = cov.thinCategories().get(0);
        assertEquals("groups", groups.category());
        assertEquals(Set.of(Reason.FEW_CONNECTIONS), groups.reasons());
        Coverage.ThinCategory events = cov.thinCategories().get(1);
        assertEquals("events", events.category());
        assertEquals(Set.of(Reason.ONLY_INFREQUENT), events.reasons());
        // people 1, groups ½, blogs 0, events ½ → 2 of 4
        assertEquals(0.5, cov.weightedScore(), 1e-15);
        assertTrue(cov.isGap("blogs"));
        assertTrue(cov.isThin("events"));
        assertFalse(cov.isThin("people"));
    }

    @Test
    void coreCategoriesWeighDouble() {
        Coverage cov = new CoverageMeasure(FOUR, Set.of("blogs", "people"), Thresholds.DEFAULTS).measure(pln);
        // weights people 2, groups 1, blogs 2, events 1 = 6; points 2 + ½ + 0 + ½ = 3
        assertEquals(0.5, cov.weightedScore(), 1e-15);
        assertTrue(cov.gaps().get(0).core());
        Coverage cov2 = new CoverageMeasure(FOUR, Set.of("groups"), Thresholds.DEFAULTS).measure(pln);
        // weights 1, 2, 1, 1 = 5; points 1 + 1 + 0 + ½ = 2.5
        assertEquals(0.5, cov2.weightedScore(), 1e-15);
        Coverage cov3 = new CoverageMeasure(FOUR, Set.of("people"), Thresholds.DEFAULTS).measure(pln);
        // weights 2, 1, 1, 1 = 5; points 2 + ½ + 0 + ½ = 3
        assertEquals(0.6, cov3.weightedScore(), 1e-15);
    }

    @Test
    void thinThresholdIsConfigurable() {
        Thresholds two = Thresholds.DEFAULTS.toBuilder().thinMaxConnections(2).build();
        Coverage cov = new CoverageMeasure(FOUR, Set.of(), two).measure(pln);
        assertEquals(List.of("people", "groups", "events"),
                cov.thinCategories().stream().map(Coverage.ThinCategory::category).toList());
        assertEquals(Set.of(Reason.FEW_CONNECTIONS, Reason.ONLY_INFREQUENT), cov.thinCategories().get(2).reasons());
    }

    @Test
    void blankFrequencyIsNotInfrequent() {
        Coverage cov = new CoverageMeasure(FOUR, Set.of(), Thresholds.DEFAULTS).measure(pln(List.of(
                c("a", Kind.PERSON, "people").build(), c("b", Kind.PERSON, "people").build())));
        assertTrue(cov.thinCategories().isEmpty());
    }

    @Test
    void defaultTaxonomyWithNoConnectionsIsAllGaps() {
        Coverage cov = CoverageMeasure.of(pln(List.of()));
        assertEquals(11, cov.gaps().size());
        assertEquals(0, cov.weightedScore(), 1e-15);
    }
}
