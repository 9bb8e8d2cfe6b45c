package org.plnkit.report.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Taxonomy;

/** The JSON export follows the published schema docs/pln.schema.json, and the schema rejects what it should. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PlnExporter exporter = new PlnExporter(Taxonomy.defaults());

    private static MiniJsonSchema schema() throws Exception {
        JsonNode s = JSON.readTree(Path.of("../docs/pln.schema.json").toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        return new MiniJsonSchema(s);
    }

    @Test
    void theSampleExportIsValid() throws Exception {
        JsonNode doc = JSON.readTree(exporter.toString(Samples.maria(), ExchangeFormat.JSON));
        assertEquals(List.of(), schema().validate(doc));
    }

    @Test
    void anyExportedPlnIsValid() throws Exception {
        MiniJsonSchema s = schema();
        qt().withFixedSeed(5L).withExamples(200).forAll(Plns.plns()).checkAssert(pln -> {
            try {
                assertEquals(List.of(), s.validate(JSON.readTree(exporter.toString(pln, ExchangeFormat.JSON))));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theSchemaRejectsWhatTheContractDoesNotAllow() throws Exception {
        MiniJsonSchema s = schema();
        ObjectNode doc = (ObjectNode) JSON.readTree(exporter.toString(Samples.maria(), ExchangeFormat.JSON));
        ObjectNode jane = (ObjectNode) doc.get("connections").get(0);
        jane.put("value", 7);
        jane.put("frequency", "fortnightly");
        jane.put("mood", "happy");
        jane.remove("kind");
        ((ObjectNode) doc.get("participant")).remove("id");
        List<String> v = s.validate(doc);
        assertTrue(v.contains("$.participant: id is required"), v.toString());
        assertTrue(v.contains("$.connections[0]: kind is required"), v.toString());
        assertTrue(v.contains("$.connections[0]: mood is not allowed"), v.toString());
        assertTrue(v.contains("$.connections[0].value: 7 is above 5"), v.toString());
        assertTrue(v.stream().anyMatch(x -> x.startsWith("$.connections[0].frequency: \"fortnightly\" is not one of")), v.toString());
        assertEquals(5, v.size(), v.toString());
    }
}
