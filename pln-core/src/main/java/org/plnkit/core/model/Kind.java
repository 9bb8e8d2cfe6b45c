package org.plnkit.core.model;

import java.util.Optional;
import org.plnkit.core.internal.EnumIds;

/**
 * What a connection is: a person, an organization, or a resource (blog, hashtag, podcast, journal…).
 *
 * @since 0.1.0
 */
public enum Kind {
    PERSON, ORGANIZATION, RESOURCE;

    /** The spelling used in the input formats: {@code person}, {@code organization}, {@code resource}. */
    public String id() {
        return EnumIds.id(this);
    }

    /** Parses a kind case-insensitively, ignoring surrounding spaces. */
    public static Optional<Kind> parse(String text) {
        return EnumIds.parse(Kind.class, text);
    }
}
