package org.plnkit.analysis.reliance;

import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * How much a participant leans on a few connections: each connection's share of their engagement, the
 * concentration of those shares, the connections that are the only source of a topic, and the connections whose
 * loss would split the connections' own network.
 *
 * @param weights              every connection with its engagement weight and share, highest first (ties by id)
 * @param totalWeight          the sum of the engagement weights
 * @param herfindahl           Σ share², in [1/n, 1]; empty when there are no connections
 * @param normalizedHerfindahl (H − 1/n) ÷ (1 − 1/n), in [0, 1]; 1 for a single connection; empty when none
 * @param top                  the connection with the largest share (ties: the smallest id); empty when none
 * @param keyPeople            connections that are the only source of one or more of the participant's topics,
 *                             most topics first (ties by id)
 * @param articulationPoints   connections whose loss would split the connections' own network, most connections
 *                             cut off first (ties by id)
 * @param flags                the over-reliance limits that are reached, in the order top share, concentration,
 *                             sole sources
 *
 * @since 0.1.0
 */
public record Reliance(List<ConnectionWeight> weights, double totalWeight, Optional<Double> herfindahl,
                       Optional<Double> normalizedHerfindahl, Optional<ConnectionWeight> top, List<KeyPerson> keyPeople,
                       List<CutPoint> articulationPoints, List<Flag> flags) {
    public Reliance {
        weights = List.copyOf(weights);
        keyPeople = List.copyOf(keyPeople);
        articulationPoints = List.copyOf(articulationPoints);
        flags = List.copyOf(flags);
    }

    /** Whether any over-reliance limit is reached. */
    public boolean overReliant() {
        return !flags.isEmpty();
    }

    /** The weight and share of one connection. */
    public Optional<ConnectionWeight> weightOf(String connectionId) {
        return weights.stream().filter(w -> w.connection().id().equals(connectionId)).findFirst();
    }

    /**
     * A connection's engagement weight and its share of the total.
     *
     * @param connection the connection
     * @param weight     value × frequency score (see {@code EngagementScale})
     * @param share      weight ÷ total weight
     */
    public record ConnectionWeight(ConnectionRef connection, double weight, double share) {
    }

    /**
     * A connection that is the only source of some of the participant's topics.
     *
     * @param connection   the connection
     * @param soleSourceOf the topics only it helps with, in the participant's order
     */
    public record KeyPerson(ConnectionRef connection, List<String> soleSourceOf) {
        public KeyPerson {
            soleSourceOf = List.copyOf(soleSourceOf);
        }
    }

    /**
     * An articulation point of the connections' own network.
     *
     * @param connection    the connection
     * @param pieces        into how many parts its part of the network would fall without it
     * @param wouldSeparate how many connections would be cut off from the largest remaining part
     */
    public record CutPoint(ConnectionRef connection, int pieces, int wouldSeparate) {
    }

    /**
     * An over-reliance limit that is reached.
     *
     * @param type       which limit
     * @param connection the connection concerned (top share, sole source); empty for concentration
     * @param value      the measured value (a share, an index, or a number of topics)
     * @param limit      the limit it reached
     */
    public record Flag(FlagType type, Optional<ConnectionRef> connection, double value, double limit) {
    }

    /** The kinds of over-reliance. */
    public enum FlagType {
        /** One connection's share of engagement reaches {@code topShareLimit}. */
        TOP_SHARE,
        /** The normalized Herfindahl index reaches {@code concentrationLimit}. */
        CONCENTRATION,
        /** One connection is the only source of {@code soleSourceTopicsLimit} topics or more. */
        SOLE_SOURCE
    }

    /**
     * The connections that share the largest share, highest first then by id: one when {@link #top()} stands
     * alone, more when others tie with it (so that a report can say "tied" instead of picking one by id).
     */
    public List<ConnectionWeight> tiedForTop() {
        if (top.isEmpty()) {
            return List.of();
        }
        double s = top.get().share();
        return weights.stream().filter(w -> Math.abs(w.share() - s) < 1e-9).toList();
    }
}
