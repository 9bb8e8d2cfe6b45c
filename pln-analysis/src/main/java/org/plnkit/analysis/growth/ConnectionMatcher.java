package org.plnkit.analysis.growth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;

/**
 * Pairs the connections of two snapshots of one PLN, the way cohort identity ({@code core.identity}) recognizes a
 * connection: first by the local id, then by the shared id, then by the url, then by kind and normalized name
 * ({@link IdentityKeys}). Each stage pairs only connections the earlier stages left unpaired; within a stage the
 * k-th unpaired connection with a key in BEFORE is paired with the k-th unpaired one with that key in AFTER (input
 * order), so that pairing is symmetric: swapping the snapshots swaps the pairs. Unlike a cohort, people are also
 * paired by url and name here: both snapshots are the same participant's, so "Jane Kim" is the same Jane Kim.
 *
 * <pre>{@code
 * ConnectionMatcher.Matching m = ConnectionMatcher.match(before, after);
 * m.pairs();        // before id → after id, in BEFORE's order
 * m.how("jane");    // Optional[SHARED_ID] when only the shared id paired them
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConnectionMatcher {
    private ConnectionMatcher() {
    }

    /** What paired two connections. */
    public enum By {
        ID, SHARED_ID, URL, NAME
    }

    /**
     * The pairs of two snapshots.
     *
     * @param pairs before id → after id, in BEFORE's input order
     * @param how   before id → the stage that paired it
     */
    public record Matching(Map<String, String> pairs, Map<String, By> how) {
        public Matching {
            pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
            how = Map.copyOf(how);
        }

        /** The after id a before connection was paired with. */
        public Optional<String> afterOf(String beforeId) {
            return Optional.ofNullable(pairs.get(beforeId));
        }

        /** What paired a before connection. */
        public Optional<By> how(String beforeId) {
            return Optional.ofNullable(how.get(beforeId));
        }
    }

    /** Pairs the connections of BEFORE with those of AFTER. */
    public static Matching match(Pln before, Pln after) {
        List<Connection> b = before.connections();
        List<Connection> a = after.connections();
        String[] pairOfBefore = new String[b.size()];
        boolean[] afterTaken = new boolean[a.size()];
        By[] by = new By[b.size()];
        stage(b, a, pairOfBefore, afterTaken, by, By.ID, c -> Optional.of(c.id()));
        stage(b, a, pairOfBefore, afterTaken, by, By.SHARED_ID, c -> c.sharedId().map(IdentityKeys::sharedId)
                .filter(s -> !s.isEmpty()));
        stage(b, a, pairOfBefore, afterTaken, by, By.URL, c -> c.url().flatMap(IdentityKeys::url));
        stage(b, a, pairOfBefore, afterTaken, by, By.NAME, c -> {
            String n = IdentityKeys.name(c.name());
            return n.isEmpty() ? Optional.empty() : Optional.of(c.kind().id() + ":" + n);
        });
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, By> how = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            if (pairOfBefore[i] != null) {
                pairs.put(b.get(i).id(), pairOfBefore[i]);
                how.put(b.get(i).id(), by[i]);
            }
        }
        return new Matching(pairs, how);
    }

    private static void stage(List<Connection> b, List<Connection> a, String[] pairOfBefore, boolean[] afterTaken,
                              By[] by, By stage, Function<Connection, Optional<String>> key) {
        Map<String, Deque<Integer>> waiting = new HashMap<>();
        for (int j = 0; j < a.size(); j++) {
            if (!afterTaken[j]) {
                int jj = j;
                key.apply(a.get(j)).ifPresent(k -> waiting.computeIfAbsent(k, x -> new ArrayDeque<>()).add(jj));
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            if (pairOfBefore[i] == null) {
                order.add(i);
            }
        }
        for (int i : order) {
            Optional<String> k = key.apply(b.get(i));
            if (k.isEmpty()) {
                continue;
            }
            Deque<Integer> q = waiting.get(k.get());
            if (q != null && !q.isEmpty()) {
                int j = q.poll();
                afterTaken[j] = true;
                pairOfBefore[i] = a.get(j).id();
                by[i] = stage;
            }
        }
    }
}
