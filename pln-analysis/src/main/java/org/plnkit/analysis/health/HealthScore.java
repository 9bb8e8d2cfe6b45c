package org.plnkit.analysis.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.composition.Composition;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.health.Health.Part;
import org.plnkit.analysis.health.Health.SubScore;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.analysis.words.Words;

/**
 * Combines measures into a health score from 0 to 100. Each sub-score is a value in [0, 1] times 100, rounded:
 * <ul>
 * <li>coverage (25): {@link Coverage#weightedScore()} — a category counts 1 when covered, ½ when thin, 0 when empty;</li>
 * <li>diversity (15): ¾ × IQV over categories + ¼ × local/online balance, where balance = 1 − |2 × local share − 1|
 *     (1 for half local, half online; 0 for all one or the other);</li>
 * <li>concentration (15): 1 − the normalized Herfindahl index of engagement shares;</li>
 * <li>topics (20): {@link TopicCoverage#score()} — a topic counts 1 with two or more sources, ½ with one, 0 with
 *     none; does not apply when no topics are named;</li>
 * <li>give-back (10): the share of connections given back to ÷ {@link Thresholds#giveBackTarget()}, at most 1;</li>
 * <li>upkeep (15): 0.9 × (1 − (overdue + ½ × without last contact) ÷ connections) + 0.1 if an organizer is named.</li>
 * </ul>
 * The overall score is the weighted mean of the rounded sub-scores that apply, rounded. A PLN without connections
 * scores 0 on every part but topics, which is 0 when topics are named.
 *
 * <pre>{@code
 * Health h = new HealthScore(Thresholds.DEFAULTS).score(composition, coverage, reliance, topics, giveBack, upkeep);
 * h.score();   // 82
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HealthScore {
    private final Thresholds thresholds;
    private final Voice voice;

    /** The explanations speak to the teacher ("your engagement"). */
    public HealthScore(Thresholds thresholds) {
        this(thresholds, Voice.YOU);
    }

    /** The explanations in the given voice ("your engagement", or "my engagement" on the studio's page). */
    public HealthScore(Thresholds thresholds, Voice voice) {
        this.thresholds = thresholds;
        this.voice = java.util.Objects.requireNonNull(voice, "voice");
    }

    /** The health score of measures of one PLN. */
    public Health score(Composition composition, Coverage coverage, Reliance reliance, TopicCoverage topics,
                        GiveBack giveBack, Upkeep upkeep) {
        List<SubScore> subs = new ArrayList<>();
        int n = composition.connections();

        int thin = coverage.thinCategories().size();
        subs.add(sub(Part.COVERAGE, coverage.weightedScore(), coverage.covered() + " of " + coverage.categories()
                + " categories " + (coverage.covered() == 1 ? "has" : "have") + " connections; "
                + (thin == 0 ? "none is" : thin == 1 ? "1 is" : thin + " are") + " thin (counted half)."));

        double local = composition.localShare().orElse(0.0);
        double balance = n == 0 ? 0 : 1 - Math.abs(2 * local - 1);
        int used = (int) composition.byCategory().stream().filter(c -> c.connections() > 0).count();
        subs.add(sub(Part.DIVERSITY, 0.75 * composition.iqv() + 0.25 * balance, n == 0
                ? "No connections yet."
                : n == 1 ? voice.possessiveCapitalized() + " only connection is " + (local == 1 ? "local" : "online")
                        + " and in one category."
                : (used == 1 ? (n == 2 ? "Both" : "All " + n) + " connections are in one category; " : "Connections spread over " + used
                        + " categories (" + percent(composition.iqv()) + " of the most even spread); ")
                        + percent(local) + " local, " + percent(1 - local) + " online."));

        String my = voice.possessive();
        double nh = reliance.normalizedHerfindahl().orElse(1.0);
        subs.add(sub(Part.CONCENTRATION, n == 0 ? 0 : 1 - nh, n == 0 ? "No connections yet."
                : "Normalized Herfindahl index " + twoDecimals(nh) + ": "
                        + (n == 1 ? "all " + my + " engagement is on " + my + " one connection."
                        // a few connections are not "many": say how many
                        : nh < 0.05 ? (n == 2
                                ? my + " engagement is split about evenly between " + my + " 2 connections."
                                : n < thresholds.minConnectionsForConcentration()
                                ? my + " engagement is spread about evenly over " + my + " " + n + " connections."
                                : my + " engagement is spread over many connections.")
                        : nh < thresholds.concentrationLimit() ? my + " engagement is fairly spread out."
                        : n == 2 ? my + " engagement leans on one of " + my + " 2 connections."
                        : my + " engagement is concentrated on a few connections.")));

        if (topics.score().isPresent()) {
            int fragile = topics.fragileTopics().size();
            int uncovered = topics.uncoveredTopics().size();
            int total = topics.byTopic().size();
            subs.add(sub(Part.TOPICS, topics.score().get(), topicWords(total - fragile - uncovered, fragile,
                    uncovered, voice)));
        } else {
            subs.add(new SubScore(Part.TOPICS, Optional.empty(), Part.TOPICS.weight(),
                    "No topics named, so topics are not scored; name the topics " + voice.subject()
                    + " need to keep up with."));
        }

        double gshare = giveBack.share().orElse(0.0);
        subs.add(sub(Part.GIVE_BACK, Math.min(1, gshare / thresholds.giveBackTarget()), (giveBack.canGiveBackTo() == 0
                ? "None of " + my + " connections is one " + voice.subject() + " can give back to yet (people,"
                + " organizations, communities and events); " : giveBackWords(giveBack.givesBackTo(),
                giveBack.canGiveBackTo(), voice) + " (" + percent(gshare) + "); ")
                + percent(thresholds.giveBackTarget()) + " or more scores full marks."));

        int overdue = upkeep.overdueCheckIns().size();
        int noDate = upkeep.noLastContact().size();
        double kept = n == 0 ? 0 : 1 - (overdue + 0.5 * noDate) / n;
        subs.add(sub(Part.UPKEEP, 0.9 * kept + (upkeep.organizerNamed() ? 0.1 : 0), upkeepWords(n, overdue, noDate, voice)
                + "; " + upkeep.organizer().map(o -> "organizer: " + o).orElse("no organizer tool named") + "."));

        int weights = 0;
        int sum = 0;
        for (SubScore s : subs) {
            if (s.score().isPresent()) {
                weights += s.weight();
                sum += s.weight() * s.score().get();
            }
        }
        int score = weights == 0 ? 0 : (int) Math.round((double) sum / weights);
        return new Health(score, subs);
    }

    /** "Your one topic has only one source.", "None of your 5 topics has two or more sources; 5 have only one." */
    private static String topicWords(int solid, int fragile, int uncovered, Voice voice) {
        int total = solid + fragile + uncovered;
        if (total == 1) {
            return voice.possessiveCapitalized() + " one topic has " + (solid == 1 ? "two or more sources." : fragile == 1 ? "only one source."
                    : "no source.");
        }
        String head = solid == total ? (total == 2 ? "Both" : "All " + total) + " topics have" : solid == 0 ? "None of " + voice.possessive() + " " + total
                + " topics has" : solid + " of " + total + " topics " + (solid == 1 ? "has" : "have");
        List<String> rest = new ArrayList<>();
        if (fragile > 0) {
            rest.add(fragile + " " + (fragile == 1 ? "has" : "have") + " only one");
        }
        if (uncovered > 0) {
            rest.add(uncovered + " " + (uncovered == 1 ? "has" : "have") + " none");
        }
        return head + " two or more sources" + (rest.isEmpty() ? "" : "; " + String.join(", ", rest)) + ".";
    }

    /** "Your only connection is overdue for a check-in", "No check-in overdue, all 3 without a last contact date". */
    private static String upkeepWords(int n, int overdue, int noDate, Voice voice) {
        if (n == 0) {
            return "No connections yet";
        }
        if (n == 1) {
            String only = voice.possessiveCapitalized() + " only connection ";
            return only + (overdue == 1 ? "is overdue for a check-in" : noDate == 1 ? "has no last contact date"
                    : "is up to date");
        }
        return (overdue == 0 ? "No check-in overdue" : overdue == n ? (n == 2 ? "Both" : "All " + n) + " connections are overdue for a"
                + " check-in" : overdue + " of " + n + " connections " + (overdue == 1 ? "is" : "are")
                + " overdue for a check-in") + ", " + (noDate == 0 ? "none" : noDate == n ? (n == 2 ? "both" : "all " + n)
                : String.valueOf(noDate)) + " without a last contact date";
    }

    private static SubScore sub(Part part, double value, String explanation) {
        double v = Math.max(0, Math.min(1, value));
        return new SubScore(part, Optional.of((int) Math.round(v * 100)), part.weight(), explanation);
    }

    /**
     * A number with two decimals as {@code String.format(Locale.ROOT, "%.2f", x)} writes it (half up, on the shortest
     * decimal that reads back as {@code x}), without parsing a format for each of a cohort's participants (#17).
     */
    static String twoDecimals(double x) {
        if (!Double.isFinite(x)) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        String s = new java.math.BigDecimal(Double.toString(x)).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        // the formatter keeps the sign of a negative number that rounds to zero ("-0.00"), -0.0 too
        return Double.doubleToRawLongBits(x) < 0 && !s.startsWith("-") ? "-" + s : s;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /**
     * "You give back to 2 of the 5 connections one can give back to", said as a teacher would when the count is none or
     * all ("You do not give back yet to any of the 6 connections you can give back to", "You give back to all 3
     * connections you can give back to"), never "0 of the 1 connection".
     */
    private static String giveBackWords(int k, int n, Voice voice) {
        String who = voice.subjectCapitalized();
        String can = " " + voice.subject() + " can give back to";
        if (k == 0) {
            return who + " do not give back yet to " + (n == 1 ? "the one connection" : n == 2
                    ? "either of the 2 connections" : "any of the " + Words.count(n, "connection")) + can;
        }
        if (k == n) {
            return who + " give back to " + (n == 1 ? "the one connection" : n == 2 ? "both connections"
                    : "all " + Words.count(n, "connection")) + can;
        }
        return who + " give back to " + Words.number(k) + " of the " + Words.count(n, "connection")
                + " one can give back to";
    }
}
