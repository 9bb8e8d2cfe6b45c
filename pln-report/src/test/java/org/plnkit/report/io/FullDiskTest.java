package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection on a real file system: a full disk and a read-only one (tmpfs mounts; root only, skipped with
 * the reason otherwise). The end-to-end cases through the command line are in pln-cli's {@code FaultInjectionTest}.
 */
class FullDiskTest {
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskUnderAWriterThatSwallowsErrorsFailsAndKeepsTheOldFile(@TempDir Path dir) throws Exception {
        try (SmallDisk disk = SmallDisk.of(dir, "64k", false)) {
            Path target = disk.path().resolve("cohort.graphml");
            Files.writeString(target, "the old file");
            WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicOutput.write(target, true, out -> {
                // PrintWriter swallows IOExceptions, as XML and CSV libraries do
                PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                for (int i = 0; i < 20_000; i++) {
                    w.print("<node id=\"n" + i + "\"/>\n");
                }
                w.flush();
            }));
            assertEquals("cannot write " + target + ": the disk is full (free some space, or write elsewhere)",
                    e.getMessage());
            assertEquals("the old file", Files.readString(target));
            assertEquals(List.of("cohort.graphml"), names(disk.path()));
        }
    }

    @Test
    void aDiskThatFillsLeavesNoFileWhereThereWasNone(@TempDir Path dir) throws Exception {
        try (SmallDisk disk = SmallDisk.of(dir, "64k", false)) {
            disk.fill();
            Path target = disk.path().resolve("map.png");
            assertThrows(WriteFailure.class, () -> AtomicOutput.write(target, false, out -> out.write(new byte[8192])));
            assertFalse(Files.exists(target));
            assertEquals(List.of("filler"), names(disk.path()));
        }
    }

    @Test
    void aReadOnlyDiskIsSaidInWords(@TempDir Path dir) throws Exception {
        try (SmallDisk disk = SmallDisk.of(dir, "64k", true)) {
            Path target = disk.path().resolve("out").resolve("district.xlsx");
            WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicOutput.write(target, false,
                    out -> out.write(1)));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
        }
    }
}
