package org.plnkit.analysis.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StructuralHolesTest {
    /**
     * Borgatti (1997), "Structural Holes: Unpacking Burt's Redundancy Measures", Connections 20(1): 35–38: ego G
     * is tied to A–F; among the alters, A–B, A–E, A–F and B–D are tied.
     */
    static Graph<String, DefaultEdge> borgatti() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String v : List.of("G", "A", "B", "C", "D", "E", "F")) {
            g.addVertex(v);
        }
        for (String a : List.of("A", "B", "C", "D", "E", "F")) {
            g.addEdge("G", a);
        }
        g.addEdge("A", "B");
        g.addEdge("A", "E");
        g.addEdge("A", "F");
        g.addEdge("B", "D");
        return g;
    }

    @Test
    void borgattiWorkedExampleEffectiveSizeAndEfficiency() {
        StructuralHoles<String, DefaultEdge> h = new StructuralHoles<>(borgatti());
        // n = 6 alters, t = 4 ties among them: 6 − 2·4/6 = 4.667; efficiency 4.667 / 6 = 0.778
        assertEquals(6 - 8.0 / 6, h.effectiveSize("G").getAsDouble(), 1e-15);
        assertEquals((6 - 8.0 / 6) / 6, h.efficiency("G").getAsDouble(), 1e-15);
        // A's own neighbourhood is B, E, F, G with ties B–G, E–G, F–G: 4 − 2·3/4 = 2.5
        assertEquals(2.5, h.effectiveSize("A").getAsDouble(), 1e-15);
        assertEquals(1.0, h.effectiveSize("C").getAsDouble(), 1e-15);
    }

    @Test
    void borgattiWorkedExampleConstraintByHand() {
        StructuralHoles<String, DefaultEdge> h = new StructuralHoles<>(borgatti());
        // p(G, j) = 1/6; degrees A 4, B 3, C 1, D 2, E 2, F 2.
        double a = sq(1 / 6.0 + (1 / 6.0) * (1 / 3.0 + 1 / 2.0 + 1 / 2.0)); // via B, E, F
        double b = sq(1 / 6.0 + (1 / 6.0) * (1 / 4.0 + 1 / 2.0));           // via A, D
        double c = sq(1 / 6.0);
        double d = sq(1 / 6.0 + (1 / 6.0) * (1 / 3.0));                     // via B
        double e = sq(1 / 6.0 + (1 / 6.0) * (1 / 4.0));                     // via A
        double f = e;
        assertEquals(a, h.localConstraint("G", "A"), 1e-15);
        assertEquals(a + b + c + d + e + f, h.constraint("G").getAsDouble(), 1e-15);
        assertEquals(0.400, h.constraint("G").getAsDouble(), 5e-4); // as published (UCINET, NetworkX)
        assertEquals(0.595, h.constraint("A").getAsDouble(), 5e-4);
        assertEquals(1.0, h.constraint("C").getAsDouble(), 1e-15);
    }

    @Test
    void weightedFormulaWithUnitWeightsEqualsBorgattiSimplification() {
        Graph<String, DefaultEdge> plain = borgatti();
        Graph<String, DefaultWeightedEdge> unit = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        plain.vertexSet().forEach(unit::addVertex);
        for (DefaultEdge e : plain.edgeSet()) {
            unit.addEdge(plain.getEdgeSource(e), plain.getEdgeTarget(e));
        }
        StructuralHoles<String, DefaultEdge> p = new StructuralHoles<>(plain);
        StructuralHoles<String, DefaultWeightedEdge> u = new StructuralHoles<>(unit);
        for (String v : plain.vertexSet()) {
            assertEquals(p.effectiveSize(v).getAsDouble(), u.effectiveSize(v).getAsDouble(), 1e-12, v);
            assertEquals(p.constraint(v).getAsDouble(), u.constraint(v).getAsDouble(), 1e-12, v);
        }
    }

    @Test
    void isolatedVertexHasNoMeasures() {
        Graph<String, DefaultEdge> g = borgatti();
        g.addVertex("lonely");
        StructuralHoles.Scores s = new StructuralHoles<>(g).scores("lonely");
        assertEquals(0, s.size());
        assertFalse(s.effectiveSize().isPresent());
        assertFalse(s.efficiency().isPresent());
        assertFalse(s.constraint().isPresent());
    }

    @Test
    void aStarHasNoRedundancyAndLittleConstraint() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        g.addVertex("ego");
        for (int i = 0; i < 5; i++) {
            g.addVertex("c" + i);
            g.addEdge("ego", "c" + i);
        }
        StructuralHoles.Scores s = new StructuralHoles<>(g).scores("ego");
        assertEquals(5.0, s.effectiveSize().getAsDouble(), 1e-15);
        assertEquals(1.0, s.efficiency().getAsDouble(), 1e-15);
        assertEquals(5 * sq(1 / 5.0), s.constraint().getAsDouble(), 1e-15); // 1/n
    }

    static Stream<JsonNode> networkxCases() throws IOException {
        try (InputStream in = StructuralHolesTest.class.getResourceAsStream("networkx-expected.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
            assertTrue(cases.size() >= 20, "the NetworkX test data is complete");
            return cases.stream();
        }
    }

    /** Every vertex of every case: effective size and constraint equal NetworkX 2.8.8's to rounding error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("networkxCases")
    void equalsNetworkx(JsonNode c) {
        boolean directed = c.get("directed").asBoolean();
        boolean weighted = c.get("weighted").asBoolean();
        Graph<String, DefaultWeightedEdge> g = directed
                ? weighted ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleDirectedGraph<>(DefaultWeightedEdge.class)
                : weighted ? new SimpleWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleGraph<>(DefaultWeightedEdge.class);
        c.get("vertices").forEach(v -> g.addVertex(v.asText()));
        for (JsonNode e : c.get("edges")) {
            DefaultWeightedEdge edge = g.addEdge(e.get(0).asText(), e.get(1).asText());
            if (weighted) {
                g.setEdgeWeight(edge, e.get(2).asDouble());
            }
        }
        StructuralHoles<String, DefaultWeightedEdge> h = new StructuralHoles<>(g);
        c.get("expected").properties().forEach(entry -> {
            String v = entry.getKey();
            check(entry.getValue().get("effectiveSize"), h.effectiveSize(v), c.get("name") + " " + v + " size");
            check(entry.getValue().get("constraint"), h.constraint(v), c.get("name") + " " + v + " constraint");
        });
    }

    private static void check(JsonNode expected, OptionalDouble actual, String what) {
        if (expected.isNull()) {
            assertFalse(actual.isPresent(), what + " should be undefined");
        } else {
            assertTrue(actual.isPresent(), what + " should be defined");
            assertEquals(expected.asDouble(), actual.getAsDouble(), 1e-12, what);
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
