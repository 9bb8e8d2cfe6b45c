package org.plnkit.analysis.plan;

import java.util.List;
import org.plnkit.core.model.Pln;

/**
 * Where concrete suggestions come from: a district's resource directory ({@link ResourceDirectory}), or, later,
 * what other participants of a cohort use. Implementations must be deterministic and should not suggest what the
 * PLN already holds.
 *
 * <pre>{@code
 * SuggestionSource dir = ResourceDirectory.read(Path.of("resources.yaml"), Taxonomy.defaults()).value().orElseThrow();
 * dir.suggest(Need.topic("coding"), pln, 3);   // [Code.org, Scratch Educator Hub, …]
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SuggestionSource {
    /** A source that never suggests anything. */
    SuggestionSource NONE = (need, pln, limit) -> List.of();

    /**
     * Up to {@code limit} suggestions for a need of this participant, best first.
     *
     * @param need  the category or topic to find connections for
     * @param pln   the participant's PLN (to leave out what they have, and to prefer their topics)
     * @param limit the most suggestions wanted; 0 means none
     */
    List<Suggestion> suggest(Need need, Pln pln, int limit);

    /**
     * This source's suggestions, then {@code next}'s to fill up to the limit (a name already suggested is not
     * suggested again).
     *
     * @since 0.2.0
     */
    default SuggestionSource then(SuggestionSource next) {
        SuggestionSource first = this;
        return (need, pln, limit) -> {
            List<Suggestion> found = first.suggest(need, pln, limit);
            if (found.size() >= limit) {
                return found;
            }
            java.util.Map<String, Suggestion> m = new java.util.LinkedHashMap<>();
            found.forEach(s -> m.putIfAbsent(s.name(), s));
            for (Suggestion s : next.suggest(need, pln, limit)) {
                if (m.size() < limit) {
                    m.putIfAbsent(s.name(), s);
                }
            }
            return List.copyOf(m.values());
        };
    }
}
