package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** The JSON and text outputs of the three samples, against golden files. */
class AssessmentOutputTest {

    static Assessment assess(String sample) {
        return Assessor.assess(Samples.read(sample),
                AssessmentOptions.defaults().withSuggestions(Samples.directory()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.MARIA, Samples.SAM, Samples.ALEX})
    void jsonMatchesGolden(String sample) {
        Golden.check("org/plnkit/analysis/golden/" + sample + ".json", AssessmentJson.toJson(assess(sample)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.MARIA, Samples.SAM, Samples.ALEX})
    void textMatchesGolden(String sample) {
        Golden.check("org/plnkit/analysis/golden/" + sample + ".txt", AssessmentText.render(assess(sample)));
    }

    /**
     * One category is counted in the singular: the second QA pass's first-year teacher, with only local colleagues,
     * read "1 of 11 have connections".
     */
    @Test
    void oneCoveredCategoryIsSaidInTheSingular() {
        Pln local = Plns.pln(List.of(Plns.person("a").build(), Plns.person("b").build()));
        String text = AssessmentText.render(Assessor.assess(local,
                AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15))));
        assertTrue(text.contains("Categories     1 of 11 has connections;"), text);
        assertTrue(text.contains("1 of 11 categories has connections;"), text);
        assertFalse(text.contains("1 of 11 have") || text.contains("1 of 11 categories have"), text);
    }

    @Test
    void jsonHasTheDocumentedFieldNames() throws IOException {
        JsonNode j = new ObjectMapper().readTree(AssessmentJson.toJson(assess(Samples.SAM)));
        assertEquals(1, j.get("schemaVersion").asInt());
        assertEquals("2026-11-01", j.get("asOf").asText());
        for (String f : List.of("gaps", "thinCategories")) {
            assertTrue(j.get("coverage").get(f).isArray(), f);
        }
        for (String f : List.of("effectiveSize", "efficiency", "constraint", "density", "components", "isolates")) {
            assertTrue(j.get("structure").has(f), f);
        }
        for (String f : List.of("uncoveredTopics", "fragileTopics", "byTopic")) {
            assertTrue(j.get("topics").get(f).isArray(), f);
        }
        for (String f : List.of("herfindahl", "normalizedHerfindahl", "topShare", "keyPeople", "articulationPoints",
                "flags", "weights")) {
            assertTrue(j.get("reliance").has(f), f);
        }
        assertTrue(j.get("upkeep").get("overdueCheckIns").isArray());
        assertEquals(List.of("math centers"), List.of(j.get("topics").get("uncoveredTopics").get(0).asText()));
        assertEquals("fill-gap", j.get("actionPlan").get(1).get("type").asText());
        assertEquals(1.0, j.get("composition").get("localShare").asDouble());
        assertEquals("coverage", j.get("health").get("subScores").get(0).get("part").asText());
        // numbers are rounded: at most 4 decimals
        assertFalse(AssessmentJson.toJson(assess(Samples.SAM)).matches("(?s).*\\d\\.\\d{5,}.*"));
    }

    @Test
    void undefinedMeasuresAreNullInJson() throws IOException {
        Pln empty = new Pln(Participant.of("ann"), List.of(), List.of());
        JsonNode j = new ObjectMapper().readTree(AssessmentJson.toJson(
                Assessor.assess(empty, AssessmentOptions.asOf(LocalDate.of(2026, 1, 1)))));
        assertTrue(j.get("structure").get("effectiveSize").isNull());
        assertTrue(j.get("structure").get("density").isNull());
        assertTrue(j.get("reliance").get("topConnection").isNull());
        assertTrue(j.get("composition").get("localShare").isNull());
        assertTrue(j.get("health").get("subScores").get(3).get("score").isNull()); // no topics named
    }

    @Test
    void thresholdsAreWrittenInFullTheOneWeightToTwoDecimalsTheSharesToFour() {
        Thresholds t = Thresholds.DEFAULTS.toBuilder().lowEngagementWeight(1.555).topShareLimit(1.0 / 3)
                .checkInGraceFraction(0.25).checkInGraceMinDays(4).build();
        String json = AssessmentJson.toJson(Assessor.assess(Samples.read(Samples.SAM),
                AssessmentOptions.asOf(LocalDate.of(2026, 11, 1)).withThresholds(t)));
        String written = json.substring(json.indexOf("\"thresholds\""));
        assertEquals("""
                "thresholds": {
                    "thinMaxConnections": 1,
                    "lowEngagementWeight": 1.56,
                    "lowValue": 2,
                    "topShareLimit": 0.3333,
                    "concentrationLimit": 0.15,
                    "minConnectionsForConcentration": 5,
                    "soleSourceTopicsLimit": 2,
                    "checkInGraceFraction": 0.25,
                    "checkInGraceMinDays": 4,
                    "giveBackTarget": 0.5,
                    "mostlyLocalShare": 0.8,
                    "suggestionsPerRecommendation": 3
                  }
                }
                """, written);
    }

    @Test
    void textUsesTheRootLocaleAndLimitsTheSteps() {
        // Surefire runs in Turkish: decimals must still use a point
        String text = AssessmentText.render(assess(Samples.MARIA));
        assertTrue(text.contains("efficiency 0.95"), text);
        String all = AssessmentText.render(assess(Samples.SAM), Integer.MAX_VALUE);
        String some = AssessmentText.render(assess(Samples.SAM), 3);
        assertFalse(all.contains("more step"));
        assertTrue(some.contains("… and "), some);
        assertTrue(text.lines().allMatch(l -> l.length() <= AssessmentText.WIDTH), "lines fit the width");
    }
}
