package org.plnkit.core.model;

import java.util.Optional;

/**
 * A category that is neither an id nor a label of the taxonomy in use, with the closest category for a "did you
 * mean". Thrown when a PLN is built in code; a file reader reports the same case as a problem instead.
 *
 * <pre>{@code
 * try {
 *     Taxonomy.defaults().require("mentor");
 * } catch (UnknownCategoryException e) {
 *     e.closest().map(Category::id);   // Optional[mentors]
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownCategoryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String given;
    private final transient Optional<Category> closest;

    /**
     * @param given   the category as given
     * @param closest the category whose id or label is closest to it
     */
    public UnknownCategoryException(String given, Optional<Category> closest) {
        super("unknown category \"" + shorten(given) + "\": use a category id or label of the taxonomy"
                + closest.map(c -> "; did you mean \"" + c.id() + "\" (" + c.label() + ")?").orElse(""));
        this.given = given;
        this.closest = closest;
    }

    /**
     * The same case worded for where it happens: an assessment whose taxonomy is not the one the PLN was built with
     * says so, rather than "did you mean" the closest category of the wrong taxonomy.
     *
     * @param given   the category as given (the first one, when several are unknown)
     * @param closest the category whose id or label is closest to it
     * @param message the whole message
     */
    public UnknownCategoryException(String given, Optional<Category> closest, String message) {
        super(message);
        this.given = given;
        this.closest = closest;
    }

    /** The category as given. */
    public String given() {
        return given;
    }

    /** The category whose id or label is closest to the one given (empty only for an empty taxonomy). */
    public Optional<Category> closest() {
        return closest == null ? Optional.empty() : closest;
    }

    private static String shorten(String s) {
        if (s.length() <= 80) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(76)) ? 76 : 77;
        return s.substring(0, end) + "...";
    }
}
