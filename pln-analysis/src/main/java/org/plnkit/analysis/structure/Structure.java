package org.plnkit.analysis.structure;

import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * The shape of the ego network (the participant, their connections and the links among them): how tied together
 * the connections are, and Burt's structural-hole measures of the participant. Its components, in this order and
 * under these names, are the fields of {@code structure} in the assessment's JSON.
 *
 * @param connections   the number of connections (Burt's "size")
 * @param links         the number of distinct links among connections
 * @param density       links ÷ (n(n − 1)/2) among the connections; empty with fewer than two connections
 * @param components    the number of connected parts of the connections' own network (isolates count as parts)
 * @param isolates      connections linked to no other connection, by id
 * @param effectiveSize Burt's effective size of the participant, n − 2t/n; empty without connections
 * @param efficiency    effective size ÷ n; empty without connections
 * @param constraint    Burt's constraint of the participant; empty without connections
 *
 * @since 0.1.0
 */
public record Structure(int connections, int links, Optional<Double> density, int components,
                       List<ConnectionRef> isolates, Optional<Double> effectiveSize, Optional<Double> efficiency,
                       Optional<Double> constraint) {
    public Structure {
        isolates = List.copyOf(isolates);
    }
}
