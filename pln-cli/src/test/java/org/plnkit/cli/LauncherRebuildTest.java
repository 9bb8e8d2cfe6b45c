package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pln} launcher builds the command-line jar when a source of it is newer than the jar. A changed test
 * is not such a source, and a build that leaves the jar as it was (Maven does when no class changed) must not make
 * every later run build again: both once made each {@code ./pln} run start with a Maven build of a dozen seconds.
 * The launcher runs here in a copy of the project's layout, with a {@code mvn} on the path that only writes down
 * that it was called, and a small runnable jar in the command-line jar's place.
 *
 * <p>It also chooses the JVM's options for a command; a district run of a small cohort asks for transparent huge
 * pages only where Linux offers them on request (the option is refused elsewhere), never when {@code JAVA_OPTS}
 * says otherwise. Those tests put a {@code java} on the path that prints the options it was given.
 */
class LauncherRebuildTest {
    private static final Instant HOUR_AGO = Instant.now().minusSeconds(3600);

    @TempDir Path root;
    private Path jar;
    private Path mvnCalls;

    @BeforeEach
    void projectLayout() throws Exception {
        Path launcher = root.resolve("pln");
        Files.copy(Path.of("../pln"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String module : List.of("pln-core", "pln-analysis", "pln-report", "pln-web", "pln-cli")) {
            source(module + "/src/main/java/org/plnkit/Main" + module.length() + ".java");
            source(module + "/src/test/java/org/plnkit/SomeTest.java");
        }
        source("pom.xml");
        jar = root.resolve("pln-cli/target/pln-cli-0.1.0-SNAPSHOT-cli.jar");
        Files.createDirectories(jar.getParent());
        writeRunnableJar(jar);
        Files.setLastModifiedTime(jar, FileTime.from(HOUR_AGO.plusSeconds(600)));

        Path bin = Files.createDirectories(root.resolve("bin"));
        mvnCalls = root.resolve("mvn-calls.txt");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"$@\" >> '" + mvnCalls + "'\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aChangedTestDoesNotRebuildTheCommandLine() throws Exception {
        touch("pln-cli/src/test/java/org/plnkit/SomeTest.java");

        String out = runLauncher();

        assertEquals("hello from the jar", out.strip());
        assertEquals(0, builds(), "a test is not part of the command-line jar");
    }

    @Test
    void aChangedSourceBuildsOnceEvenWhenMavenLeavesTheJarAsItWas() throws Exception {
        touch("pln-core/src/main/java/org/plnkit/Main8.java");

        assertEquals("hello from the jar", runLauncher().strip());
        assertEquals(1, builds(), "the changed source is built");
        assertEquals("hello from the jar", runLauncher().strip());
        assertEquals(1, builds(), "the next run finds the jar up to date, though the build did not rewrite it");
    }

    @Test
    void aSmallDistrictRunAsksForHugePagesWhereTheKernelOffersThem() throws Exception {
        String options = javaOptions("[madvise]", null, "cohort", "cohort.xlsx", "--out", "out");
        assertTrue(options.contains("-XX:+UseTransparentHugePages"), options);
        assertTrue(options.contains("-XX:+UseSerialGC") && options.contains("-XX:TieredStopAtLevel=1"), options);
        assertTrue(javaOptions("[always] madvise never", null, "cohort", "cohort.xlsx")
                .contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void noHugePagesWhereTheKernelHasThemOffOrJavaOptsSaysSoOrForOtherCommands() throws Exception {
        assertFalse(javaOptions("always madvise [never]", null, "cohort", "cohort.xlsx")
                .contains("UseTransparentHugePages"));
        assertFalse(javaOptions(null, null, "cohort", "cohort.xlsx").contains("UseTransparentHugePages"),
                "no such setting (another system)");
        String own = javaOptions("[madvise]", "-XX:-UseTransparentHugePages", "cohort", "cohort.xlsx");
        assertFalse(own.contains("-XX:+UseTransparentHugePages"), own);
        assertTrue(own.contains("-XX:-UseTransparentHugePages"), own);
        assertFalse(javaOptions("[madvise]", null, "assess", "maria.yaml").contains("UseTransparentHugePages"));
        assertFalse(javaOptions("[madvise]", null, "cohort", "cohort.xlsx", "--per-participant")
                .contains("UseTransparentHugePages"));
    }

    /**
     * The options the launcher gives {@code java} for a command run in the project's folder, with the kernel's
     * huge-page setting (none: no such file) and {@code JAVA_OPTS} given.
     */
    private String javaOptions(String hugePages, String javaOpts, String... command) throws Exception {
        Files.writeString(root.resolve("cohort.xlsx"), "a small cohort");
        Files.writeString(root.resolve("maria.yaml"), "participant: {id: maria}");
        Path java = root.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path setting = root.resolve("thp-enabled");
        Files.deleteIfExists(setting);
        if (hugePages != null) {
            Files.writeString(setting, hugePages + "\n");
        }
        List<String> args = new java.util.ArrayList<>(List.of("bash", root.resolve("pln").toString()));
        args.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(args).directory(root.toFile());
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("PLN_CDS", "off");
        pb.environment().put("PLN_THP_SETTING", setting.toString());
        if (javaOpts == null) {
            pb.environment().remove("JAVA_OPTS");
        } else {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("-jar " + jar), out);
        assertEquals(0, builds(), "the jar is up to date");
        return out;
    }

    private int builds() throws IOException {
        return Files.exists(mvnCalls) ? Files.readAllLines(mvnCalls).size() : 0;
    }

    private String runLauncher() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("pln").toString(), "--version");
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("PLN_CDS", "off");
        pb.environment().remove("JAVA_OPTS");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, p.exitValue(), out);
        return out.replace("pln: building the command line (first run or sources changed; takes about a minute)...\n",
                "");
    }

    private void source(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// " + path + "\n");
        Files.setLastModifiedTime(file, FileTime.from(HOUR_AGO));
    }

    private void touch(String path) throws IOException {
        Files.setLastModifiedTime(root.resolve(path), FileTime.from(Instant.now()));
    }

    /** A jar whose main class is {@link Hello}, copied from the test classes. */
    private static void writeRunnableJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }

    /** The main class of the stand-in jar. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello from the jar");
        }
    }
}
