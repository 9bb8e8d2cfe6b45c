package org.plnkit.analysis.reliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.PlnGen;
import org.plnkit.analysis.graph.JGraphTAdapter;
import org.plnkit.core.model.Pln;

/** The parts an articulation point's loss leaves, checked against removing it and counting components. */
class CutPointProperties {

    @Test
    void piecesMatchRemovingTheConnection() {
        qt().withFixedSeed(7L).withExamples(300).forAll(PlnGen.plns(2, 40)).checkAssert(p -> {
            List<Reliance.CutPoint> got = RelianceMeasure.of(p).articulationPoints();
            assertEquals(bruteForce(p), got.stream().map(c -> c.connection().id() + ":" + c.pieces() + ":"
                    + c.wouldSeparate()).sorted().toList());
        });
    }

    /** Every connection whose removal adds components, with the parts and how many are cut off. */
    private static List<String> bruteForce(Pln p) {
        Graph<String, DefaultEdge> g = JGraphTAdapter.connectionsNetwork(p);
        ConnectivityInspector<String, DefaultEdge> whole = new ConnectivityInspector<>(g);
        List<String> out = new ArrayList<>();
        for (String v : g.vertexSet()) {
            Set<String> part = new HashSet<>(whole.connectedSetOf(v));
            part.remove(v);
            List<Set<String>> pieces = new ConnectivityInspector<>(new AsSubgraph<>(g, part)).connectedSets();
            if (pieces.size() >= 2) {
                int largest = pieces.stream().mapToInt(Set::size).max().orElse(0);
                out.add(JGraphTAdapter.connectionId(v) + ":" + pieces.size() + ":" + (part.size() - largest));
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
