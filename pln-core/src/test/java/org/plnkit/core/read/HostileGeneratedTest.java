package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;

/** Hostile inputs too large to commit, made at run time: huge values, many columns, floods of problems. */
class HostileGeneratedTest {
    private static final String HEADER = String.join(",", HostileWorkbooks.HEADER) + "\n";
    /** Guards against a hang, not a speed check: each of these takes well under a second. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void hugeScalarsAreRefusedWithTheirPlace() {
        ParticipantFileReader reader = new ParticipantFileReader();
        String big = "x".repeat(200_000);
        assertEquals(List.of("big.yaml:3:9: error: this value is 200,000 characters long; at most 100,000 are accepted"),
                messages(reader.read("big.yaml", ("participant:\n  id: maria\n  name: " + big + "\n").getBytes(
                        StandardCharsets.UTF_8))));
        List<String> json = messages(reader.read("big.json", ("{\"participant\": {\"id\": \"maria\", \"name\": \"" + big
                + "\"}}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, json.size());
        assertTrue(json.get(0).matches("big\\.json(:\\d+:\\d+)?: error: a value here is longer than 100,000 characters"),
                json.get(0));
    }

    @Test
    void deepNestingNeverOverflowsTheStack() {
        ParticipantFileReader reader = new ParticipantFileReader();
        String yaml = "participant: {id: maria}\nconnections: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
        String json = "{\"participant\": {\"id\": \"maria\"}, \"connections\": " + "[".repeat(200_000)
                + "]".repeat(200_000) + "}";
        List<String> y = assertTimeoutPreemptively(NO_HANG, () -> messages(reader.read("deep.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))));
        List<String> j = assertTimeoutPreemptively(NO_HANG, () -> messages(reader.read("deep.json",
                json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("deep.yaml: error: lists and mappings are nested more than 64 levels deep here; a"
                + " participant file needs four"), y);
        assertEquals(List.of("deep.json: error: lists and mappings are nested more than 64 levels deep here; a"
                + " participant file needs four"), j);
    }

    @Test
    void longTopicsGetNoSuggestionAndNoHang() {
        String a = "a".repeat(99_000);
        String b = "b".repeat(99_000);
        String yaml = "participant: {id: maria, topics: [\"" + a + "\"]}\nconnections:\n"
                + "  - {name: X, kind: person, category: mentors, topics: [\"" + b + "\"]}\n";
        ReadResult<Pln> r = assertTimeoutPreemptively(NO_HANG, () -> new ParticipantFileReader().read("t.yaml",
                yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), messages(r));
    }

    @Test
    void aRowWiderThanASheetIsLeftOutWithItsLine() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("maria,Jane,person,mentors\n").append("maria,Wide,person,mentors");
        csv.append(",x".repeat(20_000)).append('\n').append("maria,Ann,person,mentors\n");
        Files.writeString(dir.resolve("connections.csv"), csv);
        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of("connections.csv:3: warning: this column has values but no name in the header row;"
                + " its values are ignored", "connections.csv:3: error: this row has more than 16,384 cells, the most"
                + " a sheet has; the row is not read"), messages(r.result()));
        assertEquals(new RowCounts(dir.resolve("connections.csv").toString(), Optional.empty(), 3, 2, 1, 0),
                r.counts().get(0));
    }

    @Test
    void repeatedWarningsInAColumnAreCountedAfterTheFirstHundred() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            csv.append("maria,C").append(i).append(",person,mentors,,,,,,,,,,20 Oct 2026,\n");
        }
        Files.writeString(dir.resolve("connections.csv"), csv);
        ReadResult<Cohort> r = CohortReader.read(dir);
        assertEquals(250, r.value().orElseThrow().pln("maria").orElseThrow().connections().size());
        List<String> m = messages(r);
        assertEquals(101, m.size());
        assertEquals("connections.csv:2 column last_contact: warning: last_contact \"20 Oct 2026\" is read as"
                + " 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD", m.get(0));
        assertEquals("connections.csv:102 column last_contact: warning: 150 more warnings about last_contact in"
                + " Connections, from here on, are not listed; they are like the 100 above", m.get(100));
    }

    @Test
    void readingStopsClearlyWhenProblemsPassTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            csv.append("maria,C").append(i).append(",gadget,mentors\n");
        }
        Files.writeString(dir.resolve("connections.csv"), csv);
        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(), Limits.DEFAULT.withMaxProblems(40), false);
        assertTrue(r.result().value().isEmpty(), "a cohort read only in part is not given");
        List<String> m = messages(r.result());
        assertEquals(41, m.size());
        assertEquals("connections.csv:42: error: reading stopped at this row, as there are already 40 problems (fix"
                + " the ones above and read the file again); the limit is 40 problems per input", m.get(40));
        assertEquals(40, r.counts().get(0).rejected());
    }

    @Test
    void externalEntitiesAreNeverFollowed() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xxe = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        String header = RawXlsx.row(1, HostileWorkbooks.HEADER);
        List<Path> books = List.of(
                RawXlsx.builder().doctype(xxe).sheet("Connections", header + "<row r=\"2\">"
                        + RawXlsx.inline("A2", "maria") + "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                        + RawXlsx.inline("C2", "person") + RawXlsx.inline("D2", "mentors") + "</row>")
                        .write(dir.resolve("sheet.xlsx")),
                RawXlsx.builder().doctype(xxe).sharedStrings("maria", "&xxe;")
                        .sheet("Connections", header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                                + "<c r=\"B2\" t=\"s\"><v>1</v></c></row>").write(dir.resolve("strings.xlsx")),
                RawXlsx.builder().part("xl/workbook.xml", "<?xml version=\"1.0\"?>" + xxe + "<workbook xmlns=\"http://"
                        + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>")
                        .sheet("Connections", header).write(dir.resolve("workbook.xlsx")));
        for (Path book : books) {
            ReadResult<Cohort> r = CohortReader.read(book);
            assertTrue(r.value().isEmpty(), book.toString());
            assertTrue(r.problems().stream().anyMatch(p -> p.isError() && (p.message().contains("(DOCTYPE)")
                    || p.message().startsWith("the workbook is damaged"))), r.problems().toString());
            assertFalse(r.problems().toString().contains("TOP-SECRET"), r.problems().toString());
        }
    }

    @Test
    void aZipBombInTheSharedStringsIsRefused() throws IOException {
        // 50 MB of one letter deflate to about 50 KB: far past POI's ratio check
        Path book = RawXlsx.builder().sharedStrings("maria", "x".repeat(50 << 20))
                .sheet("Connections", RawXlsx.row(1, HostileWorkbooks.HEADER)).write(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(book) < 1 << 20);
        ReadResult<Cohort> r = assertTimeoutPreemptively(NO_HANG, () -> CohortReader.read(book));
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("bomb.xlsx: error: the workbook unpacks to far more than its size (a zip bomb?), so it is"
                + " not read"), messages(r));
    }

    /**
     * A zip bomb in the Participants sheet after its rows: the workbook is not read, and that is the one thing said.
     * The rows read before the bomb must not bring a warning per participant that their PLN is empty (as a
     * coordinator saw, 39 of them under "not read"): no cohort is made, so nothing became of them.
     */
    @Test
    void aZipBombAfterTheParticipantsRowsIsTheOnlyProblemSaid() throws IOException {
        Path book = RawXlsx.builder()
                .sheet("Participants", RawXlsx.row(1, "participant_id", "name") + RawXlsx.row(2, "t01", "Ann")
                        + RawXlsx.row(3, "t02", "Bo") + "<!--" + " ".repeat(50 << 20) + "-->")
                .sheet("Connections", RawXlsx.row(1, HostileWorkbooks.HEADER)
                        + RawXlsx.row(2, "t01", "Jane", "person", "mentors"))
                .write(dir.resolve("bomb.xlsx"));
        ReadResult<Cohort> r = assertTimeoutPreemptively(NO_HANG, () -> CohortReader.read(book));
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("bomb.xlsx: error: the workbook unpacks to far more than its size (a zip bomb?), so it is"
                + " not read"), messages(r));
    }

    private List<String> messages(ReadResult<?> r) {
        return r.problems().stream().map(Problem::toString).map(s -> s.replace(dir + java.io.File.separator, ""))
                .toList();
    }
}
