package org.plnkit.analysis.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/**
 * A "lean less on" step is judged by the share of each connection it names (docs/growth.md), read from the step
 * itself: not by the concentration index when several are tied, nor as a topic step when the one connection happens
 * to be the only source of its topics.
 */
class FollowThroughTest {
    private static final GrowthComparer COMPARER = new GrowthComparer(AssessmentOptions.defaults());
    private static final LocalDate BEFORE = LocalDate.of(2026, 3, 1);
    private static final LocalDate AFTER = LocalDate.of(2026, 9, 1);

    @Test
    void tiedConnectionsAreJudgedEachByItsShare() {
        Pln before = pln(List.of(), daily("ana", "Ana Cruz", List.of()), daily("ben", "Ben Ode", List.of()));
        Pln after = pln(List.of(), yearly("ana", "Ana Cruz", List.of()), daily("ben", "Ben Ode", List.of()));
        Growth.Step s = leanLess(COMPARER.compare(before, BEFORE, after, AFTER));
        assertEquals("Lean less on Ana Cruz and Ben Ode", s.title());
        // Ana now carries less than the top-share limit, Ben still more: partly done, both named
        assertEquals(Status.PARTLY, s.status(), s.evidence());
        assertTrue(s.evidence().matches("Ana Cruz now carries \\d+% of the engagement, down from \\d+%; "
                + "Ben Ode now carries \\d+% of the engagement, up from \\d+%"), s.evidence());
    }

    @Test
    void aConnectionThatIsTheOnlySourceOfItsOneTopicIsStillJudgedByItsShare() {
        Pln before = pln(List.of("ai"), daily("ana", "Ana Cruz", List.of("ai")));
        Pln after = pln(List.of("ai"), yearly("ana", "Ana Cruz", List.of("ai")));
        Growth.Step s = leanLess(COMPARER.compare(before, BEFORE, after, AFTER));
        assertEquals("Lean less on Ana Cruz", s.title());
        assertEquals(Status.DONE, s.status(), s.evidence());
        assertTrue(s.evidence().startsWith("Ana Cruz now carries "), s.evidence());
    }

    /**
     * Letting a connection go is no progress on the others a step names: a teacher who dropped one of two overdue
     * check-ins and did not check in with the other was told "partly".
     */
    @Test
    void aConnectionLetGoIsNoProgressOnTheOthersTheStepNames() {
        LocalDate long_ago = BEFORE.minusDays(200);
        Connection ana = daily("ana", "Ana Cruz", List.of()).toBuilder().frequency(Frequency.WEEKLY)
                .lastContact(long_ago).build();
        Connection ben = daily("ben", "Ben Ode", List.of()).toBuilder().frequency(Frequency.WEEKLY)
                .lastContact(long_ago).build();
        Pln before = pln(List.of(), ana, ben);
        Growth.Step checkIn = step(COMPARER.compare(before, BEFORE, pln(List.of(), ben), AFTER), "Check in with");
        assertEquals("Check in with 2 connections", checkIn.title());
        assertEquals(Status.NOT_YET, checkIn.status(), checkIn.evidence());
        assertEquals("the one left still overdue; let go of Ana Cruz", checkIn.evidence());
        // checking in with Ben as well is the step done; letting both go leaves no check-in due, which is done too
        Pln caughtUp = pln(List.of(), ben.toBuilder().lastContact(AFTER.minusDays(2)).build());
        assertEquals(Status.DONE, step(COMPARER.compare(before, BEFORE, caughtUp, AFTER), "Check in with").status());
        Growth.Step gone = step(COMPARER.compare(before, BEFORE, pln(List.of()), AFTER), "Check in with");
        assertEquals(Status.DONE, gone.status(), gone.evidence());
        assertEquals("let go of Ana Cruz and Ben Ode", gone.evidence());

        Pln leaned = pln(List.of(), daily("ana", "Ana Cruz", List.of()), daily("ben", "Ben Ode", List.of()));
        Growth.Step lean = leanLess(COMPARER.compare(leaned, BEFORE, pln(List.of(), daily("ben", "Ben Ode",
                List.of())), AFTER));
        assertEquals(Status.NOT_YET, lean.status(), lean.evidence());
        assertTrue(lean.evidence().matches("let go of Ana Cruz; Ben Ode now carries \\d+% of the engagement,"
                + " up from \\d+%"), lean.evidence());
    }

    /** "you now give back to 3 of the 3 connections" was what the QA teacher read when she gave back to all. */
    @Test
    void givingBackToAllIsSaidInWords() {
        Connection ana = daily("ana", "Ana Cruz", List.of());
        Connection ben = daily("ben", "Ben Ode", List.of());
        Pln before = pln(List.of(), ana, ben);
        Pln after = pln(List.of(), ana.toBuilder().givesBack(true).build(), ben.toBuilder().givesBack(true).build());
        Growth.Step s = step(COMPARER.compare(before, BEFORE, after, AFTER), "Give back to");
        assertEquals(Status.DONE, s.status(), s.evidence());
        assertEquals("now giving back to both connections one can give back to, which is 100%, up from 0%",
                s.evidence());
    }

    /**
     * A first-year teacher with one colleague, no dates and no give-back read "noted a last contact for 0 of 1", "now
     * giving back to 0 of the 2 connections" and "2 of 7 now have connections, with 0 in Mentors, 1 in …": none is
     * said as none, and the categories still empty go without saying.
     */
    @Test
    void noneIsSaidAsNoneAndEmptyCategoriesGoWithoutSaying() {
        Connection pat = Connection.builder("pat", "Pat Lee", Kind.PERSON, "local-colleagues").build();
        Pln before = Pln.builder(Participant.builder("alex").topics(List.of("algebra")).build()).connection(pat).build();
        Pln after = Pln.builder(Participant.builder("alex").topics(List.of("algebra")).build()).connection(pat)
                .connection(Connection.builder("nctm", "NCTM", Kind.ORGANIZATION, "professional-organizations").build())
                .connection(Connection.builder("desmos", "Desmos", Kind.RESOURCE, "tutorial-websites").build()).build();
        Growth g = COMPARER.compare(before, BEFORE, after, AFTER);
        assertEquals("still no last contact date", step(g, "Note when you last").evidence());
        assertEquals("still not giving back to either of the 2 connections one can give back to",
                step(g, "Give back to your network").evidence());
        Growth.Step explore = step(g, "Explore ");
        assertEquals(Status.PARTLY, explore.status());
        assertEquals("2 of the 7 categories now have connections: 1 in Professional organizations and 1 in Tutorial"
                + " websites & courses", explore.evidence());
        Growth.Step none = step(COMPARER.compare(before, BEFORE, before, AFTER), "Explore ");
        assertEquals("none of the 7 has a connection yet", none.evidence());
    }

    /**
     * A PE teacher who let everything go read "Give-back: 0% -> n/a of the connections" and "now 0 connections in
     * Local colleagues": what is gone is said in words.
     */
    @Test
    void everythingLetGoIsSaidInWords() {
        Pln before = Pln.builder(Participant.builder("kim").build())
                .connection(Connection.builder("dee", "Coach Dee", Kind.PERSON, "local-colleagues").build())
                .connection(Connection.builder("pe", "PE Central", Kind.RESOURCE, "blogs-websites").build()).build();
        Growth g = COMPARER.compare(before, BEFORE, Pln.builder(Participant.builder("kim").build()).build(), AFTER);
        assertEquals("no connection one can give back to is left", step(g, "Give back to your network").evidence());
        assertEquals("no connection in Local colleagues now, down from 1", step(g, "Strengthen Local").evidence());
        String text = GrowthText.render(g, org.plnkit.core.model.Taxonomy.defaults());
        assertTrue(text.contains("Give-back: 0% of the connections one can give back to before, none to give back to"
                + " now;"), text);
        assertFalse(text.contains("n/a of the"), text);
    }

    /**
     * An earlier step names a renamed connection by the name it has now, and says it was renamed: the fourteenth QA
     * pass read "Lean less on Dr. Pat Green" for the mentor the teacher now calls Patricia Green.
     */
    @Test
    void aRenamedConnectionIsNamedByItsNameNow() {
        Pln before = pln(List.of(), daily("ana", "Dr. Ana Cruz", List.of()));
        Pln after = pln(List.of(), yearly("ana", "Ana Cruz-Ode", List.of()));
        Growth g = COMPARER.compare(before, BEFORE, after, AFTER);
        Growth.Step s = leanLess(g);
        assertEquals("Lean less on Ana Cruz-Ode", s.title());
        assertTrue(s.evidence().startsWith("Ana Cruz-Ode now carries "), s.evidence());
        assertTrue(s.evidence().endsWith("Ana Cruz-Ode was renamed from Dr. Ana Cruz"), s.evidence());
        // a name that differs only in spacing or case is not a rename
        Growth same = COMPARER.compare(before, BEFORE, pln(List.of(), yearly("ana", "dr.  ana cruz", List.of())), AFTER);
        assertEquals("Lean less on Dr. Ana Cruz", leanLess(same).title());
        assertFalse(leanLess(same).evidence().contains("renamed"), leanLess(same).evidence());
    }

    private static Growth.Step step(Growth g, String title) {
        return g.followThrough().stream().filter(s -> s.title().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + title + " in " + g.followThrough()));
    }

    private static Growth.Step leanLess(Growth g) {
        return g.followThrough().stream().filter(s -> s.title().startsWith("Lean less on")).findFirst()
                .orElseThrow(() -> new AssertionError("no lean-less step in " + g.followThrough()));
    }

    /** The top connections given, then four yearly ones of little value. */
    private static Pln pln(List<String> topics, Connection... top) {
        Pln.Builder b = Pln.builder(Participant.builder("sam").name("Sam Rivera").topics(topics).build());
        for (Connection c : top) {
            b.connection(c);
        }
        for (String id : List.of("cy", "dee", "eli", "fay")) {
            b.connection(Connection.builder(id, id.toUpperCase(java.util.Locale.ROOT), Kind.RESOURCE,
                    "blogs-websites").frequency(Frequency.YEARLY).value(1).build());
        }
        return b.build();
    }

    private static Connection daily(String id, String name, List<String> topics) {
        return Connection.builder(id, name, Kind.PERSON, "local-colleagues").frequency(Frequency.DAILY).value(5)
                .topics(topics).build();
    }

    private static Connection yearly(String id, String name, List<String> topics) {
        return Connection.builder(id, name, Kind.PERSON, "local-colleagues").frequency(Frequency.YEARLY).value(1)
                .topics(topics).build();
    }
}
