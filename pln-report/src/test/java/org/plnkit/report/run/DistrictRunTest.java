package org.plnkit.report.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.problem.Problem;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ReportFormat;

class DistrictRunTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** A cohort as a folder of the three sample participant files. */
    private static Path cohort(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("cohort"));
        for (String name : SampleParticipants.NAMES) {
            Files.copy(Path.of("..", "samples", name + ".yaml"), in.resolve(name + ".yaml"));
        }
        return in;
    }

    private static DistrictOptions.Builder options() {
        return DistrictOptions.builder().asOf(AS_OF).today(AS_OF);
    }

    @Test
    void writesTheDistrictFilesAndEveryParticipantsReport(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        DistrictResult r = new DistrictRun(options().threads(2).perParticipant(true)
                .reportFormats(EnumSet.of(ReportFormat.JSON)).build())
                .run(in, dir.resolve("out"), new RunListener() {
                    @Override
                    public void step(String step, long nanos) {
                        steps.add(step);
                    }

                    @Override
                    public void finished(BulkReports.Outcome o, int done, int total) {
                        finished.add(done + "/" + total);
                    }
                });
        assertEquals(DistrictRun.targets(dir.resolve("out")), r.written());
        for (Path p : r.written()) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
        assertTrue(steps.containsAll(List.of("workbook", "map (png, svg, alt text)", "json")), steps.toString());
        assertEquals(List.of("1/3", "2/3", "3/3"), finished);
        BulkReports.Summary s = r.participants().orElseThrow();
        assertEquals(3, s.written());
        assertTrue(r.complete());
        assertEquals(3, r.district().orElseThrow().cohort().plns().size());
        try (Stream<Path> files = Files.list(dir.resolve("out").resolve(DistrictRun.PARTICIPANTS))) {
            assertEquals(4, files.count(), "three folders and the index");
        }
        String json = Files.readString(dir.resolve("out/cohort.json"), StandardCharsets.UTF_8);
        assertFalse(json.contains("Maria Lopez"), "the district outputs are anonymous by default");
    }

    @Test
    void theBytesDoNotDependOnTheThreads(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        DistrictResult one = new DistrictRun(options().threads(1).build()).run(in, dir.resolve("one"),
                RunListener.NONE);
        DistrictResult two = new DistrictRun(options().threads(3).build()).run(in, dir.resolve("two"),
                RunListener.NONE);
        for (int i = 0; i < DistrictRun.FILES.size(); i++) {
            assertArrayEquals(Files.readAllBytes(one.written().get(i)), Files.readAllBytes(two.written().get(i)),
                    DistrictRun.FILES.get(i));
        }
    }

    @Test
    void nothingIsWrittenWhenNothingCouldBeRead(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        DistrictResult r = new DistrictRun(options().build()).run(dir.resolve("missing.xlsx"), out,
                RunListener.NONE);
        assertTrue(r.district().isEmpty());
        assertTrue(r.written().isEmpty());
        assertTrue(r.errors() > 0, r.reading().result().problems().toString());
        assertFalse(r.complete());
        assertFalse(Files.exists(out));
    }

    @Test
    void strictStopsOnAnErrorBeforeWriting(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        Files.writeString(in.resolve("broken.yaml"), "participant:\n  id: broken\nconnections:\n  - name: x\n");
        Path out = dir.resolve("out");
        DistrictResult lenient = new DistrictRun(options().build()).run(in, out, RunListener.NONE);
        assertTrue(lenient.errors() > 0);
        assertEquals(5, lenient.written().size(), "the rows with errors are left out, the rest is written");
        DistrictResult strict = new DistrictRun(options().strict(true).build()).run(in, dir.resolve("strict"),
                RunListener.NONE);
        assertTrue(strict.district().isEmpty());
        assertFalse(Files.exists(dir.resolve("strict")));
    }

    @Test
    void existingOutputsAreRefusedBeforeAnythingIsWrittenUnlessOverwriting(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(DistrictRun.JSON), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> new DistrictRun(options().build()).run(in, out, RunListener.NONE));
        assertEquals(out.resolve(DistrictRun.JSON).toString(), e.getFile());
        assertFalse(Files.exists(out.resolve(DistrictRun.WORKBOOK)));
        assertEquals("mine", Files.readString(out.resolve(DistrictRun.JSON)));
        new DistrictRun(options().overwrite(true).build()).run(in, out, RunListener.NONE);
        assertTrue(Files.readString(out.resolve(DistrictRun.JSON)).startsWith("{"));
    }

    @Test
    void theOutputMustBeAFolder(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThrows(NotDirectoryException.class, () -> new DistrictRun(options().build()).run(in, file,
                RunListener.NONE));
    }

    @Test
    void anonymizedProblemsNameNoParticipantFile(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        Files.writeString(in.resolve("jo-smith.yaml"), "participant:\n  id: jo-smith\nconnections:\n  - name: x\n");
        DistrictRun run = new DistrictRun(options().anonymize(true).build());
        District d = run.analyse(in, run.read(in), RunListener.NONE);
        List<Problem> errors = d.problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).toString().contains("jo-smith.yaml"), errors.get(0).toString());
        for (String line : d.problemLines(errors)) {
            assertFalse(line.contains("jo-smith"), line);
            assertTrue(line.contains("(participant file "), line);
        }
        District named = new DistrictRun(options().build()).analyse(in, run.read(in), RunListener.NONE);
        assertEquals(errors.stream().map(Problem::toString).toList(), named.problemLines(errors));
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> options().anonymize(true).showNames(true).build());
        assertThrows(IllegalArgumentException.class, () -> options().threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> options().threads(DistrictOptions.MAX_THREADS + 1)
                .build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options().reportFormats(EnumSet.noneOf(ReportFormat.class)).build());
        assertEquals("at least one report format is needed", e.getMessage());
        DistrictOptions o = options().threads(3).build();
        assertEquals(o, o.toBuilder().build());
        assertEquals(3, o.toBuilder().strict(true).build().threads());
    }

    @Test
    void theMapIsDatedByTheDataNotByTheDayOfTheRun(@TempDir Path dir) throws Exception {
        Path in = cohort(dir);
        DistrictRun later = new DistrictRun(DistrictOptions.builder().today(LocalDate.of(2030, 1, 1)).build());
        District d = later.analyse(in, later.read(in), RunListener.NONE);
        assertEquals(d.cohort().latestAsOf().orElseThrow().toString(), later.mapOptions(d).build().asOf());
        DistrictRun fixed = new DistrictRun(options().build());
        assertEquals(AS_OF.toString(), fixed.mapOptions(fixed.analyse(in, d.cohort())).build().asOf());
    }

    @Test
    void theOverviewCountsRowsLeftOutApartFromErrors(@TempDir Path dir) throws Exception {
        // QA: "rows left out (errors): 8" counted errors; lakeside leaves 6 rows out, and its 2 linked_to errors keep
        // their rows
        Path out = dir.resolve("out");
        DistrictResult r = new DistrictRun(options().build()).run(Path.of("..", "samples", "lakeside-district.xlsx"),
                out, RunListener.NONE);
        assertEquals(8, r.errors());
        assertEquals(6, r.rowsLeftOut());
        assertEquals(6, r.district().orElseThrow().rowsLeftOut());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(out.resolve(DistrictRun.WORKBOOK)))) {
            java.util.Map<String, Double> figures = new java.util.HashMap<>();
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Overview")) {
                if (row.getCell(0) != null && row.getCell(1) != null
                        && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(6.0, figures.get("Input rows left out (see Input problems)"), figures.toString());
            assertEquals(8.0, figures.get("Input problems: errors"), figures.toString());
        }
    }

    @Test
    void theMapIsDatedAsTheOverviewSaysTheParticipantsWereAssessed(@TempDir Path dir) throws Exception {
        // QA: the map said "as of 2026-10-28" (the latest as_of) while a participant without one was assessed as of
        // the day of the run, as the Overview says: the map gives the range, and that day for those without one
        Path lakeside = Path.of("..", "samples", "lakeside-district.xlsx");
        LocalDate today = LocalDate.of(2026, 12, 3);
        DistrictRun run = new DistrictRun(DistrictOptions.builder().today(today).build());
        District d = run.analyse(lakeside, run.read(lakeside), RunListener.NONE);
        List<LocalDate> given = d.cohort().plns().stream().flatMap(p -> p.participant().asOf().stream()).sorted()
                .toList();
        assertTrue(given.size() < d.cohort().size(), "a participant of the sample has no as_of");
        assertEquals(given.get(0) + " to " + given.get(given.size() - 1) + " (" + today + " where none was given)",
                run.mapOptions(d).build().asOf());
        assertTrue(d.asOf().contains("(" + today + " where none was given)"), d.asOf());
        // with --as-of, both give that date
        DistrictRun fixed = new DistrictRun(options().build());
        District f = fixed.analyse(lakeside, fixed.read(lakeside), RunListener.NONE);
        assertEquals(AS_OF.toString(), fixed.mapOptions(f).build().asOf());
        assertEquals(AS_OF.toString(), f.asOf());
    }

    @Test
    void theMapTitleNamesTheInputWithoutItsExtension() {
        assertEquals("Who relies on what: lakeside-district",
                DistrictRun.mapTitle(Path.of("x/lakeside-district.xlsx")));
        assertEquals("Who relies on what: cohort", DistrictRun.mapTitle(Path.of("cohort")));
    }
}
