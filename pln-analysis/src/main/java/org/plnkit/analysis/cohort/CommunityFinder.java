package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * Communities in the projection by JGraphT's label propagation (Raghavan, Albert &amp; Kumara 2007) with a seeded
 * random generator. JGraphT's implementation counts a neighbour's label once per edge, so the weights of the
 * projection are given to it as edge multiplicities: an edge of weight w becomes round(w ÷ u) parallel edges (at
 * least 1, at most {@value #MAX_COPIES}), u half the median edge weight. Label propagation runs in near-linear time
 * and needs no number of communities; it is randomized, and the seed makes it repeatable.
 */
final class CommunityFinder {
    static final int MAX_COPIES = 16;
    private static final int MAX_ROUNDS = 100;

    private CommunityFinder() {
    }

    /** The clusters (every participant in one, singletons included) and their modularity in the projection. */
    record Result(List<Set<Integer>> clusters, double modularity) {
    }

    static Result find(Projection projection, long seed) {
        Graph<Integer, DefaultWeightedEdge> weighted = projection.asGraph();
        int n = projection.participantCount();
        Pseudograph<Integer, DefaultEdge> multi = new Pseudograph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            multi.addVertex(i);
        }
        double[] w = weighted.edgeSet().stream().mapToDouble(weighted::getEdgeWeight).sorted().toArray();
        double unit = w.length == 0 ? 1 : w[w.length / 2] / 2;
        for (int i = 0; i < n; i++) {
            int[] nb = projection.neighbours(i);
            double[] ws = projection.weights(i);
            for (int x = 0; x < nb.length; x++) {
                if (nb[x] > i) {
                    long copies = Math.max(1, Math.min(MAX_COPIES, Math.round(ws[x] / unit)));
                    for (int c = 0; c < copies; c++) {
                        multi.addEdge(i, nb[x]);
                    }
                }
            }
        }
        List<Set<Integer>> clusters = new LabelPropagationClustering<>(multi, MAX_ROUNDS, new Random(seed))
                .getClustering().getClusters();
        double q = w.length == 0 ? 0 : new UndirectedModularityMeasurer<>(weighted).modularity(clusters);
        return new Result(clusters, q);
    }
}
