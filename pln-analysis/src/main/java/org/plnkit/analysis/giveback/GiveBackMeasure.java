package org.plnkit.analysis.giveback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

/**
 * Measures give-back: the share of connections the participant contributes to, and the one-way ties among people
 * (people they learn from but do not give back to). A blank {@code gives_back} counts as no.
 *
 * <pre>{@code
 * GiveBack g = new GiveBackMeasure(EngagementScale.DEFAULT).measure(pln);
 * g.share();        // Optional[0.4]
 * g.oneWayTies();   // [Dr. Ruth Okafor]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GiveBackMeasure implements PlnMeasure<GiveBack> {
    private final EngagementScale scale;

    /** @param scale orders the one-way ties, most engaged first */
    public GiveBackMeasure(EngagementScale scale) {
        this.scale = scale;
    }

    /** Give-back with the default engagement scale. */
    public static GiveBack of(Pln pln) {
        return new GiveBackMeasure(EngagementScale.DEFAULT).measure(pln);
    }

    @Override
    public GiveBack measure(Pln pln) {
        int n = pln.connections().size();
        int gives = 0;
        int people = 0;
        int peopleGiven = 0;
        List<Connection> oneWay = new ArrayList<>();
        for (Connection c : pln.connections()) {
            boolean g = c.givesBackOrFalse();
            if (g) {
                gives++;
            }
            if (c.kind() == Kind.PERSON) {
                people++;
                if (g) {
                    peopleGiven++;
                } else {
                    oneWay.add(c);
                }
            }
        }
        oneWay.sort(Comparator.comparingDouble((Connection c) -> -scale.weight(c)).thenComparing(Connection::id));
        List<ConnectionRef> refs = oneWay.stream().map(ConnectionRef::of).toList();
        return new GiveBack(n, gives, n == 0 ? Optional.empty() : Optional.of((double) gives / n), people, peopleGiven,
                refs);
    }
}
