package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Participant;

/**
 * Participants grouped by a free-text field (school, role): spellings that differ only in case, spacing or
 * surrounding punctuation are one group, shown with its most frequent spelling (ties: the first in input order).
 * Groups are numbered by size (largest first), then name; participants without a value are in no group. The
 * cohort analysis, What to promote and the growth of a cohort group schools and roles this one way.
 *
 * @since 0.1.0
 */
public final class Groups {
    final int[] groupOf;
    final List<String> names;
    final int[] sizes;
    final int notGiven;
    /** Each group's name by the key its spellings share. */
    private final Map<String, String> nameByKey;

    private Groups(int[] groupOf, List<String> names, int[] sizes, int notGiven, Map<String, String> nameByKey) {
        this.groupOf = groupOf;
        this.names = names;
        this.sizes = sizes;
        this.notGiven = notGiven;
        this.nameByKey = nameByKey;
    }

    /** The participants grouped by the field (their school, their role). */
    public static Groups of(List<Participant> participants, Function<Participant, Optional<String>> field) {
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        List<Map<String, Integer>> spellings = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int[] raw = new int[participants.size()];
        int notGiven = 0;
        for (int i = 0; i < participants.size(); i++) {
            Optional<String> v = field.apply(participants.get(i)).map(String::strip).filter(s -> !s.isEmpty());
            String key = v.map(IdentityKeys::name).filter(s -> !s.isEmpty()).orElse(null);
            if (key == null) {
                raw[i] = -1;
                notGiven++;
                continue;
            }
            Integer g = keyIndex.get(key);
            if (g == null) {
                g = keyIndex.size();
                keyIndex.put(key, g);
                spellings.add(new LinkedHashMap<>());
                counts.add(0);
            }
            raw[i] = g;
            spellings.get(g).merge(v.get().replaceAll("\\s+", " "), 1, Integer::sum);
            counts.set(g, counts.get(g) + 1);
        }
        int k = keyIndex.size();
        String[] display = new String[k];
        for (int g = 0; g < k; g++) {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : spellings.get(g).entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            display[g] = best;
        }
        Integer[] order = new Integer[k];
        for (int g = 0; g < k; g++) {
            order[g] = g;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : display[a].compareTo(display[b]);
        });
        int[] rank = new int[k];
        List<String> names = new ArrayList<>(k);
        int[] sizes = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
            names.add(display[order[r]]);
            sizes[r] = counts.get(order[r]);
        }
        int[] groupOf = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            groupOf[i] = raw[i] < 0 ? -1 : rank[raw[i]];
        }
        Map<String, String> nameByKey = new HashMap<>();
        for (Map.Entry<String, Integer> e : keyIndex.entrySet()) {
            nameByKey.put(e.getKey(), display[e.getValue()]);
        }
        return new Groups(groupOf, List.copyOf(names), sizes, notGiven, nameByKey);
    }

    int count() {
        return names.size();
    }

    /** The name of the participant's group (the n-th of the list grouped), or {@link GroupSummary#NOT_GIVEN}. */
    public String nameOf(int participant) {
        return name(groupOf[participant]);
    }

    /**
     * The name of the group a value belongs to (a school or role as one participant typed it, who may be in another
     * wave): the group's name when a participant grouped has a spelling of it, else the value with its runs of spaces
     * as one; {@link GroupSummary#NOT_GIVEN} when it is empty or blank (or punctuation only).
     *
     * @since 0.1.0
     */
    public String nameFor(Optional<String> value) {
        Optional<String> v = value.map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return GroupSummary.NOT_GIVEN;
        }
        String key = IdentityKeys.name(v.get());
        if (key.isEmpty()) {
            return GroupSummary.NOT_GIVEN;   // as of() leaves such a value in no group
        }
        return nameByKey.getOrDefault(key, v.get().replaceAll("\\s+", " "));
    }

    /** The group's name, or {@link GroupSummary#NOT_GIVEN} for -1. */
    String name(int group) {
        return group < 0 ? GroupSummary.NOT_GIVEN : names.get(group);
    }

    /** Group sizes by group, counting participants that match. */
    static Map<String, Integer> countBy(Iterable<Integer> members, Groups groups) {
        Map<String, Integer> m = new HashMap<>();
        for (int i : members) {
            m.merge(groups.name(groups.groupOf[i]), 1, Integer::sum);
        }
        return m;
    }
}
