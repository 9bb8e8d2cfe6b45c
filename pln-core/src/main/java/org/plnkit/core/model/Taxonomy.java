package org.plnkit.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.plnkit.core.internal.Spelling;

/**
 * The categories a PLN is sorted into, in display order. The default one of the input contract is bundled;
 * a district may load its own with {@code org.plnkit.core.read.TaxonomyReader}. A category resolves by id or by
 * label, in any case, with surrounding spaces ignored ({@code Local Colleagues} = {@code local-colleagues}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Taxonomy t = Taxonomy.defaults();
 * t.require("Local Colleagues").id();   // "local-colleagues"
 * t.require("mentor");                  // UnknownCategoryException: ... did you mean "mentors" (Mentors)?
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Taxonomy {
    private static volatile Taxonomy defaults;

    private final List<Category> categories;
    private final Map<String, Category> byKey = new HashMap<>();

    /** @throws IllegalArgumentException when two categories share an id or a label */
    public Taxonomy(List<Category> categories) {
        this.categories = List.copyOf(categories);
        for (Category c : this.categories) {
            for (String k : List.of(key(c.id()), key(c.label()))) {
                Category prev = byKey.putIfAbsent(k, c);
                if (prev != null && prev != c) {
                    throw new IllegalArgumentException("category \"" + k + "\" is defined twice");
                }
            }
        }
    }

    /**
     * The default taxonomy of the input contract (eleven categories, local colleagues first), read once from the
     * YAML file bundled with pln-core.
     *
     * @throws IllegalStateException when pln-core's reader is not on the class or module path (a jar shaded without
     *                               its {@code META-INF/services} files)
     */
    public static Taxonomy defaults() {
        Taxonomy t = defaults;
        if (t == null) {
            // the model does not depend on the readers: pln-core's reader provides the bundled file as a service
            t = ServiceLoader.load(DefaultTaxonomySource.class, Taxonomy.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the default taxonomy is missing: no "
                            + DefaultTaxonomySource.class.getName() + " service (keep pln-core's "
                            + "META-INF/services files when shading)"))
                    .taxonomy();
            defaults = t;
        }
        return t;
    }

    /** The categories in display order. */
    public List<Category> categories() {
        return categories;
    }

    /** The category with this id or label, in any case. */
    public Optional<Category> resolve(String idOrLabel) {
        return idOrLabel == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(idOrLabel)));
    }

    /**
     * The category with this id or label, in any case, or an exception naming the closest category.
     *
     * @throws UnknownCategoryException when no category has this id or label
     */
    public Category require(String idOrLabel) {
        return resolve(idOrLabel).orElseThrow(() -> new UnknownCategoryException(String.valueOf(idOrLabel),
                closest(idOrLabel == null ? "" : idOrLabel)));
    }

    private Optional<Category> closest(String text) {
        List<String> names = names();
        return Spelling.closest(text, names).map(n -> resolve(n).orElseThrow());
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Category c : categories) {
            names.add(c.id());
            names.add(c.label());
        }
        return names;
    }

    /** The category with this exact id. */
    public Optional<Category> byId(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The position of a category id in display order, or {@code size()} when unknown. */
    public int indexOf(String id) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).id().equals(id)) {
                return i;
            }
        }
        return categories.size();
    }

    /** The id or label closest to a misspelling, when one is close. */
    public Optional<String> suggest(String misspelt) {
        return Spelling.likelyTypo(misspelt, names()).map(n -> resolve(n).orElseThrow().id());
    }

    /** The category ids in display order. */
    public List<String> ids() {
        return categories.stream().map(Category::id).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taxonomy t && t.categories.equals(categories);
    }

    @Override
    public int hashCode() {
        return categories.hashCode();
    }

    @Override
    public String toString() {
        return "Taxonomy" + ids();
    }
}
