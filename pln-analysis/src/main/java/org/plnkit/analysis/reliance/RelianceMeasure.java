package org.plnkit.analysis.reliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.measure.Thresholds;
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
 *
 * @since 0.1.0
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
        return measure(pln, topics, true);
    }

    /**
     * As {@link #measure(Pln, TopicCoverage)}, without the articulation points ({@link Reliance#articulationPoints()}
     * is empty), for a caller that never shows them: nothing else in the result depends on them (the flags, the
     * health score and the action plan do not), and the biconnectivity search was about a third of a cohort's
     * per-participant assessment (issue 17).
     */
    public Reliance measureWithoutArticulationPoints(Pln pln, TopicCoverage topics) {
        return measure(pln, topics, false);
    }

    private Reliance measure(Pln pln, TopicCoverage topics, boolean articulationPoints) {
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
        List<CutPoint> cutPoints = articulationPoints ? cutPoints(pln) : List.of();

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

    /**
     * Articulation points from JGraphT's {@link BiconnectivityInspector}, and for each the parts its component would
     * fall into without it, from the block–cut-point tree: each block holding a cut point becomes one part, whose
     * size is the number of connections on that side of the tree.
     */
    private static List<CutPoint> cutPoints(Pln pln) {
        if (pln.links().isEmpty()) {
            return List.of();
        }
        Graph<String, DefaultEdge> g = JGraphTAdapter.connectionsNetwork(pln);
        BiconnectivityInspector<String, DefaultEdge> inspector = new BiconnectivityInspector<>(g);
        Set<String> cuts = inspector.getCutpoints();
        if (cuts.isEmpty()) {
            return List.of();
        }
        // tree nodes: blocks 0..B-1, then cut points B..B+C-1; a block weighs its vertices that are not cut points,
        // a cut point weighs 1, so that a subtree's weight is the number of connections in it
        List<Graph<String, DefaultEdge>> blocks = new ArrayList<>(inspector.getBlocks());
        List<String> cutList = new ArrayList<>(cuts);
        cutList.sort(Comparator.naturalOrder());
        Map<String, Integer> cutNode = new HashMap<>();
        int b = blocks.size();
        for (int i = 0; i < cutList.size(); i++) {
            cutNode.put(cutList.get(i), b + i);
        }
        int nodes = b + cutList.size();
        int[] weight = new int[nodes];
        List<List<Integer>> tree = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            tree.add(new ArrayList<>());
        }
        for (int i = 0; i < b; i++) {
            for (String v : blocks.get(i).vertexSet()) {
                Integer c = cutNode.get(v);
                if (c == null) {
                    weight[i]++;
                } else {
                    tree.get(i).add(c);
                    tree.get(c).add(i);
                }
            }
        }
        for (int i = b; i < nodes; i++) {
            weight[i] = 1;
        }
        // subtree weights by an iterative depth-first walk of each tree of the forest
        int[] parent = new int[nodes];
        int[] sub = new int[nodes];
        int[] total = new int[nodes];
        Arrays.fill(parent, -2);
        for (int root = 0; root < nodes; root++) {
            if (parent[root] != -2) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            Deque<Integer> stack = new ArrayDeque<>();
            parent[root] = -1;
            stack.push(root);
            while (!stack.isEmpty()) {
                int x = stack.pop();
                order.add(x);
                for (int y : tree.get(x)) {
                    if (parent[y] == -2) {
                        parent[y] = x;
                        stack.push(y);
                    }
                }
            }
            for (int k = order.size() - 1; k >= 0; k--) {
                int x = order.get(k);
                sub[x] += weight[x];
                if (parent[x] >= 0) {
                    sub[parent[x]] += sub[x];
                }
            }
            for (int x : order) {
                total[x] = sub[root];
            }
        }
        Map<String, Connection> byId = new HashMap<>();
        pln.connections().forEach(c -> byId.put(c.id(), c));
        List<CutPoint> out = new ArrayList<>();
        for (String v : cutList) {
            int c = cutNode.get(v);
            int pieces = 0;
            int largest = 0;
            for (int y : tree.get(c)) {
                int size = y == parent[c] ? total[c] - sub[c] : sub[y];
                pieces++;
                largest = Math.max(largest, size);
            }
            Connection conn = byId.get(JGraphTAdapter.connectionId(v));
            out.add(new CutPoint(ConnectionRef.of(conn), pieces, total[c] - 1 - largest));
        }
        out.sort(Comparator.comparingInt((CutPoint p) -> -p.wouldSeparate()).thenComparing(p -> p.connection().id()));
        return out;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
