package org.plnkit.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph;
import org.plnkit.core.model.PlnGraph.Alter;
import org.plnkit.core.model.PlnGraph.Between;
import org.plnkit.core.model.PlnGraph.Edge;
import org.plnkit.core.model.PlnGraph.Ego;
import org.plnkit.core.model.PlnGraph.Vertex;

/**
 * Adapts the neutral {@link PlnGraph} of {@code pln-core} to JGraphT graphs, the one place where analyses meet the
 * graph library. Vertices are the {@link PlnGraph.Vertex} records themselves, so a result can always name the
 * connection behind a vertex.
 *
 * <p>The graphs are built in a canonical order (the ego, then connections by id, then links by the ids they join),
 * so that every algorithm run on them, and every floating-point sum, gives the same result whatever the order of
 * the connections and links in the input.
 *
 * <pre>{@code
 * Graph<Vertex, DefaultEdge> ego = JGraphTAdapter.egoNetwork(pln);
 * ego.degreeOf(JGraphTAdapter.ego(pln));   // the number of connections
 * }</pre>
 */
public final class JGraphTAdapter {
    private static final Comparator<Alter> BY_ID = Comparator.comparing(a -> a.connection().id());

    private JGraphTAdapter() {
    }

    /** The vertex of the participant in graphs built from this PLN. */
    public static Ego ego(Pln pln) {
        return new Ego(pln.participant());
    }

    /** The ego network: the participant, their connections, a tie to each, and the links among connections. */
    public static Graph<Vertex, DefaultEdge> egoNetwork(Pln pln) {
        return build(pln.graph(), true);
    }

    /** The ego network of a neutral graph. */
    public static Graph<Vertex, DefaultEdge> egoNetwork(PlnGraph graph) {
        return build(graph, true);
    }

    /** The connections' own network: the PLN without the participant, i.e. connections and the links among them. */
    public static Graph<Vertex, DefaultEdge> connectionsNetwork(Pln pln) {
        return build(pln.graph(), false);
    }

    /** The connections' own network of a neutral graph. */
    public static Graph<Vertex, DefaultEdge> connectionsNetwork(PlnGraph graph) {
        return build(graph, false);
    }

    private static Graph<Vertex, DefaultEdge> build(PlnGraph graph, boolean withEgo) {
        Ego ego = null;
        List<Alter> alters = new ArrayList<>();
        for (Vertex v : graph.vertices()) {
            if (v instanceof Ego e) {
                ego = e;
            } else {
                alters.add((Alter) v);
            }
        }
        alters.sort(BY_ID);
        List<Between> links = new ArrayList<>();
        for (Edge e : graph.edges()) {
            if (e instanceof Between b) {
                links.add(b);
            }
        }
        links.sort(Comparator.comparing((Between b) -> low(b)).thenComparing(JGraphTAdapter::high));

        Graph<Vertex, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        if (withEgo && ego != null) {
            g.addVertex(ego);
        }
        for (Alter a : alters) {
            g.addVertex(a);
        }
        if (withEgo && ego != null) {
            for (Alter a : alters) {
                g.addEdge(ego, a);
            }
        }
        for (Between b : links) {
            g.addEdge(b.source(), b.target());
        }
        return g;
    }

    private static String low(Between b) {
        String s = b.source().connection().id();
        String t = b.target().connection().id();
        return s.compareTo(t) <= 0 ? s : t;
    }

    private static String high(Between b) {
        String s = b.source().connection().id();
        String t = b.target().connection().id();
        return s.compareTo(t) <= 0 ? t : s;
    }
}
