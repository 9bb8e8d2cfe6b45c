package org.plnkit.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How active the participant is in a community or organization, from none to leader.
 *
 * @since 0.1.0
 */
public enum Participation {
    NONE, LURKER, CONTRIBUTOR, LEADER;

    /** The spelling used in the input formats, e.g. {@code lurker}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a participation level case-insensitively, ignoring surrounding spaces. */
    public static Optional<Participation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Participation p : values()) {
            if (p.id().equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
