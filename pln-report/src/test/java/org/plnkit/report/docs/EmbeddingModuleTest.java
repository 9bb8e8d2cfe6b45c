package org.plnkit.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding.md says that a school tool's own module needs only {@code requires org.plnkit.report;} and no JVM
 * option: this builds such a module against the toolkit's jars on the module path and runs it in a JVM of its own,
 * reading a participant file, assessing it, drawing an SVG map (JFreeSVG) and reading a cohort workbook (Apache POI),
 * the two that failed while pln-report was an automatic module.
 */
class EmbeddingModuleTest {
    private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");

    private static final String MODULE_INFO = """
            module school.app {
                requires org.plnkit.report;
            }
            """;

    private static final String MAIN = """
            package school.app;

            import java.io.ByteArrayOutputStream;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Path;
            import org.plnkit.analysis.AssessmentOptions;
            import org.plnkit.analysis.Assessor;
            import org.plnkit.core.model.Cohort;
            import org.plnkit.core.model.Pln;
            import org.plnkit.core.model.Taxonomy;
            import org.plnkit.core.read.CohortReader;
            import org.plnkit.core.read.Limits;
            import org.plnkit.core.read.ParticipantFileReader;
            import org.plnkit.core.read.ReadResult;
            import org.plnkit.report.bundle.ParticipantReport;
            import org.plnkit.report.map.Format;
            import org.plnkit.report.map.MapOptions;
            import org.plnkit.report.map.PlnMap;

            public class Main {
                public static void main(String[] args) throws Exception {
                    Path samples = Path.of(args[0]);
                    Pln sam = new ParticipantFileReader(Taxonomy.defaults(), Limits.DEFAULT)
                            .read(samples.resolve("sam-rivera-new-teacher.yaml")).value().orElseThrow();
                    System.out.println(sam.participant().displayName() + ": health "
                            + new Assessor(AssessmentOptions.defaults()).assess(sam).health().score());
                    MapOptions options = ParticipantReport.of(sam, AssessmentOptions.defaults(), false).mapOptions();
                    ByteArrayOutputStream svg = new ByteArrayOutputStream();
                    PlnMap.render(sam, options, Format.SVG, svg);
                    System.out.println("svg " + svg.toString(StandardCharsets.UTF_8).startsWith("<?xml"));
                    ReadResult<Cohort> cohort = CohortReader.read(samples.resolve("lakeside-district.xlsx"));
                    System.out.println("cohort " + cohort.value().map(Cohort::size).orElse(-1));
                }
            }
            """;

    @Test
    void aModuleThatRequiresOnlyOrgPlnkitReportCompilesAndRunsWithNoJvmOption(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("school/app"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO, StandardCharsets.UTF_8);
        Files.writeString(src.resolve("school/app/Main.java"), MAIN, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        String modulePath = modulePath();

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter errors = new java.io.StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("--module-path", modulePath, "-d", out.toString(), "-proc:none", "-encoding", "UTF-8"), null,
                javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8).getJavaFileObjects(
                        src.resolve("module-info.java"), src.resolve("school/app/Main.java"))).call();
        assertTrue(compiled, "a module that requires org.plnkit.report alone does not compile:\n" + errors);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "--module-path", out + File.pathSeparator + modulePath,
                "-m", "school.app/school.app.Main", SAMPLES.toString()));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(120, TimeUnit.SECONDS), "the module did not finish");
        assertEquals(0, java.exitValue(), printed);
        assertEquals("Sam Rivera: health 40\nsvg true\ncohort 30", printed.strip().replace("\r", ""));
    }

    /** The toolkit's modules and what they use: this build's class path without the tests and what only they use. */
    private static String modulePath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean testOnly = entry.endsWith("test-classes") || name.startsWith("surefire")
                    || entry.contains("/org/junit/") || entry.contains("/org/opentest4j/")
                    || entry.contains("/org/apiguardian/") || entry.contains("/com/tngtech/")
                    || entry.contains("/org/quicktheories/") || entry.contains("/net/sf/biweekly/")
                    || entry.contains("/com/github/mangstadt/") || entry.contains("/org/slf4j/")
                    || entry.contains("/org/mnode/ical4j/") || entry.contains("/org/threeten/");
            if (!testOnly) {
                entries.add(entry);
            }
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
