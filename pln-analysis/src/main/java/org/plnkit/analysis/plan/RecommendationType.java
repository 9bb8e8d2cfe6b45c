package org.plnkit.analysis.plan;

import java.util.Locale;

/**
 * What a recommendation asks the participant to do.
 *
 * @since 0.1.0
 */
public enum RecommendationType {
    /** Add a connection in an empty or thin category, or beyond a mostly local (or mostly online) PLN. */
    FILL_GAP("Fill a gap"),
    /** Add sources beside a connection the participant leans on. */
    REDUCE_RELIANCE("Reduce reliance"),
    /** Find a source, or a second source, for a topic. */
    COVER_TOPIC("Cover a topic"),
    /** Use, review or replace connections that bring little. */
    RE_ENGAGE("Re-engage"),
    /** Take a first step where the participant wants to be more active. */
    GET_INVOLVED("Get involved"),
    /** Contribute to the network, not only learn from it. */
    GIVE_BACK("Give back"),
    /** Get back in touch with overdue connections, or note when the last contact was. */
    CHECK_IN("Check in"),
    /** Choose a tool to organize the PLN. */
    ORGANIZE("Organize");

    private final String label;

    RecommendationType(String label) {
        this.label = label;
    }

    /** A short label for people, e.g. "Fill a gap". */
    public String label() {
        return label;
    }

    /** The spelling in JSON, e.g. {@code fill-gap}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
