package org.plnkit.report.map;

import java.util.List;
import java.util.Set;
import org.plnkit.analysis.engagement.EngagementScale;

/**
 * The facts about a PLN that a map shows beyond the PLN itself: which check-ins are overdue, which categories
 * are missing (the gaps, listed as "not yet in my PLN"), and optional notes for the legend. When none are given
 * in {@link MapOptions}, the renderer works them out from the PLN, the as-of date and the taxonomy (overdue:
 * the last contact is older than the frequency's check-in interval; missing: no connection in the category;
 * strongest ties: the largest engagement weights of {@link EngagementScale#DEFAULT}). An assessment passes its own,
 * so that the map, its alt text and the workbook agree.
 *
 * <pre>{@code
 * MapInsights insights = new MapInsights(Set.of("iste"), List.of("tutorial-websites"),
 *         List.of("Most of your network is local."));
 * MapOptions options = MapOptions.builder(asOf).insights(insights).build();
 * }</pre>
 *
 * @param overdueConnectionIds ids of the connections (as in the PLN given to the renderer, before any
 *                             anonymizing) whose check-in is overdue: their tie is dashed
 * @param missingCategoryIds   category ids with no connection yet, in the order to list them
 * @param notes                short plain-language lines shown in the legend under "What stands out"
 * @param strongestConnectionIds ids of the connections with the largest engagement weight, heaviest first (the
 *                             assessment's {@code reliance().weights()} order); the alt text names the first three.
 *                             Empty: the map ranks them itself with {@link EngagementScale#DEFAULT}
 *
 * @since 0.1.0
 */
public record MapInsights(Set<String> overdueConnectionIds, List<String> missingCategoryIds, List<String> notes,
                          List<String> strongestConnectionIds) {
    public MapInsights {
        overdueConnectionIds = Set.copyOf(overdueConnectionIds);
        missingCategoryIds = List.copyOf(missingCategoryIds);
        notes = List.copyOf(notes);
        strongestConnectionIds = List.copyOf(strongestConnectionIds);
    }

    /** Insights without a ranking of ties: the map ranks them with {@link EngagementScale#DEFAULT}. */
    public MapInsights(Set<String> overdueConnectionIds, List<String> missingCategoryIds, List<String> notes) {
        this(overdueConnectionIds, missingCategoryIds, notes, List.of());
    }
}
