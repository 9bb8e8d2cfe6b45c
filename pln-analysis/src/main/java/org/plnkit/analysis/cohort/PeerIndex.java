package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.plan.Need;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/** The index behind {@link PeerSuggestions}: for each peer group and need, the nodes most of its members name. */
final class PeerIndex {
    private static final int KEEP = 32;

    private enum GroupType { COMMUNITY_ROLE, SCHOOL, COMMUNITY, ROLE, ALL }

    private final CohortGraph graph;
    private final int minUsers;
    private final Map<String, Integer> needIndex;
    private final int[][] groupsOf;
    private final GroupType[] groupType;
    private final String[] groupName;
    private final int[] groupSize;
    private final int allGroup;
    private final Map<Long, int[]> lists;
    private final List<List<String>> nodeTopics;

    private PeerIndex(CohortGraph graph, int minUsers, Map<String, Integer> needIndex, int[][] groupsOf,
                            GroupType[] groupType, String[] groupName, int[] groupSize, int allGroup,
                            Map<Long, int[]> lists, List<List<String>> nodeTopics) {
        this.graph = graph;
        this.minUsers = minUsers;
        this.needIndex = needIndex;
        this.groupsOf = groupsOf;
        this.groupType = groupType;
        this.groupName = groupName;
        this.groupSize = groupSize;
        this.allGroup = allGroup;
        this.lists = lists;
        this.nodeTopics = nodeTopics;
    }

    static PeerIndex build(Cohort cohort, CohortGraph graph, Taxonomy taxonomy, int[] community,
                                 Groups schools, Groups roles, CohortOptions o) {
        int n = graph.participantCount();
        // needs: the taxonomy's categories, then every topic a participant named
        Map<String, Integer> needs = new HashMap<>();
        List<String> cats = taxonomy.ids();
        for (int c = 0; c < cats.size(); c++) {
            needs.put("c\u0000" + cats.get(c), c);
        }
        for (Pln pln : cohort.plns()) {
            for (String t : pln.participant().topics()) {
                needs.putIfAbsent("t\u0000" + TopicsMeasure.key(t), needs.size());
            }
        }
        if (needs.size() >= (1 << 16)) {
            throw new IllegalArgumentException("more than 65,535 distinct topics and categories in one cohort");
        }
        // groups: community × role, school, community, role, all
        List<GroupType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Map<String, Integer> groupIndex = new HashMap<>();
        int[][] groupsOf = new int[n][];
        String[][] keys = new String[n][];
        for (int i = 0; i < n; i++) {
            int r = roles.groupOf[i];
            int s = schools.groupOf[i];
            int c = community[i];
            keys[i] = new String[] {
                    c > 0 && r >= 0 ? "cr\u0000" + c + "\u0000" + r : null,
                    s >= 0 ? "s\u0000" + s : null,
                    c > 0 ? "c\u0000" + c : null,
                    r >= 0 ? "r\u0000" + r : null,
                    "all"};
            for (int t = 0; t < 5; t++) {
                String key = keys[i][t];
                if (key == null) {
                    continue;
                }
                Integer g = groupIndex.get(key);
                if (g == null) {
                    g = types.size();
                    groupIndex.put(key, g);
                    types.add(GroupType.values()[t]);
                    names.add(switch (GroupType.values()[t]) {
                        case COMMUNITY_ROLE, ROLE -> roles.name(r);
                        case SCHOOL, COMMUNITY, ALL -> "";   // a school is never named (see reason)
                    });
                    sizes.add(0);
                }
                sizes.set(g, sizes.get(g) + 1);
            }
        }
        int groupCount = types.size();
        if (groupCount >= (1 << 20)) {
            throw new IllegalArgumentException("too many peer groups");
        }
        for (int i = 0; i < n; i++) {
            int[] gs = new int[5];
            for (int t = 0; t < 5; t++) {
                String key = keys[i][t];
                Integer g = key == null ? null : groupIndex.get(key);
                gs[t] = g == null || sizes.get(g) < o.peerMinGroup() ? -1 : g;
            }
            groupsOf[i] = gs;
        }
        // (group, need, node) triples, one per participant who names the node for that need
        long[] triples = new long[1024];
        int count = 0;
        Map<String, Integer> topicIds = new HashMap<>();
        List<String> topicNames = new ArrayList<>();
        long[] nodeTopic = new long[1024];
        int ntCount = 0;
        int s = graph.nodeCount();
        for (int i = 0; i < n; i++) {
            Pln pln = cohort.plns().get(i);
            int[] cn = graph.connectionNodes(i);
            Map<Integer, Set<Integer>> needsOfNode = new LinkedHashMap<>();
            for (int c = 0; c < cn.length; c++) {
                int j = graph.sharedIndex(cn[c]);
                if (j < 0 || graph.node(j).kind() == Kind.PERSON) {
                    continue;
                }
                Connection conn = pln.connections().get(c);
                Set<Integer> us = needsOfNode.computeIfAbsent(j, x -> new HashSet<>());
                Integer cat = needs.get("c\u0000" + conn.category());
                if (cat != null) {
                    us.add(cat);
                }
                for (String t : conn.topics()) {
                    String key = TopicsMeasure.key(t);
                    Integer u = needs.get("t\u0000" + key);
                    if (u != null) {
                        us.add(u);
                    }
                    Integer tid = topicIds.get(key);
                    if (tid == null) {
                        tid = topicNames.size();
                        topicIds.put(key, tid);
                        topicNames.add(key);
                    }
                    if (ntCount == nodeTopic.length) {
                        nodeTopic = Arrays.copyOf(nodeTopic, ntCount * 2);
                    }
                    nodeTopic[ntCount++] = ((long) j << 32) | tid;
                }
            }
            for (Map.Entry<Integer, Set<Integer>> e : needsOfNode.entrySet()) {
                int j = e.getKey();
                for (int g : groupsOf[i]) {
                    if (g < 0) {
                        continue;
                    }
                    for (int u : e.getValue()) {
                        if (count == triples.length) {
                            triples = Arrays.copyOf(triples, count * 2);
                        }
                        triples[count++] = ((long) g << 43) | ((long) u << 27) | j;
                    }
                }
            }
        }
        if (s >= (1 << 27)) {
            throw new IllegalArgumentException("too many shared nodes");
        }
        Arrays.sort(triples, 0, count);
        Map<Long, int[]> lists = new HashMap<>();
        int x = 0;
        while (x < count) {
            long gu = triples[x] >>> 27;
            List<long[]> entries = new ArrayList<>();
            while (x < count && triples[x] >>> 27 == gu) {
                long t = triples[x];
                int users = 0;
                while (x < count && triples[x] == t) {
                    users++;
                    x++;
                }
                if (users >= o.peerMinUsers()) {
                    entries.add(new long[] {users, t & ((1L << 27) - 1)});
                }
            }
            if (entries.isEmpty()) {
                continue;
            }
            entries.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
            int keep = Math.min(KEEP, entries.size());
            int[] list = new int[keep * 2];
            for (int y = 0; y < keep; y++) {
                list[2 * y] = (int) entries.get(y)[1];
                list[2 * y + 1] = (int) entries.get(y)[0];
            }
            lists.put(gu, list);
        }
        // the three topics each node is most often listed with (ties: alphabetical)
        Arrays.sort(nodeTopic, 0, ntCount);
        List<List<String>> topicsOfNode = new ArrayList<>(s);
        for (int j = 0; j < s; j++) {
            topicsOfNode.add(List.of());
        }
        int y = 0;
        while (y < ntCount) {
            int j = (int) (nodeTopic[y] >>> 32);
            Map<String, Integer> tc = new HashMap<>();
            while (y < ntCount && (int) (nodeTopic[y] >>> 32) == j) {
                tc.merge(topicNames.get((int) nodeTopic[y]), 1, Integer::sum);
                y++;
            }
            topicsOfNode.set(j, tc.entrySet().stream()
                    .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                            : Integer.compare(b.getValue(), a.getValue()))
                    .limit(3).map(Map.Entry::getKey).toList());
        }
        return new PeerIndex(graph, o.peerMinUsers(), needs, groupsOf, types.toArray(new GroupType[0]),
                names.toArray(new String[0]), sizes.stream().mapToInt(Integer::intValue).toArray(),
                groupIndex.get("all") == null ? -1 : groupIndex.get("all"), lists, topicsOfNode);
    }

    List<Suggestion> suggest(Need need, Pln pln, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Integer u = needIndex.get((need.type() == Need.Type.CATEGORY ? "c\u0000" + need.key()
                : "t\u0000" + TopicsMeasure.key(need.key())));
        if (u == null) {
            return List.of();
        }
        Optional<Integer> p = graph.indexOf(pln.participant().id());
        int[] groups = p.map(i -> groupsOf[i]).orElse(new int[] {-1, -1, -1, -1, allGroup});
        int[] own = p.map(graph::rawNodesOf).orElse(new int[0]);
        Set<String> names = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (Connection c : pln.connections()) {
            names.add(c.kind().id() + ":" + IdentityKeys.name(c.name()));
            c.url().flatMap(IdentityKeys::url).ifPresent(urls::add);
        }
        // node → {share numerator, denominator, group}
        Map<Integer, int[]> best = new LinkedHashMap<>();
        for (int g : groups) {
            if (g < 0) {
                continue;
            }
            int[] list = lists.get(((long) g << 16) | u);
            if (list == null) {
                continue;
            }
            for (int x = 0; x < list.length; x += 2) {
                int j = list[x];
                int users = list[x + 1];
                if (users < minUsers) {
                    break;
                }
                if (Arrays.binarySearch(own, j) >= 0 || held(j, names, urls)) {
                    continue;
                }
                int[] prev = best.get(j);
                if (prev == null || (long) users * groupSize[prev[2]] > (long) prev[0] * groupSize[g]) {
                    best.put(j, new int[] {users, groupSize[g], g});
                }
            }
        }
        List<Map.Entry<Integer, int[]>> found = new ArrayList<>(best.entrySet());
        found.sort((a, b) -> {
            int[] x = a.getValue();
            int[] y = b.getValue();
            int c = Long.compare((long) y[0] * x[1], (long) x[0] * y[1]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(y[0], x[0]);
            return c != 0 ? c : Integer.compare(a.getKey(), b.getKey());
        });
        List<Suggestion> out = new ArrayList<>();
        for (int x = 0; x < Math.min(limit, found.size()); x++) {
            int j = found.get(x).getKey();
            int[] v = found.get(x).getValue();
            SharedNode node = graph.node(j);
            out.add(new Suggestion(graph.displayName(j), Optional.of(node.kind()), Optional.of(node.category()),
                    graph.url(j), nodeTopics.get(j), Optional.of(reason(need, v[0], v[1], v[2]))));
        }
        return List.copyOf(out);
    }

    private boolean held(int j, Set<String> names, Set<String> urls) {
        SharedNode node = graph.node(j);
        if (names.contains(node.kind().id() + ":" + IdentityKeys.name(node.name()))) {
            return true;
        }
        return graph.url(j).flatMap(IdentityKeys::url).map(urls::contains).orElse(false);
    }

    private String reason(Need need, int users, int size, int g) {
        String by = need.type() == Need.Type.TOPIC ? "Used for " + need.key().strip() + " by " : "Used by ";
        String who = switch (groupType[g]) {
            case COMMUNITY_ROLE -> "the " + size + " " + plural(groupName[g]) + " in your community";
            // the participant's own school, never by its name: an anonymized report removes the school (it names a
            // place), and the participant knows where they work
            case SCHOOL -> "the " + size + " educators at your school";
            case COMMUNITY -> "the " + size + " educators in your community";
            case ROLE -> "the " + size + " " + plural(groupName[g]) + " in the cohort";
            case ALL -> "the " + size + " educators in the cohort";
        };
        return by + users + " of " + who + ".";
    }

    /** "Teacher librarian" → "teacher librarians"; "Instructional coach" → "instructional coaches". */
    static String plural(String role) {
        String r = role.strip();
        if (r.length() > 1 && Character.isUpperCase(r.charAt(0)) && Character.isLowerCase(r.charAt(1))) {
            r = Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return r + "es";
        }
        if (lower.endsWith("y") && r.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return r.substring(0, r.length() - 1) + "ies";
        }
        return r + "s";
    }
}
