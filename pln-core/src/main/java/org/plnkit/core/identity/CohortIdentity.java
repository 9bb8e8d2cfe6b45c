package org.plnkit.core.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;

/**
 * The cross-participant identity of a cohort, per the input contract. Two mentions of an organization or a
 * resource are the same {@link SharedNode} when they share a normalized url, or the same kind and normalized
 * name, or the same explicit shared id; the relation is transitive, so mentions chain through shared urls and
 * names. People are merged only by an explicit shared id. A connection whose shared id equals another
 * participant's id is that participant: it becomes a {@link ParticipantTie}, not a node. Every other mention
 * belongs to exactly one node (a mention that shares nothing is a node of its own).
 *
 * <p>Resolving takes time linear in the number of mentions (union-find); the result is immutable and its order
 * follows the input: nodes in order of their first mention.
 *
 * <pre>{@code
 * CohortIdentity identity = CohortIdentity.resolve(cohort);
 * for (SharedNode n : identity.nodes()) {
 *     if (n.isShared()) System.out.println(n.name() + " is named by " + n.participantIds().size());
 * }
 * identity.participantTies();   // maria-lopez lists jane-kim, who is a participant too
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortIdentity {
    private final List<SharedNode> nodes;
    private final List<ParticipantTie> ties;
    /**
     * The cohort resolved, and per participant (as there) and connection: the index of its node, or for a tie to
     * another participant -2 - the index of the tie.
     */
    private final Cohort cohort;
    private final int[][] nodeIndex;
    /** By mention and by id: made on first use (a cohort of 100,000 participants has millions of mentions). */
    private volatile Lookup lookup;

    private record Lookup(Map<Mention, SharedNode> byMention, Map<Mention, String> tiedParticipant,
                          Map<String, SharedNode> byId) {
    }

    private CohortIdentity(List<SharedNode> nodes, List<ParticipantTie> ties, Cohort cohort, int[][] nodeIndex) {
        this.nodes = List.copyOf(nodes);
        this.ties = List.copyOf(ties);
        this.cohort = cohort;
        this.nodeIndex = nodeIndex;
    }

    private Lookup lookup() {
        Lookup l = lookup;
        if (l == null) {
            Map<Mention, SharedNode> m = new HashMap<>();
            Map<String, SharedNode> ids = new HashMap<>();
            for (SharedNode n : nodes) {
                ids.put(n.id(), n);
                for (Mention mention : n.mentions()) {
                    m.put(mention, n);
                }
            }
            Map<Mention, String> t = new HashMap<>();
            for (ParticipantTie tie : ties) {
                t.put(tie.mention(), tie.participantId());
            }
            l = new Lookup(m, t, ids);
            lookup = l;
        }
        return l;
    }

    /** Resolves the identity of every mention of the cohort. */
    public static CohortIdentity resolve(Cohort cohort) {
        Objects.requireNonNull(cohort, "cohort");
        return new Resolver(cohort).resolve();
    }

    /** The nodes, in order of their first mention in the input. */
    public List<SharedNode> nodes() {
        return nodes;
    }

    /** The ties between participants (a connection that is another participant), in input order. */
    public List<ParticipantTie> participantTies() {
        return ties;
    }

    /** The node a participant's connection belongs to; empty when it is another participant, or unknown. */
    public Optional<SharedNode> nodeOf(String participantId, String connectionId) {
        return Optional.ofNullable(lookup().byMention().get(new Mention(participantId, connectionId)));
    }

    /** The participant a connection is, when its shared id is another participant's id. */
    public Optional<String> participantOf(String participantId, String connectionId) {
        return Optional.ofNullable(lookup().tiedParticipant().get(new Mention(participantId, connectionId)));
    }

    /** The node with this id. */
    public Optional<SharedNode> node(String id) {
        return Optional.ofNullable(lookup().byId().get(id));
    }

    /**
     * The index in {@link #nodes} of the node of a participant's connection, both given by their place in the
     * cohort that was resolved: the same as {@code nodes().indexOf(nodeOf(participant id, connection id))}, without
     * a lookup. -1 when the connection is another participant ({@link #participantOf}).
     *
     * @throws IllegalArgumentException when {@code cohort} is not the cohort this identity was resolved from
     */
    public int nodeIndex(Cohort cohort, int participant, int connection) {
        if (cohort != this.cohort) {
            throw new IllegalArgumentException("not the cohort this identity was resolved from");
        }
        int n = nodeIndex[participant][connection];
        return n >= 0 ? n : -1;
    }

    /**
     * The participant a participant's connection is, both given by their place in the cohort that was resolved: the
     * same as {@link #participantOf} by ids, without a lookup.
     *
     * @throws IllegalArgumentException when {@code cohort} is not the cohort this identity was resolved from
     */
    public Optional<String> participantAt(Cohort cohort, int participant, int connection) {
        if (cohort != this.cohort) {
            throw new IllegalArgumentException("not the cohort this identity was resolved from");
        }
        int n = nodeIndex[participant][connection];
        return n <= -2 ? Optional.of(ties.get(-2 - n).participantId()) : Optional.empty();
    }

    /** Whether this identity was resolved from this very cohort (so that {@link #nodeIndex} answers for it). */
    public boolean isOf(Cohort cohort) {
        return cohort == this.cohort;
    }

    /** The nodes named by more than one participant, in order of first mention. */
    public List<SharedNode> sharedNodes() {
        return nodes.stream().filter(SharedNode::isShared).toList();
    }

    /** Union-find over the mentions of one cohort. */
    private static final class Resolver {
        private static final int TIE = -2;

        private final List<String> participantOfMention = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        private final int[] parent;
        private final int[] size;
        /** identity key → its number; by number: the key, and the first mention that has it. */
        private final Map<String, Integer> keyNumbers = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private int[] firstWithKey = new int[1024];
        /**
         * The number of the key of each url and of each kind and name as written (-1 for none): shared organizations
         * and resources are named, in a few spellings, on thousands of rows, and normalizing a name (NFKC, case
         * folding) costs; a mention then costs one look-up per key, not two (#17).
         */
        private final Map<String, Integer> urlKeys = new HashMap<>();
        private final Map<Kind, Map<String, Integer>> nameKeys = new java.util.EnumMap<>(Kind.class);
        private static final Integer NO_KEY = -1;
        private final Cohort cohort;

        Resolver(Cohort cohort) {
            this.cohort = cohort;
            for (Pln pln : cohort.plns()) {
                for (Connection c : pln.connections()) {
                    participantOfMention.add(pln.participant().id());
                    connections.add(c);
                }
            }
            int n = connections.size();
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        CohortIdentity resolve() {
            Map<String, String> participants = new HashMap<>();
            for (Pln pln : cohort.plns()) {
                participants.putIfAbsent(IdentityKeys.sharedId(pln.participant().id()), pln.participant().id());
            }
            int n = connections.size();
            List<ParticipantTie> ties = new ArrayList<>();
            boolean[] tie = new boolean[n];
            int[] tieOf = new int[n];
            for (int i = 0; i < n; i++) {
                Connection c = connections.get(i);
                String owner = participantOfMention.get(i);
                if (c.sharedId().isPresent()) {
                    String key = IdentityKeys.sharedId(c.sharedId().get());
                    String other = participants.get(key);
                    if (other != null && !other.equals(owner)) {
                        tie[i] = true;
                        tieOf[i] = ties.size();
                        ties.add(new ParticipantTie(new Mention(owner, c.id()), other));
                        continue;
                    }
                    join(i, number("id:" + key));
                }
                if (c.kind() != Kind.PERSON) {
                    if (c.url().isPresent()) {
                        String written = c.url().get();
                        Integer url = urlKeys.get(written);
                        if (url == null) {
                            url = IdentityKeys.url(written).map(k -> number("url:" + k)).orElse(NO_KEY);
                            urlKeys.put(written, url);
                        }
                        join(i, url);
                    }
                    Map<String, Integer> ofKind = nameKeys.get(c.kind());
                    if (ofKind == null) {
                        ofKind = new HashMap<>();
                        nameKeys.put(c.kind(), ofKind);
                    }
                    Integer name = ofKind.get(c.name());
                    if (name == null) {
                        String normal = IdentityKeys.name(c.name());
                        name = normal.isEmpty() ? NO_KEY : number(c.kind().id() + ":" + normal);
                        ofKind.put(c.name(), name);
                    }
                    join(i, name);
                }
            }
            // nodes in order of first mention
            int[] nodeOfRoot = new int[n];
            Arrays.fill(nodeOfRoot, -1);
            int[] nodeOf = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (tie[i]) {
                    nodeOf[i] = TIE;
                    continue;
                }
                int r = find(i);
                if (nodeOfRoot[r] < 0) {
                    nodeOfRoot[r] = count++;
                }
                nodeOf[i] = nodeOfRoot[r];
            }
            // the id of a node: its best key (shared id, then url, then name; then alphabetical)
            String[] bestKey = new String[count];
            for (int k = 0; k < keys.size(); k++) {
                int node = nodeOf[firstWithKey[k]];
                if (bestKey[node] == null || better(keys.get(k), bestKey[node])) {
                    bestKey[node] = keys.get(k);
                }
            }
            // the mentions of each node, in input order: start[k]..start[k + 1] in byNode (no list per node)
            int[] start = new int[count + 1];
            for (int i = 0; i < n; i++) {
                if (nodeOf[i] >= 0) {
                    start[nodeOf[i] + 1]++;
                }
            }
            for (int k = 0; k < count; k++) {
                start[k + 1] += start[k];
            }
            int[] byNode = new int[start[count]];
            int[] fill = Arrays.copyOf(start, count);
            for (int i = 0; i < n; i++) {
                if (nodeOf[i] >= 0) {
                    byNode[fill[nodeOf[i]]++] = i;
                }
            }
            List<SharedNode> nodes = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int size = start[k + 1] - start[k];
                Connection first = connections.get(byNode[start[k]]);
                Mention firstMention = new Mention(participantOfMention.get(byNode[start[k]]), first.id());
                String id = bestKey[k] != null ? bestKey[k] : "mention:" + firstMention.participantId() + "/"
                        + firstMention.connectionId();
                if (size == 1) { // most nodes: a person only one participant names
                    nodes.add(new SharedNode(id, first.kind(), first.name().strip(), first.category(),
                            List.of(firstMention)));
                    continue;
                }
                List<Mention> mentions = new ArrayList<>(size);
                List<String> names = new ArrayList<>(size);
                List<Kind> kinds = new ArrayList<>(size);
                List<String> categories = new ArrayList<>(size);
                for (int x = start[k]; x < start[k + 1]; x++) {
                    int i = byNode[x];
                    Connection c = connections.get(i);
                    mentions.add(x == start[k] ? firstMention : new Mention(participantOfMention.get(i), c.id()));
                    names.add(c.name().strip());
                    kinds.add(c.kind());
                    categories.add(c.category());
                }
                nodes.add(new SharedNode(id, mostFrequent(kinds), mostFrequent(names), mostFrequent(categories),
                        mentions));
            }
            int[][] index = new int[cohort.plns().size()][];
            int at = 0;
            for (int p = 0; p < index.length; p++) {
                int[] of = new int[cohort.plns().get(p).connections().size()];
                for (int c = 0; c < of.length; c++, at++) {
                    of[c] = nodeOf[at] >= 0 ? nodeOf[at] : -2 - tieOf[at];
                }
                index[p] = of;
            }
            return new CohortIdentity(nodes, ties, cohort, index);
        }

        /** The number of a key, given when first seen. */
        private Integer number(String key) {
            Integer n = keyNumbers.get(key);
            if (n == null) {
                n = keys.size();
                keyNumbers.put(key, n);
                keys.add(key);
                if (n == firstWithKey.length) {
                    firstWithKey = Arrays.copyOf(firstWithKey, n * 2);
                }
                firstWithKey[n] = -1;
            }
            return n;
        }

        /** Joins a mention with the first that has the key numbered {@code key} (none when -1). */
        private void join(int mention, int key) {
            if (key < 0) {
                return;
            }
            int first = firstWithKey[key];
            if (first < 0) {
                firstWithKey[key] = mention;
            } else {
                union(first, mention);
            }
        }

        private int find(int x) {
            int root = x;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[x] != root) {
                int next = parent[x];
                parent[x] = root;
                x = next;
            }
            return root;
        }

        private void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }

        private static boolean better(String a, String b) {
            int ra = rank(a);
            int rb = rank(b);
            return ra != rb ? ra < rb : a.compareTo(b) < 0;
        }

        private static int rank(String key) {
            return key.startsWith("id:") ? 0 : key.startsWith("url:") ? 1 : 2;
        }

        /** The most frequent value; ties go to the first in input order. */
        private static <T> T mostFrequent(List<T> values) {
            if (values.size() == 1) {
                return values.get(0);
            }
            Map<T, Integer> counts = new HashMap<>();
            for (T v : values) {
                counts.merge(v, 1, Integer::sum);
            }
            T best = null;
            int bestCount = 0;
            for (T v : values) {
                int c = counts.get(v);
                if (c > bestCount) {
                    best = v;
                    bestCount = c;
                }
            }
            return best;
        }
    }
}
