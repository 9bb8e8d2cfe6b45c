package org.plnkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever a teacher types, the file the studio writes reads back to the same draft, and writes the same bytes; a
 * valid file opened and saved unchanged reads back to the same PLN with the same fields the studio does not know.
 */
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

    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private static final List<String> KINDS = List.of("person", "organization", "resource");
    private static final List<String> FREQUENCIES = List.of("daily", "weekly", "monthly", "quarterly", "yearly",
            "rarely");
    private static final List<String> CATEGORIES = org.plnkit.core.model.Taxonomy.defaults().categories().stream()
            .map(org.plnkit.core.model.Category::id).toList();

    /** Text a valid file may hold: no DEL or C1 controls (YAML does not allow them unescaped). */
    static final Gen<String> FILE_TEXT = TEXT.map(t -> t.replaceAll("[\\x7F-\\x9F]", "x"));

    /** A value of a field the studio does not know: text, a number, a list or a mapping. */
    static final Gen<JsonNode> UNKNOWN_VALUE = integers().between(0, 3).zip(FILE_TEXT, integers().between(-50, 5000),
            (k, t, n) -> switch (k) {
                case 0 -> JsonNodeFactory.instance.textNode(t);
                case 1 -> JsonNodeFactory.instance.numberNode(n);
                case 2 -> JsonNodeFactory.instance.arrayNode().add(t).add(n);
                default -> JsonNodeFactory.instance.objectNode().put("note", t).put("n", n);
            });

    /** Zero to two fields the studio does not know, with their values ({@code x-} keys, never a contract key). */
    static Gen<ObjectNode> unknown() {
        return lists().of(UNKNOWN_VALUE).ofSizeBetween(0, 2).zip(integers().between(0, 999), (vs, salt) -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < vs.size(); i++) {
                o.set((i == 0 ? "x-" : "_own ") + salt + i, vs.get(i));
            }
            return o;
        });
    }

    /** A valid connection (id c{i} set later), every field of the contract given or not, and unknown fields. */
    static final Gen<ObjectNode> CONNECTION = lists().of(integers().between(0, 9)).ofSize(12)
            .zip(FILE_TEXT, lists().of(TOPIC.map(t -> t.replaceAll("[\\x7F-\\x9F]", "x"))).ofSizeBetween(0, 3),
                    unknown(), (r, name, topics, extra) -> {
                ObjectNode c = JsonNodeFactory.instance.objectNode();
                c.put("name", name);
                c.put("kind", KINDS.get(r.get(0) % 3));
                c.put("category", CATEGORIES.get(r.get(1) % CATEGORIES.size()));
                if (r.get(2) > 4) {
                    c.put("url", "https://example.org/p" + r.get(2));
                }
                if (r.get(3) > 4) {
                    c.put("feed", "https://example.org/feed" + r.get(3) + ".xml");
                }
                if (r.get(4) > 3) {
                    c.put("frequency", FREQUENCIES.get(r.get(4) % FREQUENCIES.size()));
                }
                if (r.get(5) > 3) {
                    c.put("value", 1 + r.get(5) % 5);
                }
                if (r.get(6) > 3) {
                    c.put("gives_back", r.get(6) % 2 == 0);
                }
                if (r.get(7) > 5) {
                    c.put("participation", List.of("none", "lurker", "contributor", "leader").get(r.get(7) % 4));
                }
                if (r.get(8) > 6) {
                    c.put("wants_more", "yes");
                }
                if (!topics.isEmpty()) {
                    // a topic may hold a comma: it stays one topic
                    com.fasterxml.jackson.databind.node.ArrayNode a = c.putArray("topics");
                    topics.forEach(a::add);
                    if (r.get(9) > 6) {
                        a.add("reading, writing");
                    }
                }
                if (r.get(10) > 4) {
                    c.put("last_contact", "2026-0" + (1 + r.get(10) % 9) + "-1" + r.get(11));
                }
                if (r.get(11) > 6) {
                    c.put("met_via", name);
                }
                c.setAll(extra);
                return c;
            });

    /** A valid participant file as a tree: a participant, 1–5 connections, links between them, unknown fields. */
    static final Gen<ObjectNode> FILES = FILE_TEXT.zip(lists().of(CONNECTION).ofSizeBetween(1, 5),
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 4), unknown(), unknown(),
            (name, cs, ends, top, mine) -> {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                ObjectNode p = root.putObject("participant");
                p.put("id", "me").put("name", name).put("as_of", "2026-11-01");
                p.setAll(mine);
                com.fasterxml.jackson.databind.node.ArrayNode a = root.putArray("connections");
                for (int i = 0; i < cs.size(); i++) {
                    ObjectNode c = JsonNodeFactory.instance.objectNode().put("id", "c" + i);
                    c.setAll(cs.get(i));
                    a.add(c);
                }
                com.fasterxml.jackson.databind.node.ArrayNode ls = JsonNodeFactory.instance.arrayNode();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i + 1 < ends.size(); i += 2) {
                    int from = ends.get(i) % cs.size();
                    int to = ends.get(i + 1) % cs.size();
                    if (from != to && seen.add(Math.min(from, to) + "-" + Math.max(from, to))) {
                        ls.addObject().put("from", "c" + from).put("to", "c" + to);
                    }
                }
                if (!ls.isEmpty()) {
                    root.set("links", ls);
                }
                root.setAll(top);
                return root;
            });

    @Test
    void aValidFileOpenedAndSavedUnchangedReadsBackToTheSamePlnAndKeepsItsUnknownFields() {
        org.plnkit.core.read.ParticipantFileReader reader = new org.plnkit.core.read.ParticipantFileReader();
        qt().withFixedSeed(20261203L).withExamples(120).forAll(FILES, integers().between(0, 1)).checkAssert((tree, json) -> {
            try {
                String name = json == 1 ? "pln.json" : "pln.yaml";
                byte[] original = (json == 1 ? JSON_MAPPER : YAML_MAPPER).writeValueAsBytes(tree);
                var before = reader.read(name, original);
                assertTrue(before.value().isPresent(), before.problems() + "\n" + new String(original, StandardCharsets.UTF_8));
                // opened, carried by the page (its JSON, extras and all) and saved in the file's own format
                Draft opened = Draft.parse(original).orElseThrow();
                Draft page = Draft.fromJson(JSON_MAPPER.readTree(JSON_MAPPER.writeValueAsBytes(opened.toJson())));
                byte[] saved = (json == 1 ? page.json() : page.yaml().text()).getBytes(StandardCharsets.UTF_8);
                String shown = new String(saved, StandardCharsets.UTF_8);
                var after = reader.read(name, saved);
                assertTrue(after.value().isPresent(), after.problems() + "\n" + shown);
                assertEquals(before.value().get(), after.value().get(), shown);
                assertEquals(before.problems().size(), after.problems().size(), "the same warnings: " + shown);
                JsonNode back = (json == 1 ? JSON_MAPPER : YAML_MAPPER).readTree(saved);
                assertEquals(unknownOf(tree), unknownOf(back), shown);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The fields of a file that are not the contract's, by section. */
    static Map<String, JsonNode> unknownOf(JsonNode root) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        root.fields().forEachRemaining(e -> {
            if (!List.of("participant", "connections", "links").contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        root.get("participant").fields().forEachRemaining(e -> {
            if (!Draft.PARTICIPANT_FIELDS.contains(e.getKey())) {
                out.put("participant." + e.getKey(), e.getValue());
            }
        });
        for (int i = 0; i < root.get("connections").size(); i++) {
            int n = i;
            root.get("connections").get(i).fields().forEachRemaining(e -> {
                if (!Draft.CONNECTION_FIELDS.contains(e.getKey())) {
                    out.put("connections." + n + "." + e.getKey(), e.getValue());
                }
            });
        }
        return out;
    }

    /** An empty connection is written as {} and read back as an empty one. */
    private static Map<String, String> orBlank(Map<String, String> m) {
        return m;
    }
}
