package org.plnkit.analysis.structure;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

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
 * All three are undefined (empty) for a vertex without neighbours, where NetworkX gives NaN.
 *
 * <pre>{@code
 * StructuralHoles<String, DefaultEdge> holes = new StructuralHoles<>(graph);
 * holes.effectiveSize("G");   // OptionalDouble[4.666…] on Borgatti's example
 * holes.constraint("G");      // OptionalDouble[0.4002…]
 * }</pre>
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class StructuralHoles<V, E> {
    private final Graph<V, E> graph;
    private final boolean weighted;
    private final boolean directed;
    private final Map<V, Set<V>> neighbours = new HashMap<>();
    private final Map<V, Double> sums = new HashMap<>();
    private final Map<V, Double> maxima = new HashMap<>();

    /** Measures on this graph; the graph must not change while the measure is used. */
    public StructuralHoles(Graph<V, E> graph) {
        this.graph = graph;
        this.weighted = graph.getType().isWeighted();
        this.directed = graph.getType().isDirected();
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
        OptionalDouble e = effectiveSize(v);
        int n = neighbours(v).size();
        return new Scores(n, e, n == 0 ? OptionalDouble.empty() : OptionalDouble.of(e.getAsDouble() / n),
                constraint(v));
    }

    /** Burt's effective size of a vertex's ego network; empty when it has no neighbours. */
    public OptionalDouble effectiveSize(V v) {
        Set<V> nv = neighbours(v);
        if (nv.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!weighted && !directed) {
            int n = nv.size();
            int t = 0;
            for (V a : nv) {
                for (V b : neighbours(a)) {
                    if (nv.contains(b)) {
                        t++;
                    }
                }
            }
            t /= 2; // each tie among neighbours was seen from both ends
            return OptionalDouble.of(n - (2.0 * t) / n);
        }
        double sum = 0;
        for (V j : nv) {
            double r = 0;
            for (V q : nv) {
                r += normalizedMutualWeight(v, q, false) * normalizedMutualWeight(j, q, true);
            }
            sum += 1 - r;
        }
        return OptionalDouble.of(sum);
    }

    /** Effective size ÷ the number of neighbours; empty when it has no neighbours. */
    public OptionalDouble efficiency(V v) {
        int n = neighbours(v).size();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(effectiveSize(v).getAsDouble() / n);
    }

    /** Burt's constraint of a vertex; empty when it has no neighbours. */
    public OptionalDouble constraint(V v) {
        Set<V> nv = neighbours(v);
        if (nv.isEmpty()) {
            return OptionalDouble.empty();
        }
        double c = 0;
        for (V j : nv) {
            c += localConstraint(v, j);
        }
        return OptionalDouble.of(c);
    }

    /** Burt's local (dyadic) constraint of u's tie to v: (p<sub>uv</sub> + Σ p<sub>uq</sub> p<sub>qv</sub>)². */
    public double localConstraint(V u, V v) {
        double direct = normalizedMutualWeight(u, v, false);
        double indirect = 0;
        for (V q : neighbours(u)) {
            indirect += normalizedMutualWeight(u, q, false) * normalizedMutualWeight(q, v, false);
        }
        double x = direct + indirect;
        return x * x;
    }

    private Set<V> neighbours(V v) {
        return neighbours.computeIfAbsent(v, k -> {
            Set<V> s = new LinkedHashSet<>(Graphs.neighborListOf(graph, k));
            s.remove(k);
            return s;
        });
    }

    private double mutualWeight(V u, V v) {
        if (u.equals(v)) {
            return 0; // NetworkX counts self-loops; the graphs measured here have none
        }
        return weight(u, v) + weight(v, u);
    }

    private double weight(V from, V to) {
        E e = graph.getEdge(from, to);
        if (e == null) {
            return 0;
        }
        return weighted ? graph.getEdgeWeight(e) : 1.0;
    }

    private double normalizedMutualWeight(V u, V v, boolean byMax) {
        double scale = byMax ? maxima.computeIfAbsent(u, this::maxMutual) : sums.computeIfAbsent(u, this::sumMutual);
        return scale == 0 ? 0 : mutualWeight(u, v) / scale;
    }

    private double sumMutual(V u) {
        double s = 0;
        for (V w : neighbours(u)) {
            s += mutualWeight(u, w);
        }
        return s;
    }

    private double maxMutual(V u) {
        double m = 0;
        boolean any = false;
        for (V w : neighbours(u)) {
            double x = mutualWeight(u, w);
            m = any ? Math.max(m, x) : x;
            any = true;
        }
        return m;
    }
}
