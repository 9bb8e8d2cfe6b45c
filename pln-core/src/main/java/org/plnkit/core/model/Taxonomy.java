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
 * a district may load its own with {@code org.plnkit.core.read.TaxonomyReader}. A category resolves by id, label or one of its aliases
 * (the words people use: {@code podcasts}, {@code Twitter hashtags}, {@code edcamp}), in any case, with surrounding
 * spaces ignored ({@code Local Colleagues} = {@code local-colleagues}); failing that, loosely: punctuation as
 * spaces, {@code &} as {@code and}, and each word without a plural {@code s} ({@code Facebook group} = {@code
 * Facebook groups}, {@code Twitter/X hashtag} = {@code twitter x hashtags}). A loose spelling that two categories
 * share resolves to neither.
 *
 * <pre>{@code
 * Taxonomy t = Taxonomy.defaults();
 * t.resolve("Webinars & podcasts").map(Category::id);   // Optional[webinars-podcasts]
 * t.resolve("podcast").map(Category::id);               // Optional[webinars-podcasts]
 * t.suggest("podcsts");                                 // Optional[webinars-podcasts]
 * }</pre>
 *
 * <pre>{@code
 * t.require("Local Colleagues").id();   // "local-colleagues"
 * t.require("mentr");                   // UnknownCategoryException: ... did you mean "mentors" (Mentors)?
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Taxonomy {
    private static volatile Taxonomy defaults;

    private final List<Category> categories;
    private final Map<String, Category> byKey = new HashMap<>();
    /** Loose spellings; {@code null} marks one that two categories share. */
    private final Map<String, Category> byLooseKey = new HashMap<>();

    /** @throws IllegalArgumentException when two categories share an id, a label or an alias */
    public Taxonomy(List<Category> categories) {
        this.categories = List.copyOf(categories);
        for (Category c : this.categories) {
            for (String name : names(c)) {
                Category prev = byKey.putIfAbsent(key(name), c);
                if (prev != null && prev != c) {
                    throw new IllegalArgumentException("category \"" + key(name) + "\" is defined twice");
                }
            }
        }
        for (Category c : this.categories) {
            for (String name : names(c)) {
                String loose = looseKey(name);
                if (byLooseKey.containsKey(loose) && byLooseKey.get(loose) != c) {
                    byLooseKey.put(loose, null);
                } else {
                    byLooseKey.put(loose, c);
                }
            }
        }
    }

    /** The id, the label and the aliases of a category. */
    private static List<String> names(Category c) {
        List<String> names = new ArrayList<>(2 + c.aliases().size());
        names.add(c.id());
        names.add(c.label());
        names.addAll(c.aliases());
        return names;
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
            // read once: a caller that comes while another thread reads it waits for that reading (the command line
            // starts reading it beside its own start-up)
            synchronized (Taxonomy.class) {
                t = defaults;
                if (t == null) {
                    // the model does not depend on the readers: pln-core's reader provides the bundled file as a
                    // service
                    t = ServiceLoader.load(DefaultTaxonomySource.class, Taxonomy.class.getClassLoader()).findFirst()
                            .orElseThrow(() -> new IllegalStateException("the default taxonomy is missing: no "
                                    + DefaultTaxonomySource.class.getName() + " service (keep pln-core's "
                                    + "META-INF/services files when shading)"))
                            .taxonomy();
                    defaults = t;
                }
            }
        }
        return t;
    }

    /** The categories in display order. */
    public List<Category> categories() {
        return categories;
    }

    /** The category with this id, label or alias, in any case; else the one this loosely spells (see above). */
    public Optional<Category> resolve(String idOrLabel) {
        if (idOrLabel == null) {
            return Optional.empty();
        }
        Category exact = byKey.get(key(idOrLabel));
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byLooseKey.get(looseKey(idOrLabel)));
    }

    /**
     * The category with this id, label or alias (see above), or an exception naming the closest category.
     *
     * @throws UnknownCategoryException when no category has this id or label
     */
    public Category require(String idOrLabel) {
        return resolve(idOrLabel).orElseThrow(() -> new UnknownCategoryException(String.valueOf(idOrLabel),
                closest(idOrLabel == null ? "" : idOrLabel)));
    }

    private Optional<Category> closest(String text) {
        List<String> names = names();
        return Spelling.closest(text, names).map(n -> byKey.get(key(n)));
    }

    /** Every id, label and alias, in display order. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Category c : categories) {
            names.addAll(names(c));
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

    /** The id of the category whose id, label or alias is closest to a misspelling, when one is close. */
    public Optional<String> suggest(String misspelt) {
        return Spelling.likelyTypo(misspelt, names()).map(n -> byKey.get(key(n)).id());
    }

    /** The category ids in display order. */
    public List<String> ids() {
        return categories.stream().map(Category::id).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Lower case, {@code &} as "and", other punctuation as spaces, each word without a plural "s". */
    static String looseKey(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        StringBuilder b = new StringBuilder(t.length());
        for (String w : t.split(" ")) {
            if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
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
