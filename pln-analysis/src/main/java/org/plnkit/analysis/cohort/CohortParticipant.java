package org.plnkit.analysis.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.plan.RecommendationType;
import org.plnkit.core.internal.Components;
import org.plnkit.core.model.Participant;

/**
 * One participant as the cohort analysis sees them: their scores from the participant assessment and their place
 * in the cohort (what they share, their community, how much they bridge).
 *
 * <pre>{@code
 * CohortParticipant p = analysis.participants().get(0);
 * p.scores().map(CohortParticipant.Scores::health);   // Optional[64]
 * p.community();                                       // Optional[3]
 * p.isolated();                                        // shares nothing with anyone
 * }</pre>
 *
 * @param index        the participant's index (input order)
 * @param participant  the participant
 * @param connections  how many connections their PLN has
 * @param sharedNodes  how many of the cohort's shared nodes they name
 * @param ties         how many other participants they are tied to (one names the other)
 * @param scores       the scores of their assessment; empty when it could not be made ({@code problem} says why)
 * @param problem      why the participant could not be assessed
 * @param community    the number of their community (1 = the largest); empty when they are in none
 * @param neighbours   how many neighbours they kept in the projection (at most k)
 * @param betweenness  their betweenness in the projection, in [0, 1] (an estimate for large cohorts)
 * @param isolated     whether they share nothing with anyone: no shared node and no tie
 *
 * @since 0.1.0
 */
public record CohortParticipant(int index, Participant participant, int connections, int sharedNodes, int ties,
                                Optional<Scores> scores, Optional<String> problem, Optional<Integer> community,
                                int neighbours, double betweenness, boolean isolated) {
    public CohortParticipant {
        Components.requireNonNull(CohortParticipant.class, index, participant, connections, sharedNodes, ties, scores,
                problem, community, neighbours, betweenness, isolated);
    }

    /** The participant's id. */
    public String id() {
        return participant.id();
    }

    /**
     * The scores of one participant's assessment, as the district sees them.
     *
     * @param asOf            the date assessed at
     * @param health          the health score, 0–100
     * @param subScores       one per {@link Health.Part}, in that order; empty when the part does not apply
     * @param categories      one per taxonomy category, in taxonomy order
     * @param categoryCounts  connections per taxonomy category, in taxonomy order
     * @param gaps            categories without a connection
     * @param thin            thin categories
     * @param topics          topics the participant named
     * @param uncoveredTopics topics without a source
     * @param fragileTopics   topics with a single source
     * @param overdue         connections overdue for a check-in
     * @param giveBackShare   share of connections given back to; empty without connections
     * @param localShare      share of local connections; empty without connections
     * @param relianceFlags   how many over-reliance limits are reached
     * @param firstStep       the title of the first step of the action plan (it may name a person)
     * @param firstStepType   what kind of step it is
     * @param firstStepCategory the category the first step is about, if any
     * @param firstStepByKind the first step's title with every person named by kind ("one person"), never by name:
     *                        what anonymized outputs show
     */
    public record Scores(LocalDate asOf, int health, List<Optional<Integer>> subScores,
                         List<CategoryStatus> categories, List<Integer> categoryCounts, int gaps, int thin,
                         int topics, int uncoveredTopics, int fragileTopics, int overdue,
                         Optional<Double> giveBackShare, Optional<Double> localShare, int relianceFlags,
                         Optional<String> firstStep, Optional<RecommendationType> firstStepType,
                         Optional<String> firstStepCategory, Optional<String> firstStepByKind) {
        public Scores {
            Components.requireNonNull(Scores.class, asOf, health, subScores, categories, categoryCounts, gaps, thin,
                    topics, uncoveredTopics, fragileTopics, overdue, giveBackShare, localShare, relianceFlags, firstStep,
                    firstStepType, firstStepCategory, firstStepByKind);
            subScores = List.copyOf(subScores);
            categories = List.copyOf(categories);
            categoryCounts = List.copyOf(categoryCounts);
        }

        /** The sub-score of one part; empty when it does not apply. */
        public Optional<Integer> subScore(Health.Part part) {
            return subScores.get(part.ordinal());
        }
    }
}
