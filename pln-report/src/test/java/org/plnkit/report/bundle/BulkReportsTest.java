package org.plnkit.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class BulkReportsTest {
    private static Pln pln(String id) {
        return new Pln(new Participant(id, "Name of " + id, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1))), List.of(), List.of());
    }

    private static Cohort cohort(String... ids) {
        return new Cohort(java.util.Arrays.stream(ids).map(BulkReportsTest::pln).toList());
    }

    @Test
    void foldersThatWouldClashWhereCaseIsIgnoredGetANumber() {
        assertEquals(List.of("maria", "Maria-3", "ana", "maria-2"),
                BulkReports.folderNames(cohort("maria", "Maria", "ana", "maria-2"), false));
    }

    @Test
    void anonymousFoldersAreHashesAndDistinct() {
        List<String> names = BulkReports.folderNames(cohort("maria", "Maria", "ana"), true);
        assertEquals(3, names.size());
        for (String n : names) {
            assertTrue(n.matches("anonymous-[0-9a-f]{8}"), n);
        }
        assertEquals(3, new HashSet<>(names).size());
    }

    @Test
    void folderNamesAreSafeAndDistinctForAnyIds() {
        Gen<String> id = SourceDSL.strings().allPossible().ofLengthBetween(1, 12)
                .mix(SourceDSL.integers().between(0, 5).map(i -> List.of("Ana", "ana", "ANA", "ana-2", "CON",
                        "../x").get(i)), 40);
        qt().withFixedSeed(31L).withExamples(400).forAll(SourceDSL.lists().of(id).ofSizeBetween(1, 30))
                .checkAssert(list -> {
                    List<String> ids = list.stream().distinct().toList();   // a cohort's ids are distinct
                    for (boolean anonymize : new boolean[] {false, true}) {
                        List<String> names = BulkReports.folderNames(cohort(ids.toArray(String[]::new)), anonymize);
                        assertEquals(ids.size(), names.size());
                        Set<String> folded = new HashSet<>();
                        for (String n : names) {
                            assertTrue(n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,70}"), n);
                            assertTrue(folded.add(n.toLowerCase(Locale.ROOT)), "clash: " + names);
                        }
                        // the same input, the same names
                        assertEquals(names, BulkReports.folderNames(cohort(ids.toArray(String[]::new)), anonymize));
                    }
                });
    }

    @Test
    void writesReportsAndTheIndexThroughTheLibrary(@TempDir Path dir) throws Exception {
        Connection iste = Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                .build();
        Pln withOne = pln("ana").withConnections(List.of(iste));
        Cohort c = new Cohort(List.of(withOne, pln("ben")));
        List<String> told = new java.util.ArrayList<>();
        BulkReports.Summary s = new BulkReports(BulkReports.Options.defaults().withThreads(2)
                .withFormats(Set.of(ReportFormat.JSON, ReportFormat.MD)))
                .write(c, p -> AssessmentOptions.defaults(), dir, (o, done, total) -> told.add(done + "/" + total));
        assertEquals(1, s.written());
        assertEquals(1, s.skipped().size());
        assertEquals("ben", s.skipped().get(0).id());
        assertEquals(List.of("1/2", "2/2"), told);
        assertTrue(Files.exists(dir.resolve("ana/assessment.json")));
        assertTrue(Files.exists(dir.resolve("ana/reflection.md")));
        assertEquals(List.of("participant,folder,status,reason", "ana,ana,written,",
                "ben,ben,skipped,no connections to report on"), Files.readAllLines(dir.resolve(BulkReports.INDEX)));
    }

    /** QA (embedder): a report that exists is not replaced, said without the command line's "(use --force)". */
    @Test
    void aReportThatExistsIsAFailureSaidWithoutAnOption(@TempDir Path dir) throws Exception {
        Connection iste = Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                .build();
        Cohort c = new Cohort(List.of(pln("ana").withConnections(List.of(iste))));
        Files.createDirectories(dir.resolve("ana"));
        Files.writeString(dir.resolve("ana/assessment.json"), "{}");
        BulkReports.Summary s = new BulkReports(BulkReports.Options.defaults().withThreads(1)
                .withFormats(Set.of(ReportFormat.JSON)))
                .write(c, p -> AssessmentOptions.defaults(), dir, (o, done, total) -> { });
        assertEquals(1, s.failed().size());
        assertEquals(dir.resolve("ana/assessment.json") + " already exists and is not replaced",
                s.reason(s.failed().get(0)));
    }

    @Test
    void noFormatIsRefusedWithItsOwnMessage() {
        // EnumSet.copyOf threw "Collection is empty" before this message could be given
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BulkReports.Options.defaults().withFormats(Set.of()));
        assertEquals("at least one format is needed", e.getMessage());
        assertEquals(Set.of(ReportFormat.MD), BulkReports.Options.defaults().withFormats(Set.of(ReportFormat.MD))
                .formats());
    }

    @Test
    void theListRuleIsTheCohortRule() {
        Cohort c = cohort("Maria", "maria", "ana");
        assertEquals(BulkReports.folderNames(c, false), BulkReports.folderNames(c.plns(), false));
        assertEquals(List.of("Maria", "maria-2", "ana"), BulkReports.folderNames(c.plns(), false));
    }
}
