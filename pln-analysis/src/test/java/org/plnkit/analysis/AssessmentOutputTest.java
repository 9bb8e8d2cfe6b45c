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

    /**
     * The line of only sources is not called "Key people" when it names a podcast: the fourteenth QA pass's
     * chemistry teacher read "Key people  ... PhET Interactive Simulations (only source for chemistry simulations)".
     */
    @Test
    void onlySourcesThatAreNotPeopleAreNotCalledKeyPeople() {
        Pln pln = Plns.pln(List.of("phonics", "fluency"), List.of(
                Plns.c("pod", org.plnkit.core.model.Kind.RESOURCE, "webinars-podcasts").topics(List.of("phonics"))
                        .build(),
                Plns.person("ana").topics(List.of("fluency")).build()));
        String text = AssessmentText.render(Assessor.assess(pln,
                AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15))));
        String line = text.lines().filter(l -> l.contains("Name of pod (only source for phonics)")).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        assertFalse(text.contains("Key people"), text);
        assertTrue(line.startsWith("  Key sources    "), text);
    }

    /**
     * Two of two is "both", not "all 2": the fourteenth QA pass's teachers with two connections read "All 2
     * connections are in one category", "all 2 without a last contact date" and "All 2 topics have two or more
     * sources".
     */
    @Test
    void twoOfTwoIsBoth() {
        List<String> topics = List.of("inquiry", "phonics");
        for (Pln pln : List.of(
                Plns.pln(topics, List.of(Plns.person("a").topics(topics).build(), Plns.person("b").topics(topics)
                        .build())),
                Plns.pln(topics, List.of(Plns.person("a").topics(topics).frequency(org.plnkit.core.model.Frequency
                        .WEEKLY).lastContact(LocalDate.of(2026, 1, 1)).build(), Plns.person("b").topics(topics)
                        .frequency(org.plnkit.core.model.Frequency.WEEKLY).lastContact(LocalDate.of(2026, 1, 1))
                        .build())))) {
            Assessment a = Assessor.assess(pln, AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15)));
            String text = AssessmentText.render(a);
            assertFalse(text.replaceAll("\\s+", " ").matches("(?is).*\\ball 2\\b.*"), text);
        }
    }

    /**
     * A PLN of one connection reads as sentences: the teacher who had just started was told "people: 1 of 1",
     * "1 of 1 connections overdue", "spread over 1 categories" and "0 of 1 topic have two or more sources".
     */
    @Test
    void onePersonOnePlnReadsAsSentences() {
        Pln one = Plns.pln(List.of("inquiry"), List.of(Plns.person("a").frequency(org.plnkit.core.model.Frequency.WEEKLY)
                .value(4).topics(List.of("inquiry")).lastContact(LocalDate.of(2026, 10, 1)).build()));
        String text = AssessmentText.render(Assessor.assess(one,
                AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15))));
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(text.contains("As of 2026-11-15, 1 connection\n"), text);
        assertTrue(flat.contains("diversity 0 Your only connection is local and in one category."), text);
        assertTrue(flat.contains("all your engagement is on your one connection."), text);
        assertTrue(flat.contains("topics 50 Your one topic has only one source."), text);
        assertTrue(flat.contains("You do not give back yet to the one connection you can give back to (0%);"), text);
        assertTrue(flat.contains("upkeep 0 Your only connection is overdue for a check-in; no organizer tool named."),
                text);
        assertTrue(flat.contains("Structure one connection: no ties among connections to measure yet"), text);
        assertTrue(flat.contains("Topics your one topic, inquiry, has one source"), text);
        assertTrue(flat.contains("Give-back not yet to the one connection one can give back to (0%); one-way: Name of a"),
                text);
        assertTrue(flat.contains("Upkeep 1 check-in overdue (Name of a); none without a last contact date;"), text);
        for (String odd : List.of("1 of 1", "0 of 1", "1 categories", "1 connections", "people:", "0 links", "0 of 1 topic")) {
            assertFalse(flat.matches("(?s).*(^|[^0-9])" + java.util.regex.Pattern.quote(odd) + "([^0-9].*|$)"),
                    odd + " in " + text);
        }
    }

    /** An art teacher's one podcast for both her topics: not "2 of 2 with a source" nor "2 of your 2 topics". */
    @Test
    void oneSourceForEveryTopicIsSaidInWords() {
        Pln art = Plns.pln(List.of("ceramics", "digital art"), List.of(Plns.c("pod", org.plnkit.core.model.Kind.RESOURCE,
                "webinars-podcasts").frequency(org.plnkit.core.model.Frequency.WEEKLY).value(5)
                .topics(List.of("ceramics", "digital art")).build()));
        String flat = AssessmentText.render(Assessor.assess(art, AssessmentOptions.defaults()
                .withAsOf(LocalDate.of(2026, 11, 15)))).replaceAll("\\s+", " ");
        assertTrue(flat.contains("Topics every topic has a source, none has two or more; one source: ceramics and"
                + " digital art"), flat);
        assertTrue(flat.contains("Name of pod is your only source for both your topics (ceramics and digital art)"),
                flat);
        assertFalse(flat.contains("2 of 2") || flat.contains("no source: none") || flat.contains("2 of your 2"), flat);
    }

    /** The people given back to are said in words: "people: 2 of 2" was all the second QA pass's teacher got. */
    @Test
    void thePeopleGivenBackToAreSaidInWords() {
        Pln both = Plns.pln(List.of(Plns.person("a").givesBack(true).build(), Plns.person("b").givesBack(true).build(),
                Plns.c("n", org.plnkit.core.model.Kind.ORGANIZATION, "professional-organizations").build()));
        String flat = AssessmentText.render(Assessor.assess(both,
                AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15)))).replaceAll("\\s+", " ");
        assertTrue(flat.contains("Give-back 2 of the 3 connections one can give back to (67%), both people among"
                + " them"), flat);
        assertTrue(flat.contains("No check-in overdue, all 3 without a last contact date;"), flat);
        assertTrue(flat.contains("3 connections, no links among them"), flat);
        // a blog alone is not one you can give back to: not "0 of the 0 connections"
        Pln blog = Plns.pln(List.of(Plns.c("b", org.plnkit.core.model.Kind.RESOURCE, "blogs-websites").build()));
        String alone = AssessmentText.render(Assessor.assess(blog,
                AssessmentOptions.defaults().withAsOf(LocalDate.of(2026, 11, 15)))).replaceAll("\\s+", " ");
        assertTrue(alone.contains("give back 0 None of your connections is one you can give back to yet"), alone);
        assertTrue(alone.contains("Give-back none of your connections is one you can give back to yet"), alone);
        assertTrue(alone.contains("upkeep 45 Your only connection has no last contact date;"), alone);
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
