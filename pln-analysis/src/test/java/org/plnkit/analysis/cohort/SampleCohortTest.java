package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.read.CohortReader;

/**
 * The samples' cohort ({@code samples/lakeside-district.xlsx}: 30 participants of three schools, with the mistakes
 * listed in samples/README.md). The counts below were checked by hand with openpyxl and a short union-find over
 * normalized urls and names (the rows with errors left out).
 */
class SampleCohortTest {
    static Cohort lakeside() {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../samples/lakeside-district.xlsx");
        return CohortReader.read(file).value().orElseThrow();
    }

    /** As the command line does: today's date for participants without as_of; here a fixed one. */
    private final CohortAnalysis a = CohortAnalyzer.analyze(lakeside(), CohortOptions.defaults().withThreads(2)
            .withFallbackAsOf(java.time.LocalDate.of(2026, 11, 28)));

    @Test
    void everyoneIsAssessedAndNoOneIsIsolated() {
        assertEquals(30, a.size());
        assertEquals(1418, a.connections());
        assertEquals(30, a.assessed());
        assertEquals(List.of(), a.isolated());
    }

    @Test
    void withoutAFallbackDateTheParticipantWithoutAsOfIsReportedAndTheOthersAnalysed() {
        CohortAnalysis strict = CohortAnalyzer.analyze(lakeside(), CohortOptions.defaults());
        assertEquals(29, strict.assessed());
        CohortParticipant lukasz = strict.failures().get(0);
        assertEquals("ukasz-foster", lukasz.id());   // Łukasz Foster has a Participants row without as_of
        assertTrue(lukasz.problem().orElseThrow().contains("no as-of date"));
        assertEquals(29, strict.coverage().byCategory().get(1).participants());
        assertEquals(29, strict.health().overall().count());
    }

    @Test
    void theScoresAreThoseOfTheParticipantAssessment() {
        Cohort c = lakeside();
        for (CohortParticipant p : a.participants()) {
            CohortParticipant.Scores s = p.scores().orElseThrow();
            org.plnkit.analysis.Assessment full = org.plnkit.analysis.Assessor.assess(c.plns().get(p.index()),
                    org.plnkit.analysis.AssessmentOptions.asOf(s.asOf()));
            assertEquals(CohortAnalyzer.scores(full, a.taxonomy()), s, p.id());
        }
    }

    @Test
    void theScoresAreThoseOfTheParticipantAssessmentWithTheStarterDirectory() {
        Cohort c = lakeside();
        org.plnkit.analysis.plan.ResourceDirectory starter = org.plnkit.analysis.plan.ResourceDirectory.starter(
                a.taxonomy());
        CohortAnalysis withDirectory = CohortAnalyzer.analyze(c, CohortOptions.defaults().withThreads(2)
                .withFallbackAsOf(java.time.LocalDate.of(2026, 11, 28))
                .withAssessment(org.plnkit.analysis.AssessmentOptions.defaults().withSuggestions(starter)));
        int withSuggestions = 0;
        for (CohortParticipant p : withDirectory.participants()) {
            CohortParticipant.Scores s = p.scores().orElseThrow();
            org.plnkit.analysis.Assessment full = org.plnkit.analysis.Assessor.assess(c.plns().get(p.index()),
                    org.plnkit.analysis.AssessmentOptions.asOf(s.asOf()).withSuggestions(starter));
            assertEquals(CohortAnalyzer.scores(full, withDirectory.taxonomy()), s, p.id());
            withSuggestions += full.actionPlan().recommendations().stream().findFirst()
                    .filter(r -> !r.suggestions().isEmpty()).isPresent() ? 1 : 0;
        }
        assertTrue(withSuggestions > 0, "some first steps have suggestions");
    }

    @Test
    void sharedNodesMergeSpellingsAcrossParticipants() {
        assertEquals(219, a.graph().nodeCount());
        List<SharedResource> top = a.sharedResources().subList(0, 5);
        assertEquals(List.of("Westfield EdTech Summit", "Texas Association of School Librarians",
                "Edcamp Westfield", "School Library Journal", "Butler County Reading Council"),
                top.stream().map(SharedResource::name).toList());
        assertEquals(List.of(13, 12, 12, 11, 11), top.stream().map(SharedResource::participants).toList());
    }

    @Test
    void mentorsAreTheLeastCoveredPersonCategory() {
        CategoryCoverage mentors = a.coverage().byCategory().get(1);
        // 23 participants name a mentor; the one who checked theirs only yearly or rarely (thin in the district's
        // sense) also has "Mentor" of Connections!D12, the category's alias, checked more often: none is thin
        assertEquals(List.of(23, 0, 7), List.of(mentors.have(), mentors.thin(), mentors.lack()));
        // ten participants each: by name
        assertEquals(List.of("Grant Elementary School", "Maple Grove Elementary School", "Washington K-8 School"),
                a.coverage().bySchool().stream().map(GroupSummary::group).toList());
        assertTrue(a.coverage().bySchool().stream().allMatch(s -> s.participants() == 10));
    }

    @Test
    void theProjectionIsSmallAndCommunitiesAreFound() {
        // 30 participants: k = max(3, ⌈√30 / 2⌉) = 3
        assertEquals(3, a.projection().stats().neighbours());
        assertTrue(a.projection().edgeCount() <= 45);
        assertTrue(a.communities().size() >= 2, a.communities().toString());
        assertTrue(a.modularity() > 0.2, "Q = " + a.modularity());
        assertTrue(a.betweennessExact());
    }
}
