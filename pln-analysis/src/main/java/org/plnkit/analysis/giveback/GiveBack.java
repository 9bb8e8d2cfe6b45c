package org.plnkit.analysis.giveback;

import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * How much the participant gives back to their network. Only connections one can give back to count: people,
 * organizations, and resources where people meet (the default taxonomy's social networks, online communities, and
 * conferences &amp; edcamps), plus any other connection the participant says they give back to. A podcast, a
 * journal or a simulation site one only reads or listens to is left out. Its components, in this order and under
 * these names, are the fields of {@code giveBack} in the assessment's JSON.
 *
 * @param connections        the number of connections
 * @param canGiveBackTo      the connections one can give back to (see above)
 * @param givesBackTo        connections the participant gives back to ({@code gives_back} yes; blank counts as no)
 * @param share              givesBackTo ÷ canGiveBackTo; empty when there is none
 * @param people             connections that are people
 * @param peopleGivenBackTo  people the participant gives back to
 * @param oneWayTies         people the participant learns from but does not give back to, by engagement weight
 *                           (highest first), then id
 *
 * @since 0.1.0
 */
public record GiveBack(int connections, int canGiveBackTo, int givesBackTo, Optional<Double> share, int people, int peopleGivenBackTo,
                       List<ConnectionRef> oneWayTies) {
    public GiveBack {
        oneWayTies = List.copyOf(oneWayTies);
    }
}
