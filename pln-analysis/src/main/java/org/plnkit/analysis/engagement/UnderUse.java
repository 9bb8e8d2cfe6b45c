package org.plnkit.analysis.engagement;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Participation;

/**
 * Parts of a PLN the participant has but does not use much.
 *
 * @param lowEngagementCategories categories with connections that are all low-engagement, in taxonomy order
 * @param membershipsToReview     memberships and communities of low value or little participation ("assess the
 *                                value you receive"), by id
 * @param wantsToStart            connections marked {@code wants_more} where the participant is at most a lurker
 *                                ("want to be more active but not sure how to start"), by id
 *
 * @since 0.1.0
 */
public record UnderUse(List<LowEngagementCategory> lowEngagementCategories, List<MembershipReview> membershipsToReview,
                       List<StartingPoint> wantsToStart) {
    public UnderUse {
        lowEngagementCategories = List.copyOf(lowEngagementCategories);
        membershipsToReview = List.copyOf(membershipsToReview);
        wantsToStart = List.copyOf(wantsToStart);
    }

    /**
     * A category whose connections all have a low engagement weight.
     *
     * @param category    the category id
     * @param label       its label
     * @param connections how many connections are in it
     * @param maxWeight   the highest engagement weight among them (at most the low-engagement limit)
     */
    public record LowEngagementCategory(String category, String label, int connections, double maxWeight) {
    }

    /**
     * A membership or community worth reviewing.
     *
     * @param connection    the connection
     * @param value         its value, when given
     * @param participation the participant's participation, when given
     * @param reasons       why, in enum order
     */
    public record MembershipReview(ConnectionRef connection, Optional<Integer> value,
                                   Optional<Participation> participation, Set<Reason> reasons) {
        public MembershipReview {
            reasons = Collections.unmodifiableSet(new TreeSet<>(reasons));   // in enum order, as said above
        }
    }

    /** Why a membership is worth reviewing. */
    public enum Reason {
        /** Its value is at or below the {@code lowValue} limit. */
        LOW_VALUE,
        /** The participant's participation is none or lurker. */
        LITTLE_PARTICIPATION
    }

    /**
     * A connection where the participant wants to be more active but has not started.
     *
     * @param connection    the connection
     * @param participation the participant's participation (none or lurker), or empty when not given
     */
    public record StartingPoint(ConnectionRef connection, Optional<Participation> participation) {
    }
}
