package org.plnkit.analysis.plan;

import java.util.List;

/**
 * An ordered list of recommendations, most important first.
 *
 * @param recommendations ranked 1, 2, 3…
 *
 * @since 0.1.0
 */
public record ActionPlan(List<Recommendation> recommendations) {
    public ActionPlan {
        recommendations = List.copyOf(recommendations);
    }

    /** The recommendations of one type, in plan order. */
    public List<Recommendation> ofType(RecommendationType type) {
        return recommendations.stream().filter(r -> r.type() == type).toList();
    }

    /** Whether there is nothing to recommend. */
    public boolean isEmpty() {
        return recommendations.isEmpty();
    }
}
