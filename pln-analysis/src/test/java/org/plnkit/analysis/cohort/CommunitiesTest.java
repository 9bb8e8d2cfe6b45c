package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** Two groups who share their own rare resources, and one participant who shares with both. */
class CommunitiesTest {
    /**
     * a0…a7 each name three of the resources A0…A3, b0…b7 three of B0…B3; all name the Hub; x names A0 and B0.
     */
    static Cohort twoGroups() {
        List<Pln> plns = new ArrayList<>();
        for (String g : List.of("a", "b")) {
            for (int i = 0; i < 8; i++) {
                List<Connection> cs = new ArrayList<>();
                cs.add(Connection.builder("hub", "The Hub", Kind.ORGANIZATION, "professional-organizations").build());
                for (int r = 0; r < 4; r++) {
                    if (r != i % 4) {
                        String name = g.toUpperCase() + r;
                        cs.add(Connection.builder(name.toLowerCase(), name, Kind.RESOURCE, "blogs-websites").build());
                    }
                }
                plns.add(new Pln(new Participant(g + i, "", Optional.of("Teacher"), Optional.of("School " + g),
                        List.of(), Optional.empty(), Optional.of(TinyCohort.AS_OF)), cs, List.of()));
            }
        }
        plns.add(new Pln(new Participant("x", "", Optional.of("Teacher"), Optional.of("School x"), List.of(),
                Optional.empty(), Optional.of(TinyCohort.AS_OF)), List.of(
                Connection.builder("a0", "A0", Kind.RESOURCE, "blogs-websites").build(),
                Connection.builder("b0", "B0", Kind.RESOURCE, "blogs-websites").build()), List.of()));
        return new Cohort(plns);
    }

    @Test
    void theTwoGroupsAreTwoCommunitiesForEverySeed() {
        Cohort c = twoGroups();
        for (long seed = 1; seed <= 5; seed++) {
            CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withSeed(seed));
            Optional<Integer> ca = a.participant("a0").orElseThrow().community();
            Optional<Integer> cb = a.participant("b0").orElseThrow().community();
            assertTrue(ca.isPresent() && cb.isPresent(), "seed " + seed);
            assertNotEquals(ca, cb, "seed " + seed);
            for (int i = 1; i < 8; i++) {
                assertEquals(ca, a.participant("a" + i).orElseThrow().community(), "seed " + seed + " a" + i);
                assertEquals(cb, a.participant("b" + i).orElseThrow().community(), "seed " + seed + " b" + i);
            }
            assertTrue(a.modularity() > 0.3, "Q = " + a.modularity());
        }
    }

    @Test
    void communitiesAreNumberedLargestFirstAndDescribed() {
        CohortAnalysis a = CohortAnalyzer.analyze(twoGroups(), CohortOptions.defaults());
        Community first = a.communities().get(0);
        assertEquals(1, first.number());
        assertTrue(first.size() >= a.communities().get(1).size());
        assertEquals("Teacher", first.roles().get(0).group());
        // the Hub is named by every member; the group's own resources by half of them each
        assertEquals("The Hub", first.topShared().get(0).name());
        assertEquals(8, first.schools().get(0).participants());
    }
}
