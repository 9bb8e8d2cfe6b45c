package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;
import org.plnkit.core.model.Kind;

/**
 * A shared node whose loss would leave many participants without a source: for each participant who names it,
 * it is their only connection in one of their categories (their only mentor, their only online journal…), or the
 * only connection that helps with one of the topics they named.
 *
 * <pre>{@code
 * Keystone k = analysis.keystones().get(0);
 * k.name() + ": " + k.affected() + " participants would lose their only source ("
 *         + k.withoutCategory() + " for a category, " + k.withoutTopic() + " for a topic)";
 * }</pre>
 *
 * @param node            its index in the {@link CohortGraph}
 * @param name            its name
 * @param kind            its kind
 * @param category        its category id
 * @param participants    how many participants name it
 * @param affected        how many would be left without a source for a category or a topic (each counted once)
 * @param withoutCategory of whom for a category
 * @param withoutTopic    of whom for a topic
 * @param topics          the topics it is the only source of, with how many participants, most first (at most 5)
 *
 * @since 0.1.0
 */
public record Keystone(int node, String name, Kind kind, String category, int participants, int affected,
                       int withoutCategory, int withoutTopic, List<TopicCount> topics) {
    public Keystone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        topics = List.copyOf(topics);
    }

    /**
     * A topic and how many participants would lose their only source of it.
     *
     * @param topic        the topic (lower case, as matched)
     * @param participants how many participants
     */
    public record TopicCount(String topic, int participants) {
    }
}
