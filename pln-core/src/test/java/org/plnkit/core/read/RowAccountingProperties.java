package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;

/**
 * Nothing is lost: for a messy cohort, as CSV files and as a workbook, every row below the header is blank,
 * accepted (it is in the cohort) or rejected (an error names its row), and the counts add up to the rows written.
 */
class RowAccountingProperties {
    /** A row of the Connections table, by what is wrong with it. */
    private enum Kind {
        VALID, BAD_VALUE, NO_NAME, BAD_KIND, BLANK, SPREADSHEET_ERROR, AMBIGUOUS_DATE, DANGLING_LINK, DATE_AS_TEXT,
        TOO_LONG, NO_PARTICIPANT, FORMULA_LIKE
    }

    private static final int MAX_CONNECTIONS = 6;
    private static final Limits LIMITS = Limits.DEFAULT.withMaxScalarChars(40)
            .withMaxConnectionsPerParticipant(MAX_CONNECTIONS);

    @TempDir
    Path dir;

    @Test
    void everyRowIsAcceptedRejectedOrBlankAndTheCountsAddUp() {
        qt().withFixedSeed(8L).withExamples(25)
                .forAll(lists().of(integers().between(0, Kind.values().length * 3 - 1)).ofSizeBetween(0, 60),
                        lists().of(integers().between(0, 4)).ofSizeBetween(0, 10))
                .checkAssert((kinds, participantKinds) -> {
                    Path folder = folder();
                    Messy m = messy(kinds, participantKinds);
                    write(folder.resolve("participants.csv"), m.csv(m.participants));
                    write(folder.resolve("connections.csv"), m.csv(m.connections));
                    Path xlsx = workbook(folder.resolve("cohort.xlsx"), m);
                    check(m, CohortReader.readDetailed(folder, Taxonomy.defaults(), LIMITS, false), true);
                    check(m, CohortReader.readDetailed(xlsx, Taxonomy.defaults(), LIMITS, false), false);
                });
    }

    private static void check(Messy m, CohortReading r, boolean csv) {
        Cohort cohort = r.result().value().orElseThrow(() -> new AssertionError(r.result().problems()));
        RowCounts participants = r.counts().get(0);
        RowCounts connections = r.counts().get(1);
        // the counts add up to the rows written
        assertEquals(m.participants.size() - 1, participants.read() + participants.blank(), participants.toString());
        assertEquals(m.connections.size() - 1, connections.read() + connections.blank(), connections.toString());
        assertEquals(m.blankConnections, connections.blank());
        // accepted rows are in the cohort, and only they
        List<String> names = cohort.plns().stream().flatMap(p -> p.connections().stream()).map(Connection::name)
                .sorted().toList();
        assertEquals(m.accepted.stream().sorted().toList(), names);
        assertEquals(connections.accepted(), names.size());
        // rejected rows are exactly those an error names (a dangling linked_to drops the link, not the row)
        Set<Integer> rejectedRows = new TreeSet<>();
        Set<Integer> rejectedParticipantRows = new TreeSet<>();
        for (Problem p : r.result().problems()) {
            if (!p.isError() || "linked_to".equals(p.place().field())) {
                continue;
            }
            String where = csv ? p.place().file() : p.place().sheet();
            int row = csv ? p.place().line() : Integer.parseInt(p.place().cell().replaceAll("[A-Z]", ""));
            (where.contains("onnections") ? rejectedRows : rejectedParticipantRows).add(row);
        }
        assertEquals(m.rejected, rejectedRows, r.result().problems().toString());
        assertEquals(connections.rejected(), rejectedRows.size());
        assertEquals(participants.rejected(), rejectedParticipantRows.size());
        assertEquals(m.rejectedParticipants, rejectedParticipantRows);
    }

    /** The rows written and what should become of them. */
    private static final class Messy {
        final List<String[]> participants = new ArrayList<>();
        final List<String[]> connections = new ArrayList<>();
        final List<String> accepted = new ArrayList<>();
        final Set<Integer> rejected = new TreeSet<>();
        final Set<Integer> rejectedParticipants = new TreeSet<>();
        int blankConnections;

        String csv(List<String[]> rows) {
            StringBuilder b = new StringBuilder();
            for (String[] row : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : row) {
                    cells.add(c == null ? "" : "\"" + c.replace("\"", "\"\"") + "\"");
                }
                b.append(String.join(",", cells)).append("\r\n");
            }
            return b.toString();
        }
    }

    private static Messy messy(List<Integer> kinds, List<Integer> participantKinds) {
        Messy m = new Messy();
        m.participants.add(new String[] {"participant_id", "name", "as_of"});
        Set<String> listed = new java.util.HashSet<>();
        for (int i = 0; i < participantKinds.size(); i++) {
            int rowNumber = m.participants.size() + 1;
            String id = "p" + (i % 4);
            switch (participantKinds.get(i)) {
                case 0, 1 -> {
                    m.participants.add(new String[] {id, "Person " + i, "2026-11-01"});
                    if (!listed.add(id)) {
                        m.rejectedParticipants.add(rowNumber); // given twice, even when the first row was left out
                    }
                }
                case 2 -> {
                    m.participants.add(new String[] {null, "No Id", null});
                    m.rejectedParticipants.add(rowNumber);
                }
                case 3 -> {
                    m.participants.add(new String[] {id, "Bad Date", "10/11/2026"});
                    m.rejectedParticipants.add(rowNumber);
                    listed.add(id);
                }
                default -> m.participants.add(new String[] {null, " ", null});
            }
        }
        m.connections.add(HostileWorkbooks.HEADER);
        Map<String, Integer> perParticipant = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = Kind.values()[kinds.get(i) % Kind.values().length];
            String pid = "p" + (kinds.get(i) / Kind.values().length + i) % 5;
            String name = "C" + i;
            String[] row = {pid, name, "person", "mentors", null, null, null, null, null, null, null, null, null,
                null, null};
            boolean rejected = true;
            switch (kind) {
                case VALID -> rejected = false;
                case BAD_VALUE -> row[8] = "7";
                case NO_NAME -> row[1] = null;
                case BAD_KIND -> row[2] = "gadget";
                case BLANK -> row = new String[] {null, "", "  "};
                case SPREADSHEET_ERROR -> row[8] = "#DIV/0!";
                case AMBIGUOUS_DATE -> row[13] = "03/04/2026";
                case DANGLING_LINK -> {
                    row[14] = "Nobody";
                    rejected = false;
                }
                case DATE_AS_TEXT -> {
                    row[13] = "20 Oct 2026";
                    rejected = false;
                }
                case TOO_LONG -> row[6] = "x".repeat(41);
                case NO_PARTICIPANT -> row[0] = null;
                case FORMULA_LIKE -> {
                    row[1] = "=" + name;
                    name = row[1];
                    rejected = false;
                }
                default -> throw new AssertionError(kind);
            }
            int rowNumber = m.connections.size() + 1;
            m.connections.add(row);
            if (kind == Kind.BLANK) {
                m.blankConnections++;
                continue;
            }
            if (!rejected && perParticipant.merge(pid, 1, Integer::sum) > MAX_CONNECTIONS) {
                rejected = true; // one connection too many for this participant
            }
            if (rejected) {
                m.rejected.add(rowNumber);
            } else {
                m.accepted.add(name);
            }
        }
        return m;
    }

    private static Path workbook(Path file, Messy m) {
        try {
            return Workbooks.write(file, Workbooks.sheets("Participants", m.participants.toArray(new Object[0][]),
                    "Connections", m.connections.toArray(new Object[0][])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder() {
        try {
            return Files.createTempDirectory(dir, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
