package org.plnkit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Pln;
import org.plnkit.core.write.ParticipantFileWriter;

/**
 * What the studio's form holds: every field of a participant file as the text the teacher typed, valid or not,
 * so that nothing is thrown away. It is checked by writing it as a participant file ({@link #yaml()}) and
 * reading that with the same reader as {@code pln validate}; the lines of that file lead each problem back to its
 * field ({@link Rendered#fieldAt(int)}).
 *
 * <p>Fields the form does not know (kept from a loaded file) are written back as they were, so the reader warns
 * about them as it would about the file, and saving keeps them.
 */
final class Draft {
    /** The participant's fields, in the contract's order. */
    static final List<String> PARTICIPANT_FIELDS = ContractFields.keys(Field.Part.PARTICIPANT);
    /** A connection's fields, in the contract's order (from the contract itself, so that no field is left out). */
    static final List<String> CONNECTION_FIELDS = ContractFields.keys(Field.Part.CONNECTION);
    /** A link's fields. */
    static final List<String> LINK_FIELDS = ContractFields.keys(Field.Part.LINK);
    /** The key under which the page carries a section's fields the form does not show (never a key of a file). */
    static final String EXTRA = "_extra";
    private static final List<String> LISTS = List.of("topics");
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().build());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/@+-]*");
    private static final Pattern AMBIGUOUS = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|[0-9.+-]*[eE][0-9.+-]*|0[0-9xob].*|[0-9.+-]+\\.[0-9]*");

    final Map<String, String> participant;
    final List<Map<String, String>> connections;
    final List<Map<String, String>> links;
    /** Fields the form does not show, by section: "", "participant", "connections.N", "links.N". */
    final Map<String, ObjectNode> extras;

    Draft(Map<String, String> participant, List<Map<String, String>> connections, List<Map<String, String>> links,
          Map<String, ObjectNode> extras) {
        this.participant = participant;
        this.connections = connections;
        this.links = links;
        this.extras = extras;
    }

    static Draft empty() {
        return new Draft(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
    }

    /** A draft from the JSON the page sends: every value a string (a list is joined with commas). */
    static Draft fromJson(JsonNode root) {
        return fromTree(root, true);
    }

    /** A draft from a valid model (an uploaded workbook): the same fields the participant file would have. */
    static Draft fromPln(Pln pln) {
        return fromTree(ParticipantFileWriter.tree(pln), false);
    }

    /**
     * The text of a participant file as a draft, whatever its problems; empty when it is not YAML or JSON at all
     * (the reader then says why, with the line).
     */
    static Optional<Draft> parse(byte[] bytes) {
        try {
            JsonNode root = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                return root == null || root.isMissingNode() ? Optional.of(empty()) : Optional.empty();
            }
            return Optional.of(fromTree(root, false));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A draft from a tree: a participant file's ({@code page} false: every key the form does not know is kept as an
     * extra) or the page's ({@code page} true: the extras come back under {@link #EXTRA} in each section).
     */
    private static Draft fromTree(JsonNode root, boolean page) {
        Draft d = empty();
        if (!(root instanceof ObjectNode top)) {
            return d;
        }
        ObjectNode rest = top.deepCopy();
        rest.remove(List.of("participant", "connections", "links"));
        if (page) {
            rest.remove(EXTRA);
            if (top.get(EXTRA) instanceof ObjectNode e) {
                rest.setAll(e);
            }
        }
        if (!rest.isEmpty()) {
            d.extras.put("", rest);
        }
        fields(top.get("participant"), PARTICIPANT_FIELDS, d.participant, d.extras, "participant", page);
        rows(top.get("connections"), CONNECTION_FIELDS, d.connections, d.extras, "connections", page);
        rows(top.get("links"), LINK_FIELDS, d.links, d.extras, "links", page);
        return d;
    }

    /** The rows of a list section ({@code connections}, {@code links}), each row's other fields kept as extras. */
    private static void rows(JsonNode list, List<String> names, List<Map<String, String>> into,
                             Map<String, ObjectNode> extras, String section, boolean page) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode row : list) {
            Map<String, String> m = new LinkedHashMap<>();
            fields(row, names, m, extras, section + "." + into.size(), page);
            into.add(m);
        }
    }

    private static void fields(JsonNode node, List<String> names, Map<String, String> into,
                               Map<String, ObjectNode> extras, String section, boolean page) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (page && e.getKey().equals(EXTRA)) {
                // the fields of the file the form does not show, carried by the page as they were
                if (e.getValue() instanceof ObjectNode kept) {
                    rest.setAll(kept);
                }
            } else if (names.contains(key) && !into.containsKey(key)) {
                String text = text(e.getValue());
                if (!text.isEmpty()) {
                    into.put(key, text);
                }
            } else {
                // a field the form does not know (a file's, or a second spelling of a known one): kept as it is
                rest.set(e.getKey(), e.getValue());
            }
        }
        if (!rest.isEmpty()) {
            extras.put(section, rest);
        }
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(text(i)));
            // an item with a comma in it: the items are separated by semicolons, so that it stays one item
            return String.join(items.stream().anyMatch(i -> i.contains(",")) ? "; " : ", ", items);
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.toString();
    }

    /** The draft as the page sends it: the same sections, every value as text (fields the form lacks left out). */
    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode p = root.putObject("participant");
        participant.forEach(p::put);
        extra(p, "participant");
        com.fasterxml.jackson.databind.node.ArrayNode cs = root.putArray("connections");
        for (int i = 0; i < connections.size(); i++) {
            ObjectNode n = cs.addObject();
            connections.get(i).forEach(n::put);
            extra(n, "connections." + i);
        }
        com.fasterxml.jackson.databind.node.ArrayNode ls = root.putArray("links");
        for (int i = 0; i < links.size(); i++) {
            ObjectNode n = ls.addObject();
            links.get(i).forEach(n::put);
            extra(n, "links." + i);
        }
        extra(root, "");
        return root;
    }

    /** A section's fields the form does not show, under {@link #EXTRA}, as the page carries them (none: nothing). */
    private void extra(ObjectNode into, String section) {
        ObjectNode e = extras.get(section);
        if (e != null && !e.isEmpty()) {
            into.set(EXTRA, e.deepCopy());
        }
    }

    /** A section's fields the form does not show, as JSON text for the page to carry (empty when none). */
    String extraJson(String section) {
        ObjectNode e = extras.get(section);
        return e == null || e.isEmpty() ? "" : e.toString();
    }

    /** The draft as a participant file, with the field each line holds. */
    Rendered yaml() {
        Rendered r = new Rendered();
        r.line("# A PLN file (docs/formats.md), saved by pln serve. Check it with: pln validate FILE", null);
        writeExtras(r, extras.get(""), "", "");
        r.line("participant:", "participant.id");
        for (String f : PARTICIPANT_FIELDS) {
            value(r, "  ", f, participant.get(f), "participant." + f);
        }
        writeExtras(r, extras.get("participant"), "  ", "participant.");
        r.line(connections.isEmpty() ? "connections: []" : "connections:", "connections");
        for (int i = 0; i < connections.size(); i++) {
            writeItem(r, connections.get(i), CONNECTION_FIELDS, "connections." + i, "name");
        }
        if (!links.isEmpty()) {
            r.line("links:", "links");
            for (int i = 0; i < links.size(); i++) {
                writeItem(r, links.get(i), LINK_FIELDS, "links." + i, "from");
            }
        }
        return r;
    }

    /**
     * The draft as a JSON participant file (for a {@code .json} file, which is saved as JSON): the same fields as
     * {@link #yaml()}, a whole-number {@code value} as a number and {@code true}/{@code false} of a yes/no field as
     * a boolean; the fields the form does not know as they were.
     */
    String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Optional.ofNullable(extras.get("")).ifPresent(root::setAll);
        ObjectNode p = root.putObject("participant");
        jsonFields(p, participant, PARTICIPANT_FIELDS, "participant");
        com.fasterxml.jackson.databind.node.ArrayNode cs = root.putArray("connections");
        for (int i = 0; i < connections.size(); i++) {
            jsonFields(cs.addObject(), connections.get(i), CONNECTION_FIELDS, "connections." + i);
        }
        if (!links.isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode ls = root.putArray("links");
            for (int i = 0; i < links.size(); i++) {
                jsonFields(ls.addObject(), links.get(i), LINK_FIELDS, "links." + i);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jsonFields(ObjectNode into, Map<String, String> item, List<String> names, String section) {
        for (String f : names) {
            String v = item.get(f);
            if (v == null || v.isBlank()) {
                continue;
            }
            String s = v.strip();
            if (LISTS.contains(f)) {
                com.fasterxml.jackson.databind.node.ArrayNode a = into.putArray(f);
                for (String i : items(s)) {
                    if (!i.isBlank()) {
                        a.add(i.strip());
                    }
                }
            } else if (f.equals("value") && s.matches("-?[0-9]{1,9}")) {
                into.put(f, Integer.parseInt(s));
            } else if ((f.equals("gives_back") || f.equals("wants_more")) && (s.equals("true") || s.equals("false"))) {
                into.put(f, Boolean.parseBoolean(s));
            } else {
                into.put(f, s);
            }
        }
        Optional.ofNullable(extras.get(section)).ifPresent(into::setAll);
    }

    private void writeItem(Rendered r, Map<String, String> item, List<String> names, String section, String first) {
        boolean started = false;
        for (String f : names) {
            String v = item.get(f);
            if (v == null || v.isBlank()) {
                continue;
            }
            value(r, started ? "    " : "  - ", f, v, section + "." + f);
            started = true;
        }
        ObjectNode extra = extras.get(section);
        if (!started && (extra == null || extra.isEmpty())) {
            r.line("  - {}", section + "." + first);
            return;
        }
        if (!started) {
            Iterator<Map.Entry<String, JsonNode>> it = extra.fields();
            Map.Entry<String, JsonNode> e = it.next();
            r.line("  - " + quote(e.getKey()) + ": " + flow(e.getValue()), section + "." + first);
            it.forEachRemaining(x -> r.line("    " + quote(x.getKey()) + ": " + flow(x.getValue()), section + "." + first));
            return;
        }
        writeExtras(r, extra, "    ", section + ".");
    }

    private static void writeExtras(Rendered r, ObjectNode extra, String indent, String keyPrefix) {
        if (extra == null) {
            return;
        }
        extra.fields().forEachRemaining(e -> r.line(indent + quote(e.getKey()) + ": " + flow(e.getValue()),
                keyPrefix.isEmpty() ? null : keyPrefix + "name"));
    }

    private static void value(Rendered r, String indent, String field, String v, String key) {
        if (v == null || v.isBlank()) {
            return;
        }
        if (LISTS.contains(field)) {
            List<String> items = new ArrayList<>();
            for (String s : items(v)) {
                if (!s.isBlank()) {
                    items.add(quote(s.strip()));
                }
            }
            r.line(indent + field + ": [" + String.join(", ", items) + "]", key);
        } else {
            r.line(indent + field + ": " + quote(v.strip()), key);
        }
    }

    /**
     * The items of a list typed in one box: separated by semicolons when there is one (so that an item may hold a
     * comma), else by commas.
     */
    static String[] items(String v) {
        return v.split(v.contains(";") ? ";" : ",");
    }

    /** A scalar as YAML: plain when that cannot change its meaning, else double-quoted with JSON escapes. */
    static String quote(String s) {
        if (PLAIN.matcher(s).matches() && !AMBIGUOUS.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        String json = new String(JsonStringEncoder.getInstance().quoteAsString(s));
        StringBuilder b = new StringBuilder(json.length() + 2).append('"');
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            // YAML streams may not hold DEL, C1 controls, lone surrogates or U+FFFE/FFFF, and NEL, U+2028 and
            // U+2029 are line breaks to YAML (folded to a space inside quotes): escape them all
            boolean printable = c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F) && c != 0x2028 && c != 0x2029
                    && c != 0xFFFE
                    && c != 0xFFFF && !(Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(json.charAt(i - 1))));
            if (printable) {
                b.append(c);
            } else {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return b.append('"').toString();
    }

    private static String flow(JsonNode v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a connection row has nothing typed in it. */
    static boolean blank(Map<String, String> row) {
        return row.values().stream().allMatch(String::isBlank);
    }

    /** The participant file's text and, for each of its lines, the form field it holds. */
    static final class Rendered {
        private final StringBuilder text = new StringBuilder();
        private final List<String> keys = new ArrayList<>();

        private void line(String s, String key) {
            text.append(s).append('\n');
            keys.add(key);
        }

        String text() {
            return text.toString();
        }

        byte[] bytes() {
            return text().getBytes(StandardCharsets.UTF_8);
        }

        /**
         * The form field at a line (1-based) for a problem about {@code field} there: the line's own field, or
         * for a problem about a field that is missing, that field of the same participant, connection or link.
         */
        Optional<String> fieldAt(int line, String field) {
            if (line < 1 || line > keys.size() || keys.get(line - 1) == null) {
                return Optional.empty();
            }
            String key = keys.get(line - 1);
            int dot = key.lastIndexOf('.');
            if (field != null && dot > 0 && (key.startsWith("participant.") || key.startsWith("connections.")
                    || key.startsWith("links."))) {
                String section = key.substring(0, dot);
                List<String> names = section.equals("participant") ? PARTICIPANT_FIELDS
                        : section.startsWith("links") ? LINK_FIELDS : CONNECTION_FIELDS;
                if (names.contains(field)) {
                    return Optional.of(section + "." + field);
                }
            }
            return Optional.of(key);
        }

        List<String> keys() {
            return Collections.unmodifiableList(keys);
        }
    }
}
