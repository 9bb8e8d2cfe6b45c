package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;

/**
 * The cohort's figures for one school or one role.
 *
 * <pre>{@code
 * for (GroupSummary s : analysis.coverage().bySchool()) {
 *     System.out.println(s.group() + ": " + s.participants() + " participants, health " + s.health().median());
 * }
 * }</pre>
 *
 * @param group        the school or role as written (the most frequent spelling), or {@link #NOT_GIVEN}
 * @param participants participants in the group
 * @param assessed     of whom could be assessed
 * @param categories   coverage per category, in taxonomy order, over the assessed
 * @param health       the distribution of the health scores of the assessed
 * @param isolated     participants of the group who share nothing with anyone
 *
 * @since 0.1.0
 */
public record GroupSummary(String group, int participants, int assessed, List<CategoryCoverage> categories,
                           ScoreStats health, int isolated) {
    /** The group of participants who gave no school (or no role). */
    public static final String NOT_GIVEN = "(not given)";

    public GroupSummary {
        Objects.requireNonNull(group, "group");
        categories = List.copyOf(categories);
        Objects.requireNonNull(health, "health");
    }
}
