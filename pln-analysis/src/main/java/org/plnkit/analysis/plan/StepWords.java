package org.plnkit.analysis.plan;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.andAtMost;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.decimal;
import static org.plnkit.analysis.words.Words.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.health.Voice;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participation;

/**
 * The words of the action plan: the one place where a {@link Step}'s kind and arguments become the title and the
 * reason people read. Every report (workbook, reflection draft, text summary, JSON, studio) prints these words; a
 * tool that wants its own words reads the step instead. It sits beside the steps rather than in
 * {@code analysis.words} (which holds the plain-words helpers it uses) so that the packages stay free of cycles.
 *
 * <p>Connection names are written through a naming function, so that an anonymized output can name each
 * connection by its kind (a person as "a colleague", say) without reading the prose:
 * <pre>{@code
 * StepWords.title(step, ConnectionRef::name);   // "Find more sources beside Jane Kim"
 * StepWords.title(step, c -> c.kind() == Kind.PERSON ? "a colleague" : c.name());
 * }</pre>
 *
 * @since 0.2.0
 */
public final class StepWords {
    private StepWords() {
    }

    /** The step in a few words, e.g. "Add a second source for coding". */
    public static String title(Step step) {
        return title(step, ConnectionRef::name);
    }

    /** The reason, in plain words that name the numbers. */
    public static String reason(Step step) {
        return reason(step, ConnectionRef::name);
    }

    /**
     * The title in a voice: {@link Voice#I} for a page that speaks as the teacher ("Spread my engagement"),
     * {@link Voice#YOU} as every report words it.
     */
    public static String title(Step step, Function<ConnectionRef, String> name, Voice voice) {
        return voice == Voice.I ? inFirstPerson(n -> title(step, n), name) : title(step, name);
    }

    /**
     * The reason in a voice: {@link Voice#I} for a page that speaks as the teacher ("Jane Kim is my only source
     * for both my topics"), {@link Voice#YOU} as every report words it.
     */
    public static String reason(Step step, Function<ConnectionRef, String> name, Voice voice) {
        return voice == Voice.I ? inFirstPerson(n -> reason(step, n), name) : reason(step, name);
    }

    /** The title, each connection named by {@code name}. */
    public static String title(Step step, Function<ConnectionRef, String> name) {
        if (step instanceof Step.FindSource s) {
            return "Find a source for " + s.topic();
        } else if (step instanceof Step.SoleSource s) {
            return "Find more sources beside " + name.apply(s.connection());
        } else if (step instanceof Step.LeanLess s) {
            return "Lean less on " + and(names(s.tied(), name));
        } else if (step instanceof Step.SpreadEngagement) {
            return "Spread your engagement";
        } else if (step instanceof Step.Reach s) {
            return s.online() ? "Reach beyond your school and district" : "Connect with people near you";
        } else if (step instanceof Step.AddInCategory s) {
            return "Add a connection in " + s.label();
        } else if (step instanceof Step.ExploreCategories s) {
            return "Explore " + count(s.labels().size(), "more empty category", "more empty categories");
        } else if (step instanceof Step.SecondSource s) {
            return "Add a second source for " + s.topic();
        } else if (step instanceof Step.FirstStep s) {
            // one takes part in a community or an organization; a person one gets to know
            return s.connection().kind() == Kind.PERSON ? "Get to know " + name.apply(s.connection()) + " better"
                    : "Take a first step in " + name.apply(s.connection());
        } else if (step instanceof Step.ReengageCategory s) {
            return "Re-engage with " + s.label();
        } else if (step instanceof Step.ReviewMembership s) {
            return "Review what " + name.apply(s.connection()) + " gives you";
        } else if (step instanceof Step.GiveBackMore) {
            return "Give back to your network";
        } else if (step instanceof Step.GiveBackToPeople) {
            return "Give back to the people you learn from";
        } else if (step instanceof Step.StrengthenCategory s) {
            return "Strengthen " + s.label();
        } else if (step instanceof Step.StrengthenCategories s) {
            return "Strengthen " + count(s.thin().size(), "thin category", "thin categories");
        } else if (step instanceof Step.CheckIn s) {
            Step.Overdue first = s.overdue().get(0);
            return s.overdue().size() == 1 ? Words.capitalize(first.way().action(name.apply(first.connection())))
                    : "Check in with " + count(s.overdue().size(), "connection");
        } else if (step instanceof Step.NoteLastContact) {
            return "Note when you last checked in";
        } else if (step instanceof Step.Organize) {
            return "Choose a tool to organize your PLN";
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    /** The reason, each connection named by {@code name}. */
    public static String reason(Step step, Function<ConnectionRef, String> name) {
        if (step instanceof Step.FindSource s) {
            int topics = s.topicCount();
            int n = s.connectionCount();
            String which = topics == 1 ? "your only topic" : "one of your " + count(topics, "topic");
            return n == 0 ? "You have no connections yet to keep up with " + s.topic() + ", " + which + "."
                    : (n == 1 ? "Your only connection does not help" : "None of your " + count(n, "connection")
                    + " helps") + " you keep up with " + s.topic() + ", " + which + ".";
        } else if (step instanceof Step.SoleSource s) {
            int k = s.soleSourceOf().size();
            int t = s.topicCount();
            String reason = name.apply(s.connection()) + " is your only source for " + (k < t ? k + " of your "
                    + count(t, "topic") : t == 1 ? "your only topic" : t == 2 ? "both your topics"
                    : "all " + t + " of your topics") + " (" + and(s.soleSourceOf()) + ")";
            if (s.topShare().isPresent()) {
                reason += " and carries " + percent(s.topShare().get()) + " of your engagement";
            }
            return reason + ". If you lost touch, you would have no way to keep up with "
                    + (s.soleSourceOf().size() == 1 ? "it" : "them") + "; add a second source for each.";
        } else if (step instanceof Step.LeanLess s) {
            return (s.tied().size() == 1 ? name.apply(s.tied().get(0)) + " carries " : and(names(s.tied(), name))
                    + " tie for the largest share: each carries ") + percent(s.share())
                    + " of your engagement (value × how often), at or above the " + percent(s.limit())
                    + " limit. More connections on the same topics would spread the load.";
        } else if (step instanceof Step.SpreadEngagement s) {
            return "Your top " + s.top().size() + " connections (" + and(names(s.top(), name)) + ") carry "
                    + percent(s.share()) + " of your engagement; the concentration index is " + decimal(s.index(), 2)
                    + ", at or above the limit of " + decimal(s.limit(), 2) + ".";
        } else if (step instanceof Step.Reach s) {
            String otherSide = s.online() ? "online" : "local";
            return share(s.mostly(), s.connectionCount()) + " " + (s.online() ? "local (school, district, in person)"
                    : "online") + "; " + (s.other() == 0 ? "none is " + otherSide + "." : "only " + s.other() + " "
                    + (s.other() == 1 ? "is" : "are") + " " + otherSide + ".")
                    + (s.online() ? " Online communities, social networks and blogs bring ideas from beyond your"
                    + " building." : " Colleagues, mentors and organizations near you can help with your own"
                    + " school's needs.");
        } else if (step instanceof Step.AddInCategory s) {
            return "You have no connection in " + s.label() + (s.core() ? ", a core category for your role" : "")
                    + (s.gaps() == 1 ? ": it is the only empty category out of " + s.categories()
                    : ": it is one of " + count(s.gaps(), "empty category", "empty categories")
                    + " out of " + s.categories()) + ".";
        } else if (step instanceof Step.ExploreCategories s) {
            return "You also have no connection in " + and(s.labels())
                    + ". Once the steps above are under way, add one of these at a time.";
        } else if (step instanceof Step.SecondSource s) {
            return name.apply(s.only()) + " is your only source for " + s.topic()
                    + "; if you lost touch, you would lose your way to keep up with it.";
        } else if (step instanceof Step.FirstStep s) {
            if (s.connection().kind() == Kind.PERSON) {
                String where = s.participation().map(p -> p == Participation.LURKER
                        ? "you only read what they share" : "you have not reached out yet")
                        .orElse("you have not reached out yet");
                return "You want to learn more from " + name.apply(s.connection()) + " but " + where
                        + ". Start small: ask them one question, share a resource with them or set up a short talk"
                        + " this month.";
            }
            String where = s.participation().map(p -> p == Participation.LURKER
                    ? "you only read along there" : "you do not take part yet").orElse("you have not started yet");
            return "You want to be more active in " + name.apply(s.connection()) + " but " + where
                    + ". Start small: answer one question, share one resource or introduce yourself this month.";
        } else if (step instanceof Step.ReengageCategory s) {
            int c = s.count();
            return (c == 1 ? "Your only connection in " + s.label() + " is"
                    : (c == 2 ? "Both" : "All " + c) + " of your connections in " + s.label() + " are")
                    + " low-engagement (highest weight " + decimal(s.maxWeight(), 1) + " of 25, the limit is "
                    + decimal(s.limit(), 1) + "): check in more often, or "
                    + (s.people() ? (c == 1 ? "find someone" : "find people") + " you learn more from."
                    : "replace " + (c == 1 ? "it with one" : "them with ones") + " you value more.");
        } else if (step instanceof Step.ReviewMembership s) {
            boolean person = s.connection().kind() == Kind.PERSON;
            List<String> why = new ArrayList<>();
            s.lowValue().ifPresent(v -> why.add("you rate " + Ways.it(s.connection().kind()) + " " + v + " of 5"));
            s.participation().ifPresent(p -> why.add(p == Participation.LURKER
                    ? (person ? "you only read what they share" : "you only read along")
                    : (person ? "you are not in touch" : "you do not take part")));
            String more = person
                    ? s.often().map(f -> "You are in touch " + f.id() + ": ask them more to get more from the tie,"
                    + " or give that time to someone you learn more from.")
                    .orElse("Reach out more, or give that time to someone you learn more from.")
                    : s.often().map(f -> "You use it " + f.id() + ": take part more to get more"
                    + " from it, or give that time to a source you value more.")
                    .orElse("Take part more, or let it go to make room for something better.");
            return Words.capitalize(and(why)) + ": assess the value you receive from " + name.apply(s.connection())
                    + ". " + more;
        } else if (step instanceof Step.GiveBackMore s) {
            List<String> oneWay = names(s.oneWay(), name);
            int k = s.givesBackTo();
            int n = s.canGiveBackTo();
            // the step is only planned below the target, so never all: none is said as none, not "0 of the 1"
            return (k == 0 ? "You do not give back yet to " + (n == 1 ? "the one connection" : n == 2
                    ? "either of the 2 connections" : "any of the " + count(n, "connection"))
                    : "You give back to " + Words.number(k) + " of the " + count(n, "connection"))
                    + " you can give back to (people, organizations, communities and events: " + percent(s.share())
                    + "); aim for " + percent(s.target()) + "."
                    + (oneWay.isEmpty() ? "" : " You learn from " + count(oneWay.size(), "person", "people")
                    + " without giving back: " + andAtMost(oneWay, 3) + ".")
                    + " Share a resource, answer a question or thank someone who helped you.";
        } else if (step instanceof Step.GiveBackToPeople s) {
            return "You learn from " + andAtMost(names(s.oneWay(), name), 3) + " without giving back"
                    + "; a thank-you, a shared resource or an invitation keeps a tie two-way.";
        } else if (step instanceof Step.StrengthenCategory s) {
            List<String> parts = new ArrayList<>();
            if (s.reasons().contains(Coverage.Reason.FEW_CONNECTIONS)) {
                parts.add(s.count() == 1 ? "you have only one connection in " + s.label() + " ("
                        + name.apply(s.in().get(0)) + ")" : "you have only " + s.count() + " connections in "
                        + s.label());
            }
            if (s.reasons().contains(Coverage.Reason.ONLY_INFREQUENT)) {
                parts.add(parts.isEmpty() ? "you check your " + count(s.count(), "connection") + " in " + s.label()
                        + " only yearly or rarely" : "you check " + (s.count() == 1 && !s.in().isEmpty()
                        ? Ways.it(s.in().get(0).kind()) : s.count() == 1 ? "it" : "them")
                        + " only yearly or rarely");
            }
            return Words.capitalize(String.join(", and ", parts))
                    + ". One more connection you check regularly would make it sturdier.";
        } else if (step instanceof Step.StrengthenCategories s) {
            List<String> items = s.thin().stream().map(t -> thinCategory(t, "checked only yearly or rarely")).toList();
            int k = s.thin().size();
            return (k < s.covered() ? k + " of your " + s.covered() : k == 2 ? "Both of your" : "All " + k + " of your")
                    + " categories with connections are thin: "
                    + and(items) + ". One more connection you check regularly in each would make your PLN sturdier.";
        } else if (step instanceof Step.CheckIn s) {
            List<Step.Overdue> od = s.overdue();
            List<String> items = od.stream().map(o -> name.apply(o.connection()) + " (" + o.frequency().id()
                    + ", " + o.way().last() + " " + o.daysSince() + " days ago)").toList();
            List<String> actions = od.stream().limit(3).map(o -> o.way().action(name.apply(o.connection())))
                    .toList();
            return count(od.size(), "check-in is", "check-ins are") + " overdue: " + andAtMost(items, 3)
                    + ". " + Words.capitalize(String.join("; ", actions)) + (od.size() > 3 ? "; and so on" : "")
                    + ".";
        } else if (step instanceof Step.NoteLastContact s) {
            List<ConnectionRef> nd = s.undated();
            String which = s.connectionCount() == 1 ? "Your only connection has no"
                    : nd.size() == s.connectionCount() ? "None of your " + count(nd.size(), "connection") + " has a"
                    : nd.size() + " of your " + count(s.connectionCount(), "connection") + " "
                            + (nd.size() == 1 ? "has" : "have") + " no";
            return which + " last contact date, so you cannot tell when a check-in is due: "
                    + andAtMost(names(nd, name), 3) + ".";
        } else if (step instanceof Step.Organize s) {
            return "You have not named a tool to organize what you follow (a feed reader, a bookmark board or a "
                    + "notebook); one place for your " + (s.connectionCount() == 1
                            ? "connection and those you add next" : count(s.connectionCount(), "connection"))
                    + " makes regular check-ins easier.";
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    /**
     * The reason as a recommendation shows it: when no concrete suggestion was found for an empty category, the
     * taxonomy's examples follow ("For example: …").
     */
    static String reason(Step step, boolean suggested, Function<ConnectionRef, String> name) {
        String reason = reason(step, name);
        if (!suggested && step instanceof Step.AddInCategory s && !s.examples().isEmpty()) {
            reason += " For example: " + and(s.examples()) + ".";
        }
        return reason;
    }

    /** The reason as a recommendation shows it, in a voice. */
    static String reason(Step step, boolean suggested, Function<ConnectionRef, String> name, Voice voice) {
        return voice == Voice.I ? inFirstPerson(n -> reason(step, suggested, n), name) : reason(step, suggested, name);
    }

    /**
     * The words {@code words} makes, in the first person, each connection's name kept as the teacher wrote it: the
     * words are made with a stand-in for every name, turned to the first person, then the names are put back.
     */
    private static String inFirstPerson(Function<Function<ConnectionRef, String>, String> words,
                                        Function<ConnectionRef, String> name) {
        List<String> names = new ArrayList<>();
        String s = firstPerson(words.apply(c -> {
            names.add(name.apply(c));
            return "\u0000" + (names.size() - 1) + "\u0000";
        }));
        Matcher m = STAND_IN.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(names.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern STAND_IN = Pattern.compile("\u0000(\\d+)\u0000");

    // "you" after these words is the object ("people near you", "what it gives you"): "me"; every other "you" in
    // the steps' words is the subject ("you check", "you would lose"): "I". Not inside "thank-you". Connection
    // names are the teacher's own words: a name with "you" in it (a podcast "You and Science") is kept as written
    // (see inFirstPerson).
    private static final Pattern OBJECT_YOU = Pattern.compile("\\b(near|gives|helped|help|helps) you\\b");
    private static final Pattern YOU_WORDS = Pattern.compile(
            "(?<![-\\w])(You are|you are|Yourself|yourself|Your|your|You|you)(?![-\\w])");

    /** The steps' "you" words in the teacher's own voice: "your" "my", "you are" "I am", "near you" "near me". */
    static String firstPerson(String youWords) {
        String s = OBJECT_YOU.matcher(youWords).replaceAll("$1 me");
        Matcher m = YOU_WORDS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String w = switch (m.group(1)) {
                case "You are", "you are" -> "I am";
                case "Yourself", "yourself" -> "myself";
                case "Your" -> "My";
                case "your" -> "my";
                default -> "I";
            };
            m.appendReplacement(b, w);
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<String> names(List<ConnectionRef> refs, Function<ConnectionRef, String> name) {
        return refs.stream().map(name).toList();
    }

    /** "All 4 of your connections are", "3 of your 4 connections are", "Your only connection is". */
    private static String share(int part, int n) {
        if (n == 1) {
            return "Your only connection is";
        }
        return (part == n ? (n == 2 ? "Both" : "All " + n) + " of your connections" : part + " of your " + count(n, "connection"))
                + (part == 1 ? " is" : " are");
    }

    /**
     * A thin category and why it is thin, e.g. {@code Mentors (1 connection, checked only yearly or rarely)}.
     *
     * @param infrequent the words for {@link Coverage.Reason#ONLY_INFREQUENT}
     */
    public static String thinCategory(Coverage.ThinCategory t, String infrequent) {
        List<String> why = new ArrayList<>();
        if (t.reasons().contains(Coverage.Reason.FEW_CONNECTIONS)) {
            why.add(count(t.connections(), "connection"));
        }
        if (t.reasons().contains(Coverage.Reason.ONLY_INFREQUENT)) {
            why.add(infrequent);
        }
        return t.label() + " (" + String.join(", ", why) + ")";
    }
}
