package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;

/** What the accepted hostile inputs become in the model: values kept as written, never run or rewritten. */
class HostileValuesTest {
    private static final Path CORPUS = HostileCorpusTest.CORPUS;

    @Test
    void formulaLikeValuesAreKeptAsTextTrimmedOfSurroundingSpace() {
        List<String> expected = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1 555 0100", "-Jane",
                "@tlchat", "=2+2", "=3+3");
        Pln yaml = participant("formula-like-values.yaml");
        assertEquals(expected, yaml.connections().stream().map(Connection::name).toList());
        assertEquals(List.of("=1+1", "@handle"), yaml.participant().topics());
        assertEquals(Optional.of("+conference"), yaml.connections().get(0).metVia());
        assertEquals(List.of("=cmd|' /C calc'!A0"), yaml.connections().get(3).topics());

        Pln csv = cohort("csv-formula-like-values").pln("maria").orElseThrow();
        assertEquals(expected, csv.connections().stream().map(Connection::name).toList());
        assertEquals(Optional.of("-school"), csv.connections().get(1).metVia());
        assertEquals(List.of("=cmd|' /C calc'!A0"), csv.connections().get(3).topics());

        // in a workbook a real formula gives its saved result; text that looks like one stays text
        Pln xlsx = cohort("formulas.xlsx").pln("maria").orElseThrow();
        assertEquals(List.of("Joe", "=HYPERLINK(\"http://evil.example\",\"click\")"),
                xlsx.connections().stream().map(Connection::name).toList());
        assertEquals(Optional.of(4), xlsx.connections().get(0).value());
    }

    @Test
    void emojiAndRightToLeftNamesAreKeptAndTheirSlugsKeepLettersOfEveryScript() {
        Pln yaml = participant("emoji-and-right-to-left.yaml");
        assertEquals("María 👩🏽‍🏫 López", yaml.participant().name());
        assertEquals(List.of("owl-club", "مكتبة-المدرسة", "שרה-כהן", "connection-4"),
                yaml.connections().stream().map(Connection::id).toList());
        assertEquals(List.of("🦉 Owl Club 📚", "مكتبة المدرسة", "שרה כהן", "👩‍👩‍👧‍👦"),
                yaml.connections().stream().map(Connection::name).toList());
        assertEquals(List.of(new Link("owl-club", "مكتبة-المدرسة")), yaml.links());

        Pln csv = cohort("csv-emoji-and-right-to-left").pln("maria").orElseThrow();
        assertEquals("María 👩🏽‍🏫 López", csv.participant().name());
        assertEquals(yaml.connections().subList(0, 3).stream().map(Connection::name).toList(),
                csv.connections().stream().map(Connection::name).toList());
        assertEquals(List.of(new Link("owl-club", "مكتبة-المدرسة")), csv.links());
    }

    @Test
    void idsThatWouldBeDangerousAsFileNamesAreOrdinaryIdsInTheModel() {
        assertEquals("../../etc/passwd", participant("id-path-traversal.yaml").participant().id());
        assertEquals("CON", participant("id-windows-device.yaml").participant().id());
        assertEquals("p".repeat(150) + "q".repeat(150), participant("id-300-characters.yaml").participant().id());
        Cohort c = cohort("csv-hostile-ids");
        assertEquals(List.of("../../etc/passwd", "CON", "x".repeat(300), "maria"),
                c.plns().stream().map(p -> p.participant().id()).toList());
        // a name with terminal escapes keeps its letters; the control characters are taken out, with a warning
        assertEquals("[2J]0;owned", c.pln("maria").orElseThrow().connections().get(0).name());
    }

    @Test
    void datesAsTextAreReadWhenTheyCanMeanOnlyOneDay() {
        ReadResult<Cohort> r = CohortReader.read(CORPUS.resolve("cohort/csv-dates-as-text"));
        LocalDate oct20 = LocalDate.of(2026, 10, 20);
        assertEquals(List.of(oct20, oct20, oct20, oct20, oct20), r.value().orElseThrow().pln("maria").orElseThrow()
                .connections().stream().map(c -> c.lastContact().orElseThrow()).toList());
        assertEquals(5, r.warningCount());
        assertEquals(2, r.errorCount());
    }

    @Test
    void numbersWrittenAsTextMeanTheirNumbers() {
        Pln csv = cohort("csv-numbers-as-text").pln("maria").orElseThrow();
        assertEquals(List.of(Optional.of(4), Optional.of(5), Optional.of(4)),
                csv.connections().stream().map(Connection::value).toList());
        assertEquals(List.of(Optional.of(true), Optional.of(true), Optional.empty()),
                csv.connections().stream().map(Connection::givesBack).toList());
        assertEquals(List.of(Optional.of(false), Optional.of(false), Optional.empty()),
                csv.connections().stream().map(Connection::wantsMore).toList());
    }

    @Test
    void encodingsThatAreReadGiveTheSameText() {
        for (String f : List.of("utf8-bom.yaml", "utf16-with-bom.yaml", "windows-1252.yaml")) {
            assertEquals("María López", participant(f).participant().name(), f);
        }
        assertEquals(List.of("José Núñez", "Café “Literario”"), cohort("csv-windows-1252").pln("maria").orElseThrow()
                .connections().stream().map(Connection::name).toList());
        // a line break inside quotes stays in the value; the rows after it keep their own line numbers
        ReadResult<Cohort> r = CohortReader.read(CORPUS.resolve("cohort/csv-bom-crlf-quoted-newlines"));
        Pln maria = r.value().orElseThrow().pln("maria").orElseThrow();
        assertTrue(maria.connections().get(0).name().matches("Jane\\r?\\nKim"), maria.connections().get(0).name());
        assertEquals(List.of("coding", "makerspaces"), maria.connections().get(0).topics());
        assertEquals(5, r.problems().get(0).place().line());
    }

    @Test
    void noProblemMessageCarriesAControlOrBidiCharacter() {
        for (String f : List.of("participant/terminal-escape.yaml", "cohort/csv-hostile-ids")) {
            List<Problem> problems = f.startsWith("participant/")
                    ? new ParticipantFileReader().read(CORPUS.resolve(f)).problems()
                    : CohortReader.read(CORPUS.resolve(f)).problems();
            for (Problem p : problems) {
                String s = p.toString();
                assertFalse(s.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F || ch >= 0x202A && ch <= 0x202E), s);
            }
        }
    }

    private static Pln participant(String file) {
        ReadResult<Pln> r = new ParticipantFileReader().read(CORPUS.resolve("participant").resolve(file));
        return r.value().orElseThrow(() -> new AssertionError(r.problems()));
    }

    private static Cohort cohort(String input) {
        ReadResult<Cohort> r = CohortReader.read(CORPUS.resolve("cohort").resolve(input), Taxonomy.defaults(),
                Limits.DEFAULT, false);
        return r.value().orElseThrow(() -> new AssertionError(r.problems()));
    }
}
