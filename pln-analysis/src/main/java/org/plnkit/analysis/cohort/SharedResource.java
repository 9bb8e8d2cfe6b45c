package org.plnkit.analysis.cohort;

import java.util.Optional;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Kind;

/**
 * A node the cohort shares (named by two participants or more), with how much the cohort relies on it.
 *
 * <pre>{@code
 * SharedResource top = analysis.sharedResources().get(0);
 * top.name() + " is named by " + top.participants() + " participants (" + Math.round(top.share() * 100) + "%)";
 * }</pre>
 *
 * @param rank         1 for the node named by most participants (ties: higher weight, then first mentioned)
 * @param node         its index in the {@link CohortGraph}
 * @param id           its identity id, e.g. {@code url:ala.org/aasl}
 * @param name         its most frequent spelling
 * @param kind         person, organization or resource
 * @param category     its most frequent category id
 * @param url          the first web address given for it
 * @param participants how many participants name it
 * @param share        participants ÷ cohort size
 * @param weight       the sum of those participants' engagement weights with it
 * @param schools      how many schools those participants come from
 * @param keystone     how many participants would be left without any source for a category or a topic of theirs
 *                     without it (see {@link Keystone})
 *
 * @since 0.1.0
 */
public record SharedResource(int rank, int node, String id, String name, Kind kind, String category,
                             Optional<String> url, int participants, double share, double weight, int schools,
                             int keystone) {
    public SharedResource {
        Components.requireNonNull(SharedResource.class, rank, node, id, name, kind, category, url, participants, share,
                weight, schools, keystone);
    }

    /** The mean engagement weight of those who name it. */
    public double meanWeight() {
        return participants == 0 ? 0 : weight / participants;
    }
}
