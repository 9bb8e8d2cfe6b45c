package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.RecommendationType;
import org.plnkit.analysis.reliance.Reliance;

/** The three sample stories: the assessments say what the stories say. */
class SamplesTest {

    private static Assessment assess(String sample) {
        return Assessor.assess(Samples.read(sample), AssessmentOptions.defaults());
    }

    /** Maria Lopez, an experienced librarian: a rich, balanced PLN. */
    @Test
    void richLibrarian() {
        Assessment a = assess(Samples.MARIA);
        assertEquals("2026-11-01", a.asOf().toString()); // from the file's as_of
        assertEquals(15, a.connectionCount());
        assertTrue(a.coverage().gaps().isEmpty(), "every category has a connection");
        assertEquals(11, a.coverage().covered());
        assertTrue(a.topics().uncoveredTopics().isEmpty());
        assertTrue(a.topics().fragileTopics().isEmpty());
        assertTrue(a.reliance().keyPeople().isEmpty());
        assertFalse(a.reliance().overReliant());
        assertTrue(a.reliance().top().orElseThrow().share() < 0.15);
        assertEquals(5, a.composition().local());                 // colleagues, mentor, state association, edcamp
        assertEquals(10, a.composition().online());
        assertTrue(a.composition().iqv() > 0.95);
        assertTrue(a.structure().effectiveSize().orElseThrow() > 14);
        assertTrue(a.health().score() >= 80, "health " + a.health().score());
        List<RecommendationType> types = a.actionPlan().recommendations().stream().map(Recommendation::type).toList();
        assertFalse(types.contains(RecommendationType.COVER_TOPIC));
        assertFalse(types.contains(RecommendationType.REDUCE_RELIANCE));
        assertEquals(RecommendationType.GET_INVOLVED, types.get(0)); // "want to be more active" in Future Ready
        assertEquals(3, a.upkeep().overdueCheckIns().size());
        assertEquals(List.of("aasl", "tom-alvarez"), a.reliance().articulationPoints().stream()
                .map(p -> p.connection().id()).toList());
    }

    /** Sam Patel, a new classroom teacher: a thin PLN, all local. */
    @Test
    void newTeacherThinAndLocalOnly() {
        Assessment a = assess(Samples.SAM);
        assertEquals(4, a.connectionCount());
        assertEquals(1.0, a.composition().localShare().orElseThrow(), 0);
        assertEquals(0, a.composition().online());
        assertEquals(8, a.coverage().gaps().size());
        assertTrue(a.coverage().gaps().stream().allMatch(g -> !g.local()), "every online category is empty");
        assertEquals(3, a.coverage().covered());
        assertEquals(List.of("math centers"), a.topics().uncoveredTopics());
        assertEquals(List.of("guided reading", "family communication"), a.topics().fragileTopics());
        assertFalse(a.reliance().overReliant(), "too small a PLN to call it over-reliant");
        assertTrue(a.health().score() < 60, "health " + a.health().score());
        List<Recommendation> plan = a.actionPlan().recommendations();
        assertEquals("Find a source for math centers", plan.get(0).title());
        assertEquals("Reach beyond your school and district", plan.get(1).title());
        assertTrue(plan.get(1).reason().startsWith("All 4 of your connections are local"), plan.get(1).reason());
        assertEquals(RecommendationType.FILL_GAP, plan.get(2).type());
    }

    /** Alex Rivera, a tech coach who leans on one person for most topics. */
    @Test
    void techCoachLeansOnOnePerson() {
        Assessment a = assess(Samples.ALEX);
        Reliance r = a.reliance();
        assertEquals(1, r.keyPeople().size());
        assertEquals("Priya Shah", r.keyPeople().get(0).connection().name());
        assertEquals(List.of("google workspace", "ai in education", "coding"), r.keyPeople().get(0).soleSourceOf());
        assertTrue(r.overReliant());
        assertEquals(Reliance.FlagType.SOLE_SOURCE, r.flags().get(0).type());
        assertEquals("priya", r.top().orElseThrow().connection().id()); // also the largest share of engagement
        assertEquals(List.of("google workspace", "ai in education", "coding"), a.topics().fragileTopics());
        Recommendation first = a.actionPlan().recommendations().get(0);
        assertEquals(RecommendationType.REDUCE_RELIANCE, first.type());
        assertTrue(first.reason().startsWith("Priya Shah is your only source for 3 of your 4 topics "
                + "(google workspace, ai in education and coding)"), first.reason());
        // the rest of the PLN is varied: mixed local and online, most categories covered
        double local = a.composition().localShare().orElseThrow();
        assertTrue(local > 0.2 && local < 0.8);
        assertEquals(8, a.coverage().covered());
    }
}
