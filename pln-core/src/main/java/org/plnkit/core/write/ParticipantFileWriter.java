package org.plnkit.core.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.Text;

/**
 * Writes a {@link Pln} as a participant file (YAML or JSON) in the shape of the input contract, so that
 * reading it back gives an equal {@code Pln}. Fields that were not given are left out; a connection's {@code id}
 * is written only when it differs from the slug of its name.
 *
 * <pre>{@code
 * String yaml = ParticipantFileWriter.toYaml(pln);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ParticipantFileWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ParticipantFileWriter() {
    }

    /** The PLN as YAML text. */
    public static String toYaml(Pln pln) {
        try {
            return YAML.writeValueAsString(tree(pln));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the PLN as YAML. */
    public static void writeYaml(Pln pln, OutputStream out) throws IOException {
        YAML.writeValue(out, tree(pln));
    }

    /** Writes the PLN as JSON. */
    public static void writeJson(Pln pln, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(pln));
    }

    /** The PLN as a JSON tree with the contract's snake_case field names, in the contract's order. */
    public static JsonNode tree(Pln pln) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        Participant p = pln.participant();
        ObjectNode pn = root.putObject("participant");
        pn.put("id", p.id());
        if (!p.name().isEmpty()) {
            pn.put("name", p.name());
        }
        put(pn, "role", p.role());
        put(pn, "school", p.school());
        list(pn, "topics", p.topics());
        put(pn, "organizer", p.organizer());
        p.asOf().ifPresent(d -> pn.put("as_of", d.toString()));
        ArrayNode cs = root.putArray("connections");
        java.util.Set<String> taken = new java.util.HashSet<>();
        pln.connections().forEach(c -> taken.add(c.id()));
        for (Connection c : pln.connections()) {
            ObjectNode cn = cs.addObject();
            if (!c.id().equals(Text.slug(c.name()))) {
                cn.put("id", c.id());
            }
            put(cn, "shared_id", c.sharedId());
            cn.put("name", c.name());
            cn.put("kind", c.kind().id());
            cn.put("category", c.category());
            put(cn, "url", c.url());
            put(cn, "met_via", c.metVia());
            c.frequency().ifPresent(v -> cn.put("frequency", v.id()));
            c.value().ifPresent(v -> cn.put("value", v));
            c.givesBack().ifPresent(v -> cn.put("gives_back", v));
            c.participation().ifPresent(v -> cn.put("participation", v.id()));
            c.wantsMore().ifPresent(v -> cn.put("wants_more", v));
            list(cn, "topics", c.topics());
            c.lastContact().ifPresent(d -> cn.put("last_contact", d.toString()));
            put(cn, "feed", c.feed());
        }
        if (!pln.links().isEmpty()) {
            ArrayNode ls = root.putArray("links");
            for (Link l : pln.links()) {
                ls.addObject().put("from", l.from()).put("to", l.to());
            }
        }
        return root;
    }

    private static void put(ObjectNode n, String key, Optional<String> v) {
        v.ifPresent(s -> n.put(key, s));
    }

    private static void list(ObjectNode n, String key, List<String> items) {
        if (!items.isEmpty()) {
            ArrayNode a = n.putArray(key);
            items.forEach(a::add);
        }
    }
}
