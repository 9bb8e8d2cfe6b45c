package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Golden;

/** cohort.json of the hand-made cohort, kept as a golden file (regenerate with -Dgolden.update=true). */
class CohortJsonTest {
    private final CohortAnalysis a = CohortAnalyzer.analyze(TinyCohort.cohort(), CohortOptions.defaults());

    @Test
    void namedJsonMatchesTheGoldenFile() {
        Golden.check("org/plnkit/analysis/cohort/golden/tiny-cohort.json", CohortJson.toJson(a, CohortLabels.shown(a)));
    }

    @Test
    void anonymizedJsonNamesNoPerson() {
        String json = CohortJson.toJson(a, CohortLabels.anonymous(a));
        Golden.check("org/plnkit/analysis/cohort/golden/tiny-cohort-anonymized.json", json);
        for (String person : new String[] {"Jane Kim", "J. Kim", "Mom", "\"Ana\"", "\"Ben\"", "\"ana\""}) {
            assertFalse(json.contains(person), person);
        }
        assertTrue(json.contains("\"name\": \"Local colleague 1\""), "Jane Kim, shared by id, is a local colleague");
        assertTrue(json.contains("\"participant\": \"Participant 1\""));
    }
}
