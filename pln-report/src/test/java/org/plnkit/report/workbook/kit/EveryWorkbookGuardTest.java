package org.plnkit.report.workbook.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.district.DistrictInput;
import org.plnkit.report.district.DistrictWorkbook;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.TemplateWriter;
import org.plnkit.report.workbook.AssessmentWorkbook;

/**
 * The defects of #12 and #18, one per writer, all held by the one guard of the toolkit: a 40,000-character school or
 * name in a district workbook, a district taxonomy's long labels in the organizer template, a date before 1900 in a
 * participant workbook, U+FFFE and U+FFFF anywhere.
 */
class EveryWorkbookGuardTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String LONG = "Lincoln ".repeat(5_000);   // 40,000 characters

    @Test
    void theDistrictWorkbookCutsLongTextInsteadOfFailing() throws Exception {
        Participant p = new Participant("p1", "Ana", Optional.of("Teacher\uFFFE"), Optional.of(LONG), List.of(),
                Optional.empty(), Optional.of(AS_OF));
        Participant q = new Participant("p2", "Ben\uFFFF", Optional.of("Teacher"), Optional.of(LONG), List.of(),
                Optional.empty(), Optional.of(AS_OF));
        Connection c = Connection.builder("x", LONG, Kind.ORGANIZATION, "professional-organizations")
                .url("https://example.org/" + "a".repeat(40_000)).frequency(Frequency.MONTHLY).build();
        Cohort cohort = new Cohort(List.of(new Pln(p, List.of(c), List.of()), new Pln(q, List.of(c), List.of())));
        CohortAnalysis a = CohortAnalyzer.analyze(cohort, CohortOptions.defaults());
        byte[] bytes = new DistrictWorkbook().bytes(a, CohortLabels.shown(a), DistrictInput.of("long.csv",
                "2026-11-01"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            String school = wb.getSheet("Participants").getRow(1).getCell(1).getStringCellValue();
            assertEquals(CellText.MAX, school.length());
            // the school's grouped name, as Coverage shows it: without the trailing space of "Lincoln Lincoln "
            assertTrue(school.endsWith("[cut: 39,999 characters; a cell holds 32,767]"), school.substring(32_700));
            assertEquals("Teacher", wb.getSheet("Participants").getRow(1).getCell(2).getStringCellValue());
            assertEquals("Ben", wb.getSheet("Participants").getRow(2).getCell(0).getStringCellValue());
            String shared = wb.getSheet("Shared resources").getRow(1).getCell(1).getStringCellValue();
            assertEquals(CellText.MAX, shared.length());
            assertAllCellsFit(wb);
        }
    }

    @Test
    void theTemplateTakesADistrictTaxonomysLongLabels() throws Exception {
        List<Category> cats = new ArrayList<>(Taxonomy.defaults().categories());
        Category first = cats.get(0);
        cats.set(0, new Category(first.id(), "Colleagues " + "x".repeat(40_000), first.typicalKinds(), first.local(),
                "d".repeat(40_000), first.examples()));
        byte[] bytes = new TemplateWriter(TemplateOptions.defaults().withTaxonomy(new Taxonomy(cats))).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertAllCellsFit(wb);
            assertTrue(wb.getSheet("Lists").getRow(1).getCell(0).getStringCellValue().contains("[cut: "));
        }
    }

    @Test
    void aDateBefore1900IsWrittenAsTextNotAsANegativeSerial() throws Exception {
        Participant p = new Participant("old", "Old Timer", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(AS_OF));
        Pln pln = new Pln(p, List.of(Connection.builder("a", "Archive", Kind.RESOURCE, "blogs-websites")
                .frequency(Frequency.YEARLY).lastContact(LocalDate.of(1850, 5, 1)).build()), List.of());
        ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.defaults(), false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new AssessmentWorkbook(r.taxonomy())
                .bytes(r.pln(), r.assessment(), Optional.empty())))) {
            boolean found = false;
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertTrue(c.getNumericCellValue() >= 0, s.getSheetName() + "!" + c.getAddress());
                        } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("1850-05-01")) {
                            found = true;
                        }
                    }
                }
            }
            assertTrue(found, "the date is there, as text");
        }
    }

    private static void assertAllCellsFit(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        String v = c.getStringCellValue();
                        assertTrue(v.length() <= CellText.MAX, s.getSheetName() + "!" + c.getAddress());
                        assertEquals(v, CellText.clean(v));
                    }
                }
            }
        }
    }
}
