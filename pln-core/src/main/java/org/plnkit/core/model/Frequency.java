package org.plnkit.core.model;

import java.util.Optional;
import org.plnkit.core.internal.EnumIds;

/**
 * How often the participant checks a resource or is in touch with a connection, which is also the
 * intended check-in interval: daily 1 day, weekly 7, monthly 30, quarterly 91, yearly 365; rarely has none.
 *
 * @since 0.1.0
 */
public enum Frequency {
    DAILY(1), WEEKLY(7), MONTHLY(30), QUARTERLY(91), YEARLY(365), RARELY(0);

    private final int intervalDays;

    Frequency(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    /** The intended number of days between check-ins; empty for {@link #RARELY}. */
    public Optional<Integer> checkInIntervalDays() {
        return intervalDays == 0 ? Optional.empty() : Optional.of(intervalDays);
    }

    /** The spelling used in the input formats, e.g. {@code weekly}. */
    public String id() {
        return EnumIds.id(this);
    }

    /** Parses a frequency case-insensitively, ignoring surrounding spaces. */
    public static Optional<Frequency> parse(String text) {
        return EnumIds.parse(Frequency.class, text);
    }
}
