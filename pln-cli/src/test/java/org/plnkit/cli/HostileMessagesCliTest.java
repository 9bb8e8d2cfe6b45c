package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #18, "messages that are not plain words" and "crashes and hangs": options and inputs that used to put an
 * exception's class name or a library's text on the screen, or to block forever, each give one plain sentence.
 */
class HostileMessagesCliTest {
    private static final String MARIA = "../samples/maria-lopez-librarian.yaml";

    private static void assertPlain(String said) {
        assertFalse(said.contains("Exception") || said.contains("java.") || said.contains("\tat ")
                || said.contains("problem in the tool"), said);
    }

    private static Path fifo(Path dir, String name) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo is needed to make a FIFO");
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0);
        return p;
    }

    @Test
    void aNamedPipeIsRefusedBeforeItIsOpenedNeverWaitedOn(@TempDir Path dir) throws Exception {
        for (String name : List.of("cohort.xlsx", "maria.yaml")) {
            Path p = fifo(dir, name);
            Cli r = Cli.run("validate", p.toString()); // would block forever if the pipe were opened
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains(p + ": error: it is a named pipe (FIFO)"), r.out());
        }
        Path folder = Files.createDirectories(dir.resolve("csv"));
        fifo(folder, "connections.csv");
        Cli r = Cli.run("validate", folder.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("connections.csv: it is a named pipe (FIFO)"), r.out());
        Path tax = fifo(dir, "taxonomy.yaml");
        Cli t = Cli.run("assess", MARIA, "--taxonomy", tax.toString());
        assertEquals(PlnCommand.USAGE, t.exit(), t.err());
        assertTrue(t.err().contains("named pipe"), t.err());
    }

    @Test
    void anImpossibleAsOfDateIsSaidInWords() {
        Cli r = Cli.run("assess", MARIA, "--as-of", "2026-02-30");
        assertEquals(PlnCommand.USAGE, r.exit());
        assertTrue(r.err().contains("\"2026-02-30\" is not a date (February has no day 30 that year); write it as"
                + " YYYY-MM-DD"), r.err());
        assertPlain(r.err());
        Cli m = Cli.run("assess", MARIA, "--as-of", "2026-13-01");
        assertTrue(m.err().contains("there is no month 13"), m.err());
        assertPlain(m.err());
    }

    @Test
    void aTaxonomyThatIsAFolderIsSaidInWords(@TempDir Path dir) {
        Cli r = Cli.run("assess", MARIA, "--taxonomy", dir.toString());
        assertEquals(PlnCommand.USAGE, r.exit());
        assertTrue(r.err().contains("cannot read the file: it is a folder, not a file"), r.err());
        assertPlain(r.err());
    }

    @Test
    void aResourceDirectoryThatIsNotUtf8IsSaidInWords(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("resources.yaml"), "resources:\n  - name: Caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("assess", MARIA, "--resources", bad.toString());
        assertEquals(PlnCommand.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("the file is not UTF-8 text"), r.err());
        assertPlain(r.err());
    }

    @Test
    void exportingOneParticipantWhoseRowsWereLeftOutExitsOne(@TempDir Path dir) throws Exception {
        Path csv = Files.createDirectories(dir.resolve("cohort"));
        Files.writeString(csv.resolve("connections.csv"), "participant_id,connection_name,kind,category,value\n"
                + "maria,Jane,person,mentors,4\n"
                + "maria,Tom,person,mentors,nine\n"
                + "sam,Ann,person,mentors,3\n");
        Path out = dir.resolve("maria.graphml");
        Cli r = Cli.run("export", csv.toString(), "--participant", "maria", "-o", out.toString());
        assertEquals(PlnCommand.INVALID_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("rows with errors were left out"), r.err());
        assertTrue(Files.exists(out), "the rest is exported");
    }
}
