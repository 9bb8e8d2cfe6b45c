package org.plnkit.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.plan.ActionPlan;
import org.plnkit.analysis.plan.ActionPlanner;
import org.plnkit.analysis.plan.Findings;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.reliance.RelianceMeasure;
import org.plnkit.analysis.structure.Structure;
import org.plnkit.analysis.structure.StructureMeasure;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.topics.TopicsMeasure;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.analysis.upkeep.UpkeepMeasure;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.model.UnknownCategoryException;
import org.plnkit.core.problem.Arg;

/**
 * Assesses a participant's PLN: runs every measure, the health score and the action planner. Thread-safe; reuse one
 * assessor for many participants.
 *
 * <pre>{@code
 * Pln pln = new ParticipantFileReader().read(Path.of("maria.yaml")).value().orElseThrow();
 * Assessment a = new Assessor(AssessmentOptions.defaults()).assess(pln);   // as of the participant's as_of
 * System.out.print(AssessmentText.render(a));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Assessor {
    private final AssessmentOptions options;

    public Assessor(AssessmentOptions options) {
        this.options = options;
    }

    /** Assesses one PLN with these options. */
    public static Assessment assess(Pln pln, AssessmentOptions options) {
        return new Assessor(options).assess(pln);
    }

    /**
     * Assesses one PLN.
     *
     * <p>A connection's category given by its label or in another case counts as that category, as in a file.
     *
     * @throws UnknownCategoryException when a category is neither an id nor a label of the options' taxonomy (a PLN
     *                                  built or read with another taxonomy: give that one with
     *                                  {@link AssessmentOptions#withTaxonomy(org.plnkit.core.model.Taxonomy)}); the
     *                                  message names every such category and a connection in it
     * @throws IllegalArgumentException when no as-of date is given and the participant has none
     */
    public Assessment assess(Pln given) {
        return assess(given, true);
    }

    /**
     * As {@link #assess(Pln)}, without Burt's structural measures (about 40 % of an assessment's time), for a
     * comparison that does not use them (the growth of a cohort's waves): the assessment's structure has the counts
     * of connections and links only, every other figure empty.
     *
     * @since 0.1.0
     */
    public Assessment assessWithoutStructure(Pln given) {
        return assess(given, false);
    }

    private Assessment assess(Pln given, boolean withStructure) {
        requireCategoriesInTaxonomy(given);
        Pln pln = given.withCategoriesResolved(options.taxonomy());
        LocalDate asOf = options.asOfFor(pln);
        Thresholds t = options.thresholds();
        Composition composition = new CompositionMeasure(options.taxonomy()).measure(pln);
        Coverage coverage = new CoverageMeasure(options.taxonomy(), options.coreCategories(), t).measure(pln);
        TopicCoverage topics = new TopicsMeasure(options.engagement()).measure(pln);
        Reliance reliance = new RelianceMeasure(options.engagement(), t).measure(pln, topics);
        Structure structure = withStructure ? new StructureMeasure().measure(pln)
                : new Structure(pln.connections().size(), pln.links().size(), Optional.empty(), 0, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
        UnderUse underUse = new UnderUseMeasure(options.taxonomy(), options.engagement(), t).measure(pln);
        GiveBack giveBack = new GiveBackMeasure(options.engagement()).measure(pln);
        Upkeep upkeep = new UpkeepMeasure(asOf, t).measure(pln);
        Health health = new HealthScore(t, options.voice()).score(composition, coverage, reliance, topics, giveBack, upkeep);
        ActionPlan plan = new ActionPlanner(options.taxonomy(), t, options.suggestions()).plan(pln,
                new Findings(composition, coverage, reliance, topics, underUse, giveBack, upkeep));
        return new Assessment(pln.participant(), asOf, t, composition, coverage, reliance, structure, topics,
                underUse, giveBack, upkeep, health, plan);
    }

    /**
     * A category the options' taxonomy does not know is most often a PLN built or read with another taxonomy and
     * assessed with the default options: "did you mean mentors" would send the developer the wrong way, so the
     * message names every such category, its connections, and the option that gives the PLN's taxonomy.
     */
    private void requireCategoriesInTaxonomy(Pln pln) {
        Taxonomy taxonomy = options.taxonomy();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (Connection c : pln.connections()) {
            if (taxonomy.resolve(c.category()).isEmpty()) {
                unknown.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c.id());
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : unknown.entrySet()) {
            List<String> ids = e.getValue();
            named.add(Arg.quote(e.getKey()) + " (connection " + Arg.quote(ids.get(0))
                    + (ids.size() > 1 ? " and " + (ids.size() - 1) + " more" : "") + ")");
        }
        String first = unknown.keySet().iterator().next();
        int shown = Math.min(named.size(), 5);
        String list = String.join(", ", named.subList(0, shown))
                + (named.size() > shown ? " and " + (named.size() - shown) + " more" : "");
        List<String> known = taxonomy.ids();
        StringBuilder m = new StringBuilder(unknown.size() == 1 ? "category " : "categories ").append(list)
                .append(unknown.size() == 1 ? " is" : " are").append(" not in the taxonomy this assessment uses (")
                .append(known.size()).append(known.size() == 1 ? " category" : " categories")
                .append(known.isEmpty() ? "" : ": " + String.join(", ", known.subList(0, Math.min(3, known.size())))
                        + (known.size() > 3 ? ", …" : ""))
                .append("): assess with the taxonomy the PLN was built or read with,"
                        + " AssessmentOptions.withTaxonomy(taxonomy)");
        // one unknown category may be a misspelling of this taxonomy's, worth a "did you mean" after the taxonomy;
        // several are a PLN of another taxonomy, where a near word ("coaches", the alias "coach") would mislead
        Optional<String> typo = unknown.size() == 1 ? taxonomy.suggest(first) : Optional.empty();
        typo.flatMap(taxonomy::byId).ifPresent(c -> m.append("; or, if ")
                .append(Arg.quote(first)).append(" is a misspelling, did you mean \"").append(c.id()).append("\" (")
                .append(c.label()).append(")?"));
        throw new UnknownCategoryException(first, closestOf(taxonomy, first), m.toString());
    }

    private static Optional<Category> closestOf(Taxonomy taxonomy, String category) {
        try {
            taxonomy.require(category);
            return Optional.empty();
        } catch (UnknownCategoryException e) {
            return e.closest();
        }
    }
}
