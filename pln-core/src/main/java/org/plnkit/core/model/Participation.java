package org.plnkit.core.model;

import java.util.Optional;
import org.plnkit.core.internal.EnumIds;

/**
 * How active the participant is in a community or organization, from none to leader.
 *
 * @since 0.1.0
 */
public enum Participation {
    NONE, LURKER, CONTRIBUTOR, LEADER;

    /** The spelling used in the input formats, e.g. {@code lurker}. */
    public String id() {
        return EnumIds.id(this);
    }

    /** Parses a participation level case-insensitively, ignoring surrounding spaces. */
    public static Optional<Participation> parse(String text) {
        return EnumIds.parse(Participation.class, text);
    }
}
