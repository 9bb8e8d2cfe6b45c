package org.plnkit.analysis.cohort;

import java.util.Objects;

/**
 * A vertex of the cohort graph as a JGraphT graph ({@link CohortGraph#asGraph()}): a participant or a shared
 * node, by its index in the {@link CohortGraph}.
 *
 * <pre>{@code
 * for (CohortVertex v : graph.asGraph().vertexSet()) {
 *     if (v.type() == CohortVertex.Type.NODE) System.out.println(graph.node(v.index()).name());
 * }
 * }</pre>
 *
 * @param type  participant or shared node
 * @param index the participant's index (input order) or the shared node's index
 * @param id    the participant's id, or the node's identity id (e.g. {@code url:ala.org/aasl})
 *
 * @since 0.1.0
 */
public record CohortVertex(Type type, int index, String id) {
    public CohortVertex {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** What a vertex is. */
    public enum Type {
        PARTICIPANT, NODE
    }
}
