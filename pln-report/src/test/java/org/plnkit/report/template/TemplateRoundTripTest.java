package org.plnkit.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/**
 * PENDING: needs org.plnkit.core.read.CohortReader, which is written on another branch. After merging, move this
 * file to src/test/java/org/plnkit/report/template/ (it uses PersonFills from there); adjust the one call below
 * if CohortReader.read is an instance method.
 *
 * <p>The round trip of issue 7: the template, filled in as a person would (drop-down labels, Excel date cells,
 * Yes/No), reads with the project's own cohort reader without a problem and gives the PLN the person meant.
 */
class TemplateRoundTripTest {
    private static ReadResult<Cohort> read(Path file, Taxonomy taxonomy) {
        return CohortReader.read(file, taxonomy, Limits.DEFAULT, false);
    }

    @Test
    void aFilledTemplateReadsCleanlyAsThePlnThePersonMeant(@TempDir Path dir) throws Exception {
        Taxonomy tax = Taxonomy.defaults();
        Path filled = dir.resolve("filled.xlsx");
        List<String> ids = PersonFills.fill(new TemplateWriter(TemplateOptions.defaults()).bytes(), filled, false,
                label -> tax.resolve(label).map(Category::id).orElseThrow());
        ReadResult<Cohort> r = read(filled, tax);
        assertEquals(List.of(), r.problems());
        Cohort cohort = r.value().orElseThrow();
        assertEquals(1, cohort.size());
        assertEquals(PersonFills.expected(ids), cohort.plns().get(0));
    }

    @Test
    void theExampleRowsLeftInPlaceAreSkippedWithANoteNeverReadAsData(@TempDir Path dir) throws Exception {
        // #16: the grey example row showed up as a school on the map and charts
        Taxonomy tax = Taxonomy.defaults();
        Path filled = dir.resolve("with-examples.xlsx");
        List<String> ids = PersonFills.fill(new TemplateWriter(TemplateOptions.defaults()).bytes(), filled, true,
                label -> tax.resolve(label).map(Category::id).orElseThrow());
        ReadResult<Cohort> r = read(filled, tax);
        assertEquals(List.of(
                        "with-examples.xlsx Connections!2: warning: the organizer template's example rows (participant"
                                + " example-teacher, in grey italics) are skipped, not read as data: rows 2, 3; delete"
                                + " them when you like",
                        "with-examples.xlsx Participants!2: warning: the organizer template's example rows (participant"
                                + " example-teacher, in grey italics) are skipped, not read as data: row 2; delete them"
                                + " when you like"),
                r.problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, "")).toList());
        Cohort cohort = r.value().orElseThrow();
        assertEquals(1, cohort.size());
        assertTrue(cohort.pln(TemplateWriter.EXAMPLE_PARTICIPANT).isEmpty());
        assertEquals(PersonFills.expected(ids), cohort.pln("maria-lopez").orElseThrow());
    }

    @Test
    void anExampleRowOverwrittenByTheOrganizerIsData(@TempDir Path dir) throws Exception {
        // the id kept, the name overwritten: the organizer made it their own row
        Taxonomy tax = Taxonomy.defaults();
        Path filled = dir.resolve("kept-id.xlsx");
        byte[] template = new TemplateWriter(TemplateOptions.defaults()).bytes();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            wb.getSheet("Participants").getRow(1).getCell(1).setCellValue("Dana Whitfield");
            try (var out = java.nio.file.Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        ReadResult<Cohort> r = read(filled, tax);
        assertEquals(List.of(), r.problems());
        Pln example = r.value().orElseThrow().pln(TemplateWriter.EXAMPLE_PARTICIPANT).orElseThrow();
        assertEquals("Dana Whitfield", example.participant().name());
        assertEquals(2, example.connections().size());
        assertEquals(1, example.links().size(), "the example's linked_to names the other example connection");
    }

    @Test
    void aDistrictTaxonomyRoundTripsThroughItsOwnLabels(@TempDir Path dir) throws Exception {
        Taxonomy district = new Taxonomy(List.of(
                new Category("coaches", "Coaches & mentors", Set.of(Kind.PERSON), true, "People who coach you.", List.of()),
                new Category("groups", "Groups", Set.of(Kind.ORGANIZATION), false, "", List.of()),
                new Category("feeds", "Feeds", Set.of(Kind.RESOURCE), false, "", List.of())));
        Path filled = dir.resolve("district.xlsx");
        List<String> ids = PersonFills.fill(new TemplateWriter(TemplateOptions.defaults().withTaxonomy(district)).bytes(),
                filled, false, label -> district.resolve(label).map(Category::id).orElseThrow());
        ReadResult<Cohort> r = read(filled, district);
        assertEquals(List.of(), r.problems());
        assertTrue(r.value().isPresent());
        assertEquals(PersonFills.expected(ids), r.value().get().plns().get(0));
    }
}
