package org.plnkit.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.analysis.topics.TopicCoverage.Source;
import org.plnkit.analysis.topics.TopicCoverage.Status;
import org.plnkit.analysis.topics.TopicCoverage.TopicSources;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;

/**
 * Matches the participant's topics with the topics their connections help with (ignoring case and surrounding
 * spaces, as the readers do). A topic with no source is <em>uncovered</em>; one with a single source is
 * <em>fragile</em>: losing that connection would leave the participant without a way to keep up with it.
 *
 * <pre>{@code
 * TopicCoverage t = new TopicsMeasure(EngagementScale.DEFAULT).measure(pln);
 * t.fragileTopics();   // [coding]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TopicsMeasure implements PlnMeasure<TopicCoverage> {
    private static final Comparator<Source> BY_WEIGHT = Comparator.comparingDouble(Source::weight).reversed()
            .thenComparing(s -> s.connection().id());

    private final EngagementScale scale;

    public TopicsMeasure(EngagementScale scale) {
        this.scale = scale;
    }

    /** The topic coverage with the default engagement scale. */
    public static TopicCoverage of(Pln pln) {
        return new TopicsMeasure(EngagementScale.DEFAULT).measure(pln);
    }

    /** The key a topic is matched by: trimmed, lower case (root locale). */
    public static String key(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public TopicCoverage measure(Pln pln) {
        // each connection's topic keys, worked out once
        List<Connection> cs = pln.connections();
        List<Set<String>> keys = new ArrayList<>(cs.size());
        for (Connection c : cs) {
            Set<String> ks = new HashSet<>();
            c.topics().forEach(t -> ks.add(key(t)));
            keys.add(ks);
        }
        List<TopicSources> byTopic = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String topic : pln.participant().topics()) {
            String k = key(topic);
            if (k.isEmpty() || seen.contains(k)) {
                continue;
            }
            seen.add(k);
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                if (keys.get(i).contains(k)) {
                    sources.add(new Source(ConnectionRef.of(cs.get(i)), scale.weight(cs.get(i))));
                }
            }
            sources.sort(BY_WEIGHT);
            double weight = 0;
            for (Source s : sources) {
                weight += s.weight();
            }
            Status status = sources.isEmpty() ? Status.UNCOVERED
                    : sources.size() == 1 ? Status.FRAGILE : Status.COVERED;
            byTopic.add(new TopicSources(topic, sources, weight, status));
        }
        return new TopicCoverage(byTopic);
    }
}
