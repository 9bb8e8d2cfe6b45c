package org.plnkit.analysis.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jgrapht.Graph;

/**
 * Burt's (1992) structural-hole measures of a vertex: effective size, efficiency and constraint, as clarified by
 * Borgatti (1997), "Structural Holes: Unpacking Burt's Redundancy Measures", Connections 20(1): 35–38. Works on any
 * JGraphT graph, directed or undirected, weighted or not, and follows NetworkX 2.8's {@code effective_size} and
 * {@code constraint} exactly, so that the values can be cross-checked:
 *
 * <ul>
 * <li>the mutual weight of u and v is a<sub>uv</sub> + a<sub>vu</sub> (for an undirected edge of weight w, 2w;
 *     an unweighted edge weighs 1);</li>
 * <li>p<sub>uv</sub> = mutual(u, v) ÷ Σ<sub>w ∈ N(u)</sub> mutual(u, w), and m<sub>uv</sub> = mutual(u, v) ÷
 *     max<sub>w ∈ N(u)</sub> mutual(u, w), where N(u) are u's neighbours in either direction;</li>
 * <li>effective size e(i) = Σ<sub>j ∈ N(i)</sub> (1 − Σ<sub>q ∈ N(i)</sub> p<sub>iq</sub> m<sub>jq</sub>); for
 *     an undirected unweighted graph Borgatti's simplification n − 2t/n is used, with n = |N(i)| and t the number
 *     of edges among i's neighbours (the two are equal);</li>
 * <li>efficiency = effective size ÷ |N(i)|;</li>
 * <li>constraint c(i) = Σ<sub>j ∈ N(i)</sub> (p<sub>ij</sub> + Σ<sub>q ∈ N(i)</sub> p<sub>iq</sub>
 *     p<sub>qj</sub>)².</li>
 * </ul>
 * All three are undefined (empty) for a vertex without neighbours, where NetworkX gives NaN. Only common
 * neighbours contribute to the inner sums, so the work per vertex is proportional to its neighbours' degrees, not to
 * the square of its degree. Self-loops are ignored; parallel edges of a multigraph add up.
 *
 * <pre>{@code
 * StructuralHoles<String, DefaultEdge> holes = new StructuralHoles<>(graph);
 * holes.effectiveSize("G");   // OptionalDouble[4.666…] on Borgatti's example
 * holes.constraint("G");      // OptionalDouble[0.4002…]
 * }</pre>
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 *
 * @since 0.1.0
 */
public final class StructuralHoles<V, E> {
    private final boolean simplified;
    private final Map<V, Integer> index = new HashMap<>();
    /** For each vertex, its distinct neighbours (either direction) by index, ascending. */
    private final int[][] neighbours;
    /** The mutual weight to each neighbour, parallel to {@link #neighbours}. */
    private final double[][] mutual;
    private final double[] sum;
    private final double[] max;

    /** Measures on this graph; later changes to the graph are not seen. */
    public StructuralHoles(Graph<V, E> graph) {
        boolean weighted = graph.getType().isWeighted();
        boolean directed = graph.getType().isDirected();
        this.simplified = !weighted && !directed;
        List<TreeMap<Integer, Double>> adj = new ArrayList<>();
        for (V v : graph.vertexSet()) {
            index.put(v, adj.size());
            adj.add(new TreeMap<>());
        }
        for (E e : graph.edgeSet()) {
            int s = index.get(graph.getEdgeSource(e));
            int t = index.get(graph.getEdgeTarget(e));
            if (s == t) {
                continue;
            }
            double w = weighted ? graph.getEdgeWeight(e) : 1.0;
            // mutual(u, v) = a(u, v) + a(v, u): an undirected edge counts in both directions
            double m = directed ? w : 2 * w;
            adj.get(s).merge(t, m, Double::sum);
            adj.get(t).merge(s, m, Double::sum);
        }
        int n = adj.size();
        neighbours = new int[n][];
        mutual = new double[n][];
        sum = new double[n];
        max = new double[n];
        for (int u = 0; u < n; u++) {
            TreeMap<Integer, Double> a = adj.get(u);
            neighbours[u] = new int[a.size()];
            mutual[u] = new double[a.size()];
            int i = 0;
            double total = 0;
            double top = 0;
            for (Map.Entry<Integer, Double> x : a.entrySet()) {
                neighbours[u][i] = x.getKey();
                mutual[u][i] = x.getValue();
                total += x.getValue();
                top = i == 0 ? x.getValue() : Math.max(top, x.getValue());
                i++;
            }
            sum[u] = total;
            max[u] = top;
        }
    }

    /**
     * The measures of one vertex.
     *
     * @param size          the number of neighbours
     * @param effectiveSize the number of non-redundant neighbours
     * @param efficiency    effective size ÷ size
     * @param constraint    how much the vertex's ties are invested in neighbours that are tied to each other
     */
    public record Scores(int size, OptionalDouble effectiveSize, OptionalDouble efficiency,
                         OptionalDouble constraint) {
    }

    /** Effective size, efficiency and constraint of a vertex. */
    public Scores scores(V v) {
        int n = neighbours[of(v)].length;
        OptionalDouble e = effectiveSize(v);
        return new Scores(n, e, n == 0 ? OptionalDouble.empty() : OptionalDouble.of(e.getAsDouble() / n),
                constraint(v));
    }

    /** Burt's effective size of a vertex's ego network; empty when it has no neighbours. */
    public OptionalDouble effectiveSize(V v) {
        int i = of(v);
        int[] ni = neighbours[i];
        if (ni.length == 0) {
            return OptionalDouble.empty();
        }
        if (simplified) {
            int n = ni.length;
            int t = 0;
            for (int a : ni) {
                for (int b : neighbours[a]) {
                    if (contains(ni, b)) {
                        t++;
                    }
                }
            }
            t /= 2; // each tie among neighbours was seen from both ends
            return OptionalDouble.of(n - (2.0 * t) / n);
        }
        double total = 0;
        for (int j : ni) {
            total += 1 - overShared(i, j, (k, iq) -> p(i, iq) * (max[j] == 0 ? 0 : mutual[j][k] / max[j]));
        }
        return OptionalDouble.of(total);
    }

    /** Effective size ÷ the number of neighbours; empty when it has no neighbours. */
    public OptionalDouble efficiency(V v) {
        int n = neighbours[of(v)].length;
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(effectiveSize(v).getAsDouble() / n);
    }

    /** Burt's constraint of a vertex; empty when it has no neighbours. */
    public OptionalDouble constraint(V v) {
        int i = of(v);
        if (neighbours[i].length == 0) {
            return OptionalDouble.empty();
        }
        double c = 0;
        for (int j : neighbours[i]) {
            c += local(i, j);
        }
        return OptionalDouble.of(c);
    }

    /** Burt's local (dyadic) constraint of u's tie to v: (p<sub>uv</sub> + Σ p<sub>uq</sub> p<sub>qv</sub>)². */
    public double localConstraint(V u, V v) {
        return local(of(u), of(v));
    }

    private double local(int u, int v) {
        int[] nu = neighbours[u];
        int uv = Arrays.binarySearch(nu, v);
        double direct = uv >= 0 ? p(u, uv) : 0;
        // p(u, q) p(q, v) is non-zero only for q a neighbour of both
        double indirect = overShared(u, v, (k, uq) -> {
            int q = neighbours[v][k];
            return p(u, uq) * p(q, Arrays.binarySearch(neighbours[q], v));
        });
        double x = direct + indirect;
        return x * x;
    }

    /** A term of a sum over the neighbours q of b that a is tied to too: q is b's k-th and a's aq-th neighbour. */
    @FunctionalInterface
    private interface SharedTerm {
        double of(int k, int aq);
    }

    /** The sum of {@code term} over the neighbours of b that are neighbours of a too, in b's order. */
    private double overShared(int a, int b, SharedTerm term) {
        int[] na = neighbours[a];
        int[] nb = neighbours[b];
        double total = 0;
        for (int k = 0; k < nb.length; k++) {
            int aq = Arrays.binarySearch(na, nb[k]);
            if (aq >= 0) {
                total += term.of(k, aq);
            }
        }
        return total;
    }

    /** p(u, w) for the k-th neighbour w of u. */
    private double p(int u, int k) {
        return sum[u] == 0 ? 0 : mutual[u][k] / sum[u];
    }

    private static boolean contains(int[] sorted, int x) {
        return Arrays.binarySearch(sorted, x) >= 0;
    }

    private int of(V v) {
        Integer i = index.get(v);
        if (i == null) {
            throw new IllegalArgumentException("no such vertex: " + v);
        }
        return i;
    }
}
