package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;

/**
 * Golden district workbooks, compared sheet by sheet as the text of every cell (not as zip bytes): the sample cohort
 * (with its typos) and a generated cohort of 500. Regenerate on purpose with {@code -Dgolden.update=true} and review
 * the diff.
 */
class DistrictGoldenTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final Path DIR = Path.of("src/test/resources/golden/district");

    @Test
    void theSampleCohortsWorkbook() throws IOException {
        CohortReading r = CohortReader.readDetailed(Path.of("../samples/lakeside-district.xlsx"), Taxonomy.defaults(),
                Limits.DEFAULT, false);
        Cohort c = r.result().value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF));
        CohortLabels labels = CohortLabels.anonymous(a);
        byte[] bytes = new DistrictWorkbook().bytes(a, labels, new DistrictInput("lakeside-district.xlsx",
                "2026-11-01", r.result().problems(), r.counts(), ProblemRedactor.of(c, labels)));
        check("lakeside-district.txt", dump(bytes, DistrictWorkbook.SHEETS));
    }

    @Test
    void aGeneratedCohortOf500() throws IOException {
        Cohort c = generated(500, 20261202L);
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF).withThreads(2));
        byte[] bytes = new DistrictWorkbook().bytes(a, CohortLabels.anonymous(a), DistrictInput.of("generated-500",
                "2026-11-01"));
        // the sheets a coordinator reads; the per-participant sheets are 500 rows each and covered above
        check("generated-500.txt", dump(bytes, List.of("Overview", "Needs support", "What to promote", "Coverage",
                "Keystones", "Communities")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(501, wb.getSheet("Participants").getLastRowNum() + 1);
            assertTrue(wb.getSheet("Coverage").getLastRowNum() < 3 * 40, "one row per group, not per category");
        }
    }

    /** Every non-empty cell of the sheets, as a spreadsheet shows it, row by row. */
    static String dump(byte[] xlsx, List<String> sheets) throws IOException {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (String name : sheets) {
                Sheet s = wb.getSheet(name);
                b.append("== ").append(name).append('\n');
                for (Row row : s) {
                    List<String> cells = new ArrayList<>();
                    int last = row.getLastCellNum();
                    for (int i = 0; i < last; i++) {
                        Cell c = row.getCell(i);
                        cells.add(c == null ? "" : f.formatCellValue(c).replace("\n", "\\n"));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (!cells.isEmpty()) {
                        b.append(row.getRowNum() + 1).append(": ").append(String.join(" | ", cells)).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file
                + " (if the change is intended, regenerate with -Dgolden.update=true)");
    }

    private static final String[] SCHOOLS = {"Adams Elementary", "Baker Middle School", "Cedar High School",
            "Dunbar K-8", "Elm Street Elementary", "Franklin Middle", "Garfield High", "Hayes Elementary"};
    private static final String[] ROLES = {"Classroom teacher", "Teacher librarian", "Tech coach", "Administrator"};

    /**
     * A seeded cohort: schools of different sizes, common resources most name (in varied case), resources valued by
     * few, school colleagues, and a few participants who share nothing.
     */
    static Cohort generated(int n, long seed) {
        Random rnd = new Random(seed);
        List<String> cats = Taxonomy.defaults().ids();
        Frequency[] freq = Frequency.values();
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String school = SCHOOLS[Math.min(SCHOOLS.length - 1, (int) Math.floor(Math.abs(rnd.nextGaussian()) * 3))];
            String id = String.format(Locale.ROOT, "t%03d", i + 1);
            Participant p = new Participant(id, "Teacher " + (i + 1), Optional.of(ROLES[rnd.nextInt(ROLES.length)]),
                    Optional.of(school), List.of("coding", "reading").subList(0,
                    rnd.nextInt(3)), Optional.empty(), Optional.of(AS_OF));
            List<Connection> cs = new ArrayList<>();
            boolean loner = i % 97 == 13;
            int k = loner ? 3 : 6 + rnd.nextInt(10);
            for (int x = 0; x < k; x++) {
                String cat = cats.get(rnd.nextInt(cats.size()));
                Connection.Builder b;
                if (loner) {
                    b = Connection.builder("own" + x, "Own resource " + id + "-" + x, Kind.RESOURCE, cat);
                } else if (rnd.nextInt(4) == 0) {
                    int r = rnd.nextInt(60);
                    String name = "Resource " + r;
                    b = Connection.builder("r" + x, rnd.nextInt(3) == 0 ? name.toLowerCase(Locale.ROOT) : name,
                            Kind.RESOURCE, cats.get(r % cats.size()));
                } else if (rnd.nextInt(3) == 0) {
                    int o = (int) Math.floor(Math.abs(rnd.nextGaussian()) * 6);
                    b = Connection.builder("o" + x, "Organization " + o, Kind.ORGANIZATION, cats.get((o * 3)
                            % cats.size()));
                } else {
                    b = Connection.builder("p" + x, "Colleague " + school.charAt(0) + rnd.nextInt(20), Kind.PERSON,
                            "local-colleagues").sharedId(school.charAt(0) + "-" + rnd.nextInt(20) + "@district.org");
                }
                b.frequency(freq[rnd.nextInt(freq.length)]).value(1 + rnd.nextInt(5)).givesBack(rnd.nextInt(3) == 0);
                cs.add(b.build());
            }
            plns.add(new Pln(p, cs, List.of()));
        }
        return new Cohort(plns);
    }
}
