package org.plnkit.report.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promises of {@link AtomicOutput}, each with the failure it guards against. */
class AtomicOutputTest {
    /** A stream that fails after {@code limit} bytes, as a full disk does. */
    private static OutputStream failingAfter(OutputStream out, int limit) {
        return new OutputStream() {
            int n;

            @Override
            public void write(int b) throws IOException {
                if (++n > limit) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }
        };
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aThrownWriteErrorLeavesNoFileWhereThereWasNone(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.svg");
        assertThrows(WriteFailure.class, () -> AtomicOutput.write(target, false,
                out -> failingAfter(out, 5).write(new byte[100])));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void withoutOverwriteOnlyOneOfTwoOverlappingWritesSucceeds(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("district.xlsx");
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (String who : List.of("first", "second")) {
                runs.add(pool.submit(() -> {
                    try {
                        AtomicOutput.write(target, false, out -> {
                            try {
                                bothStarted.await(); // both have passed the early existence check
                            } catch (Exception e) {
                                throw new IOException(e);
                            }
                            out.write(who.getBytes(StandardCharsets.UTF_8));
                        });
                        return "wrote";
                    } catch (FileAlreadyExistsException e) {
                        return "refused";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : runs) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter("wrote"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("refused"::equals).count(), outcomes.toString());
            assertTrue(List.of("first", "second").contains(Files.readString(target)));
            assertEquals(List.of(), leftovers(dir));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLinkPlantedInsideTheOutputFolderIsNeverFollowed(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path victim = Files.writeString(outside.resolve("report.md"), "not yours");
        // a folder link: out/participants -> elsewhere
        Files.createSymbolicLink(out.resolve("participants"), outside);
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicOutput.writeInside(out,
                out.resolve("participants").resolve("report.md"), true, o -> o.write(1)));
        assertTrue(e.getMessage().contains("is a link inside the output folder"), e.getMessage());
        // a file link: out/district.xlsx -> elsewhere/report.md
        Files.createSymbolicLink(out.resolve("district.xlsx"), victim);
        e = assertThrows(WriteFailure.class, () -> AtomicOutput.writeInside(out, out.resolve("district.xlsx"), true,
                o -> o.write(1)));
        assertTrue(e.getMessage().contains("is a link"), e.getMessage());
        assertThrows(WriteFailure.class, () -> AtomicOutput.write(out.resolve("district.xlsx"), true, o -> o.write(1)));
        // and nothing outside the folder
        e = assertThrows(WriteFailure.class, () -> AtomicOutput.writeInside(out, out.resolve("../x.md"), true,
                o -> o.write(1)));
        assertTrue(e.getMessage().contains("not inside the output folder"), e.getMessage());
        assertEquals("not yours", Files.readString(victim));
        assertEquals(List.of(victim), Files.list(outside).toList());
    }

    @Test
    void aFolderWhereTheFileShouldBeOrAFileWhereTheFolderShouldBeIsSaidInWords(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("map.svg"));
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicOutput.write(folder, true, o -> o.write(1)));
        assertEquals("cannot write " + folder + ": it is a folder, not a file (give a file name)", e.getMessage());
        Path file = Files.writeString(dir.resolve("out"), "a file");
        e = assertThrows(WriteFailure.class, () -> AtomicOutput.write(file.resolve("map.svg"), true, o -> o.write(1)));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        e = assertThrows(WriteFailure.class, () -> AtomicOutput.writeInside(file, file.resolve("map.svg"), true,
                o -> o.write(1)));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    @Test
    void reasonsAreWordsNotClassNames() {
        assertEquals("the disk is full (free some space, or write elsewhere)",
                WriteFailure.reason(new IOException("No space left on device")));
        assertEquals("the folder is on a read-only disk (write elsewhere)",
                WriteFailure.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")));
        assertTrue(WriteFailure.reason(new java.nio.file.AccessDeniedException("/x/y")).startsWith("permission denied"));
        // QA (embedder): not "(add --force to replace it)", an option of the command line, which adds it itself
        assertEquals("it already exists and is not replaced", WriteFailure.reason(new FileAlreadyExistsException("/x")));
        String tmp = System.getProperty("java.io.tmpdir");
        assertTrue(WriteFailure.reason(new java.nio.file.FileSystemException(tmp + "/poi-sxssf-1.xml", null,
                "No space left on device")).startsWith("the temporary folder"));
    }

    /**
     * A report gets the permissions of any new file in its folder (the umask), not the owner-only ones of a
     * temporary file: a map put on a web server or a shared drive must be readable there.
     */
    @Test
    void aReportHasTheFolderUsualPermissionsNotATemporaryFileOnes(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path report = dir.resolve("cohort-map.png");
        AtomicOutput.write(report, false, "map".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(report));
        AtomicOutput.write(report, true, "map again".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(report));
        assertEquals(List.of(), leftovers(dir));
    }
}
