package org.plnkit.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.report.workbook.kit.LongLists;

/**
 * A list longer than a sheet holds continues in a CSV file beside the district workbook, named on the sheet (issue
 * 17), seen at a small cap: every participant is on the sheet or in the file, once, in order, guarded like the
 * workbook.
 */
class DistrictLongListsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final int N = 23;
    private static final int CAP = 6;

    /** N participants; one school's name looks like a formula; each names two shared resources. */
    private static Cohort cohort() {
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String school = i % 5 == 4 ? "=HYPERLINK(\"http://x\",\"y\")" : "School " + (i % 3);
            Participant p = new Participant(String.format(Locale.ROOT, "t%02d", i), "Teacher " + i,
                    Optional.of("Classroom teacher"), Optional.of(school), List.of(), Optional.empty(),
                    Optional.of(AS_OF));
            List<Connection> cs = List.of(
                    Connection.builder("a", "Resource " + (i % 4), Kind.RESOURCE, "curation").value(4).build(),
                    Connection.builder("b", "Organization " + (i % 2), Kind.ORGANIZATION, "professional-orgs")
                            .value(3).build());
            plns.add(new Pln(p, cs, List.of()));
        }
        return new Cohort(plns);
    }

    @Test
    void theRowsPastTheCapAreInACsvFileNamedOnTheSheet(@TempDir Path dir) throws Exception {
        DistrictRun run = new DistrictRun(DistrictOptions.builder().asOf(AS_OF).today(AS_OF).threads(2).build(), CAP);
        District d = run.analyse(Path.of("big.xlsx"), cohort());
        Path out = dir.resolve("out");
        List<Path> written = run.write(d, out, RunListener.NONE);

        Path csv = out.resolve("district-participants.csv");
        assertTrue(written.contains(csv), written.toString());
        assertTrue(written.contains(out.resolve("district-heatmap.csv")), written.toString());
        assertEquals(DistrictRun.targets(out), written.subList(0, DistrictRun.FILES.size()));

        List<String> lines = lines(csv);
        try (InputStream in = Files.newInputStream(out.resolve(DistrictRun.WORKBOOK));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Participants");
            // rows 0..CAP-1 on the sheet (header and CAP-1 participants), then the note
            assertEquals(CAP, s.getLastRowNum());
            String note = s.getRow(CAP).getCell(0).getStringCellValue();
            assertTrue(note.contains("district-participants.csv") && note.contains("first 6 rows"), note);
            // the CSV's header is the sheet's, and every participant is in one place or the other, in order
            Row header = s.getRow(0);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                names.add(header.getCell(c).getStringCellValue());
            }
            assertEquals(String.join(",", names), lines.get(0));
            List<String> participants = new ArrayList<>();
            for (int r = 1; r < CAP; r++) {
                participants.add(s.getRow(r).getCell(0).getStringCellValue());
            }
            for (String line : lines.subList(1, lines.size())) {
                participants.add(line.substring(0, line.indexOf(',')));
            }
            assertEquals(d.analysis().participants().stream().map(p -> d.labels().participant(p.index())).toList(),
                    participants);
            // the table and the filters stop at the sheet's last row
            assertEquals("A1:" + CellReference.convertNumToColString(names.size() - 1) + CAP,
                    wb.getSheet("Participants").getTables().get(0).getArea().formatAsString().replace("$", ""));
        }
        // text a spreadsheet would run as a formula keeps a leading apostrophe, quoted as CSV
        assertTrue(lines.stream().anyMatch(l -> l.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains(",=")), "no cell starts with =");
        // the same run again gives the same bytes
        Path again = dir.resolve("again");
        run.write(run.analyse(Path.of("big.xlsx"), cohort()), again, RunListener.NONE);
        assertEquals(-1L, Files.mismatch(csv, again.resolve("district-participants.csv")));
        assertEquals(-1L, Files.mismatch(out.resolve(DistrictRun.WORKBOOK), again.resolve(DistrictRun.WORKBOOK)));
    }

    @Test
    void belowTheCapNothingIsWrittenBeside(@TempDir Path dir) throws Exception {
        DistrictOptions o = DistrictOptions.builder().asOf(AS_OF).today(AS_OF).build();
        DistrictRun run = new DistrictRun(o);
        District d = run.analyse(Path.of("big.xlsx"), cohort());
        List<Path> written = run.write(d, dir, RunListener.NONE);
        assertEquals(DistrictRun.targets(dir), written);
        try (var files = Files.list(dir)) {
            assertEquals(DistrictRun.FILES.size(), files.count(), "no CSV file beside the workbook");
        }
    }

    @Test
    void theCapStaysWithinWhatASheetHolds() {
        assertThrows(IllegalArgumentException.class, () -> new LongLists("district", LongLists.ROWS_PER_SHEET + 1));
        assertThrows(IllegalArgumentException.class, () -> new LongLists("district", 1));
        assertEquals("district-input-problems.csv", new LongLists("district").fileName("Input problems"));
    }

    private static List<String> lines(Path csv) throws IOException {
        byte[] b = Files.readAllBytes(csv);
        assertEquals(0xEF, b[0] & 0xFF, "UTF-8 with a byte-order mark");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        return List.of(text.split("\r\n"));
    }
}
