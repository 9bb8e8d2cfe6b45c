package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;

/**
 * A participant who needs support, and why: one line of the district's "Needs support" list ({@link NeedsSupport}).
 *
 * <pre>{@code
 * SupportNeed first = NeedsSupport.rank(analysis).get(0);
 * first.points();    // 87: the higher, the sooner to talk to
 * first.reasons();   // [LOW_HEALTH, PARTS_AT_ZERO, ISOLATED]
 * }</pre>
 *
 * @param rank         1 for the participant who needs support most
 * @param participant  the participant's index (input order)
 * @param points       the ranking points of {@link NeedsSupport}'s documented rule
 * @param health       their health score
 * @param partsAtZero  the health parts in which they score 0, in {@link org.plnkit.analysis.health.Health.Part} order
 * @param overdueShare the share of their connections overdue for a check-in, 0 to 1
 * @param noGiveBack   whether they give back to none of their connections
 * @param isolated     whether they share nothing with anyone in the cohort
 * @param reasons      which of the rule's signals are present, in the rule's order
 *
 * @since 0.1.0
 */
public record SupportNeed(int rank, int participant, int points, int health,
                          List<org.plnkit.analysis.health.Health.Part> partsAtZero, double overdueShare,
                          boolean noGiveBack, boolean isolated, List<Reason> reasons) {
    public SupportNeed {
        partsAtZero = List.copyOf(partsAtZero);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(reasons, "reasons");
    }

    /** The signals of the rule. */
    public enum Reason {
        /** Health in the cohort's lowest quarter (at or below its lower quartile) or below 50. */
        LOW_HEALTH,
        /** At least one part of the health score at 0. */
        PARTS_AT_ZERO,
        /** Three quarters of their connections or more overdue for a check-in. */
        OVERDUE,
        /** Gives back to none of their connections. */
        NO_GIVE_BACK,
        /** Shares no organization, resource or colleague with anyone in the cohort. */
        ISOLATED,
        /**
         * No connection was read for them (listed, but no connection row names them, or all their rows were left
         * out): their low health and the rest follow from that alone, so it is their only reason.
         *
         * @since 0.1.0
         */
        NO_CONNECTIONS
    }
}
