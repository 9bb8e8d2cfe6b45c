package org.plnkit.analysis.cohort;

import java.util.List;
import java.util.Objects;
import org.plnkit.analysis.health.Health;

/**
 * The distribution of the health score and of each sub-score over the assessed participants.
 *
 * <pre>{@code
 * HealthDistribution h = analysis.health();
 * h.overall().median();
 * h.part(Health.Part.TOPICS).count();   // participants who named topics
 * }</pre>
 *
 * @param overall the health scores
 * @param parts   one per {@link Health.Part}, in that order; a part counts only participants it applies to
 *
 * @since 0.1.0
 */
public record HealthDistribution(ScoreStats overall, List<PartStats> parts) {
    public HealthDistribution {
        Objects.requireNonNull(overall, "overall");
        parts = List.copyOf(parts);
    }

    /** The distribution of one sub-score. */
    public ScoreStats part(Health.Part part) {
        return parts.get(part.ordinal()).stats();
    }

    /**
     * The distribution of one sub-score.
     *
     * @param part  which part
     * @param stats its distribution
     */
    public record PartStats(Health.Part part, ScoreStats stats) {
    }
}
