package org.plnkit.analysis.reliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.analysis.reliance.Reliance.FlagType;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

class RelianceMeasureTest {

    @Test
    void handComputedSharesAndHerfindahl() {
        // weights: a 5 × daily 5 = 25, b 3 × weekly 4 = 12, c blank 3 × blank 3 = 9, d 2 × monthly 3 = 6 → 52
        Pln p = pln(List.of(
                person("a").value(5).frequency(Frequency.DAILY).build(),
                person("b").value(3).frequency(Frequency.WEEKLY).build(),
                person("c").build(),
                person("d").value(2).frequency(Frequency.MONTHLY).build()));
        Reliance r = RelianceMeasure.of(p);
        assertEquals(52, r.totalWeight(), 1e-15);
        assertEquals(List.of("a", "b", "c", "d"), r.weights().stream().map(w -> w.connection().id()).toList());
        assertEquals(25 / 52.0, r.weightOf("a").orElseThrow().share(), 1e-15);
        double h = (25 * 25 + 12 * 12 + 9 * 9 + 6 * 6) / (52.0 * 52);
        assertEquals(h, r.herfindahl().orElseThrow(), 1e-15);
        assertEquals((h - 0.25) / 0.75, r.normalizedHerfindahl().orElseThrow(), 1e-15);
        assertEquals("a", r.top().orElseThrow().connection().id());
        // only 4 connections: below minConnectionsForConcentration (5), so no share flags
        assertFalse(r.overReliant());
    }

    @Test
    void topShareAndConcentrationAreFlaggedFromFiveConnections() {
        Pln p = pln(List.of(
                person("a").value(5).frequency(Frequency.DAILY).build(),   // 25
                person("b").value(1).frequency(Frequency.YEARLY).build(),  // 1
                person("c").value(1).frequency(Frequency.YEARLY).build(),
                person("d").value(1).frequency(Frequency.YEARLY).build(),
                person("e").value(1).frequency(Frequency.YEARLY).build()));
        Reliance r = RelianceMeasure.of(p);
        double top = 25 / 29.0;
        assertEquals(top, r.top().orElseThrow().share(), 1e-15);
        assertEquals(List.of(FlagType.TOP_SHARE, FlagType.CONCENTRATION),
                r.flags().stream().map(Reliance.Flag::type).toList());
        assertEquals(top, r.flags().get(0).value(), 1e-15);
        assertEquals(0.30, r.flags().get(0).limit(), 1e-15);
        Thresholds lax = Thresholds.DEFAULTS.toBuilder().topShareLimit(0.9).concentrationLimit(0.9).build();
        assertFalse(new RelianceMeasure(EngagementScale.DEFAULT, lax).measure(p).overReliant());
    }

    @Test
    void equalWeightsAreNotConcentrated() {
        Pln p = pln(List.of(person("a").build(), person("b").build(), person("c").build(), person("d").build(),
                person("e").build()));
        Reliance r = RelianceMeasure.of(p);
        assertEquals(0.2, r.herfindahl().orElseThrow(), 1e-15);
        assertEquals(0, r.normalizedHerfindahl().orElseThrow(), 1e-15);
        assertFalse(r.overReliant());
    }

    @Test
    void oneConnectionIsFullyConcentratedAndNoneIsUndefined() {
        Reliance one = RelianceMeasure.of(pln(List.of(person("a").build())));
        assertEquals(1.0, one.herfindahl().orElseThrow(), 1e-15);
        assertEquals(1.0, one.normalizedHerfindahl().orElseThrow(), 1e-15);
        Reliance none = RelianceMeasure.of(pln(List.of()));
        assertFalse(none.herfindahl().isPresent());
        assertFalse(none.top().isPresent());
    }

    @Test
    void keyPeopleAreTheOnlySourceOfATopic() {
        Pln p = pln(List.of("coding", "makerspaces", "robotics", "ai"), List.of(
                person("jane").topics(List.of("coding", "makerspaces", "robotics", "ai")).build(),
                person("tom").topics(List.of("ai")).build(),
                c("blog", Kind.RESOURCE, "blogs-websites").topics(List.of("gardening")).build()));
        Reliance r = RelianceMeasure.of(p);
        assertEquals(1, r.keyPeople().size());
        assertEquals("jane", r.keyPeople().get(0).connection().id());
        assertEquals(List.of("coding", "makerspaces", "robotics"), r.keyPeople().get(0).soleSourceOf());
        Reliance.Flag f = r.flags().stream().filter(x -> x.type() == FlagType.SOLE_SOURCE).findFirst().orElseThrow();
        assertEquals("jane", f.connection().orElseThrow().id());
        assertEquals(3, f.value());
        assertEquals(2, f.limit());
    }

    @Test
    void articulationPointsOfTheConnectionsOwnNetwork() {
        // a – b – c – d and b – e: b cuts a and e off (pieces {a}, {e}, {c, d}); c cuts d off
        Pln p = pln(List.of(person("a").build(), person("b").build(), person("c").build(), person("d").build(),
                person("e").build(), person("f").build()), "a-b", "b-c", "c-d", "b-e");
        Reliance r = RelianceMeasure.of(p);
        assertEquals(List.of("b", "c"), r.articulationPoints().stream().map(x -> x.connection().id()).toList());
        assertEquals(3, r.articulationPoints().get(0).pieces());
        assertEquals(2, r.articulationPoints().get(0).wouldSeparate()); // 4 others, largest piece {c, d}
        assertEquals(2, r.articulationPoints().get(1).pieces());
        assertEquals(1, r.articulationPoints().get(1).wouldSeparate());
    }

    @Test
    void withoutArticulationPointsEverythingElseIsTheSame() {
        // the network above, with topics that make key people and flags: only the articulation points are left out
        Pln p = pln(List.of("coding", "robotics", "phonics"), List.of(
                person("a").topics(List.of("coding", "robotics")).build(), person("b").build(),
                person("c").topics(List.of("phonics")).build(), person("d").topics(List.of("phonics")).build(),
                person("e").build(), person("f").build()), "a-b", "b-c", "c-d", "b-e");
        RelianceMeasure m = new RelianceMeasure(EngagementScale.DEFAULT, Thresholds.DEFAULTS);
        Reliance full = m.measure(p);
        Reliance quick = m.measureWithoutArticulationPoints(p,
                new org.plnkit.analysis.topics.TopicsMeasure(EngagementScale.DEFAULT).measure(p));
        assertFalse(full.articulationPoints().isEmpty());
        assertFalse(full.keyPeople().isEmpty());
        assertTrue(quick.articulationPoints().isEmpty());
        assertEquals(new Reliance(full.weights(), full.totalWeight(), full.herfindahl(), full.normalizedHerfindahl(),
                full.top(), full.keyPeople(), List.of(), full.flags()), quick);
    }

    @Test
    void aCycleHasNoArticulationPoint() {
        Pln p = pln(List.of(person("a").build(), person("b").build(), person("c").build()), "a-b", "b-c", "c-a");
        assertTrue(RelianceMeasure.of(p).articulationPoints().isEmpty());
    }
}
