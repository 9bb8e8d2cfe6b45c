package org.plnkit.analysis.giveback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

/**
 * Measures give-back: the share of the connections one can give back to (see {@link GiveBack}) that the participant
 * contributes to, and the one-way ties among people (people they learn from but do not give back to). A blank
 * {@code gives_back} counts as no.
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
    /** Categories of the default taxonomy where resources are places people meet, so one can give back there. */
    public static final Set<String> MEETING_PLACES = Set.of("social-networks", "online-communities",
            "conferences-edcamps");

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
        int open = 0;
        int gives = 0;
        int people = 0;
        int peopleGiven = 0;
        List<Connection> oneWay = new ArrayList<>();
        for (Connection c : pln.connections()) {
            boolean g = c.givesBackOrFalse();
            if (g || canGiveBackTo(c)) {
                open++;
            }
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
        return new GiveBack(n, open, gives, open == 0 ? Optional.empty() : Optional.of((double) gives / open), people,
                peopleGiven, refs);
    }

    /** Whether one can give back to a connection: a person, an organization, or a place where people meet. */
    public static boolean canGiveBackTo(Connection c) {
        return c.kind() != Kind.RESOURCE || MEETING_PLACES.contains(c.category());
    }
}
