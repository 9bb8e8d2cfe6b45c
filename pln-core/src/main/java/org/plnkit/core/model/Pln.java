package org.plnkit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participant's Personal Learning Network: the participant (the ego), their connections, and the links
 * among those connections. Immutable and thread-safe; built once by a reader, a {@link Builder} or the
 * constructor, read by many analyses.
 *
 * <pre>{@code
 * Pln pln = Pln.builder(Participant.of("maria"))
 *         .connection(Connection.builder("jane", "Jane Kim", Kind.PERSON, "Local colleagues").build())
 *         .connection(Connection.builder("aasl", "AASL", Kind.ORGANIZATION, "professional-organizations").build())
 *         .link("jane", "aasl")
 *         .build();                    // "Local colleagues" is resolved to local-colleagues
 * pln.graph().edges();                 // two ego ties and one link
 * }</pre>
 *
 * <p>The constructor checks ids and links but not categories (it does not know the taxonomy); the builder, and
 * {@link #withCategoriesResolved(Taxonomy)}, resolve each category given by its id or label in any case to its id,
 * and reject an unknown one with an {@link UnknownCategoryException} naming the closest category, as a file reader
 * would report it. Repeated connection ids, and links naming a connection that is not in the PLN, are an
 * {@link IllegalArgumentException} either way; a blank id, name, category or link end is a
 * {@link BlankFieldException} already where the {@link Participant}, {@link Connection} or {@link Link} is made, so
 * that a PLN made in code holds only what a participant file could.
 *
 * @since 0.1.0
 */
public record Pln(Participant participant, List<Connection> connections, List<Link> links) {
    public Pln {
        Objects.requireNonNull(participant, "participant");
        connections = List.copyOf(connections);
        links = List.copyOf(links);
        Set<String> ids = new HashSet<>();
        for (Connection c : connections) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("connection id " + c.id() + " is used twice");
            }
        }
        for (Link l : links) {
            if (!ids.contains(l.from()) || !ids.contains(l.to())) {
                throw new IllegalArgumentException("link " + l.from() + " - " + l.to()
                        + " names a connection that is not in this PLN");
            }
        }
    }

    /** Starts a PLN of this participant, checked against the default taxonomy unless another is given. */
    public static Builder builder(Participant participant) {
        return new Builder(participant);
    }

    /**
     * This PLN with every connection's category resolved to its id in this taxonomy ({@code "Local Colleagues"}
     * becomes {@code local-colleagues}); this very PLN when every category already is an id.
     *
     * @throws UnknownCategoryException when a category is neither an id nor a label of the taxonomy
     */
    public Pln withCategoriesResolved(Taxonomy taxonomy) {
        List<Connection> resolved = null;
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            String id = taxonomy.require(c.category()).id();
            if (!id.equals(c.category())) {
                if (resolved == null) {
                    resolved = new ArrayList<>(connections);
                }
                resolved.set(i, c.toBuilder().category(id).build());
            }
        }
        return resolved == null ? this : new Pln(participant, resolved, links);
    }

    /** The connection with this local id. */
    public Optional<Connection> connection(String id) {
        for (Connection c : connections) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The same PLN with its connections replaced (links to removed connections are dropped). */
    public Pln withConnections(List<Connection> newConnections) {
        Set<String> ids = new HashSet<>();
        newConnections.forEach(c -> ids.add(c.id()));
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            if (ids.contains(l.from()) && ids.contains(l.to())) {
                kept.add(l);
            }
        }
        return new Pln(participant, newConnections, kept);
    }

    /** The network as a neutral graph: the ego, its connections, ties from the ego and links between connections. */
    public PlnGraph graph() {
        return PlnGraph.of(this);
    }

    /** Connection ids mapped to the ids they are linked with, in input order; links are undirected. */
    public Map<String, List<String>> adjacency() {
        Map<String, List<String>> adj = new LinkedHashMap<>();
        for (Connection c : connections) {
            adj.put(c.id(), new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        for (Link l : links) {
            String key = l.from().compareTo(l.to()) < 0 ? l.from() + "\u0000" + l.to() : l.to() + "\u0000" + l.from();
            if (seen.add(key)) {
                adj.get(l.from()).add(l.to());
                adj.get(l.to()).add(l.from());
            }
        }
        adj.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(adj);
    }

    /**
     * Builds a {@link Pln} in code, validated like a file: categories are resolved against the taxonomy (the
     * default one unless {@link #taxonomy(Taxonomy)} says otherwise). Not thread-safe; the PLN it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Participant participant;
        private Taxonomy taxonomy;
        private final List<Connection> connections = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        private Builder(Participant participant) {
            this.participant = Objects.requireNonNull(participant, "participant");
        }

        /** The taxonomy the categories are checked against (default: {@link Taxonomy#defaults()}). */
        public Builder taxonomy(Taxonomy t) {
            this.taxonomy = Objects.requireNonNull(t, "taxonomy");
            return this;
        }

        /** Adds a connection. */
        public Builder connection(Connection c) {
            connections.add(Objects.requireNonNull(c, "connection"));
            return this;
        }

        /** Adds connections, in order. */
        public Builder connections(List<Connection> cs) {
            cs.forEach(this::connection);
            return this;
        }

        /** Adds a link between two connections by their local ids. */
        public Builder link(String from, String to) {
            links.add(new Link(from, to));
            return this;
        }

        /**
         * The PLN.
         *
         * @throws UnknownCategoryException when a category is neither an id nor a label of the taxonomy
         * @throws IllegalArgumentException when connection ids repeat, or a link names an unknown connection
         */
        public Pln build() {
            return new Pln(participant, connections, links)
                    .withCategoriesResolved(taxonomy == null ? Taxonomy.defaults() : taxonomy);
        }
    }
}
