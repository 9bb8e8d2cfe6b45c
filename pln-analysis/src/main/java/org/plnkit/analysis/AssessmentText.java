package org.plnkit.analysis;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.andAtMost;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.decimal;
import static org.plnkit.analysis.words.Words.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.engagement.UnderUse;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.plan.Recommendation;
import org.plnkit.analysis.plan.StepWords;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.structure.Structure;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;

/**
 * Renders an {@link Assessment} as a plain-text summary for a terminal: the assessment at a glance, then the action
 * plan. Lines are wrapped at {@value #WIDTH} characters and end with {@code \n}; numbers are formatted in the root
 * locale.
 *
 * <pre>{@code
 * System.out.print(AssessmentText.render(assessment));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentText {
    /** The width lines are wrapped at. */
    public static final int WIDTH = 100;
    private static final int LABEL = 15;

    private AssessmentText() {
    }

    /** The number of action-plan steps {@link #render(Assessment)} shows. */
    public static final int DEFAULT_STEPS = 12;

    /** The summary with the first {@value #DEFAULT_STEPS} steps of the action plan, ending with a newline. */
    public static String render(Assessment a) {
        return render(a, DEFAULT_STEPS);
    }

    /** The summary with at most {@code maxSteps} steps of the action plan, ending with a newline. */
    public static String render(Assessment a, int maxSteps) {
        StringBuilder b = new StringBuilder();
        Participant p = a.participant();
        List<String> about = new ArrayList<>();
        p.role().ifPresent(about::add);
        p.school().ifPresent(about::add);
        b.append("PLN assessment: ").append(p.displayName())
                .append(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")").append('\n');
        b.append("As of ").append(a.asOf()).append(", ").append(count(a.connectionCount(), "connection"))
                .append(a.connectionCount() < 2 ? "" : a.structure().links() == 0 ? ", no links among them"
                        : ", " + count(a.structure().links(), "link") + " among them").append("\n\n");

        Health h = a.health();
        b.append("Health ").append(h.score()).append("/100\n");
        for (Health.SubScore s : h.subScores()) {
            String name = AssessmentJson.enumId(s.part()).replace('-', ' ');
            String score = s.score().map(String::valueOf).orElse("-");
            line(b, String.format(Locale.ROOT, "  %-14s %3s  ", name, score), s.explanation());
        }

        b.append("\nAt a glance\n");
        glance(b, "Composition", composition(a.composition()));
        Coverage cov = a.coverage();
        glance(b, "Categories", cov.covered() + " of " + cov.categories() + (cov.covered() == 1 ? " has" : " have")
                + " connections"
                + (cov.gaps().isEmpty() ? ""
                : "; empty: " + and(cov.gaps().stream().map(Coverage.Gap::label).toList())));
        glance(b, "Thin", cov.thinCategories().isEmpty() ? "none" : and(cov.thinCategories().stream()
                .map(AssessmentText::thin).toList()));
        reliance(b, a.reliance());
        glance(b, "Structure", structure(a.structure()));
        topics(b, a.topics());
        glance(b, "Under-used", underUse(a.underUse()));
        glance(b, "Give-back", giveBack(a.giveBack()));
        glance(b, "Upkeep", upkeep(a.upkeep()));

        b.append("\nAction plan\n");
        List<Recommendation> recs = a.actionPlan().recommendations();
        if (recs.isEmpty()) {
            b.append("  Nothing to do: your PLN is in good shape. Keep it up.\n");
        }
        for (Recommendation r : recs.subList(0, Math.min(Math.max(0, maxSteps), recs.size()))) {
            String head = String.format(Locale.ROOT, "%3d. ", r.rank());
            line(b, head, r.title() + " [" + r.type().label().toLowerCase(Locale.ROOT) + "]");
            line(b, " ".repeat(head.length()), r.reason());
            for (Suggestion s : r.suggestions()) {
                line(b, " ".repeat(head.length()) + "- ", suggestion(s));
            }
        }
        if (recs.size() > maxSteps) {
            int more = recs.size() - Math.max(0, maxSteps);
            b.append("     … and ").append(count(more, "more step")).append(" of lower priority in the full"
                    + " assessment (JSON).\n");
        }
        return b.toString();
    }

    private static String composition(Composition c) {
        if (c.connections() == 0) {
            return "no connections yet";
        }
        List<String> kinds = new ArrayList<>();
        kinds.add(count(c.count(Kind.PERSON), "person", "people"));
        kinds.add(count(c.count(Kind.ORGANIZATION), "organization"));
        kinds.add(count(c.count(Kind.RESOURCE), "resource"));
        return String.join(", ", kinds) + "; " + c.local() + " local, " + c.online() + " online ("
                + percent(c.localShare().orElse(0.0)) + " local); diversity over categories (IQV) "
                + decimal(c.iqv(), 2);
    }

    private static String thin(Coverage.ThinCategory t) {
        return StepWords.thinCategory(t, "only yearly or rarely");
    }

    private static void reliance(StringBuilder b, Reliance r) {
        if (r.top().isEmpty()) {
            glance(b, "Reliance", "no connections yet");
            return;
        }
        Reliance.ConnectionWeight top = r.top().get();
        List<Reliance.ConnectionWeight> tied = r.tiedForTop();
        glance(b, "Reliance", "largest share: " + (tied.size() > 1 ? andAtMost(tied.stream().map(w -> w.connection()
                .name()).toList(), 4) + " (tied), " + percent(top.share()) + " of your engagement each"
                : top.connection().name() + " with " + percent(top.share()) + " of your engagement")
                + "; concentration (normalized Herfindahl) "
                + decimal(r.normalizedHerfindahl().orElseThrow(), 2) + "; "
                + (r.overReliant() ? "over-reliant (" + and(r.flags().stream().map(AssessmentText::flag).toList())
                + ")" : "not over-reliant"));
        // only sources of any kind, a podcast as well as a person: not "key people"
        glance(b, "Key sources", r.keyPeople().isEmpty() ? "none (no topic depends on a single connection)"
                : and(r.keyPeople().stream().map(k -> k.connection().name() + " (only source for "
                + and(k.soleSourceOf()) + ")").toList()));
        if (!r.articulationPoints().isEmpty()) {
            glance(b, "Bridges", andAtMost(r.articulationPoints().stream().map(p -> p.connection().name()
                    + " (without " + (p.connection().kind() == org.plnkit.core.model.Kind.PERSON ? "them" : "it") + ", " + count(p.wouldSeparate(), "connection") + " cut off)").toList(), 4));
        }
    }

    private static String flag(Reliance.Flag f) {
        return switch (f.type()) {
            case TOP_SHARE -> "top share " + percent(f.value()) + " ≥ " + percent(f.limit());
            case CONCENTRATION -> "concentration " + decimal(f.value(), 2) + " ≥ " + decimal(f.limit(), 2);
            case SOLE_SOURCE -> f.connection().orElseThrow().name() + " only source for "
                    + count((long) f.value(), "topic");
        };
    }

    private static String structure(Structure s) {
        if (s.connections() == 0) {
            return "no connections yet";
        }
        if (s.connections() == 1) {
            return "one connection: no ties among connections to measure yet";
        }
        return "effective size " + decimal(s.effectiveSize().orElseThrow(), 2) + " of " + s.connections()
                + " (efficiency " + decimal(s.efficiency().orElseThrow(), 2) + "), constraint "
                + decimal(s.constraint().orElseThrow(), 2) + "; density " + s.density().map(d -> decimal(d, 2))
                .orElse("n/a") + ", " + count(s.components(), "separate part") + ", "
                + count(s.isolates().size(), "connection") + " linked to no other";
    }

    private static void topics(StringBuilder b, TopicCoverage t) {
        if (t.byTopic().isEmpty()) {
            glance(b, "Topics", "no topics named");
            return;
        }
        int solid = t.byTopic().size() - t.uncoveredTopics().size() - t.fragileTopics().size();
        if (t.byTopic().size() == 1) {
            TopicCoverage.TopicSources one = t.byTopic().get(0);
            int k = one.sources().size();
            glance(b, "Topics", "your one topic, " + one.topic() + ", has " + (k == 0 ? "no source"
                    : k == 1 ? "one source" : k + " sources"));
            return;
        }
        int total = t.byTopic().size();
        glance(b, "Topics", (t.coveredCount() == total ? "every topic has a source" : t.coveredCount() + " of "
                + total + " with a source") + ", " + (solid == 0 ? "none has" : solid == total ? "all have"
                : solid + (solid == 1 ? " has" : " have")) + " two or more"
                + (t.uncoveredTopics().isEmpty() ? "" : "; no source: " + and(t.uncoveredTopics()))
                + (t.fragileTopics().isEmpty() ? "" : "; one source: " + and(t.fragileTopics())));
    }

    private static String underUse(UnderUse u) {
        List<String> parts = new ArrayList<>();
        if (!u.lowEngagementCategories().isEmpty()) {
            parts.add("low engagement in " + and(u.lowEngagementCategories().stream()
                    .map(UnderUse.LowEngagementCategory::label).toList()));
        }
        if (!u.membershipsToReview().isEmpty()) {
            parts.add("review " + andAtMost(u.membershipsToReview().stream().map(m -> m.connection().name())
                    .toList(), 4));
        }
        if (!u.wantsToStart().isEmpty()) {
            parts.add("want to start in " + and(u.wantsToStart().stream().map(s -> s.connection().name()).toList()));
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private static String giveBack(GiveBack g) {
        if (g.connections() == 0) {
            return "no connections yet";
        }
        if (g.canGiveBackTo() == 0) {
            return "none of your connections is one you can give back to yet (people, organizations, communities and"
                    + " events)";
        }
        int people = g.people();
        int k = g.peopleGivenBackTo();
        String who = people == 0 || k == 0 && g.oneWayTies().size() == people ? ""
                : k == people ? (people == 1 ? ", the one person among them" : people == 2 ? ", both people among them"
                : ", all " + people + " people among them")
                : k == 0 ? (people == 1 ? ", not the one person" : ", none of the " + people + " people")
                : ", " + k + " of the " + people + " people";
        int able = g.canGiveBackTo();
        int given = g.givesBackTo();
        // "0 of the 1 connection" is not how anyone says it
        String of = given == 0 ? "not yet to " + (able == 1 ? "the one connection" : able == 2 ? "either of the 2 connections"
                : "any of the " + count(able, "connection"))
                : given == able ? (able == 1 ? "the one connection" : able == 2 ? "both connections" : "all " + count(able, "connection"))
                : Words.number(given) + " of the " + count(able, "connection");
        return of + " one can give back to (" + percent(g.share().orElse(0.0)) + ")" + who
                + (g.oneWayTies().isEmpty() ? "" : "; one-way: "
                + andAtMost(g.oneWayTies().stream().map(ConnectionRef::name).toList(), 4));
    }

    private static String upkeep(Upkeep u) {
        return (u.overdueCheckIns().isEmpty() ? "no check-in" : count(u.overdueCheckIns().size(), "check-in"))
                + " overdue"
                + (u.overdueCheckIns().isEmpty() ? "" : " (" + andAtMost(u.overdueCheckIns().stream()
                .map(o -> o.connection().name()).toList(), 3) + ")")
                + "; " + (u.noLastContact().isEmpty() ? "none" : String.valueOf(u.noLastContact().size()))
                + " without a last contact date; "
                + u.organizer().map(o -> "organizer: " + o).orElse("no organizer tool named");
    }

    private static String suggestion(Suggestion s) {
        StringBuilder b = new StringBuilder(s.name());
        s.url().ifPresent(u -> b.append(" <").append(u).append('>'));
        s.note().ifPresent(n -> b.append(": ").append(n));
        return b.toString();
    }

    private static void glance(StringBuilder b, String label, String text) {
        line(b, "  " + label + " ".repeat(Math.max(1, LABEL - label.length())), text);
    }

    /** Appends {@code text} after {@code head}, wrapped at {@link #WIDTH} with continuation lines indented. */
    private static void line(StringBuilder b, String head, String text) {
        String indent = " ".repeat(head.length());
        StringBuilder cur = new StringBuilder(head);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && cur.length() + 1 + word.length() > WIDTH) {
                b.append(cur).append('\n');
                cur = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                cur.append(' ');
            }
            cur.append(word);
            empty = false;
        }
        b.append(cur).append('\n');
    }
}
