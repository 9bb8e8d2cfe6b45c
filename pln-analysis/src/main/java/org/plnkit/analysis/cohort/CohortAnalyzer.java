package org.plnkit.analysis.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.composition.CompositionMeasure;
import org.plnkit.analysis.engagement.UnderUse;
import org.plnkit.analysis.engagement.UnderUseMeasure;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.gaps.CoverageMeasure;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.giveback.GiveBackMeasure;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.health.HealthScore;
import org.plnkit.analysis.plan.ActionPlan;
import org.plnkit.analysis.plan.ActionPlanner;
import org.plnkit.analysis.plan.Findings;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.reliance.RelianceMeasure;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.analysis.upkeep.UpkeepMeasure;
import org.plnkit.core.identity.CohortIdentity;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Analyses a cohort: resolves who is who across participants, builds the cohort graph and its projection, assesses
 * every participant (in parallel, on {@link CohortOptions#threads()} threads), and computes coverage, the health
 * distribution, shared nodes, keystones, communities, bridges, isolated participants and peer recommendations. The
 * result is the same for any number of threads. One participant who cannot be assessed is reported in
 * {@link CohortParticipant#problem()}; the others are still analysed.
 *
 * <pre>{@code
 * Cohort cohort = CohortReader.read(Path.of("cohort.xlsx")).value().orElseThrow();
 * CohortAnalysis a = new CohortAnalyzer(CohortOptions.defaults()
 *         .withFallbackAsOf(LocalDate.of(2026, 11, 28)).withThreads(2)).analyze(cohort);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortAnalyzer {
    /** Told how long each step of an analysis took, for benchmarks and {@code --timings}. */
    @FunctionalInterface
    public interface StepListener {
        /** Listens to nothing. */
        StepListener NONE = (step, nanos) -> { };

        /** A step ({@code identity}, {@code graph}, {@code assess}, {@code projection}, …) took this long. */
        void step(String step, long nanos);
    }

    /** At most this many topics are listed per keystone. */
    private static final int KEYSTONE_TOPICS = 5;
    private static final int COMMUNITY_LIST = 5;

    private final CohortOptions options;

    public CohortAnalyzer(CohortOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Shortcut for {@code new CohortAnalyzer(options).analyze(cohort)}. */
    public static CohortAnalysis analyze(Cohort cohort, CohortOptions options) {
        return new CohortAnalyzer(options).analyze(cohort);
    }

    /** Analyses a cohort. */
    public CohortAnalysis analyze(Cohort cohort) {
        return analyze(cohort, StepListener.NONE);
    }

    /** Analyses a cohort, telling the listener how long each step took. */
    public CohortAnalysis analyze(Cohort cohort, StepListener steps) {
        Objects.requireNonNull(cohort, "cohort");
        Taxonomy taxonomy = options.assessment().taxonomy();
        try (Parallel parallel = new Parallel(options.threads())) {
            long t = System.nanoTime();
            CohortIdentity identity = CohortIdentity.resolve(cohort);
            t = lap(steps, "identity", t);
            CohortGraph graph = CohortGraph.of(cohort, identity, options.assessment().engagement());
            t = lap(steps, "graph", t);
            int n = graph.participantCount();
            Work[] work = new Work[n];
            parallel.range(n, i -> work[i] = work(cohort.plns().get(i), graph, i, taxonomy));
            t = lap(steps, "assess", t);
            Projection projection = ProjectionBuilder.build(graph, options, parallel);
            t = lap(steps, "projection", t);
            CommunityFinder.Result found = CommunityFinder.find(projection, options.seed());
            List<Set<Integer>> clusters = found.clusters();
            double modularity = found.modularity();
            int[] community = communities(clusters, n);
            t = lap(steps, "communities", t);
            Betweenness.Result bc = Betweenness.compute(projection, options.betweennessSources(), options.seed(),
                    parallel);
            t = lap(steps, "betweenness", t);
            Groups schools = Groups.of(graph.participants(), Participant::school);
            Groups roles = Groups.of(graph.participants(), Participant::role);
            List<CohortParticipant> participants = new ArrayList<>(n);
            List<Integer> isolated = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean iso = graph.isIsolated(i);
                if (iso) {
                    isolated.add(i);
                }
                participants.add(new CohortParticipant(i, graph.participant(i), cohort.plns().get(i)
                        .connections().size(), graph.rawNodesOf(i).length, graph.rawTiesOf(i).length,
                        work[i].scores, work[i].problem, community[i] > 0 ? Optional.of(community[i])
                        : Optional.empty(), projection.degree(i), bc.scores()[i], iso));
            }
            CoverageSummary coverage = new CoverageSummary(categoryCoverage(taxonomy, participants, null),
                    groupSummaries(taxonomy, participants, schools), groupSummaries(taxonomy, participants, roles));
            HealthDistribution health = health(participants);
            int[][] keystoneCounts = new int[3][graph.nodeCount()];
            List<Keystone> keystones = keystones(graph, work, keystoneCounts);
            List<SharedResource> shared = shared(graph, schools, keystoneCounts[0]);
            List<Community> communityList = communityList(community, graph, participants,
                    schools, roles);
            List<Bridge> bridges = bridges(projection, community, schools, bc.scores());
            lap(steps, "summaries", t);
            PeerSuggestions peers = new PeerSuggestions(cohort, graph, taxonomy, community, schools, roles, options);
            return new CohortAnalysis(options, taxonomy, participants, graph, projection, coverage, health, shared,
                    keystones, communityList, modularity, bridges, bc.exact(), isolated, peers, schools, roles);
        }
    }

    private static long lap(StepListener steps, String name, long since) {
        long now = System.nanoTime();
        steps.step(name, now - since);
        return now;
    }

    // ---------------------------------------------------------------- per participant

    /** What one participant contributes: their scores, and the shared nodes that are their only source. */
    private record Work(Optional<CohortParticipant.Scores> scores, Optional<String> problem, int[] soleCategory,
                        int[] soleTopicNodes, String[] soleTopics) {
    }

    private Work work(Pln pln, CohortGraph graph, int i, Taxonomy taxonomy) {
        Optional<CohortParticipant.Scores> scores = Optional.empty();
        Optional<String> problem = Optional.empty();
        Optional<LocalDate> asOf = options.asOfFor(pln.participant());
        if (asOf.isEmpty()) {
            problem = Optional.of("no as-of date: give one for the whole cohort, or set as_of for this participant");
        } else {
            try {
                scores = Optional.of(assess(pln, asOf.get(), taxonomy));
            } catch (RuntimeException e) {
                problem = Optional.of("could not be assessed: " + (e.getMessage() == null ? e.toString()
                        : e.getMessage()));
            }
        }
        return soleSources(pln, graph, i, scores, problem);
    }

    /**
     * The participant assessment, without Burt's structural measures, without the plan's suggestions and without
     * the articulation points of reliance: the district sees the health score, its parts and the first step of the
     * plan (its title, type and category, which the suggestions neither change nor reorder), and those two were more
     * than half of an assessment's time (the starter directory's suggestions alone about 40%); the articulation
     * points, which no score or step depends on, were then about a third of what was left. The same measures and
     * options as {@link Assessor#assess} otherwise (a test keeps the two equal, with and without a resource
     * directory).
     */
    private CohortParticipant.Scores assess(Pln pln, LocalDate asOf, Taxonomy taxonomy) {
        AssessmentOptions o = options.assessment();
        Thresholds t = o.thresholds();
        Composition composition = new CompositionMeasure(taxonomy).measure(pln);
        Coverage coverage = new CoverageMeasure(taxonomy, o.coreCategories(), t).measure(pln);
        TopicCoverage topics = new TopicsMeasure(o.engagement()).measure(pln);
        Reliance reliance = new RelianceMeasure(o.engagement(), t).measureWithoutArticulationPoints(pln, topics);
        UnderUse underUse = new UnderUseMeasure(taxonomy, o.engagement(), t).measure(pln);
        GiveBack giveBack = new GiveBackMeasure(o.engagement()).measure(pln);
        Upkeep upkeep = new UpkeepMeasure(asOf, t).measure(pln);
        Health health = new HealthScore(t).score(composition, coverage, reliance, topics, giveBack, upkeep);
        ActionPlan plan = new ActionPlanner(taxonomy, t, SuggestionSource.NONE).plan(pln,
                new Findings(composition, coverage, reliance, topics, underUse, giveBack, upkeep));
        return scores(asOf, composition, coverage, topics, reliance, giveBack, upkeep, health, plan, taxonomy);
    }

    /** The district's scores of a full assessment. */
    static CohortParticipant.Scores scores(Assessment a, Taxonomy taxonomy) {
        return scores(a.asOf(), a.composition(), a.coverage(), a.topics(), a.reliance(), a.giveBack(), a.upkeep(),
                a.health(), a.actionPlan(), taxonomy);
    }

    private static CohortParticipant.Scores scores(LocalDate asOf, Composition composition, Coverage coverage,
                                                   TopicCoverage topics, Reliance reliance, GiveBack giveBack,
                                                   Upkeep upkeep, Health health, ActionPlan plan, Taxonomy taxonomy) {
        List<Optional<Integer>> subs = new ArrayList<>();
        for (Health.Part part : Health.Part.values()) {
            subs.add(health.part(part).score());
        }
        List<CategoryStatus> statuses = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Category> cats = taxonomy.categories();
        for (int c = 0; c < cats.size(); c++) {
            String id = cats.get(c).id();
            statuses.add(coverage.isGap(id) ? CategoryStatus.LACK : onlyInfrequent(coverage, id)
                    ? CategoryStatus.THIN : CategoryStatus.HAVE);
            counts.add(composition.byCategory().get(c).connections());
        }
        Optional<Recommendation> first = plan.recommendations().stream().findFirst();
        return new CohortParticipant.Scores(asOf, health.score(), subs, statuses, counts, coverage.gaps().size(),
                coverage.thinCategories().size(), topics.byTopic().size(), topics.uncoveredTopics().size(),
                topics.fragileTopics().size(), upkeep.overdueCheckIns().size(), giveBack.share(),
                composition.localShare(), reliance.flags().size(), first.map(Recommendation::title),
                first.map(Recommendation::type), first.flatMap(Recommendation::category),
                first.map(r -> r.title(CohortAnalyzer::byKind)));
    }

    /** A connection as an anonymized district output names it: a person by kind, anything else by its name. */
    private static String byKind(org.plnkit.analysis.measure.ConnectionRef c) {
        return c.kind() == org.plnkit.core.model.Kind.PERSON ? "one person" : c.name();
    }

    /**
     * The district's "thin": every connection in the category is checked only yearly or rarely. One connection in
     * regular touch counts as "have" at school and district size (the participant's own report is stricter: one
     * connection is thin there); see docs/cohort.md.
     */
    private static boolean onlyInfrequent(Coverage coverage, String category) {
        return coverage.thinCategories().stream().anyMatch(t -> t.category().equals(category)
                && t.reasons().contains(Coverage.Reason.ONLY_INFREQUENT));
    }

    private static final long MANY = Long.MIN_VALUE;

    /**
     * The shared nodes that are this participant's only source for one of their categories or one of their topics.
     * Sources are compared by identity: two mentions of the same node are one source.
     */
    private static Work soleSources(Pln pln, CohortGraph graph, int i, Optional<CohortParticipant.Scores> scores,
                                    Optional<String> problem) {
        int[] cn = graph.connectionNodes(i);
        List<Connection> cs = pln.connections();
        Map<String, Long> byCategory = new HashMap<>();
        Map<String, Long> byTopic = new TreeMap<>();
        for (String t : pln.participant().topics()) {
            byTopic.put(TopicsMeasure.key(t), null);
        }
        for (int c = 0; c < cs.size(); c++) {
            long key = cn[c] == -1 ? (long) Integer.MIN_VALUE - 1 - c : cn[c];
            byCategory.merge(cs.get(c).category(), key, (a, b) -> a.equals(b) ? a : MANY);
            for (String t : cs.get(c).topics()) {
                String k = TopicsMeasure.key(t);
                if (byTopic.containsKey(k)) {
                    Long prev = byTopic.get(k);
                    byTopic.put(k, prev == null || prev == key ? key : MANY);
                }
            }
        }
        Set<Integer> cats = new HashSet<>();
        for (long key : byCategory.values()) {
            int j = key >= 0 ? graph.sharedIndex((int) key) : -1;
            if (j >= 0) {
                cats.add(j);
            }
        }
        List<Integer> topicNodes = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        for (Map.Entry<String, Long> e : byTopic.entrySet()) {
            Long key = e.getValue();
            int j = key != null && key >= 0 ? graph.sharedIndex((int) (long) key) : -1;
            if (j >= 0) {
                topicNodes.add(j);
                topics.add(e.getKey());
            }
        }
        int[] sole = cats.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Work(scores, problem, sole, topicNodes.stream().mapToInt(Integer::intValue).toArray(),
                topics.toArray(new String[0]));
    }

    // ---------------------------------------------------------------- communities and bridges

    /** Community numbers by participant (0: none): clusters of at least minCommunitySize, largest first. */
    private int[] communities(List<Set<Integer>> clusters, int n) {
        List<int[]> kept = new ArrayList<>();
        for (Set<Integer> c : clusters) {
            if (c.size() >= options.minCommunitySize()) {
                kept.add(c.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        kept.sort(Comparator.<int[]>comparingInt(a -> -a.length).thenComparingInt(a -> a[0]));
        int[] of = new int[n];
        for (int c = 0; c < kept.size(); c++) {
            for (int i : kept.get(c)) {
                of[i] = c + 1;
            }
        }
        return of;
    }

    private static List<Community> communityList(int[] community, CohortGraph graph,
                                                 List<CohortParticipant> participants, Groups schools,
                                                 Groups roles) {
        int count = Arrays.stream(community).max().orElse(0);
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < community.length; i++) {
            if (community[i] > 0) {
                members.get(community[i] - 1).add(i);
            }
        }
        List<Community> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Integer> ms = members.get(c);
            Map<Integer, Integer> nodeUse = new HashMap<>();
            long sum = 0;
            int assessed = 0;
            for (int i : ms) {
                for (int j : graph.rawNodesOf(i)) {
                    if (graph.node(j).kind() != Kind.PERSON) {
                        nodeUse.merge(j, 1, Integer::sum);
                    }
                }
                Optional<CohortParticipant.Scores> s = participants.get(i).scores();
                if (s.isPresent()) {
                    sum += s.get().health();
                    assessed++;
                }
            }
            List<Community.NodeCount> top = nodeUse.entrySet().stream()
                    .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                            : Integer.compare(b.getValue(), a.getValue()))
                    .limit(COMMUNITY_LIST)
                    .map(e -> new Community.NodeCount(e.getKey(), graph.displayName(e.getKey()), e.getValue()))
                    .toList();
            out.add(new Community(c + 1, ms, groupCounts(ms, schools), groupCounts(ms, roles), top,
                    assessed == 0 ? Optional.empty() : Optional.of((double) sum / assessed)));
        }
        return out;
    }

    private static List<Community.GroupCount> groupCounts(List<Integer> members, Groups groups) {
        return Groups.countBy(members, groups).entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(COMMUNITY_LIST)
                .map(e -> new Community.GroupCount(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<Bridge> bridges(Projection projection, int[] community, Groups schools, double[] bc) {
        int n = bc.length;
        List<Bridge> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bc[i] <= 0) {
                continue;
            }
            Set<Integer> cs = new HashSet<>();
            Set<Integer> ss = new HashSet<>();
            if (community[i] > 0) {
                cs.add(community[i]);
            }
            if (schools.groupOf[i] >= 0) {
                ss.add(schools.groupOf[i]);
            }
            for (int q : projection.neighbours(i)) {
                if (community[q] > 0) {
                    cs.add(community[q]);
                }
                if (schools.groupOf[q] >= 0) {
                    ss.add(schools.groupOf[q]);
                }
            }
            if (cs.size() >= 2 || ss.size() >= 2) {
                all.add(new Bridge(i, bc[i], cs.size(), ss.size()));
            }
        }
        all.sort(Comparator.comparingDouble((Bridge b) -> -b.betweenness()).thenComparingInt(Bridge::participant));
        return List.copyOf(all.subList(0, Math.min(all.size(), maxBridges(n))));
    }

    /** How many bridges are listed: 10, or one in fifty participants in larger cohorts. */
    static int maxBridges(int n) {
        return Math.max(10, n / 50);
    }

    // ---------------------------------------------------------------- coverage and health

    private static List<CategoryCoverage> categoryCoverage(Taxonomy taxonomy, List<CohortParticipant> ps,
                                                           List<Integer> only) {
        List<Category> cats = taxonomy.categories();
        int[][] c = new int[cats.size()][3];
        Iterable<Integer> members = only != null ? only : () -> java.util.stream.IntStream.range(0, ps.size())
                .iterator();
        for (int i : members) {
            Optional<CohortParticipant.Scores> s = ps.get(i).scores();
            if (s.isEmpty()) {
                continue;
            }
            List<CategoryStatus> st = s.get().categories();
            for (int k = 0; k < cats.size(); k++) {
                c[k][st.get(k).ordinal()]++;
            }
        }
        List<CategoryCoverage> out = new ArrayList<>();
        for (int k = 0; k < cats.size(); k++) {
            out.add(new CategoryCoverage(cats.get(k).id(), cats.get(k).label(), c[k][0], c[k][1], c[k][2]));
        }
        return out;
    }

    private static List<GroupSummary> groupSummaries(Taxonomy taxonomy, List<CohortParticipant> ps, Groups groups) {
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g <= groups.count(); g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < ps.size(); i++) {
            int g = groups.groupOf[i];
            members.get(g < 0 ? groups.count() : g).add(i);
        }
        List<GroupSummary> out = new ArrayList<>();
        for (int g = 0; g <= groups.count(); g++) {
            List<Integer> ms = members.get(g);
            if (ms.isEmpty()) {
                continue;
            }
            int[] health = ms.stream().map(ps::get).filter(p -> p.scores().isPresent())
                    .mapToInt(p -> p.scores().get().health()).toArray();
            int isolated = (int) ms.stream().filter(i -> ps.get(i).isolated()).count();
            out.add(new GroupSummary(g < groups.count() ? groups.name(g) : GroupSummary.NOT_GIVEN, ms.size(),
                    health.length, categoryCoverage(taxonomy, ps, ms), ScoreStats.of(health), isolated));
        }
        return out;
    }

    private static HealthDistribution health(List<CohortParticipant> ps) {
        int[] overall = ps.stream().filter(p -> p.scores().isPresent()).mapToInt(p -> p.scores().get().health())
                .toArray();
        List<HealthDistribution.PartStats> parts = new ArrayList<>();
        for (Health.Part part : Health.Part.values()) {
            int[] v = ps.stream().map(CohortParticipant::scores).flatMap(Optional::stream)
                    .map(s -> s.subScore(part)).flatMap(Optional::stream).mapToInt(Integer::intValue).toArray();
            parts.add(new HealthDistribution.PartStats(part, ScoreStats.of(v)));
        }
        return new HealthDistribution(ScoreStats.of(overall), parts);
    }

    // ---------------------------------------------------------------- shared nodes and keystones

    /** Fills counts[0] = affected, [1] = without a category source, [2] = without a topic source, per node. */
    private List<Keystone> keystones(CohortGraph graph, Work[] work, int[][] counts) {
        int s = graph.nodeCount();
        Map<Integer, Map<String, Integer>> topicCounts = new HashMap<>();
        for (Work w : work) {
            Set<Integer> affected = new HashSet<>();
            for (int j : w.soleCategory) {
                counts[1][j]++;
                affected.add(j);
            }
            Set<Integer> topicNodes = new HashSet<>();
            for (int x = 0; x < w.soleTopicNodes.length; x++) {
                int j = w.soleTopicNodes[x];
                if (topicNodes.add(j)) {
                    counts[2][j]++;
                }
                affected.add(j);
                topicCounts.computeIfAbsent(j, k -> new HashMap<>()).merge(w.soleTopics[x], 1, Integer::sum);
            }
            for (int j : affected) {
                counts[0][j]++;
            }
        }
        List<Keystone> out = new ArrayList<>();
        for (int j = 0; j < s; j++) {
            // rare and meaningful: the only source for at least minKeystone participants, and for at least half
            // of those who name it (a node many name, the only source of a few, is not what they hang on)
            if (counts[0][j] < options.minKeystone() || 2 * counts[0][j] < graph.reliance(j)) {
                continue;
            }
            SharedNode node = graph.node(j);
            List<Keystone.TopicCount> topics = topicCounts.getOrDefault(j, Map.of()).entrySet().stream()
                    .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                            : Integer.compare(b.getValue(), a.getValue()))
                    .limit(KEYSTONE_TOPICS)
                    .map(e -> new Keystone.TopicCount(e.getKey(), e.getValue()))
                    .toList();
            out.add(new Keystone(j, graph.displayName(j), node.kind(), node.category(), graph.reliance(j),
                    counts[0][j], counts[1][j], counts[2][j], topics));
        }
        out.sort(Comparator.comparingInt((Keystone k) -> -k.affected())
                .thenComparingInt(k -> -k.participants()).thenComparingInt(Keystone::node));
        return out;
    }

    private static List<SharedResource> shared(CohortGraph graph, Groups schools, int[] keystone) {
        int s = graph.nodeCount();
        int n = graph.participantCount();
        Integer[] order = new Integer[s];
        for (int j = 0; j < s; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(graph.reliance(b), graph.reliance(a));
            if (c != 0) {
                return c;
            }
            c = Double.compare(graph.weight(b), graph.weight(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<SharedResource> out = new ArrayList<>(s);
        BitSetCounter distinct = new BitSetCounter(schools.count());
        for (int r = 0; r < s; r++) {
            int j = order[r];
            SharedNode node = graph.node(j);
            int[] ps = graph.rawParticipantsOf(j);
            distinct.clear();
            for (int i : ps) {
                distinct.add(schools.groupOf[i]);
            }
            out.add(new SharedResource(r + 1, j, node.id(), graph.displayName(j), node.kind(), node.category(),
                    graph.url(j), ps.length, n == 0 ? 0 : (double) ps.length / n, graph.weight(j), distinct.count(),
                    keystone[j]));
        }
        return out;
    }

    /** Counts distinct non-negative ints below a bound, reusable. */
    private static final class BitSetCounter {
        private final java.util.BitSet bits;
        private int count;

        BitSetCounter(int bound) {
            bits = new java.util.BitSet(bound);
        }

        void clear() {
            bits.clear();
            count = 0;
        }

        void add(int v) {
            if (v >= 0 && !bits.get(v)) {
                bits.set(v);
                count++;
            }
        }

        int count() {
            return count;
        }
    }
}
