package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.internal.Text;
import org.plnkit.core.write.ParticipantFileWriter;
import org.quicktheories.core.Gen;

/**
 * Text made of the pieces hostile input is made of (formula triggers, quotes, line ends, terminal escapes,
 * bidirectional overrides, BOMs, emoji, right-to-left letters, device names, error texts, dates) goes through
 * every reader: never an exception, messages free of control characters, and a value that is accepted is the
 * value written, trimmed.
 */
class HostileTextProperties {
    private static final List<String> PIECES = List.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", "'", ",",
            ";", " ", "\u001B[2J", "\u0007", "\u202E", "\u2066", "\u200B", "\uFEFF", "🦉", "👩‍👩‍👧‍👦", "مكتبة", "שרה",
            "CON", "../", "#N/A", "#DIV/0!", "20 Oct 2026", "10/11/2026", "Jane", "é", "\u0301", "x".repeat(45),
            "cmd|' /C calc'!A0", "\\", "&", "<", "%s", "${jndi:ldap://x}");

    @TempDir
    Path dir;

    static Gen<String> hostileText() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 8).map(picks -> {
            StringBuilder b = new StringBuilder();
            picks.forEach(i -> b.append(PIECES.get(i)));
            return b.toString();
        });
    }

    @Test
    void aHostileNameInACsvCellIsKeptOrReportedNeverRun() {
        qt().withFixedSeed(20261128L).withExamples(300).forAll(hostileText(), hostileText()).checkAssert((name, topic) -> {
            Path folder = folder();
            String csv = "participant_id,connection_name,kind,category,topics\r\n" + "maria," + quote(name)
                    + ",person,mentors," + quote(topic) + "\r\n" + "maria,Anchor,person,mentors,\r\n";
            write(folder.resolve("connections.csv"), csv.getBytes(StandardCharsets.UTF_8));
            CohortReading r = CohortReader.readDetailed(folder, Taxonomy.defaults(), Limits.DEFAULT, false);
            checkMessages(r.result().problems());
            Cohort c = r.result().value().orElseThrow(() -> new AssertionError(r.result().problems()));
            RowCounts counts = r.counts().get(0);
            assertEquals(counts.accepted(), c.pln("maria").map(p -> p.connections().size()).orElse(0));
            if (counts.accepted() == 2) {
                Connection first = c.pln("maria").orElseThrow().connections().get(0);
                // control characters are taken out, with a warning; everything else is kept
                assertEquals(Text.withoutControls(name).strip(), first.name());
                assertEquals(!Text.withoutControls(name).equals(name), r.result().problems().stream()
                        .anyMatch(p -> "connection_name".equals(p.place().field())
                                && p.message().startsWith("control characters were taken out of this cell")));
            } else {
                assertTrue(name.isBlank() || isErrorText(name) || r.result().hasErrors(), r.result().problems().toString());
            }
        });
    }

    @Test
    void aHostileNameInAParticipantFileReadsBackAsWritten() {
        qt().withFixedSeed(7L).withExamples(300).forAll(hostileText(), hostileText()).checkAssert((name, id) -> {
            Connection c = Connection.builder("c", name.isBlank() ? "x" + name : name, Kind.PERSON, "mentors").build();
            Participant p = new Participant(id.isBlank() ? "p" + id : id, name, Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1)));
            Pln pln = new Pln(p, List.of(c), List.of());
            byte[] yaml = ParticipantFileWriter.toYaml(pln).getBytes(StandardCharsets.UTF_8);
            ReadResult<Pln> r = new ParticipantFileReader().read("p.yaml", yaml);
            checkMessages(r.problems());
            if (r.value().isPresent()) {
                assertEquals(Text.withoutControls(c.name()).strip(), r.value().get().connections().get(0).name());
                assertEquals(Text.withoutControls(p.id()).strip(), r.value().get().participant().id());
            } else {
                assertTrue(r.hasErrors());
            }
        });
    }

    @Test
    void anyHostileTextAsAWholeFileGivesProblemsOrAModel() {
        qt().withFixedSeed(11L).withExamples(300).forAll(hostileText(), hostileText()).checkAssert((a, b) -> {
            String text = a + "\n" + b;
            for (String name : List.of("p.yaml", "p.json")) {
                ReadResult<Pln> r = new ParticipantFileReader().read(name, text.getBytes(StandardCharsets.UTF_8));
                checkMessages(r.problems());
                assertEquals(r.value().isEmpty(), r.hasErrors());
            }
            Path folder = folder();
            write(folder.resolve("connections.csv"), text.getBytes(StandardCharsets.UTF_8));
            CohortReading c = CohortReader.readDetailed(folder, Taxonomy.defaults(), Limits.DEFAULT, false);
            checkMessages(c.result().problems());
        });
    }

    private static void checkMessages(List<Problem> problems) {
        for (Problem p : problems) {
            String s = p.toString();
            assertFalse(s.isBlank());
            assertFalse(s.contains("Exception"), s);
            assertFalse(s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F || ch >= 0x202A && ch <= 0x202E
                    || ch >= 0x2066 && ch <= 0x2069), s);
        }
    }

    private static boolean isErrorText(String s) {
        return s.strip().startsWith("#");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private Path folder() {
        try {
            return Files.createTempDirectory(dir, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
