package org.plnkit.analysis.giveback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plnkit.analysis.Plns.c;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;

class GiveBackMeasureTest {

    @Test
    void handComputedShareAndOneWayTies() {
        GiveBack g = GiveBackMeasure.of(pln(List.of(
                person("ann").givesBack(true).build(),
                person("bob").givesBack(false).value(2).build(),
                person("cy").value(5).frequency(Frequency.DAILY).build(),     // blank: no
                c("org", Kind.ORGANIZATION, "professional-organizations").givesBack(true).build(),
                c("blog", Kind.RESOURCE, "blogs-websites").build())));
        assertEquals(5, g.connections());
        assertEquals(2, g.givesBackTo());
        assertEquals(0.4, g.share().orElseThrow(), 1e-15);
        assertEquals(3, g.people());
        assertEquals(1, g.peopleGivenBackTo());
        // most engaged first: cy (25) before bob (6)
        assertEquals(List.of("cy", "bob"), g.oneWayTies().stream().map(ConnectionRef::id).toList());
    }

    @Test
    void noConnections() {
        GiveBack g = GiveBackMeasure.of(pln(List.of()));
        assertFalse(g.share().isPresent());
        assertEquals(0, g.people());
    }
}
