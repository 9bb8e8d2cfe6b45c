package org.plnkit.report.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Just enough of JSON Schema 2020-12 to check documents against {@code docs/pln.schema.json} without a new
 * dependency: local {@code $ref}, type, required, properties, additionalProperties false, items, enum, minimum,
 * maximum, minLength, pattern, uniqueItems. A keyword it does not know fails loudly, so the check never passes by
 * ignoring part of the schema; {@code format} is an annotation in 2020-12 and is skipped.
 */
final class MiniJsonSchema {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "format");

    private final JsonNode root;

    MiniJsonSchema(JsonNode root) {
        this.root = root;
    }

    /** The violations, each as "path: reason"; empty when the document is valid. */
    List<String> validate(JsonNode doc) {
        List<String> out = new ArrayList<>();
        check(root, doc, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> out) {
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            JsonNode s = e.getValue();
            switch (e.getKey()) {
                case "$ref" -> {
                    String ref = s.asText();
                    if (!ref.startsWith("#/")) {
                        throw new IllegalStateException("only local $ref is supported: " + ref);
                    }
                    JsonNode target = root.at(ref.substring(1));
                    if (target.isMissingNode()) {
                        throw new IllegalStateException("dangling $ref " + ref);
                    }
                    check(target, v, path, out);
                }
                case "type" -> {
                    if (!hasType(v, s.asText())) {
                        out.add(path + ": is not of type " + s.asText());
                    }
                }
                case "required" -> {
                    for (JsonNode r : s) {
                        if (v.isObject() && !v.has(r.asText())) {
                            out.add(path + ": " + r.asText() + " is required");
                        }
                    }
                }
                case "properties" -> {
                    if (v.isObject()) {
                        for (Map.Entry<String, JsonNode> p : s.properties()) {
                            if (v.has(p.getKey())) {
                                check(p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), out);
                            }
                        }
                    }
                }
                case "additionalProperties" -> {
                    if (s.isBoolean() && !s.asBoolean() && v.isObject()) {
                        JsonNode props = schema.get("properties");
                        Iterator<String> names = v.fieldNames();
                        while (names.hasNext()) {
                            String n = names.next();
                            if (props == null || !props.has(n)) {
                                out.add(path + ": " + n + " is not allowed");
                            }
                        }
                    } else if (!s.isBoolean()) {
                        throw new IllegalStateException("only additionalProperties: false is supported");
                    }
                }
                case "items" -> {
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            check(s, v.get(i), path + "[" + i + "]", out);
                        }
                    }
                }
                case "enum" -> {
                    boolean found = false;
                    for (JsonNode x : s) {
                        found |= x.equals(v);
                    }
                    if (!found) {
                        out.add(path + ": " + v + " is not one of " + s);
                    }
                }
                case "minimum" -> {
                    if (v.isNumber() && v.decimalValue().compareTo(s.decimalValue()) < 0) {
                        out.add(path + ": " + v + " is below " + s);
                    }
                }
                case "maximum" -> {
                    if (v.isNumber() && v.decimalValue().compareTo(s.decimalValue()) > 0) {
                        out.add(path + ": " + v + " is above " + s);
                    }
                }
                case "minLength" -> {
                    if (v.isTextual() && v.asText().codePointCount(0, v.asText().length()) < s.asInt()) {
                        out.add(path + ": is shorter than " + s);
                    }
                }
                case "pattern" -> {
                    if (v.isTextual() && !Pattern.compile(s.asText()).matcher(v.asText()).find()) {
                        out.add(path + ": " + v + " does not match " + s.asText());
                    }
                }
                case "uniqueItems" -> {
                    if (s.asBoolean() && v.isArray()) {
                        Set<JsonNode> seen = new HashSet<>();
                        for (JsonNode x : v) {
                            if (!seen.add(x)) {
                                out.add(path + ": " + x + " is repeated");
                            }
                        }
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(e.getKey())) {
                        throw new IllegalStateException("MiniJsonSchema does not know the keyword " + e.getKey());
                    }
                }
            }
        }
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }
}
