package org.plnkit.analysis.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.plnkit.analysis.Plns.person;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Frequency;

class EngagementScaleTest {
    private final EngagementScale s = EngagementScale.DEFAULT;

    @Test
    void weightIsValueTimesFrequencyScore() {
        assertEquals(25, s.weight(person("a").value(5).frequency(Frequency.DAILY).build()), 1e-15);
        assertEquals(20, s.weight(person("a").value(5).frequency(Frequency.WEEKLY).build()), 1e-15);
        assertEquals(9, s.weight(person("a").value(3).frequency(Frequency.MONTHLY).build()), 1e-15);
        assertEquals(4, s.weight(person("a").value(2).frequency(Frequency.QUARTERLY).build()), 1e-15);
        assertEquals(4, s.weight(person("a").value(4).frequency(Frequency.YEARLY).build()), 1e-15);
        assertEquals(0.5, s.weight(person("a").value(1).frequency(Frequency.RARELY).build()), 1e-15);
    }

    @Test
    void blanksCountAsTheMiddleOfEachScale() {
        assertEquals(9, s.weight(person("a").build()), 1e-15);                                // 3 × monthly 3
        assertEquals(15, s.weight(person("a").value(5).build()), 1e-15);                      // 5 × 3
        assertEquals(12, s.weight(person("a").frequency(Frequency.WEEKLY).build()), 1e-15);   // 3 × 4
    }

    @Test
    void everyFrequencyNeedsAPositiveScore() {
        Map<Frequency, Double> m = new EnumMap<>(EngagementScale.DEFAULT.frequencyScores());
        m.put(Frequency.RARELY, 0.0);
        assertThrows(IllegalArgumentException.class, () -> new EngagementScale(m, 3, 3));
        m.remove(Frequency.RARELY);
        assertThrows(IllegalArgumentException.class, () -> new EngagementScale(m, 3, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new EngagementScale(EngagementScale.DEFAULT.frequencyScores(), 3, 6));
    }
}
