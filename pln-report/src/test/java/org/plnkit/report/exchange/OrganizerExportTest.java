package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.util.Frequency;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.SampleParticipants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The calendar, OPML and bookmark exports, read back by an iCalendar library, an XML parser and Python. */
class OrganizerExportTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Pln chemistry() {
        return new Pln(new Participant("dana", "Dana Reyes, chemistry", Optional.of("Chemistry teacher"),
                Optional.empty(), List.of("labs"), Optional.empty(), Optional.empty()), List.of(
                Connection.builder("nsta", "NSTA National Conference", Kind.RESOURCE, "conferences-edcamps")
                        .frequency(org.plnkit.core.model.Frequency.YEARLY).lastContact(LocalDate.of(2026, 3, 27))
                        .url("https://www.nsta.org").build(),
                Connection.builder("pod", "The Chemistry; Podcast, \"weekly\" ☕", Kind.RESOURCE, "webinars-podcasts")
                        .frequency(org.plnkit.core.model.Frequency.WEEKLY).lastContact(LocalDate.of(2026, 9, 1))
                        .url("https://example.org/pod").feed("https://example.org/pod/feed.xml").build(),
                Connection.builder("lee", "Lee Park", Kind.PERSON, "local-colleagues")
                        .frequency(org.plnkit.core.model.Frequency.QUARTERLY).url("https://lee.example.org").build(),
                Connection.builder("tag", "#chemed", Kind.RESOURCE, "social-networks")
                        .frequency(org.plnkit.core.model.Frequency.RARELY).url("https://x.com/hashtag/chemed").build(),
                Connection.builder("bad", "<script>", Kind.RESOURCE, "blogs-websites")
                        .url("javascript:alert(1)").build()), List.of());
    }

    private static String ics(Pln pln) throws IOException {
        StringWriter w = new StringWriter();
        new CheckInCalendar(Taxonomy.defaults()).write(pln, AS_OF, w);
        return w.toString();
    }

    @Test
    void theCalendarIsReadBackEventByEventWithoutWarnings() throws IOException {
        String text = ics(chemistry());
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar cal;
        try (ICalReader r = new ICalReader(text)) {
            cal = r.readNext();
            warnings.add(r.getWarnings());
        }
        assertEquals(List.of(List.of()), warnings);
        List<VEvent> events = cal.getEvents();
        // rarely and no frequency get no event; in id order: lee, nsta, pod
        assertEquals(List.of("Get in touch with Lee Park", "Plan to attend the next NSTA National Conference",
                "Listen to or watch a recent episode of The Chemistry; Podcast, \"weekly\" ☕"),
                events.stream().map(e -> e.getSummary().getValue()).toList());
        // lee: no last contact, so from the as-of date; nsta: a year after the last; pod: overdue, so the as-of date
        assertEquals(List.of(AS_OF, LocalDate.of(2027, 3, 27), AS_OF), events.stream()
                .map(e -> e.getDateStart().getValue().toInstant().atZone(java.time.ZoneId.systemDefault())
                        .toLocalDate()).toList());
        // quarterly and yearly: every 91 and 365 days, the contract's intervals (CheckInCalendarTest)
        assertEquals(List.of(Frequency.DAILY, Frequency.DAILY, Frequency.WEEKLY), events.stream()
                .map(e -> e.getRecurrenceRule().getValue().getFrequency()).toList());
        assertEquals(91, events.get(0).getRecurrenceRule().getValue().getInterval());
        assertEquals(365, events.get(1).getRecurrenceRule().getValue().getInterval());
        assertEquals("https://www.nsta.org", events.get(1).getUrl().getValue());
        assertTrue(events.stream().allMatch(e -> !e.getDateStart().getValue().hasTime()));
        assertEquals(3, events.stream().map(e -> e.getUid().getValue()).distinct().count());
        // RFC 5545: CRLF, no line over 75 octets
        for (String line : text.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\n"), line);
        }
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertEquals(1, Biweekly.parse(text).all().size());
    }

    @Test
    void theCalendarIsTheSameEveryTime() throws IOException {
        assertEquals(ics(chemistry()), ics(chemistry()));
        assertEquals(ics(SampleParticipants.maria()), ics(SampleParticipants.maria()));
    }

    @Test
    void debianPythonIcalendarReadsTheSampleCalendar(@TempDir Path dir) throws Exception {
        assumeTrue(works("/usr/bin/python3", "-c", "import icalendar"), "python3-icalendar is not installed");
        Path file = dir.resolve("maria.ics");
        Files.writeString(file, ics(SampleParticipants.maria()), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                events = cal.walk('VEVENT')
                assert all(e.get('RRULE') and e.get('DTSTART') and e.get('UID') for e in events)
                print(len(events))
                """, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertEquals(String.valueOf(CheckInCalendar.scheduled(SampleParticipants.maria()).size()), out);
    }

    @Test
    void theOpmlListsFeedsAndPagesOfWhatOneReadsNeverPeople() throws Exception {
        StringWriter w = new StringWriter();
        new ReadingList(Taxonomy.defaults()).writeOpml(chemistry(), AS_OF, w);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(w.toString())));
        assertEquals("2.0", d.getDocumentElement().getAttribute("version"));
        assertEquals("PLN of Dana Reyes, chemistry", d.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Sun, 1 Nov 2026 00:00:00 GMT", d.getElementsByTagName("dateCreated").item(0).getTextContent());
        List<String> outlines = new ArrayList<>();
        NodeList all = d.getElementsByTagName("outline");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            outlines.add(e.getAttribute("text") + "|" + e.getAttribute("type") + "|" + e.getAttribute("xmlUrl")
                    + "|" + e.getAttribute("url"));
        }
        assertEquals(List.of("Social networks|||", "#chemed|link||https://x.com/hashtag/chemed",
                "Blogs & websites|||", "<script>|link||about:blank",
                "Webinars & podcasts|||",
                "The Chemistry; Podcast, \"weekly\" ☕|rss|https://example.org/pod/feed.xml|"), outlines);
    }

    @Test
    void theBookmarkFileHasAFolderPerCategoryAndNoScriptLinks() throws IOException {
        StringWriter w = new StringWriter();
        new ReadingList(Taxonomy.defaults()).writeBookmarks(chemistry(), w);
        String html = w.toString();
        assertTrue(html.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"));
        List<String> folders = all(html, "<DT><H3>([^<]*)</H3>");
        assertEquals(List.of("Local colleagues", "Social networks", "Blogs &amp; websites",
                "Conferences &amp; edcamps", "Webinars &amp; podcasts"), folders);
        List<String> links = all(html, "<DT><A HREF=\"([^\"]*)\">");
        assertEquals(List.of("https://lee.example.org", "https://x.com/hashtag/chemed", "about:blank",
                "https://www.nsta.org", "https://example.org/pod"), links);
        assertTrue(html.contains(">&lt;script&gt;</A>"));
        assertEquals(count(html, "<DL><p>"), count(html, "</DL><p>"));
    }

    @Test
    void formatsAreKnownByTheirIdsAndExtensions() {
        assertEquals(Optional.of(ExchangeFormat.ICS), ExchangeFormat.fromFileName("check-ins.ICS"));
        assertEquals(Optional.of(ExchangeFormat.OPML), ExchangeFormat.fromFileName("feeds.opml"));
        assertEquals(Optional.of(ExchangeFormat.HTML_BOOKMARKS), ExchangeFormat.fromFileName("bookmarks.html"));
        assertEquals("html-bookmarks", ExchangeFormat.HTML_BOOKMARKS.id());
        assertFalse(ExchangeFormat.ICS.isGraph());
        assertTrue(ExchangeFormat.GRAPHML.isGraph());
    }

    private static List<String> all(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
