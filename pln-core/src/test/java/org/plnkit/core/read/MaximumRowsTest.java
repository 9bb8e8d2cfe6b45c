package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;

/**
 * The largest sheet Excel allows, 1,048,576 rows, is read within the default limits; one more row in a CSV file
 * is refused with the row where reading stopped. (Each test takes some seconds; how long and how much memory is
 * measured in docs/performance.md, "Limits and memory".)
 */
class MaximumRowsTest {
    /** Excel's last row. */
    private static final int EXCEL_ROWS = 1_048_576;

    @TempDir
    Path dir;

    @Test
    void aFullSheetIsReadWithinTheDefaultLimits() throws IOException {
        Path file = dir.resolve("full.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Connections");
            String[] header = {"participant_id", "connection_name", "kind", "category"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r < EXCEL_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("p" + r / 2_000);
                row.createCell(1).setCellValue("C" + r);
                row.createCell(2).setCellValue("person");
                row.createCell(3).setCellValue("mentors");
            }
            wb.write(out);
        }
        assertTrue(Files.size(file) < Limits.DEFAULT.maxFileBytes(), Files.size(file) + " bytes");

        CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false);

        assertEquals(List.of(file + ": warning: the workbook has no sheet named Participants; participants are taken"
                + " from Connections, with their ids as names"), r.result().problems().stream().map(Problem::toString)
                .toList());
        Cohort c = r.result().value().orElseThrow();
        assertEquals(525, c.size());
        assertEquals(EXCEL_ROWS - 1, c.plns().stream().mapToInt(p -> p.connections().size()).sum());
        assertEquals(new RowCounts(file.toString(), Optional.of("Connections"), EXCEL_ROWS - 1, EXCEL_ROWS - 1, 0, 0),
                r.counts().get(0));
    }

    @Test
    void aCsvFilePastTheRowLimitIsRefusedWhereReadingStopped() throws IOException {
        Path file = dir.resolve("connections.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("participant_id,connection_name,kind,category\n");
            for (int r = 1; r <= EXCEL_ROWS + 1; r++) {
                w.write("p" + r / 2_000 + ",C" + r + ",person,mentors\n");
            }
        }
        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertTrue(r.result().value().isEmpty());
        assertEquals(List.of(file + ":1048578: error: there are more than 1,048,576 rows in Connections, so it is not"
                + " read; the limit is 1,048,576 rows per sheet or CSV file"), r.result().problems().stream()
                .map(Problem::toString).toList());
        assertEquals(Optional.of(Limit.ROWS), Limit.of(r.result().problems().get(0)));
        assertEquals(EXCEL_ROWS, r.counts().get(0).read());
    }
}
