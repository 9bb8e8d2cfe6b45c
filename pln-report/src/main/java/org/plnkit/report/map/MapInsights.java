package org.plnkit.report.map;

import java.util.List;
import java.util.Set;

/**
 * The facts about a PLN that a map shows beyond the PLN itself: which check-ins are overdue, which categories
 * are missing (the gaps, listed as "not yet in my PLN"), and optional notes for the legend. When none are given
 * in {@link MapOptions}, the renderer works them out from the PLN, the as-of date and the taxonomy (overdue:
 * the last contact is older than the frequency's check-in interval; missing: no connection in the category).
 * An assessment can pass its own.
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
 */
public record MapInsights(Set<String> overdueConnectionIds, List<String> missingCategoryIds, List<String> notes) {
    public MapInsights {
        overdueConnectionIds = Set.copyOf(overdueConnectionIds);
        missingCategoryIds = List.copyOf(missingCategoryIds);
        notes = List.copyOf(notes);
    }
}
