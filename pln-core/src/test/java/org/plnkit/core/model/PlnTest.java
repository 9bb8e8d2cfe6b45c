package org.plnkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlnTest {
    private static Connection c(String id) {
        return Connection.builder(id, id.toUpperCase(java.util.Locale.ROOT), Kind.PERSON, "mentors").build();
    }

    @Test
    void theGraphViewHasTheEgoTiesAndEachLinkOnce() {
        Pln pln = new Pln(Participant.of("p"), List.of(c("a"), c("b"), c("c")),
                List.of(new Link("a", "b"), new Link("b", "a"), new Link("b", "c")));
        PlnGraph g = pln.graph();
        assertEquals(List.of("ego", "c:a", "c:b", "c:c"), g.vertices().stream().map(PlnGraph.Vertex::key).toList());
        assertEquals(List.of("ego-c:a", "ego-c:b", "ego-c:c", "c:a-c:b", "c:b-c:c"),
                g.edges().stream().map(e -> e.source().key() + "-" + e.target().key()).toList());
        assertEquals(Map.of("a", List.of("b"), "b", List.of("a", "c"), "c", List.of("b")), pln.adjacency());
    }

    @Test
    void invalidPlnsCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Pln(Participant.of("p"), List.of(c("a"), c("a")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Pln(Participant.of("p"), List.of(c("a")),
                List.of(new Link("a", "zz"))));
        assertThrows(IllegalArgumentException.class, () -> new Link("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> c("a").toBuilder().value(6).build());
    }

    @Test
    void removingConnectionsDropsTheirLinks() {
        Pln pln = new Pln(Participant.of("p"), List.of(c("a"), c("b"), c("c")),
                List.of(new Link("a", "b"), new Link("b", "c")));
        Pln less = pln.withConnections(List.of(c("a"), c("b")));
        assertEquals(List.of(new Link("a", "b")), less.links());
    }

    @Test
    void frequenciesCarryTheirCheckInInterval() {
        assertEquals(java.util.Optional.of(7), Frequency.WEEKLY.checkInIntervalDays());
        assertEquals(java.util.Optional.of(91), Frequency.QUARTERLY.checkInIntervalDays());
        assertEquals(java.util.Optional.empty(), Frequency.RARELY.checkInIntervalDays());
        assertEquals(java.util.Optional.of(Frequency.WEEKLY), Frequency.parse(" Weekly "));
        assertEquals(java.util.Optional.of(Kind.ORGANIZATION), Kind.parse("ORGANIZATION"));
        assertEquals(java.util.Optional.of(Participation.LURKER), Participation.parse("Lurker"));
    }
}
