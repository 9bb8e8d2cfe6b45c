package org.plnkit.report.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.analysis.plan.Ways;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * The check-in schedule of a PLN as an iCalendar file (RFC 5545) for Google Calendar, Outlook, Apple Calendar and
 * Thunderbird: one all-day recurring event per connection that has a frequency (not "rarely"); with none, one all-day
 * event on the as-of date that says to choose how often to check in (RFC 5545 wants an event). The first date is
 * the next check-in: the last contact plus the frequency's interval, or the as-of date when that is past or there is
 * no last contact. The intervals are the contract's days (1, 7, 30, 91, 365; {@link Frequency#checkInIntervalDays}),
 * the same the workbook's Check-ins sheet counts, so both give the same dates: a month is 30 days, never a calendar
 * month (a monthly rule from the 31st would skip the short months, RFC 5545 §3.3.10). The same PLN and date always
 * give the same bytes: ids and the stamp come from the participant, the connection and the as-of date, never from
 * the clock.
 *
 * <pre>{@code
 * new CheckInCalendar(Taxonomy.defaults()).write(pln, LocalDate.of(2026, 11, 1), writer);
 * // BEGIN:VCALENDAR … SUMMARY:Plan to attend the next NSTA National Conference … RRULE:FREQ=YEARLY …
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckInCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int LINE_OCTETS = 75;

    private final Taxonomy taxonomy;

    public CheckInCalendar(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The connections that get an event: those with a frequency other than rarely, in id order. */
    public static List<Connection> scheduled(Pln pln) {
        return pln.connections().stream().filter(CheckInCalendar::hasCheckIns)
                .sorted(Comparator.comparing(Connection::id)).toList();
    }

    /**
     * What the calendar leaves out, in words for a warning, so that nothing the teacher gave is dropped in silence:
     * the connections without a regular check-in (no frequency, or rarely), named; or that it has no check-ins at
     * all. Empty when every connection is in it.
     */
    public static Optional<String> leftOut(Pln pln) {
        List<String> out = pln.connections().stream().filter(c -> !hasCheckIns(c)).map(Connection::name).toList();
        if (out.size() == pln.connections().size()) {
            return Optional.of("the calendar has no check-ins: no connection has a frequency from daily to yearly;"
                    + " give one to the connections you want to check in with");
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(out.size() + " of the " + Words.count(pln.connections().size(), "connection")
                + (out.size() == 1 ? " is" : " are") + " not in the calendar, as "
                + (out.size() == 1 ? "it has" : "they have") + " no regular check-in (no frequency, or rarely): "
                + Words.andAtMost(out, 5));
    }

    private static boolean hasCheckIns(Connection c) {
        return c.frequency().flatMap(Frequency::checkInIntervalDays).isPresent();
    }

    /** The date of the next check-in with a connection, as of a date (never before it). */
    public static LocalDate nextCheckIn(Connection c, LocalDate asOf) {
        int days = c.frequency().flatMap(Frequency::checkInIntervalDays).orElseThrow();
        Optional<LocalDate> next = c.lastContact().map(d -> d.plusDays(days));
        return next.filter(d -> !d.isBefore(asOf)).orElse(asOf);
    }

    /** Writes the calendar with CRLF line ends and lines folded at 75 octets. */
    public void write(Pln pln, LocalDate asOf, Writer out) throws IOException {
        String who = pln.participant().displayName();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//PLN Toolkit//PLN check-ins//EN");
        line(out, "CALSCALE:GREGORIAN");
        // no METHOD: it makes the file an iTIP message (RFC 5546), whose PUBLISH wants an ORGANIZER e-mail address
        // on every event, which a PLN has none of; a plain calendar is what the import dialogs take
        line(out, "X-WR-CALNAME:" + text("PLN check-ins: " + who));
        String stamp = asOf.format(DAY) + "T000000Z";
        List<Connection> scheduled = scheduled(pln);
        if (scheduled.isEmpty()) {
            // RFC 5545 wants at least one component, and strict readers (ical4j) refuse a file without: the one event
            // says what would fill the calendar. Its id has no "." so that no connection's can be the same.
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + safe(pln.participant().id()) + "@check-ins.plnkit");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + asOf.format(DAY));
            line(out, "DTEND;VALUE=DATE:" + asOf.plusDays(1).format(DAY));
            line(out, "SUMMARY:" + text("Choose how often to check in with your PLN"));
            line(out, "DESCRIPTION:" + text("No connection in your PLN has a check-in frequency yet, so this calendar"
                    + " has no check-ins. Give the connections you want to keep up with a frequency (daily, weekly,"
                    + " monthly, quarterly or yearly), then make the calendar again: each will get its own"
                    + " recurring check-in."));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        for (Connection c : scheduled) {
            Frequency f = c.frequency().orElseThrow();
            LocalDate start = nextCheckIn(c, asOf);
            Ways way = Ways.of(c);
            String label = taxonomy.byId(c.category()).map(Category::label).orElse(c.category());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(uid(pln.participant().id(), c.id())));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + start.format(DAY));
            line(out, "DTEND;VALUE=DATE:" + start.plusDays(1).format(DAY));
            line(out, "RRULE:" + rule(f));
            line(out, "SUMMARY:" + text(capitalize(way.action(c.name()))));
            StringBuilder d = new StringBuilder(label + ", " + f.id() + " check-in");
            c.value().ifPresent(v -> d.append(c.kind() == Kind.PERSON ? "; you rate them " : "; you rate it ")
                    .append(v).append(" of 5"));
            c.lastContact().ifPresent(l -> d.append("; ").append(way.last()).append(' ').append(l));
            c.url().ifPresent(u -> d.append("\n").append(u));
            line(out, "DESCRIPTION:" + text(d.toString()));
            Optional<String> web = c.url().filter(CheckInCalendar::isWeb);
            if (web.isPresent()) {
                line(out, "URL;VALUE=URI:" + web.get());
            }
            line(out, "CATEGORIES:" + text(label));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        out.flush();
    }

    /** A stable id: participant and connection, made of safe characters. */
    static String uid(String participant, String connection) {
        return safe(participant) + "." + safe(connection) + "@check-ins.plnkit";
    }

    private static String safe(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    /** The recurrence: every interval of the contract, in days (a week is exactly 7 of them). */
    static String rule(Frequency f) {
        int days = f.checkInIntervalDays().orElseThrow(() -> new IllegalArgumentException(f.id()
                + " has no schedule"));
        return days == 1 ? "FREQ=DAILY" : days == 7 ? "FREQ=WEEKLY" : "FREQ=DAILY;INTERVAL=" + days;
    }

    private static boolean isWeb(String u) {
        String l = u.toLowerCase(Locale.ROOT);
        return (l.startsWith("https://") || l.startsWith("http://")) && u.chars().noneMatch(ch -> ch <= ' ');
    }

    /** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n, other controls dropped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch >= ' ' && ch != 0x7f) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** One content line, folded at 75 octets (never inside a UTF-8 character), CRLF. */
    static void line(Writer out, String content) throws IOException {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + n > limit) {
                out.write("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1; // the leading space counts
            }
            out.write(Character.toChars(cp));
            octets += n;
            i += Character.charCount(cp);
        }
        out.write("\r\n");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
