package org.plnkit.analysis.health;

import java.util.List;
import java.util.Optional;

/**
 * An overall health score of a PLN, 0–100, with the sub-scores it is made of, each explained in plain words.
 *
 * @param score     the weighted mean of the applicable sub-scores, rounded
 * @param subScores one per part, in the order of {@link Part}
 *
 * @since 0.1.0
 */
public record Health(int score, List<SubScore> subScores) {
    public Health {
        subScores = List.copyOf(subScores);
    }

    /** The sub-score of one part. */
    public SubScore part(Part part) {
        return subScores.stream().filter(s -> s.part() == part).findFirst().orElseThrow();
    }

    /**
     * One part of the health score.
     *
     * @param part        which part
     * @param score       0–100; empty when the part does not apply (no topics named)
     * @param weight      its weight in the overall score
     * @param explanation what the number means, with the figures behind it
     */
    public record SubScore(Part part, Optional<Integer> score, int weight, String explanation) {
    }

    /** The parts of the health score and their weights (they add up to 100). */
    public enum Part {
        COVERAGE(25), DIVERSITY(15), CONCENTRATION(15), TOPICS(20), GIVE_BACK(10), UPKEEP(15);

        private final int weight;

        Part(int weight) {
            this.weight = weight;
        }

        /** The weight of this part in the overall score. */
        public int weight() {
            return weight;
        }
    }
}
