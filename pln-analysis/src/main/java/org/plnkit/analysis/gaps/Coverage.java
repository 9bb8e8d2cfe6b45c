package org.plnkit.analysis.gaps;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a PLN covers the categories of the taxonomy: which are empty (gaps) and which are thin.
 *
 * @param categories     the number of categories in the taxonomy
 * @param covered        categories with at least one connection
 * @param share          covered ÷ categories
 * @param weightedScore  the coverage score in [0, 1]: each category counts 1 when covered and not thin, ½ when
 *                       thin, 0 when a gap; core categories weigh {@link CoverageMeasure#CORE_WEIGHT} times as much
 * @param gaps           categories with no connection, in taxonomy order
 * @param thinCategories categories with few connections or only infrequent ones, in taxonomy order
 *
 * @since 0.1.0
 */
public record Coverage(int categories, int covered, double share, double weightedScore, List<Gap> gaps,
                       List<ThinCategory> thinCategories) {
    public Coverage {
        gaps = List.copyOf(gaps);
        thinCategories = List.copyOf(thinCategories);
    }

    /** Whether this category id is a gap. */
    public boolean isGap(String categoryId) {
        return gaps.stream().anyMatch(g -> g.category().equals(categoryId));
    }

    /** Whether this category id is thin. */
    public boolean isThin(String categoryId) {
        return thinCategories.stream().anyMatch(t -> t.category().equals(categoryId));
    }

    /**
     * A category with no connection.
     *
     * @param category the category id
     * @param label    its label
     * @param local    whether the taxonomy marks it local
     * @param core     whether it is a core category for the participant
     */
    public record Gap(String category, String label, boolean local, boolean core) {
    }

    /**
     * A category with connections, but few or only infrequent ones.
     *
     * @param category    the category id
     * @param label       its label
     * @param core        whether it is a core category for the participant
     * @param connections how many connections are in it
     * @param reasons     why it is thin, in enum order
     */
    public record ThinCategory(String category, String label, boolean core, int connections, Set<Reason> reasons) {
        public ThinCategory {
            reasons = Collections.unmodifiableSet(new TreeSet<>(reasons));   // in enum order, as said above
        }
    }

    /** Why a category is thin. */
    public enum Reason {
        /** At most {@code thinMaxConnections} connections (one, by default). */
        FEW_CONNECTIONS,
        /** Every connection in it is checked yearly or rarely. */
        ONLY_INFREQUENT
    }
}
