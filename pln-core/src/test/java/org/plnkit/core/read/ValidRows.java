package org.plnkit.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Random Connections rows that keep the contract, written in the many spellings people use (labels or ids, any
 * case, yes/y/1/TRUE), for properties that compare formats. Every linked_to names an earlier connection of the
 * same participant, so a read has no errors.
 */
final class ValidRows {
    static final Object[] HEADER = {"participant_id", "Connection Name", "KIND", "category", "connection_id", "url",
            "met_via", "frequency", "value", "gives_back", "participation", "wants_more", "topics", "last_contact",
            "linked_to"};
    static final String HEADER_CSV = String.join(",", java.util.Arrays.stream(HEADER).map(Object::toString).toList())
            + "\r\n";

    private static final String[] PARTICIPANTS = {"maria", "sam", "alex", "Lee-2"};
    private static final String[][] NAMES = {{"Jane Kim", "person", "local-colleagues"},
            {"José Núñez", "person", "Mentors"}, {"AASL", "organization", "professional-organizations"},
            {"#tlchat", "resource", "Social networks"}, {"Knowledge Quest", "resource", "online journals"},
            {"Ann, the \"coach\"", "person", "Local Colleagues"}, {"Edutopia", "resource", "BLOGS & WEBSITES"},
            {"Two\nLines", "resource", "webinars-podcasts"}, {"Ærø Ünïcode", "organization", "conferences-edcamps"}};
    private static final String[] FREQUENCIES = {"daily", "Weekly", "MONTHLY", "quarterly", "yearly", "rarely"};
    private static final String[] PARTICIPATION = {"none", "Lurker", "contributor", "LEADER"};
    private static final String[][] YES_NO = {{"yes", "no"}, {"Y", "N"}, {"1", "0"}, {"TRUE", "false"}};
    private static final String[] TOPICS = {"coding", "makerspaces", "reading promotion", "AI in education"};

    private ValidRows() {
    }

    /** One row: the logical values, and the way the CSV spells the yes/no ones. */
    record Row(String participant, String name, String kind, String category, String connectionId, String url,
               String metVia, String frequency, Integer value, Boolean givesBack, String participation,
               Boolean wantsMore, String topics, LocalDate lastContact, String linkedTo, int yesNoStyle) {
    }

    static List<Row> rows(List<List<Integer>> seeds) {
        List<Row> out = new ArrayList<>();
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        for (List<Integer> s : seeds) {
            String participant = PARTICIPANTS[s.get(0) % PARTICIPANTS.length];
            String[] n = NAMES[s.get(1) % NAMES.length];
            String name = n[0];
            Set<String> taken = keys.computeIfAbsent(participant, k -> new HashSet<>());
            for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = n[0] + " " + k;
            }
            List<String> earlier = names.computeIfAbsent(participant, k -> new ArrayList<>());
            String linkedTo = earlier.isEmpty() || s.get(8) % 3 != 0 ? null
                    : variant(earlier.get(s.get(8) % earlier.size()).strip(), s.get(8));
            earlier.add(name);
            int r = s.get(2);
            String kind = variant(n[1], r);
            String connectionId = r % 5 == 0 ? "id-" + (r % 97) + "@x.org" : null;
            String url = !n[1].equals("person") && r % 2 == 0 ? "https://www." + (r % 7) + ".example.org/" : null;
            int f = s.get(3);
            Integer value = f % 6 == 0 ? null : f % 5 + 1;
            Boolean givesBack = f % 7 == 0 ? null : f % 2 == 0;
            Boolean wantsMore = s.get(4) % 3 == 0 ? null : s.get(4) % 2 == 0;
            String topics = s.get(4) % 4 == 0 ? null
                    : TOPICS[s.get(4) % TOPICS.length] + (s.get(5) % 2 == 0 ? "; " + TOPICS[s.get(5) % TOPICS.length] : "");
            LocalDate lastContact = s.get(6) % 5 == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(s.get(6) % 330);
            out.add(new Row(participant, name, kind, n[2], connectionId, url, s.get(7) % 2 == 0 ? "school" : null,
                    s.get(7) % 3 == 0 ? null : FREQUENCIES[s.get(7) % FREQUENCIES.length], value, givesBack,
                    s.get(5) % 3 == 0 ? null : PARTICIPATION[s.get(5) % PARTICIPATION.length], wantsMore, topics,
                    lastContact, linkedTo, s.get(6) % YES_NO.length));
        }
        return out;
    }

    /** The row as a CSV record, quoted where needed, CRLF-terminated. */
    static String csvLine(Row r) {
        String[] yn = YES_NO[r.yesNoStyle()];
        List<String> cells = List.of(r.participant(), r.name(), r.kind(), r.category(), s(r.connectionId()), s(r.url()),
                s(r.metVia()), s(r.frequency()), r.value() == null ? "" : r.value().toString(),
                r.givesBack() == null ? "" : r.givesBack() ? yn[0] : yn[1], s(r.participation()),
                r.wantsMore() == null ? "" : r.wantsMore() ? yn[0] : yn[1], s(r.topics()),
                r.lastContact() == null ? "" : r.lastContact().toString(), s(r.linkedTo()));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append("\r\n").toString();
    }

    /** The row as workbook cells: numbers, boolean cells and date cells where a spreadsheet would have them. */
    static Object[] cells(Row r) {
        return new Object[] {r.participant(), r.name(), r.kind(), r.category(), r.connectionId(), r.url(), r.metVia(),
                r.frequency(), r.value(), r.givesBack(), r.participation(),
                r.wantsMore() == null ? null : r.wantsMore() ? 1 : 0, r.topics(), r.lastContact(), r.linkedTo()};
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String variant(String s, int seed) {
        switch (seed % 3) {
            case 0:
                return s.toLowerCase(Locale.ROOT);
            case 1:
                return s.toUpperCase(Locale.ROOT);
            default:
                return s;
        }
    }
}
