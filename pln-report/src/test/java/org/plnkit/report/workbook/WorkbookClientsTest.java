package org.plnkit.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.report.SampleParticipants;

/**
 * The workbook opens in real clients: openpyxl reads every part, LibreOffice prints it to PDF. Skipped where the
 * clients are not installed ({@code apt-get install python3-openpyxl libreoffice-calc-nogui}).
 */
class WorkbookClientsTest {
    private static final String OPENPYXL = String.join("\n",
            "import sys, openpyxl, warnings",
            "warnings.simplefilter('ignore')",
            "wb = openpyxl.load_workbook(sys.argv[1])",
            "print('|'.join(wb.sheetnames))",
            "for ws in wb:",
            "    f = sum(1 for row in ws.iter_rows() for c in row if c.data_type == 'f')",
            "    print(ws.title, f, len(ws.data_validations.dataValidation), len(ws.conditional_formatting),",
            "          len(ws._charts), len(ws._images), len(ws.tables), ws.freeze_panes)");

    private static Process run(Path dir, String... command) throws IOException {
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void openpyxlReadsEverySheetWithItsValidationFormattingChartsAndPicture(@TempDir Path dir) throws Exception {
        assumeTrue(works("/usr/bin/python3", "-c", "import openpyxl"), "python3-openpyxl is not installed");
        Path xlsx = dir.resolve("workbook.xlsx");
        Files.write(xlsx, Workbooks.withMap(SampleParticipants.report(SampleParticipants.maria(), false)));
        Process p = run(dir, "/usr/bin/python3", "-c", OPENPYXL, xlsx.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of(
                "Summary|Connections|Gaps & actions|Check-ins|Topics",
                "Summary 0 0 0 2 1 0 None",
                "Connections 0 0 1 0 0 1 B2",
                "Gaps & actions 0 2 1 0 0 0 A5",
                "Check-ins 0 2 1 0 0 0 A5",
                "Topics 0 0 0 0 0 0 D5"), out.strip().lines().toList());
    }

    @Test
    void libreOfficePrintsItToPdf(@TempDir Path dir) throws Exception {
        assumeTrue(works("soffice", "--version"), "LibreOffice is not installed");
        Path xlsx = dir.resolve("workbook.xlsx");
        Files.write(xlsx, Workbooks.withMap(SampleParticipants.report(SampleParticipants.dana(), false)));
        // a profile of its own, so that a LibreOffice already running elsewhere does not take the job
        Process p = run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path pdf = dir.resolve("workbook.pdf");
        assertTrue(Files.size(pdf) > 10_000, out);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        long pages = text.lines().filter(l -> l.matches(".*/Type\\s*/Page[^s].*|.*/Type\\s*/Page")).count();
        assertTrue(pages >= 5, "one page or more per sheet: " + pages);
    }
}
