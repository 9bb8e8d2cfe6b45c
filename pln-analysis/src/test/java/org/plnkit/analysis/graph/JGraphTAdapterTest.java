package org.plnkit.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph.Alter;
import org.plnkit.core.model.PlnGraph.Vertex;

class JGraphTAdapterTest {
    private final Pln pln = pln(List.of(person("c").build(), person("a").build(), person("b").build()),
            "c-a", "a-c", "b-a");

    @Test
    void egoNetworkHasTheEgoTiedToEveryConnectionAndTheLinksOnce() {
        Graph<Vertex, DefaultEdge> g = JGraphTAdapter.egoNetwork(pln);
        assertEquals(4, g.vertexSet().size());
        assertEquals(3 + 2, g.edgeSet().size()); // three ties, two distinct links
        assertEquals(3, g.degreeOf(JGraphTAdapter.ego(pln)));
        assertTrue(g.getType().isUndirected());
        assertFalse(g.getType().isWeighted());
    }

    @Test
    void connectionsNetworkLeavesTheEgoOut() {
        Graph<Vertex, DefaultEdge> g = JGraphTAdapter.connectionsNetwork(pln);
        assertEquals(3, g.vertexSet().size());
        assertEquals(2, g.edgeSet().size());
        assertFalse(g.containsVertex(JGraphTAdapter.ego(pln)));
    }

    @Test
    void verticesComeInCanonicalOrder() {
        List<String> ids = JGraphTAdapter.connectionsNetwork(pln).vertexSet().stream()
                .map(v -> ((Alter) v).connection().id()).toList();
        assertEquals(List.of("a", "b", "c"), ids);
        Vertex first = JGraphTAdapter.egoNetwork(pln).vertexSet().iterator().next();
        assertEquals(JGraphTAdapter.ego(pln), first);
    }
}
