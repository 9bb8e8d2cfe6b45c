package org.plnkit.analysis.growth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.words.Words;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.growth.Growth.Status;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.Step;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Marks each step of BEFORE's action plan done, partly or not yet, from what AFTER shows. Each kind of step
 * ({@link Step}) has its own test, documented in {@code docs/growth.md}, read from the step's own arguments: a topic
 * step is done when every topic it names has the sources it lacked, a category step when the category has a
 * connection (a gap) or is no longer thin, a check-in step when the connections it named are checked in with (or
 * let go), and so on. A step is partly done when some of what it asks for is done, or its figure moved the right
 * way without reaching the mark. Letting a connection go is never progress on the others a step names: a step about
 * connections that need something (leaning less, check-ins, dates) is judged on those still there, and is done when
 * all are let go; a step that builds something (a first step, giving back, re-engaging with a category) is not done by
 * letting go.
 *
 * <p>The evidence is in no one's voice ("checked in with 1 of 2", "let go of Ana Cruz", "Lee Park now carries 16% of
 * the engagement, down from 33%") and has no parentheses of its own, so that the terminal ("you") and the reflection
 * draft ("I") can both quote it. A connection renamed since is named by its name now, in the title as in the
 * evidence, which ends by saying it was renamed ("Patricia Green was renamed from Dr. Pat Green").
 */
final class FollowThrough {
    private final Taxonomy taxonomy;
    private final Thresholds t;

    FollowThrough(Taxonomy taxonomy, Thresholds thresholds) {
        this.taxonomy = taxonomy;
        this.t = thresholds;
    }

    List<Growth.Step> evaluate(Pln before, Pln after, ConnectionMatcher.Matching m, Assessment ba, Assessment aa) {
        List<Growth.Step> out = new ArrayList<>();
        for (Recommendation r : ba.actionPlan().recommendations()) {
            Set<ConnectionRef> named = new LinkedHashSet<>();
            Function<ConnectionRef, String> name = c -> {
                named.add(c);
                return nameNow(c, m, after);
            };
            String title = r.title(name);
            Verdict v = verdict(r.step(), before, after, m, ba, aa, name);
            List<String> evidence = new ArrayList<>();
            if (!v.evidence().isEmpty()) {
                evidence.add(v.evidence());
            }
            for (ConnectionRef c : named) {
                String now = nameNow(c, m, after);
                if (!now.equals(c.name())) {
                    evidence.add(now + " was renamed from " + c.name());
                }
            }
            out.add(new Growth.Step(r.rank(), r.type(), title, v.status(), String.join("; ", evidence)));
        }
        return out;
    }

    /**
     * The name a connection of BEFORE has in AFTER when it was renamed (beyond case, spacing and surrounding
     * punctuation, as {@code pln compare} counts a rename), else its name in BEFORE.
     */
    private static String nameNow(ConnectionRef c, ConnectionMatcher.Matching m, Pln after) {
        return m.afterOf(c.id()).flatMap(after::connection).map(Connection::name)
                .filter(n -> !IdentityKeys.name(n).equals(IdentityKeys.name(c.name()))).orElse(c.name());
    }

    /** The test of each kind of step, on the step's own arguments. */
    private Verdict verdict(Step s, Pln before, Pln after, ConnectionMatcher.Matching m, Assessment ba,
                            Assessment aa, Function<ConnectionRef, String> name) {
        return switch (s.type()) {
            case COVER_TOPIC -> topics(s.topics(), ba, aa);
            case REDUCE_RELIANCE -> s instanceof Step.SoleSource ? topics(s.topics(), ba, aa)
                    : s instanceof Step.LeanLess ? leanLess(s.connections(), m, ba, aa, name) : spread(ba, aa);
            case FILL_GAP -> fillGap(s, ba, aa);
            case GET_INVOLVED -> involved(s.connections(), m, before, after, name);
            case RE_ENGAGE -> s instanceof Step.ReengageCategory c ? reengageCategory(c.categoryId(), aa)
                    : review(s.connections(), m, before, after, name);
            case GIVE_BACK -> s instanceof Step.GiveBackMore ? giveBackShare(ba, aa)
                    : giveBackTo(s.connections(), m, after);
            case CHECK_IN -> checkIn(s.connections(), s instanceof Step.CheckIn, m, aa, after, name);
            case ORGANIZE -> aa.upkeep().organizer().map(o -> new Verdict(Status.DONE, "organizer: " + o))
                    .orElse(new Verdict(Status.NOT_YET, "still no organizer tool named"));
        };
    }

    /** A gap or a thin category of its own, or the steps for many: reach, explore, strengthen all. */
    private Verdict fillGap(Step s, Assessment ba, Assessment aa) {
        if (s instanceof Step.Reach r) {
            return reach(r.online(), ba, aa);
        }
        if (s instanceof Step.ExploreCategories e) { // in taxonomy order, as the evidence always was
            return categories(ba.coverage().gaps().stream().map(Coverage.Gap::category)
                    .filter(e.categoryIds()::contains).toList(), aa, false);
        }
        if (s instanceof Step.StrengthenCategories c) {
            return categories(c.thin().stream().map(Coverage.ThinCategory::category).toList(), aa, true);
        }
        return category(s.category().orElseThrow(), s instanceof Step.AddInCategory, ba, aa);
    }

    private record Verdict(Status status, String evidence) {
    }

    private static Verdict of(int done, int improved, int total, List<String> evidence) {
        Status s = done == total ? Status.DONE : done + improved > 0 ? Status.PARTLY : Status.NOT_YET;
        return new Verdict(s, String.join("; ", evidence));
    }

    /** "2 of the 3 connections", and in words when all: "all 3 connections", "both people", "the one person". */
    private static String ofThe(int k, int n, String one, String many) {
        return k < n ? Words.number(k) + " of the " + Words.count(n, one, many) : n == 1 ? "the one " + one
                : n == 2 ? "both " + many : "all " + Words.count(n, one, many);
    }

    /** After a negative, for none of n: "the one person", "either of the 2 people", "any of the 3 people". */
    private static String anyOfThe(int n, String one, String many) {
        return n == 1 ? "the one " + one : n == 2 ? "either of the 2 " + many : "any of the " + Words.count(n, one, many);
    }

    /** "let go of Ana Cruz and Ben Ode" (at most five named). */
    private static String letGo(List<String> names) {
        return "let go of " + (names.size() <= 5 ? Words.and(names)
                : Words.and(names.subList(0, 5)) + " and " + (names.size() - 5) + " more");
    }

    private Verdict reach(boolean online, Assessment ba, Assessment aa) {
        int n = aa.composition().connections();
        int side = online ? aa.composition().online() : aa.composition().local();
        int was = online ? ba.composition().online() : ba.composition().local();
        double share = n == 0 ? 0 : (double) side / n;
        String ev = (side == was ? "still " : "now ") + side + " of " + Words.count(n, "connection") + " " + (online ? "online" : "local")
                + since(side, was);
        return share > 1 - t.mostlyLocalShare() ? new Verdict(Status.DONE, ev)
                : new Verdict(side > was ? Status.PARTLY : Status.NOT_YET, ev);
    }

    private Verdict categories(List<String> cats, Assessment aa, boolean sturdy) {
        int done = 0;
        List<String> ev = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        for (String c : cats) {
            int k = count(aa, c);
            boolean ok = k > 0 && (!sturdy || !aa.coverage().isThin(c));
            done += ok ? 1 : 0;
            if (k > 0) { // an empty category goes without saying ("0 in Mentors"), or is said to be empty now
                ev.add(k + " in " + label(c));
            } else if (sturdy) {
                emptied.add(label(c));
            }
        }
        if (cats.isEmpty()) {
            return of(done, 0, 0, List.of());
        }
        int n = cats.size();
        String how = sturdy ? (done == 0 ? (n == 2 ? "neither is sturdy yet" : "none of the " + n + " is sturdy yet")
                : ofThe(done, n, "category", "categories") + (done == 1 ? " is now sturdy" : " are now sturdy"))
                : done == 0 ? (n == 2 ? "neither has a connection yet" : "none of the " + n + " has a connection yet")
                : ofThe(done, n, "category", "categories") + (done == 1 ? " now has connections" : " now have connections");
        return of(done, 0, n, List.of(how + (ev.isEmpty() ? "" : ": " + Words.and(ev))
                + (emptied.isEmpty() ? "" : (ev.isEmpty() ? ": " : "; ") + "let go of every connection in "
                + Words.and(emptied))));
    }

    /** A gap (AddInCategory) is done once it has a connection; a thin category once it is no longer thin. */
    private Verdict category(String cat, boolean gap, Assessment ba, Assessment aa) {
        int was = count(ba, cat);
        int now = count(aa, cat);
        String ev = now == 0 && was > 0 ? "no connection in " + label(cat) + " now, down from " + was // not "now 0"
                : (now == was ? "still " + (now == 0 ? "no connection" : Words.count(now, "connection"))
                : "now " + Words.count(now, "connection")) + " in " + label(cat) + since(now, was);
        if (gap) {
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
                ev.add(topic + " is no longer among the topics");
                continue;
            }
            int k = now.get().sources().size();
            int target = was == 0 ? 1 : 2;
            if (k >= target) {
                done++;
            } else if (k > was) {
                improved++;
            }
            ev.add((k == was ? "still " : "now ") + (k == 0 ? "no source" : Words.count(k, "source")) + " for "
                    + topic);
        }
        return of(done, improved, topics.size(), ev);
    }

    /**
     * Each connection leaned on is done when its share is below the top-share limit; one let go leaves the step, which
     * is judged on the others (done when all are let go).
     */
    private Verdict leanLess(List<ConnectionRef> tied, ConnectionMatcher.Matching m, Assessment ba, Assessment aa,
                             Function<ConnectionRef, String> name) {
        int done = 0;
        int improved = 0;
        List<String> gone = new ArrayList<>();
        List<String> ev = new ArrayList<>();
        for (ConnectionRef c : tied) {
            Optional<String> now = m.afterOf(c.id());
            if (now.isEmpty()) {
                gone.add(name.apply(c));
                continue;
            }
            double was = ba.reliance().weightOf(c.id()).map(Reliance.ConnectionWeight::share).orElse(0.0);
            double share = aa.reliance().weightOf(now.get()).map(Reliance.ConnectionWeight::share).orElse(0.0);
            if (share < t.topShareLimit()) {
                done++;
            } else if (share < was) {
                improved++;
            }
            ev.add(name.apply(c) + " now carries " + Words.percent(share) + " of the engagement"
                    + since(Words.percent(share), Words.percent(was), share > was));
        }
        if (!gone.isEmpty()) {
            ev.add(0, letGo(gone));
        }
        return of(done, improved, tied.size() - gone.size(), ev);
    }

    private Verdict spread(Assessment ba, Assessment aa) {
        double was = ba.reliance().normalizedHerfindahl().orElse(1.0);
        double now = aa.reliance().normalizedHerfindahl().orElse(1.0);
        String ev = "concentration index now " + Words.decimal(now, 2)
                + since(Words.decimal(now, 2), Words.decimal(was, 2), now > was);
        return new Verdict(now < t.concentrationLimit() ? Status.DONE : now < was ? Status.PARTLY : Status.NOT_YET,
                ev);
    }

    private Verdict involved(List<ConnectionRef> named, ConnectionMatcher.Matching m, Pln before, Pln after,
                             Function<ConnectionRef, String> name) {
        int done = 0;
        int improved = 0;
        List<String> ev = new ArrayList<>();
        for (ConnectionRef c : named) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                ev.add(name.apply(c) + " is no longer a connection");
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
            // one connection is named by the step's title already ("Take a first step in NCTM"): not again
            ev.add((named.size() == 1 ? "" : name.apply(c) + ": ")
                    + now.get().participation().map(Participation::id).orElse("participation not given")
                    + (now.get().givesBackOrFalse() ? ", gives back" : ""));
        }
        return of(done, improved, named.size(), ev);
    }

    private Verdict reengageCategory(String cat, Assessment aa) {
        boolean low = aa.underUse().lowEngagementCategories().stream().anyMatch(c -> c.category().equals(cat));
        int now = count(aa, cat);
        if (now == 0) {   // letting all of it go is not re-engaging: the category is empty now
            return new Verdict(Status.NOT_YET, "let go of every connection in " + label(cat)
                    + ", so none is there now");
        }
        return low ? new Verdict(Status.NOT_YET, label(cat) + " is still low-engagement")
                : new Verdict(Status.DONE, label(cat) + " is no longer low-engagement");
    }

    private Verdict review(List<ConnectionRef> named, ConnectionMatcher.Matching m, Pln before, Pln after,
                           Function<ConnectionRef, String> name) {
        int done = 0;
        List<String> ev = new ArrayList<>();
        for (ConnectionRef c : named) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                done++;
                ev.add("let go of " + name.apply(c));
                continue;
            }
            Connection was = before.connection(c.id()).orElseThrow();
            boolean valued = now.get().value().orElse(0) > was.value().orElse(0);
            boolean active = rank(now.get().participation()) > rank(was.participation());
            if (valued || active) {
                done++;
            }
            ev.add(name.apply(c) + ": value " + now.get().value().map(String::valueOf).orElse("not given")
                    + (now.get().participation().isPresent() ? ", " + now.get().participation().get().id() : ""));
        }
        return of(done, 0, named.size(), ev);
    }

    private Verdict giveBackShare(Assessment ba, Assessment aa) {
        double was = ba.giveBack().share().orElse(0.0);
        double now = aa.giveBack().share().orElse(0.0);
        int k = aa.giveBack().givesBackTo();
        int n = aa.giveBack().canGiveBackTo();
        String ev = n == 0 ? "no connection one can give back to is left"
                : k == 0 ? (was == 0 ? "still" : "now") + " not giving back to " + anyOfThe(n, "connection", "connections")
                + " one can give back to" + (was == 0 ? "" : ", down from " + Words.percent(was))
                : "now giving back to " + ofThe(k, n, "connection", "connections") + " one can give back to, which is "
                + Words.percent(now) + since(Words.percent(now), Words.percent(was), now > was);
        return new Verdict(now >= t.giveBackTarget() ? Status.DONE : now > was ? Status.PARTLY : Status.NOT_YET, ev);
    }

    private Verdict giveBackTo(List<ConnectionRef> named, ConnectionMatcher.Matching m, Pln after) {
        int done = 0;
        for (ConnectionRef c : named) {
            if (m.afterOf(c.id()).flatMap(after::connection).map(Connection::givesBackOrFalse).orElse(false)) {
                done++;
            }
        }
        return of(done, 0, named.size(), List.of(done == 0 ? "not yet giving back to " + anyOfThe(named.size(),
                "person", "people") + " named" : "now giving back to " + ofThe(done, named.size(), "person", "people")
                + " named"));
    }

    /**
     * Overdue check-ins (CheckIn) are done once no longer overdue; undated ones (NoteLastContact) once dated. One let
     * go leaves the step, which is judged on the others (done when all are let go).
     */
    private Verdict checkIn(List<ConnectionRef> named, boolean overdueStep, ConnectionMatcher.Matching m,
                            Assessment aa, Pln after, Function<ConnectionRef, String> name) {
        Set<String> overdueAfter = new HashSet<>();
        aa.upkeep().overdueCheckIns().forEach(o -> overdueAfter.add(o.connection().id()));
        int done = 0;
        List<String> gone = new ArrayList<>();
        for (ConnectionRef c : named) {
            Optional<Connection> now = m.afterOf(c.id()).flatMap(after::connection);
            if (now.isEmpty()) {
                gone.add(name.apply(c));
            } else if (overdueStep ? !overdueAfter.contains(now.get().id()) : now.get().lastContact().isPresent()) {
                done++;
            }
        }
        int left = named.size() - gone.size();
        List<String> ev = new ArrayList<>();
        if (left > 0) {
            ev.add(checkInWords(overdueStep, done, left, !gone.isEmpty()));
        }
        if (!gone.isEmpty()) {
            ev.add(letGo(gone));
        }
        return of(done, 0, left, ev);
    }

    /**
     * "checked in with 1 of 3", and in words when none or all, never "0 of 1": "still overdue", "all 3 still overdue",
     * "still no last contact date for either", "noted a last contact for both"; "left" when some were let go.
     */
    private static String checkInWords(boolean overdueStep, int done, int left, boolean someGone) {
        String the = someGone ? "the " + left + " left" : String.valueOf(left);
        if (done == 0) {
            if (overdueStep) {
                return (left == 1 ? (someGone ? "the one left " : "") : someGone ? the + " "
                        : left == 2 ? "both " : "all " + left + " ") + "still overdue";
            }
            return "still no last contact date" + (left == 1 ? (someGone ? " for the one left" : "")
                    : left == 2 ? (someGone ? " for either of the 2 left" : " for either") : " for any of the " + the);
        }
        String verb = overdueStep ? "checked in with " : "noted a last contact for ";
        if (done < left) {
            return verb + done + " of " + the;
        }
        if (left == 1) {
            return someGone ? verb + "the one left" : overdueStep ? "checked in" : "noted a last contact";
        }
        return verb + (left == 2 ? "both" : "all " + left) + (someGone ? " left" : "");
    }

    /** ", up from 2", ", down from 5" or nothing when unchanged (the words say "still"). */
    private static String since(int now, int was) {
        return now == was ? "" : since(String.valueOf(now), String.valueOf(was), now > was);
    }

    /** ", up from 33%", ", down from 33%" or ", as before" when the figures read the same. */
    private static String since(String now, String was, boolean up) {
        return now.equals(was) ? ", as before" : (up ? ", up from " : ", down from ") + was;
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
