package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plnkit.core.model.Kind;

/**
 * What to promote: shared organizations and resources that the participants who use them value highly and that few
 * others use yet. The rule (also in {@code docs/cohort.md}):
 * <ul>
 *   <li>candidates are shared organizations and resources (people are never promoted);</li>
 *   <li><em>valued highly</em>: the mean engagement weight of its users is at or above the upper quartile of the
 *       mean weights of all candidates ({@link #threshold});</li>
 *   <li><em>low reach</em>: named by at most a quarter of the cohort ({@link #MAX_SHARE});</li>
 *   <li>ranked by mean weight × (1 − share), then by more users, then by node; at most {@link #MAX_LISTED}.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Promotion> ps = Promotions.of(analysis);
 * ps.get(0).schoolsWithout();   // where to promote it first
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Promotions {
    /** A candidate named by more than this share of the cohort already reaches many. */
    public static final double MAX_SHARE = 0.25;
    /** At most this many are listed. */
    public static final int MAX_LISTED = 50;
    private static final int LIST = 5;

    private Promotions() {
    }

    /** The candidates, best first. */
    public static List<Promotion> of(CohortAnalysis a) {
        List<SharedResource> candidates = a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON)
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<SharedResource> chosen = qualifying(a, candidates);
        chosen.sort(Comparator.comparingDouble((SharedResource r) -> -r.meanWeight() * (1 - r.share()))
                .thenComparingInt(r -> -r.participants()).thenComparingInt(SharedResource::node));
        // the users' schools and roles as the coverage groups them: "north middle" is "North Middle"'s
        Groups schoolGroups = a.schools();
        Groups roleGroups = a.roles();
        List<String> allSchools = a.coverage().bySchool().stream().map(GroupSummary::group)
                .filter(s -> !s.equals(GroupSummary.NOT_GIVEN)).toList();
        List<Promotion> out = new ArrayList<>();
        for (SharedResource r : chosen.subList(0, Math.min(MAX_LISTED, chosen.size()))) {
            int[] users = a.graph().participantsOf(r.node());
            Map<String, Integer> schools = new HashMap<>();
            Map<String, Integer> roles = new HashMap<>();
            for (int i : users) {
                schools.merge(schoolGroups.name(schoolGroups.groupOf[i]), 1, Integer::sum);
                roles.merge(roleGroups.name(roleGroups.groupOf[i]), 1, Integer::sum);
            }
            List<String> without = allSchools.stream().filter(s -> !schools.containsKey(s)).limit(LIST).toList();
            out.add(new Promotion(out.size() + 1, r.node(), r.name(), r.kind(), r.category(), r.participants(),
                    r.share(), r.meanWeight(), top(schools), without, top(roles)));
        }
        return out;
    }

    /**
     * How many shared organizations and resources qualify (valued highly, little known): {@link #of} lists the best
     * {@link #MAX_LISTED} of them, so a front end can say when there are more.
     *
     * @since 0.1.0
     */
    public static int qualifying(CohortAnalysis a) {
        return qualifying(a, a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON).toList()).size();
    }

    private static List<SharedResource> qualifying(CohortAnalysis a, List<SharedResource> candidates) {
        List<SharedResource> chosen = new ArrayList<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        double min = threshold(a);
        for (SharedResource r : candidates) {
            if (r.meanWeight() >= min && r.share() <= MAX_SHARE) {
                chosen.add(r);
            }
        }
        return chosen;
    }

    /** The mean weight a candidate needs: the upper quartile of all candidates' mean weights (0 without any). */
    public static double threshold(CohortAnalysis a) {
        double[] w = a.sharedResources().stream().filter(r -> r.kind() != Kind.PERSON)
                .mapToDouble(SharedResource::meanWeight).sorted().toArray();
        if (w.length == 0) {
            return 0;
        }
        return w[(int) Math.floor(0.75 * (w.length - 1))];
    }

    static List<Community.GroupCount> top(Map<String, Integer> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .limit(LIST)
                .map(e -> new Community.GroupCount(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The entries of a district's resource directory that no participant names yet: matched against every connection
     * by web address, else by name (ignoring case, accents and spacing), the input contract's identity rules.
     *
     * @param names the identity keys of every connection's name in the cohort
     * @param urls  the identity keys of every connection's web address in the cohort
     */
    public static List<org.plnkit.analysis.plan.Suggestion> unusedDirectoryEntries(
            List<org.plnkit.analysis.plan.Suggestion> directory, java.util.Set<String> names,
            java.util.Set<String> urls) {
        List<org.plnkit.analysis.plan.Suggestion> out = new ArrayList<>();
        for (org.plnkit.analysis.plan.Suggestion s : directory) {
            Optional<String> url = s.url().flatMap(org.plnkit.core.identity.IdentityKeys::url);
            boolean used = url.map(urls::contains).orElse(false)
                    || names.contains(org.plnkit.core.identity.IdentityKeys.name(s.name()));
            if (!used) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@link #unusedDirectoryEntries(List, java.util.Set, java.util.Set)} for a cohort. */
    public static List<org.plnkit.analysis.plan.Suggestion> unusedDirectoryEntries(
            List<org.plnkit.analysis.plan.Suggestion> directory, org.plnkit.core.model.Cohort cohort) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> urls = new java.util.HashSet<>();
        for (org.plnkit.core.model.Pln p : cohort.plns()) {
            for (org.plnkit.core.model.Connection c : p.connections()) {
                names.add(org.plnkit.core.identity.IdentityKeys.name(c.name()));
                c.url().flatMap(org.plnkit.core.identity.IdentityKeys::url).ifPresent(urls::add);
            }
        }
        return unusedDirectoryEntries(directory, names, urls);
    }
}
