package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Communities in the projection by the Leiden algorithm (Traag, Waltman &amp; van Eck 2019) of CWTS's
 * {@code networkanalysis} library, optimising <em>modularity</em> at resolution {@value #RESOLUTION}.
 *
 * <p>The library optimises the constant Potts model (CPM); with node weights equal to the participants' total edge
 * weights (strengths) and the resolution divided by twice the total edge weight, CPM is modularity (the library's own
 * command line does the same for {@code --quality-function Modularity}). Modularity compares each community's
 * internal weight with what the members' strengths alone would give, so a participant who is close to many (the
 * users of the hubs) does not pull everyone into one group, and resolution 1 means "more than chance" rather than a
 * density threshold that would have to be tuned to the weights of the projection. Leiden's refinement step
 * guarantees that every community is connected in the projection (label propagation and Louvain do not).
 *
 * <p>Leiden is randomized: a {@link Random} seeded with the cohort's seed drives it, and the projection's edges are
 * handed over in a fixed order, so the same cohort gives the same communities. It runs {@value #ITERATIONS}
 * iterations, each of which can only improve the partition. The reported modularity is the library's quality of
 * the result, which with these node weights and this resolution is Newman–Girvan modularity of the weighted
 * projection (the same figure as JGraphT's {@code UndirectedModularityMeasurer}, checked in the tests, at a
 * fraction of the cost).
 */
final class CommunityFinder {
    /** The modularity resolution: 1 is Newman–Girvan modularity. */
    static final double RESOLUTION = 1.0;
    static final int ITERATIONS = 10;
    /** Leiden's randomness in the refinement step (the library's default). */
    private static final double RANDOMNESS = 0.01;

    private CommunityFinder() {
    }

    /** The clusters (every participant in one, singletons included) and their modularity in the projection. */
    record Result(List<Set<Integer>> clusters, double modularity) {
    }

    static Result find(Projection projection, long seed) {
        int n = projection.participantCount();
        int[] offsets = projection.rawOffsets();
        int[] targets = projection.rawTargets();
        long edges = projection.edgeCount();
        LargeIntArray[] ends = {new LargeIntArray(edges), new LargeIntArray(edges)};
        LargeDoubleArray weights = new LargeDoubleArray(edges);
        long e = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int x = offsets[i]; x < offsets[i + 1]; x++) {
                if (targets[x] > i) {
                    double w = projection.rawWeight(x);
                    ends[0].set(e, i);
                    ends[1].set(e, targets[x]);
                    weights.set(e, w);
                    total += w;
                    e++;
                }
            }
        }
        if (edges == 0) {
            List<Set<Integer>> singletons = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                singletons.add(Set.of(i));
            }
            return new Result(singletons, 0);
        }
        Network network = new Network(n, true, ends, weights, false, false);
        LeidenAlgorithm leiden = new LeidenAlgorithm(RESOLUTION / (2 * total), ITERATIONS, RANDOMNESS,
                new Random(seed));
        Clustering clustering = new Clustering(n);
        leiden.improveClustering(network, clustering);
        int[][] byCluster = clustering.getNodesPerCluster();
        List<Set<Integer>> clusters = new ArrayList<>(byCluster.length);
        for (int[] members : byCluster) {
            if (members.length > 0) {
                Set<Integer> c = new TreeSet<>();
                for (int i : members) {
                    c.add(i);
                }
                clusters.add(c);
            }
        }
        return new Result(clusters, leiden.calcQuality(network, clustering));
    }
}
