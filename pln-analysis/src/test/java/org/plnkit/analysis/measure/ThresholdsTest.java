package org.plnkit.analysis.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThresholdsTest {
    @Test
    void builderChangesOneLimitAndKeepsTheOthers() {
        Thresholds t = Thresholds.DEFAULTS.toBuilder().topShareLimit(0.25).build();
        assertEquals(0.25, t.topShareLimit());
        assertEquals(Thresholds.DEFAULTS.concentrationLimit(), t.concentrationLimit());
        assertEquals(Thresholds.DEFAULTS, t.toBuilder().topShareLimit(0.30).build());
    }

    @Test
    void outOfRangeLimitsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thresholds.DEFAULTS.toBuilder().topShareLimit(1.5).build());
        assertEquals("topShareLimit 1.5 is not between 0 and 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.DEFAULTS.toBuilder().thinMaxConnections(0).build());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.DEFAULTS.toBuilder().mostlyLocalShare(0.5).build());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.DEFAULTS.toBuilder().giveBackTarget(0).build());
    }
}
