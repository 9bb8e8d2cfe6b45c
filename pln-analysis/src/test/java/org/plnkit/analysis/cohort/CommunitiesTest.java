package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The Hub, named by everyone, does not glue the groups together: no community mixes a's and b's, for any seed.
     * (With k = 3 neighbours at this size a group may be found as two halves: the projection is that sparse.)
     */
    @Test
    void noCommunityMixesTheTwoGroupsForAnySeed() {
        Cohort c = twoGroups();
        for (long seed = 1; seed <= 5; seed++) {
            CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withSeed(seed));
            assertTrue(a.communities().size() >= 2, "seed " + seed);
            int inCommunities = 0;
            for (Community community : a.communities()) {
                Set<Character> groups = new HashSet<>();
                for (int i : community.members()) {
                    groups.add(a.participants().get(i).participant().id().charAt(0));
                }
                groups.remove('x');
                assertEquals(1, groups.size(), "seed " + seed + ": " + community.members());
                inCommunities += community.size();
            }
            // most are in a community (one may be left in a pair, which is not reported)
            assertTrue(inCommunities >= 12, "seed " + seed + ": only " + inCommunities + " in communities");
            assertTrue(a.modularity() > 0.3, "Q = " + a.modularity());
        }
    }

    @Test
    void communitiesAreNumberedLargestFirstAndDescribed() {
        CohortAnalysis a = CohortAnalyzer.analyze(twoGroups(), CohortOptions.defaults());
        Community first = a.communities().get(0);
        assertEquals(1, first.number());
        for (int c = 1; c < a.communities().size(); c++) {
            assertEquals(c + 1, a.communities().get(c).number());
            assertTrue(a.communities().get(c - 1).size() >= a.communities().get(c).size());
        }
        assertEquals("Teacher", first.roles().get(0).group());
        // every member but x names the Hub, so it is among what the community names most
        int others = first.members().contains(a.participant("x").orElseThrow().index()) ? 1 : 0;
        assertTrue(first.topShared().stream().anyMatch(n -> n.name().equals("The Hub")
                && n.participants() == first.size() - others), () -> first.topShared().toString());
        assertEquals(first.size() - others, first.schools().get(0).participants());
    }

    /**
     * QA: the district workbook said "2 participants are in no community." and nothing else, and cohort.json and the
     * map the same; the reason is given, in plain words, for those who share nothing and for the others (#6, #18).
     */
    @Test
    void saysWhyParticipantsAreInNoCommunity() {
        List<Pln> group = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            group.add(pln("g" + i, "r1", "r2"));
        }
        CohortAnalysis together = CohortAnalyzer.analyze(new Cohort(group), CohortOptions.defaults());
        assertEquals("Every participant is in a community or a small group.",
                CommunityProfiles.noCommunityText(together));

        List<Pln> withLoner = new ArrayList<>(group);
        withLoner.add(pln("loner", "own"));
        assertEquals("1 participant is in no community: they share nothing with anyone, so no group holds them.",
                CommunityProfiles.noCommunityText(CohortAnalyzer.analyze(new Cohort(withLoner),
                        CohortOptions.defaults())));

        List<Pln> withPair = new ArrayList<>(withLoner);
        withPair.add(pln("p", "z"));
        withPair.add(pln("q", "z"));
        CohortAnalysis a = CohortAnalyzer.analyze(new Cohort(withPair), CohortOptions.defaults());
        assertEquals(3, a.participants().stream().filter(p -> p.community().isEmpty()).count());
        assertEquals("3 participants are in no community: the grouping left them alone or in a pair (a group needs 3"
                + " members or more), as 1 shares nothing with anyone and the others share with too few participants, or"
                + " only with ones who are closer to others (each participant is linked to their 3 closest"
                + " peers only).", CommunityProfiles.noCommunityText(a));
    }

    private static Pln pln(String id, String... resources) {
        List<Connection> cs = new ArrayList<>();
        for (String r : resources) {
            cs.add(Connection.builder(r, r.toUpperCase(), Kind.RESOURCE, "blogs-websites").build());
        }
        return new Pln(new Participant(id, "", Optional.of("Teacher"), Optional.of("School"), List.of(),
                Optional.empty(), Optional.of(TinyCohort.AS_OF)), cs, List.of());
    }
}
