package org.plnkit.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph;
import org.plnkit.core.model.PlnGraph.Alter;
import org.plnkit.core.model.PlnGraph.Between;
import org.plnkit.core.model.PlnGraph.Edge;
import org.plnkit.core.model.PlnGraph.Vertex;

/**
 * Adapts the neutral {@link PlnGraph} of {@code pln-core} to JGraphT graphs, the one place where analyses meet the
 * graph library. Vertices are the neutral graph's keys ({@link Vertex#key()}): {@value #EGO} for the participant
 * and {@code c:<id>} for a connection. Strings hash fast and compare cheaply, which keeps JGraphT's lookups cheap
 * (a vertex record would hash every field of its connection on each lookup); {@link #connectionId(String)} maps a
 * key back to the connection.
 *
 * <p>The graphs are built in a canonical order (the ego, then connections by id, then links by the ids they join),
 * so that every algorithm run on them, and every floating-point sum, gives the same result whatever the order of
 * the connections and links in the input.
 *
 * <pre>{@code
 * Graph<String, DefaultEdge> ego = JGraphTAdapter.egoNetwork(pln);
 * ego.degreeOf(JGraphTAdapter.EGO);          // the number of connections
 * ego.containsEdge("c:jane", "c:aasl");      // whether Jane and AASL are linked
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JGraphTAdapter {
    /** The key of the participant's vertex. */
    public static final String EGO = "ego";

    private JGraphTAdapter() {
    }

    /** The key of a connection's vertex, {@code c:<id>}, as {@link Alter#key()}. */
    public static String key(Connection c) {
        return "c:" + c.id();
    }

    /** The connection id of a connection's vertex key. */
    public static String connectionId(String key) {
        if (!key.startsWith("c:")) {
            throw new IllegalArgumentException(key + " is not the key of a connection");
        }
        return key.substring(2);
    }

    /** The ego network: the participant, their connections, a tie to each, and the links among connections. */
    public static Graph<String, DefaultEdge> egoNetwork(Pln pln) {
        return build(pln.graph(), true);
    }

    /** The ego network of a neutral graph. */
    public static Graph<String, DefaultEdge> egoNetwork(PlnGraph graph) {
        return build(graph, true);
    }

    /** The connections' own network: the PLN without the participant, i.e. connections and the links among them. */
    public static Graph<String, DefaultEdge> connectionsNetwork(Pln pln) {
        return build(pln.graph(), false);
    }

    /** The connections' own network of a neutral graph. */
    public static Graph<String, DefaultEdge> connectionsNetwork(PlnGraph graph) {
        return build(graph, false);
    }

    private static Graph<String, DefaultEdge> build(PlnGraph graph, boolean withEgo) {
        List<String> alters = new ArrayList<>();
        boolean hasEgo = false;
        for (Vertex v : graph.vertices()) {
            if (v instanceof Alter a) {
                alters.add(key(a.connection()));
            } else {
                hasEgo = true;
            }
        }
        alters.sort(Comparator.naturalOrder());
        List<String[]> links = new ArrayList<>();
        for (Edge e : graph.edges()) {
            if (e instanceof Between b) {
                String s = key(b.source().connection());
                String t = key(b.target().connection());
                links.add(s.compareTo(t) <= 0 ? new String[] {s, t} : new String[] {t, s});
            }
        }
        links.sort(Comparator.comparing((String[] l) -> l[0]).thenComparing(l -> l[1]));

        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        boolean ego = withEgo && hasEgo;
        if (ego) {
            g.addVertex(EGO);
        }
        for (String a : alters) {
            g.addVertex(a);
        }
        if (ego) {
            for (String a : alters) {
                g.addEdge(EGO, a);
            }
        }
        for (String[] l : links) {
            g.addEdge(l[0], l[1]);
        }
        return g;
    }
}
