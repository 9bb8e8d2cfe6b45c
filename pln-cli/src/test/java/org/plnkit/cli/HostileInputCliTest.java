package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnkit.report.io.SafeNames;

/**
 * The command line on the hostile corpus of pln-core ({@code pln-core/src/test/resources/hostile}): every input
 * gives exit code 0 (usable, perhaps with warnings) or 1 (errors, each with its place), never 2 or 3 and never a
 * stack trace; ids that would be dangerous file names become safe ones.
 */
class HostileInputCliTest {
    static final Path CORPUS = Path.of("../pln-core/src/test/resources/hostile");

    static Stream<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String kind : List.of("participant", "cohort")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(kind))) {
                s.sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    static Stream<Path> participantFiles() throws IOException {
        return inputs().filter(p -> p.getParent().getFileName().toString().equals("participant"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void validateExitsZeroOrOneWithPlacesNeverAStackTrace(Path input) throws Exception {
        Cli r = Cli.run("validate", input.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.exit() + "\n" + r.out() + r.err());
        assertEquals(r.exit() == 1, r.out().contains(": error: "), r.out());
        assertNoStackTrace(r.out() + r.err());
        assertEquals("", r.err());
        for (String line : r.out().split("\n")) {
            if (line.contains(": error: ") || line.contains(": warning: ")) {
                assertTrue(line.startsWith(input.toString()), "every problem names its input: " + line);
            }
        }
        // the same for tools, as JSON
        Cli json = Cli.run("validate", "--format", "json", input.toString());
        assertEquals(r.exit(), json.exit());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(r.exit() == 0, root.get("valid").asBoolean());
        for (JsonNode p : root.get("inputs").get(0).get("problems")) {
            assertFalse(p.get("message").asText().isBlank());
            assertTrue(p.get("file").asText().startsWith(input.toString()), p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("participantFiles")
    void mapDrawsAUsableFileAndRefusesTheOthersWithExitOne(Path input, @TempDir Path dir) {
        Path out = dir.resolve("map.svg");
        Cli r = Cli.run("map", input.toString(), "-o", out.toString());
        assertNoStackTrace(r.out() + r.err());
        if (r.exit() == 0) {
            assertTrue(Files.exists(out));
            assertTrue(Files.exists(dir.resolve("map.alt.txt")));
        } else {
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().contains("has errors; no map was drawn"), r.err());
            assertTrue(r.err().contains(": error: "), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void idsThatAreDangerousFileNamesGiveSafeOnes(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("a").resolve("b"));
        for (String file : List.of("id-path-traversal.yaml", "id-windows-device.yaml", "id-300-characters.yaml")) {
            Path input = CORPUS.resolve("participant").resolve(file).toAbsolutePath();
            Process p = new ProcessBuilder(javaCommand("map", input.toString())).directory(work.toFile())
                    .redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pln map did not finish");
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), output);
            assertNoStackTrace(output);
        }
        List<String> written;
        try (Stream<Path> s = Files.list(work)) {
            written = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> expected = Stream.of("../../etc/passwd", "CON", "p".repeat(150) + "q".repeat(150))
                .flatMap(id -> Stream.of(SafeNames.of(id) + ".png", SafeNames.of(id) + ".alt.txt")).sorted().toList();
        assertEquals(expected, written);
        for (String name : written) {
            assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") && name.length() <= 72, name);
            String base = name.substring(0, name.indexOf('.')).toUpperCase(java.util.Locale.ROOT);
            assertFalse(List.of("CON", "PRN", "AUX", "NUL").contains(base), name);
        }
        // nothing was written outside the working folder
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(1 + 1 + 1 + written.size(), s.count(), "only a/, a/b/ and the maps");
        }
    }

    @Test
    void exitCodesOfValidateAndMap(@TempDir Path dir) throws Exception {
        String good = "../samples/maria-lopez-librarian.yaml";
        String bad = CORPUS.resolve("participant/wrong-types.yaml").toString();
        assertEquals(0, Cli.run("validate", good).exit());
        assertEquals(1, Cli.run("validate", bad).exit());
        assertEquals(1, Cli.run("validate", good, bad).exit(), "any input with an error");
        assertEquals(1, Cli.run("validate", dir.resolve("missing.yaml").toString()).exit());
        assertEquals(2, Cli.run("validate").exit());
        assertEquals(2, Cli.run("validate", "--no-such-option", good).exit());

        Path png = dir.resolve("m.png");
        assertEquals(0, Cli.run("map", good, "-o", png.toString()).exit());
        assertEquals(1, Cli.run("map", bad, "-o", dir.resolve("n.png").toString()).exit());
        assertEquals(2, Cli.run("map", good, "-o", png.toString()).exit(), "exists: --force is needed");
        assertEquals(2, Cli.run("map", good, "-o", dir.resolve("m.gif").toString()).exit());
        Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli cannot = Cli.run("map", good, "-o", dir.resolve("a-file/m.png").toString());
        assertEquals(3, cannot.exit(), "the output cannot be written");
        assertTrue(cannot.err().startsWith("pln: "), cannot.err());
        assertNoStackTrace(cannot.err());
    }

    private static void assertNoStackTrace(String output) {
        assertFalse(output.contains("\tat ") || output.contains("Exception") || output.contains("Error:"),
                "no stack trace or exception name:\n" + output);
    }

    private static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx512m", "-cp", classPath(), PlnCommand.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The test's class path with absolute entries, usable from another working folder. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
