package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.health.Health;

/**
 * Who needs support first: the assessed participants with at least one warning signal, ranked by points. The rule
 * (also in {@code docs/cohort.md}):
 * <ul>
 *   <li>{@code 100 − health} points (0–100);</li>
 *   <li>+10 for each part of the health score at 0;</li>
 *   <li>+{@code round(20 × overdue share)}: the share of their connections overdue for a check-in;</li>
 *   <li>+10 when they give back to none of their connections;</li>
 *   <li>+15 when they share nothing with anyone in the cohort (isolated).</li>
 * </ul>
 * A participant is listed when at least one signal is present: health at or below the cohort's lower quartile or
 * below 50, a part at 0, three quarters of their connections or more overdue, no give-back, isolated. Ties: lower health
 * first, then input order. Participants who could not be assessed are not ranked (they are on the Input problems
 * sheet).
 *
 * <pre>{@code
 * for (SupportNeed s : NeedsSupport.rank(analysis)) {
 *     System.out.println(s.rank() + ". " + labels.participant(s.participant()) + ": " + s.reasons());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NeedsSupport {
    /** Health below this is a signal whatever the cohort's quartiles. */
    public static final int LOW_HEALTH = 50;
    /** An overdue share at or above this is a signal. */
    public static final double OVERDUE_SHARE = 0.75;

    private NeedsSupport() {
    }

    /** The ranked list; empty when no assessed participant shows a signal. */
    public static List<SupportNeed> rank(CohortAnalysis a) {
        int lowerQuartile = a.health().overall().lowerQuartile();
        record Row(int participant, int points, int health, List<Health.Part> zero, double overdue, boolean noGive,
                   boolean isolated, List<SupportNeed.Reason> reasons) {
        }
        List<Row> rows = new ArrayList<>();
        for (CohortParticipant p : a.participants()) {
            Optional<CohortParticipant.Scores> sc = p.scores();
            if (sc.isEmpty()) {
                continue;
            }
            CohortParticipant.Scores s = sc.get();
            List<Health.Part> zero = new ArrayList<>();
            for (Health.Part part : Health.Part.values()) {
                if (s.subScore(part).filter(v -> v == 0).isPresent()) {
                    zero.add(part);
                }
            }
            double overdue = p.connections() == 0 ? 0 : Math.min(1, (double) s.overdue() / p.connections());
            boolean noGive = s.giveBackShare().filter(v -> v == 0).isPresent();
            EnumSet<SupportNeed.Reason> reasons = EnumSet.noneOf(SupportNeed.Reason.class);
            if (s.health() <= lowerQuartile || s.health() < LOW_HEALTH) {
                reasons.add(SupportNeed.Reason.LOW_HEALTH);
            }
            if (!zero.isEmpty()) {
                reasons.add(SupportNeed.Reason.PARTS_AT_ZERO);
            }
            if (overdue >= OVERDUE_SHARE) {
                reasons.add(SupportNeed.Reason.OVERDUE);
            }
            if (noGive) {
                reasons.add(SupportNeed.Reason.NO_GIVE_BACK);
            }
            if (p.isolated()) {
                reasons.add(SupportNeed.Reason.ISOLATED);
            }
            if (p.connections() == 0) {
                // an empty PLN has health 0, every part at 0 and shares nothing: one reason, their missing organizer,
                // not five that read as a teacher without a network
                reasons.clear();
                reasons.add(SupportNeed.Reason.NO_CONNECTIONS);
            }
            if (reasons.isEmpty()) {
                continue;
            }
            int points = (100 - s.health()) + 10 * zero.size() + (int) Math.round(20 * overdue) + (noGive ? 10 : 0)
                    + (p.isolated() ? 15 : 0);
            rows.add(new Row(p.index(), points, s.health(), zero, overdue, noGive, p.isolated(),
                    List.copyOf(reasons)));
        }
        rows.sort(Comparator.comparingInt((Row r) -> -r.points).thenComparingInt(r -> r.health)
                .thenComparingInt(r -> r.participant));
        List<SupportNeed> out = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            out.add(new SupportNeed(k + 1, r.participant, r.points, r.health, r.zero, r.overdue, r.noGive, r.isolated,
                    r.reasons));
        }
        return out;
    }
}
