package org.plnkit.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A library-neutral view of a PLN as a graph, so that {@code pln-core} needs no graph library: analyses adapt
 * it to JGraphT, renderers to GraphStream. Vertices are the ego and one vertex per connection; edges are the
 * ego's ties (carrying the connection's attributes) and undirected links between connections (each once).
 *
 * @param vertices ego first, then connections in input order
 * @param edges    ties in connection order, then links in input order without repeats
 *
 * @since 0.1.0
 */
public record PlnGraph(List<Vertex> vertices, List<Edge> edges) {
    public PlnGraph {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
    }

    /** A vertex: the participant or one of their connections. */
    public sealed interface Vertex permits Ego, Alter {
        /** A key unique in this graph: {@code ego} for the participant, {@code c:<id>} for a connection. */
        String key();
    }

    /** The participant at the centre. */
    public record Ego(Participant participant) implements Vertex {
        @Override
        public String key() {
            return "ego";
        }
    }

    /** A connection of the participant. */
    public record Alter(Connection connection) implements Vertex {
        @Override
        public String key() {
            return "c:" + connection.id();
        }
    }

    /** An edge of the ego network. */
    public sealed interface Edge permits Tie, Between {
        Vertex source();

        Vertex target();
    }

    /** The participant's tie to a connection; its attributes are the connection's (frequency, value…). */
    public record Tie(Ego source, Alter target) implements Edge {
    }

    /** A link between two connections. */
    public record Between(Alter source, Alter target) implements Edge {
    }

    static PlnGraph of(Pln pln) {
        Ego ego = new Ego(pln.participant());
        List<Vertex> vs = new ArrayList<>();
        List<Edge> es = new ArrayList<>();
        vs.add(ego);
        Map<String, Alter> alters = new LinkedHashMap<>();
        for (Connection c : pln.connections()) {
            Alter a = new Alter(c);
            alters.put(c.id(), a);
            vs.add(a);
            es.add(new Tie(ego, a));
        }
        Set<String> seen = new HashSet<>();
        for (Link l : pln.links()) {
            String key = l.from().compareTo(l.to()) < 0 ? l.from() + "\u0000" + l.to() : l.to() + "\u0000" + l.from();
            if (seen.add(key)) {
                es.add(new Between(alters.get(l.from()), alters.get(l.to())));
            }
        }
        return new PlnGraph(vs, es);
    }
}
