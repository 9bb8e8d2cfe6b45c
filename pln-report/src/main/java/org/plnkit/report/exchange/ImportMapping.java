package org.plnkit.report.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.internal.Text;

/**
 * How another tool's attribute names and values map to the fields of the PLN contract. Names that already are
 * contract field names ({@code kind}, {@code Met Via}, {@code gives_back}…) need no mapping. A mapping file:
 *
 * <pre>{@code
 * fields:            # name in the other tool's file: contract field (or "ignore")
 *   Importance: value
 *   Type: kind
 *   Group: category
 * values:            # per field: value in the file: contract value
 *   kind: { Colleague: person, Group: resource }
 *   frequency: { "1": daily, "2": weekly, "3": monthly }
 * defaults:          # used when a node leaves the field blank
 *   kind: person
 * participant_id: maria-lopez   # when the file does not say whose PLN it is
 * ego_node: n0                  # the node that is the participant, when the file does not mark it
 * }</pre>
 *
 * <pre>{@code
 * ImportMapping m = ImportMapping.NONE.withField("Importance", "value").withDefault("kind", "person");
 * }</pre>
 *
 * @param fields        source name (in canonical header form, see {@link Text#headerKey}) to contract field
 * @param values        contract field to (source value in lower case, trimmed) to contract value
 * @param defaults      contract field to the value used when blank
 * @param participantId the participant id to use, whatever the file says
 * @param egoNode       the id of the node that is the participant
 *
 * @since 0.1.0
 */
public record ImportMapping(Map<String, String> fields, Map<String, Map<String, String>> values,
                            Map<String, String> defaults, Optional<String> participantId, Optional<String> egoNode) {
    /** No mapping: only contract field names are understood. */
    public static final ImportMapping NONE = new ImportMapping(Map.of(), Map.of(), Map.of(), Optional.empty(),
            Optional.empty());

    /** Connection fields a name may map to. */
    static final List<String> CONNECTION_FIELDS = ContractFields.keys(Field.Part.CONNECTION);
    /** Participant fields a name may map to (name and topics are shared with connections). */
    static final List<String> PARTICIPANT_FIELDS = ContractFields.PARTICIPANT.stream()
            .map(f -> f.columnName().orElseThrow()).toList();
    /** Every target: the fields, {@code ego} (marks the participant's node) and {@code ignore}. */
    public static final List<String> TARGETS = java.util.stream.Stream.of(CONNECTION_FIELDS, PARTICIPANT_FIELDS,
            List.of("ego", "ignore")).flatMap(List::stream).distinct().toList();

    public ImportMapping {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Map<String, Map<String, String>> vs = new LinkedHashMap<>();
        values.forEach((k, v) -> vs.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        values = Collections.unmodifiableMap(vs);
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    /** The same mapping with {@code source} mapped to {@code target}; the target must be one of {@link #TARGETS}. */
    public ImportMapping withField(String source, String target) {
        checkTarget(target).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put(Text.headerKey(source), Text.headerKey(target));
        return new ImportMapping(f, values, defaults, participantId, egoNode);
    }

    /** The same mapping with a default for a field. */
    public ImportMapping withDefault(String field, String value) {
        checkTarget(field).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        Map<String, String> d = new LinkedHashMap<>(defaults);
        d.put(Text.headerKey(field), value);
        return new ImportMapping(fields, values, d, participantId, egoNode);
    }

    /** The same mapping with a value translation for a field. */
    public ImportMapping withValue(String field, String from, String to) {
        checkTarget(field).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        Map<String, Map<String, String>> v = new LinkedHashMap<>(values);
        Map<String, String> forField = new LinkedHashMap<>(v.getOrDefault(Text.headerKey(field), Map.of()));
        forField.put(valueKey(from), to);
        v.put(Text.headerKey(field), forField);
        return new ImportMapping(fields, v, defaults, participantId, egoNode);
    }

    /** The same mapping with the participant id given. */
    public ImportMapping withParticipantId(String id) {
        return new ImportMapping(fields, values, defaults, Optional.of(id), egoNode);
    }

    /** The same mapping with the participant's node given. */
    public ImportMapping withEgoNode(String nodeId) {
        return new ImportMapping(fields, values, defaults, participantId, Optional.of(nodeId));
    }

    /** This mapping with another's entries added (the other wins on a clash). */
    public ImportMapping with(ImportMapping other) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.putAll(other.fields);
        Map<String, Map<String, String>> v = new LinkedHashMap<>(values);
        other.values.forEach((k, m) -> {
            Map<String, String> merged = new LinkedHashMap<>(v.getOrDefault(k, Map.of()));
            merged.putAll(m);
            v.put(k, merged);
        });
        Map<String, String> d = new LinkedHashMap<>(defaults);
        d.putAll(other.defaults);
        return new ImportMapping(f, v, d, other.participantId.or(() -> participantId), other.egoNode.or(() -> egoNode));
    }

    /** The contract field a name in the file maps to explicitly, if any ({@code ignore} included). */
    Optional<String> explicitTarget(String sourceName) {
        return Optional.ofNullable(fields.get(Text.headerKey(sourceName)));
    }

    /** The value translated by the mapping's {@code values:} for the field, or unchanged. */
    String translate(String field, String value) {
        Map<String, String> m = values.get(field);
        if (m == null || value == null) {
            return value;
        }
        return m.getOrDefault(valueKey(value), value);
    }

    /** Why a target is not usable, when it is not: with a "did you mean". */
    static Optional<String> checkTarget(String target) {
        String t = Text.headerKey(target);
        if (TARGETS.contains(t)) {
            return Optional.empty();
        }
        String hint = Text.didYouMean(t, TARGETS).map(s -> "; did you mean " + s + "?")
                .orElse("; use one of " + String.join(", ", TARGETS));
        return Optional.of("\"" + target + "\" is not a PLN field" + hint);
    }

    private static String valueKey(String v) {
        return v.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a mapping file (YAML; JSON works too). Problems name their line; a mapping with errors is not returned.
     */
    public static ReadResult<ImportMapping> read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        try {
            Optional<String> notAFile = org.plnkit.core.read.internal.InputFiles.refusal(file);
            if (notAFile.isPresent()) {
                problems.error(Place.file(name), "cannot read the mapping: " + notAFile.get());
                return ReadResult.failed(problems.toList());
            }
            if (Files.size(file) > 1 << 20) {
                problems.error(Place.file(name), "a mapping file is small; this one is over 1 MB");
                return ReadResult.failed(problems.toList());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            problems.error(Place.file(name), "no such file");
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + e.getMessage());
        }
        return ReadResult.failed(problems.toList());
    }

    /** Reads a mapping from a stream; {@code name} is used in messages. */
    public static ReadResult<ImportMapping> read(String name, InputStream in) {
        Problems problems = new Problems();
        ImportMapping m = NONE;
        try (JsonParser p = YAMLFactory.builder().build().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return ReadResult.of(NONE, problems.toList());
            }
            if (t != JsonToken.START_OBJECT) {
                problems.error(place(name, p), "a mapping file is a mapping with fields:, values:, defaults:");
                return ReadResult.failed(problems.toList());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = Text.headerKey(p.currentName());
                Place keyPlace = place(name, p);
                p.nextToken();
                switch (key) {
                    case "fields" -> {
                        for (Map.Entry<String, Located> e : pairs(name, p, problems).entrySet()) {
                            Optional<String> bad = checkTarget(e.getValue().text());
                            if (bad.isPresent()) {
                                problems.error(e.getValue().place(), bad.get());
                            } else {
                                m = m.withField(e.getKey(), e.getValue().text());
                            }
                        }
                    }
                    case "defaults" -> {
                        for (Map.Entry<String, Located> e : pairs(name, p, problems).entrySet()) {
                            Optional<String> bad = checkTarget(e.getKey());
                            if (bad.isPresent()) {
                                problems.error(e.getValue().place(), bad.get());
                            } else {
                                m = m.withDefault(e.getKey(), e.getValue().text());
                            }
                        }
                    }
                    case "values" -> {
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            problems.error(place(name, p), "values: maps each field to { value in the file: PLN value }");
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            Place fieldPlace = place(name, p);
                            p.nextToken();
                            Map<String, Located> pairs = pairs(name, p, problems);
                            Optional<String> bad = checkTarget(field);
                            if (bad.isPresent()) {
                                problems.error(fieldPlace, bad.get());
                                continue;
                            }
                            for (Map.Entry<String, Located> e : pairs.entrySet()) {
                                m = m.withValue(field, e.getKey(), e.getValue().text());
                            }
                        }
                    }
                    case "participant_id" -> m = scalar(name, p, problems).map(m::withParticipantId).orElse(m);
                    case "ego_node" -> m = scalar(name, p, problems).map(m::withEgoNode).orElse(m);
                    default -> {
                        problems.warning(keyPlace, "unknown key \"" + p.currentName() + "\" in the mapping file; "
                                + "use fields:, values:, defaults:, participant_id:, ego_node:");
                        p.skipChildren();
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.error(l == null ? Place.file(name) : Place.text(name, Math.max(0, l.getLineNr()),
                    Math.max(0, l.getColumnNr())), "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.error(Place.file(name), "not a valid mapping file: " + firstLine(e.getMessage()));
        }
        return problems.hasErrors() ? ReadResult.failed(problems.toList()) : ReadResult.of(m, problems.toList());
    }

    private record Located(String text, Place place) {
    }

    private static Map<String, Located> pairs(String name, JsonParser p, Problems problems) throws IOException {
        Map<String, Located> out = new LinkedHashMap<>();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.error(place(name, p), "expected a mapping of name: value pairs");
            p.skipChildren();
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            p.nextToken();
            Place at = place(name, p);
            if (p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL) {
                out.put(k, new Located(p.getText(), at));
            } else {
                problems.error(at, "the value of \"" + k + "\" should be a single word or number");
                p.skipChildren();
            }
        }
        return out;
    }

    private static Optional<String> scalar(String name, JsonParser p, Problems problems) throws IOException {
        if (p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL) {
            return Optional.of(p.getText().strip());
        }
        problems.error(place(name, p), "expected a single value");
        p.skipChildren();
        return Optional.empty();
    }

    private static Place place(String name, JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return Place.text(name, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown reason";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
