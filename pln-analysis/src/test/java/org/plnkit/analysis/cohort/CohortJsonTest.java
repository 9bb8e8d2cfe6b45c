package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Golden;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.RowCounts;

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

    @Test
    void theInputSectionCountsEveryRowAndRedactsWhatItIsTold() throws Exception {
        CohortJson.Input in = new CohortJson.Input("district.xlsx", List.of(
                new RowCounts("district.xlsx", Optional.of("Connections"), 12, 10, 2, 1)), List.of(
                Problem.error(Place.cell("district.xlsx", "Connections", "D4", "category"), "category \"Mentor\" is"
                        + " not in the taxonomy"),
                Problem.warning(Place.cell("district.xlsx", "Connections", "B9", "name"), "Jane Kim is listed twice")),
                text -> text.replace("Jane Kim", "(a person)"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortJson.write(a, CohortLabels.anonymous(a), in, out);
        JsonNode input = new ObjectMapper().readTree(out.toByteArray()).get("input");
        assertEquals("district.xlsx", input.get("source").asText());
        JsonNode t = input.get("tables").get(0);
        assertEquals("Connections", t.get("sheet").asText());
        assertEquals(12, t.get("read").asInt());
        assertEquals(t.get("read").asInt(), t.get("accepted").asInt() + t.get("leftOut").asInt());
        assertEquals(1, t.get("blank").asInt());
        assertEquals(2, input.get("problems").size());
        JsonNode p = input.get("problems").get(1);
        assertEquals("warning", p.get("severity").asText());
        assertEquals("district.xlsx Connections!B9", p.get("place").asText());
        assertEquals("(a person) is listed twice", p.get("message").asText());
        // without an input, no section: the golden files above
        assertFalse(CohortJson.toJson(a, CohortLabels.anonymous(a)).contains("\"input\""));
    }

    /**
     * QA: participantList gave each school as typed ("lakeside  ms"), while coverage.bySchool names the group
     * ("Lakeside MS"): a tool joining the two lost the participants who typed it another way.
     */
    @Test
    void participantListNamesSchoolsAndRolesAsCoverageGroupsThem() throws Exception {
        List<org.plnkit.core.model.Pln> plns = new java.util.ArrayList<>();
        String[] schools = {"Lakeside MS", "lakeside  ms", "Lakeside MS"};
        for (int i = 0; i < 4; i++) {
            plns.add(new org.plnkit.core.model.Pln(new org.plnkit.core.model.Participant("t" + i, "",
                    Optional.of(i == 1 ? "TEACHER" : "Teacher"), Optional.ofNullable(i < 3 ? schools[i] : null),
                    List.of(), Optional.empty(), Optional.of(java.time.LocalDate.of(2026, 11, 1))),
                    List.of(org.plnkit.core.model.Connection.builder("iste", "ISTE", org.plnkit.core.model.Kind
                            .ORGANIZATION, "professional-organizations").build()), List.of()));
        }
        CohortAnalysis c = CohortAnalyzer.analyze(new org.plnkit.core.model.Cohort(plns), CohortOptions.defaults());
        JsonNode list = new ObjectMapper().readTree(CohortJson.toJson(c, CohortLabels.shown(c))).get("participantList");
        assertEquals("Lakeside MS", list.get(1).get("school").asText());
        assertEquals("Teacher", list.get(1).get("role").asText());
        assertTrue(list.get(3).get("school").isNull(), "no school given stays null");
    }
}
