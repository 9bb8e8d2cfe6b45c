package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.quicktheories.core.Gen;

/** Whatever the bytes, the cohort readers give problems or a cohort, never an exception. */
class CohortReaderProperties {
    /** Pieces CSV files are made of, including the troublesome ones: quotes, line ends, a BOM, non-UTF-8 bytes. */
    private static final List<byte[]> CSV_PIECES = pieces(
            "participant_id,connection_name,kind,category,connection_id,linked_to,value,last_contact\n",
            "participant_id", "connection_name", "kind", "category", "linked_to", "Participant ID",
            ",", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", ";", "maria", "sam", "Jane Kim", "person",
            "organization", "mentors", "Local colleagues", "7", "4", "2026-10-20", "2026-02-30", "yes", "\uFEFF", "é",
            "#tlchat", "\u0000");
    private static final byte[][] RAW_BYTES = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}};

    @TempDir
    Path dir;

    @Test
    void anyBytesAsCsvFilesGiveProblemsOrACohort() {
        qt().withFixedSeed(20261128L).withExamples(400)
                .forAll(csvBytes(), csvBytes())
                .checkAssert((participants, connections) -> {
                    Path folder = folder();
                    write(folder.resolve("connections.csv"), connections);
                    if (participants.length % 2 == 0) {
                        write(folder.resolve("participants.csv"), participants);
                    }
                    checkSane(CohortReader.readDetailed(folder, Taxonomy.defaults(), Limits.DEFAULT, false));
                });
    }

    @Test
    void anyBytesAsAWorkbookGiveProblemsOrACohort() {
        qt().withFixedSeed(11L).withExamples(200)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
                .checkAssert(ints -> {
                    byte[] bytes = new byte[ints.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (int) ints.get(i);
                    }
                    if (bytes.length >= 4 && ints.get(0) % 2 == 0) {
                        bytes[0] = 'P';
                        bytes[1] = 'K';
                        bytes[2] = 3;
                        bytes[3] = 4;
                    }
                    Path file = folder().resolve("cohort.xlsx");
                    write(file, bytes);
                    CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false);
                    checkSane(r);
                    assertTrue(r.result().value().isEmpty(), "random bytes are not a workbook");
                });
    }

    @Test
    void aMangledWorkbookGivesProblemsOrACohort() throws IOException {
        Path good = Workbooks.write(dir.resolve("good.xlsx"), Workbooks.sheets(
                "Participants", Workbooks.rows(Workbooks.row("participant_id", "name", "as_of"),
                        Workbooks.row("maria", "Maria", LocalDate.of(2026, 11, 1))),
                "Connections", Workbooks.rows(Workbooks.row("participant_id", "connection_name", "kind", "category",
                                "value", "gives_back", "linked_to"),
                        Workbooks.row("maria", "Jane", "person", "mentors", 4, true, "AASL"),
                        Workbooks.row("maria", "AASL", "organization", "Professional organizations", 9, "no", null))));
        byte[] original = Files.readAllBytes(good);
        qt().withFixedSeed(5L).withExamples(300)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6),
                        integers().between(0, 3))
                .checkAssert((edits, how) -> {
                    byte[] bytes = original.clone();
                    if (how == 0) {
                        bytes = java.util.Arrays.copyOf(bytes, edits.get(0) % bytes.length);
                    } else {
                        for (int e : edits) {
                            bytes[e % bytes.length] = (byte) (e >>> 24);
                        }
                    }
                    Path file = folder().resolve("cohort.xlsx");
                    write(file, bytes);
                    checkSane(CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false));
                });
    }

    @Test
    void validRowsReadTheSameFromCsvAndFromAWorkbook() {
        qt().withFixedSeed(3L).withExamples(40)
                .forAll(lists().of(lists().of(integers().between(0, 1_000_000)).ofSize(9)).ofSizeBetween(1, 25))
                .checkAssert(seeds -> {
                    List<ValidRows.Row> rows = ValidRows.rows(seeds);
                    Path folder = folder();
                    StringBuilder csv = new StringBuilder(ValidRows.HEADER_CSV);
                    for (ValidRows.Row r : rows) {
                        csv.append(ValidRows.csvLine(r));
                    }
                    write(folder.resolve("connections.csv"), ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
                    Object[][] sheet = new Object[rows.size() + 1][];
                    sheet[0] = ValidRows.HEADER;
                    for (int i = 0; i < rows.size(); i++) {
                        sheet[i + 1] = ValidRows.cells(rows.get(i));
                    }
                    Path xlsx;
                    try {
                        xlsx = Workbooks.write(folder.resolve("cohort.xlsx"),
                                Workbooks.sheets("Connections", sheet));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    CohortReading fromCsv = CohortReader.readDetailed(folder, Taxonomy.defaults(), Limits.DEFAULT, true);
                    CohortReading fromXlsx = CohortReader.readDetailed(xlsx, Taxonomy.defaults(), Limits.DEFAULT, true);
                    assertEquals(0, fromCsv.result().errorCount(), fromCsv.result().problems().toString());
                    Cohort c = fromCsv.result().value().orElseThrow();
                    assertEquals(c, fromXlsx.result().value().orElseThrow());
                    assertEquals(rows.size(), c.plns().stream().mapToInt(p -> p.connections().size()).sum());
                    assertEquals(rows.size(), fromCsv.counts().get(0).accepted());
                    assertEquals(rows.size(), fromXlsx.counts().get(0).accepted());
                });
    }

    private static void checkSane(CohortReading r) {
        for (Problem p : r.result().problems()) {
            assertFalse(p.message().isBlank());
            assertFalse(p.message().contains("Exception"), p.toString());
        }
        if (r.result().value().isPresent()) {
            // every accepted Connections row (the last table read) is a connection of the cohort
            Cohort c = r.result().value().get();
            RowCounts connections = r.counts().get(r.counts().size() - 1);
            assertEquals(connections.accepted(), c.plns().stream().mapToInt(p -> p.connections().size()).sum(),
                    r.counts().toString());
        }
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

    private static Gen<byte[]> csvBytes() {
        return lists().of(integers().between(0, CSV_PIECES.size() + RAW_BYTES.length - 1)).ofSizeBetween(0, 120)
                .map(picks -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (int i : picks) {
                        out.writeBytes(i < CSV_PIECES.size() ? CSV_PIECES.get(i) : RAW_BYTES[i - CSV_PIECES.size()]);
                    }
                    return out.toByteArray();
                });
    }

    private static List<byte[]> pieces(String... texts) {
        List<byte[]> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
