package org.plnkit.analysis.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.ConnectionMatcher.By;
import org.plnkit.analysis.growth.Growth.Change;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;
import org.plnkit.analysis.health.Health;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/**
 * The hand-made pair samples/growth/sam-rivera-{before,after}.yaml; every expected figure below was worked out by
 * hand from the two files (the comments say how).
 */
class GrowthComparerTest {
    private static final GrowthComparer COMPARER = new GrowthComparer(AssessmentOptions.defaults());
    private static final Growth G = COMPARER.compare(GrowthPairs.before(), GrowthPairs.after());

    @Test
    void pairsByIdThenSharedIdThenUrlThenName() {
        ConnectionMatcher.Matching m = ConnectionMatcher.match(GrowthPairs.before(), GrowthPairs.after());
        assertEquals(Map.of("lee", "lee", "ana", "ana-cruz", "mentor", "pat", "district-site", "pd-portal",
                "nctm", "nctm"), m.pairs());
        assertEquals(Optional.of(By.ID), m.how("lee"));
        assertEquals(Optional.of(By.NAME), m.how("ana"));           // "Ana  Cruz" = "Ana Cruz"
        assertEquals(Optional.of(By.SHARED_ID), m.how("mentor"));   // e-mail in another case
        assertEquals(Optional.of(By.URL), m.how("district-site"));  // http, trailing slash
        assertEquals(Optional.empty(), m.how("old-blog"));
    }

    @Test
    void addedDroppedKept() {
        assertEquals(List.of("mtbos", "jo", "cult-of-pedagogy"), G.added().stream().map(Tie::id).toList());
        assertEquals(List.of("old-blog"), G.dropped().stream().map(Tie::id).toList());
        assertEquals("blogs-websites", G.dropped().get(0).category());
        assertEquals(List.of("lee", "ana-cruz", "pat", "pd-portal", "nctm"), G.kept().stream().map(Kept::id).toList());
        // Pat Green changed id and name ("Dr. Pat Green" -> "Patricia Green"): renamed is a change; an id is not
        assertEquals(List.of("lee", "ana-cruz", "pat", "pd-portal", "nctm"), G.changed().stream().map(Kept::id)
                .toList());
    }

    @Test
    void aRenamedConnectionIsShownRenamed() {
        // paired by shared id, and by url: the names changed
        assertEquals(List.of(new Change("name", Optional.of("Dr. Pat Green"), Optional.of("Patricia Green"))),
                kept("pat").changes());
        assertEquals(Optional.of(new Change("name", Optional.of("Lakeside PD Portal"),
                Optional.of("Lakeside Professional Learning"))), kept("pd-portal").change("name"));
        // "Ana  Cruz" is "Ana Cruz" with one more space: not a new name
        assertEquals(Optional.empty(), kept("ana-cruz").change("name"));
        String text = GrowthText.render(G, org.plnkit.core.model.Taxonomy.defaults());
        assertTrue(text.contains("  ~ Patricia Green: renamed from Dr. Pat Green\n"), text);
        assertTrue(text.contains("  ~ Lakeside Professional Learning: renamed from Lakeside PD Portal; category"
                + " Tutorial websites & courses -> Webinars & podcasts; value 2 -> 3\n"), text);
        String json = GrowthJson.toJson(G);
        assertTrue(json.contains("\"field\": \"name\",\n          \"before\": \"Dr. Pat Green\",\n"
                + "          \"after\": \"Patricia Green\""), json);
    }

    @Test
    void aConnectionKeptUnderItsIdAndRenamedIsChanged() {
        Pln before = GrowthPairs.before();
        Pln after = new Pln(GrowthPairs.after().participant(), GrowthPairs.after().connections().stream()
                .map(c -> c.id().equals("lee") ? c.toBuilder().name("Lee Park, librarian").build() : c).toList(),
                GrowthPairs.after().links());
        Kept lee = COMPARER.compare(before, after).kept().stream().filter(k -> k.id().equals("lee")).findFirst()
                .orElseThrow();
        assertEquals(By.ID, lee.by());
        assertEquals(Optional.of(new Change("name", Optional.of("Lee Park"), Optional.of("Lee Park, librarian"))),
                lee.change("name"));
    }

    @Test
    void changesAreSpelledAsInTheContract() {
        assertEquals(List.of(new Change("gives_back", Optional.of("no"), Optional.of("yes"))), kept("lee").changes());
        assertEquals(List.of(new Change("frequency", Optional.of("monthly"), Optional.of("weekly")),
                new Change("topics", Optional.of("math"), Optional.of("math; reading"))), kept("ana-cruz").changes());
        assertEquals(List.of(new Change("name", Optional.of("Lakeside PD Portal"),
                Optional.of("Lakeside Professional Learning")),
                new Change("category", Optional.of("tutorial-websites"), Optional.of("webinars-podcasts")),
                new Change("value", Optional.of("2"), Optional.of("3"))), kept("pd-portal").changes());
        assertEquals(List.of(new Change("frequency", Optional.of("yearly"), Optional.of("monthly")),
                new Change("participation", Optional.of("lurker"), Optional.of("contributor")),
                new Change("gives_back", Optional.empty(), Optional.of("yes")),
                new Change("wants_more", Optional.of("yes"), Optional.of("no"))), kept("nctm").changes());
    }

    @Test
    void categories() {
        // before: local-colleagues 2, mentors 1, tutorial 1, professional 1, blogs 1
        // after: local-colleagues 2, mentors 2, webinars 2, social 1, professional 1
        assertEquals(List.of("social-networks", "webinars-podcasts"), G.categoriesGained());
        assertEquals(List.of("blogs-websites", "tutorial-websites"), G.categoriesLost());
        assertEquals(List.of("mentors"), G.becameSturdy());
        assertEquals(List.of(), G.becameThin());
    }

    @Test
    void topics() {
        // reading: Lee → Lee, Ana, Jo; science: Mr. B's blog → none; math 4 → 4; classroom management 2 → 4
        assertEquals(List.of(new TopicShift("reading", 1, 3, Growth.Named.BOTH),
                new TopicShift("math", 4, 4, Growth.Named.BOTH),
                new TopicShift("classroom management", 2, 4, Growth.Named.BOTH),
                new TopicShift("science", 1, 0, Growth.Named.BOTH)), G.topics());
        assertTrue(G.topics().get(0).gainedSecondSource());
        assertTrue(G.topics().get(3).lostOnlySource());
    }

    @Test
    void giveBackOverdueAndHealth() {
        // gives back to none; then to Lee, NCTM and #MTBoS, of the 6 of 8 one can give back to (people,
        // communities, organizations, events: not the two plain resources, docs/measures.md)
        assertEquals(Optional.of(0.0), G.giveBack().before());
        assertEquals(Optional.of(3.0 / 6), G.giveBack().after());
        // Ana: monthly, last contact 111 days before 2026-05-01 (> 30 + 15 grace); none overdue in November
        assertEquals(new Growth.Counts(1, 0), G.overdue());
        // give back: 0 → 0.5 / 0.5 = 100; upkeep: 0.9 × (1 − 1.5/6) = 68 → 0.9 + 0.1 (organizer) = 100
        assertEquals(Optional.of(0), G.health().part(Health.Part.GIVE_BACK).before());
        assertEquals(Optional.of(100), G.health().part(Health.Part.GIVE_BACK).after());
        assertEquals(Optional.of(68), G.health().part(Health.Part.UPKEEP).before());
        assertEquals(Optional.of(100), G.health().part(Health.Part.UPKEEP).after());
        assertEquals(57, G.health().before());
        assertEquals(76, G.health().after());
        assertEquals(19, G.health().delta());
        assertEquals(LocalDate.of(2026, 5, 1), G.beforeAsOf());
        assertEquals(LocalDate.of(2026, 11, 1), G.afterAsOf());
    }

    @Test
    void followThroughOfTheMayPlan() {
        List<String> got = G.followThrough().stream().map(s -> s.rank() + " " + s.status().words() + ": "
                + s.title() + ": " + s.evidence()).toList();
        assertEquals(List.of(
                "1 done: Lean less on Lee Park: Lee Park now carries 16% of the engagement, down from 33%",
                "2 done: Add a connection in Social networks: now 1 connection in Social networks, up from 0",
                "3 not yet: Add a connection in Online communities: still no connection in Online communities",
                "4 not yet: Add a connection in Local & state organizations: still no connection in Local & state"
                        + " organizations",
                "5 done: Add a second source for reading: now 3 sources for reading",
                "6 not yet: Add a second source for science: now no source for science",
                // the title names NCTM; the evidence does not again ("NCTM: NCTM: contributor")
                "7 done: Take a first step in NCTM: contributor, gives back",
                // the categories still empty go without saying ("0 in Online journals")
                "8 partly: Explore 3 more empty categories: 1 of the 3 categories now has connections: 2 in"
                        + " Webinars & podcasts",
                // Mr. B's blog, let go, was all of Blogs & websites: no re-engaging, the category is empty now
                "9 not yet: Re-engage with Blogs & websites: let go of every connection in Blogs & websites, so none"
                        + " is there now",
                "10 done: Re-engage with Professional organizations: Professional organizations is no longer"
                        + " low-engagement",
                "11 done: Give back to your network: now giving back to 3 of the 6 connections one can give back to,"
                        + " which is 50%, up from 0%",
                "12 partly: Strengthen 4 thin categories: 1 of the 4 categories is now sturdy: 2 in Mentors and 1 in"
                        + " Professional organizations; let go of every connection in Blogs & websites and Tutorial"
                        + " websites & courses",
                "13 done: Get in touch with Ana Cruz: checked in",
                "14 done: Note when you last checked in: let go of Mr. B's Math Blog",
                "15 done: Choose a tool to organize your PLN: organizer: Wakelet"), got);
        // 9 done, 2 partly (half each) of 15
        assertEquals(10.0 / 15, G.followThroughShare().orElseThrow(), 1e-12);
    }

    /** No step partly done: the count says what was done, not "0 partly" (a teacher's `pln compare`). */
    @Test
    void textCountsPartlyDoneStepsOnlyWhenThereAreSome() {
        Growth same = COMPARER.compare(GrowthPairs.before(), LocalDate.of(2026, 5, 1), GrowthPairs.before(),
                LocalDate.of(2026, 5, 2));
        assertTrue(same.followThrough().stream().noneMatch(s -> s.status() == Status.PARTLY), "precondition");
        String text = GrowthText.render(same, org.plnkit.core.model.Taxonomy.defaults());
        assertTrue(text.contains("Follow-through of the plan of 2026-05-01: 0 of " + same.followThrough().size()
                + " steps done\n"), text);
        assertFalse(text.contains("0 partly"), text);
        assertTrue(GrowthText.render(G, org.plnkit.core.model.Taxonomy.defaults()).contains(": 9 of 15 steps done,"
                + " 2 partly\n"));
    }

    @Test
    void textAndJsonNameWhatChanged() {
        String text = GrowthText.render(G, org.plnkit.core.model.Taxonomy.defaults());
        assertTrue(text.contains("Health score   57 -> 76 (+19)"), text);
        assertTrue(text.contains("  ~ NCTM: frequency yearly -> monthly; participation lurker -> contributor;"
                + " gives back not given -> yes; wants more yes -> no"), text);
        assertTrue(text.contains("Categories gained: Social networks, Webinars & podcasts"), text);
        // the share is of the connections one can give back to (3 of 6), not of all 8
        assertTrue(text.contains("Give-back: 0% -> 50% of the connections one can give back to;"), text);
        String json = GrowthJson.toJson(G);
        assertTrue(json.contains("\"categoriesGained\": [\n    \"social-networks\",\n    \"webinars-podcasts\"\n  ]"),
                json);
        assertTrue(json.contains("\"field\": \"participation\",\n          \"before\": \"lurker\",\n"
                + "          \"after\": \"contributor\""), json);
        assertTrue(json.contains("\"status\": \"not-yet\""), json);
    }

    @Test
    void wrongOrderAndOtherParticipantsAreMismatches() {
        assertEquals(List.of(), GrowthComparer.check(GrowthPairs.before(), GrowthPairs.after()));
        List<GrowthComparer.Mismatch> swapped = GrowthComparer.check(GrowthPairs.after(), GrowthPairs.before());
        assertEquals(List.of(GrowthComparer.MismatchType.WRONG_ORDER), swapped.stream()
                .map(GrowthComparer.Mismatch::type).toList());
        assertEquals("BEFORE is dated 2026-11-01 and AFTER 2026-05-01: the earlier snapshot comes first (swap the"
                + " two files)", swapped.get(0).message());
        Pln other = withParticipant(GrowthPairs.after(), "lee-park");
        assertEquals(List.of(GrowthComparer.MismatchType.DIFFERENT_PARTICIPANTS), GrowthComparer
                .check(GrowthPairs.before(), other).stream().map(GrowthComparer.Mismatch::type).toList());
        // the id is compared without case
        assertEquals(List.of(), GrowthComparer.check(GrowthPairs.before(),
                withParticipant(GrowthPairs.after(), " Sam-Rivera ")));
    }

    @Test
    void aSnapshotWithoutADateIsNamed() {
        Pln undated = new Pln(Participant.of("sam-rivera"), GrowthPairs.after().connections(),
                GrowthPairs.after().links());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> COMPARER.compare(GrowthPairs.before(), undated));
        assertEquals("AFTER (sam-rivera) has no as-of date: give one with Participant.Builder.asOf(date) or pass both"
                + " dates to compare(before, beforeAsOf, after, afterAsOf), or as_of in a participant file",
                e.getMessage());
        assertFalse(COMPARER.compare(GrowthPairs.before(), LocalDate.of(2026, 5, 1), undated,
                LocalDate.of(2026, 11, 1)).unchanged());
    }

    private static Kept kept(String id) {
        return G.kept().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static Pln withParticipant(Pln pln, String id) {
        Participant p = pln.participant();
        return new Pln(new Participant(id, p.name(), p.role(), p.school(), p.topics(), p.organizer(), p.asOf()),
                pln.connections(), pln.links());
    }
}
