package org.plnkit.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.topics.TopicCoverage.Status;
import org.plnkit.core.model.Frequency;

class TopicsMeasureTest {

    @Test
    void handComputedSourcesWeightsAndStatus() {
        TopicCoverage t = TopicsMeasure.of(pln(List.of("Coding", "makerspaces", "robotics"), List.of(
                person("jane").value(5).frequency(Frequency.WEEKLY).topics(List.of("coding", "Makerspaces")).build(),
                person("tom").value(2).frequency(Frequency.MONTHLY).topics(List.of(" CODING ")).build(),
                person("ann").topics(List.of("gardening")).build())));
        assertEquals(3, t.byTopic().size());
        TopicCoverage.TopicSources coding = t.byTopic().get(0);
        assertEquals("Coding", coding.topic());
        assertEquals(Status.COVERED, coding.status());
        assertEquals(List.of("jane", "tom"), coding.sources().stream().map(s -> s.connection().id()).toList());
        assertEquals(5 * 4 + 2 * 3, coding.weight(), 1e-15);
        assertEquals(List.of("makerspaces"), t.fragileTopics());
        assertEquals(List.of("robotics"), t.uncoveredTopics());
        assertEquals(2, t.coveredCount());
        // 1 + ½ + 0 over 3 topics
        assertEquals(0.5, t.score().orElseThrow(), 1e-15);
        assertEquals(Status.FRAGILE, t.topic("MAKERSPACES").orElseThrow().status());
    }

    @Test
    void noTopicsNamedIsNotScored() {
        TopicCoverage t = TopicsMeasure.of(pln(List.of(person("a").topics(List.of("x")).build())));
        assertEquals(0, t.byTopic().size());
        assertFalse(t.score().isPresent());
    }

    @Test
    void sourcesAreOrderedByWeightThenId() {
        TopicCoverage t = TopicsMeasure.of(pln(List.of("x"), List.of(
                person("b").value(3).topics(List.of("x")).build(),
                person("a").value(3).topics(List.of("x")).build(),
                person("c").value(5).topics(List.of("x")).build())));
        assertEquals(List.of("c", "a", "b"), t.byTopic().get(0).sources().stream().map(s -> s.connection().id())
                .toList());
    }
}
