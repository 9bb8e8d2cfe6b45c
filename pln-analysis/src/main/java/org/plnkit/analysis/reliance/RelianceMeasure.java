package org.plnkit.analysis.reliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.plnkit.analysis.ConnectionRef;
import org.plnkit.analysis.PlnMeasure;
import org.plnkit.analysis.Thresholds;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.analysis.graph.JGraphTAdapter;
import org.plnkit.analysis.reliance.Reliance.ConnectionWeight;
import org.plnkit.analysis.reliance.Reliance.CutPoint;
import org.plnkit.analysis.reliance.Reliance.Flag;
import org.plnkit.analysis.reliance.Reliance.FlagType;
import org.plnkit.analysis.reliance.Reliance.KeyPerson;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.topics.TopicCoverage.Status;
import org.plnkit.analysis.topics.TopicCoverage.TopicSources;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph.Alter;
import org.plnkit.core.model.PlnGraph.Vertex;

/**
 * Measures over-reliance: the engagement weight and share of each connection, the Herfindahl concentration of the
 * shares, key people (the only source of a topic) and articulation points of the connections' own network
 * (JGraphT's {@link BiconnectivityInspector} on the PLN without the participant).
 *
 * <p>With shares s<sub>i</sub> = w<sub>i</sub> ÷ Σw, the Herfindahl index is H = Σ s<sub>i</sub>², between 1/n
 * (all equal) and 1 (one connection carries everything); normalized, H* = (H − 1/n) ÷ (1 − 1/n) runs from 0 to 1
 * whatever n (H* = 1 when n = 1). The top-share and concentration flags apply from
 * {@link Thresholds#minConnectionsForConcentration()} connections on: with two or three connections, one of them
 * necessarily carries a large share, and the advice is to add connections, not to lean less.
 *
 * <pre>{@code
 * Reliance r = new RelianceMeasure(EngagementScale.DEFAULT, Thresholds.DEFAULTS).measure(pln);
 * r.keyPeople();   // [Jane Kim: sole source of makerspaces, coding]
 * }</pre>
 */
public final class RelianceMeasure implements PlnMeasure<Reliance> {
    private static final Comparator<ConnectionWeight> HEAVIEST_FIRST =
            Comparator.comparingDouble(ConnectionWeight::weight).reversed().thenComparing(w -> w.connection().id());

    private final EngagementScale scale;
    private final Thresholds thresholds;

    public RelianceMeasure(EngagementScale scale, Thresholds thresholds) {
        this.scale = scale;
        this.thresholds = thresholds;
    }

    /** Reliance with the default scale and thresholds. */
    public static Reliance of(Pln pln) {
        return new RelianceMeasure(EngagementScale.DEFAULT, Thresholds.DEFAULTS).measure(pln);
    }

    @Override
    public Reliance measure(Pln pln) {
        return measure(pln, new TopicsMeasure(scale).measure(pln));
    }

    /** Measures reliance using topic coverage already computed with the same scale. */
    public Reliance measure(Pln pln, TopicCoverage topics) {
        List<Connection> cs = pln.connections();
        int n = cs.size();
        // sum in a canonical order so that the result does not depend on the input order
        List<ConnectionWeight> raw = new ArrayList<>(n);
        for (Connection c : cs) {
            raw.add(new ConnectionWeight(ConnectionRef.of(c), scale.weight(c), 0));
        }
        raw.sort(HEAVIEST_FIRST);
        double total = 0;
        for (ConnectionWeight w : raw) {
            total += w.weight();
        }
        List<ConnectionWeight> weights = new ArrayList<>(n);
        double h = 0;
        for (ConnectionWeight w : raw) {
            double s = w.weight() / total;
            weights.add(new ConnectionWeight(w.connection(), w.weight(), s));
            h += s * s;
        }
        Optional<Double> herfindahl = n == 0 ? Optional.empty() : Optional.of(h);
        Optional<Double> normalized = n == 0 ? Optional.empty()
                : Optional.of(n == 1 ? 1.0 : clamp01((h - 1.0 / n) / (1 - 1.0 / n)));
        Optional<ConnectionWeight> top = weights.isEmpty() ? Optional.empty() : Optional.of(weights.get(0));

        List<KeyPerson> keyPeople = keyPeople(pln, topics);
        List<CutPoint> cutPoints = cutPoints(pln);

        List<Flag> flags = new ArrayList<>();
        if (n >= thresholds.minConnectionsForConcentration()) {
            ConnectionWeight t = top.orElseThrow();
            if (t.share() >= thresholds.topShareLimit()) {
                flags.add(new Flag(FlagType.TOP_SHARE, Optional.of(t.connection()), t.share(),
                        thresholds.topShareLimit()));
            }
            if (normalized.orElseThrow() >= thresholds.concentrationLimit()) {
                flags.add(new Flag(FlagType.CONCENTRATION, Optional.empty(), normalized.orElseThrow(),
                        thresholds.concentrationLimit()));
            }
        }
        for (KeyPerson k : keyPeople) {
            if (k.soleSourceOf().size() >= thresholds.soleSourceTopicsLimit()) {
                flags.add(new Flag(FlagType.SOLE_SOURCE, Optional.of(k.connection()), k.soleSourceOf().size(),
                        thresholds.soleSourceTopicsLimit()));
            }
        }
        return new Reliance(weights, total, herfindahl, normalized, top, keyPeople, cutPoints, flags);
    }

    private static List<KeyPerson> keyPeople(Pln pln, TopicCoverage topics) {
        Map<String, List<String>> sole = new LinkedHashMap<>();
        Map<String, ConnectionRef> refs = new LinkedHashMap<>();
        for (TopicSources t : topics.byTopic()) {
            if (t.status() == Status.FRAGILE) {
                ConnectionRef c = t.sources().get(0).connection();
                refs.put(c.id(), c);
                sole.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(t.topic());
            }
        }
        List<KeyPerson> out = new ArrayList<>();
        sole.forEach((id, ts) -> out.add(new KeyPerson(refs.get(id), ts)));
        out.sort(Comparator.comparingInt((KeyPerson k) -> -k.soleSourceOf().size())
                .thenComparing(k -> k.connection().id()));
        return out;
    }

    private static List<CutPoint> cutPoints(Pln pln) {
        if (pln.links().isEmpty()) {
            return List.of();
        }
        Graph<Vertex, DefaultEdge> g = JGraphTAdapter.connectionsNetwork(pln);
        Set<Vertex> cut = new BiconnectivityInspector<>(g).getCutpoints();
        if (cut.isEmpty()) {
            return List.of();
        }
        ConnectivityInspector<Vertex, DefaultEdge> whole = new ConnectivityInspector<>(g);
        List<CutPoint> out = new ArrayList<>();
        for (Vertex v : cut) {
            Set<Vertex> part = new HashSet<>(whole.connectedSetOf(v));
            part.remove(v);
            List<Set<Vertex>> pieces = new ConnectivityInspector<>(new AsSubgraph<>(g, part)).connectedSets();
            int largest = pieces.stream().mapToInt(Set::size).max().orElse(0);
            Connection c = ((Alter) v).connection();
            out.add(new CutPoint(ConnectionRef.of(c), pieces.size(), part.size() - largest));
        }
        out.sort(Comparator.comparingInt((CutPoint p) -> -p.wouldSeparate()).thenComparing(p -> p.connection().id()));
        return out;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
