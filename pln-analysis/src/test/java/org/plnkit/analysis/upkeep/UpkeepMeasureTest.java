package org.plnkit.analysis.upkeep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.plnkit.analysis.Plns.person;
import static org.plnkit.analysis.Plns.pln;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.measure.Thresholds;
import org.plnkit.core.model.Frequency;

class UpkeepMeasureTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void graceIsHalfTheIntervalAndAtLeastTwoDays() {
        Thresholds t = Thresholds.DEFAULTS;
        assertEquals(2, t.graceDays(1));
        assertEquals(4, t.graceDays(7));
        assertEquals(15, t.graceDays(30));
        assertEquals(46, t.graceDays(91));
        assertEquals(183, t.graceDays(365));
    }

    @Test
    void overdueAfterIntervalPlusGrace() {
        Upkeep u = new UpkeepMeasure(AS_OF, Thresholds.DEFAULTS).measure(pln(List.of(
                person("w11").frequency(Frequency.WEEKLY).lastContact(AS_OF.minusDays(11)).build(),  // 7 + 4: due
                person("w12").frequency(Frequency.WEEKLY).lastContact(AS_OF.minusDays(12)).build(),  // overdue
                person("d4").frequency(Frequency.DAILY).lastContact(AS_OF.minusDays(4)).build(),     // 1 + 2 < 4
                person("m78").frequency(Frequency.MONTHLY).lastContact(LocalDate.of(2026, 8, 15)).build(),
                person("rare").frequency(Frequency.RARELY).lastContact(AS_OF.minusYears(5)).build(),
                person("nofreq").lastContact(AS_OF.minusYears(5)).build(),
                person("future").frequency(Frequency.DAILY).lastContact(AS_OF.plusDays(3)).build(),
                person("nodate").frequency(Frequency.WEEKLY).build())));
        assertEquals(List.of("m78", "w12", "d4"), u.overdueCheckIns().stream().map(o -> o.connection().id()).toList());
        Upkeep.OverdueCheckIn m = u.overdueCheckIns().get(0);
        assertEquals(78, m.daysSince());
        assertEquals(30, m.intervalDays());
        assertEquals(15, m.graceDays());
        assertEquals(48, m.daysOverdue());
        assertEquals(Frequency.MONTHLY, m.frequency());
        assertEquals(List.of("nodate"), u.noLastContact().stream().map(ConnectionRef::id).toList());
        assertFalse(u.organizerNamed());
        assertEquals(8, u.connections());
    }

    @Test
    void graceIsConfigurable() {
        Thresholds strict = Thresholds.DEFAULTS.toBuilder().checkInGraceFraction(0).checkInGraceMinDays(0).build();
        Upkeep u = new UpkeepMeasure(AS_OF, strict).measure(pln(List.of(
                person("w8").frequency(Frequency.WEEKLY).lastContact(AS_OF.minusDays(8)).build(),
                person("w7").frequency(Frequency.WEEKLY).lastContact(AS_OF.minusDays(7)).build())));
        assertEquals(List.of("w8"), u.overdueCheckIns().stream().map(o -> o.connection().id()).toList());
    }
}
