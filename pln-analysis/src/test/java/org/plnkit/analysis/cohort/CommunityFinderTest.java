package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** The Leiden communities: a partition into connected groups, modularity as JGraphT measures it, hubs ignored. */
class CommunityFinderTest {
    private static final long SEED = 20261128L;

    private static Projection projection(Cohort c) {
        return CohortAnalyzer.analyze(c, CohortOptions.defaults()).projection();
    }

    @Test
    void everyParticipantIsInExactlyOneConnectedCommunityAndModularityIsJGraphTs() {
        qt().withFixedSeed(SEED).withExamples(120).forAll(CohortGen.cohorts(40)).checkAssert(c -> {
            Projection p = projection(c);
            CommunityFinder.Result r = CommunityFinder.find(p, SEED);
            Set<Integer> seen = new HashSet<>();
            for (Set<Integer> cluster : r.clusters()) {
                assertTrue(!cluster.isEmpty());
                for (int i : cluster) {
                    assertTrue(seen.add(i), "participant " + i + " in two communities");
                }
                assertTrue(connected(p, cluster), "community " + cluster + " is not connected");
            }
            assertEquals(p.participantCount(), seen.size());
            double expected = p.edgeCount() == 0 ? 0
                    : new UndirectedModularityMeasurer<>(p.asGraph()).modularity(r.clusters());
            assertEquals(expected, r.modularity(), 1e-9);
        });
    }

    @Test
    void theSameSeedGivesTheSameCommunities() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(CohortGen.cohorts(40)).checkAssert(c -> {
            Projection p = projection(c);
            assertEquals(CommunityFinder.find(p, 7).clusters(), CommunityFinder.find(p, 7).clusters());
        });
    }

    /**
     * Four groups of 20 who each name five of their group's eight resources, and all of whom name ISTE and #edchat:
     * the hubs do not glue the groups together: no community mixes two groups, and every participant is in one.
     */
    @Test
    void sharedHubsDoNotGlueGroupsTogether() {
        List<Pln> plns = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 20; i++) {
                List<Connection> cs = new ArrayList<>();
                cs.add(Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations").build());
                cs.add(Connection.builder("edchat", "#edchat", Kind.RESOURCE, "social-networks").build());
                for (int r = 0; r < 5; r++) {
                    String name = "G" + g + "-R" + ((i + 3 * r) % 8);
                    cs.add(Connection.builder(name.toLowerCase(), name, Kind.RESOURCE, "blogs-websites").build());
                }
                plns.add(new Pln(new Participant("g" + g + "p" + i, "", Optional.of("Teacher"),
                        Optional.of("School " + (i % 3)), List.of(), Optional.empty(), Optional.of(TinyCohort.AS_OF)),
                        cs, List.of()));
            }
        }
        CohortAnalysis a = CohortAnalyzer.analyze(new Cohort(plns), CohortOptions.defaults());
        assertTrue(a.communities().size() >= 4, () -> "communities " + a.communities());
        assertEquals(80, a.communities().stream().mapToInt(Community::size).sum());
        for (Community c : a.communities()) {
            String group = a.participants().get(c.members().get(0)).participant().id().substring(0, 2);
            for (int i : c.members()) {
                assertTrue(a.participants().get(i).participant().id().startsWith(group));
            }
        }
        assertTrue(a.modularity() > 0.6, "Q = " + a.modularity());
    }

    private static boolean connected(Projection p, Set<Integer> cluster) {
        int start = cluster.iterator().next();
        Set<Integer> reached = new HashSet<>(Set.of(start));
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (int q : p.neighbours(todo.poll())) {
                if (cluster.contains(q) && reached.add(q)) {
                    todo.add(q);
                }
            }
        }
        return reached.size() == cluster.size();
    }
}
