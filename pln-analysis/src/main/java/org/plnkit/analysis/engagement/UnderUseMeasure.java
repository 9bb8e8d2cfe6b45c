package org.plnkit.analysis.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.engagement.UnderUse.LowEngagementCategory;
import org.plnkit.analysis.engagement.UnderUse.MembershipReview;
import org.plnkit.analysis.engagement.UnderUse.Reason;
import org.plnkit.analysis.engagement.UnderUse.StartingPoint;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Finds what a participant has but under-uses:
 * <ul>
 * <li>categories whose connections all have an engagement weight at or below
 *     {@link Thresholds#lowEngagementWeight()};</li>
 * <li>memberships and communities — organizations, and any connection with a participation level — whose value is at
 *     or below {@link Thresholds#lowValue()} or where the participant takes no part or only lurks (unless they value
 *     it 4 or 5 or use it daily or weekly: reading along there serves them);</li>
 * <li>connections marked {@code wants_more} where the participant is at most a lurker (a blank participation
 *     counts: they have not started).</li>
 * </ul>
 *
 * <pre>{@code
 * UnderUse u = new UnderUseMeasure(Taxonomy.defaults(), EngagementScale.DEFAULT, Thresholds.DEFAULTS).measure(pln);
 * u.wantsToStart();   // [Future Ready Librarians (lurker)]
 * }</pre>
 *
 * @since 0.1.0
 */
public record UnderUseMeasure(Taxonomy taxonomy, EngagementScale scale, Thresholds thresholds)
        implements PlnMeasure<UnderUse> {

    /** Under-use with the default taxonomy, scale and thresholds. */
    public static UnderUse of(Pln pln) {
        return new UnderUseMeasure(Taxonomy.defaults(), EngagementScale.DEFAULT, Thresholds.DEFAULTS).measure(pln);
    }

    @Override
    public UnderUse measure(Pln pln) {
        List<Connection> cs = new ArrayList<>(pln.connections());
        cs.sort(Comparator.comparing(Connection::id));

        List<LowEngagementCategory> low = new ArrayList<>();
        for (Category cat : taxonomy.categories()) {
            int count = 0;
            double max = 0;
            for (Connection c : cs) {
                if (c.category().equals(cat.id())) {
                    count++;
                    max = Math.max(max, scale.weight(c));
                }
            }
            if (count > 0 && max <= thresholds.lowEngagementWeight()) {
                low.add(new LowEngagementCategory(cat.id(), cat.label(), count, max));
            }
        }

        List<MembershipReview> review = new ArrayList<>();
        List<StartingPoint> start = new ArrayList<>();
        for (Connection c : cs) {
            boolean little = c.participation().filter(UnderUseMeasure::atMostLurker).isPresent();
            if (isMembership(c)) {
                EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
                if (c.value().filter(v -> v <= thresholds.lowValue()).isPresent()) {
                    reasons.add(Reason.LOW_VALUE);
                }
                // reading along in a community one values (4-5) or uses daily or weekly is no reason to review it
                if (little && !valuedOrOften(c)) {
                    reasons.add(Reason.LITTLE_PARTICIPATION);
                }
                if (!reasons.isEmpty()) {
                    review.add(new MembershipReview(ConnectionRef.of(c), c.value(), c.participation(), reasons));
                }
            }
            if (c.wantsMoreOrFalse() && (c.participation().isEmpty() || little)) {
                start.add(new StartingPoint(ConnectionRef.of(c), c.participation()));
            }
        }
        return new UnderUse(low, review, start);
    }

    /** Valued 4 or 5, or used daily or weekly. */
    private static boolean valuedOrOften(Connection c) {
        return c.value().filter(v -> v >= 4).isPresent() || c.frequency().filter(f -> f == Frequency.DAILY
                || f == Frequency.WEEKLY).isPresent();
    }

    /** A membership or community: an organization, or any connection the participant gave a participation for. */
    public static boolean isMembership(Connection c) {
        return c.kind() == Kind.ORGANIZATION || c.participation().isPresent();
    }

    private static boolean atMostLurker(Participation p) {
        return p == Participation.NONE || p == Participation.LURKER;
    }
}
