package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Optional;

/**
 * A community: a group of participants who share more with each other than with the rest, found by the
 * Leiden algorithm on the projection (see {@code docs/measures.md}).
 *
 * <pre>{@code
 * Community c = analysis.communities().get(0);   // the largest
 * c.members().size();
 * c.schools().get(0).group();                   // the school most of its members come from
 * c.topShared().get(0).name();                  // what its members name most
 * }</pre>
 *
 * @param number     1 for the largest community (ties: the one with the lowest participant index)
 * @param members    participant indices, ascending
 * @param schools    the members' schools, most members first (then by name)
 * @param roles      the members' roles, most members first (then by name)
 * @param topShared  the shared organizations and resources most of its members name, at most 5
 * @param meanHealth the mean health score of its assessed members
 *
 * @since 0.1.0
 */
public record Community(int number, List<Integer> members, List<GroupCount> schools, List<GroupCount> roles,
                        List<NodeCount> topShared, Optional<Double> meanHealth) {
    public Community {
        members = List.copyOf(members);
        schools = List.copyOf(schools);
        roles = List.copyOf(roles);
        topShared = List.copyOf(topShared);
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /**
     * A school or role and how many members it has.
     *
     * @param group        the school or role, or {@link GroupSummary#NOT_GIVEN}
     * @param participants how many members
     */
    public record GroupCount(String group, int participants) {
    }

    /**
     * A shared node and how many members name it.
     *
     * @param node         its index in the {@link CohortGraph}
     * @param name         its name
     * @param participants how many members name it
     */
    public record NodeCount(int node, String name, int participants) {
    }
}
