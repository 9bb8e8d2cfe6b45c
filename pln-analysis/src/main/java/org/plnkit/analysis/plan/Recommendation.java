package org.plnkit.analysis.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.analysis.health.Voice;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * One step of an action plan: what it asks, as data ({@link Step}: a kind and its arguments), its rank and the
 * concrete suggestions found for it. The title and the reason are rendered from the step by {@link StepWords}.
 *
 * @param rank        1 for the first step
 * @param step        what the step asks and its arguments
 * @param suggestions concrete people, organizations or resources to add, best first (may be empty)
 *
 * @since 0.1.0
 */
public record Recommendation(int rank, Step step, List<Suggestion> suggestions) {
    public Recommendation {
        Objects.requireNonNull(step, "step");
        suggestions = List.copyOf(suggestions);
    }

    /** What kind of step. */
    public RecommendationType type() {
        return step.type();
    }

    /** The step in a few words, e.g. "Add a second source for coding". */
    public String title() {
        return StepWords.title(step);
    }

    /**
     * Why, in plain words that name the numbers, e.g. "Jane Kim is your only source for 3 of your 4 topics
     * (makerspaces, coding, robotics)."; for an empty category with no suggestion found, the taxonomy's examples.
     */
    public String reason() {
        return reason(ConnectionRef::name);
    }

    /** The title, each connection named by {@code name} (e.g. by kind in an anonymized output). */
    public String title(Function<ConnectionRef, String> name) {
        return StepWords.title(step, name);
    }

    /** The reason, each connection named by {@code name} (e.g. by kind in an anonymized output). */
    public String reason(Function<ConnectionRef, String> name) {
        return StepWords.reason(step, !suggestions.isEmpty(), name);
    }

    /** The title in a voice ("Spread my engagement" with {@link Voice#I}), each connection named by {@code name}. */
    public String title(Function<ConnectionRef, String> name, Voice voice) {
        return StepWords.title(step, name, voice);
    }

    /**
     * The reason in a voice ("Jane Kim is my only source for …" with {@link Voice#I}, for a page that speaks as the
     * teacher), each connection named by {@code name}.
     */
    public String reason(Function<ConnectionRef, String> name, Voice voice) {
        return StepWords.reason(step, !suggestions.isEmpty(), name, voice);
    }

    /** The category it is about, if any. */
    public Optional<String> category() {
        return step.category();
    }

    /** The topics it is about, in the participant's order. */
    public List<String> topics() {
        return step.topics();
    }

    /** The connections it is about. */
    public List<ConnectionRef> connections() {
        return step.connections();
    }
}
