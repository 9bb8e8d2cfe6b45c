package org.plnkit.analysis.upkeep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.PlnMeasure;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.analysis.upkeep.Upkeep.OverdueCheckIn;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Pln;

/**
 * Finds overdue check-ins as of a given date (never today's date: the caller gives it). A check-in is overdue when
 * the days since the last contact exceed the frequency's interval (daily 1, weekly 7, monthly 30, quarterly 91,
 * yearly 365) plus a grace of half the interval, at least two days ({@link Thresholds#graceDays(int)}): weekly
 * becomes overdue after 11 days, monthly after 45. Connections checked rarely, or with no frequency, are never
 * overdue; connections with no last contact are listed apart. A last contact after the as-of date is not overdue.
 *
 * <pre>{@code
 * Upkeep u = new UpkeepMeasure(LocalDate.of(2026, 11, 1), Thresholds.DEFAULTS).measure(pln);
 * u.overdueCheckIns();   // [The Daring Librarian: monthly, last contact 78 days ago]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UpkeepMeasure implements PlnMeasure<Upkeep> {
    private final LocalDate asOf;
    private final Thresholds thresholds;

    public UpkeepMeasure(LocalDate asOf, Thresholds thresholds) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.thresholds = thresholds;
    }

    @Override
    public Upkeep measure(Pln pln) {
        List<OverdueCheckIn> overdue = new ArrayList<>();
        List<ConnectionRef> noDate = new ArrayList<>();
        for (Connection c : pln.connections()) {
            if (c.lastContact().isEmpty()) {
                noDate.add(ConnectionRef.of(c));
                continue;
            }
            Optional<Integer> interval = c.frequency().flatMap(Frequency::checkInIntervalDays);
            if (interval.isEmpty()) {
                continue;
            }
            LocalDate last = c.lastContact().get();
            long since = ChronoUnit.DAYS.between(last, asOf);
            int days = interval.get();
            int grace = thresholds.graceDays(days);
            if (since > days + grace) {
                overdue.add(new OverdueCheckIn(ConnectionRef.of(c), c.frequency().get(), last, since, days, grace,
                        since - days));
            }
        }
        overdue.sort(Comparator.comparingLong((OverdueCheckIn o) -> -o.daysOverdue())
                .thenComparing(o -> o.connection().id()));
        noDate.sort(Comparator.comparing(ConnectionRef::id));
        return new Upkeep(asOf, pln.connections().size(), overdue, noDate, pln.participant().organizer());
    }
}
