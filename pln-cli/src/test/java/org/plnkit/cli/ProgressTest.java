package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.plnkit.report.bundle.BulkReports;

class ProgressTest {
    private static BulkReports.Outcome outcome(BulkReports.Status s) {
        return new BulkReports.Outcome(0, "x", "x", s, s == BulkReports.Status.FAILED ? "broken" : "");
    }

    @Test
    void plainLinesComeEveryTenthAndAtTheEnd() {
        StringWriter w = new StringWriter();
        AtomicLong now = new AtomicLong();
        try (Progress p = new Progress.Plain("reports", new PrintWriter(w), now::get)) {
            for (int i = 1; i <= 25; i++) {
                now.addAndGet(100_000_000L);   // 0.1 s each
                p.finished(outcome(i == 7 ? BulkReports.Status.FAILED : BulkReports.Status.WRITTEN), i, 25);
            }
        }
        assertEquals(List.of("reports: 3 of 25 (12%), 0 failed, 0 s", "reports: 5 of 25 (20%), 0 failed, 0 s",
                "reports: 8 of 25 (32%), 1 failed, 0 s", "reports: 10 of 25 (40%), 1 failed, 1 s",
                "reports: 13 of 25 (52%), 1 failed, 1 s", "reports: 15 of 25 (60%), 1 failed, 1 s",
                "reports: 18 of 25 (72%), 1 failed, 1 s", "reports: 20 of 25 (80%), 1 failed, 2 s",
                "reports: 23 of 25 (92%), 1 failed, 2 s", "reports: 25 of 25 (100%), 1 failed, 2 s"),
                w.toString().lines().toList());
    }

    @Test
    void aSlowRunStillSaysSomethingEveryFifteenSeconds() {
        StringWriter w = new StringWriter();
        AtomicLong now = new AtomicLong();
        try (Progress p = new Progress.Plain("reports", new PrintWriter(w), now::get)) {
            for (int i = 1; i <= 4; i++) {
                now.addAndGet(8_000_000_000L);   // 8 s each, 1,000 to do: no tenth is reached
                p.finished(outcome(BulkReports.Status.WRITTEN), i, 1000);
            }
        }
        assertEquals(List.of("reports: 2 of 1,000 (0%), 0 failed, 16 s", "reports: 4 of 1,000 (0%), 0 failed, 32 s"),
                w.toString().lines().toList());
    }

    @Test
    void onATerminalItIsABarThatEndsFullWithTheFailures() {
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        StringWriter log = new StringWriter();
        try (Progress p = Progress.of("reports", 4, true, new java.io.PrintStream(terminal, true,
                java.nio.charset.StandardCharsets.UTF_8), new PrintWriter(log))) {
            for (int i = 1; i <= 4; i++) {
                p.finished(outcome(i == 2 ? BulkReports.Status.FAILED : BulkReports.Status.WRITTEN), i, 4);
            }
        }
        String bar = terminal.toString(java.nio.charset.StandardCharsets.UTF_8);
        String last = bar.substring(bar.lastIndexOf("reports"));
        assertTrue(last.contains("100%") && last.contains("4/4") && last.contains("1 failed"), bar);
        assertEquals("", log.toString(), "no plain lines beside the bar");
    }
}
