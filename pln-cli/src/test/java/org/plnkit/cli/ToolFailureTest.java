package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the command line does when the tool itself fails, as seen through its exception handler. */
class ToolFailureTest {
    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final RuntimeException e;

        Boom(RuntimeException e) {
            this.e = e;
        }

        @Override
        public Integer call() {
            throw e;
        }
    }

    private static CommandLine with(RuntimeException e, StringWriter err) {
        CommandLine cl = PlnCommand.commandLine();
        cl.addSubcommand("boom", new Boom(e));
        cl.setErr(new PrintWriter(err));
        return cl;
    }

    @Test
    void aBugIsExitThreeWithAPlainMessageAndNoStackTrace() {
        StringWriter err = new StringWriter();
        assertEquals(PlnCommand.FAILURE, with(new IllegalStateException("the layout lost a node"), err)
                .execute("boom"));
        assertTrue(err.toString().startsWith("pln: the layout lost a node"), err.toString());
        assertTrue(err.toString().contains("this is a problem in the tool"), err.toString());
        assertTrue(!err.toString().contains("\tat "), err.toString());
    }

    @Test
    void runningOutOfMemoryOnAWorkerThreadReachesMainAsSuch() {
        // main() turns it into "run again with more memory" and exit 3: see below
        StringWriter err = new StringWriter();
        CommandLine cl = with(new CompletionException(new OutOfMemoryError("Java heap space")), err);
        assertThrows(OutOfMemoryError.class, () -> cl.execute("boom"));
    }

    @Test
    void tooLittleMemoryIsExitThreeWithAdvice(@TempDir Path dir) throws Exception {
        // 16 MB: since workbooks are saved without POI's DOM and transformer (#17), the sample's reports sometimes
        // fit in 24 MB; with 12 MB the run fails elsewhere first
        for (String heap : List.of("-Xmx16m")) {
            Path out = dir.resolve(heap);
            Path log = dir.resolve(heap + ".log");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", heap, "-cp", classPath(), PlnCommand.class.getName(), "cohort",
                    "../samples/lakeside-district.xlsx", "--out", out.toString(), "--per-participant")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();   // not left running after the test, as one was before BulkReports.await
            }
            assertTrue(ended, "the run ends");
            String output = Files.readString(log);
            assertEquals(PlnCommand.FAILURE, p.exitValue(), output);
            assertTrue(output.contains("pln: the input is too large for the memory Java was given; run again with"
                    + " more, e.g. JAVA_OPTS=-Xmx4g"), output);
            assertFalse(output.contains("\tat ") || output.contains("Exception"), output);
        }
    }

    /** The test's class path with absolute entries. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
