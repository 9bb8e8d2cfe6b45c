package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesProperties {
    @Test
    void ordinaryIdsStayAsTheyAre() {
        assertEquals("maria-lopez", SafeNames.of("maria-lopez"));
        assertEquals("p_01.v2", SafeNames.of("p_01.v2"));
    }

    @Test
    void hostileIdsBecomeSafeAndDistinct() {
        String passwd = SafeNames.of("../../etc/passwd");
        assertTrue(passwd.matches("etc-passwd-[0-9a-f]{8}"), passwd);
        assertTrue(SafeNames.of("CON").matches("CON-[0-9a-f]{8}"));
        assertTrue(SafeNames.of("nul.txt").matches("nul.txt-[0-9a-f]{8}"));
        assertTrue(SafeNames.of("").startsWith("participant-"));
        assertTrue(SafeNames.of("x".repeat(300)).length() <= 64);
        assertEquals("Jose-Nunez-" + SafeNames.of("José Núñez").substring(11), SafeNames.of("José Núñez"));
        assertNotEquals(SafeNames.of("a b"), SafeNames.of("a-b"));
    }

    @Test
    void latinLettersWithoutADecompositionKeepTheirBaseLetter() {
        assertTrue(SafeNames.of("Łukasz Salazar").matches("Lukasz-Salazar-[0-9a-f]{8}"), SafeNames.of("Łukasz"));
        assertTrue(SafeNames.of("Søren Weiß").matches("Soren-Weiss-[0-9a-f]{8}"));
        assertTrue(SafeNames.of("Đorđe Æsir Œuvre").matches("Dorde-AEsir-OEuvre-[0-9a-f]{8}"));
        assertNotEquals(SafeNames.of("Łukasz"), SafeNames.of("Lukasz"), "still told apart by the hash");
    }

    @Test
    void anyStringGivesAPortableNameThatStaysInItsFolder(@TempDir Path dir) {
        qt().withFixedSeed(5L).withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(raw -> {
                    String n = SafeNames.of(raw);
                    assertTrue(n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"), n);
                    assertFalse(n.endsWith("."));
                    assertEquals(dir, dir.resolve(n).normalize().getParent());
                    assertEquals(n, SafeNames.of(raw), "deterministic");
                });
    }

    @Test
    void atomicOutputRefusesToOverwriteWithoutForceAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/out.txt");
        AtomicOutput.write(f, false, "one".getBytes());
        assertEquals("one", Files.readString(f));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicOutput.write(f, false, "two".getBytes())).getMessage().endsWith("already exists and is not"
                + " replaced"));
        assertEquals("one", Files.readString(f));
        AtomicOutput.write(f, true, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertThrowsAndKeepsOld(f);
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "no temp files left behind");
        }
    }

    private static void assertThrowsAndKeepsOld(Path f) throws Exception {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> AtomicOutput.write(f, true, out -> {
            out.write("partial".getBytes());
            throw new java.io.IOException("disk full");
        }));
        assertEquals("two", Files.readString(f), "a failed write leaves the old file");
    }
}
