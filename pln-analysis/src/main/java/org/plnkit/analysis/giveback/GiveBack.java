package org.plnkit.analysis.giveback;

import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * How much the participant gives back to their network.
 *
 * @param connections        the number of connections
 * @param givesBackTo        connections the participant gives back to ({@code gives_back} yes; blank counts as no)
 * @param share              givesBackTo ÷ connections; empty without connections
 * @param people             connections that are people
 * @param peopleGivenBackTo  people the participant gives back to
 * @param oneWayTies         people the participant learns from but does not give back to, by engagement weight
 *                           (highest first), then id
 *
 * @since 0.1.0
 */
public record GiveBack(int connections, int givesBackTo, Optional<Double> share, int people, int peopleGivenBackTo,
                       List<ConnectionRef> oneWayTies) {
    public GiveBack {
        oneWayTies = List.copyOf(oneWayTies);
    }
}
