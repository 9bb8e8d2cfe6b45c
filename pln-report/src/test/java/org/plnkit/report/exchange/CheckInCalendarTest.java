package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import biweekly.util.Recurrence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;

/**
 * The calendar and the workbook's Check-ins sheet give the same dates: for every sample participant (the participant
 * files and the sample cohort's thirty), each event starts on the workbook's "Next due" (or on its "As of" when that
 * is past or unknown) and repeats every "Every (days)".
 */
class CheckInCalendarTest {
    private static List<Pln> samples() throws IOException {
        List<Pln> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("..", "samples"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            out.add(new ParticipantFileReader().read(f).value().orElseThrow());
        }
        out.addAll(CohortReader.read(Path.of("..", "samples", "lakeside-district.xlsx")).value().orElseThrow().plns());
        return out;
    }

    /** The participant's as_of; the sample cohort's rows without one are read as of the samples' date. */
    private static LocalDate asOf(Pln pln) {
        return pln.participant().asOf().orElse(LocalDate.of(2026, 11, 1));
    }

    /** One row of the Check-ins sheet. */
    private record Due(String name, Optional<LocalDate> lastContact, Optional<Integer> every,
                       Optional<LocalDate> next) {
    }

    private static Optional<LocalDate> date(Cell c) {
        return c == null || c.getCellType() != CellType.NUMERIC ? Optional.empty()
                : Optional.of(c.getLocalDateTimeCellValue().toLocalDate());
    }

    @Test
    void everyEventStartsOnTheWorkbooksNextDueAndRepeatsAtItsInterval() throws Exception {
        int events = 0;
        for (Pln pln : samples()) {
            ParticipantReport r = ParticipantReport.of(pln, AssessmentOptions.defaults().withAsOf(asOf(pln)), false);
            byte[] xlsx = ReportBundle.render(r, EnumSet.of(ReportFormat.XLSX)).get(0).bytes();
            LocalDate asOf;
            List<Due> dues = new ArrayList<>();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet s = wb.getSheet("Check-ins");
                asOf = date(s.getRow(1).getCell(1)).orElseThrow();
                for (int i = 4; i <= s.getLastRowNum(); i++) {
                    Row row = s.getRow(i);
                    Cell every = row.getCell(3);
                    dues.add(new Due(row.getCell(0).getStringCellValue(), date(row.getCell(4)),
                            every == null || every.getCellType() != CellType.NUMERIC ? Optional.empty()
                                    : Optional.of((int) every.getNumericCellValue()), date(row.getCell(5))));
                }
            }
            StringWriter w = new StringWriter();
            new CheckInCalendar(Taxonomy.defaults()).write(pln, asOf, w);
            ICalendar cal;
            try (ICalReader reader = new ICalReader(w.toString())) {
                cal = reader.readNext();
            }
            List<Connection> scheduled = CheckInCalendar.scheduled(pln);
            assertEquals(scheduled.size(), cal.getEvents().size());
            for (int i = 0; i < scheduled.size(); i++) {
                Connection c = scheduled.get(i);
                VEvent e = cal.getEvents().get(i);
                String where = pln.participant().id() + "/" + c.id();
                Due due = dues.stream().filter(d -> d.name().equals(c.name()) && d.lastContact().equals(c.lastContact()))
                        .findFirst().orElseThrow(() -> new AssertionError(where + " is not on the Check-ins sheet"));
                LocalDate start = e.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
                LocalDate expected = due.next().filter(d -> !d.isBefore(asOf)).orElse(asOf);
                assertEquals(expected, start, where + ": the workbook says next due " + due.next() + " as of " + asOf);
                Recurrence rule = e.getRecurrenceRule().getValue();
                // days and weeks only: months and years are not the contract's 30, 91 and 365 days
                assertTrue(List.of(biweekly.util.Frequency.DAILY, biweekly.util.Frequency.WEEKLY)
                        .contains(rule.getFrequency()), where + ": " + rule.getFrequency());
                int days = rule.getFrequency() == biweekly.util.Frequency.WEEKLY ? 7 : 1;
                assertEquals(due.every().orElseThrow(), days * (rule.getInterval() == null ? 1 : rule.getInterval()),
                        where + ": " + rule);
                events++;
            }
        }
        assertFalse(events < 100, "the samples have " + events + " check-ins");
    }

    @Test
    void aMonthlyCheckInFromThe31stIsNeverSkipped() throws IOException {
        Pln pln = new Pln(new Participant("p", "P", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 1))), List.of(Connection.builder("a", "A", org.plnkit.core.model.Kind
                .PERSON, "mentors").frequency(Frequency.MONTHLY).lastContact(LocalDate.of(2026, 12, 31)).build()),
                List.of());
        StringWriter w = new StringWriter();
        new CheckInCalendar(Taxonomy.defaults()).write(pln, LocalDate.of(2027, 1, 1), w);
        assertEquals(List.of("DTSTART;VALUE=DATE:20270130", "RRULE:FREQ=DAILY;INTERVAL=30"), w.toString().lines()
                .filter(l -> l.startsWith("DTSTART") || l.startsWith("RRULE")).toList());
    }

    /** A person is not "it": the fourteenth QA pass's Spanish teacher read "you rate it 4 of 5" for a colleague. */
    @Test
    void aPersonIsRatedAsThemAndAResourceAsIt() throws IOException {
        Pln pln = new Pln(new Participant("p", "P", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 1))), List.of(
                Connection.builder("kara", "Kara Jacobs", org.plnkit.core.model.Kind.PERSON, "local-colleagues")
                        .frequency(Frequency.WEEKLY).value(4).build(),
                Connection.builder("pod", "A podcast", org.plnkit.core.model.Kind.RESOURCE, "webinars-podcasts")
                        .frequency(Frequency.WEEKLY).value(3).build()), List.of());
        StringWriter w = new StringWriter();
        new CheckInCalendar(Taxonomy.defaults()).write(pln, LocalDate.of(2026, 11, 1), w);
        String ics = w.toString().replace("\r\n ", "");
        assertTrue(ics.contains("DESCRIPTION:Local colleagues\\, weekly check-in\\; you rate them 4 of 5\r\n"), ics);
        assertTrue(ics.contains("DESCRIPTION:Webinars & podcasts\\, weekly check-in\\; you rate it 3 of 5\r\n"), ics);
    }

    @Test
    void debianPythonIcalendarReadsEverySampleCalendarWithTheSameDates(@TempDir Path dir) throws Exception {
        assumeTrue(works(), "python3-icalendar is not installed");
        StringBuilder expected = new StringBuilder();
        List<String> args = new ArrayList<>(List.of("/usr/bin/python3", "-c", """
                import sys, icalendar
                for f in sys.argv[1:]:
                    cal = icalendar.Calendar.from_ical(open(f, 'rb').read())
                    for e in cal.walk('VEVENT'):
                        r = e.get('RRULE')
                        print(e.get('DTSTART').dt.isoformat(), r['FREQ'][0], r.get('INTERVAL', [1])[0])
                """));
        int n = 0;
        for (Pln pln : samples()) {
            LocalDate asOf = asOf(pln);
            StringWriter w = new StringWriter();
            new CheckInCalendar(Taxonomy.defaults()).write(pln, asOf, w);
            Path file = dir.resolve((n++) + ".ics");
            Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
            args.add(file.toString());
            for (Connection c : CheckInCalendar.scheduled(pln)) {
                int days = c.frequency().flatMap(Frequency::checkInIntervalDays).orElseThrow();
                expected.append(CheckInCalendar.nextCheckIn(c, asOf)).append(days == 7 ? " WEEKLY " : " DAILY ")
                        .append(days == 7 ? 1 : days).append('\n');
            }
        }
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(expected.toString(), out);
    }

    private static boolean works() {
        try {
            return new ProcessBuilder("/usr/bin/python3", "-c", "import icalendar").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
