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
}
