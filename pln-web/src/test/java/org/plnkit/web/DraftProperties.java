package org.plnkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever a teacher types, the file the studio writes reads back to the same draft, and writes the same bytes. */
class DraftProperties {
    /** Printable text with YAML's special characters, quotes, backslashes and letters beyond ASCII. */
    static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(1, 14)
            .map(String::strip).map(s -> s.isEmpty() ? "x" : s);
    static final Gen<String> TOPIC = TEXT.map(s -> s.replace(',', ' ').replace(';', ' ').strip())
            .map(s -> s.isEmpty() ? "t" : s);

    static Gen<Map<String, String>> fields(List<String> names) {
        Gen<List<String>> values = lists().of(TEXT).ofSize(names.size());
        Gen<List<Integer>> present = lists().of(integers().between(0, 2)).ofSize(names.size());
        Gen<List<String>> topics = lists().of(TOPIC).ofSizeBetween(1, 3);
        return values.zip(present, topics, (v, p, t) -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (p.get(i) > 0) {
                    m.put(names.get(i), names.get(i).equals("topics") ? String.join(", ", t) : v.get(i));
                }
            }
            return m;
        });
    }

    static final Gen<Draft> DRAFTS = fields(Draft.PARTICIPANT_FIELDS).zip(
            lists().of(fields(Draft.CONNECTION_FIELDS)).ofSizeBetween(0, 4),
            lists().of(fields(Draft.LINK_FIELDS)).ofSizeBetween(0, 2),
            (p, cs, ls) -> new Draft(new LinkedHashMap<>(p), new ArrayList<>(cs), new ArrayList<>(ls),
                    new LinkedHashMap<>()));

    @Test
    void aWrittenDraftReadsBackTheSame() {
        qt().withFixedSeed(20261202L).withExamples(150).forAll(DRAFTS).checkAssert(d -> {
            String text = d.yaml().text();
            Draft back = Draft.parse(d.yaml().bytes()).orElseThrow(() -> new AssertionError("not YAML:\n" + text));
            assertEquals(d.participant, back.participant, text);
            assertEquals(d.connections.stream().map(DraftProperties::orBlank).toList(),
                    back.connections.stream().map(DraftProperties::orBlank).toList(), text);
            assertEquals(text, back.yaml().text(), "written again, the same bytes");
        });
    }

    @Test
    void theJsonThePageSendsIsTheSameDraft() {
        qt().withFixedSeed(7L).withExamples(100).forAll(DRAFTS).checkAssert(d ->
                assertEquals(d.yaml().text(), Draft.fromJson(d.toJson()).yaml().text()));
    }

    /** An empty connection is written as {} and read back as an empty one. */
    private static Map<String, String> orBlank(Map<String, String> m) {
        return m;
    }
}
