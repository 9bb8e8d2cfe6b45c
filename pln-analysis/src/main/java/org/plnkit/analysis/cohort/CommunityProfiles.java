package org.plnkit.analysis.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.core.model.Kind;

/**
 * Communities described for a coordinator. A community is described when it has at least {@link #minSize} members:
 * {@code max(5, ⌈√participants ÷ 4⌉)} (also in {@code docs/cohort.md}): 5 up to 400 participants, 6 at 500, 18 at
 * 5,000, so that what a coordinator reads are groups worth a conversation (the Leiden communities are tens to a
 * couple of hundred participants at district size, and the few pairs and triples left over are not); smaller ones are counted together as "small groups"
 * ({@link #smallGroups}), their members still numbered on the Participants sheet.
 *
 * <pre>{@code
 * for (CommunityProfile p : CommunityProfiles.of(analysis)) {
 *     System.out.println(p.community().size() + " members, cohesion " + p.cohesion() + ", " + p.defining());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CommunityProfiles {
    /** A defining node is named by at least this share of the community's members. */
    public static final double MIN_MEMBER_SHARE = 0.05;
    /**
     * A defining node is named by members at least this many times as often as by the rest: a hub that half the
     * members name, and half of everyone else too, does not set the community apart.
     */
    public static final double MIN_LIFT = 2;
    private static final int DEFINING = 5;

    private CommunityProfiles() {
    }

    /** The smallest community that is described: {@code max(5, ⌈√participants ÷ 4⌉)}. */
    public static int minSize(int participants) {
        return Math.max(5, (int) Math.ceil(Math.sqrt(participants) / 4));
    }

    /** The communities of at least {@link #minSize} members, largest first. */
    public static List<CommunityProfile> of(CohortAnalysis a) {
        int n = a.size();
        int min = minSize(n);
        int[] communityOf = new int[n];
        for (CohortParticipant p : a.participants()) {
            communityOf[p.index()] = p.community().orElse(0);
        }
        CohortGraph g = a.graph();
        List<CommunityProfile> out = new ArrayList<>();
        for (Community c : a.communities()) {
            if (c.size() < min) {
                continue;
            }
            long inside = 0;
            long all = 0;
            for (int i : c.members()) {
                for (int q : a.projection().neighbours(i)) {
                    all++;
                    if (communityOf[q] == c.number()) {
                        inside++;
                    }
                }
            }
            double cohesion = all == 0 ? 0 : (double) inside / all;
            int[] count = new int[g.nodeCount()];
            for (int i : c.members()) {
                for (int j : g.nodesOf(i)) {
                    count[j]++;
                }
            }
            List<CommunityProfile.Defining> defining = new ArrayList<>();
            int others = n - c.size();
            for (int j = 0; j < count.length; j++) {
                double ms = (double) count[j] / c.size();
                if (count[j] < 3 || ms < MIN_MEMBER_SHARE || g.node(j).kind() == Kind.PERSON) {
                    continue;
                }
                double os = others == 0 ? 0 : (double) (g.reliance(j) - count[j]) / others;
                CommunityProfile.Defining d = new CommunityProfile.Defining(j, g.displayName(j), ms, os);
                if (d.lift() >= MIN_LIFT) {
                    defining.add(d);
                }
            }
            // by how many points more of the members name it than of the rest: a local library named by 30% of
            // members and 12% of the others before a podcast named by 5% and nobody else
            defining.sort(Comparator.comparingDouble((CommunityProfile.Defining d) -> d.otherShare() - d.memberShare())
                    .thenComparingDouble(d -> -d.lift()).thenComparingInt(CommunityProfile.Defining::node));
            out.add(new CommunityProfile(c, cohesion, defining.subList(0, Math.min(DEFINING, defining.size()))));
        }
        return out;
    }

    /**
     * How many communities (of {@link #minSize} members or more) and small groups (smaller) there are, as every
     * district output says it: "3 communities and 1 small group", "1 community", "2 small groups", "no community".
     *
     * @since 0.2.0
     */
    public static String countText(CohortAnalysis a) {
        int small = smallGroups(a)[0];
        return countText(a.communities().size() - small, small);
    }

    /** {@link #countText(CohortAnalysis)} of {@code communities} communities and {@code small} small groups. */
    public static String countText(int communities, int small) {
        String c = String.format(Locale.ROOT, "%,d communit%s", communities, communities == 1 ? "y" : "ies");
        String g = String.format(Locale.ROOT, "%,d small group%s", small, small == 1 ? "" : "s");
        return communities == 0 ? (small == 0 ? "no community" : g) : small == 0 ? c : c + " and " + g;
    }

    /**
     * How many participants are in no community and why, in plain words, as every district output says it (#6, #18):
     * "2 participants are in no community: the grouping left them alone or in a pair (a group needs 3 members or
     * more), as they share with too few participants, or only with ones who are closer to others (each participant
     * is linked to their 3 closest peers only)." Those who share nothing with anyone are counted apart; "Every
     * participant is in a community or a small group." when there are none.
     *
     * @since 0.2.0
     */
    public static String noCommunityText(CohortAnalysis a) {
        long none = a.participants().stream().filter(p -> p.community().isEmpty()).count();
        if (none == 0) {
            return "Every participant is in a community or a small group.";
        }
        long alone = a.participants().stream().filter(p -> p.community().isEmpty() && p.isolated()).count();
        String who = String.format(Locale.ROOT, "%,d participant%s in no community: ", none,
                none == 1 ? " is" : "s are");
        if (alone == none) {
            return who + (none == 1 ? "they share" : "they all share") + " nothing with anyone, so no group holds them.";
        }
        int min = a.options().minCommunitySize();
        String left = min == 2 ? "alone" : min == 3 ? "alone or in a pair" : "in a group of fewer than " + min;
        return who + "the grouping left them " + left + " (a group needs " + min + " members or more), as "
                + (alone == 0 ? "they" : String.format(Locale.ROOT, "%,d share%s nothing with anyone and the"
                + " other%s", alone, alone == 1 ? "s" : "", none - alone == 1 ? "" : "s"))
                + String.format(Locale.ROOT, " share%s with too few participants, or only with ones who are"
                + " closer to others (each participant is linked to their %d closest peers only).",
                alone > 0 && none - alone == 1 ? "s" : "", a.projection().stats().neighbours());
    }

    /**
     * Why one participant is in no community, in a coordinator's words, naming their closest peers by their labels
     * ({@link #noCommunityText} says it for all of them at once); empty for a participant in a community or a small
     * group. Three reasons: they share nothing with anyone; they share, but everyone they share most with already had
     * their k closest peers (the projection's {@code leftWithout}); or their few closest peers were not enough for a
     * group.
     *
     * @since 0.1.0
     */
    public static Optional<String> noCommunityReason(CohortAnalysis a, int participant,
                                                               CohortLabels labels) {
        CohortParticipant p = a.participants().get(participant);
        if (p.community().isPresent()) {
            return Optional.empty();
        }
        if (p.isolated()) {
            return Optional.of("Shares nothing with anyone in the cohort (also on the Isolated sheet).");
        }
        int k = a.projection().stats().neighbours();
        int min = a.options().minCommunitySize();
        int[] peers = a.projection().neighbours(participant);
        if (peers.length == 0) {
            return Optional.of(String.format(Locale.ROOT, "Names %,d organization%s, resource%s"
                    + " or %s that others name too, but everyone they share the most with already had %d closer peers"
                    + " (each participant is linked to their %d closest peers only), so no group could hold them.",
                    p.sharedNodes(), p.sharedNodes() == 1 ? "" : "s", p.sharedNodes() == 1 ? "" : "s",
                    p.sharedNodes() == 1 ? "person" : "people", k, k));
        }
        List<String> named = new ArrayList<>();
        boolean allOutside = true;
        for (int q : peers) {
            Optional<Integer> c = a.participants().get(q).community();
            allOutside &= c.isEmpty();
            named.add(labels.participant(q) + c.map(n -> " (community " + n + ")").orElse(" (in no community)"));
        }
        String who = (peers.length == 1 ? "Their closest peer is " : "Their closest peers are ")
                + String.join(", ", named);
        return Optional.of(who + (allOutside
                ? String.format(Locale.ROOT, ": too few for a group (a group needs %d members or more).", min)
                : String.format(Locale.ROOT, ", who fit better with others: the grouping left them alone or"
                + " with fewer than %d (a group needs %d members or more).", min, min)));
    }

    /** Communities below {@link #minSize}: how many, and how many participants they hold together. */
    public static int[] smallGroups(CohortAnalysis a) {
        int min = minSize(a.size());
        int groups = 0;
        int members = 0;
        for (Community c : a.communities()) {
            if (c.size() < min) {
                groups++;
                members += c.size();
            }
        }
        return new int[] {groups, members};
    }
}
