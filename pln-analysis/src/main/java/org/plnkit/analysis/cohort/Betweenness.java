package org.plnkit.analysis.cohort;

import java.util.Arrays;
import java.util.Random;

/**
 * Betweenness centrality on the projection, by Brandes' algorithm over unweighted shortest paths (hops): each
 * edge of the projection already stands for a strong similarity, so a path is a chain of similar participants.
 *
 * <p>Exact when the cohort has at most {@code sources} participants. Above, it is estimated from {@code sources}
 * source participants drawn with the seed (Brandes &amp; Pich 2007): the dependencies accumulated from those sources,
 * times n ÷ sources. Sources are taken in fixed chunks of 16 whose partial sums are added in chunk order, so the
 * result is the same for any number of threads.
 *
 * <p>Scores are normalized to [0, 1] by the number of pairs of other participants, (n−1)(n−2)/2.
 */
final class Betweenness {
    private static final int CHUNK = 16;

    private Betweenness() {
    }

    /** The result: a score per participant and whether it is exact. */
    record Result(double[] scores, boolean exact, int sources) {
    }

    static Result compute(Projection projection, int maxSources, long seed, Parallel parallel) {
        int n = projection.participantCount();
        int[] off = projection.rawOffsets();
        int[] adj = projection.rawTargets();
        int[] src;
        boolean exact = n <= maxSources;
        if (exact) {
            src = new int[n];
            for (int i = 0; i < n; i++) {
                src[i] = i;
            }
        } else {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            Random r = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            src = Arrays.copyOf(all, maxSources);
            Arrays.sort(src);
        }
        int chunks = (src.length + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        ThreadLocal<State> state = ThreadLocal.withInitial(() -> new State(n));
        parallel.range(chunks, c -> {
            State st = state.get();
            double[] acc = new double[n];
            for (int x = c * CHUNK; x < Math.min(src.length, (c + 1) * CHUNK); x++) {
                st.single(src[x], off, adj, acc);
            }
            partial[c] = acc;
        });
        double[] bc = new double[n];
        for (double[] acc : partial) {
            for (int i = 0; i < n; i++) {
                bc[i] += acc[i];
            }
        }
        // every pair is seen from both ends in an undirected graph; sampling scales by n / sources
        double scale = 0.5 * (exact ? 1.0 : (double) n / src.length);
        double pairs = n > 2 ? (n - 1.0) * (n - 2.0) / 2.0 : 1.0;
        for (int i = 0; i < n; i++) {
            bc[i] = n > 2 ? Math.min(1.0, bc[i] * scale / pairs) : 0.0;
        }
        return new Result(bc, exact, src.length);
    }

    /** Scratch arrays for one single-source pass. */
    private static final class State {
        final int[] dist;
        final double[] sigma;
        final double[] delta;
        final int[] stack;
        final int[] queue;

        State(int n) {
            dist = new int[n];
            sigma = new double[n];
            delta = new double[n];
            stack = new int[n];
            queue = new int[n];
            Arrays.fill(dist, -1);
        }

        void single(int s, int[] off, int[] adj, double[] acc) {
            int top = 0;
            int head = 0;
            int tail = 0;
            sigma[s] = 1;
            dist[s] = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                int dv = dist[v];
                for (int x = off[v]; x < off[v + 1]; x++) {
                    int w = adj[x];
                    if (dist[w] < 0) {
                        dist[w] = dv + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dv + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                int dw = dist[w];
                for (int x = off[w]; x < off[w + 1]; x++) {
                    int v = adj[x];
                    if (dist[v] == dw - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    acc[w] += delta[w];
                }
            }
            // reset only what was touched
            for (int i = 0; i < tail; i++) {
                int v = queue[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
