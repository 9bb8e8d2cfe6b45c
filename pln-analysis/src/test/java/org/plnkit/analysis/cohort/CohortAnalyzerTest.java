package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.analysis.AssessmentOptions;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.plan.Need;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/** The hand-made cohort of {@link TinyCohort}, every number worked out by hand. */
class CohortAnalyzerTest {
    private static final double EPS = 1e-9;
    private final Cohort cohort = TinyCohort.cohort();
    private final CohortAnalysis a = CohortAnalyzer.analyze(cohort, CohortOptions.defaults());

    @Test
    void identityMergesUrlNameAndSharedIdFormsButNeverPeopleWithoutAnId() {
        CohortGraph g = a.graph();
        assertEquals(List.of("AASL", "SLJ", "Jane Kim", "Blog X", "Edutopia"),
                g.nodes().stream().map(n -> n.name()).toList());
        assertArrayEquals(new int[] {0, 1, 2}, g.participantsOf(0));   // url, url form, name form
        assertArrayEquals(new int[] {0, 1}, g.participantsOf(1));      // "SLJ" = "slj."
        assertArrayEquals(new int[] {0, 1}, g.participantsOf(2));      // jane@lincoln.org = Jane@Lincoln.org; cat's
        assertArrayEquals(new int[] {0, 3}, g.participantsOf(3));      // "Jane Kim" has no id: not her
        assertArrayEquals(new int[] {3, 5}, g.participantsOf(4));
        assertEquals(12.0 + 9 + 9, g.weight(0), EPS);   // ana monthly × 4; ben and cat blank: 3 × 3
    }

    @Test
    void projectionWeighsByRarityAndListsStrongestFirst() {
        Projection p = a.projection();
        // ana–ben: AASL ½ (named by 3) + SLJ 1 + Jane 1
        assertEquals(2.5, p.weight(0, 1), EPS);
        assertEquals(0.5, p.weight(0, 2), EPS);
        assertEquals(0.5, p.weight(1, 2), EPS);
        assertEquals(1.0, p.weight(0, 3), EPS);
        assertEquals(1.0, p.weight(3, 5), EPS);
        assertEquals(0.0, p.weight(2, 3), EPS);
        assertEquals(5, p.edgeCount());
        assertArrayEquals(new int[] {1, 3, 2}, p.neighbours(0));
        assertEquals(3, p.stats().neighbours());          // k = 10, but at most max(3, ⌈√6 / 2⌉) in a cohort of 6
        assertEquals(3 + 1 + 1 + 1 + 1, p.stats().fullPairs());
        assertEquals(0, p.degree(4));
    }

    @Test
    void betweennessIsExactInASmallCohort() {
        assertTrue(a.betweennessExact());
        // ana is on the shortest paths ben–dan, ben–fay, cat–dan, cat–fay: 4 of the 10 pairs of the 5 others
        assertEquals(0.4, a.participants().get(0).betweenness(), EPS);
        // dan is on ana–fay, ben–fay, cat–fay
        assertEquals(0.3, a.participants().get(3).betweenness(), EPS);
        assertEquals(0.0, a.participants().get(1).betweenness(), EPS);
        assertEquals(0, a.bridges().stream().filter(b -> b.participant() == 1).count());
    }

    @Test
    void isolatedParticipantsShareNothing() {
        assertEquals(List.of(4), a.isolated());
        assertTrue(a.participants().get(4).isolated());
        assertFalse(a.participants().get(5).isolated());   // fay shares Edutopia with dan
    }

    @Test
    void aParticipantWhoCannotBeAssessedIsReportedAndTheRestAreAnalysed() {
        assertEquals(5, a.assessed());
        CohortParticipant fay = a.participant("fay").orElseThrow();
        assertTrue(fay.scores().isEmpty());
        assertTrue(fay.problem().orElseThrow().startsWith("no as-of date"), fay.problem().toString());
        assertEquals(List.of(fay), a.failures());
        // still in the graph and the projection
        assertEquals(1, fay.neighbours());
        // with a fallback date everyone is assessed
        CohortAnalysis dated = CohortAnalyzer.analyze(cohort, CohortOptions.defaults()
                .withFallbackAsOf(TinyCohort.AS_OF));
        assertEquals(6, dated.assessed());
        assertEquals(TinyCohort.AS_OF, dated.participant("fay").orElseThrow().scores().orElseThrow().asOf());
    }

    @Test
    void coverageCountsHaveThinAndLackOverTheAssessed() {
        CategoryCoverage prof = a.coverage().byCategory().get(5);
        assertEquals("professional-organizations", prof.category());
        // ana: AASL and ISTE; ben, cat: one each, not only yearly or rarely checked (have, in the district's
        // sense; thin in their own reports); dan, eve: none
        assertEquals(List.of(3, 0, 2), List.of(prof.have(), prof.thin(), prof.lack()));
        CategoryCoverage local = a.coverage().byCategory().get(0);
        assertEquals(List.of(3, 0, 2), List.of(local.have(), local.thin(), local.lack()));
        CategoryCoverage mentors = a.coverage().byCategory().get(1);
        assertEquals(List.of(1, 0, 4), List.of(mentors.have(), mentors.thin(), mentors.lack()));
        for (CategoryCoverage c : a.coverage().byCategory()) {
            assertEquals(5, c.participants());
        }
    }

    @Test
    void schoolsAndRolesAreGroupedLargestFirstWithTheUngivenLast() {
        List<GroupSummary> schools = a.coverage().bySchool();
        assertEquals(List.of("Oak Elementary", "Lincoln Middle", GroupSummary.NOT_GIVEN),
                schools.stream().map(GroupSummary::group).toList());
        assertEquals(List.of(3, 2, 1), schools.stream().map(GroupSummary::participants).toList());
        assertEquals(List.of(3, 2, 0), schools.stream().map(GroupSummary::assessed).toList());
        assertEquals(1, schools.get(0).isolated());
        assertEquals(List.of("Classroom teacher", "Teacher librarian"),
                a.coverage().byRole().stream().map(GroupSummary::group).toList());
    }

    @Test
    void sharedResourcesRankByParticipantsThenWeight() {
        List<SharedResource> s = a.sharedResources();
        assertEquals(List.of("AASL", "SLJ", "Jane Kim", "Blog X", "Edutopia"),
                s.stream().map(SharedResource::name).toList());
        assertEquals(List.of(3, 2, 2, 2, 2), s.stream().map(SharedResource::participants).toList());
        // SLJ: ana weekly × 5 = 20, ben blank 9; Blog X: ana monthly × 3 = 9, dan 9
        assertEquals(List.of(30.0, 29.0, 29.0, 18.0, 18.0), s.stream().map(SharedResource::weight).toList());
        assertEquals(2, s.get(0).schools());
        assertEquals(0.5, s.get(0).share(), EPS);
        assertEquals(Optional.of("https://www.ala.org/aasl"), s.get(0).url());
    }

    @Test
    void keystonesAreTheOnlySourceOfACategoryOrTopicForSeveral() {
        // AASL: the only professional organization of ben and cat (ana also has ISTE);
        // SLJ: the only journal of ana and ben, and ana's only source for coding; Jane: the only colleague of both
        assertEquals(List.of("AASL", "SLJ", "Jane Kim"), a.keystones().stream().map(Keystone::name).toList());
        Keystone slj = a.keystones().get(1);
        assertEquals(List.of(2, 2, 1), List.of(slj.affected(), slj.withoutCategory(), slj.withoutTopic()));
        assertEquals(List.of(new Keystone.TopicCount("coding", 1)), slj.topics());
        assertEquals(2, a.sharedResources().get(0).keystone());
        assertEquals(1, a.sharedResources().get(3).keystone());   // Blog X: ana's only blog; dan has Edutopia too
    }

    @Test
    void peersSuggestWhatSimilarParticipantsUseWithTheReason() {
        Pln stranger = new Pln(Participant.of("zoe"), List.of(), List.of());
        List<Suggestion> s = a.peers().suggest(Need.category("professional-organizations"), stranger, 3);
        // AASL is named as a professional organization by 3 of the 6; ISTE by 1 only (below 2 users)
        assertEquals(1, s.size());
        assertEquals("AASL", s.get(0).name());
        assertEquals(Optional.of("Used by 3 of the 6 educators in the cohort."), s.get(0).note());
        assertEquals(Optional.of("https://www.ala.org/aasl"), s.get(0).url());
        // what the PLN already holds is not suggested (same url in another form)
        Pln holder = new Pln(Participant.of("zoe"), List.of(Connection.builder("x", "Assoc.", Kind.ORGANIZATION,
                "professional-organizations").url("ala.org/aasl").build()), List.of());
        assertEquals(List.of(), a.peers().suggest(Need.category("professional-organizations"), holder, 3));
        // people are never suggested: Jane Kim is named by 2 as a local colleague
        assertEquals(List.of(), a.peers().suggest(Need.category("local-colleagues"), stranger, 3));
        // cat already names AASL
        Pln cat = cohort.pln("cat").orElseThrow();
        assertTrue(a.peers().suggest(Need.category("professional-organizations"), cat, 3).isEmpty());
        assertEquals(List.of(), a.peers().suggest(Need.topic("no such topic"), stranger, 3));
    }

    @Test
    void peerSuggestionsFeedTheParticipantsActionPlan() {
        Pln dan = cohort.pln("dan").orElseThrow();
        Assessment plan = Assessor.assess(dan, a.participantOptions(dan));
        List<Suggestion> all = plan.actionPlan().recommendations().stream()
                .map(Recommendation::suggestions).flatMap(List::stream).toList();
        assertTrue(all.stream().anyMatch(x -> x.name().equals("AASL") && x.note().orElse("").startsWith("Used by")),
                all.toString());
    }

    @Test
    void theDistrictsOwnEntriesComeFirstThenWhatPeersUseThenTheStarterDirectory() {
        Taxonomy tax = Taxonomy.defaults();
        ResourceDirectory own = new ResourceDirectory(List.of(new Suggestion("Lakeside Library Network",
                Optional.of(Kind.ORGANIZATION), Optional.of("professional-organizations"), Optional.empty(),
                List.of(), Optional.empty())));
        ResourceDirectory both = own.withStarter(tax);
        assertEquals(List.of("Lakeside Library Network"), both.own().resources().stream().map(Suggestion::name)
                .toList());
        assertEquals(ResourceDirectory.starter(tax).resources(), both.starterPart().resources());
        CohortAnalysis withDirectory = CohortAnalyzer.analyze(cohort, CohortOptions.defaults()
                .withAssessment(AssessmentOptions.defaults().withSuggestions(both)));
        Pln dan = cohort.pln("dan").orElseThrow();
        List<Suggestion> found = withDirectory.participantOptions(dan).suggestions()
                .suggest(Need.category("professional-organizations"), dan, 3);
        List<String> names = found.stream().map(Suggestion::name).toList();
        assertEquals(3, found.size(), names.toString());
        assertEquals("Lakeside Library Network", names.get(0), names.toString());
        assertEquals("AASL", names.get(1), names.toString());
        assertTrue(found.get(1).note().orElse("").startsWith("Used by"), "the peers' AASL: " + found);
        assertFalse(found.get(2).note().orElse("").startsWith("Used by"), "then the starter's: " + found);
        // and the action plan carries them
        assertTrue(Assessor.assess(dan, withDirectory.participantOptions(dan)).actionPlan().recommendations()
                .stream().anyMatch(r -> r.suggestions().stream()
                        .anyMatch(x -> x.name().equals("Lakeside Library Network"))));
    }

    @Test
    void pluralsOfRoles() {
        assertEquals("teacher librarians", PeerSuggestions.plural("Teacher librarian"));
        assertEquals("instructional coaches", PeerSuggestions.plural("Instructional coach"));
        assertEquals("ESL teachers", PeerSuggestions.plural("ESL teacher"));
        assertEquals("library secretaries", PeerSuggestions.plural("Library secretary"));
    }
}
