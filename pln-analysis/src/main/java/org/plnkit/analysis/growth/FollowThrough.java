package org.plnkit.analysis.growth;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.words.Words;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.growth.Growth.Step;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.RecommendationType;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Marks each step of BEFORE's action plan done, partly or not yet, from what AFTER shows. Each kind of step has its
 * own test, documented in {@code docs/growth.md}: a topic step is done when every topic it names has the sources it
 * lacked, a category step when the category has a connection (a gap) or is no longer thin, a check-in step when the
 * connections it named are checked in with (or let go), and so on. A step is partly done when some of what it asks
 * for is done, or its figure moved the right way without reaching the mark.
 *
 * <p>Three steps carry no category, topic or connection of their own (reach beyond a mostly local or online PLN,
 * explore the remaining empty categories, strengthen all thin categories); the planner ranks them in that order
 * (priorities 80/68, 45, 30), so they are recognized by the order of the findings that make them.
 */
final class FollowThrough {
    private final Taxonomy taxonomy;
    private final Thresholds t;

    FollowThrough(Taxonomy taxonomy, Thresholds thresholds) {
        this.taxonomy = taxonomy;
        this.t = thresholds;
    }

    /** The plan-less step kinds of FILL_GAP, in plan order. */
    private enum Loose {
        REACH_ONLINE, REACH_LOCAL, EXPLORE, STRENGTHEN_ALL
    }

    List<Step> evaluate(Pln before, Pln after, ConnectionMatcher.Matching m, Assessment ba, Assessment aa) {
        Set<String> separateCategories = new HashSet<>();
        for (Recommendation r : ba.actionPlan().recommendations()) {
            if (r.type() == RecommendationType.FILL_GAP) {
                r.category().ifPresent(separateCategories::add);
            }
        }
        Deque<Loose> loose = looseSteps(ba, separateCategories);
        List<Step> out = new ArrayList<>();
        for (Recommendation r : ba.actionPlan().recommendations()) {
            Verdict v = switch (r.type()) {
                case COVER_TOPIC -> topics(r.topics(), ba, aa);
                case REDUCE_RELIANCE -> reliance(r, m, ba, aa);
                case FILL_GAP -> r.category().isPresent() ? category(r.category().get(), ba, aa)
                        : loose(loose.isEmpty() ? Loose.STRENGTHEN_ALL : loose.poll(), separateCategories, ba, aa);
                case GET_INVOLVED -> involved(r, m, before, after);
                case RE_ENGAGE -> r.category().isPresent() ? reengageCategory(r.category().get(), aa)
                        : review(r, m, before, after);
                case GIVE_BACK -> giveBack(r, m, ba, aa, after);
                case CHECK_IN -> checkIn(r, m, ba, aa, after);
                case ORGANIZE -> aa.upkeep().organizer().map(o -> new Verdict(Status.DONE, "organizer: " + o))
                        .orElse(new Verdict(Status.NOT_YET, "still no organizer tool named"));
            };
            out.add(new Step(r.rank(), r.type(), r.title(), v.status(), v.evidence()));
        }
        return out;
    }

    private record Verdict(Status status, String evidence) {
    }

    private static Verdict of(int done, int improved, int total, List<String> evidence) {
        Status s = done == total ? Status.DONE : done + improved > 0 ? Status.PARTLY : Status.NOT_YET;
        return new Verdict(s, String.join("; ", evidence));
    }

    private Deque<Loose> looseSteps(Assessment ba, Set<String> separate) {
        Deque<Loose> q = new ArrayDeque<>();
        int n = ba.composition().connections();
        if (n > 0) {
            double local = ba.composition().localShare().orElse(0.0);
            if (local >= t.mostlyLocalShare()) {
                q.add(Loose.REACH_ONLINE);
            } else if (1 - local >= t.mostlyLocalShare()) {
                q.add(Loose.REACH_LOCAL);
            }
        }
        if (ba.coverage().gaps().stream().anyMatch(g -> !separate.contains(g.category()))) {
            q.add(Loose.EXPLORE);
        }
        q.add(Loose.STRENGTHEN_ALL);
        return q;
    }

    private Verdict loose(Loose kind, Set<String> separate, Assessment ba, Assessment aa) {
        switch (kind) {
            case REACH_ONLINE, REACH_LOCAL -> {
                boolean online = kind == Loose.REACH_ONLINE;
                int n = aa.composition().connections();
                int side = online ? aa.composition().online() : aa.composition().local();
                int was = online ? ba.composition().online() : ba.composition().local();
                double share = n == 0 ? 0 : (double) side / n;
                String ev = "now " + side + " of " + Words.count(n, "connection") + " " + (online ? "online"
                        : "local") + " (before " + was + ")";
                return share > 1 - t.mostlyLocalShare() ? new Verdict(Status.DONE, ev)
                        : new Verdict(side > was ? Status.PARTLY : Status.NOT_YET, ev);
            }
            case EXPLORE -> {
                List<String> cats = ba.coverage().gaps().stream().map(Coverage.Gap::category)
                        .filter(c -> !separate.contains(c)).toList();
                return categories(cats, aa, false);
            }
            default -> {
                return categories(ba.coverage().thinCategories().stream().map(Coverage.ThinCategory::category)
                        .toList(), aa, true);
            }
        }
    }

    private Verdict categories(List<String> cats, Assessment aa, boolean sturdy) {
        int done = 0;
        List<String> ev = new ArrayList<>();
        for (String c : cats) {
            int k = count(aa, c);
            boolean ok = k > 0 && (!sturdy || !aa.coverage().isThin(c));
            done += ok ? 1 : 0;
            ev.add(label(c) + ": " + k);
        }
        return of(done, 0, cats.size(), List.of((cats.isEmpty() ? "" : done + " of " + cats.size() + " "
                + (sturdy ? "now sturdy" : "now have connections") + " (" + String.join(", ", ev) + ")")));
    }

    private Verdict category(String cat, Assessment ba, Assessment aa) {
        int was = count(ba, cat);
        int now = count(aa, cat);
        String ev = "now " + Words.count(now, "connection") + " in " + label(cat) + " (before " + was + ")";
        if (ba.coverage().isGap(cat)) {
            return new Verdict(now > 0 ? Status.DONE : Status.NOT_YET, ev);
        }
        if (now > 0 && !aa.coverage().isThin(cat)) {
            return new Verdict(Status.DONE, ev);
        }
        return new Verdict(now > was ? Status.PARTLY : Status.NOT_YET, ev);
    }

    private Verdict topics(List<String> topics, Assessment ba, Assessment aa) {
        int done = 0;
        int improved = 0;
        List<String> ev = new ArrayList<>();
        for (String topic : topics) {
            int was = sources(ba.topics(), topic);
            Optional<TopicCoverage.TopicSources> now = aa.topics().topic(topic);
            if (now.isEmpty()) {
                done++;
                ev.add(topic + " is no longer one of your topics");
                continue;
            }
            int k = now.get().sources().size();
            int target = was == 0 ? 1 : 2;
            if (k >= target) {
                done++;
            } else if (k > was) {
                improved++;
            }
            ev.add(topic + ": now " + Words.count(k, "source"));
        }
        return of(done, improved, topics.size(), ev);
    }

    private Verdict reliance(Recommendation r, ConnectionMatcher.Matching m, Assessment ba, Assessment aa) {
        if (r.connections().size() == 1) {
            ConnectionRef c = r.connections().get(0);
            boolean soleSource = ba.reliance().keyPeople().stream()
                    .anyMatch(k -> k.connection().id().equals(c.id()) && k.soleSourceOf().equals(r.topics()));
            if (soleSource) {
                return topics(r.topics(), ba, aa);
            }
            Optional<String> now = m.afterOf(c.id());
            if (now.isEmpty()) {
                return new Verdict(Status.DONE, c.name() + " is no longer in your PLN");
            }
            double was = ba.reliance().weightOf(c.id()).map(Reliance.ConnectionWeight::share).orElse(0.0);
            double share = aa.reliance().weightOf(now.get()).map(Reliance.ConnectionWeight::share).orElse(0.0);
            String ev = c.name() + " now carries " + Words.percent(share) + " of your engagement (before "
                    + Words.percent(was) + ")";
            return new Verdict(share < t.topShareLimit() ? Status.DONE : share < was ? Status.PARTLY : Status.NOT_YET,
                    ev);
        }
        double was = ba.reliance().normalizedHerfindahl().orElse(1.0);
        double now = aa.reliance().normalizedHerfindahl().orElse(1.0);
        String ev = "concentration index now " + Words.decimal(now, 2) + " (before " + Words.decimal(was, 2) + ")";
        return new Verdict(now < t.concentrationLimit() ? Status.DONE : now < was ? Status.PARTLY : Status.NOT_YET,
                ev);
    }

    private Verdict involved(Recommendation r, ConnectionMatcher.Matching m, Pln before, Pln after) {
        int done = 0;
        int improved = 0;
        List<String> ev = new ArrayList<>();
        for (ConnectionRef c : r.connections()) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                ev.add(c.name() + " is no longer in your PLN");
                continue;
            }
            Connection was = before.connection(c.id()).orElseThrow();
            int p0 = rank(was.participation());
            int p1 = rank(now.get().participation());
            boolean gives = now.get().givesBackOrFalse() && !was.givesBackOrFalse();
            if (p1 >= Participation.CONTRIBUTOR.ordinal() && p1 > p0 || gives) {
                done++;
            } else if (p1 > p0) {
                improved++;
            }
            ev.add(c.name() + ": " + now.get().participation().map(Participation::id).orElse("participation not given")
                    + (now.get().givesBackOrFalse() ? ", gives back" : ""));
        }
        return of(done, improved, r.connections().size(), ev);
    }

    private Verdict reengageCategory(String cat, Assessment aa) {
        boolean low = aa.underUse().lowEngagementCategories().stream().anyMatch(c -> c.category().equals(cat));
        int now = count(aa, cat);
        if (now == 0) {
            return new Verdict(Status.PARTLY, "no connections left in " + label(cat));
        }
        return low ? new Verdict(Status.NOT_YET, label(cat) + " is still low-engagement")
                : new Verdict(Status.DONE, label(cat) + " is no longer low-engagement");
    }

    private Verdict review(Recommendation r, ConnectionMatcher.Matching m, Pln before, Pln after) {
        int done = 0;
        List<String> ev = new ArrayList<>();
        for (ConnectionRef c : r.connections()) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                done++;
                ev.add("you let go of " + c.name());
                continue;
            }
            Connection was = before.connection(c.id()).orElseThrow();
            boolean valued = now.get().value().orElse(0) > was.value().orElse(0);
            boolean active = rank(now.get().participation()) > rank(was.participation());
            if (valued || active) {
                done++;
            }
            ev.add(c.name() + ": value " + now.get().value().map(String::valueOf).orElse("not given")
                    + (now.get().participation().isPresent() ? ", " + now.get().participation().get().id() : ""));
        }
        return of(done, 0, r.connections().size(), ev);
    }

    private Verdict giveBack(Recommendation r, ConnectionMatcher.Matching m, Assessment ba, Assessment aa,
                             Pln after) {
        double was = ba.giveBack().share().orElse(0.0);
        if (was < t.giveBackTarget()) {
            double now = aa.giveBack().share().orElse(0.0);
            String ev = "you now give back to " + aa.giveBack().givesBackTo() + " of the "
                    + Words.count(aa.giveBack().canGiveBackTo(), "connection") + " you can give back to ("
                    + Words.percent(now) + ", before " + Words.percent(was) + ")";
            return new Verdict(now >= t.giveBackTarget() ? Status.DONE : now > was ? Status.PARTLY : Status.NOT_YET,
                    ev);
        }
        int done = 0;
        for (ConnectionRef c : r.connections()) {
            if (m.afterOf(c.id()).flatMap(after::connection).map(Connection::givesBackOrFalse).orElse(false)) {
                done++;
            }
        }
        return of(done, 0, r.connections().size(), List.of("you now give back to " + done + " of the "
                + Words.count(r.connections().size(), "person", "people") + " named"));
    }

    private Verdict checkIn(Recommendation r, ConnectionMatcher.Matching m, Assessment ba, Assessment aa,
                            Pln after) {
        Set<String> overdueBefore = new HashSet<>();
        ba.upkeep().overdueCheckIns().forEach(o -> overdueBefore.add(o.connection().id()));
        Set<String> overdueAfter = new HashSet<>();
        aa.upkeep().overdueCheckIns().forEach(o -> overdueAfter.add(o.connection().id()));
        boolean overdueStep = r.connections().stream().allMatch(c -> overdueBefore.contains(c.id()));
        int done = 0;
        int gone = 0;
        for (ConnectionRef c : r.connections()) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                gone++;
                done++;
            } else if (overdueStep ? !overdueAfter.contains(now.get().id()) : now.get().lastContact().isPresent()) {
                done++;
            }
        }
        String what = overdueStep ? "checked in with" : "noted a last contact for";
        String ev = "you " + what + " " + (done - gone) + " of " + r.connections().size()
                + (gone > 0 ? "; " + gone + " no longer in your PLN" : "");
        return of(done, 0, r.connections().size(), List.of(ev));
    }

    private int count(Assessment a, String cat) {
        return a.composition().byCategory().stream().filter(c -> c.category().equals(cat))
                .mapToInt(c -> c.connections()).sum();
    }

    private static int sources(TopicCoverage tc, String topic) {
        return tc.topic(topic).map(s -> s.sources().size()).orElse(0);
    }

    private static int rank(Optional<Participation> p) {
        return p.map(Enum::ordinal).orElse(-1);
    }

    private String label(String cat) {
        return taxonomy.byId(cat).map(Category::label).orElse(cat);
    }
}
