package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // running it again keeps what is there (the user may have edited it), unless --force
        Path edited = out.resolve("maria-lopez/reflection.md");
        Files.writeString(edited, "my own words");
        Cli again = Cli.run("demo", "--out", out.toString());
        assertEquals(2, again.exit(), again.err());
        assertTrue(again.err().contains(" already exists; add --force to replace it\nsee pln demo --help\n"),
                again.err());
        assertFalse(again.err().contains("Usage:"), again.err());
        assertEquals("my own words", Files.readString(edited));
        Cli forced = Cli.run("demo", "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.readString(edited).equals("my own words"));
    }

    /** Started from another folder ({@code cd /tmp && ~/pln-toolkit/pln demo}), it finds the tool's own samples. */
    @Test
    void findsTheToolsOwnSamplesFromAnotherFolder() throws Exception {
        Path tool = DemoCommand.toolFolder().orElseThrow();
        assertEquals(Optional.of(Path.of("../samples").toAbsolutePath().normalize()),
                DemoCommand.findSamples(tool).map(p -> p.toAbsolutePath().normalize()));
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
