package org.plnkit.analysis.composition;

import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Kind;

/**
 * What a PLN is made of: connections by kind and by category, the local and online split, and how evenly the
 * connections spread over the categories (Blau's index and its normalized form, the IQV).
 *
 * @param connections the number of connections
 * @param byKind      one entry per kind, in the order person, organization, resource (zeros included)
 * @param byCategory  one entry per category of the taxonomy in its order (zeros included), then any category the
 *                    taxonomy does not know, by id
 * @param local       connections that are local (a local category, or met at school, in the district or in person)
 * @param online      the other connections
 * @param localShare  local ÷ connections; empty when there are no connections
 * @param blau        Blau's index over categories, 1 − Σ p²; 0 when there are no connections
 * @param iqv         the index of qualitative variation, Blau ÷ (1 − 1/K) for K categories; between 0 and 1
 *
 * @since 0.1.0
 */
public record Composition(int connections, List<KindCount> byKind, List<CategoryCount> byCategory, int local,
                          int online, Optional<Double> localShare, double blau, double iqv) {
    public Composition {
        byKind = List.copyOf(byKind);
        byCategory = List.copyOf(byCategory);
    }

    /**
     * The number of connections of one kind.
     *
     * @param kind        the kind
     * @param connections how many connections have it
     * @param share       connections ÷ all connections (0 when there are none)
     */
    public record KindCount(Kind kind, int connections, double share) {
    }

    /**
     * The number of connections in one category.
     *
     * @param category    the category id
     * @param label       its label (the id when the taxonomy does not know it)
     * @param local       whether the taxonomy marks the category local
     * @param connections how many connections are in it
     * @param share       connections ÷ all connections (0 when there are none)
     */
    public record CategoryCount(String category, String label, boolean local, int connections, double share) {
    }

    /** The number of connections of this kind. */
    public int count(Kind kind) {
        return byKind.stream().filter(k -> k.kind() == kind).mapToInt(KindCount::connections).sum();
    }

    /** The number of connections in this category id. */
    public int count(String categoryId) {
        return byCategory.stream().filter(c -> c.category().equals(categoryId))
                .mapToInt(CategoryCount::connections).sum();
    }
}
