package org.plnkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A tie between two connections of the same PLN (a colleague who is a member of an organization, a journal
 * published by an association). Links are undirected: {@code from} and {@code to} are kept as written, without
 * surrounding spaces (as a reader takes them off); a blank one is a {@link BlankFieldException}.
 *
 * @since 0.1.0
 */
public record Link(String from, String to) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        from = from.strip();
        to = to.strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new BlankFieldException("link", from.isEmpty() ? to : from,
                    from.isEmpty() && to.isEmpty() ? List.of("from", "to") : List.of(from.isEmpty() ? "from" : "to"),
                    "the ids of the two connections it joins");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a link cannot join " + from + " to itself");
        }
    }
}
