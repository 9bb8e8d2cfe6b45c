package org.plnkit.analysis.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(s.evidence().matches("Ana Cruz now carries \\d+% of your engagement \\(before \\d+%\\); "
                + "Ben Ode now carries \\d+% of your engagement \\(before \\d+%\\)"), s.evidence());
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
