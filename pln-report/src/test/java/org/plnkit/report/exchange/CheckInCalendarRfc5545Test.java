package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;

/**
 * The check-in calendar held to RFC 5545 by a second, strict reader: ical4j parses it without relaxed hints and its
 * validator finds no error, for every sample participant, for names that need folding and escaping, and for a PLN
 * without a check-in (biweekly and python3-icalendar, in {@link OrganizerExportTest}, accept more than the RFC does).
 */
class CheckInCalendarRfc5545Test {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

    private static String ics(Pln pln, LocalDate asOf) throws IOException {
        StringWriter w = new StringWriter();
        new CheckInCalendar(Taxonomy.defaults()).write(pln, asOf, w);
        return w.toString();
    }

    /** Parsed strictly and validated: the validator's errors, if any, fail the test with the calendar beside them. */
    private static Calendar strict(String ics) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult r = cal.validate();
        assertFalse(r.hasErrors(), r + "\n" + ics);
        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "a bare line end: " + line);
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        return cal;
    }

    private static Participant teacher(String id, String name) {
        return new Participant(id, name, Optional.of("History teacher"), Optional.empty(), List.of(),
                Optional.empty(), Optional.of(AS_OF));
    }

    @Test
    void everySampleCalendarIsValid() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("..", "samples"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int events = 0;
        for (Path f : files) {
            Pln pln = new ParticipantFileReader().read(f).value().orElseThrow();
            Calendar cal = strict(ics(pln, pln.participant().asOf().orElse(AS_OF)));
            List<VEvent> found = cal.getComponents("VEVENT");
            assertEquals(CheckInCalendar.scheduled(pln).size(), found.size(), f.toString());
            events += found.size();
        }
        assertTrue(events > 20, events + " events");
    }

    /** A history teacher's names: accents, an emoji flag, a comma, a semicolon, quotes, a backslash, a line break. */
    @Test
    void namesWithAccentsEmojiAndPunctuationComeBackWordForWord() throws Exception {
        String podcast = "Gilder Lehrman Institute 🇺🇸📜 — Hamilton Education Program, Teaching Literacy; \"history\"";
        String colleague = "Ana María Ñúñez \\ Durand-Ngũgĩ";
        Pln pln = new Pln(teacher("élodie-durand", "Élodie Durand, history"), List.of(
                Connection.builder("gilder", podcast, Kind.RESOURCE, "webinars-podcasts").frequency(Frequency.MONTHLY)
                        .value(5).url("https://www.gilderlehrman.org/programs?a=1,b=2;c").build(),
                Connection.builder("ana", colleague, Kind.PERSON, "local-colleagues").frequency(Frequency.DAILY)
                        .lastContact(LocalDate.of(2026, 12, 3)).build()), List.of());
        Calendar cal = strict(ics(pln, AS_OF));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertEquals(List.of("Get in touch with " + colleague,
                        "Listen to or watch a recent episode of " + podcast),
                events.stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList());
        assertEquals("Webinars & podcasts, monthly check-in; you rate it 5 of 5\n"
                        + "https://www.gilderlehrman.org/programs?a=1,b=2;c",
                events.get(1).getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertEquals("PLN check-ins: Élodie Durand, history",
                cal.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        // the same input and as-of date give the same bytes: ids and the stamp never come from the clock
        assertEquals(ics(pln, AS_OF), ics(pln, AS_OF));
        assertEquals("20261204T000000Z", events.get(0).getProperty(Property.DTSTAMP).orElseThrow().getValue());
    }

    /**
     * A PLN whose connections are all "rarely" (or have no frequency) still gets a calendar that imports: RFC 5545
     * wants at least one component, and ical4j's validator refuses a file without one. Its one event says what to do.
     */
    @Test
    void aPlnWithoutCheckInsGetsACalendarThatImportsAndSaysWhatToDo() throws Exception {
        Pln pln = new Pln(teacher("lib", "Kim Lee"), List.of(
                Connection.builder("old", "Old friend", Kind.PERSON, "mentors").frequency(Frequency.RARELY).build(),
                Connection.builder("blog", "A blog", Kind.RESOURCE, "blogs-websites").build()), List.of());
        for (Pln p : List.of(pln, new Pln(pln.participant(), List.of(), List.of()))) {
            String text = ics(p, AS_OF);
            Calendar cal = strict(text);
            List<VEvent> events = cal.getComponents("VEVENT");
            assertEquals(1, events.size(), text);
            VEvent e = events.get(0);
            assertEquals("20261204", e.getProperty(Property.DTSTART).orElseThrow().getValue());
            assertTrue(e.getProperty(Property.RRULE).isEmpty(), text);
            assertTrue(e.getProperty(Property.SUMMARY).orElseThrow().getValue().startsWith("Choose how often"), text);
            assertEquals(text, ics(p, AS_OF));
        }
    }

    /** Every event of a calendar has its own id, and the same connection keeps its id from one export to the next. */
    @Test
    void idsAreStableAcrossAsOfDatesAndDistinct() throws Exception {
        List<Connection> cs = new ArrayList<>();
        for (String id : List.of("a", "a-b", "a_b", "ä")) {
            cs.add(Connection.builder(id, "N " + id, Kind.PERSON, "mentors").frequency(Frequency.WEEKLY).build());
        }
        Pln pln = new Pln(teacher("p", "P"), cs, List.of());
        List<String> first = uids(strict(ics(pln, AS_OF)));
        assertEquals(4, first.stream().distinct().count(), first.toString());
        assertEquals(first, uids(strict(ics(pln, AS_OF.plusMonths(3)))));
    }

    private static List<String> uids(Calendar cal) {
        return cal.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }
}
