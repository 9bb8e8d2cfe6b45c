package org.plnkit.analysis.topics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plnkit.analysis.measure.ConnectionRef;

/**
 * For each topic the participant needs to keep up with, the connections that help with it.
 *
 * @param byTopic one entry per participant topic, in the participant's order; the topics' lists and the score are
 *                read from it
 *
 * @since 0.1.0
 */
public record TopicCoverage(List<TopicSources> byTopic) {
    public TopicCoverage {
        byTopic = List.copyOf(byTopic);
    }

    /** Topics no connection helps with, in the participant's order. */
    public List<String> uncoveredTopics() {
        return topics(Status.UNCOVERED);
    }

    /** Topics exactly one connection helps with, in the participant's order. */
    public List<String> fragileTopics() {
        return topics(Status.FRAGILE);
    }

    private List<String> topics(Status status) {
        return byTopic.stream().filter(t -> t.status() == status).map(TopicSources::topic).toList();
    }

    /**
     * The topic score in [0, 1]: a topic counts 1 with two or more sources, ½ with one, 0 with none; empty when the
     * participant names no topics.
     */
    public Optional<Double> score() {
        OptionalDouble mean = byTopic.stream().mapToDouble(t -> points(t.status())).average();
        return mean.isPresent() ? Optional.of(mean.getAsDouble()) : Optional.empty();
    }

    private static double points(Status status) {
        return switch (status) {
            case COVERED -> 1;
            case FRAGILE -> 0.5;
            case UNCOVERED -> 0;
        };
    }

    /** The number of topics with at least one source. */
    public int coveredCount() {
        return byTopic.size() - uncoveredTopics().size();
    }

    /** The entry of a topic, matched ignoring case. */
    public Optional<TopicSources> topic(String topic) {
        String k = TopicsMeasure.key(topic);
        return byTopic.stream().filter(t -> TopicsMeasure.key(t.topic()).equals(k)).findFirst();
    }

    /**
     * One topic and its sources.
     *
     * @param topic   the topic as the participant spelled it
     * @param sources the connections listing it, by engagement weight (highest first), then id
     * @param weight  the sum of the sources' engagement weights
     * @param status  uncovered, fragile or covered
     */
    public record TopicSources(String topic, List<Source> sources, double weight, Status status) {
        public TopicSources {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A connection that helps with a topic.
     *
     * @param connection the connection
     * @param weight     its engagement weight
     */
    public record Source(ConnectionRef connection, double weight) {
    }

    /** How well a topic is covered. */
    public enum Status {
        /** No source. */
        UNCOVERED,
        /** A single source. */
        FRAGILE,
        /** Two or more sources. */
        COVERED
    }
}
