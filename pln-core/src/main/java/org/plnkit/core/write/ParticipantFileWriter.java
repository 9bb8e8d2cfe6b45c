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
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.internal.Text;

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

    /**
     * The PLN as a JSON tree with the contract's snake_case field names, in the contract's order
     * ({@link ContractFields}). A connection's {@code id} is written only when it is not the slug of its name.
     */
    public static JsonNode tree(Pln pln) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode pn = root.putObject("participant");
        for (Field<Participant> field : ContractFields.PARTICIPANT) {
            put(pn, field, pln.participant());
        }
        ArrayNode cs = root.putArray("connections");
        for (Connection c : pln.connections()) {
            ObjectNode cn = cs.addObject();
            for (Field<Connection> field : ContractFields.CONNECTION) {
                if (field.key().filter("id"::equals).isPresent() && c.id().equals(Text.slug(c.name()))) {
                    continue;
                }
                put(cn, field, c);
            }
        }
        if (!pln.links().isEmpty()) {
            ArrayNode ls = root.putArray("links");
            for (Link l : pln.links()) {
                ObjectNode ln = ls.addObject();
                for (Field<Link> field : ContractFields.LINK) {
                    put(ln, field, l);
                }
            }
        }
        return root;
    }

    /** A field under its key: required fields always (blank when not given), the others when given. */
    private static <T> void put(ObjectNode n, Field<T> field, T owner) {
        if (field.key().isEmpty()) {
            return;   // a column of a cohort's table only
        }
        String key = field.key().get();
        Optional<Object> v = field.valueOf(owner);
        if (v.isEmpty()) {
            if (field.required()) {
                n.put(key, "");
            }
            return;
        }
        switch (field.type()) {
            case VALUE -> n.put(key, (Integer) v.get());
            case YES_NO -> n.put(key, (Boolean) v.get());
            case TEXT_LIST -> {
                ArrayNode a = n.putArray(key);
                ((List<?>) v.get()).forEach(x -> a.add(String.valueOf(x)));
            }
            default -> n.put(key, field.textOf(owner, "; ").orElse(""));
        }
    }
}
