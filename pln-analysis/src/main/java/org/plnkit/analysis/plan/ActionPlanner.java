package org.plnkit.analysis.plan;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.andAtMost;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.decimal;
import static org.plnkit.analysis.words.Words.percent;

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
import org.plnkit.analysis.words.Words;
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
import org.plnkit.analysis.upkeep.Upkeep.OverdueCheckIn;
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
public final class ActionPlanner {
    /** With more thin categories than this, one step covers them all. */
    static final int MAX_SEPARATE_THIN = 2;
    /** Empty categories beyond this many (core ones aside) are grouped in one step. */
    static final int MAX_SEPARATE_GAPS = 3;

    private final Taxonomy taxonomy;
    private final Thresholds thresholds;
    private final SuggestionSource suggestions;

    public ActionPlanner(Taxonomy taxonomy, Thresholds thresholds, SuggestionSource suggestions) {
        this.taxonomy = taxonomy;
        this.thresholds = thresholds;
        this.suggestions = suggestions;
    }

    /** A recommendation before ranking. */
    private record Draft(int priority, int order, RecommendationType type, String title, String reason,
                         Optional<String> category, List<String> topics, List<ConnectionRef> connections,
                         List<Need> needs, String examples) {
        /** The same step with the taxonomy's examples, said only when no concrete suggestion is found. */
        Draft withExamples(String e) {
            return new Draft(priority, order, type, title, reason, category, topics, connections, needs, e);
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
        int rank = 1;
        for (Draft d : drafts) {
            List<Suggestion> found = suggest(d.needs(), pln);
            String reason = found.isEmpty() ? d.reason() + d.examples() : d.reason();
            out.add(new Recommendation(rank++, d.type(), d.title(), reason, d.category(), d.topics(),
                    d.connections(), found));
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
                String which = topicCount == 1 ? "your only topic" : "one of your " + count(topicCount, "topic");
                String reason = n == 0 ? "You have no connections yet to keep up with " + t + ", " + which + "."
                        : (n == 1 ? "Your only connection does not help" : "None of your " + count(n, "connection")
                        + " helps") + " you keep up with " + t + ", " + which + ".";
                drafts.add(draft(drafts, 90, RecommendationType.COVER_TOPIC, "Find a source for " + t, reason,
                        Optional.empty(), List.of(t), List.of(), List.of(Need.topic(t))));
            }
        }

        /** Key people that are the only source of several topics. */
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
                String reason = c.name() + " is your only source for " + k.soleSourceOf().size() + " of your "
                        + count(topicCount, "topic") + " (" + and(k.soleSourceOf()) + ")";
                if (topFlag.isPresent() && topFlag.get().connection().orElseThrow().id().equals(c.id())) {
                    reason += " and carries " + percent(topFlag.get().value()) + " of your engagement";
                }
                reason += ". If you lost touch, you would have no way to keep up with "
                        + (k.soleSourceOf().size() == 1 ? "it" : "them") + "; add a second source for each.";
                drafts.add(draft(drafts, 85, RecommendationType.REDUCE_RELIANCE, "Find more sources beside " + c.name(),
                        reason, Optional.empty(), k.soleSourceOf(), List.of(c),
                        k.soleSourceOf().stream().map(Need::topic).toList()));
            }
            if (topFlag.isPresent() && !reliedOn.contains(topFlag.get().connection().orElseThrow().id())) {
                ConnectionRef c = topFlag.get().connection().orElseThrow();
                List<ConnectionRef> tied = reliance.tiedForTop().stream().map(Reliance.ConnectionWeight::connection)
                        .filter(x -> !reliedOn.contains(x.id())).toList();
                if (tied.isEmpty()) {
                    tied = List.of(c);
                }
                List<String> names = tied.stream().map(ConnectionRef::name).toList();
                Set<String> keys = new TreeSet<>();
                tied.forEach(x -> keys.addAll(topicsOf(pln, x.id(), f.topics())));
                List<String> itsTopics = f.topics().byTopic().stream().map(TopicSources::topic)
                        .filter(keys::contains).toList();
                String reason = (tied.size() == 1 ? c.name() + " carries " : and(names)
                        + " tie for the largest share: each carries ") + percent(topFlag.get().value())
                        + " of your engagement (value × how often), at or above the " + percent(topFlag.get().limit())
                        + " limit. More connections on the same topics would spread the load.";
                drafts.add(draft(drafts, 70, RecommendationType.REDUCE_RELIANCE, "Lean less on " + and(names), reason,
                        Optional.empty(), itsTopics, tied, itsTopics.stream().map(Need::topic).toList()));
            } else if (topFlag.isEmpty()) {
                flag(reliance, FlagType.CONCENTRATION).ifPresent(fl -> {
                    List<Reliance.ConnectionWeight> top3 = reliance.weights().subList(0, Math.min(3,
                            reliance.weights().size()));
                    double share = top3.stream().mapToDouble(Reliance.ConnectionWeight::share).sum();
                    String reason = "Your top " + top3.size() + " connections ("
                            + and(top3.stream().map(w -> w.connection().name()).toList()) + ") carry " + percent(share)
                            + " of your engagement; the concentration index is " + decimal(fl.value(), 2)
                            + ", at or above the limit of " + decimal(fl.limit(), 2) + ".";
                    drafts.add(draft(drafts, 65, RecommendationType.REDUCE_RELIANCE, "Spread your engagement", reason,
                            Optional.empty(), List.of(),
                            top3.stream().map(Reliance.ConnectionWeight::connection).toList(), List.of()));
                });
            }
        }

        /** All or mostly local, all or mostly online. */
        void balanceLocalAndOnline() {
            if (n > 0) {
                double local = comp.localShare().orElse(0.0);
                if (local >= thresholds.mostlyLocalShare()) {
                    List<Gap> online = f.coverage().gaps().stream().filter(g -> !g.local()).toList();
                    String reason = share(comp.local(), n) + " local (school, district, in person); "
                            + (comp.online() == 0 ? "none is online." : "only " + comp.online() + " "
                            + (comp.online() == 1 ? "is" : "are") + " online.")
                            + " Online communities, social networks and blogs bring ideas from beyond your building.";
                    drafts.add(draft(drafts, comp.online() == 0 ? 80 : 68, RecommendationType.FILL_GAP,
                            "Reach beyond your school and district", reason, Optional.empty(), List.of(), List.of(),
                            online.stream().limit(2).map(g -> Need.category(g.category())).toList()));
                } else if (1 - local >= thresholds.mostlyLocalShare()) {
                    List<Gap> near = f.coverage().gaps().stream().filter(Gap::local).toList();
                    String reason = share(comp.online(), n) + " online; "
                            + (comp.local() == 0 ? "none is local." : "only " + comp.local() + " "
                            + (comp.local() == 1 ? "is" : "are") + " local.")
                            + " Colleagues, mentors and organizations near you can help with your own school's needs.";
                    drafts.add(draft(drafts, comp.local() == 0 ? 80 : 68, RecommendationType.FILL_GAP,
                            "Connect with people near you", reason, Optional.empty(), List.of(), List.of(),
                            near.stream().limit(2).map(g -> Need.category(g.category())).toList()));
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
                String reason = "You have no connection in " + g.label()
                        + (g.core() ? ", a core category for your role" : "")
                        + (cov.gaps().size() == 1 ? ": it is the only empty category out of " + cov.categories()
                        : ": it is one of " + count(cov.gaps().size(), "empty category", "empty categories")
                        + " out of " + cov.categories()) + ".";
                drafts.add(draft(drafts, g.core() ? 75 : 60, RecommendationType.FILL_GAP, "Add a connection in "
                        + g.label(), reason, Optional.of(g.category()), List.of(), List.of(),
                        List.of(Need.category(g.category()))).withExamples(examples(g.category())));
            }
            if (!rest.isEmpty()) {
                String reason = "You also have no connection in " + and(rest.stream().map(Gap::label).toList())
                        + ". Once the steps above are under way, add one of these at a time.";
                drafts.add(draft(drafts, 45, RecommendationType.FILL_GAP, "Explore " + count(rest.size(),
                        "more empty category", "more empty categories"), reason, Optional.empty(), List.of(), List.of(),
                        rest.stream().map(g -> Need.category(g.category())).toList()));
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
                String reason = only.name() + " is your only source for " + t
                        + "; if you lost touch, you would lose your way to keep up with it.";
                drafts.add(draft(drafts, 55, RecommendationType.COVER_TOPIC, "Add a second source for " + t, reason,
                        Optional.empty(), List.of(t), List.of(only), List.of(Need.topic(t))));
            }
        }

        /** Connections where the participant wants to be more active. */
        void getInvolved() {
            for (StartingPoint s : f.underUse().wantsToStart()) {
                starting.add(s.connection().id());
                String where = s.participation().map(p -> p == Participation.LURKER
                        ? "you only read along there" : "you do not take part yet").orElse("you have not started yet");
                String reason = "You want to be more active in " + s.connection().name() + " but " + where
                        + ". Start small: answer one question, share one resource or introduce yourself this month.";
                drafts.add(draft(drafts, 50, RecommendationType.GET_INVOLVED, "Take a first step in "
                        + s.connection().name(), reason, Optional.empty(), List.of(), List.of(s.connection()),
                        List.of()));
            }
        }

        /** Low-engagement categories and memberships to review. */
        void reengage() {
            for (LowEngagementCategory c : f.underUse().lowEngagementCategories()) {
                String reason = (c.connections() == 1 ? "Your only connection in " + c.label() + " is"
                        : "All " + c.connections() + " of your connections in " + c.label() + " are")
                        + " low-engagement (highest weight " + decimal(c.maxWeight(), 1) + " of 25, the limit is "
                        + decimal(thresholds.lowEngagementWeight(), 1) + "): check in more often, or "
                        + (peopleCategory(c.category()) ? (c.connections() == 1 ? "find someone" : "find people")
                        + " you learn more from." : "replace " + (c.connections() == 1 ? "it with one" : "them with ones")
                        + " you value more.");
                drafts.add(draft(drafts, 42, RecommendationType.RE_ENGAGE, "Re-engage with " + c.label(), reason,
                        Optional.of(c.category()), List.of(), connectionsIn(pln, c.category()),
                        List.of(Need.category(c.category()))));
            }
            for (MembershipReview m : f.underUse().membershipsToReview()) {
                if (starting.contains(m.connection().id()) && !m.reasons().contains(Reason.LOW_VALUE)) {
                    continue; // "take a first step" already covers it
                }
                Connection c = pln.connection(m.connection().id()).orElseThrow();
                boolean valued = c.value().filter(v -> v >= VALUED).isPresent();
                boolean often = c.frequency().filter(ActionPlanner::often).isPresent();
                if (!m.reasons().contains(Reason.LOW_VALUE) && (valued || often)) {
                    continue; // reading along in a community one values or uses often is fine: nothing to review
                }
                List<String> why = new ArrayList<>();
                if (m.reasons().contains(Reason.LOW_VALUE)) {
                    why.add("you rate it " + m.value().orElseThrow() + " of 5");
                }
                if (m.reasons().contains(Reason.LITTLE_PARTICIPATION)) {
                    why.add(m.participation().orElseThrow() == Participation.LURKER ? "you only read along"
                            : "you do not take part");
                }
                String reason = Words.capitalize(and(why))
                        + ": assess the value you receive from " + m.connection().name() + ". "
                        + (often ? "You use it " + c.frequency().orElseThrow().id() + ": take part more to get more"
                        + " from it, or give that time to a source you value more."
                        : "Take part more, or let it go to make room for something better.");
                drafts.add(draft(drafts, 40, RecommendationType.RE_ENGAGE, "Review what " + m.connection().name()
                        + " gives you", reason, Optional.empty(), List.of(), List.of(m.connection()), List.of()));
            }
        }

        /** Give-back below the target, or one-way ties. */
        void giveBack() {
            GiveBack gb = f.giveBack();
            if (gb.canGiveBackTo() > 0) {
                double share = gb.share().orElse(0.0);
                List<String> oneWay = gb.oneWayTies().stream().map(ConnectionRef::name).toList();
                if (share < thresholds.giveBackTarget()) {
                    String reason = "You give back to " + gb.givesBackTo() + " of the "
                            + count(gb.canGiveBackTo(), "connection") + " you can give back to (people, organizations,"
                            + " communities and events: " + percent(share) + "); aim for "
                            + percent(thresholds.giveBackTarget()) + "."
                            + (oneWay.isEmpty() ? "" : " You learn from " + count(oneWay.size(), "person", "people")
                            + " without giving back: " + andAtMost(oneWay, 3) + ".")
                            + " Share a resource, answer a question or thank someone who helped you.";
                    drafts.add(draft(drafts, 35, RecommendationType.GIVE_BACK, "Give back to your network", reason,
                            Optional.empty(), List.of(), gb.oneWayTies(), List.of()));
                } else if (!oneWay.isEmpty()) {
                    String reason = "You learn from " + andAtMost(oneWay, 3) + " without giving back"
                            + "; a thank-you, a shared resource or an invitation keeps a tie two-way.";
                    drafts.add(draft(drafts, 22, RecommendationType.GIVE_BACK, "Give back to the people you learn from",
                            reason, Optional.empty(), List.of(), gb.oneWayTies(), List.of()));
                }
            }
        }

        /** Thin categories: one step each, or one step for all when there are many. */
        void strengthenThinCategories() {
            List<ThinCategory> thins = cov.thinCategories();
            if (thins.size() > MAX_SEPARATE_THIN) {
                List<String> items = thins.stream().map(ActionPlanner::thinItem).toList();
                String reason = thins.size() + " of your " + cov.covered() + " categories with connections are thin: "
                        + and(items) + ". One more connection you check regularly in each would make your PLN"
                        + " sturdier.";
                drafts.add(draft(drafts, 30, RecommendationType.FILL_GAP, "Strengthen "
                        + count(thins.size(), "thin category", "thin categories"), reason, Optional.empty(), List.of(),
                        List.of(), thins.stream().map(t -> Need.category(t.category())).toList()));
            } else {
                for (ThinCategory t : thins) {
                    List<ConnectionRef> in = connectionsIn(pln, t.category());
                    List<String> parts = new ArrayList<>();
                    if (t.reasons().contains(Coverage.Reason.FEW_CONNECTIONS)) {
                        parts.add(t.connections() == 1 ? "you have only one connection in " + t.label() + " ("
                                + in.get(0).name() + ")" : "you have only " + t.connections() + " connections in "
                                + t.label());
                    }
                    if (t.reasons().contains(Coverage.Reason.ONLY_INFREQUENT)) {
                        parts.add(parts.isEmpty()
                                ? "you check your " + count(t.connections(), "connection") + " in " + t.label()
                                + " only yearly or rarely"
                                : "you check " + (t.connections() == 1 ? "it" : "them") + " only yearly or rarely");
                    }
                    String reason = Words.capitalize(String.join(", and ", parts))
                            + ". One more connection you check regularly would make it sturdier.";
                    drafts.add(draft(drafts, 30, RecommendationType.FILL_GAP, "Strengthen " + t.label(), reason,
                            Optional.of(t.category()), List.of(), in, List.of(Need.category(t.category()))));
                }
            }
        }

        /** How one keeps up with a connection of this PLN. */
        private Ways way(ConnectionRef c) {
            return Ways.of(c, pln.connection(c.id()).map(Connection::category).orElse(""));
        }

        /** Overdue check-ins, missing last contacts, no organizer. */
        void checkIn() {
            Upkeep up = f.upkeep();
            if (!up.overdueCheckIns().isEmpty()) {
                List<OverdueCheckIn> od = up.overdueCheckIns();
                List<String> items = od.stream().map(o -> o.connection().name() + " (" + o.frequency().id()
                        + ", " + way(o.connection()).last() + " " + o.daysSince() + " days ago)").toList();
                List<String> actions = od.stream().limit(3).map(o -> way(o.connection()).action(o.connection().name()))
                        .toList();
                String reason = count(od.size(), "check-in is", "check-ins are") + " overdue: " + andAtMost(items, 3)
                        + ". " + Words.capitalize(String.join("; ", actions)) + (od.size() > 3 ? "; and so on" : "")
                        + ".";
                String title = od.size() == 1 ? Words.capitalize(way(od.get(0).connection())
                        .action(od.get(0).connection().name())) : "Check in with " + count(od.size(), "connection");
                drafts.add(draft(drafts, 28, RecommendationType.CHECK_IN, title, reason, Optional.empty(),
                        List.of(), od.stream().map(OverdueCheckIn::connection).toList(), List.of()));
            }
            if (!up.noLastContact().isEmpty()) {
                List<ConnectionRef> nd = up.noLastContact();
                String reason = nd.size() + " of your " + count(n, "connection") + " "
                        + (nd.size() == 1 ? "has" : "have") + " no last contact date, so you cannot tell when a "
                        + "check-in is due: " + andAtMost(nd.stream().map(ConnectionRef::name).toList(), 3) + ".";
                drafts.add(draft(drafts, 20, RecommendationType.CHECK_IN, "Note when you last checked in", reason,
                        Optional.empty(), List.of(), nd, List.of()));
            }
            if (!up.organizerNamed() && n > 0) {
                drafts.add(draft(drafts, 15, RecommendationType.ORGANIZE, "Choose a tool to organize your PLN",
                        "You have not named a tool to organize what you follow (a feed reader, a bookmark board or a "
                                + "notebook); one place for your " + count(n, "connection")
                                + " makes regular check-ins easier.",
                        Optional.empty(), List.of(), List.of(), List.of()));
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

    /** "All 4 of your connections are", "3 of your 4 connections are", "Your only connection is". */
    private static String share(int part, int n) {
        if (n == 1) {
            return "Your only connection is";
        }
        return (part == n ? "All " + n + " of your connections" : part + " of your " + count(n, "connection"))
                + (part == 1 ? " is" : " are");
    }

    private static String thinItem(ThinCategory t) {
        List<String> why = new ArrayList<>();
        if (t.reasons().contains(Coverage.Reason.FEW_CONNECTIONS)) {
            why.add(count(t.connections(), "connection"));
        }
        if (t.reasons().contains(Coverage.Reason.ONLY_INFREQUENT)) {
            why.add("checked only yearly or rarely");
        }
        return t.label() + " (" + String.join(", ", why) + ")";
    }

    private static Draft draft(List<Draft> drafts, int priority, RecommendationType type, String title, String reason,
                               Optional<String> category, List<String> topics, List<ConnectionRef> connections,
                               List<Need> needs) {
        return new Draft(priority, drafts.size(), type, title, reason, category, topics, connections, needs, "");
    }

    private List<Suggestion> suggest(List<Need> needs, Pln pln) {
        int limit = thresholds.suggestionsPerRecommendation();
        if (needs.isEmpty() || limit == 0) {
            return List.of();
        }
        // take the best of each need in turn, so that one need does not crowd out the others
        List<List<Suggestion>> perNeed = new ArrayList<>();
        for (Need need : needs) {
            perNeed.add(suggestions.suggest(need, pln, limit));
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        for (int round = 0; round < limit && found.size() < limit; round++) {
            for (List<Suggestion> list : perNeed) {
                if (round < list.size() && found.size() < limit) {
                    found.putIfAbsent(list.get(round).name(), list.get(round));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private String examples(String categoryId) {
        return taxonomy.byId(categoryId).map(Category::examples).filter(e -> !e.isEmpty())
                .map(e -> " For example: " + and(e) + ".").orElse("");
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
