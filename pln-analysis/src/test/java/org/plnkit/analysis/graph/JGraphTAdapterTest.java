package org.plnkit.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph;

class JGraphTAdapterTest {
    private final Pln pln = pln(List.of(person("c").build(), person("a").build(), person("b").build()),
            "c-a", "a-c", "b-a");

    @Test
    void egoNetworkHasTheEgoTiedToEveryConnectionAndTheLinksOnce() {
        Graph<String, DefaultEdge> g = JGraphTAdapter.egoNetwork(pln);
        assertEquals(4, g.vertexSet().size());
        assertEquals(3 + 2, g.edgeSet().size()); // three ties, two distinct links
        assertEquals(3, g.degreeOf(JGraphTAdapter.EGO));
        assertTrue(g.containsEdge("c:a", "c:c"));
        assertTrue(g.getType().isUndirected());
        assertFalse(g.getType().isWeighted());
    }

    @Test
    void verticesAreTheNeutralGraphsKeys() {
        Graph<String, DefaultEdge> g = JGraphTAdapter.egoNetwork(pln);
        for (PlnGraph.Vertex v : pln.graph().vertices()) {
            assertTrue(g.containsVertex(v.key()), v.key());
        }
        assertEquals("a", JGraphTAdapter.connectionId("c:a"));
        assertEquals("c:a", JGraphTAdapter.key(pln.connection("a").orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> JGraphTAdapter.connectionId(JGraphTAdapter.EGO));
    }

    @Test
    void connectionsNetworkLeavesTheEgoOut() {
        Graph<String, DefaultEdge> g = JGraphTAdapter.connectionsNetwork(pln);
        assertEquals(3, g.vertexSet().size());
        assertEquals(2, g.edgeSet().size());
        assertFalse(g.containsVertex(JGraphTAdapter.EGO));
    }

    @Test
    void verticesComeInCanonicalOrder() {
        assertEquals(List.of("c:a", "c:b", "c:c"), List.copyOf(JGraphTAdapter.connectionsNetwork(pln).vertexSet()));
        assertEquals(JGraphTAdapter.EGO, JGraphTAdapter.egoNetwork(pln).vertexSet().iterator().next());
    }
}
