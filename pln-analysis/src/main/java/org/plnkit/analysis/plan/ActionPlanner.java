package org.plnkit.analysis.plan;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.engagement.UnderUse.LowEngagementCategory;
import org.plnkit.analysis.engagement.UnderUse.MembershipReview;
import org.plnkit.analysis.engagement.UnderUse.Reason;
import org.plnkit.analysis.engagement.UnderUse.StartingPoint;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.gaps.Coverage.Gap;
import org.plnkit.analysis.gaps.Coverage.ThinCategory;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.reliance.Reliance.Flag;
import org.plnkit.analysis.reliance.Reliance.FlagType;
import org.plnkit.analysis.reliance.Reliance.KeyPerson;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.topics.TopicCoverage.TopicSources;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Turns the findings of an assessment into an ordered action plan. Each recommendation gets a priority from what it
 * addresses; the plan is sorted by priority, then by type, then in the order the findings list them (taxonomy order
 * for categories, the participant's order for topics, ids for connections). Priorities, highest first:
 *
 * <table>
 * <caption>Priorities</caption>
 * <tr><td>90</td><td>cover a topic that has no source</td></tr>
 * <tr><td>85</td><td>reduce reliance on a connection that is the only source of several topics</td></tr>
 * <tr><td>80 / 68</td><td>reach beyond an all-local (or all-online) PLN / a mostly local (or online) one</td></tr>
 * <tr><td>75 / 60</td><td>fill a gap in a core category / in one of the first three other empty categories
 * (online ones first when the PLN is mostly local, local ones first when it is mostly online)</td></tr>
 * <tr><td>70 / 65</td><td>lean less on the top connection / spread concentrated engagement</td></tr>
 * <tr><td>55</td><td>add a second source for a topic with a single source</td></tr>
 * <tr><td>50</td><td>take a first step where the participant wants to be more active</td></tr>
 * <tr><td>45</td><td>explore the remaining empty categories (one step for all)</td></tr>
 * <tr><td>42 / 40</td><td>re-engage with a low-engagement category / review a membership</td></tr>
 * <tr><td>35 / 22</td><td>give back (share below target / one-way ties only)</td></tr>
 * <tr><td>30</td><td>strengthen a thin category (one step for all when there are more than two)</td></tr>
 * <tr><td>28 / 20</td><td>check in with overdue connections / note last contact dates</td></tr>
 * <tr><td>15</td><td>name a tool to organize the PLN</td></tr>
 * </table>
 *
 * <pre>{@code
 * ActionPlan plan = new ActionPlanner(Taxonomy.defaults(), Thresholds.DEFAULTS, SuggestionSource.NONE)
 *         .plan(pln, findings);
 * plan.recommendations().get(0).reason();   // "Jane Kim is your only source for 3 of your 4 topics (…)."
 * }</pre>
 *
 * @since 0.1.0
 */
public record ActionPlanner(Taxonomy taxonomy, Thresholds thresholds, SuggestionSource suggestions) {
    /** With more thin categories than this, one step covers them all. */
    static final int MAX_SEPARATE_THIN = 2;
    /** Empty categories beyond this many (core ones aside) are grouped in one step. */
    static final int MAX_SEPARATE_GAPS = 3;

    /** A recommendation before ranking. */
    private record Draft(int priority, int order, Step step, List<Need> needs) {
        RecommendationType type() {
            return step.type();
        }
    }

    /** The action plan for a PLN and its findings. */
    public ActionPlan plan(Pln pln, Findings f) {
        Steps steps = new Steps(pln, f);
        steps.coverTopics();
        steps.reduceReliance();
        steps.balanceLocalAndOnline();
        steps.fillGaps();
        steps.addSecondSources();
        steps.getInvolved();
        steps.reengage();
        steps.giveBack();
        steps.strengthenThinCategories();
        steps.checkIn();
        List<Draft> drafts = steps.drafts;
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.priority()).thenComparing(Draft::type)
                .thenComparingInt(Draft::order));
        List<Recommendation> out = new ArrayList<>(drafts.size());
        Suggested suggested = new Suggested(pln);
        int rank = 1;
        for (Draft d : drafts) {
            out.add(new Recommendation(rank++, d.step(), suggest(d.needs(), pln, suggested)));
        }
        return new ActionPlan(out);
    }

    /** The steps of one plan, drawn finding by finding. */
    private final class Steps {
        private final Pln pln;
        private final Findings f;
        private final int n;
        private final int topicCount;
        private final Reliance reliance;
        private final Composition comp;
        private final Coverage cov;
        private final List<Draft> drafts = new ArrayList<>();
        /** Connections already named in a reliance step. */
        private final Set<String> reliedOn = new TreeSet<>();
        /** Connections already named in a "take a first step" step. */
        private final Set<String> starting = new TreeSet<>();
        /** The PLN's connections by id, made at the first look-up ({@link Pln#connection} reads the list). */
        private Map<String, Connection> byId;

        Steps(Pln pln, Findings f) {
            this.pln = pln;
            this.f = f;
            this.n = f.composition().connections();
            this.topicCount = f.topics().byTopic().size();
            this.reliance = f.reliance();
            this.comp = f.composition();
            this.cov = f.coverage();
        }

        /** Topics with no source. */
        void coverTopics() {
            for (String t : f.topics().uncoveredTopics()) {
                add(90, new Step.FindSource(t, topicCount, n), List.of(Need.topic(t)));
            }
        }

        /** Key sources (any kind) that are the only source of several topics. */
        void reduceReliance() {
            Optional<Flag> topFlag = flag(reliance, FlagType.TOP_SHARE);
            for (Flag fl : reliance.flags()) {
                if (fl.type() != FlagType.SOLE_SOURCE) {
                    continue;
                }
                ConnectionRef c = fl.connection().orElseThrow();
                KeyPerson k = reliance.keyPeople().stream().filter(p -> p.connection().id().equals(c.id()))
                        .findFirst().orElseThrow();
                reliedOn.add(c.id());
                Optional<Double> topShare = topFlag.filter(t -> t.connection().orElseThrow().id().equals(c.id()))
                        .map(Flag::value);
                add(85, new Step.SoleSource(c, k.soleSourceOf(), topicCount, topShare),
                        k.soleSourceOf().stream().map(Need::topic).toList());
            }
            if (topFlag.isPresent() && !reliedOn.contains(topFlag.get().connection().orElseThrow().id())) {
                ConnectionRef c = topFlag.get().connection().orElseThrow();
                List<ConnectionRef> tied = reliance.tiedForTop().stream().map(Reliance.ConnectionWeight::connection)
                        .filter(x -> !reliedOn.contains(x.id())).toList();
                if (tied.isEmpty()) {
                    tied = List.of(c);
                }
                Set<String> keys = new TreeSet<>();
                tied.forEach(x -> keys.addAll(topicsOf(pln, x.id(), f.topics())));
                List<String> itsTopics = f.topics().byTopic().stream().map(TopicSources::topic)
                        .filter(keys::contains).toList();
                add(70, new Step.LeanLess(tied, itsTopics, topFlag.get().value(), topFlag.get().limit()),
                        itsTopics.stream().map(Need::topic).toList());
            } else if (topFlag.isEmpty()) {
                flag(reliance, FlagType.CONCENTRATION).ifPresent(fl -> {
                    List<Reliance.ConnectionWeight> top3 = reliance.weights().subList(0, Math.min(3,
                            reliance.weights().size()));
                    double share = top3.stream().mapToDouble(Reliance.ConnectionWeight::share).sum();
                    add(65, new Step.SpreadEngagement(top3.stream().map(Reliance.ConnectionWeight::connection)
                            .toList(), share, fl.value(), fl.limit()), List.of());
                });
            }
        }

        /** All or mostly local, all or mostly online. */
        void balanceLocalAndOnline() {
            if (n > 0) {
                double local = comp.localShare().orElse(0.0);
                if (local >= thresholds.mostlyLocalShare()) {
                    List<Gap> online = f.coverage().gaps().stream().filter(g -> !g.local()).toList();
                    add(comp.online() == 0 ? 80 : 68, new Step.Reach(true, comp.local(), comp.online(), n),
                            online.stream().limit(2).map(g -> Need.category(g.category())).toList());
                } else if (1 - local >= thresholds.mostlyLocalShare()) {
                    List<Gap> near = f.coverage().gaps().stream().filter(Gap::local).toList();
                    add(comp.local() == 0 ? 80 : 68, new Step.Reach(false, comp.online(), comp.local(), n),
                            near.stream().limit(2).map(g -> Need.category(g.category())).toList());
                }
            }
        }

        /**
         * Empty categories: core ones and the first few others one step each (online ones first in a mostly local
         * PLN, local ones first in a mostly online PLN), the rest in one step.
         */
        void fillGaps() {
            double localShare = comp.localShare().orElse(0.5);
            List<Gap> gaps = new ArrayList<>(cov.gaps());
            if (localShare >= thresholds.mostlyLocalShare()) {
                gaps.sort(Comparator.comparing(Gap::local)); // stable: taxonomy order within each group
            } else if (1 - localShare >= thresholds.mostlyLocalShare()) {
                gaps.sort(Comparator.comparing((Gap g) -> !g.local()));
            }
            gaps.sort(Comparator.comparing((Gap g) -> !g.core()));
            List<Gap> rest = new ArrayList<>();
            int separate = 0;
            for (Gap g : gaps) {
                if (!g.core() && separate >= MAX_SEPARATE_GAPS) {
                    rest.add(g);
                    continue;
                }
                if (!g.core()) {
                    separate++;
                }
                add(g.core() ? 75 : 60, new Step.AddInCategory(g.category(), g.label(), g.core(), cov.gaps().size(),
                        cov.categories(), examples(g.category())), List.of(Need.category(g.category())));
            }
            if (!rest.isEmpty()) {
                add(45, new Step.ExploreCategories(rest.stream().map(Gap::category).toList(),
                        rest.stream().map(Gap::label).toList()),
                        rest.stream().map(g -> Need.category(g.category())).toList());
            }
        }

        /** Topics with a single source not already covered by a reliance step. */
        void addSecondSources() {
            for (String t : f.topics().fragileTopics()) {
                TopicSources ts = f.topics().topic(t).orElseThrow();
                ConnectionRef only = ts.sources().get(0).connection();
                if (reliedOn.contains(only.id())) {
                    continue;
                }
                add(55, new Step.SecondSource(t, only), List.of(Need.topic(t)));
            }
        }

        /** Connections where the participant wants to be more active. */
        void getInvolved() {
            for (StartingPoint s : f.underUse().wantsToStart()) {
                starting.add(s.connection().id());
                add(50, new Step.FirstStep(s.connection(), s.participation()), List.of());
            }
        }

        /** Low-engagement categories and memberships to review. */
        void reengage() {
            for (LowEngagementCategory c : f.underUse().lowEngagementCategories()) {
                add(42, new Step.ReengageCategory(c.category(), c.label(), c.connections(),
                        connectionsIn(pln, c.category()), c.maxWeight(), thresholds.lowEngagementWeight(),
                        peopleCategory(c.category())), List.of(Need.category(c.category())));
            }
            for (MembershipReview m : f.underUse().membershipsToReview()) {
                if (starting.contains(m.connection().id()) && !m.reasons().contains(Reason.LOW_VALUE)) {
                    continue; // "take a first step" already covers it
                }
                Connection c = connection(m.connection().id());
                boolean valued = c.value().filter(v -> v >= VALUED).isPresent();
                boolean often = c.frequency().filter(ActionPlanner::often).isPresent();
                if (!m.reasons().contains(Reason.LOW_VALUE) && (valued || often)) {
                    continue; // reading along in a community one values or uses often is fine: nothing to review
                }
                Optional<Integer> low = m.reasons().contains(Reason.LOW_VALUE)
                        ? Optional.of(m.value().orElseThrow()) : Optional.empty();
                Optional<Participation> little = m.reasons().contains(Reason.LITTLE_PARTICIPATION)
                        ? Optional.of(m.participation().orElseThrow()) : Optional.empty();
                add(40, new Step.ReviewMembership(m.connection(), low, little,
                        often ? c.frequency() : Optional.empty()), List.of());
            }
        }

        /** Give-back below the target, or one-way ties. */
        void giveBack() {
            GiveBack gb = f.giveBack();
            if (gb.canGiveBackTo() > 0) {
                double share = gb.share().orElse(0.0);
                if (share < thresholds.giveBackTarget()) {
                    add(35, new Step.GiveBackMore(gb.givesBackTo(), gb.canGiveBackTo(), share,
                            thresholds.giveBackTarget(), gb.oneWayTies()), List.of());
                } else if (!gb.oneWayTies().isEmpty()) {
                    add(22, new Step.GiveBackToPeople(gb.oneWayTies()), List.of());
                }
            }
        }

        /** Thin categories: one step each, or one step for all when there are many. */
        void strengthenThinCategories() {
            List<ThinCategory> thins = cov.thinCategories();
            if (thins.size() > MAX_SEPARATE_THIN) {
                add(30, new Step.StrengthenCategories(thins, cov.covered()),
                        thins.stream().map(t -> Need.category(t.category())).toList());
            } else {
                for (ThinCategory t : thins) {
                    add(30, new Step.StrengthenCategory(t.category(), t.label(), t.connections(), t.reasons(),
                            connectionsIn(pln, t.category())), List.of(Need.category(t.category())));
                }
            }
        }

        /** Adds a step; steps of equal priority and type keep the order in which they are added. */
        private void add(int priority, Step step, List<Need> needs) {
            drafts.add(new Draft(priority, drafts.size(), step, needs));
        }

        /** How one keeps up with a connection of this PLN. */
        private Ways way(ConnectionRef c) {
            Connection found = byId().get(c.id());
            return Ways.of(c, found == null ? "" : found.category());
        }

        private Map<String, Connection> byId() {
            if (byId == null) {
                byId = new java.util.HashMap<>();
                pln.connections().forEach(x -> byId.put(x.id(), x));
            }
            return byId;
        }

        /** The connection of this PLN with this id (every id a finding names is one). */
        private Connection connection(String id) {
            return Optional.ofNullable(byId().get(id)).orElseThrow();
        }

        /** Overdue check-ins, missing last contacts, no organizer. */
        void checkIn() {
            Upkeep up = f.upkeep();
            if (!up.overdueCheckIns().isEmpty()) {
                add(28, new Step.CheckIn(up.overdueCheckIns().stream().map(o -> new Step.Overdue(o.connection(),
                        o.frequency(), o.daysSince(), way(o.connection()))).toList()), List.of());
            }
            if (!up.noLastContact().isEmpty()) {
                add(20, new Step.NoteLastContact(up.noLastContact(), n), List.of());
            }
            if (!up.organizerNamed() && n > 0) {
                add(15, new Step.Organize(n), List.of());
            }
        }
    }

    /** A value from which a connection counts as valued (4 and 5 of 5). */
    static final int VALUED = 4;

    /** Daily and weekly: used often. */
    private static boolean often(org.plnkit.core.model.Frequency f) {
        return f == org.plnkit.core.model.Frequency.DAILY || f == org.plnkit.core.model.Frequency.WEEKLY;
    }

    /** Whether a category usually holds people (its connections are contacted rather than replaced). */
    private boolean peopleCategory(String id) {
        return taxonomy.byId(id).map(c -> c.typicalKinds().equals(Set.of(org.plnkit.core.model.Kind.PERSON)))
                .orElse(false);
    }

    /**
     * What a plan has suggested so far and what the PLN holds, by name and web address as the directory compares
     * them: a plan suggests a resource once, in its first step that finds it, and never one the PLN holds (whatever
     * the source).
     */
    private static final class Suggested {
        private final Pln pln;
        /** Worked out at the first suggestion: a plan without suggestions (a district's) never needs them (#17). */
        private Set<String> held;
        private Set<String> heldUrls;
        private final Set<String> names = new java.util.HashSet<>();

        Suggested(Pln pln) {
            this.pln = pln;
        }

        int size() {
            return names.size();
        }

        boolean fresh(Suggestion s) {
            if (held == null) {
                held = new java.util.HashSet<>();
                heldUrls = new java.util.HashSet<>();
                for (Connection c : pln.connections()) {
                    held.add(ResourceDirectory.nameKey(c.name()));
                    c.url().ifPresent(u -> heldUrls.add(ResourceDirectory.urlKey(u)));
                }
            }
            String key = ResourceDirectory.nameKey(s.name());
            return !names.contains(key) && !held.contains(key)
                    && s.url().map(ResourceDirectory::urlKey).filter(heldUrls::contains).isEmpty();
        }

        void add(Suggestion s) {
            names.add(ResourceDirectory.nameKey(s.name()));
        }
    }

    private List<Suggestion> suggest(List<Need> needs, Pln pln, Suggested suggested) {
        int limit = thresholds.suggestionsPerRecommendation();
        if (needs.isEmpty() || limit == 0) {
            return List.of();
        }
        // take the best of each need in turn, so that one need does not crowd out the others; ask for as many more
        // as the plan has suggested already, which this step leaves out
        List<List<Suggestion>> perNeed = new ArrayList<>();
        for (Need need : needs) {
            perNeed.add(suggestions.suggest(need, pln, limit + suggested.size()).stream().filter(suggested::fresh)
                    .toList());
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        int longest = perNeed.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < longest && found.size() < limit; round++) {
            for (List<Suggestion> list : perNeed) {
                if (round < list.size() && found.size() < limit) {
                    found.putIfAbsent(ResourceDirectory.nameKey(list.get(round).name()), list.get(round));
                }
            }
        }
        found.values().forEach(suggested::add);
        return List.copyOf(found.values());
    }

    private List<String> examples(String categoryId) {
        return taxonomy.byId(categoryId).map(Category::examples).orElse(List.of());
    }

    private static Optional<Flag> flag(Reliance r, FlagType type) {
        return r.flags().stream().filter(f -> f.type() == type).findFirst();
    }

    private static List<ConnectionRef> connectionsIn(Pln pln, String category) {
        return pln.connections().stream().filter(c -> c.category().equals(category))
                .sorted(Comparator.comparing(Connection::id)).map(ConnectionRef::of).toList();
    }

    /** The participant's topics a connection helps with, in the participant's order. */
    private static List<String> topicsOf(Pln pln, String connectionId, TopicCoverage topics) {
        Connection c = pln.connection(connectionId).orElseThrow();
        Set<String> keys = new TreeSet<>();
        c.topics().forEach(t -> keys.add(TopicsMeasure.key(t)));
        return topics.byTopic().stream().map(TopicSources::topic).filter(t -> keys.contains(TopicsMeasure.key(t)))
                .toList();
    }
}
