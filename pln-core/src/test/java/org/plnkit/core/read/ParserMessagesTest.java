package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnkit.core.model.Pln;
import org.plnkit.core.problem.Problem;

/**
 * Participant files that the YAML or JSON parser stops on: each is refused with its place and a sentence in plain
 * words, never the parser's own wording ("Unexpected end-of-input", "[Source: REDACTED …]", "while parsing a block
 * mapping").
 */
class ParserMessagesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut.json       | {"participant":{"id":"t1"},"connections":[{"name":"A"                         | t.json:1:54: | the file ends before every { and [ is closed
            cut-text.json  | {"participant":{"id":"t1"},"connections":[{"name":"A                          | t.json:1:53: | the file ends inside a quoted value
            close.json     | {"participant":{"id":"t1"}]}                                                   | t.json:1:27: | this ] does not close the { that is open here
            bare.json      | {"participant":{"id":t1}}                                                      | t.json:1:22: | text needs double quotes
            no-value.json  | {"participant":{"id":}}                                                        | t.json:1:22: | a value is missing here
            trailing.json  | {"participant":{"id":"t1"}} more                                               | t.json:1:29: | text needs double quotes
            indent.yaml    | participant:\\n  id: t1\\n name: Ann\\n                                        | t.yaml:3:2:  | this line is indented less than the lines above it
            indent-connection.yaml | participant:\\n  id: t1\\nconnections:\\n  - name: A\\n    kind: person\\n   category: mentors\\n | t.yaml:6:4:  | this line is indented less than the lines above it
            open-list.yaml | participant:\\n  id: [t1\\nconnections: []\\n                                  | t.yaml:3:12: | a list that starts with [ is never closed with ]
            colon.yaml     | participant:\\n  id: t1\\n  name: Dr. Ann: mentor\\n                           | t.yaml:3:16: | put the value in quotes
            """)
    void theParserStopsWithAPlaceAndPlainWords(String what, String text, String place, String words) {
        String file = what.endsWith(".json") ? "t.json" : "t.yaml";
        ReadResult<Pln> r = new ParticipantFileReader().read(file,
                text.strip().replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(r.value().isEmpty(), what);
        List<String> m = r.problems().stream().map(Problem::toString).toList();
        assertEquals(1, m.size(), m.toString());
        String msg = m.get(0);
        assertTrue(msg.startsWith(place.strip() + " error: "), msg);
        assertTrue(msg.contains(words.strip()), msg);
        assertFalse(msg.contains("t1\"") || msg.contains("more\""), "the word is not quoted: " + msg);
        for (String library : new String[] {"Unexpected", "Unrecognized", "Source:", "REDACTED", "while parsing",
                "while scanning", "<block", "marker", "VALUE_STRING", "token"}) {
            assertFalse(msg.contains(library), msg);
        }
    }
}
