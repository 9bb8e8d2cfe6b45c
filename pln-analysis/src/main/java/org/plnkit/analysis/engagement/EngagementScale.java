package org.plnkit.analysis.engagement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;

/**
 * How much a participant engages with a connection: its value (1–5) times a score for how often they are in
 * touch. The default scale scores daily 5, weekly 4, monthly 3, quarterly 2, yearly 1 and rarely ½; a blank value
 * counts as 3 and a blank frequency as monthly (3), the middle of each scale, so that leaving a cell empty neither
 * raises nor lowers a connection. Weights therefore run from ½ (value 1, rarely) to 25 (value 5, daily).
 *
 * <pre>{@code
 * EngagementScale.DEFAULT.weight(jane);   // value 5, weekly: 5 × 4 = 20
 * }</pre>
 *
 * @param frequencyScores     the score of each frequency; every frequency must have a positive score
 * @param blankFrequencyScore the score when the frequency is not given
 * @param blankValue          the value assumed when the value is not given (1–5)
 *
 * @since 0.1.0
 */
public record EngagementScale(Map<Frequency, Double> frequencyScores, double blankFrequencyScore, double blankValue) {

    /** The documented default scale. */
    public static final EngagementScale DEFAULT = new EngagementScale(Map.of(
            Frequency.DAILY, 5.0, Frequency.WEEKLY, 4.0, Frequency.MONTHLY, 3.0,
            Frequency.QUARTERLY, 2.0, Frequency.YEARLY, 1.0, Frequency.RARELY, 0.5), 3.0, 3.0);

    public EngagementScale {
        Objects.requireNonNull(frequencyScores, "frequencyScores");
        EnumMap<Frequency, Double> copy = new EnumMap<>(Frequency.class);
        for (Frequency f : Frequency.values()) {
            Double s = frequencyScores.get(f);
            if (s == null || !(s > 0) || s.isInfinite()) {
                throw new IllegalArgumentException("frequency " + f.id() + " needs a positive score, not " + s);
            }
            copy.put(f, s);
        }
        frequencyScores = Collections.unmodifiableMap(copy);
        if (!(blankFrequencyScore > 0) || Double.isInfinite(blankFrequencyScore)) {
            throw new IllegalArgumentException("the score of a blank frequency must be positive");
        }
        if (!(blankValue >= 1 && blankValue <= 5)) {
            throw new IllegalArgumentException("the value of a blank value must be between 1 and 5");
        }
    }

    /** The score of a frequency, or of a blank one. */
    public double frequencyScore(Optional<Frequency> frequency) {
        // every frequency has a score (checked above); no boxing here: this is asked of every connection many times
        return frequency.isPresent() ? frequencyScores.get(frequency.get()) : blankFrequencyScore;
    }

    /** The value used for a connection: its own, or {@link #blankValue()} when not given. */
    public double value(Connection c) {
        Optional<Integer> v = c.value();
        return v.isPresent() ? v.get() : blankValue;
    }

    /** The engagement weight of a connection: value × frequency score; always positive. */
    public double weight(Connection c) {
        return value(c) * frequencyScore(c.frequency());
    }
}
