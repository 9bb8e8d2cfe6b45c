package org.plnkit.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared pieces of the JSON layout: objects, number fields from a record, values or null. */
class JsonLayoutTest {
    record Counts(int read, long accepted, int blank) {
    }

    record Mixed(String file, int read, double share) {
    }

    @Test
    void aRecordsNumbersAreWrittenUnderTheirComponentNamesInDeclarationOrder() {
        String json = JsonLayout.toJson(g -> {
            g.writeStartObject();
            JsonLayout.object(g, "counts", x -> JsonLayout.numbers(g, new Counts(12, 10_000_000_000L, 1)));
            g.writeEndObject();
        });
        assertEquals("{\n  \"counts\": {\n    \"read\": 12,\n    \"accepted\": 10000000000,\n    \"blank\": 1\n  }\n}\n",
                json);
    }

    @Test
    void namedComponentsAreWrittenInTheOrderGiven() {
        String json = JsonLayout.toJson(g -> {
            g.writeStartObject();
            JsonLayout.object(g, "mixed", x -> JsonLayout.numbers(g, new Mixed("a.csv", 3, 0.5), "read"));
            JsonLayout.object(g, "counts", x -> JsonLayout.numbers(g, new Counts(12, 10, 1), "blank", "read"));
            g.writeEndObject();
        });
        assertEquals("{\n  \"mixed\": {\n    \"read\": 3\n  },\n  \"counts\": {\n    \"blank\": 1,\n"
                + "    \"read\": 12\n  }\n}\n", json);
    }

    @Test
    void aMissingOrDecimalComponentIsAnErrorNamingIt() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> JsonLayout.toJson(g -> {
            g.writeStartObject();
            JsonLayout.numbers(g, new Counts(1, 1, 0), "rejected");
        }));
        assertEquals("Counts has no rejected", missing.getMessage());
        IllegalArgumentException decimal = assertThrows(IllegalArgumentException.class, () -> JsonLayout.toJson(g -> {
            g.writeStartObject();
            JsonLayout.numbers(g, new Mixed("a.csv", 3, 0.5));
        }));
        assertEquals("Mixed.file is not a whole number", decimal.getMessage());
    }

    @Test
    void componentsAreTheRecordsValuesByNameInDeclarationOrder() {
        Map<String, Object> c = JsonLayout.components(new Mixed("a.csv", 3, 0.5));
        assertEquals(List.of("file", "read", "share"), List.copyOf(c.keySet()));
        assertEquals(List.of("a.csv", 3, 0.5), List.copyOf(c.values()));
        c.put("share", "replaced");   // the caller's own map: a value may be replaced, in place
        assertEquals(List.of("file", "read", "share"), List.copyOf(c.keySet()));
    }

    @Test
    void anAbsentRatioOrTextIsNullAndAPresentRatioIsRoundedToFourDecimals() {
        String json = JsonLayout.toJson(g -> {
            g.writeStartObject();
            JsonLayout.ratioOrNull(g, "share", Optional.of(2.0 / 3));
            JsonLayout.ratioOrNull(g, "localShare", Optional.empty());
            JsonLayout.textOrNull(g, "school", Optional.of("Lakeside"));
            JsonLayout.textOrNull(g, "role", Optional.empty());
            JsonLayout.object(g, "empty", x -> { });
            g.writeEndObject();
        });
        assertEquals("{\n  \"share\": 0.6667,\n  \"localShare\": null,\n  \"school\": \"Lakeside\",\n  \"role\": null,\n"
                + "  \"empty\": {}\n}\n", json);
    }
}
