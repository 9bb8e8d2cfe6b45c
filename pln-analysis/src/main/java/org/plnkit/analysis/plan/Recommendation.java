package org.plnkit.analysis.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * One step of an action plan.
 *
 * @param rank        1 for the first step
 * @param type        what kind of step
 * @param title       the step in a few words, e.g. "Add a second source for coding"
 * @param reason      why, in plain words that name the numbers, e.g. "Jane Kim is your only source for 3 of your 4
 *                    topics (makerspaces, coding, robotics)."
 * @param category    the category it is about, if any
 * @param topics      the topics it is about, in the participant's order
 * @param connections the connections it is about
 * @param suggestions concrete people, organizations or resources to add, best first (may be empty)
 *
 * @since 0.1.0
 */
public record Recommendation(int rank, RecommendationType type, String title, String reason,
                             Optional<String> category, List<String> topics, List<ConnectionRef> connections,
                             List<Suggestion> suggestions) {
    public Recommendation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
        topics = List.copyOf(topics);
        connections = List.copyOf(connections);
        suggestions = List.copyOf(suggestions);
    }
}
