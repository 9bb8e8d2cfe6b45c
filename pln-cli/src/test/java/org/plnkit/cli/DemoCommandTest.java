package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void assessesEverySampleAndSaysWhereToLook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pln-out");
        Cli r = Cli.run("demo", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("PLN Toolkit demo: assessing the 6 sample participants in "), r.out());
        assertTrue(r.out().contains("  maria-lopez   health 87/100   5 steps  " + out.resolve("maria-lopez") + "/"),
                r.out());
        assertTrue(r.out().contains("Start with " + out.resolve("maria-lopez/workbook.xlsx") + " and "
                + out.resolve("maria-lopez/reflection.md") + "."), r.out());
        for (String p : new String[] {"maria-lopez", "sam-rivera", "dana-okoro", "jordan-reyes", "priya-nair", "keisha-brown"}) {
            assertTrue(Files.isRegularFile(out.resolve(p).resolve("workbook.xlsx")), p);
            assertTrue(Files.isRegularFile(out.resolve(p).resolve("reflection.md")), p);
        }
        // running it again replaces its own output
        Cli again = Cli.run("demo", "--out", out.toString());
        assertEquals(0, again.exit(), again.err());
    }

    @Test
    void findsTheSamplesFolderInAFolderAbove(@TempDir Path dir) throws Exception {
        Path samples = dir.resolve("samples");
        Files.createDirectories(samples);
        Files.copy(Path.of("../samples/sam-rivera-new-teacher.yaml"), samples.resolve("sam.yaml"));
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(Optional.of(samples), DemoCommand.findSamples(deep));
        Files.delete(samples.resolve("sam.yaml"));
        assertTrue(DemoCommand.findSamples(deep).map(p -> !p.equals(samples)).orElse(true),
                "a samples folder without participant files does not count");
    }

    @Test
    void saysSoWhenThereAreNoSamples(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("demo", "--samples", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(dir + " holds no participant files (*.yaml, *.yml, *.json)"), r.err());
    }
}
