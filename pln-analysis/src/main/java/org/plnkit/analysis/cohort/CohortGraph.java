package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.plnkit.analysis.engagement.EngagementScale;
import org.plnkit.core.identity.CohortIdentity;
import org.plnkit.core.identity.ParticipantTie;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/**
 * The cohort graph: the participants, the nodes they share (organizations, resources and explicitly shared people
 * named by two participants or more, merged per the input contract by {@link CohortIdentity}), an edge from a
 * participant to each shared node they name, weighted by their engagement with it (value × frequency score; the
 * highest when they name it twice), and an edge between two participants when one names the other
 * ({@link ParticipantTie}). Nodes named by one participant only say nothing about the cohort and are left out.
 *
 * <p>Held compactly (sorted index arrays: about 20 bytes per edge); {@link #asGraph()} builds the same graph as a
 * JGraphT graph for other algorithms. Immutable. Participants are numbered in input order, shared nodes in order of
 * their first mention.
 *
 * <pre>{@code
 * CohortGraph g = CohortGraph.of(cohort, CohortIdentity.resolve(cohort), EngagementScale.DEFAULT);
 * g.node(0).name();              // "American Association of School Librarians"
 * g.participantsOf(0).length;    // how many participants rely on it
 * g.isIsolated(7);               // shares nothing with anyone
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortGraph {
    private final List<Participant> participants;
    private final List<SharedNode> nodes;
    private final List<Optional<String>> urls;
    private final int[][] nodesOf;
    private final double[][] weightsOf;
    private final int[][] participantsOf;
    private final int[][] tiesOf;
    private final double[] nodeWeight;
    /** Per participant, per connection (input order): the index of its identity node among all the cohort's
     *  identity nodes, or {@code -2 - p} when the connection is participant {@code p}. */
    private final int[][] connectionNode;
    private final int[] sharedIndexOfNode;
    private final Map<String, Integer> participantIndex;
    private final String[] displayNames;

    private CohortGraph(List<Participant> participants, List<SharedNode> nodes, List<Optional<String>> urls,
                        int[][] nodesOf, double[][] weightsOf, int[][] participantsOf, int[][] tiesOf,
                        double[] nodeWeight, int[][] connectionNode, int[] sharedIndexOfNode,
                        Map<String, Integer> participantIndex, String[] displayNames) {
        this.participants = participants;
        this.nodes = nodes;
        this.urls = urls;
        this.nodesOf = nodesOf;
        this.weightsOf = weightsOf;
        this.participantsOf = participantsOf;
        this.tiesOf = tiesOf;
        this.nodeWeight = nodeWeight;
        this.connectionNode = connectionNode;
        this.sharedIndexOfNode = sharedIndexOfNode;
        this.participantIndex = participantIndex;
        this.displayNames = displayNames;
    }

    /** Builds the cohort graph; {@code identity} must have been resolved on this cohort. */
    public static CohortGraph of(Cohort cohort, CohortIdentity identity, EngagementScale scale) {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(scale, "scale");
        List<Pln> plns = cohort.plns();
        int p = plns.size();
        Map<String, Integer> pIndex = new HashMap<>(p * 2);
        List<Participant> participants = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            Participant part = plns.get(i).participant();
            pIndex.put(part.id(), i);
            participants.add(part);
        }
        List<SharedNode> all = identity.nodes();
        IdentityHashMap<SharedNode, Integer> allIndex = new IdentityHashMap<>(all.size() * 2);
        int[] sharedIdx = new int[all.size()];
        List<SharedNode> shared = new ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            SharedNode node = all.get(n);
            allIndex.put(node, n);
            if (node.isShared()) {
                sharedIdx[n] = shared.size();
                shared.add(node);
            } else {
                sharedIdx[n] = -1;
            }
        }
        int s = shared.size();
        boolean byIndex = identity.isOf(cohort); // else found by participant and connection id (same nodes)
        Spellings[] urlSpellings = new Spellings[s];
        int[][] nodesOf = new int[p][];
        double[][] weightsOf = new double[p][];
        int[][] connectionNode = new int[p][];
        int[] counts = new int[s];
        Spellings[] spellings = new Spellings[s];
        Spellings.Tidy tidy = new Spellings.Tidy();
        for (int i = 0; i < p; i++) {
            Pln pln = plns.get(i);
            String pid = pln.participant().id();
            List<Connection> cs = pln.connections();
            int[] cn = new int[cs.size()];
            long[] pairs = new long[cs.size()];
            double[] w = new double[cs.size()];
            int k = 0;
            for (int c = 0; c < cs.size(); c++) {
                Connection conn = cs.get(c);
                int n = byIndex ? identity.nodeIndex(cohort, i, c)
                        : identity.nodeOf(pid, conn.id()).map(allIndex::get).orElse(-1);
                if (n >= 0) {
                    cn[c] = n;
                    int j = sharedIdx[n];
                    if (j >= 0) {
                        pairs[k] = ((long) j << 32) | c;
                        w[c] = scale.weight(conn);
                        k++;
                        if (spellings[j] == null) {
                            spellings[j] = new Spellings();
                        }
                        spellings[j].add(tidy.name(conn.name()), i);
                        if (conn.url().isPresent()) {
                            if (urlSpellings[j] == null) {
                                urlSpellings[j] = new Spellings();
                            }
                            urlSpellings[j].add(tidy.url(conn.url().get()), i);
                        }
                    }
                } else {
                    Integer other = (byIndex ? identity.participantAt(cohort, i, c) : identity.participantOf(pid,
                            conn.id())).map(pIndex::get).orElse(null);
                    cn[c] = other == null ? -1 : -2 - other;
                }
            }
            connectionNode[i] = cn;
            Arrays.sort(pairs, 0, k);
            int[] ns = new int[k];
            double[] ws = new double[k];
            int m = 0;
            for (int x = 0; x < k; x++) {
                int j = (int) (pairs[x] >>> 32);
                double wt = w[(int) (pairs[x] & 0xffffffffL)];
                if (m > 0 && ns[m - 1] == j) {
                    ws[m - 1] = Math.max(ws[m - 1], wt);
                } else {
                    ns[m] = j;
                    ws[m] = wt;
                    m++;
                    counts[j]++;
                }
            }
            nodesOf[i] = Arrays.copyOf(ns, m);
            weightsOf[i] = Arrays.copyOf(ws, m);
        }
        int[][] participantsOf = new int[s][];
        for (int j = 0; j < s; j++) {
            participantsOf[j] = new int[counts[j]];
        }
        int[] fill = new int[s];
        double[] nodeWeight = new double[s];
        for (int i = 0; i < p; i++) {
            int[] ns = nodesOf[i];
            for (int x = 0; x < ns.length; x++) {
                int j = ns[x];
                participantsOf[j][fill[j]++] = i;
                nodeWeight[j] += weightsOf[i][x];
            }
        }
        List<Optional<String>> urls = new ArrayList<>(s);
        for (int j = 0; j < s; j++) {
            urls.add(urlSpellings[j] == null ? Optional.empty() : urlSpellings[j].mostUsed());
        }
        return new CohortGraph(List.copyOf(participants), List.copyOf(shared), List.copyOf(urls), nodesOf,
                weightsOf, participantsOf, ties(identity.participantTies(), pIndex, p), nodeWeight, connectionNode,
                sharedIdx, pIndex, displayNames(shared, spellings));
    }

    /**
     * Per shared node: the spelling most participants used (each participant counted once), ties to the first seen
     * in input order; never lower- or upper-cased ("#titletalk" by 30 and "#TITLETALK" by 1: "#titletalk"), runs of
     * spaces collapsed ({@link Spellings}).
     */
    private static String[] displayNames(List<SharedNode> shared, Spellings[] spellings) {
        String[] out = new String[shared.size()];
        for (int j = 0; j < out.length; j++) {
            String fallback = shared.get(j).name();
            out[j] = spellings[j] == null ? Spellings.tidyName(fallback)
                    : spellings[j].mostUsed().orElseGet(() -> Spellings.tidyName(fallback));
        }
        return out;
    }

    /** What a shared node is called in district outputs: see {@link #displayNames}. */
    public String displayName(int node) {
        return displayNames[node];
    }

    private static int[][] ties(List<ParticipantTie> list, Map<String, Integer> pIndex, int p) {
        long[] pairs = new long[list.size() * 2];
        int k = 0;
        for (ParticipantTie t : list) {
            Integer a = pIndex.get(t.from());
            Integer b = pIndex.get(t.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            pairs[k++] = ((long) a << 32) | b;
            pairs[k++] = ((long) b << 32) | a;
        }
        Arrays.sort(pairs, 0, k);
        int[] deg = new int[p];
        long last = -1;
        for (int x = 0; x < k; x++) {
            if (pairs[x] != last) {
                deg[(int) (pairs[x] >>> 32)]++;
                last = pairs[x];
            }
        }
        int[][] out = new int[p][];
        for (int i = 0; i < p; i++) {
            out[i] = new int[deg[i]];
        }
        int[] fill = new int[p];
        last = -1;
        for (int x = 0; x < k; x++) {
            if (pairs[x] != last) {
                int a = (int) (pairs[x] >>> 32);
                out[a][fill[a]++] = (int) pairs[x];
                last = pairs[x];
            }
        }
        return out;
    }

    /** The number of participants. */
    public int participantCount() {
        return participants.size();
    }

    /** The number of shared nodes (named by two participants or more). */
    public int nodeCount() {
        return nodes.size();
    }

    /** The participant with this index (input order). */
    public Participant participant(int index) {
        return participants.get(index);
    }

    /** The participants, in input order. */
    public List<Participant> participants() {
        return participants;
    }

    /** The index of the participant with this id. */
    public Optional<Integer> indexOf(String participantId) {
        return Optional.ofNullable(participantIndex.get(participantId));
    }

    /** The shared node with this index. */
    public SharedNode node(int index) {
        return nodes.get(index);
    }

    /** The shared nodes, in order of first mention. */
    public List<SharedNode> nodes() {
        return nodes;
    }

    /**
     * The web address of a shared node as most participants wrote it (scheme and host lower-cased, ties to the first
     * seen in input order), if any participant gave one.
     */
    public Optional<String> url(int node) {
        return urls.get(node);
    }

    /** The shared nodes a participant names, by index, ascending. */
    public int[] nodesOf(int participant) {
        return nodesOf[participant].clone();
    }

    /** The participant's engagement weight with each node of {@link #nodesOf(int)}, in the same order. */
    public double[] weightsOf(int participant) {
        return weightsOf[participant].clone();
    }

    /** The participants who name a shared node, by index, ascending. */
    public int[] participantsOf(int node) {
        return participantsOf[node].clone();
    }

    /** How many participants name a shared node. */
    public int reliance(int node) {
        return participantsOf[node].length;
    }

    /** The sum of the engagement weights of the participants who name a shared node. */
    public double weight(int node) {
        return nodeWeight[node];
    }

    /** The participants tied to a participant (one names the other), by index, ascending. */
    public int[] tiesOf(int participant) {
        return tiesOf[participant].clone();
    }

    /** How many shared nodes and participant ties a participant has. */
    public int degree(int participant) {
        return nodesOf[participant].length + tiesOf[participant].length;
    }

    /** Whether a participant shares nothing with anyone: no shared node and no tie to another participant. */
    public boolean isIsolated(int participant) {
        return degree(participant) == 0;
    }

    /** The number of participant–node edges. */
    public long relianceEdges() {
        long e = 0;
        for (int[] ns : nodesOf) {
            e += ns.length;
        }
        return e;
    }

    /** The number of participant–participant ties. */
    public long tieEdges() {
        long e = 0;
        for (int[] ts : tiesOf) {
            e += ts.length;
        }
        return e / 2;
    }

    /**
     * The cohort graph as an unmodifiable JGraphT graph: participants first (input order), then shared nodes;
     * participant–node edges weighted by engagement, participant ties weighted 1. Built on each call.
     */
    public Graph<CohortVertex, DefaultWeightedEdge> asGraph() {
        SimpleWeightedGraph<CohortVertex, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        CohortVertex[] pv = new CohortVertex[participants.size()];
        for (int i = 0; i < pv.length; i++) {
            pv[i] = new CohortVertex(CohortVertex.Type.PARTICIPANT, i, participants.get(i).id());
            g.addVertex(pv[i]);
        }
        CohortVertex[] nv = new CohortVertex[nodes.size()];
        for (int j = 0; j < nv.length; j++) {
            nv[j] = new CohortVertex(CohortVertex.Type.NODE, j, nodes.get(j).id());
            g.addVertex(nv[j]);
        }
        for (int i = 0; i < pv.length; i++) {
            for (int x = 0; x < nodesOf[i].length; x++) {
                DefaultWeightedEdge e = g.addEdge(pv[i], nv[nodesOf[i][x]]);
                g.setEdgeWeight(e, weightsOf[i][x]);
            }
            for (int t : tiesOf[i]) {
                if (t > i) {
                    g.addEdge(pv[i], pv[t]);
                }
            }
        }
        return new AsUnmodifiableGraph<>(g);
    }

    // ------------------------------------------------------------------ for the analysis in this package

    int[] rawNodesOf(int participant) {
        return nodesOf[participant];
    }

    int[] rawParticipantsOf(int node) {
        return participantsOf[node];
    }

    int[] rawTiesOf(int participant) {
        return tiesOf[participant];
    }

    /** The identity node of each connection of a participant (see the field). */
    int[] connectionNodes(int participant) {
        return connectionNode[participant];
    }

    /** The shared index of an identity node, or -1 when only one participant names it. */
    int sharedIndex(int identityNode) {
        return identityNode < 0 ? -1 : sharedIndexOfNode[identityNode];
    }
}
