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
        assertEquals("1 check-in is overdue: Name of a (weekly, last contact 30 days ago). Get in touch with Name of"
                + " a.", last.reason());
        assertEquals("Get in touch with Name of a", last.title());
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
        assertEquals("You do not give back yet to any of the 3 connections you can give back to (people, organizations, communities and events: 0%); aim for 50%. You learn from 1 person without "
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

    /** The chemistry teacher of issue 15: a valued group read daily, a yearly conference, a podcast. */
    private static Pln chemistryTeacher() {
        return new Pln(new Participant("dana", "Dana", Optional.of("High school chemistry teacher"), Optional.empty(),
                List.of("AP chemistry", "labs"), Optional.empty(), Optional.empty()), List.of(
                c("group", Kind.RESOURCE, "online-communities").name("AP Chemistry Teachers (Facebook group)")
                        .value(4).frequency(Frequency.DAILY).participation(Participation.LURKER)
                        .lastContact(AS_OF).topics(List.of("AP chemistry")).build(),
                c("nsta", Kind.RESOURCE, "conferences-edcamps").name("NSTA National Conference").value(4)
                        .frequency(Frequency.YEARLY).lastContact(AS_OF.minusDays(600)).build(),
                c("pod", Kind.RESOURCE, "webinars-podcasts").name("Chem podcast").value(3)
                        .frequency(Frequency.WEEKLY).lastContact(AS_OF.minusDays(40)).build(),
                person("lee").name("Lee").value(4).frequency(Frequency.WEEKLY).givesBack(true)
                        .lastContact(AS_OF).topics(List.of("labs")).build()), List.of());
    }

    @Test
    void aValuedGroupReadDailyIsNotToldToLetGo() {
        ActionPlan plan = plan(chemistryTeacher(), AssessmentOptions.asOf(AS_OF));
        assertTrue(plan.recommendations().stream().noneMatch(r -> r.reason().contains("let it go")),
                plan.recommendations().toString());
        assertTrue(plan.recommendations().stream().noneMatch(r -> r.title().startsWith("Review what AP Chemistry")));
    }

    @Test
    void checkInsAreWordedByKind() {
        Recommendation r = plan(chemistryTeacher(), AssessmentOptions.asOf(AS_OF)).ofType(RecommendationType.CHECK_IN)
                .get(0);
        assertEquals("2 check-ins are overdue: NSTA National Conference (yearly, last attended 600 days ago) and Chem"
                + " podcast (weekly, last listened 40 days ago). Plan to attend the next NSTA National Conference;"
                + " listen to or watch a recent episode of Chem podcast.", r.reason());
        assertTrue(!r.reason().contains("short visit, post or message"));
    }

    @Test
    void giveBackCountsOnlyWhatOneCanGiveBackTo() {
        Assessment a = Assessor.assess(chemistryTeacher(), AssessmentOptions.asOf(AS_OF));
        // the group, the conference and Lee; not the podcast
        assertEquals(3, a.giveBack().canGiveBackTo());
        assertEquals(1, a.giveBack().givesBackTo());
    }

    @Test
    void theStarterDirectorySuggestsByRoleAndTheTaxonomysExamplesGoWhenItDoes() {
        AssessmentOptions o = AssessmentOptions.asOf(AS_OF)
                .withSuggestions(ResourceDirectory.starter(org.plnkit.core.model.Taxonomy.defaults()));
        ActionPlan plan = plan(chemistryTeacher(), o);
        Recommendation orgs = plan.recommendations().stream()
                .filter(r -> r.category().equals(Optional.of("professional-organizations"))
                        || r.suggestions().stream().anyMatch(x -> x.category().equals(Optional.of(
                        "professional-organizations"))))
                .findFirst().orElseThrow();
        List<String> names = orgs.suggestions().stream().map(Suggestion::name).toList();
        assertTrue(names.contains("American Association of Chemistry Teachers (AACT)"), names.toString());
        assertTrue(plan.recommendations().stream().flatMap(r -> r.suggestions().stream())
                .noneMatch(x -> x.name().contains("School Library") || x.name().contains("AASL")));
        assertTrue(plan.recommendations().stream().noneMatch(r -> r.reason().contains("state library association")));
    }

    @Test
    void aTieForTheLargestShareIsSaidAsATie() {
        Pln p = pln(List.of(), List.of(
                person("a").name("Ann").value(5).frequency(Frequency.DAILY).givesBack(true).lastContact(AS_OF).build(),
                person("b").name("Bo").value(5).frequency(Frequency.DAILY).givesBack(true).lastContact(AS_OF).build(),
                person("c").name("Cy").value(1).frequency(Frequency.RARELY).givesBack(true).lastContact(AS_OF).build(),
                person("d").name("Di").value(1).frequency(Frequency.RARELY).givesBack(true).lastContact(AS_OF).build(),
                person("e").name("Ed").value(1).frequency(Frequency.RARELY).givesBack(true).lastContact(AS_OF)
                        .build()));
        Recommendation r = plan(p, AssessmentOptions.asOf(AS_OF)).ofType(RecommendationType.REDUCE_RELIANCE).get(0);
        assertEquals("Lean less on Ann and Bo", r.title());
        assertTrue(r.reason().startsWith("Ann and Bo tie for the largest share: each carries"), r.reason());
    }
}
