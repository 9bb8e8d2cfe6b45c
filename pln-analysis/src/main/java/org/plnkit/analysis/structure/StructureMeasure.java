package org.plnkit.analysis.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.graph.JGraphTAdapter;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;

/**
 * Measures the structure of a participant's ego network on JGraphT: density among connections, connected parts
 * and isolates of the connections' own network ({@link ConnectivityInspector}), and the participant's effective
 * size, efficiency and constraint ({@link StructuralHoles}, unweighted, equal to NetworkX's values on the same
 * graph).
 *
 * <pre>{@code
 * Structure s = new StructureMeasure().measure(pln);
 * s.effectiveSize();   // Optional[14.2]: of 15 connections, about 14 bring something the others do not
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StructureMeasure implements PlnMeasure<Structure> {

    /** The structure of a PLN. */
    public static Structure of(Pln pln) {
        return new StructureMeasure().measure(pln);
    }

    @Override
    public Structure measure(Pln pln) {
        Graph<String, DefaultEdge> ego = JGraphTAdapter.egoNetwork(pln);
        // the connections' own network is the ego network with the participant masked out
        Graph<String, DefaultEdge> own = new MaskSubgraph<>(ego, JGraphTAdapter.EGO::equals, e -> false);
        int n = pln.connections().size();
        int links = ego.edgeSet().size() - n;
        // in double: n * (n - 1) overflows int from n = 46,341
        Optional<Double> density = n < 2 ? Optional.empty() : Optional.of(links / ((double) n * (n - 1) / 2));
        int components = new ConnectivityInspector<>(own).connectedSets().size();
        Map<String, Connection> byId = new HashMap<>();
        pln.connections().forEach(c -> byId.put(c.id(), c));
        List<ConnectionRef> isolates = new ArrayList<>();
        for (String v : ego.vertexSet()) {
            if (!v.equals(JGraphTAdapter.EGO) && ego.degreeOf(v) == 1) { // tied to the participant only
                isolates.add(ConnectionRef.of(byId.get(JGraphTAdapter.connectionId(v))));
            }
        }
        isolates.sort(Comparator.comparing(ConnectionRef::id));
        StructuralHoles.Scores s = new StructuralHoles<>(ego).scores(JGraphTAdapter.EGO);
        return new Structure(n, links, density, components, isolates, opt(s.effectiveSize()), opt(s.efficiency()),
                opt(s.constraint()));
    }

    private static Optional<Double> opt(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }
}
