package org.plnkit.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.Samples;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;

class ActionPlannerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Pln pln(List<String> topics, List<Connection> cs) {
        return new Pln(new Participant("p", "Pat", Optional.empty(), Optional.empty(), topics, Optional.of("Feedly"),
                Optional.empty()), cs, List.of());
    }

    private static ActionPlan plan(Pln p, AssessmentOptions o) {
        return Assessor.assess(p, o).actionPlan();
    }

    @Test
    void reasonsNameTheNumbers() {
        Pln p = pln(List.of("makerspaces", "coding", "robotics", "ai"), List.of(
                person("jane").name("Jane Kim").topics(List.of("makerspaces", "coding", "robotics", "ai"))
                        .givesBack(true).lastContact(AS_OF).build(),
                person("tom").name("Tom").topics(List.of("ai")).givesBack(true).lastContact(AS_OF).build()));
        ActionPlan plan = plan(p, AssessmentOptions.asOf(AS_OF));
        Recommendation first = plan.recommendations().get(0);
        assertEquals(1, first.rank());
        assertEquals(RecommendationType.REDUCE_RELIANCE, first.type());
        assertEquals("Find more sources beside Jane Kim", first.title());
        assertTrue(first.reason().startsWith("Jane Kim is your only source for 3 of your 4 topics "
                + "(makerspaces, coding and robotics)."), first.reason());
        assertEquals(List.of("makerspaces", "coding", "robotics"), first.topics());
        assertEquals("jane", first.connections().get(0).id());
    }

    @Test
    void uncoveredTopicsComeFirstThenGapsThenUpkeep() {
        Pln p = pln(List.of("coding"), List.of(
                c("a", Kind.PERSON, "local-colleagues").givesBack(true).frequency(Frequency.WEEKLY)
                        .lastContact(AS_OF.minusDays(30)).build()));
        ActionPlan plan = plan(p, AssessmentOptions.asOf(AS_OF));
        List<RecommendationType> types = plan.recommendations().stream().map(Recommendation::type).toList();
        assertEquals(RecommendationType.COVER_TOPIC, types.get(0));
        assertEquals("Find a source for coding", plan.recommendations().get(0).title());
        assertEquals("Your only connection does not help you keep up with coding, your only topic.",
                plan.recommendations().get(0).reason());
        // an all-local PLN: reach beyond it, then the first online gaps one by one, the rest grouped
        assertEquals("Reach beyond your school and district", plan.recommendations().get(1).title());
        assertTrue(plan.recommendations().get(1).reason().startsWith("Your only connection is local"));
        assertEquals(List.of("Add a connection in Social networks", "Add a connection in Online communities",
                "Add a connection in Blogs & websites"), plan.recommendations().subList(2, 5).stream()
                .map(Recommendation::title).toList());
        assertTrue(plan.recommendations().stream().anyMatch(r -> r.title().equals("Explore 7 more empty categories")));
        Recommendation last = plan.recommendations().get(plan.recommendations().size() - 1);
        assertEquals(RecommendationType.CHECK_IN, last.type());
        assertEquals("1 check-in is overdue: Name of a (weekly, last contact 30 days ago). A short visit, post or "
                + "message keeps these connections alive.", last.reason());
        for (int i = 0; i < plan.recommendations().size(); i++) {
            assertEquals(i + 1, plan.recommendations().get(i).rank());
        }
    }

    @Test
    void coreGapsComeBeforeOtherGaps() {
        Pln p = pln(List.of(), List.of(c("a", Kind.RESOURCE, "blogs-websites").givesBack(true).lastContact(AS_OF)
                .build()));
        ActionPlan plan = plan(p, AssessmentOptions.asOf(AS_OF).withCoreCategories(java.util.Set.of("mentors")));
        Recommendation gap = plan.ofType(RecommendationType.FILL_GAP).stream()
                .filter(r -> r.category().isPresent()).findFirst().orElseThrow();
        assertEquals("mentors", gap.category().orElseThrow());
        assertTrue(gap.reason().contains("a core category for your role"), gap.reason());
    }

    @Test
    void getInvolvedReengageAndGiveBack() {
        Pln p = pln(List.of(), List.of(
                c("group", Kind.RESOURCE, "online-communities").participation(Participation.LURKER).wantsMore(true)
                        .lastContact(AS_OF).build(),
                c("assoc", Kind.ORGANIZATION, "professional-organizations").value(1)
                        .participation(Participation.NONE).lastContact(AS_OF).build(),
                person("ann").name("Ann").value(5).lastContact(AS_OF).build()));
        ActionPlan plan = plan(p, AssessmentOptions.asOf(AS_OF));
        Recommendation involved = plan.ofType(RecommendationType.GET_INVOLVED).get(0);
        assertEquals("Take a first step in Name of group", involved.title());
        assertTrue(involved.reason().contains("you only read along there"));
        List<Recommendation> reengage = plan.ofType(RecommendationType.RE_ENGAGE);
        // the lurking group is covered by "take a first step"; the association is reviewed
        assertEquals(List.of("Review what Name of assoc gives you"), reengage.stream().map(Recommendation::title)
                .filter(t -> t.startsWith("Review")).toList());
        assertTrue(reengage.stream().anyMatch(r -> r.reason().startsWith("You rate it 1 of 5 and you do not take part")));
        Recommendation give = plan.ofType(RecommendationType.GIVE_BACK).get(0);
        assertEquals("You give back to 0 of your 3 connections (0%); aim for 50%. You learn from 1 person without "
                + "giving back: Ann. Share a resource, answer a question or thank someone who helped you.",
                give.reason());
    }

    @Test
    void suggestionsComeFromTheSourceWithoutRepeats() {
        Pln p = pln(List.of("coding"), List.of(c("a", Kind.PERSON, "local-colleagues").givesBack(true)
                .lastContact(AS_OF).build()));
        ActionPlan plan = plan(p, AssessmentOptions.asOf(AS_OF).withSuggestions(Samples.directory()));
        Recommendation first = plan.recommendations().get(0);
        assertEquals(List.of("Code.org Professional Learning"), first.suggestions().stream().map(Suggestion::name)
                .toList());
        Recommendation blogs = plan.recommendations().stream().filter(r -> r.category().equals(
                Optional.of("blogs-websites"))).findFirst().orElseThrow();
        assertEquals(3, blogs.suggestions().size());
        assertTrue(plan(p, AssessmentOptions.asOf(AS_OF)).recommendations().stream()
                .allMatch(r -> r.suggestions().isEmpty()));
    }

    @Test
    void aHealthyPlnHasLittleToDo() {
        // two regularly checked connections in every category, everything given back, dated and organized
        List<Connection> cs = new java.util.ArrayList<>();
        for (String id : org.plnkit.core.model.Taxonomy.defaults().ids()) {
            for (int i = 1; i <= 2; i++) {
                cs.add(c(id + i, Kind.RESOURCE, id).frequency(Frequency.MONTHLY).value(4).givesBack(true)
                        .lastContact(AS_OF).topics(List.of("t")).build());
            }
        }
        ActionPlan plan = plan(pln(List.of("t"), cs), AssessmentOptions.asOf(AS_OF));
        assertTrue(plan.isEmpty(), plan.toString());
    }
}
