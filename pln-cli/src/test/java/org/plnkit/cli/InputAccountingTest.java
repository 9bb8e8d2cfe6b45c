package org.plnkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost, end to end: after {@code pln cohort}, every row of the input is either processed (it is in the
 * outputs) or listed with its place and reason on the district workbook's Input problems sheet, and the figures on
 * that sheet add up. For each table: rows read = rows accepted + rows left out; the rows left out are exactly the
 * rows named by errors on the sheet; the accepted connections are the connections of the outputs (cohort.json and
 * the Participants sheet); and the sheet lists as many problems as {@code pln validate} finds.
 *
 * <p>The reader's half (every row accepted, rejected or blank) is pln-core's {@code RowAccountingProperties}.
 */
class InputAccountingTest {
    private static final String SAMPLE = "../samples/lakeside-district.xlsx";
    private static final String[] CONNECTIONS_HEADER = {"participant_id", "connection_name", "kind", "category",
        "connection_id", "url", "met_via", "frequency", "value", "gives_back", "participation", "wants_more", "topics",
        "last_contact", "linked_to"};

    @TempDir
    Path dir;

    @Test
    void theSampleWorkbooksRowsAddUpOnTheInputProblemsSheet() throws Exception {
        Path out = dir.resolve("out");
        Accounting a = cohort(Path.of(SAMPLE), out);
        // the rows of the input, counted here without the reader
        Map<String, Integer> nonBlank = nonBlankRows(Path.of(SAMPLE));
        assertEquals(Set.of("Participants", "Connections"), a.counts.keySet());
        for (Counts c : a.counts.values()) {
            assertEquals(nonBlank.get(c.table), c.read, c.table + ": every non-blank row is read");
        }
        a.assertAddsUp();
        // the sample's deliberate mistakes: connection rows and one participant row (listed twice) left out; row 12's
        // "Mentor" is an alias of mentors since #15 and is read
        assertEquals(Set.of(5, 19, 27, 35, 52), a.leftOutRows("Connections"));
        assertEquals(Set.of(7), a.leftOutRows("Participants"));
        assertEquals(1_418, a.counts.get("Connections").accepted);
    }

    @Test
    void aGeneratedCohortWithKnownBadRowsAsCsv() throws Exception {
        Messy m = Messy.generate(new Random(20261128L), 400);
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(folder.resolve("participants.csv"), csv(m.participants), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("connections.csv"), csv(m.connections), StandardCharsets.UTF_8);
        Accounting a = cohort(folder, dir.resolve("out-csv"));
        check(m, a, folder.resolve("participants.csv").toString(), folder.resolve("connections.csv").toString());
    }

    @Test
    void aGeneratedCohortWithKnownBadRowsAsAWorkbook() throws Exception {
        Messy m = Messy.generate(new Random(7L), 400);
        Path xlsx = dir.resolve("cohort.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(xlsx)) {
            fill(wb.createSheet("Participants"), m.participants);
            fill(wb.createSheet("Connections"), m.connections);
            wb.write(o);
        }
        Accounting a = cohort(xlsx, dir.resolve("out-xlsx"));
        check(m, a, "Participants", "Connections");
    }

    private static void check(Messy m, Accounting a, String participants, String connections) {
        assertEquals(Set.of(participants, connections), a.counts.keySet());
        a.assertAddsUp();
        Counts c = a.counts.get(connections);
        assertEquals(m.connectionRows - m.blankConnections, c.read);
        assertEquals(m.blankConnections, c.blank);
        assertEquals(m.accepted, c.accepted);
        assertEquals(m.rejected, a.leftOutRows(connections), "the rows left out are the bad rows, each on the sheet");
        Counts p = a.counts.get(participants);
        assertEquals(m.participants.size() - 1 - m.blankParticipants, p.read);
        assertEquals(m.rejectedParticipants, a.leftOutRows(participants));
        assertTrue(m.rejected.size() > 100 && m.accepted > 100 && m.blankConnections > 10,
                "the cohort is messy enough to mean something");
    }

    /** Runs {@code pln cohort} and {@code pln validate} on the input and reads what the outputs say. */
    private Accounting cohort(Path input, Path out) throws Exception {
        Cli r = Cli.run("cohort", input.toString(), "--out", out.toString(), "--as-of", "2026-11-01");
        assertEquals(1, r.exit(), "the input has errors, and the outputs are written all the same: " + r.err());
        Accounting a = Accounting.read(out.resolve("district.xlsx"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("cohort.json").toFile());
        a.jsonConnections = json.get("connections").asLong();
        a.jsonParticipants = json.get("participants").asInt();
        for (JsonNode t : json.get("input").get("tables")) {
            String table = t.hasNonNull("sheet") ? t.get("sheet").asText() : t.get("file").asText();
            a.jsonTables.put(table, new Counts(table, t.get("read").asInt(), t.get("accepted").asInt(),
                    t.get("leftOut").asInt(), t.get("blank").asInt()));
        }
        a.jsonProblems = json.get("input").get("problems").size();
        Cli v = Cli.run("validate", "--format", "json", input.toString());
        JsonNode vj = new ObjectMapper().readTree(v.out());
        a.validateProblems = vj.get("errors").asInt() + vj.get("warnings").asInt();
        return a;
    }

    /** One table's line of the counts on the Input problems sheet. */
    private record Counts(String table, int read, int accepted, int leftOut, int blank) {
    }

    /** One problem as the Input problems sheet lists it. */
    private record Listed(String severity, String table, int row, String column, String message) {
    }

    /** What district.xlsx says about the input, and the totals of cohort.json. */
    private static final class Accounting {
        final Map<String, Counts> counts = new TreeMap<>();
        final List<Listed> problems = new ArrayList<>();
        int participantRows;
        long connectionsInParticipants;
        long jsonConnections;
        int jsonParticipants;
        final Map<String, Counts> jsonTables = new TreeMap<>();
        int jsonProblems;
        int validateProblems;

        static Accounting read(Path districtXlsx) throws IOException {
            Accounting a = new Accounting();
            DataFormatter f = new DataFormatter();
            try (InputStream in = Files.newInputStream(districtXlsx); Workbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet("Input problems");
                int r = 0;
                while (!"Table".equals(text(f, s.getRow(r), 0))) {
                    r++;
                }
                for (r++; s.getRow(r) != null && !text(f, s.getRow(r), 0).isEmpty(); r++) {
                    Row row = s.getRow(r);
                    String sheet = text(f, row, 0);
                    String table = "(file)".equals(sheet) ? text(f, row, 1) : sheet;
                    a.counts.put(table, new Counts(table, number(row, 2), number(row, 3), number(row, 4),
                            number(row, 5)));
                }
                while (!"Severity".equals(text(f, s.getRow(r), 0))) {
                    r++;
                }
                for (r++; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    String sheet = text(f, row, 2);
                    String where = text(f, row, 3);
                    String digits = where.replaceAll("^[A-Z]*", "").replaceAll(":.*$", "");
                    a.problems.add(new Listed(text(f, row, 0), sheet.isEmpty() ? text(f, row, 1) : sheet,
                            digits.isEmpty() ? 0 : Integer.parseInt(digits), text(f, row, 4), text(f, row, 5)));
                }
                Sheet ps = wb.getSheet("Participants");
                int col = 0;
                while (!"Connections".equals(text(f, ps.getRow(0), col))) {
                    col++;
                }
                for (int i = 1; i <= ps.getLastRowNum(); i++) {
                    a.participantRows++;
                    a.connectionsInParticipants += number(ps.getRow(i), col);
                }
            }
            return a;
        }

        /** The rows of a table named by an error that leaves its row out (a bad linked_to leaves only the link out). */
        Set<Integer> leftOutRows(String table) {
            Set<Integer> rows = new TreeSet<>();
            for (Listed p : problems) {
                if (p.severity.equals("error") && p.table.equals(table) && !p.column.equals("linked_to")) {
                    assertTrue(p.row > 0, "an error about a row names it: " + p);
                    rows.add(p.row);
                }
            }
            return rows;
        }

        void assertAddsUp() {
            long accepted = 0;
            for (Counts c : counts.values()) {
                assertEquals(c.read, c.accepted + c.leftOut, c + ": rows read = accepted + left out");
                assertEquals(c.leftOut, leftOutRows(c.table).size(), c + ": each row left out is listed, by its place");
                if (c.table.endsWith("Connections") || c.table.endsWith("connections.csv")) {
                    accepted += c.accepted;
                }
            }
            assertEquals(accepted, jsonConnections, "the accepted connection rows are the connections analysed");
            assertEquals(accepted, connectionsInParticipants, "... and those of the Participants sheet");
            assertEquals(jsonParticipants, participantRows);
            long listed = problems.stream().filter(p -> !p.severity.equals("not assessed")).count();
            assertEquals(validateProblems, listed, "the sheet lists every problem pln validate finds");
            // cohort.json accounts for the rows in the same way
            assertEquals(counts, jsonTables, "cohort.json counts the rows of each table as the sheet does");
            assertEquals(validateProblems, jsonProblems, "cohort.json lists every problem too");
        }
    }

    /** A cohort with bad rows of every kind, and what should become of each row. */
    private static final class Messy {
        final List<String[]> participants = new ArrayList<>();
        final List<String[]> connections = new ArrayList<>();
        final Set<Integer> rejected = new TreeSet<>();
        final Set<Integer> rejectedParticipants = new TreeSet<>();
        int connectionRows;
        int blankConnections;
        int blankParticipants;
        int accepted;

        static Messy generate(Random random, int rows) {
            Messy m = new Messy();
            m.participants.add(new String[] {"participant_id", "name", "school", "as_of"});
            for (int i = 0; i < 12; i++) {
                m.participants.add(new String[] {"p" + i, "Person " + i, "School " + (i % 3), "2026-10-01"});
            }
            m.participants.add(new String[] {"p3", "Person 3 again", "", ""});
            m.rejectedParticipants.add(m.participants.size()); // listed twice
            m.participants.add(new String[] {"", "No Id", "School 1", ""});
            m.rejectedParticipants.add(m.participants.size());
            m.participants.add(new String[] {"", "", "", ""});
            m.blankParticipants++;
            m.participants.add(new String[] {"p12", "Ambiguous Date", "School 2", "10/11/2026"});
            m.rejectedParticipants.add(m.participants.size());

            m.connections.add(CONNECTIONS_HEADER);
            for (int i = 0; i < rows; i++) {
                String[] row = {"p" + random.nextInt(14), "Connection " + i, "resource", "blogs-websites", "", "", "",
                    "weekly", String.valueOf(1 + random.nextInt(5)), "", "", "", "", "", ""};
                boolean bad = true;
                switch (random.nextInt(12)) {
                    case 0 -> row[8] = "7";
                    case 1 -> row[1] = "";
                    case 2 -> row[2] = "gadget";
                    case 3 -> row[3] = "Mentr"; // not an alias ("Mentor" is, since #15)
                    case 4 -> row[13] = "2026-13-02";
                    case 5 -> row[9] = "sometimes";
                    case 6 -> {
                        row = new String[] {"", "", "", "", "", "", "", "", "", "", "", "", "", "", ""};
                        m.blankConnections++;
                        bad = false;
                    }
                    case 7 -> {
                        row[14] = "Nobody At All"; // the link is left out, the row is kept
                        bad = false;
                    }
                    case 8 -> {
                        row[1] = "=SUM(A1:A3)"; // text, never a formula
                        bad = false;
                    }
                    default -> bad = false;
                }
                m.connections.add(row);
                int rowNumber = m.connections.size();
                if (bad) {
                    m.rejected.add(rowNumber);
                } else if (!row[0].isEmpty()) {
                    m.accepted++;
                }
            }
            m.connectionRows = rows;
            return m;
        }
    }

    private static String csv(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                cells.add(c.isEmpty() ? "" : "\"" + c.replace("\"", "\"\"") + "\"");
            }
            b.append(String.join(",", cells)).append("\n");
        }
        return b.toString();
    }

    private static void fill(Sheet s, List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (!rows.get(r)[c].isEmpty()) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
    }

    /** The non-blank rows below the header of each sheet of a (small) workbook. */
    private static Map<String, Integer> nonBlankRows(Path xlsx) throws IOException {
        Map<String, Integer> n = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                int count = 0;
                for (Row row : s) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    boolean blank = true;
                    for (Cell c : row) {
                        blank &= c.getCellType() == CellType.BLANK || f.formatCellValue(c).isBlank();
                    }
                    count += blank ? 0 : 1;
                }
                n.put(s.getSheetName(), count);
            }
        }
        return n;
    }

    private static String text(DataFormatter f, Row row, int col) {
        if (row == null || row.getCell(col) == null) {
            return "";
        }
        return f.formatCellValue(row.getCell(col)).strip();
    }

    private static int number(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.NUMERIC ? 0 : (int) c.getNumericCellValue();
    }
}
