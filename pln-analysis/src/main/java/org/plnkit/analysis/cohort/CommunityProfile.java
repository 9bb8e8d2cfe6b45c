package org.plnkit.analysis.cohort;

import java.util.List;

/**
 * What binds a community ({@link CommunityProfiles}): the shared organizations and resources that set it apart, its
 * schools and roles, its size and how much of its members' closeness stays inside it.
 *
 * @param community  the community
 * @param cohesion   the share of its members' projection links that join two members, 0 to 1 (1: its members are
 *                   close only to each other)
 * @param defining   the shared organizations and resources most typical of it, at most 5: named by at least
 *                   {@link CommunityProfiles#MIN_MEMBER_SHARE} of its members (3 at least) and at least
 *                   {@link CommunityProfiles#MIN_LIFT} times as often as by the rest of the cohort, ranked by the
 *                   difference of the two shares (then by their ratio, the lift)
 *
 * @since 0.1.0
 */
public record CommunityProfile(Community community, double cohesion, List<Defining> defining) {
    public CommunityProfile {
        defining = List.copyOf(defining);
    }

    /**
     * A shared node that defines a community.
     *
     * @param node        its index in the {@link CohortGraph}
     * @param name        its display name
     * @param memberShare the share of members who name it
     * @param otherShare  the share of the other participants who name it
     */
    public record Defining(int node, String name, double memberShare, double otherShare) {
        /** How many times more often members name it than the others (capped at 99 when no other does). */
        public double lift() {
            return otherShare == 0 ? 99 : Math.min(99, memberShare / otherShare);
        }
    }
}
