package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile}): what the readers do with it (accept it,
 * with or without warnings, or leave it out) and every problem they report, with its place. {@code @} in a
 * problem stands for the input's path. {@code docs/input-handling.md} tells the same story for people; a test
 * below keeps it naming every file.
 */
class HostileInputTest {
    static final Path CORPUS = HostileCorpusTest.CORPUS;
    private static final boolean ACCEPTED = true;
    private static final boolean REJECTED = false;

    /** What one input of the corpus gives. */
    record Case(String input, boolean usable, List<String> problems) {
        @Override
        public String toString() {
            return input;
        }
    }

    static Case input(String input, boolean usable, String... problems) {
        return new Case(input, usable, List.of(problems));
    }

    static List<Case> cases() {
        return List.of(
                input("participant/two-documents.yaml", REJECTED,
                        "@:9:1: error: the file holds a second YAML document (after a --- line); a participant file is one document: put the second one in its own file, or remove the --- line if it belongs to the first"),
                input("participant/control-byte.yaml", REJECTED,
                        "@:5:15: error: a control character (U+0001) that YAML does not allow is here; delete it (it is invisible in most editors)"),
                input("cohort/csv-semicolon", REJECTED,
                        "@/connections.csv:1: error: the columns are separated by semicolons (;), not by commas, so the column names are not found; save the file as \"CSV UTF-8 (Comma delimited)\" (or replace the separators with commas)"),
                input("cohort/csv-tab", REJECTED,
                        "@/connections.csv:1: error: the columns are separated by tabs, not by commas, so the column names are not found; save the file as \"CSV UTF-8 (Comma delimited)\" (or replace the separators with commas)"),
                input("cohort/csv-participants-only", REJECTED,
                        "@: error: this folder has participants.csv but no connections.csv; a CSV cohort needs connections.csv"),
                input("cohort/copy-of-connections-sheet.xlsx", ACCEPTED,
                        "@: warning: the sheet \"Connections (2)\" has the columns of Connections but is not read: only the sheets named Participants and Connections are; to include its rows, copy them into the sheet Connections (or delete the sheet if it is an old copy)",
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names"),
                input("cohort/strict-open-xml.xlsx", REJECTED,
                        "@: error: this workbook is saved as \"Strict Open XML Spreadsheet\", which cannot be read; open it in Excel and save it as a normal Excel Workbook (.xlsx)"),
                input("cohort/ods-renamed.xlsx", REJECTED,
                        "@: error: this is an OpenDocument spreadsheet (.ods) with an .xlsx name; open it in LibreOffice and save it as Excel 2007-365 (.xlsx)"),
                input("cohort/truncated.xlsx", REJECTED,
                        "@: error: the workbook is incomplete or damaged (cut off while it was copied or downloaded?); copy it again, or open it in Excel or LibreOffice and save it again as .xlsx"),
                input("cohort/missing-sheet-part.xlsx", REJECTED,
                        "@: error: the workbook is damaged: a sheet it lists is missing from inside the file; open it in Excel or LibreOffice (which may repair it) and save it again as .xlsx"),
                input("participant/alias-bomb.yaml", REJECTED,
                        "@: error: the file has 72 YAML aliases in all (the first 10 are listed); none is accepted",
                        "@:2:8: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:11: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:14: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:17: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:20: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:23: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:26: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:29: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:2:32: error: YAML aliases (*a) are not accepted in a participant file; write the value out",
                        "@:3:8: error: YAML aliases (*b) are not accepted in a participant file; write the value out"),
                input("participant/binary-value.yaml", REJECTED,
                        "@:2:7: error: a binary (!!binary) value is not accepted here; write the value as text"),
                input("participant/comments-only.yaml", REJECTED,
                        "@: error: the file is empty; it needs at least participant: with an id"),
                input("participant/crlf.yaml", REJECTED,
                        "@:7:12: error: value 9 is not between 1 and 5"),
                input("participant/dates-as-text.yaml", REJECTED,
                        "@:3:10: warning: as_of \"2026/11/28\" is read as 2026-11-28 (28 November 2026); write dates as YYYY-MM-DD",
                        "@:5:62: warning: last_contact \"20 Oct 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@:6:62: warning: last_contact \"October 20, 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@:7:62: warning: last_contact \"2026.10.20\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@:8:62: warning: last_contact \"20/10/2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@:9:62: warning: last_contact \"2026-10-20T14:30:00\" is read as 2026-10-20 (20 October 2026) (the time of day is not kept); write dates as YYYY-MM-DD",
                        "@:10:62: error: last_contact \"10/11/2026\" could be 10 November 2026 or 11 October 2026 (countries write day and month in different orders); write it as YYYY-MM-DD: 2026-11-10 or 2026-10-11",
                        "@:11:62: error: last_contact \"10/20/26\" has a two-digit year; write the date as YYYY-MM-DD (e.g. 2026-10-20)",
                        "@:12:62: error: last_contact \"31 Feb 2026\" is not a real date"),
                input("participant/deep-nesting.json", REJECTED,
                        "@: error: lists and mappings are nested more than 64 levels deep here; a participant file needs four"),
                input("participant/deep-nesting.yaml", REJECTED,
                        "@: error: lists and mappings are nested more than 64 levels deep here; a participant file needs four"),
                input("participant/document-marker-only.yaml", REJECTED,
                        "@: error: the file is empty; it needs at least participant: with an id"),
                input("participant/document.yaml", REJECTED,
                        "@: error: this is a PDF document, not a YAML or JSON participant file"),
                input("participant/duplicate-keys.json", REJECTED,
                        "@:1:33: error: key \"id\" is given twice (first at line 1); remove one"),
                input("participant/duplicate-keys.yaml", REJECTED,
                        "@:4:3: error: key \"name\" is given twice (first at line 3); remove one",
                        "@:8:5: error: key \"kind\" is given twice (first at line 7); remove one"),
                input("participant/emoji-and-right-to-left.yaml", ACCEPTED),
                input("participant/empty.json", REJECTED,
                        "@: error: the file is empty; it needs at least participant: with an id"),
                input("participant/empty.yaml", REJECTED,
                        "@: error: the file is empty; it needs at least participant: with an id"),
                input("participant/formula-like-values.yaml", ACCEPTED),
                input("participant/id-300-characters.yaml", ACCEPTED),
                input("participant/id-path-traversal.yaml", ACCEPTED),
                input("participant/id-windows-device.yaml", ACCEPTED),
                input("participant/numbers-as-text.yaml", REJECTED,
                        "@:6:55: error: value \"4,5\" is not a whole number from 1 to 5"),
                input("participant/picture.yaml", REJECTED,
                        "@: error: this is a PNG image, not a YAML or JSON participant file"),
                input("participant/tab-indent.yaml", REJECTED,
                        "@:2:1: error: a tab is used for indentation; YAML needs spaces"),
                input("participant/terminal-escape.yaml", REJECTED,
                        "@:5:11: warning: control characters were taken out of this value (they cannot be shown or written into a map or workbook): \"person\\u001B[2J\\u001B]0;owned\\u0007\"",
                        "@:5:11: error: kind \"person[2J]0;owned\" is not one of person, organization, resource",
                        "@:6:15: error: category \"mentors\\u202Esrotnem\" is not in the taxonomy; use one of local-colleagues, mentors, social-networks, online-communities, blogs-websites, professional-organizations, local-state-organizations, conferences-edcamps, webinars-podcasts, online-journals, tutorial-websites"),
                input("participant/trailing-comma.json", REJECTED,
                        "@:1:32: error: not valid JSON: a name in double quotes is missing here (a comma before } is not allowed)"),
                input("participant/unclosed-quote.json", REJECTED,
                        "@:1:55: error: not valid JSON: a quoted value runs to the end of the line (a \" is missing)"),
                input("participant/unclosed-quote.yaml", REJECTED,
                        "@:3:9: error: the quoted value that starts here is never closed (a \" or ' is missing)"),
                input("participant/utf16-with-bom.yaml", ACCEPTED),
                input("participant/utf8-bom.yaml", ACCEPTED),
                input("participant/windows-1252.yaml", ACCEPTED,
                        "@:3: warning: the file is not UTF-8 text; it was read as Windows-1252 (as older Windows editors save text), which gives \"name: María López\" on this line; if letters look wrong, fix them; save it as UTF-8"),
                input("participant/wrong-types.yaml", REJECTED,
                        "@:2:3: error: participant id is missing",
                        "@:2:7: error: id should be a single value, not a list",
                        "@:3:11: error: topics should be a list, not a mapping",
                        "@:6:11: error: kind \"3\" is not one of person, organization, resource",
                        "@:8:12: error: value \"five\" is not a whole number from 1 to 5",
                        "@:9:17: error: gives_back \"maybe\" is not yes or no (also y/n, true/false, 1/0)",
                        "@:10:5: error: a connection is a mapping with name, kind and category, not a value",
                        "@:11:8: error: links: is a list of { from: id, to: id }, not a mapping"),
                input("participant/yaml-in-a.json", REJECTED,
                        "@:1:1: error: not valid JSON; the file is named .json but looks like YAML: rename it to .yaml"),
                input("cohort/billion-laughs.xlsx", REJECTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@: error: the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and which can make a program read other files (an XXE attack); it is not read"),
                input("cohort/csv-bom-crlf-quoted-newlines", ACCEPTED,
                        "@/connections.csv:5 column value: error: value 7 is not between 1 and 5"),
                input("cohort/csv-dates-as-text", ACCEPTED,
                        "@/connections.csv:2 column last_contact: warning: last_contact \"20 Oct 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@/connections.csv:3 column last_contact: warning: last_contact \"October 20, 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@/connections.csv:4 column last_contact: warning: last_contact \"2026/10/20\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@/connections.csv:5 column last_contact: warning: last_contact \"20-Oct-2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@/connections.csv:6 column last_contact: warning: last_contact \"10/20/2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@/connections.csv:7 column last_contact: error: last_contact \"10/11/2026\" could be 10 November 2026 or 11 October 2026 (countries write day and month in different orders); write it as YYYY-MM-DD: 2026-11-10 or 2026-10-11",
                        "@/connections.csv:8 column last_contact: error: last_contact \"10/20/26\" has a two-digit year; write the date as YYYY-MM-DD (e.g. 2026-10-20)"),
                input("cohort/csv-emoji-and-right-to-left", ACCEPTED),
                input("cohort/csv-empty", REJECTED,
                        "@/connections.csv: error: the file is empty; its first line must name the columns"),
                input("cohort/csv-formula-like-values", ACCEPTED),
                input("cohort/csv-header-in-row-3", REJECTED,
                        "@/connections.csv:3: error: the column names are in row 3, but they must be in row 1: delete the 2 rows above them"),
                input("cohort/csv-hostile-ids", ACCEPTED,
                        "@/connections.csv:5 column connection_name: warning: control characters were taken out of this cell (they cannot be shown or written into a map or workbook): \"\\u001B[2J\\u001B]0;owned\\u0007\""),
                input("cohort/csv-numbers-as-text", ACCEPTED,
                        "@/connections.csv:5 column value: error: value \"4,5\" is not a whole number from 1 to 5",
                        "@/connections.csv:6 column value: error: value \"four\" is not a whole number from 1 to 5"),
                input("cohort/csv-spreadsheet-errors", ACCEPTED,
                        "@/connections.csv:2 column connection_name: error: this cell holds the spreadsheet error #N/A (a formula that failed); fix the formula or type the value",
                        "@/connections.csv:3 column value: error: this cell holds the spreadsheet error #DIV/0! (a formula that failed); fix the formula or type the value",
                        "@/connections.csv:4 column last_contact: error: this cell holds the spreadsheet error #VALUE! (a formula that failed); fix the formula or type the value"),
                input("cohort/csv-text.xlsx", REJECTED,
                        "@: error: this file is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not); if it is CSV, put it in a folder as connections.csv"),
                input("cohort/csv-that-is-a-picture", REJECTED,
                        "@/connections.csv: error: this is a PNG image, not CSV text"),
                input("cohort/csv-utf16", REJECTED,
                        "@/connections.csv: error: the file is UTF-16 text (\"Unicode Text\"); save it as CSV UTF-8"),
                input("cohort/csv-windows-1252", ACCEPTED,
                        "@/connections.csv:2: warning: the file is not UTF-8 text; it was read as Windows-1252 (Excel's \"CSV (Comma delimited)\"), which gives \"maria,José Núñez,person,mentors,,,,,,,,,,,\" on this line; if letters look wrong, fix them; save it as \"CSV UTF-8\""),
                input("cohort/dates-and-numbers-as-text.xlsx", ACCEPTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!N2: warning: last_contact \"20 Oct 2026\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@ Connections!N3: warning: last_contact \"2026/10/20\" is read as 2026-10-20 (20 October 2026); write dates as YYYY-MM-DD",
                        "@ Connections!I4: error: value \"4,5\" is not a whole number from 1 to 5",
                        "@ Connections!N4: error: last_contact \"10/11/2026\" could be 10 November 2026 or 11 October 2026 (countries write day and month in different orders); write it as YYYY-MM-DD: 2026-11-10 or 2026-10-11"),
                input("cohort/empty.xlsx", REJECTED,
                        "@: error: this file is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not); if it is CSV, put it in a folder as connections.csv"),
                input("cohort/error-cells.xlsx", ACCEPTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!B2: error: this cell holds the spreadsheet error #N/A (a formula that failed); fix the formula or type the value",
                        "@ Connections!I3: error: this cell holds the spreadsheet error #DIV/0! (a formula that failed); fix the formula or type the value"),
                input("cohort/formulas.xlsx", ACCEPTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!I3: error: this cell holds a formula without a saved result (the program that wrote the file did not calculate it); open the file in Excel or LibreOffice and save it, or type the value"),
                input("cohort/header-in-row-3.xlsx", REJECTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!3: error: the column names are in row 3, but they must be in row 1: delete the 2 rows above them"),
                input("cohort/hidden-sheet-rows-and-columns.xlsx", ACCEPTED,
                        "@: warning: the sheet Connections is hidden; it is read all the same",
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!E1: warning: column E is hidden; its values are read all the same",
                        "@ Connections!3: warning: this row is hidden (by hand or by a filter); hidden rows are read all the same"),
                input("cohort/long-cell.xlsx", ACCEPTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!B2: error: this cell holds more than 100,000 characters (150,000); at most 100,000 are accepted"),
                input("cohort/merged-cells.xlsx", ACCEPTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@ Connections!A2: warning: cells A2:A4 are merged: only A2 keeps its value and the others are read as empty; unmerge them and fill in each cell",
                        "@ Connections!A3: error: participant_id is missing; every connection belongs to a participant",
                        "@ Connections!A4: error: participant_id is missing; every connection belongs to a participant"),
                input("cohort/participant-folder-with-extras", ACCEPTED,
                        "@: warning: only participant files (.yaml, .yml, .json) are read in this folder; not notes.txt, photo.png",
                        "@/sam.yaml:3:57: error: value 9 is not between 1 and 5"),
                input("cohort/picture.xlsx", REJECTED,
                        "@: error: this file is not an .xlsx workbook (an .xlsx file is a zip archive, and this one is not); if it is CSV, put it in a folder as connections.csv"),
                input("cohort/two-connections-sheets.xlsx", ACCEPTED,
                        "@: warning: the workbook has another sheet named \"CONNECTIONS \"; only the first, \"Connections\", is read",
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names"),
                input("cohort/xxe-in-shared-strings.xlsx", REJECTED,
                        "@: error: the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and which can make a program read other files (an XXE attack); it is not read"),
                input("cohort/xxe-in-sheet.xlsx", REJECTED,
                        "@: warning: the workbook has no sheet named Participants; participants are taken from Connections, with their ids as names",
                        "@: error: the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and which can make a program read other files (an XXE attack); it is not read"),
                input("cohort/xxe-in-styles.xlsx", REJECTED,
                        "@: error: the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and which can make a program read other files (an XXE attack); it is not read"));
    }

    static Stream<Arguments> corpus() {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachInputGivesItsProblemsWithTheirPlaces(Case c) {
        Path path = CORPUS.resolve(c.input());
        String name = path.toString();
        List<Problem> problems;
        boolean usable;
        if (c.input().startsWith("participant/")) {
            ReadResult<?> r = new ParticipantFileReader().read(path);
            problems = r.problems();
            usable = r.value().isPresent();
        } else {
            CohortReading r = CohortReader.readDetailed(path, Taxonomy.defaults(), Limits.DEFAULT, false);
            problems = r.result().problems();
            usable = r.result().value().isPresent();
            for (RowCounts counts : r.counts()) {
                assertEquals(counts.read(), counts.accepted() + counts.rejected(), counts.toString());
            }
        }
        assertEquals(c.problems(), problems.stream().map(p -> p.toString().replace(name, "@")).toList());
        assertEquals(c.usable(), usable, "usable");
    }

    @Test
    void everyFileOfTheCorpusHasACaseAndIsInTheDocs() throws IOException {
        List<String> listed = cases().stream().map(Case::input).sorted().toList();
        List<String> files = new ArrayList<>();
        for (String kind : List.of("participant", "cohort")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(kind))) {
                s.forEach(p -> files.add(kind + "/" + p.getFileName()));
            }
        }
        assertEquals(files.stream().sorted().toList(), listed);
        String docs = Files.readString(Path.of("../docs/input-handling.md"));
        List<String> missing = listed.stream().filter(f -> !docs.contains(f)).toList();
        assertEquals(List.of(), missing, "docs/input-handling.md should name every file of the corpus");
    }
}
