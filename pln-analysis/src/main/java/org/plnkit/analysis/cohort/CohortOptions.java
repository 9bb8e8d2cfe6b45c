package org.plnkit.analysis.cohort;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.analysis.AssessmentOptions;

/**
 * What a cohort analysis is computed with. Every number that shapes a result has a documented default (see
 * {@code docs/measures.md}, "Cohort measures"); the thread count changes only the speed, never a result.
 *
 * <pre>{@code
 * CohortOptions o = CohortOptions.defaults()
 *         .withAssessment(AssessmentOptions.asOf(LocalDate.of(2026, 11, 1)))
 *         .withThreads(4);
 * }</pre>
 *
 * @param assessment          how each participant's PLN is assessed (taxonomy, thresholds, as-of date…)
 * @param fallbackAsOf        the date used for a participant who has no {@code as_of} when the assessment options
 *                            give none either (the command line passes today's date, per the input contract);
 *                            empty: such a participant cannot be assessed and is reported
 * @param threads             how many threads assess participants and estimate betweenness (at least 1)
 * @param neighbours          k: the most neighbours a participant keeps in the projection (10)
 * @param candidates          how many of its strongest candidates each participant proposes to the projection
 *                            before the degree limit is applied (30; at least {@code neighbours})
 * @param hubSample           a shared node named by more participants than this links each of them to this many
 *                            others only, chosen by a seeded, symmetric sample (50)
 * @param seed                the seed of every random choice (hub samples, Leiden communities, betweenness sources)
 * @param betweennessSources  betweenness is exact up to this many participants; above, it is estimated from this
 *                            many seeded source participants (500)
 * @param minCommunitySize    a cluster smaller than this is not reported as a community (3)
 * @param minKeystone         a shared node is a keystone when its loss would leave at least this many participants
 *                            without a source for a category or topic (2)
 * @param peerMinUsers        a peer suggestion needs at least this many peers who use it (2)
 * @param peerMinGroup        a peer group (same community and role, school, community, role) is used only when it
 *                            has at least this many members, the participant included (3)
 *
 * @since 0.1.0
 */
public record CohortOptions(AssessmentOptions assessment, Optional<LocalDate> fallbackAsOf, int threads,
                            int neighbours, int candidates, int hubSample, long seed, int betweennessSources,
                            int minCommunitySize, int minKeystone, int peerMinUsers, int peerMinGroup) {
    public CohortOptions {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(fallbackAsOf, "fallbackAsOf");
        atLeast("threads", threads, 1);
        atLeast("neighbours", neighbours, 1);
        atLeast("candidates", candidates, neighbours);
        atLeast("hubSample", hubSample, 2);
        atLeast("betweennessSources", betweennessSources, 1);
        atLeast("minCommunitySize", minCommunitySize, 2);
        atLeast("minKeystone", minKeystone, 1);
        atLeast("peerMinUsers", peerMinUsers, 1);
        atLeast("peerMinGroup", peerMinGroup, 2);
    }

    /** The documented defaults, one thread, as of each participant's own date. */
    public static CohortOptions defaults() {
        return new CohortOptions(AssessmentOptions.defaults(), Optional.empty(), 1, 10, 30, 50, 20261128L, 500, 3,
                2, 2, 3);
    }

    public CohortOptions withAssessment(AssessmentOptions a) {
        return new CohortOptions(a, fallbackAsOf, threads, neighbours, candidates, hubSample, seed,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withFallbackAsOf(LocalDate date) {
        return new CohortOptions(assessment, Optional.of(date), threads, neighbours, candidates, hubSample, seed,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withThreads(int n) {
        return new CohortOptions(assessment, fallbackAsOf, n, neighbours, candidates, hubSample, seed,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    /** Keeps at most {@code k} neighbours per participant; the candidates grow to 3k when they were fewer. */
    public CohortOptions withNeighbours(int k) {
        return new CohortOptions(assessment, fallbackAsOf, threads, k, Math.max(candidates, 3 * k), hubSample, seed,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withHubSample(int n) {
        return new CohortOptions(assessment, fallbackAsOf, threads, neighbours, candidates, n, seed,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withSeed(long s) {
        return new CohortOptions(assessment, fallbackAsOf, threads, neighbours, candidates, hubSample, s,
                betweennessSources, minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withBetweennessSources(int n) {
        return new CohortOptions(assessment, fallbackAsOf, threads, neighbours, candidates, hubSample, seed, n,
                minCommunitySize, minKeystone, peerMinUsers, peerMinGroup);
    }

    public CohortOptions withMinCommunitySize(int n) {
        return new CohortOptions(assessment, fallbackAsOf, threads, neighbours, candidates, hubSample, seed,
                betweennessSources, n, minKeystone, peerMinUsers, peerMinGroup);
    }

    /**
     * The as-of date of a participant: the assessment options' date, else the participant's {@code as_of}, else
     * the fallback; empty when there is none.
     */
    public Optional<LocalDate> asOfFor(org.plnkit.core.model.Participant p) {
        return assessment.asOf().or(p::asOf).or(() -> fallbackAsOf);
    }

    private static void atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " " + v + " is below " + min);
        }
    }
}
