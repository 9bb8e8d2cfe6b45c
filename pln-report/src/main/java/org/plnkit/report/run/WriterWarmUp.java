package org.plnkit.report.run;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.report.district.ChartWarmUp;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.workbook.kit.Cells;
import org.plnkit.report.workbook.kit.Styles;
import org.plnkit.report.workbook.kit.XssfWorkbooks;

/**
 * Loads what the district files' writers need (POI's XML schemas, styles and tables; GraphStream, Java2D and the
 * fonts of the map) on a thread of its own while the cohort is analysed. In a fresh JVM the writers spent a good part
 * of their first run loading and initialising those classes, after the analysis, on the run's critical path (issue
 * 17); here it happens beside the analysis' single-threaded steps. It writes nothing anywhere (not even POI's
 * temporary files) and changes no output: it makes a small workbook into {@link OutputStream#nullOutputStream()} and
 * draws a one-connection map in memory.
 */
final class WriterWarmUp {
    private WriterWarmUp() {
    }

    /**
     * Starts loading on a daemon thread; the future completes when done (never exceptionally). {@code
     * -Dpln.write.warmUp=false} turns it off (to measure what it brings).
     */
    static CompletableFuture<Void> start() {
        if ("false".equals(System.getProperty("pln.write.warmUp"))) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                workbook();
                map();
            } catch (IOException | RuntimeException e) {
                // only a preparation: the writers will meet any real problem themselves
            } finally {
                done.complete(null);
            }
        }, "pln-writer-warm-up");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static void workbook() throws IOException {
        // a plain XSSF workbook, not the streaming one the district workbook uses: SXSSF writes its rows to files in
        // POI's temporary folder, and this thread may still run when a command that analysed without writing (a
        // cohort map, an export) has returned; the streaming classes themselves are few and quick to load
        try (XSSFWorkbook wb = XssfWorkbooks.create()) {
            Styles st = new Styles(wb);
            Cells.text(wb.createSheet("Overview").createRow(0), 0, "warm-up", st.title);
            XSSFSheet s = wb.createSheet("List");
            Cells.header(s.createRow(0), st.header, "a", "b");
            Cells.text(s.createRow(1), 0, "=x", st.text);
            Cells.number(s.getRow(1), 1, 1, st.integer);
            s.createTable(new AreaReference(new CellReference(0, 0), new CellReference(1, 1),
                    wb.getSpreadsheetVersion())).getCTTable().addNewAutoFilter().setRef("A1:B2");
            ChartWarmUp.draw(wb);
            wb.write(OutputStream.nullOutputStream());
        }
    }

    private static void map() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        Pln pln = new Pln(new Participant("warm-up", "", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(day)), List.of(Connection.builder("c", "A resource", Kind.RESOURCE,
                "curation").build()), List.of());
        PlnMap.render(pln, MapOptions.builder(day).size(480, 360).build(), Format.PNG);
    }
}
