package org.plnkit.analysis.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.ConnectionRef;

class StructureMeasureTest {

    /** Four connections a, b, c, d with links a–b and b–c: a path of three and an isolate. */
    @Test
    void handComputedPath() {
        Structure s = StructureMeasure.of(pln(List.of(person("a").build(), person("b").build(),
                person("c").build(), person("d").build()), "a-b", "b-c"));
        assertEquals(4, s.connections());
        assertEquals(2, s.links());
        assertEquals(2 / 6.0, s.density().orElseThrow(), 1e-15);        // 2 of 4·3/2 possible links
        assertEquals(2, s.components());                                   // {a, b, c} and {d}
        assertEquals(List.of("d"), s.isolates().stream().map(ConnectionRef::id).toList());
        assertEquals(4 - 2.0 * 2 / 4, s.effectiveSize().orElseThrow(), 1e-15); // n − 2t/n = 3
        assertEquals(0.75, s.efficiency().orElseThrow(), 1e-15);
        // p(ego, j) = 1/4; degrees in the ego network: a 2, b 3, c 2, d 1
        double a = sq(1 / 4.0 + 1 / 4.0 * 1 / 3.0);                        // via b
        double b = sq(1 / 4.0 + 1 / 4.0 * 1 / 2.0 + 1 / 4.0 * 1 / 2.0);    // via a and c
        double c = a;
        double d = sq(1 / 4.0);
        assertEquals(a + b + c + d, s.constraint().orElseThrow(), 1e-15);
        assertEquals(77 / 144.0, s.constraint().orElseThrow(), 1e-15);
    }

    /** 46,342 connections, the fewest where n·(n − 1) is past int's range: density is links over n·(n − 1)/2. */
    @Test
    void densityOfAVeryLargePlnDoesNotOverflow() {
        int n = 46_342;
        List<org.plnkit.core.model.Connection> cs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(person("c" + i).build());
        }
        Structure s = StructureMeasure.of(pln(cs, "c0-c1", "c1-c2"));
        assertEquals(2 / (46_342.0 * 46_341 / 2), s.density().orElseThrow(), 1e-22);
        assertEquals(n - 2, s.components());   // c0–c1–c2 and the rest alone
    }

    @Test
    void noConnectionsLeavesTheMeasuresUndefined() {
        Structure s = StructureMeasure.of(pln(List.of()));
        assertEquals(0, s.connections());
        assertEquals(0, s.components());
        assertFalse(s.density().isPresent());
        assertFalse(s.effectiveSize().isPresent());
        assertFalse(s.efficiency().isPresent());
        assertFalse(s.constraint().isPresent());
    }

    @Test
    void oneConnectionIsFullyConstraining() {
        Structure s = StructureMeasure.of(pln(List.of(person("a").build())));
        assertFalse(s.density().isPresent());
        assertEquals(1.0, s.effectiveSize().orElseThrow(), 1e-15);
        assertEquals(1.0, s.constraint().orElseThrow(), 1e-15);
    }

    @Test
    void fullyLinkedConnectionsAreRedundant() {
        Structure s = StructureMeasure.of(pln(List.of(person("a").build(), person("b").build(),
                person("c").build()), "a-b", "b-c", "a-c"));
        assertEquals(1.0, s.density().orElseThrow(), 1e-15);
        assertEquals(1, s.components());
        assertEquals(3 - 2.0 * 3 / 3, s.effectiveSize().orElseThrow(), 1e-15); // 1: one non-redundant contact
    }

    private static double sq(double x) {
        return x * x;
    }
}
