package org.plnkit.analysis.upkeep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.core.model.Frequency;

/**
 * Whether the participant keeps their PLN up: check-ins that are overdue, connections without a last contact date,
 * and the tool they organize resources with.
 *
 * @param asOf            the date the check-ins are measured at
 * @param connections     the number of connections
 * @param overdueCheckIns connections whose last contact is older than their frequency's interval plus a grace,
 *                        most overdue first (ties by id)
 * @param noLastContact   connections with no last contact date, by id
 * @param organizer       the organizer tool the participant named, if any
 *
 * @since 0.1.0
 */
public record Upkeep(LocalDate asOf, int connections, List<OverdueCheckIn> overdueCheckIns,
                     List<ConnectionRef> noLastContact, Optional<String> organizer) {
    public Upkeep {
        overdueCheckIns = List.copyOf(overdueCheckIns);
        noLastContact = List.copyOf(noLastContact);
    }

    /** Whether the participant named an organizer tool. */
    public boolean organizerNamed() {
        return organizer.isPresent();
    }

    /**
     * An overdue check-in.
     *
     * @param connection   the connection
     * @param frequency    how often the participant meant to check in
     * @param lastContact  the last contact
     * @param daysSince    days from the last contact to the as-of date
     * @param intervalDays the frequency's check-in interval
     * @param graceDays    the grace allowed after the interval
     * @param daysOverdue  daysSince − intervalDays (how late, counted from when it was due)
     */
    public record OverdueCheckIn(ConnectionRef connection, Frequency frequency, LocalDate lastContact, long daysSince,
                                 int intervalDays, int graceDays, long daysOverdue) {
    }
}
