package org.plnkit.core.model;

import java.util.Objects;

/**
 * A tie between two connections of the same PLN (a colleague who is a member of an organization, a journal
 * published by an association). Links are undirected: {@code from} and {@code to} are kept as written.
 *
 * @since 0.1.0
 */
public record Link(String from, String to) {
    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a link cannot join " + from + " to itself");
        }
    }
}
