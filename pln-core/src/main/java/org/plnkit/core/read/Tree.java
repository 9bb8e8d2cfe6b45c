package org.plnkit.core.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Text;

/**
 * A YAML/JSON document as a tree that remembers where each value was written, so that every problem can name
 * its line and column. Scalars keep their text; the field parsers decide what it means.
 *
 * @since 0.1.0
 */
final class Tree {
    private Tree() {
    }

    /** A value in the document and its place. */
    public sealed interface Node permits MapNode, ListNode, Scalar {
        Place place();

        /** A short name of the node's shape for messages: "a mapping", "a list", "a value". */
        String shape();
    }

    /** A mapping; keys in document order. */
    public record MapNode(Place place, Map<String, Node> entries, Map<String, Place> keyPlaces) implements Node {
        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** A sequence. */
    public record ListNode(Place place, List<Node> items) implements Node {
        @Override
        public String shape() {
            return "a list";
        }
    }

    /** A scalar: its text, or null for an explicit null / empty value. */
    public record Scalar(Place place, String text) implements Node {
        @Override
        public String shape() {
            return "a value";
        }

        public boolean isNull() {
            return text == null;
        }
    }

    /**
     * Reads one document from the parser. Duplicate keys are reported as errors (the first value is kept).
     * Parse errors propagate as {@link IOException}; the caller turns them into problems.
     */
    /** YAML aliases reported each at its place; past these, one error gives their number. */
    private static final int ALIASES_LISTED = 10;

    static Node read(JsonParser p, String file, int maxChars, Problems problems) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            return null;
        }
        int[] aliases = new int[1];
        Node root = readValue(p, file, maxChars, problems, aliases);
        if (aliases[0] > ALIASES_LISTED) {
            problems.error(Place.file(file), "the file has " + Sizes.count(aliases[0]) + " YAML aliases in all (the"
                    + " first " + ALIASES_LISTED + " are listed); none is accepted");
        }
        return root;
    }

    private static Node readValue(JsonParser p, String file, int maxChars, Problems problems, int[] aliases)
            throws IOException {
        JsonToken t = p.currentToken();
        Place place = place(file, p.currentTokenLocation());
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            // aliases are never expanded: that rules out alias bombs and keeps every value's place honest; the
            // first ten are reported where they are, all at once, the others counted (a bomb has thousands)
            if (aliases[0]++ < ALIASES_LISTED) {
                problems.error(place, ProblemCode.YAML_ALIAS, new Arg(Arg.Kind.INPUT, Arg.Style.PLAIN, List.of(p.getText())));
            }
            return new Scalar(place, null);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Place> keyPlaces = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Place keyPlace = place(file, p.currentTokenLocation());
                    if (key.length() > maxChars) {
                        problems.error(keyPlace, "this key is " + Sizes.count(key.length()) + " characters long; at most "
                                + Sizes.count(maxChars) + " are accepted");
                        key = key.substring(0, 40) + "…";
                    }
                    p.nextToken();
                    Node value = readValue(p, file, maxChars, problems, aliases);
                    if (entries.containsKey(key)) {
                        problems.error(keyPlace, ProblemCode.KEY_TWICE, Arg.inputWhole(key),
                                Arg.number(keyPlaces.get(key).line()));
                    } else {
                        entries.put(key, value);
                        keyPlaces.put(key, keyPlace);
                    }
                }
                return new MapNode(place, entries, keyPlaces);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, maxChars, problems, aliases));
                }
                return new ListNode(place, items);
            }
            case VALUE_NULL:
                return new Scalar(place, null);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE: {
                String text = p.getText();
                if (text.length() > maxChars) {
                    // JSON parsers refuse this themselves; YAML's does not
                    problems.error(place, "this value is " + Sizes.count(text.length()) + " characters long; at most "
                            + Sizes.count(maxChars) + " are accepted");
                    return new Scalar(place, null);
                }
                String clean = Text.withoutControls(text);
                if (clean != text) {
                    problems.warning(place, ProblemCode.CONTROL_CHARACTERS_VALUE, Arg.input(text));
                }
                return new Scalar(place, clean);
            }
            case VALUE_EMBEDDED_OBJECT:
                // YAML's !!binary: bytes are no value of the contract
                problems.error(place, "a binary (!!binary) value is not accepted here; write the value as text");
                return new Scalar(place, null);
            default:
                throw new IOException("unexpected " + t);
        }
    }

    static Place place(String file, JsonLocation loc) {
        return Place.text(file, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
    }
}
