package org.plnkit.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a connection is: a person, an organization, or a resource (blog, hashtag, podcast, journal…).
 *
 * @since 0.1.0
 */
public enum Kind {
    PERSON, ORGANIZATION, RESOURCE;

    /** The spelling used in the input formats: {@code person}, {@code organization}, {@code resource}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a kind case-insensitively, ignoring surrounding spaces. */
    public static Optional<Kind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Kind k : values()) {
            if (k.id().equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
