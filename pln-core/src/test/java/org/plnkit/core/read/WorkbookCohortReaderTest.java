package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.core.read.Workbooks.row;
import static org.plnkit.core.read.Workbooks.rows;
import static org.plnkit.core.read.Workbooks.sheets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Workbooks.Formatted;

class WorkbookCohortReaderTest {
    private static final Object[] CONNECTIONS_HEADER = row("Participant ID", "Connection Name", "Kind", "Category",
            "Connection ID", "URL", "Met Via", "Frequency", "Value", "Gives Back", "Participation", "Wants More",
            "Topics", "Last Contact", "Linked To");
    /** 2026-10-20 as an Excel date serial. */
    private static final double OCT_20 = 46315;

    @TempDir
    Path dir;

    @Test
    void readsCellsOfEveryTypeAsTheContractMeansThem() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets(
                "Notes", rows(row("this sheet is not read")),
                "PARTICIPANTS", rows(
                        row("participant_id", "name", "as_of", "topics"),
                        row("maria", "Maria Lopez", LocalDate.of(2026, 11, 1), "coding; makerspaces"),
                        row(12345, "Staff Number Person", "2026-11-02", null)),
                "connections", rows(
                        CONNECTIONS_HEADER,
                        row("maria", "Jane Kim", "person", "Local Colleagues", 777, null, "school", "Weekly",
                                new Formatted(4, "0.0"), true, null, 0, "coding", LocalDate.of(2026, 10, 20), "AASL"),
                        row("maria", "AASL", "Organization", "professional-organizations", null,
                                "https://www.ala.org/aasl", null, "monthly", 5, "No", "lurker", false, null,
                                new Formatted(OCT_20, "d/m/yy"), null),
                        row("maria", "Quest", "resource", "online-journals", null, null, null, null, 3.0, 1, null,
                                "y", null, new Formatted(OCT_20, "mmm d, yyyy"), null),
                        row("", " ", null),
                        null,
                        row("12345", "Edutopia", "resource", "blogs-websites", null, null, null, null, null, null,
                                null, null, null, "2026-10-20", null),
                        row("12345", "Podcast", "resource", "webinars-podcasts", null, null, null, null, null, null,
                                null, null, null, new Formatted(OCT_20 + 0.75, "yyyy-mm-dd hh:mm"), null))));

        CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false);

        assertEquals(List.of(), problems(r.result()));
        assertEquals(Optional.of(CohortFormat.WORKBOOK), r.format());
        Cohort c = r.result().value().orElseThrow();
        Pln maria = c.pln("maria").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), maria.participant().asOf());
        LocalDate oct20 = LocalDate.of(2026, 10, 20);
        assertEquals(List.of(
                Connection.builder("777", "Jane Kim", Kind.PERSON, "local-colleagues").sharedId("777").metVia("school")
                        .frequency(Frequency.WEEKLY).value(4).givesBack(true).wantsMore(false)
                        .topics(List.of("coding")).lastContact(oct20).build(),
                Connection.builder("aasl", "AASL", Kind.ORGANIZATION, "professional-organizations")
                        .url("https://www.ala.org/aasl").frequency(Frequency.MONTHLY).value(5).givesBack(false)
                        .participation(org.plnkit.core.model.Participation.LURKER).wantsMore(false)
                        .lastContact(oct20).build(),
                Connection.builder("quest", "Quest", Kind.RESOURCE, "online-journals").value(3).givesBack(true)
                        .wantsMore(true).lastContact(oct20).build()), maria.connections());
        assertEquals(List.of(new Link("777", "aasl")), maria.links());
        // a number in an id column is its digits; a date-time cell counts by its date
        Pln staff = c.pln("12345").orElseThrow();
        assertEquals("Staff Number Person", staff.participant().name());
        assertEquals(List.of(Optional.of(oct20), Optional.of(oct20)),
                staff.connections().stream().map(Connection::lastContact).toList());
        String name = file.toString();
        assertEquals(List.of(
                new RowCounts(name, Optional.of("PARTICIPANTS"), 2, 2, 0, 0),
                new RowCounts(name, Optional.of("connections"), 5, 5, 0, 1)), r.counts());
    }

    @Test
    void reportsBadCellsWithTheirSheetAndCell() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets(
                "Participants", rows(row("participant_id", "name", "Favourite Colour"), row("maria", "Maria", "red"),
                        row("maria", "Maria twice")),
                "Connections", rows(
                        CONNECTIONS_HEADER,
                        row("maria", "Jane Kim", "person", "local-colleagues", null, null, null, null, 7),
                        row("maria", "Ann", "person", "mentors", null, null, null, null, null, "perhaps", null, null,
                                null, new Formatted(12, "0")),
                        row("maria", null, "person", "mentors"),
                        row("maria", "Blog", "resource", "blogs-websites", null, null, null, null, null, null, null,
                                null, null, null, "Jane Kim; Nobody"))));

        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);

        assertEquals(List.of(
                "cohort.xlsx Connections!I2: error: value 7 is not between 1 and 5",
                "cohort.xlsx Connections!J3: error: gives_back \"perhaps\" is not yes or no (also y/n, true/false, 1/0)",
                "cohort.xlsx Connections!N3: error: last_contact \"12\" is not a date written YYYY-MM-DD (e.g. 2026-10-20)",
                "cohort.xlsx Connections!B4: error: connection_name is missing; every connection needs a name",
                "cohort.xlsx Connections!O5: error: linked_to names \"Jane Kim\", which is not a connection of"
                        + " participant maria; its row was left out because of an error on it",
                "cohort.xlsx Connections!O5: error: linked_to names \"Nobody\", which is not a connection of"
                        + " participant maria",
                "cohort.xlsx Participants!C1: warning: unknown column \"Favourite Colour\" is ignored",
                "cohort.xlsx Participants!A3: error: participant \"maria\" is already on row 2; each participant has"
                        + " one row"), problems(r));
        assertEquals(List.of("blog"), r.value().orElseThrow().pln("maria").orElseThrow().connections().stream()
                .map(Connection::id).toList());
    }

    @Test
    void aParticipantRowLeftOutIsExplainedAndItsIdStillCatchesLookAlikes() throws IOException {
        // the same as the CSV form: the row with the impossible as_of is left out, and says what becomes of t10
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets(
                "Participants", rows(row("participant_id", "name", "as_of"), row("t10", "Tina Ortega", "2026-11-31"),
                        row("t11", "Tom Ng", "2026-11-01")),
                "Connections", rows(CONNECTIONS_HEADER, row("t10", "Jane", "person", "mentors"),
                        row("t1O", "Ann", "person", "mentors"))));
        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of(
                "cohort.xlsx Connections!A3: error: participant_id \"t1O\" is not in Participants, so this row is left"
                        + " out; did you mean \"t10\"?",
                "cohort.xlsx Participants!A2: warning: this row is left out because of the error on it, so participant"
                        + " t10 is read from their 1 connection row only: without the name, school, role, topics,"
                        + " organizer and as_of of this row (their id stands for their name); correct the row to keep"
                        + " them",
                "cohort.xlsx Participants!C2: error: as_of \"2026-11-31\" is not a real date",
                "cohort.xlsx Participants!A3: warning: participant t11 is listed here, but no connection row names"
                        + " them: their PLN is empty; add their connections, or remove this row"), problems(r));
        assertEquals(2, r.value().orElseThrow().size());
        assertEquals("t10", r.value().orElseThrow().pln("t10").orElseThrow().participant().displayName());
        assertTrue(r.value().orElseThrow().pln("t1O").isEmpty());
    }

    @Test
    void aParticipantRowLeftOutForAFormulaWithoutAResultStillListsItsId() throws IOException {
        // QA (district): a name typed as =HYPERLINK(...) by a script is a formula without a saved result; its row is
        // left out, and t02's connection rows said "t02 is not in Participants; did you mean t01?" and made t02 a
        // participant nobody listed
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets(
                "Participants", rows(row("participant_id", "name"), row("t01", "Ann Archer"),
                        row("t02", new Workbooks.Formula("HYPERLINK(\"http://example.org\",\"click\")"))),
                "Connections", rows(CONNECTIONS_HEADER, row("t01", "ISTE", "organization", "associations"),
                        row("t02", "ISTE", "organization", "associations"))));
        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of(
                "cohort.xlsx Participants!A3: warning: this row is left out because of the error on it, so participant"
                        + " t02 is read from their 1 connection row only: without the name, school, role, topics,"
                        + " organizer and as_of of this row (their id stands for their name); correct the row to keep"
                        + " them",
                "cohort.xlsx Participants!B3: error: this cell holds a formula without a saved result (the program"
                        + " that wrote the file did not calculate it); open the file in Excel or LibreOffice and save"
                        + " it, or type the value"), problems(r));
        assertEquals(2, r.value().orElseThrow().size());
    }

    @Test
    void aWorkbookWithoutParticipantsTakesThemFromConnections() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets("Connections", rows(CONNECTIONS_HEADER,
                row("sam", "Jane", "person", "mentors"))));
        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of("cohort.xlsx: warning: the workbook has no sheet named Participants; participants are"
                + " taken from Connections, with their ids as names"), problems(r));
        assertEquals("sam", r.value().orElseThrow().pln("sam").orElseThrow().participant().displayName());
    }

    @Test
    void aMissingConnectionsSheetOrHeaderMeansNoCohort() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets("Participants", rows(row("participant_id")),
                "Sheet2", rows(row("x"))));
        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("cohort.xlsx: error: the workbook has no sheet named Connections (its sheets:"
                + " Participants, Sheet2); a cohort workbook needs Participants and Connections"), problems(r));

        Path noHeader = Workbooks.write(dir.resolve("no-header.xlsx"), sheets("Connections",
                new Object[][] {null, CONNECTIONS_HEADER, row("sam", "Jane", "person", "mentors")}));
        ReadResult<Cohort> r2 = CohortReader.read(noHeader, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertTrue(r2.value().isEmpty());
        assertEquals(List.of("no-header.xlsx: warning: the workbook has no sheet named Participants; participants"
                + " are taken from Connections, with their ids as names",
                "no-header.xlsx Connections!2: error: the column names are in row 2, but they must be in row 1:"
                        + " delete the row above them"), problems(r2));
    }

    @Test
    void filesThatAreNotWorkbooksAreClearProblems() throws IOException {
        Path text = dir.resolve("text.xlsx");
        Files.writeString(text, "participant_id,connection_name\n");
        assertEquals(List.of("text.xlsx: error: this file is not an .xlsx workbook (an .xlsx file is a zip archive,"
                + " and this one is not); if it is CSV, put it in a folder as connections.csv"), problems(read(text)));

        Path ole = dir.resolve("old.xlsx");
        Files.write(ole, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0});
        assertEquals(List.of("old.xlsx: error: this workbook is in the old .xls format or protected by a password;"
                + " save it as an Excel Workbook (.xlsx) without a password"), problems(read(ole)));

        Path zip = dir.resolve("plain.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        List<String> p = problems(read(zip));
        assertEquals(1, p.size());
        // one plain sentence with what to do, not the library's text (#18)
        assertEquals("plain.xlsx: error: this is a zip archive but not an Excel workbook; give the .xlsx file itself"
                + " (save the data from Excel or LibreOffice as Excel Workbook (.xlsx))", p.get(0));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path good = Workbooks.write(dir.resolve("good.xlsx"), sheets("Connections", rows(CONNECTIONS_HEADER,
                row("sam", "Jane", "person", "mentors"))));
        // the same workbook with 8 MB of spaces in the sheet's XML: it deflates about 1000 to 1
        Path bomb = padSheets(good, dir.resolve("bomb.xlsx"), 8 << 20);
        ReadResult<Cohort> r = read(bomb);
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("bomb.xlsx: error: the workbook unpacks to far more than its size (a zip bomb?), so it"
                + " is not read"), problems(r).stream().filter(s -> s.contains("error")).toList());
    }

    @Test
    void aSheetThatUnpacksBeyondTheLimitIsRefused() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets("Connections", rows(CONNECTIONS_HEADER,
                row("sam", "Jane", "person", "mentors"))));
        Limits tiny = new Limits(100, 50, 64, 100_000, 1000, 100);
        assertEquals(List.of("cohort.xlsx: error: the workbook is " + Sizes.mb(Files.size(file)) + "; the limit is"
                + " 1 KB per file"), problems(CohortReader.read(file, Taxonomy.defaults(), tiny, false)));
        // 90 KB of spaces: below POI's grace size for the ratio check, above 16 times the file's size
        Path padded = padSheets(file, dir.resolve("padded.xlsx"), 90 * 1024);
        Limits small = new Limits(Files.size(padded), 50, 64, 100_000, 1000, 100);
        ReadResult<Cohort> r = CohortReader.read(padded, Taxonomy.defaults(), small, false);
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("padded.xlsx: error: the sheet Connections unpacks to more than "
                + Sizes.mb(small.maxUnpackedBytes()) + ", so it is not read; the limit is "
                + Sizes.mb(small.maxUnpackedBytes()) + " for one part of a workbook once unpacked"), problems(r).stream()
                .filter(s -> s.contains("error")).toList());
        assertEquals(Optional.of(Limit.UNPACKED_SIZE), Limit.of(r.problems().stream().filter(Problem::isError)
                .findFirst().orElseThrow()));
    }

    @Test
    void aCellLongerThanTheLimitLeavesItsRowOut() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets("Participants", rows(row("participant_id")),
                "Connections", rows(CONNECTIONS_HEADER, row("sam", "A name far too long to keep", "person", "mentors"),
                        row("sam", "Short", "person", "mentors"))));
        Limits tenChars = new Limits(64L << 20, 50, 64, 10, 1000, 100);
        CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), tenChars, false);
        assertEquals(List.of("cohort.xlsx Connections!B2: error: this cell holds 27 characters; at most 10 are accepted"),
                problems(r.result()));
        assertEquals(List.of("short"), r.result().value().orElseThrow().pln("sam").orElseThrow().connections().stream()
                .map(Connection::id).toList());
        assertEquals(new RowCounts(file.toString(), Optional.of("Connections"), 2, 1, 1, 0), r.counts().get(1));
    }

    @Test
    void tooManyRowsStopTheSheet() throws IOException {
        Path file = Workbooks.write(dir.resolve("cohort.xlsx"), sheets("Connections", rows(CONNECTIONS_HEADER,
                row("sam", "A", "person", "mentors"), row("sam", "B", "person", "mentors"),
                row("sam", "C", "person", "mentors"))));
        Limits twoRows = new Limits(64L << 20, 50, 64, 100_000, 2, 100);
        ReadResult<Cohort> r = CohortReader.read(file, Taxonomy.defaults(), twoRows, false);
        assertTrue(r.value().isEmpty());
        assertEquals(List.of("cohort.xlsx: warning: the workbook has no sheet named Participants; participants are"
                        + " taken from Connections, with their ids as names",
                "cohort.xlsx Connections!4: error: there are more than 2 rows in Connections, so it is not read; the"
                        + " limit is 2 rows per sheet or CSV file"),
                problems(r));
    }

    /** A copy of a workbook with spaces added to each sheet's XML, after the XML declaration. */
    private static Path padSheets(Path from, Path to, int spaces) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int end = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    out.write(" ".repeat(spaces).getBytes(StandardCharsets.US_ASCII));
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return to;
    }

    private ReadResult<Cohort> read(Path file) {
        return CohortReader.read(file, Taxonomy.defaults(), Limits.DEFAULT, false);
    }

    @Test
    void aSheetTheTeacherRenamedIsNamedWithTheNameItNeeds() throws IOException {
        // QA (#7): the organizer's sheets renamed in Excel ("My connections", "About me"): say which sheet to rename
        Path file = Workbooks.write(dir.resolve("organizer.xlsx"), sheets(
                "About me", rows(row("participant_id", "name"), row("sam", "Sam Teacher")),
                "My connections", rows(CONNECTIONS_HEADER, row("sam", "Jane Kim", "person", "mentors"))));
        CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of("organizer.xlsx: warning: the sheet \"About me\" has the columns of Participants but"
                        + " another name, so it is not read; rename it Participants",
                "organizer.xlsx: warning: the sheet \"My connections\" has the columns of Connections but another name,"
                        + " so it is not read; rename it Connections",
                "organizer.xlsx: error: the workbook has no sheet named Connections (its sheets: About me,"
                        + " My connections); a cohort workbook needs Participants and Connections"), problems(r.result()));
    }

    @Test
    void anOrganizerMadeForADistrictsCategoriesSaysWhichTaxonomyToGive() throws IOException {
        // QA (#7): a teacher checks a district's organizer without --taxonomy: say so once, beside each row's error
        Path file = Workbooks.write(dir.resolve("district-organizer.xlsx"), sheets(
                "Participants", rows(row("participant_id"), row("kim")),
                "Connections", rows(CONNECTIONS_HEADER, row("kim", "Coach Lee", "person", "Instructional coaches")),
                "Lists", rows(row("Categories", "MetVia"), row("Instructional coaches", "school"),
                        row("Mentors", "district"), row("Online spaces", null))));
        CohortReading r = CohortReader.readDetailed(file, Taxonomy.defaults(), Limits.DEFAULT, false);
        assertEquals(List.of("district-organizer.xlsx: warning: this PLN organizer was made for other categories than"
                        + " the ones in use (its Lists sheet has Instructional coaches, Online spaces): check it with the"
                        + " taxonomy file it was made with",
                "district-organizer.xlsx Connections!D2: error: category \"Instructional coaches\" is not in the"
                        + " taxonomy; use one of local-colleagues, mentors, social-networks, online-communities,"
                        + " blogs-websites, professional-organizations, local-state-organizations, conferences-edcamps,"
                        + " webinars-podcasts, online-journals, tutorial-websites",
                "district-organizer.xlsx Participants!A2: warning: participant kim is listed here, but every"
                        + " connection row of theirs was left out (see the errors there): their PLN is empty; correct"
                        + " those rows"), problems(r.result()));
        // the default organizer's own Lists sheet says nothing
        Path plain = Workbooks.write(dir.resolve("organizer.xlsx"), sheets(
                "Connections", rows(CONNECTIONS_HEADER, row("kim", "Jane", "person", "Mentors")),
                "Lists", rows(row("Categories"), row("Local colleagues"), row("Mentors"))));
        assertEquals(List.of("organizer.xlsx: warning: the workbook has no sheet named Participants; participants are"
                + " taken from Connections, with their ids as names"), problems(CohortReader.readDetailed(plain,
                Taxonomy.defaults(), Limits.DEFAULT, false).result()));
    }

    private List<String> problems(ReadResult<?> r) {
        return r.problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, "")).toList();
    }
}
