package org.plnkit.analysis.cohort;

import java.util.Arrays;

/**
 * Builds the {@link Projection} without enumerating every pair of a hub's participants.
 *
 * <ol>
 *   <li>Each shared node j has a rarity weight r(j) = 1 / (d<sub>j</sub> − 1), d<sub>j</sub> the participants naming
 *       it (the resource-allocation index: each of them passes an equal share of one unit to the others); a tie
 *       between two participants weighs like a node named by two, 1. Weights are summed in fixed point
 *       (millionths), so that a sum never depends on the order it was added in.</li>
 *   <li>For each participant p, every other participant q gets the sum of the rarity weights of the nodes both
 *       name. A node named by more than {@code hubSample} participants does not give all d(d−1)/2 pairs: its
 *       participants are put on a ring in a seeded pseudo-random order, and each is paired with the
 *       {@code hubSample}/2 before and after it on the ring — a symmetric sample (q is among p's ring neighbours
 *       exactly when p is among q's).</li>
 *   <li>p proposes its {@code candidates} strongest others (ties: lower index first).</li>
 *   <li>The proposed pairs are taken strongest first (ties: lower indices first); a pair becomes an edge when
 *       neither participant has k neighbours yet (a greedy b-matching), so no degree exceeds k.</li>
 * </ol>
 */
final class ProjectionBuilder {
    private static final double FIXED = 1_000_000.0;
    /** Scores fit in 39 bits (a pair sharing 150 nodes, each at most 1, scores 1.5e8), participant indices in 24. */
    private static final long SCORE_MAX = (1L << 39) - 1;

    private ProjectionBuilder() {
    }

    static Projection build(CohortGraph g, CohortOptions o, Parallel parallel) {
        int n = g.participantCount();
        int s = g.nodeCount();
        if (n >= (1 << 24)) {
            throw new IllegalArgumentException("a cohort of more than 16 million participants is not supported");
        }
        int k = effectiveNeighbours(o.neighbours(), n);
        int sample = o.hubSample();
        int half = sample / 2;
        long[] rarity = new long[s];
        long fullPairs = 0;
        long countedPairs = 0;
        int hubs = 0;
        int[][] ring = new int[s][];
        long[][] ringHash = new long[s][];
        for (int j = 0; j < s; j++) {
            int[] members = g.rawParticipantsOf(j);
            long d = members.length;
            rarity[j] = fixed(rarity(d));
            fullPairs += d * (d - 1) / 2;
            if (d > sample) {
                hubs++;
                countedPairs += d * half;
                long[] hashes = new long[members.length];
                Integer[] order = new Integer[members.length];
                for (int x = 0; x < members.length; x++) {
                    hashes[x] = mix(o.seed(), j, members[x]);
                    order[x] = x;
                }
                Arrays.sort(order, (a, b) -> {
                    int c = Long.compare(hashes[a], hashes[b]);
                    return c != 0 ? c : Integer.compare(members[a], members[b]);
                });
                ring[j] = new int[members.length];
                ringHash[j] = new long[members.length];
                for (int x = 0; x < members.length; x++) {
                    ring[j][x] = members[order[x]];
                    ringHash[j][x] = hashes[order[x]];
                }
            } else {
                countedPairs += d * (d - 1) / 2;
            }
        }
        long tieRarity = fixed(rarity(2));
        long ties = g.tieEdges();
        fullPairs += ties;
        countedPairs += ties;

        int m = o.candidates();
        int[][] cand = new int[n][];
        long[][] candScore = new long[n][];
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        parallel.range(n, p -> {
            Scratch sc = scratch.get();
            sc.clear();
            for (int j : g.rawNodesOf(p)) {
                if (ring[j] == null) {
                    for (int q : g.rawParticipantsOf(j)) {
                        if (q != p) {
                            sc.add(q, rarity[j]);
                        }
                    }
                } else {
                    int[] r = ring[j];
                    int pos = position(r, ringHash[j], mix(o.seed(), j, p), p);
                    int d = r.length;
                    for (int off = 1; off <= half; off++) {
                        sc.add(r[(pos + off) % d], rarity[j]);
                        sc.add(r[(pos - off + d) % d], rarity[j]);
                    }
                }
            }
            for (int q : g.rawTiesOf(p)) {
                sc.add(q, tieRarity);
            }
            sc.top(m, p, cand, candScore);
        });

        // candidate pairs, each once: from p's side when p < q, or when p is not among q's candidates
        int[][] sortedCand = new int[n][];
        for (int p = 0; p < n; p++) {
            sortedCand[p] = cand[p].clone();
            Arrays.sort(sortedCand[p]);
        }
        int total = 0;
        for (int p = 0; p < n; p++) {
            total += cand[p].length;
        }
        int[] ea = new int[total];
        int[] eb = new int[total];
        long[] es = new long[total];
        int e = 0;
        for (int p = 0; p < n; p++) {
            for (int x = 0; x < cand[p].length; x++) {
                int q = cand[p][x];
                if (p < q || Arrays.binarySearch(sortedCand[q], p) < 0) {
                    ea[e] = Math.min(p, q);
                    eb[e] = Math.max(p, q);
                    es[e] = candScore[p][x];
                    e++;
                }
            }
        }
        int edgesProposed = e;
        int[] order = new int[e];
        for (int x = 0; x < e; x++) {
            order[x] = x;
        }
        IntSort.sort(order, (x, y) -> {
            int c = Long.compare(es[y], es[x]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(ea[x], ea[y]);
            return c != 0 ? c : Integer.compare(eb[x], eb[y]);
        });
        int[] deg = new int[n];
        boolean[] keep = new boolean[e];
        long kept = 0;
        for (int x : order) {
            int a = ea[x];
            int b = eb[x];
            if (deg[a] < k && deg[b] < k) {
                deg[a]++;
                deg[b]++;
                keep[x] = true;
                kept++;
            }
        }
        int[] offsets = new int[n + 1];
        for (int p = 0; p < n; p++) {
            offsets[p + 1] = offsets[p] + deg[p];
        }
        int[] targets = new int[offsets[n]];
        long[] tw = new long[offsets[n]];
        int[] fill = offsets.clone();
        for (int x : order) {   // strongest first: each participant's list comes out sorted by weight, then index
            if (keep[x]) {
                int a = ea[x];
                int b = eb[x];
                targets[fill[a]] = b;
                tw[fill[a]++] = es[x];
                targets[fill[b]] = a;
                tw[fill[b]++] = es[x];
            }
        }
        // equal weights: order by neighbour index (the global order broke ties by the pair, not per participant)
        for (int p = 0; p < n; p++) {
            sortRun(targets, tw, offsets[p], offsets[p + 1]);
        }
        double[] weights = new double[targets.length];
        for (int x = 0; x < targets.length; x++) {
            weights[x] = tw[x] / FIXED;
        }
        int leftWithout = 0;
        for (int p = 0; p < n; p++) {
            if (deg[p] == 0 && cand[p].length > 0) {
                leftWithout++;
            }
        }
        return new Projection(offsets, targets, weights, new Projection.Stats(k, sample, hubs, fullPairs,
                countedPairs, edgesProposed, kept, leftWithout));
    }

    /**
     * k for a cohort of n: the option, but at most ⌈√n / 2⌉ and at least 3, so that in a small cohort the k
     * neighbours are not a third of everyone (a projection that dense shows no groups).
     */
    static int effectiveNeighbours(int k, int n) {
        return Math.min(k, Math.max(3, (int) Math.ceil(Math.sqrt(n) / 2)));
    }

    /** Insertion sort of one participant's neighbours by weight (descending), then index. */
    private static void sortRun(int[] t, long[] w, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int ti = t[i];
            long wi = w[i];
            int j = i - 1;
            while (j >= from && (w[j] < wi || w[j] == wi && t[j] > ti)) {
                t[j + 1] = t[j];
                w[j + 1] = w[j];
                j--;
            }
            t[j + 1] = ti;
            w[j + 1] = wi;
        }
    }

    /** The rarity weight of a node named by d participants: 1 / (d − 1). */
    static double rarity(long d) {
        return 1.0 / (d - 1);
    }

    static long fixed(double v) {
        return Math.round(v * FIXED);
    }

    /**
     * Moves the {@code m} smallest of {@code keys[0, size)} to its front in ascending order and returns how many
     * that is ({@code min(m, size)}); the rest of the array is left in no particular order. The same front as
     * sorting the whole range, without sorting it: a participant touches thousands of others and proposes 30.
     */
    static int smallest(long[] keys, int size, int m) {
        int c = Math.min(m, size);
        if (c <= 0) {
            return 0;
        }
        // keys[0, c) is a max-heap of the c smallest seen so far
        for (int i = 1; i < c; i++) {
            siftUp(keys, i);
        }
        for (int i = c; i < size; i++) {
            long k = keys[i];
            if (k < keys[0]) {
                keys[i] = keys[0];
                keys[0] = k;
                siftDown(keys, c);
            }
        }
        Arrays.sort(keys, 0, c);
        return c;
    }

    private static void siftUp(long[] h, int i) {
        long k = h[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (h[parent] >= k) {
                break;
            }
            h[i] = h[parent];
            i = parent;
        }
        h[i] = k;
    }

    private static void siftDown(long[] h, int c) {
        long k = h[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= c) {
                break;
            }
            if (child + 1 < c && h[child + 1] > h[child]) {
                child++;
            }
            if (h[child] <= k) {
                break;
            }
            h[i] = h[child];
            i = child;
        }
        h[i] = k;
    }

    /** Where participant p sits on a hub's ring (sorted by hash, then index). */
    private static int position(int[] ring, long[] hashes, long h, int p) {
        int i = Arrays.binarySearch(hashes, h);
        if (i < 0) {
            throw new IllegalStateException("participant " + p + " is not on the ring");
        }
        while (i > 0 && hashes[i - 1] == h) {
            i--;
        }
        while (ring[i] != p) {
            i++;
        }
        return i;
    }

    /** SplitMix64 of the seed, the node and the participant: the pseudo-random ring order. */
    static long mix(long seed, int node, int participant) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + node) + 0xC2B2AE3D27D4EB4FL * (1 + participant);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Per-thread score accumulator: a dense array and the list of indices touched. */
    private static final class Scratch {
        final long[] score;
        int[] touched = new int[256];
        long[] keys = new long[256];
        int size;

        Scratch(int n) {
            score = new long[n];
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                score[touched[i]] = 0;
            }
            size = 0;
        }

        void add(int q, long w) {
            if (score[q] == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = q;
            }
            score[q] += w;
        }

        /** The m strongest (ties: lower index), strongest first. */
        void top(int m, int p, int[][] cand, long[][] candScore) {
            if (keys.length < size) {
                keys = new long[Math.max(size, 2 * keys.length)];
            }
            for (int i = 0; i < size; i++) {
                int q = touched[i];
                keys[i] = ((SCORE_MAX - Math.min(score[q], SCORE_MAX)) << 24) | q;
            }
            int c = smallest(keys, size, m);
            int[] qs = new int[c];
            long[] ws = new long[c];
            for (int i = 0; i < c; i++) {
                qs[i] = (int) (keys[i] & 0xFFFFFF);
                ws[i] = score[qs[i]];
            }
            cand[p] = qs;
            candScore[p] = ws;
        }
    }
}
