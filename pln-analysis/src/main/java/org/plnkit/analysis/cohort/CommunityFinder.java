package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Leiden iterations; each can only improve the partition (2: modularity 0.641 at 5,000, 10: 0.643, 5x slower). */
    static final int ITERATIONS = 2;
    /** Leiden's randomness in the refinement step (the library's default). */
    private static final double RANDOMNESS = 0.01;

    private CommunityFinder() {
    }

    /** The clusters (every participant in one, singletons included) and their modularity in the projection. */
    record Result(List<Set<Integer>> clusters, double modularity) {
    }

    static Result find(Projection projection, long seed) {
        int n = projection.participantCount();
        if (projection.edgeCount() == 0) {
            List<Set<Integer>> singletons = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                singletons.add(Set.of(i));
            }
            return new Result(singletons, 0);
        }
        // the library's adjacency arrays: the projection's, each participant's neighbours by index
        int[] offsets = projection.rawOffsets();
        int[] targets = projection.rawTargets();
        long[] first = new long[n + 1];
        LargeIntArray neighbours = new LargeIntArray(targets.length);
        LargeDoubleArray weights = new LargeDoubleArray(targets.length);
        double[] strength = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            first[i + 1] = offsets[i + 1];
            int from = offsets[i];
            int[] order = byIndex(targets, from, offsets[i + 1]);
            for (int x = 0; x < order.length; x++) {
                double w = projection.rawWeight(from + order[x]);
                neighbours.set(from + x, targets[from + order[x]]);
                weights.set(from + x, w);
                strength[i] += w;
            }
            total += strength[i];
        }
        total /= 2;
        Network network = new Network(strength, first, neighbours, weights, false);
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

    /** Positions (from {@code from}) of targets[from, to) in ascending order of target. */
    private static int[] byIndex(int[] targets, int from, int to) {
        long[] keys = new long[to - from];
        for (int x = 0; x < keys.length; x++) {
            keys[x] = ((long) targets[from + x] << 32) | x;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int x = 0; x < keys.length; x++) {
            order[x] = (int) keys[x];
        }
        return order;
    }
}
