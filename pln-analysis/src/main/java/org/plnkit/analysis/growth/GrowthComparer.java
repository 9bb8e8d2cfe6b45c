package org.plnkit.analysis.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.Assessor;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.plan.SuggestionSource;
import org.plnkit.analysis.growth.Growth.Change;
import org.plnkit.analysis.growth.Growth.Counts;
import org.plnkit.analysis.growth.Growth.HealthShift;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.Named;
import org.plnkit.analysis.growth.Growth.PartShift;
import org.plnkit.analysis.growth.Growth.Shares;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.analysis.growth.Growth.TopicShift;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Participation;
import org.plnkit.core.model.Pln;

/**
 * Compares two snapshots of one participant's PLN: BEFORE (e.g. at the start of a course) and AFTER (weeks later).
 * Each snapshot is assessed as of its own date, so that BEFORE's action plan is the one the participant was given;
 * connections are paired by {@link ConnectionMatcher}. Thread-safe.
 *
 * <pre>{@code
 * GrowthComparer comparer = new GrowthComparer(AssessmentOptions.defaults());
 * List<GrowthComparer.Mismatch> m = GrowthComparer.check(before, after);   // wrong order, another participant
 * Growth g = comparer.compare(before, after);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrowthComparer {
    private final AssessmentOptions options;

    /** A comparer that assesses with these options (their as-of date is not used: each snapshot has its own). */
    public GrowthComparer(AssessmentOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Why two snapshots should not be compared. */
    public enum MismatchType {
        /** The two files are of different participants. */
        DIFFERENT_PARTICIPANTS,
        /** AFTER is dated before BEFORE. */
        WRONG_ORDER
    }

    /**
     * A reason not to compare two snapshots.
     *
     * @param type    what is wrong
     * @param message in plain words, naming both participants or both dates
     */
    public record Mismatch(MismatchType type, String message) {
    }

    /**
     * What stands against comparing BEFORE with AFTER: another participant's file (ids compared without case and
     * surrounding spaces), or AFTER dated before BEFORE. Snapshots without a date are not checked for order.
     */
    public static List<Mismatch> check(Pln before, Pln after) {
        List<Mismatch> out = new ArrayList<>();
        String b = before.participant().id();
        String a = after.participant().id();
        if (!IdentityKeys.sharedId(b).equals(IdentityKeys.sharedId(a))) {
            out.add(new Mismatch(MismatchType.DIFFERENT_PARTICIPANTS, "BEFORE is participant " + b + " and AFTER is "
                    + "participant " + a + ": compare two snapshots of the same participant"));
        }
        Optional<LocalDate> bd = before.participant().asOf();
        Optional<LocalDate> ad = after.participant().asOf();
        if (bd.isPresent() && ad.isPresent() && ad.get().isBefore(bd.get())) {
            out.add(new Mismatch(MismatchType.WRONG_ORDER, "BEFORE is dated " + bd.get() + " and AFTER " + ad.get()
                    + ": the earlier snapshot comes first (swap the two files)"));
        }
        return out;
    }

    /**
     * Compares two snapshots, each assessed as of its own {@code as_of}.
     *
     * @throws IllegalArgumentException when a snapshot has no {@code as_of}
     */
    public Growth compare(Pln before, Pln after) {
        return compare(before, date(before, "BEFORE"), after, date(after, "AFTER"));
    }

    /** Compares two snapshots assessed as of the dates given. */
    public Growth compare(Pln before, LocalDate beforeAsOf, Pln after, LocalDate afterAsOf) {
        Assessment b = Assessor.assess(before, options.withAsOf(beforeAsOf));
        Assessment a = Assessor.assess(after, options.withAsOf(afterAsOf));
        return compare(before, b, after, a);
    }

    /**
     * As {@link #compare(Pln, LocalDate, Pln, LocalDate)}, with the same figures, at a fraction of the cost: the
     * growth uses no structural measure and no suggestion of a plan (only BEFORE's steps, their titles and types),
     * so neither is computed; the two assessments it holds have an empty structure and plans without suggestions.
     * For the waves of a cohort, where the suggestions of a resource directory were four fifths of the time.
     */
    public Growth compareLean(Pln before, LocalDate beforeAsOf, Pln after, LocalDate afterAsOf) {
        AssessmentOptions lean = options.withSuggestions(SuggestionSource.NONE);
        Assessment b = new Assessor(lean.withAsOf(beforeAsOf)).assessWithoutStructure(before);
        Assessment a = new Assessor(lean.withAsOf(afterAsOf)).assessWithoutStructure(after);
        return compare(before, b, after, a);
    }

    /** Compares two snapshots whose assessments are already made (e.g. AFTER's, for its report). */
    public Growth compare(Pln before, Assessment beforeAssessment, Pln after, Assessment afterAssessment) {
        ConnectionMatcher.Matching m = ConnectionMatcher.match(before, after);
        Map<String, String> beforeOfAfter = new LinkedHashMap<>();
        m.pairs().forEach((bid, aid) -> beforeOfAfter.put(aid, bid));

        List<Tie> added = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (Connection c : after.connections()) {
            String bid = beforeOfAfter.get(c.id());
            if (bid == null) {
                added.add(tie(c));
            } else {
                Connection was = before.connection(bid).orElseThrow();
                kept.add(new Kept(bid, c.id(), c.name(), c.kind(), c.category(), m.how(bid).orElseThrow(),
                        changes(was, c)));
            }
        }
        List<Tie> dropped = new ArrayList<>();
        for (Connection c : before.connections()) {
            if (!m.pairs().containsKey(c.id())) {
                dropped.add(tie(c));
            }
        }

        Coverage cb = beforeAssessment.coverage();
        Coverage ca = afterAssessment.coverage();
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> sturdy = new ArrayList<>();
        List<String> thin = new ArrayList<>();
        for (String cat : options.taxonomy().ids()) {
            boolean gapB = cb.isGap(cat);
            boolean gapA = ca.isGap(cat);
            if (gapB && !gapA) {
                gained.add(cat);
            } else if (!gapB && gapA) {
                lost.add(cat);
            }
            if (cb.isThin(cat) && !gapA && !ca.isThin(cat)) {
                sturdy.add(cat);
            } else if (!gapB && !cb.isThin(cat) && ca.isThin(cat)) {
                thin.add(cat);
            }
        }

        Counts overdue = new Counts(beforeAssessment.upkeep().overdueCheckIns().size(),
                afterAssessment.upkeep().overdueCheckIns().size());
        Shares giveBack = new Shares(beforeAssessment.giveBack().share(), afterAssessment.giveBack().share());
        return new Growth(after.participant(), beforeAssessment.asOf(), afterAssessment.asOf(), added, dropped, kept,
                gained, lost, sturdy, thin, topics(beforeAssessment.topics(), afterAssessment.topics()), giveBack,
                overdue, health(beforeAssessment.health(), afterAssessment.health()),
                new FollowThrough(options.taxonomy(), beforeAssessment.thresholds()).evaluate(before, after, m,
                        beforeAssessment, afterAssessment),
                beforeAssessment, afterAssessment);
    }

    private static LocalDate date(Pln pln, String which) {
        // a snapshot built in code has no file: name the API too
        return pln.participant().asOf().orElseThrow(() -> new IllegalArgumentException(which + " ("
                + pln.participant().displayName() + ") has no as-of date: give one with Participant.Builder.asOf(date)"
                + " or pass both dates to compare(before, beforeAsOf, after, afterAsOf), or as_of in a participant"
                + " file"));
    }

    private static Tie tie(Connection c) {
        return new Tie(c.id(), c.name(), c.kind(), c.category());
    }

    /**
     * What changed in a kept connection, spelled as in the input contract. A new name counts when the names differ
     * beyond case, spacing and surrounding punctuation ({@link IdentityKeys#name}); an id alone does not.
     */
    static List<Change> changes(Connection b, Connection a) {
        List<Change> out = new ArrayList<>();
        if (!IdentityKeys.name(b.name()).equals(IdentityKeys.name(a.name()))) {
            out.add(new Change("name", Optional.of(b.name()), Optional.of(a.name())));
        }
        add(out, "category", Optional.of(b.category()), Optional.of(a.category()));
        add(out, "frequency", b.frequency().map(Frequency::id), a.frequency().map(Frequency::id));
        add(out, "value", b.value().map(String::valueOf), a.value().map(String::valueOf));
        add(out, "participation", b.participation().map(Participation::id), a.participation().map(Participation::id));
        add(out, "gives_back", b.givesBack().map(GrowthComparer::yesNo), a.givesBack().map(GrowthComparer::yesNo));
        add(out, "wants_more", b.wantsMore().map(GrowthComparer::yesNo), a.wantsMore().map(GrowthComparer::yesNo));
        if (!topicKeys(b.topics()).equals(topicKeys(a.topics()))) {
            out.add(new Change("topics", topicText(b.topics()), topicText(a.topics())));
        }
        return out;
    }

    private static void add(List<Change> out, String field, Optional<String> b, Optional<String> a) {
        if (!b.equals(a)) {
            out.add(new Change(field, b, a));
        }
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static Set<String> topicKeys(List<String> topics) {
        Set<String> s = new TreeSet<>();
        topics.forEach(t -> s.add(TopicsMeasure.key(t)));
        return s;
    }

    private static Optional<String> topicText(List<String> topics) {
        return topics.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", topics));
    }

    /** AFTER's topics in its order, then BEFORE's topics AFTER no longer names. */
    private static List<TopicShift> topics(TopicCoverage b, TopicCoverage a) {
        List<TopicShift> out = new ArrayList<>();
        for (TopicCoverage.TopicSources t : a.byTopic()) {
            Optional<TopicCoverage.TopicSources> was = b.topic(t.topic());
            out.add(new TopicShift(t.topic(), was.map(w -> w.sources().size()).orElse(0), t.sources().size(),
                    was.isPresent() ? Named.BOTH : Named.AFTER));
        }
        for (TopicCoverage.TopicSources t : b.byTopic()) {
            if (a.topic(t.topic()).isEmpty()) {
                out.add(new TopicShift(t.topic(), t.sources().size(), 0, Named.BEFORE));
            }
        }
        return out;
    }

    private static HealthShift health(Health b, Health a) {
        List<PartShift> parts = new ArrayList<>();
        for (Health.Part p : Health.Part.values()) {
            parts.add(new PartShift(p, b.part(p).score(), a.part(p).score()));
        }
        return new HealthShift(b.score(), a.score(), parts);
    }
}
