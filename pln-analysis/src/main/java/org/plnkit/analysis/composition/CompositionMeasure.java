package org.plnkit.analysis.composition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.composition.Composition.CategoryCount;
import org.plnkit.analysis.composition.Composition.KindCount;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * Counts a PLN's connections by kind and category, splits them into local and online, and measures how evenly they
 * spread over the categories.
 *
 * <p>A connection is <em>local</em> when its category is marked local in the taxonomy (local colleagues, mentors,
 * local &amp; state organizations in the default one) or when it was met via {@code school}, {@code district} or
 * {@code in-person} (case, spaces and underscores ignored). Blau's index is 1 − Σ p<sub>k</sub>² over the
 * categories' shares of connections; the IQV divides it by its maximum 1 − 1/K, where K is the number of categories
 * of the taxonomy (plus any unknown category used), so that 1 means "spread as evenly as possible".
 *
 * <pre>{@code
 * Composition c = new CompositionMeasure(Taxonomy.defaults()).measure(pln);
 * c.localShare();   // Optional[0.33]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CompositionMeasure implements PlnMeasure<Composition> {
    /** The met_via values that make a connection local whatever its category. */
    public static final Set<String> LOCAL_MET_VIA = Set.of("school", "district", "in-person");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

    private final Taxonomy taxonomy;
    private final Map<String, Integer> index = new HashMap<>();

    public CompositionMeasure(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (int i = 0; i < taxonomy.categories().size(); i++) {
            index.put(taxonomy.categories().get(i).id(), i);
        }
    }

    /** The composition under the default taxonomy. */
    public static Composition of(Pln pln) {
        return new CompositionMeasure(Taxonomy.defaults()).measure(pln);
    }

    @Override
    public Composition measure(Pln pln) {
        List<Connection> cs = pln.connections();
        int n = cs.size();
        int[] kinds = new int[Kind.values().length];
        int[] inTaxonomy = new int[taxonomy.categories().size()];
        Map<String, Integer> unknown = new TreeMap<>();
        int local = 0;
        for (Connection c : cs) {
            kinds[c.kind().ordinal()]++;
            Integer i = index.get(c.category());
            if (i != null) {
                inTaxonomy[i]++;
            } else {
                unknown.merge(c.category(), 1, Integer::sum);
            }
            if (i != null && taxonomy.categories().get(i).local() || metLocally(c)) {
                local++;
            }
        }
        List<KindCount> byKind = new ArrayList<>();
        for (Kind k : Kind.values()) {
            byKind.add(new KindCount(k, kinds[k.ordinal()], share(kinds[k.ordinal()], n)));
        }
        List<CategoryCount> byCategory = new ArrayList<>();
        for (int i = 0; i < inTaxonomy.length; i++) {
            Category cat = taxonomy.categories().get(i);
            byCategory.add(new CategoryCount(cat.id(), cat.label(), cat.local(), inTaxonomy[i],
                    share(inTaxonomy[i], n)));
        }
        unknown.forEach((id, count) -> byCategory.add(new CategoryCount(id, id, false, count, share(count, n))));

        double sumSquares = 0;
        for (CategoryCount cc : byCategory) {
            sumSquares += cc.share() * cc.share();
        }
        double blau = n == 0 ? 0 : 1 - sumSquares;
        int k = byCategory.size();
        double iqv = k <= 1 ? 0 : blau / (1 - 1.0 / k);
        Optional<Double> localShare = n == 0 ? Optional.empty() : Optional.of(share(local, n));
        return new Composition(n, byKind, byCategory, local, n - local, localShare, blau, Math.min(1, iqv));
    }

    /** Whether a connection is local: a local category, or met at school, in the district or in person. */
    public static boolean isLocal(Connection c, Taxonomy taxonomy) {
        return taxonomy.byId(c.category()).map(Category::local).orElse(false) || metLocally(c);
    }

    private static boolean metLocally(Connection c) {
        return c.metVia().map(CompositionMeasure::metViaKey).filter(LOCAL_MET_VIA::contains).isPresent();
    }

    static String metViaKey(String metVia) {
        String t = metVia.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (separator(t.charAt(i))) {
                return SEPARATORS.matcher(t).replaceAll("-");
            }
        }
        return t; // most are one word ("workshop"): no matcher made for each connection of each participant
    }

    /** Whether {@link #SEPARATORS} matches this character. */
    private static boolean separator(char c) {
        return c == '_' || c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
