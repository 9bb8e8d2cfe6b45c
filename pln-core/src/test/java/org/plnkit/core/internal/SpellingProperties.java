package org.plnkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The nearest candidate skips those whose length alone rules them out and stops at an exact match: the answer must
 * be the one comparing every candidate gives, the first of equally close ones.
 */
class SpellingProperties {
    /** Short words over a small alphabet (with capitals and a dotted capital I), so that near ties are common. */
    private static final Gen<String> WORD = SourceDSL.lists().of(SourceDSL.integers().between(0, 7))
            .ofSizeBetween(0, 9).map(cs -> {
                StringBuilder b = new StringBuilder();
                cs.forEach(c -> b.append("abAB-\u0130o0".charAt(c)));
                return b.toString();
            });

    /** Every candidate compared, the first of the closest kept. */
    private static Optional<String> everyCandidate(String input, List<String> candidates) {
        String in = input.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = Spelling.distance(in, c.toLowerCase(Locale.ROOT));
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    @Test
    void theClosestIsTheOneComparingEveryCandidateGives() {
        qt().withExamples(2000).forAll(WORD, SourceDSL.lists().of(WORD).ofSizeBetween(0, 12))
                .checkAssert((input, candidates) ->
                        assertEquals(everyCandidate(input, candidates), Spelling.closest(input, candidates)));
    }

    @Test
    void aBoundedDistanceIsExactBelowItsBoundAndAtLeastTheBoundElse() {
        qt().withExamples(3000).forAll(WORD, WORD, SourceDSL.integers().between(0, 10)).checkAssert((a, b, bound) -> {
            int exact = Spelling.distance(a, b);
            int bounded = Spelling.distance(a, b, bound);
            if (exact < bound) {
                assertEquals(exact, bounded);
            } else {
                org.junit.jupiter.api.Assertions.assertTrue(bounded >= bound, a + " " + b + " " + bound);
            }
        });
    }

    @Test
    void aMemoOfDistancesSharedAcrossQuestionsChangesNoAnswer() {
        Spelling.Memo memo = new Spelling.Memo(); // shared by every example, so most distances come from it
        qt().withExamples(3000).forAll(WORD, SourceDSL.lists().of(WORD).ofSizeBetween(0, 12))
                .checkAssert((input, candidates) -> {
                    assertEquals(Spelling.likelyTypo(input, candidates), Spelling.likelyTypo(input, candidates, memo));
                    assertEquals(Spelling.likelyTypo(input, candidates), Spelling.likelyTypo(input, candidates, memo));
                });
    }

    /**
     * Longer words over a small alphabet (ids like {@code ab-ba0}), long enough that the index compares only the
     * candidates sharing enough pairs of characters with the input, and alike enough that many do.
     */
    private static final Gen<String> ID = SourceDSL.lists().of(SourceDSL.integers().between(0, 7))
            .ofSizeBetween(0, 24).map(cs -> {
                StringBuilder b = new StringBuilder();
                cs.forEach(c -> b.append("abAB-\u0130o0".charAt(c)));
                return b.toString();
            });

    @Test
    void anIndexGivesTheAnswerComparingEveryCandidateGives() {
        qt().withExamples(3000).forAll(ID, SourceDSL.lists().of(ID).ofSizeBetween(0, 40))
                .checkAssert((input, candidates) -> {
                    Spelling.Index index = new Spelling.Index(candidates);
                    assertEquals(Spelling.likelyTypo(input, candidates), index.likelyTypo(input), input);
                    // variants of a candidate: the answer is usually found, and must still be the same one
                    for (String c : candidates.subList(0, Math.min(3, candidates.size()))) {
                        for (String v : List.of(c, c + "a", c.length() > 1 ? c.substring(1) : "b" + c,
                                c.replace('a', 'b'), " " + c.toUpperCase(Locale.ROOT) + " ")) {
                            assertEquals(Spelling.likelyTypo(v, candidates), index.likelyTypo(v), v);
                        }
                    }
                });
    }

    @Test
    void anIndexOfNamesLikeParticipantIdsFindsTheNearestOfThousands() {
        List<String> ids = new java.util.ArrayList<>();
        String[] first = {"maria", "mark", "laura", "heather", "bryan", "pamela", "jason", "alice", "roger"};
        String[] last = {"mitchell", "moore", "cooper", "ruiz", "shah", "hill", "henderson", "jackson", "johnson"};
        for (int i = 0; i < 3000; i++) {
            ids.add(first[i % first.length] + "-" + last[(i / first.length) % last.length]
                    + (i >= 81 ? "-" + (i / 81 + 1) : ""));
        }
        Spelling.Index index = new Spelling.Index(ids);
        for (String asked : List.of("mark-mitchel", "bryan-ruiz-2", "pamela-shah-40", "alice-andersen", "zed",
                "heather-cooper-37x", "roger-jacksn-12", "", "m", "maria-moore-", "x".repeat(250))) {
            assertEquals(Spelling.likelyTypo(asked, ids), index.likelyTypo(asked), asked);
        }
        assertEquals(Optional.of("mark-mitchell"), index.likelyTypo("Mark-Mitchel"));
    }
}
