package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.read.CohortReader;

/** The same cohort gives the same analysis, whatever the number of threads. */
class DeterminismTest {
    /** gen-cohort --participants 50 (pln-core's test resource). */
    static Cohort generated50() {
        Path file = Path.of(System.getProperty("basedir", "."))
                .resolve("../pln-core/src/test/resources/org/plnkit/core/read/gen-cohort-50/cohort.xlsx");
        return CohortReader.read(file).value().orElseThrow();
    }

    @Test
    void sameJsonForOneTwoAndFourThreads() {
        Cohort c = SampleCohortTest.lakeside();
        String one = json(c, CohortOptions.defaults().withThreads(1));
        assertEquals(one, json(c, CohortOptions.defaults().withThreads(2)));
        assertEquals(one, json(c, CohortOptions.defaults().withThreads(4)));
    }

    @Test
    void hubSamplesAndSampledBetweennessAreRepeatableToo() {
        Cohort c = generated50();
        // small limits so that hubs are sampled and betweenness is estimated
        CohortOptions o = CohortOptions.defaults().withHubSample(4).withBetweennessSources(12);
        CohortAnalysis a = CohortAnalyzer.analyze(c, o);
        assertTrue(a.projection().stats().hubs() > 0);
        assertTrue(a.projection().stats().countedPairs() < a.projection().stats().fullPairs());
        assertFalse(a.betweennessExact());
        String one = CohortJson.toJson(a, CohortLabels.shown(a));
        assertEquals(one, json(c, o.withThreads(2)));
        assertEquals(one, json(c, o.withThreads(3)));
        assertEquals(a.communities(), CohortAnalyzer.analyze(c, o.withThreads(4)).communities());
    }

    @Test
    void theEstimateFollowsTheExactBetweenness() {
        Cohort c = generated50();
        CohortAnalysis exact = CohortAnalyzer.analyze(c, CohortOptions.defaults());
        CohortAnalysis est = CohortAnalyzer.analyze(c, CohortOptions.defaults().withBetweennessSources(25));
        assertTrue(exact.betweennessExact());
        assertFalse(est.betweennessExact());
        double se = 0;
        double sx = 0;
        for (int i = 0; i < c.size(); i++) {
            se += est.participants().get(i).betweenness();
            sx += exact.participants().get(i).betweenness();
        }
        // half the sources: the total is estimated within a third
        assertEquals(sx, se, sx / 3);
    }

    private static String json(Cohort c, CohortOptions o) {
        CohortAnalysis a = CohortAnalyzer.analyze(c, o);
        return CohortJson.toJson(a, CohortLabels.shown(a));
    }
}
