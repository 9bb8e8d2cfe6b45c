package org.plnkit.analysis.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.analysis.cohort.GroupSummary;
import org.plnkit.analysis.cohort.Groups;
import org.plnkit.analysis.growth.CohortGrowth.CategoryChange;
import org.plnkit.analysis.growth.CohortGrowth.Group;
import org.plnkit.analysis.growth.CohortGrowth.Overview;
import org.plnkit.analysis.growth.CohortGrowth.ParticipantGrowth;
import org.plnkit.analysis.growth.CohortGrowth.Spread;
import org.plnkit.core.identity.CohortIdentity;
import org.plnkit.core.identity.Mention;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;

/**
 * Compares two waves of a cohort: participants are paired by participant id (compared without case and surrounding
 * spaces), each pair compared with {@link GrowthComparer} as of each wave's date (the {@code --as-of} of the
 * options when given is not used: each wave has its own; a participant without {@code as_of} takes the fallback date).
 * The median change of the health score gets a 95 % percentile bootstrap interval ({@value #RESAMPLES} resamples
 * drawn with the options' seed, so the same waves give the same interval). Thread-safe; results never depend on the
 * number of threads.
 *
 * @since 0.1.0
 */
public final class CohortGrowthAnalyzer {
    /** Bootstrap resamples of the median change. */
    public static final int RESAMPLES = 2000;
    /** Shared resources listed as spread, at most. */
    public static final int SPREAD_LIMIT = 25;

    private final CohortOptions options;

    public CohortGrowthAnalyzer(CohortOptions options) {
        this.options = options;
    }

    /** Compares wave 1 ({@code before}) with wave 2 ({@code after}). */
    public CohortGrowth analyze(Cohort before, Cohort after) {
        Map<String, Pln> first = new HashMap<>();
        for (Pln p : before.plns()) {
            first.put(key(p.participant().id()), p);
        }
        List<Pln[]> pairs = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        List<Participant> onlyAfter = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < after.plns().size(); i++) {
            Pln a = after.plns().get(i);
            Pln b = first.get(key(a.participant().id()));
            if (b == null) {
                onlyAfter.add(a.participant());
            } else {
                seen.add(key(a.participant().id()));
                pairs.add(new Pln[] {b, a});
                index.add(i);
            }
        }
        List<Participant> onlyBefore = before.plns().stream().map(Pln::participant)
                .filter(p -> !seen.contains(key(p.id()))).toList();

        GrowthComparer comparer = new GrowthComparer(options.assessment());
        ParticipantGrowth[] out = new ParticipantGrowth[pairs.size()];
        Runnable all = () -> IntStream.range(0, pairs.size()).parallel()
                .forEach(k -> out[k] = compare(comparer, index.get(k), pairs.get(k)[0], pairs.get(k)[1]));
        if (options.threads() <= 1 || pairs.size() < 2) {
            for (int k = 0; k < pairs.size(); k++) {
                out[k] = compare(comparer, index.get(k), pairs.get(k)[0], pairs.get(k)[1]);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                pool.submit(all).join();
            } finally {
                pool.shutdownNow();
            }
        }
        List<ParticipantGrowth> list = List.of(out);
        List<ParticipantGrowth> compared = list.stream().filter(ParticipantGrowth::compared).toList();
        Overview overview = overview(compared, options.seed());
        List<Group> bySchool = groups(compared, p -> p.school(), options.seed());
        List<Group> byRole = groups(compared, p -> p.role(), options.seed());
        List<CategoryChange> categories = new ArrayList<>();
        for (Category c : options.assessment().taxonomy().categories()) {
            int g = (int) compared.stream().filter(p -> p.gained().contains(c.id())).count();
            int l = (int) compared.stream().filter(p -> p.lost().contains(c.id())).count();
            categories.add(new CategoryChange(c.id(), c.label(), g, l));
        }
        return new CohortGrowth(list, onlyBefore, onlyAfter, overview, bySchool, byRole, categories,
                spread(pairs));
    }

    private ParticipantGrowth compare(GrowthComparer comparer, int index, Pln b, Pln a) {
        Optional<LocalDate> db = b.participant().asOf().or(options::fallbackAsOf);
        Optional<LocalDate> da = a.participant().asOf().or(options::fallbackAsOf);
        if (db.isEmpty() || da.isEmpty()) {
            return ParticipantGrowth.failed(index, a.participant(), "no as_of date in wave " + (db.isEmpty() ? 1 : 2));
        }
        try {
            return ParticipantGrowth.of(index, a.participant(), comparer.compareLean(b, db.get(), a, da.get()));
        } catch (RuntimeException e) {
            return ParticipantGrowth.failed(index, a.participant(), String.valueOf(e.getMessage()));
        }
    }

    private static String key(String participantId) {
        return org.plnkit.core.identity.IdentityKeys.sharedId(participantId);
    }

    private static List<Group> groups(List<ParticipantGrowth> compared,
                                      java.util.function.Function<Participant, Optional<String>> by, long seed) {
        // spellings that differ only in case, spacing or surrounding punctuation are one group, shown with the most
        // frequent spelling, as the cohort analysis groups schools and roles
        Groups grouped = Groups.of(compared.stream().map(ParticipantGrowth::participant).toList(), by);
        Map<String, List<ParticipantGrowth>> byName = new TreeMap<>();
        List<ParticipantGrowth> none = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            String name = grouped.nameOf(i);
            if (name.equals(GroupSummary.NOT_GIVEN)) {
                none.add(compared.get(i));
            } else {
                byName.computeIfAbsent(name, x -> new ArrayList<>()).add(compared.get(i));
            }
        }
        List<Group> out = new ArrayList<>();
        byName.forEach((name, list) -> out.add(new Group(name, overview(list, seed))));
        if (!none.isEmpty()) {
            out.add(new Group(CohortGrowth.NOT_GIVEN, overview(none, seed)));
        }
        return out;
    }

    /** The figures of some participants; a bootstrap of the median change seeded with {@code seed}. */
    static Overview overview(List<ParticipantGrowth> ps, long seed) {
        int n = ps.size();
        if (n == 0) {
            return new Overview(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        int[] deltas = new int[n];
        int[] before = new int[n];
        int[] after = new int[n];
        int improved = 0;
        int declined = 0;
        int gaining = 0;
        for (int i = 0; i < n; i++) {
            ParticipantGrowth p = ps.get(i);
            deltas[i] = p.healthDelta();
            before[i] = p.healthBefore();
            after[i] = p.healthAfter();
            improved += deltas[i] > 0 ? 1 : 0;
            declined += deltas[i] < 0 ? 1 : 0;
            gaining += p.gained().isEmpty() ? 0 : 1;
        }
        double[] ci = Bootstrap.medianInterval(deltas, RESAMPLES, 0.95, seed);
        return new Overview(n, Bootstrap.median(deltas), ci[0], ci[1], improved, declined, (double) gaining / n,
                Bootstrap.median(before), Bootstrap.median(after));
    }

    /** Organizations and resources named by more paired participants in wave 2 than in wave 1. */
    private List<Spread> spread(List<Pln[]> pairs) {
        List<Pln> plns = new ArrayList<>(pairs.size() * 2);
        Map<String, Boolean> wave2 = new HashMap<>();
        for (Pln[] p : pairs) {
            for (int w = 0; w < 2; w++) {
                Participant q = p[w].participant();
                String id = (w == 0 ? "1 " : "2 ") + q.id();
                wave2.put(id, w == 1);
                plns.add(new Pln(new Participant(id, q.name(), q.role(), q.school(), q.topics(), q.organizer(),
                        q.asOf()), p[w].connections(), p[w].links()));
            }
        }
        CohortIdentity identity = CohortIdentity.resolve(new Cohort(plns));
        List<Spread> out = new ArrayList<>();
        for (SharedNode node : identity.nodes()) {
            if (node.kind() == Kind.PERSON) {
                continue;
            }
            Set<String> b = new HashSet<>();
            Set<String> a = new HashSet<>();
            for (Mention m : node.mentions()) {
                String who = m.participantId().substring(2);
                (wave2.get(m.participantId()) ? a : b).add(who);
            }
            if (a.size() > b.size() && a.size() >= 2) {
                out.add(new Spread(node.id(), node.name(), node.kind(), node.category(), b.size(), a.size()));
            }
        }
        out.sort(Comparator.comparingInt((Spread s) -> -(s.after() - s.before())).thenComparingInt(s -> -s.after())
                .thenComparing(Spread::name).thenComparing(Spread::id));
        return out.size() > SPREAD_LIMIT ? List.copyOf(out.subList(0, SPREAD_LIMIT)) : out;
    }
}
