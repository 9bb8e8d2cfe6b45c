package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;

/** Invariants of the cohort analysis on random small cohorts ({@link CohortGen}). */
class CohortProperties {
    private static final long SEED = 20261128L;

    private static CohortAnalysis analyse(Cohort c, int k, int hub) {
        return CohortAnalyzer.analyze(c, CohortOptions.defaults().withNeighbours(k).withHubSample(hub));
    }

    @Test
    void noParticipantKeepsMoreThanKNeighbours() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(CohortGen.cohorts(30), integers().between(1, 6), integers().between(2, 6))
                .checkAssert((c, k, hub) -> {
                    Projection p = analyse(c, k, hub).projection();
                    for (int i = 0; i < p.participantCount(); i++) {
                        assertTrue(p.degree(i) <= k, "degree " + p.degree(i) + " > k " + k);
                        assertTrue(p.degree(i) <= p.stats().neighbours());
                    }
                });
    }

    @Test
    void projectionIsSymmetricWithPositiveWeights() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(CohortGen.cohorts(30), integers().between(1, 6), integers().between(2, 6))
                .checkAssert((c, k, hub) -> {
                    Projection p = analyse(c, k, hub).projection();
                    long ends = 0;
                    for (int i = 0; i < p.participantCount(); i++) {
                        int[] nb = p.neighbours(i);
                        double[] w = p.weights(i);
                        ends += nb.length;
                        for (int x = 0; x < nb.length; x++) {
                            assertTrue(w[x] > 0);
                            assertEquals(w[x], p.weight(nb[x], i), 0.0);
                            assertTrue(nb[x] != i);
                            if (x > 0) {
                                assertTrue(w[x - 1] > w[x] || w[x - 1] == w[x] && nb[x - 1] < nb[x]);
                            }
                        }
                    }
                    assertEquals(2 * p.edgeCount(), ends);
                });
    }

    @Test
    void withoutSamplingEveryPairIsCounted() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(CohortGen.cohorts(25))
                .checkAssert(c -> {
                    Projection.Stats s = analyse(c, 10, 1000).projection().stats();
                    assertEquals(s.fullPairs(), s.countedPairs());
                    assertEquals(0, s.hubs());
                });
    }

    @Test
    void coverageCountsAddUpToTheAssessedParticipants() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(CohortGen.cohorts(30))
                .checkAssert(c -> {
                    CohortAnalysis a = analyse(c, 10, 50);
                    assertEquals(c.size(), a.assessed());
                    for (CategoryCoverage cc : a.coverage().byCategory()) {
                        assertEquals(c.size(), cc.participants(), cc.toString());
                    }
                    int bySchool = a.coverage().bySchool().stream().mapToInt(GroupSummary::participants).sum();
                    assertEquals(c.size(), bySchool);
                    for (GroupSummary g : a.coverage().bySchool()) {
                        for (CategoryCoverage cc : g.categories()) {
                            assertEquals(g.assessed(), cc.participants());
                        }
                    }
                    assertEquals(c.size(), a.health().overall().count());
                    assertEquals(c.size(), a.health().overall().histogram().stream().mapToInt(i -> i).sum());
                });
    }

    @Test
    void isolatedMeansNothingSharedAndKeystonesAreConsistent() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(CohortGen.cohorts(30))
                .checkAssert(c -> {
                    CohortAnalysis a = analyse(c, 10, 50);
                    for (CohortParticipant p : a.participants()) {
                        assertEquals(p.sharedNodes() == 0 && p.ties() == 0, p.isolated());
                        assertEquals(p.isolated(), a.isolated().contains(p.index()));
                        if (p.isolated()) {
                            assertEquals(0, p.neighbours());
                            assertTrue(p.community().isEmpty());
                        }
                    }
                    for (Keystone k : a.keystones()) {
                        assertTrue(k.affected() >= Math.max(k.withoutCategory(), k.withoutTopic()));
                        assertTrue(k.affected() <= k.withoutCategory() + k.withoutTopic());
                        assertTrue(k.affected() <= k.participants());
                    }
                    for (SharedResource r : a.sharedResources()) {
                        assertTrue(r.participants() >= 2);
                    }
                    int members = a.communities().stream().mapToInt(Community::size).sum();
                    long inOne = a.participants().stream().filter(p -> p.community().isPresent()).count();
                    assertEquals(inOne, members);
                });
    }

    @Test
    void exactBetweennessMatchesJGraphT() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(CohortGen.cohorts(30), integers().between(1, 5))
                .checkAssert((c, k) -> {
                    CohortAnalysis a = analyse(c, k, 50);
                    int n = a.size();
                    Graph<Integer, DefaultWeightedEdge> g = org.jgrapht.Graphs.undirectedGraph(
                            a.projection().asGraph());
                    // JGraphT's unnormalized betweenness on the unweighted projection: pairs of others
                    Map<Integer, Double> expected = new BetweennessCentrality<>(
                            new org.jgrapht.graph.AsUnweightedGraph<>(g), false).getScores();
                    double pairs = n > 2 ? (n - 1.0) * (n - 2.0) / 2 : 1;
                    for (CohortParticipant p : a.participants()) {
                        double want = n > 2 ? expected.get(p.index()) / pairs : 0;
                        assertEquals(want, p.betweenness(), 1e-9, "participant " + p.index());
                    }
                });
    }
}
