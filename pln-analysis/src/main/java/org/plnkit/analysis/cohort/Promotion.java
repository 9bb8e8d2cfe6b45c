package org.plnkit.analysis.cohort;

import java.util.List;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Kind;

/**
 * A shared organization or resource worth promoting: valued highly by the participants who use it and named by few
 * ({@link Promotions}).
 *
 * <pre>{@code
 * Promotion p = Promotions.of(analysis).get(0);
 * p.name() + ": mean weight " + p.meanWeight() + " among its " + p.users() + " users";
 * }</pre>
 *
 * @param rank          1 for the best candidate
 * @param node          its index in the {@link CohortGraph}
 * @param name          its display name
 * @param kind          organization or resource
 * @param category      its category id
 * @param users         how many participants name it
 * @param share         users ÷ cohort size
 * @param meanWeight    the mean engagement weight of its users
 * @param schoolsUsing  the schools its users come from, most users first (then by name)
 * @param schoolsWithout the schools none of whose participants name it, largest first (then by name)
 * @param roles         its users' roles, most users first (then by name)
 *
 * @since 0.1.0
 */
public record Promotion(int rank, int node, String name, Kind kind, String category, int users, double share,
                        double meanWeight, List<Community.GroupCount> schoolsUsing, List<String> schoolsWithout,
                        List<Community.GroupCount> roles) {
    public Promotion {
        Components.requireNonNull(Promotion.class, rank, node, name, kind, category, users, share, meanWeight,
                schoolsUsing, schoolsWithout, roles);
        schoolsUsing = List.copyOf(schoolsUsing);
        schoolsWithout = List.copyOf(schoolsWithout);
        roles = List.copyOf(roles);
    }
}
