package org.plnkit.analysis.cohort;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The participant–participant projection of the cohort graph: two participants are neighbours when they share
 * nodes, weighted by how rare those nodes are, and each participant keeps at most k neighbours (the strongest
 * first), so that the projection grows linearly with the cohort. How it is built, and what that does to the
 * measures, is in {@code docs/measures.md} ("The projection").
 *
 * <p>Immutable. Neighbours of a participant are listed by weight (highest first), then index.
 *
 * <pre>{@code
 * Projection p = analysis.projection();
 * p.degree(7);                   // at most k
 * p.neighbours(7)[0];            // the participant most like participant 7
 * Graph<Integer, DefaultWeightedEdge> g = p.asGraph();   // for other JGraphT algorithms
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Projection {
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;
    private final Stats stats;

    Projection(int[] offsets, int[] targets, double[] weights, Stats stats) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.stats = stats;
    }

    /**
     * How the projection was built and how much the hub sample and the degree limit left out. Its components, in
     * this order and under these names, are the fields of {@code projection} in {@code cohort.json}.
     *
     * @param neighbours     k, the most neighbours a participant keeps
     * @param hubSample      the sample size of nodes named by more participants than this
     * @param hubs           shared nodes named by more than {@code hubSample} participants
     * @param fullPairs      pairs of participants a full projection would enumerate (one per shared node and pair,
     *                       so a pair sharing three nodes counts three times) plus participant ties
     * @param countedPairs   pairs actually counted, after the hub sample (same convention)
     * @param candidateEdges distinct pairs proposed by participants among their strongest candidates
     * @param edges          edges kept
     * @param leftWithout    participants who share something with someone but kept no neighbour (every one of their
     *                       candidates had k stronger neighbours already)
     */
    public record Stats(int neighbours, int hubSample, int hubs, long fullPairs, long countedPairs,
                        long candidateEdges, long edges, int leftWithout) {
    }

    /** The number of participants (vertices). */
    public int participantCount() {
        return offsets.length - 1;
    }

    /** The number of edges. */
    public long edgeCount() {
        return targets.length / 2;
    }

    /** How many neighbours a participant kept; never more than k. */
    public int degree(int participant) {
        return offsets[participant + 1] - offsets[participant];
    }

    /** A participant's neighbours, by weight (highest first), then index. */
    public int[] neighbours(int participant) {
        return Arrays.copyOfRange(targets, offsets[participant], offsets[participant + 1]);
    }

    /** The weights of {@link #neighbours(int)}, in the same order. */
    public double[] weights(int participant) {
        return Arrays.copyOfRange(weights, offsets[participant], offsets[participant + 1]);
    }

    /** The weight of the edge between two participants; 0 when they are not neighbours. */
    public double weight(int a, int b) {
        for (int x = offsets[a]; x < offsets[a + 1]; x++) {
            if (targets[x] == b) {
                return weights[x];
            }
        }
        return 0;
    }

    /** How it was built. */
    public Stats stats() {
        return stats;
    }

    /** The projection as an unmodifiable JGraphT graph on participant indices 0…n−1 (all of them, in order). */
    public Graph<Integer, DefaultWeightedEdge> asGraph() {
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        int n = participantCount();
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < n; i++) {
            for (int x = offsets[i]; x < offsets[i + 1]; x++) {
                int j = targets[x];
                if (j > i) {
                    g.setEdgeWeight(g.addEdge(i, j), weights[x]);
                }
            }
        }
        return new AsUnmodifiableGraph<>(g);
    }

    int[] rawOffsets() {
        return offsets;
    }

    int[] rawTargets() {
        return targets;
    }

    /** The weight at position x of the adjacency arrays (the edge to {@code rawTargets()[x]}). */
    double rawWeight(int x) {
        return weights[x];
    }
}
