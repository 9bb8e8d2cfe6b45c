package org.plnkit.report.findings;

import static org.plnkit.analysis.words.Words.and;
import static org.plnkit.analysis.words.Words.andAtMost;
import static org.plnkit.analysis.words.Words.capitalize;
import static org.plnkit.analysis.words.Words.count;
import static org.plnkit.analysis.words.Words.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.core.model.Kind;

/**
 * The key findings of an assessment in whole sentences, for people rather than tools: what the PLN is made of,
 * what is missing, whom it leans on, topics, give-back and upkeep. The workbook's Summary lists them
 * ({@link Voice#YOU}); the map's legend shows the few that stand out ({@link Voice#I}).
 *
 * <pre>{@code
 * KeyFindings.of(assessment, Voice.YOU).get(0);
 * // "Your PLN has 15 connections (3 people, 3 organizations and 9 resources) in all 11 categories."
 * KeyFindings.standOut(assessment, Voice.I, 3);
 * // ["Marcus Bell is my only source for 4 of my 5 topics and carries 45% of my engagement."]
 * }</pre>
 *
 * <p>Every sentence is built from the assessment's numbers only; names come from the assessment, so an assessment
 * of an anonymized PLN gives anonymized findings.
 *
 * @since 0.1.0
 */
public final class KeyFindings {
    private static final int NAMES = 3;

    private KeyFindings() {
    }

    /** Every key finding, in a fixed order: composition, gaps, local and online, reliance, topics, give-back, upkeep. */
    public static List<String> of(Assessment a, Voice v) {
        List<String> out = new ArrayList<>();
        out.add(composition(a, v));
        if (a.connectionCount() == 0) {
            topics(a, v).ifPresent(out::add);
            return List.copyOf(out);
        }
        out.add(gaps(a, v));
        localOnline(a, v).ifPresent(out::add);
        out.add(reliance(a, v));
        topics(a, v).ifPresent(out::add);
        out.add(giveBack(a, v));
        out.add(upkeep(a, v));
        return List.copyOf(out);
    }

    /**
     * At most {@code max} findings that stand out as problems (over-reliance, topics without a source or with one,
     * an all-local or all-online PLN), most serious first; empty when nothing does.
     */
    public static List<String> standOut(Assessment a, Voice v, int max) {
        List<String> out = new ArrayList<>();
        if (a.connectionCount() == 0) {
            return List.of();
        }
        Reliance r = a.reliance();
        if (r.overReliant()) {
            out.add(reliance(a, v));
        }
        TopicCoverage t = a.topics();
        if (!t.uncoveredTopics().isEmpty()) {
            out.add(capitalize(listTopics(t.uncoveredTopics())) + " "
                    + (t.uncoveredTopics().size() == 1 ? "has" : "have") + " no source in " + v.possessive()
                    + " PLN.");
        } else if (!t.fragileTopics().isEmpty() && !r.overReliant()) {
            out.add(capitalize(listTopics(t.fragileTopics())) + " "
                    + (t.fragileTopics().size() == 1 ? "has" : "have") + " a single source.");
        }
        double local = a.composition().localShare().orElse(0.0);
        double limit = a.thresholds().mostlyLocalShare();
        if (local >= limit || 1 - local >= limit) {
            localOnline(a, v).ifPresent(out::add);
        }
        return List.copyOf(out.subList(0, Math.min(Math.max(0, max), out.size())));
    }

    static String composition(Assessment a, Voice v) {
        Composition c = a.composition();
        if (c.connections() == 0) {
            return v.possessiveFirst() + " PLN has no connections yet.";
        }
        List<String> kinds = new ArrayList<>();
        addKind(kinds, c.count(Kind.PERSON), "person", "people");
        addKind(kinds, c.count(Kind.ORGANIZATION), "organization", "organizations");
        addKind(kinds, c.count(Kind.RESOURCE), "resource", "resources");
        Coverage cov = a.coverage();
        String where = cov.covered() == cov.categories() ? "all " + cov.categories() + " categories"
                : cov.covered() + " of the " + cov.categories() + " categories";
        return v.possessiveFirst() + " PLN has " + count(c.connections(), "connection") + " (" + and(kinds) + ") in "
                + where + ".";
    }

    private static void addKind(List<String> kinds, int n, String one, String many) {
        if (n > 0) {
            kinds.add(count(n, one, many));
        }
    }

    static String gaps(Assessment a, Voice v) {
        Coverage cov = a.coverage();
        List<String> gaps = cov.gaps().stream().map(Coverage.Gap::label).toList();
        List<String> thin = cov.thinCategories().stream().map(Coverage.ThinCategory::label).toList();
        String sentence;
        if (gaps.isEmpty()) {
            sentence = "Every category has at least one connection";
        } else if (gaps.size() == 1) {
            sentence = "One category is still empty: " + gaps.get(0);
        } else {
            sentence = gaps.size() + " categories are still empty: " + and(gaps);
        }
        if (thin.isEmpty()) {
            return sentence + ".";
        }
        return sentence + "; " + (thin.size() == 1 ? thin.get(0) + " is thin" : andAtMost(thin, 4) + " are thin")
                + " (one connection, or checked only yearly or rarely).";
    }

    static Optional<String> localOnline(Assessment a, Voice v) {
        Composition c = a.composition();
        if (c.localShare().isEmpty()) {
            return Optional.empty();
        }
        double local = c.localShare().get();
        double limit = a.thresholds().mostlyLocalShare();
        if (c.online() == 0) {
            return Optional.of("All of " + v.possessive() + " connections are local (school, district, in person);"
                    + " none is online.");
        }
        if (c.local() == 0) {
            return Optional.of("All of " + v.possessive() + " connections are online; none is local.");
        }
        if (local >= limit) {
            return Optional.of("Most of " + v.possessive() + " connections (" + percent(local) + ") are local.");
        }
        if (1 - local >= limit) {
            return Optional.of("Most of " + v.possessive() + " connections (" + percent(1 - local) + ") are online.");
        }
        return Optional.of(v.possessiveFirst() + " PLN mixes local (" + percent(local) + ") and online ("
                + percent(1 - local) + ") connections.");
    }

    static String reliance(Assessment a, Voice v) {
        Reliance r = a.reliance();
        int topics = a.topics().byTopic().size();
        Optional<Reliance.Flag> top = r.flags().stream().filter(f -> f.type() == Reliance.FlagType.TOP_SHARE)
                .findFirst();
        Optional<Reliance.Flag> sole = r.flags().stream().filter(f -> f.type() == Reliance.FlagType.SOLE_SOURCE)
                .findFirst();
        if (sole.isPresent()) {
            ConnectionRef c = sole.get().connection().orElseThrow();
            String s = c.name() + " is " + v.possessive() + " only source for " + (long) sole.get().value() + " of "
                    + v.possessive() + " " + count(topics, "topic");
            if (top.isPresent() && top.get().connection().orElseThrow().id().equals(c.id())) {
                s += " and carries " + percent(top.get().value()) + " of " + v.possessive() + " engagement";
            }
            return s + ".";
        }
        if (top.isPresent()) {
            List<Reliance.ConnectionWeight> tied = r.tiedForTop();
            return (tied.size() > 1 ? and(tied.stream().map(w -> w.connection().name()).toList()) + " tie for the"
                    + " largest share: each carries " : top.get().connection().orElseThrow().name() + " carries ")
                    + percent(top.get().value()) + " of " + v.possessive()
                    + " engagement (value × how often), more than any one connection should.";
        }
        if (r.flags().stream().anyMatch(f -> f.type() == Reliance.FlagType.CONCENTRATION)) {
            List<String> names = r.weights().stream().limit(NAMES).map(w -> w.connection().name()).toList();
            return v.possessiveFirst() + " engagement rests on a few connections: " + and(names) + ".";
        }
        if (r.top().isEmpty()) {
            return "";
        }
        Reliance.ConnectionWeight w = r.top().get();
        if (w.share() >= a.thresholds().topShareLimit()) {
            // not flagged only because the PLN is small: say so rather than call it spread out
            List<Reliance.ConnectionWeight> tied = r.tiedForTop();
            return (tied.size() > 1 ? and(tied.stream().map(x -> x.connection().name()).toList()) + " each carry "
                    : w.connection().name() + " carries ") + percent(w.share()) + " of " + v.possessive()
                    + " engagement; with " + count(a.connectionCount(), "connection") + ", each one weighs a lot.";
        }
        return v.possessiveFirst() + " engagement is spread out: no connection carries more than "
                + percent(w.share()) + " of it.";
    }

    static Optional<String> topics(Assessment a, Voice v) {
        TopicCoverage t = a.topics();
        if (t.byTopic().isEmpty()) {
            return Optional.of(v.subject() + " have not named the topics " + v.subjectInside()
                    + " need to keep up with.");
        }
        if (t.uncoveredTopics().isEmpty() && t.fragileTopics().isEmpty()) {
            return Optional.of((t.byTopic().size() == 1 ? v.possessiveFirst() + " topic has"
                    : "Each of " + v.possessive() + " " + t.byTopic().size() + " topics has")
                    + " two or more sources.");
        }
        List<String> parts = new ArrayList<>();
        if (!t.uncoveredTopics().isEmpty()) {
            parts.add("no connection helps " + (v == Voice.I ? "me" : "you") + " with "
                    + listTopics(t.uncoveredTopics()));
        }
        if (!t.fragileTopics().isEmpty()) {
            parts.add(listTopics(t.fragileTopics()) + " " + (t.fragileTopics().size() == 1 ? "has" : "have")
                    + " a single source");
        }
        int solid = t.byTopic().size() - t.uncoveredTopics().size() - t.fragileTopics().size();
        return Optional.of(capitalize(String.join("; ", parts)) + " (" + t.coveredCount() + " of "
                + count(t.byTopic().size(), "topic") + " " + (t.coveredCount() == 1 ? "has" : "have")
                + " a source, " + solid + " of them two or more).");
    }

    static String giveBack(Assessment a, Voice v) {
        GiveBack g = a.giveBack();
        String s = v.subject() + " give back to " + g.givesBackTo() + " of the "
                + count(g.canGiveBackTo(), "connection") + " " + v.subjectInside() + " can give back to (people,"
                + " organizations, communities and events: " + percent(g.share().orElse(0.0)) + ")";
        if (!g.oneWayTies().isEmpty()) {
            s += "; " + v.subjectInside() + " learn from " + andAtMost(g.oneWayTies().stream()
                    .map(ConnectionRef::name).toList(), NAMES) + " without giving back";
        }
        return s + ".";
    }

    static String upkeep(Assessment a, Voice v) {
        Upkeep u = a.upkeep();
        String s;
        if (u.overdueCheckIns().isEmpty()) {
            s = "No check-in is overdue";
        } else {
            s = count(u.overdueCheckIns().size(), "check-in is", "check-ins are") + " overdue ("
                    + andAtMost(u.overdueCheckIns().stream().map(o -> o.connection().name()).toList(), NAMES) + ")";
        }
        if (!u.noLastContact().isEmpty()) {
            s += ", and " + count(u.noLastContact().size(), "connection has", "connections have")
                    + " no last contact date";
        }
        s += u.organizer().map(o -> "; " + v.subjectInside() + " organize " + v.possessive() + " PLN in " + o + ".")
                .orElse("; " + v.subjectInside() + " have not named a tool to organize " + v.possessive() + " PLN.");
        return s;
    }

    private static String listTopics(List<String> topics) {
        return andAtMost(topics, 4);
    }
}
