package org.plnkit.analysis.gaps;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.gaps.Coverage.Gap;
import org.plnkit.analysis.gaps.Coverage.Reason;
import org.plnkit.analysis.gaps.Coverage.ThinCategory;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Finds the gaps (taxonomy categories with no connection) and thin categories of a PLN.
 *
 * <p>A category is <em>thin</em> when it has at least one and at most {@link Thresholds#thinMaxConnections()}
 * connections (one by default), or when every connection in it is checked yearly or rarely (a blank frequency does
 * not count as infrequent). <em>Core</em> categories are those a district marks essential for a role (none by
 * default: every category weighs the same); they weigh {@value #CORE_WEIGHT} times as much in the coverage score and
 * their gaps come first in the action plan.
 *
 * <pre>{@code
 * Coverage c = new CoverageMeasure(Taxonomy.defaults(), Set.of(), Thresholds.DEFAULTS).measure(pln);
 * c.gaps();             // [Online journals, …]
 * c.thinCategories();   // [Mentors (one connection), …]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoverageMeasure implements PlnMeasure<Coverage> {
    /** How much more a core category weighs than another in the coverage score. */
    public static final int CORE_WEIGHT = 2;

    private final Taxonomy taxonomy;
    private final Set<String> coreCategories;
    private final Thresholds thresholds;

    /**
     * @param taxonomy       the categories to cover
     * @param coreCategories ids of the categories that are core for the participant (may be empty)
     * @param thresholds     {@link Thresholds#thinMaxConnections()} is used
     */
    public CoverageMeasure(Taxonomy taxonomy, Set<String> coreCategories, Thresholds thresholds) {
        this.taxonomy = taxonomy;
        this.coreCategories = Set.copyOf(coreCategories);
        this.thresholds = thresholds;
    }

    /** The coverage under the default taxonomy, thresholds, and no core categories. */
    public static Coverage of(Pln pln) {
        return new CoverageMeasure(Taxonomy.defaults(), Set.of(), Thresholds.DEFAULTS).measure(pln);
    }

    @Override
    public Coverage measure(Pln pln) {
        List<Category> cats = taxonomy.categories();
        int[] count = new int[cats.size()];
        int[] infrequent = new int[cats.size()];
        for (Connection c : pln.connections()) {
            int i = taxonomy.indexOf(c.category());
            if (i < cats.size()) {
                count[i]++;
                if (c.frequency().filter(f -> f == Frequency.YEARLY || f == Frequency.RARELY).isPresent()) {
                    infrequent[i]++;
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        List<ThinCategory> thin = new ArrayList<>();
        int covered = 0;
        double score = 0;
        double weights = 0;
        for (int i = 0; i < cats.size(); i++) {
            Category cat = cats.get(i);
            boolean core = coreCategories.contains(cat.id());
            int w = core ? CORE_WEIGHT : 1;
            weights += w;
            if (count[i] == 0) {
                gaps.add(new Gap(cat.id(), cat.label(), cat.local(), core));
                continue;
            }
            covered++;
            EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (count[i] <= thresholds.thinMaxConnections()) {
                reasons.add(Reason.FEW_CONNECTIONS);
            }
            if (infrequent[i] == count[i]) {
                reasons.add(Reason.ONLY_INFREQUENT);
            }
            if (reasons.isEmpty()) {
                score += w;
            } else {
                score += w * 0.5;
                thin.add(new ThinCategory(cat.id(), cat.label(), core, count[i], reasons));
            }
        }
        int k = cats.size();
        return new Coverage(k, covered, k == 0 ? 0 : (double) covered / k, weights == 0 ? 0 : score / weights,
                gaps, thin);
    }
}
