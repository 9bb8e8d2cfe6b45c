package org.plnkit.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The comments of a hand-written participant file, kept when the studio saves it: each comment goes back before the
 * field, connection or link it was written above (or at the end of its line), found again by its place in the file
 * ({@code participant.role}, the connection's id or else its name, a link's two ends), wherever the studio writes it.
 * A comment whose place is gone (the connection was removed or renamed) is kept at the end of the file under a note,
 * never dropped.
 *
 * <pre>{@code
 * String saved = Comments.of(fileOnDisk).applyTo(draft.yaml().text());
 * }</pre>
 */
final class Comments {
    /** The first line the studio writes; not carried over, since it is written anyway. */
    static final String HEADER = "# A PLN file (docs/formats.md), saved by pln serve. Check it with: pln validate FILE";
    /** Heads the comments whose place is gone. */
    static final String ORPHANS = "# Comments kept from an earlier version of this file (what they were next to is gone):";

    /** Comment lines (without indentation) by the place they stand before. */
    private final Map<String, List<String>> before;
    /** A comment at the end of a field's line, by the field's place. */
    private final Map<String, String> inline;
    /** Comments after the last line of content. */
    private final List<String> end;
    /** Comments with no place of their own (in a list of topics, or under the note of an earlier save). */
    private final List<String> orphans;

    private Comments(Map<String, List<String>> before, Map<String, String> inline, List<String> end,
                     List<String> orphans) {
        this.before = before;
        this.inline = inline;
        this.end = end;
        this.orphans = orphans;
    }

    /** No comments. */
    static Comments none() {
        return new Comments(Map.of(), Map.of(), List.of(), List.of());
    }

    boolean isEmpty() {
        return before.isEmpty() && inline.isEmpty() && end.isEmpty() && orphans.isEmpty();
    }

    /** The comments of a file's text; none when it is not YAML the studio can place them in. */
    static Comments of(String text) {
        if (text == null || !text.contains("#")) {
            return none();
        }
        Optional<Places> places = Places.of(text);
        if (places.isEmpty()) {
            return none();
        }
        Places p = places.get();
        String[] lines = text.split("\n", -1);
        Map<String, List<String>> before = new LinkedHashMap<>();
        Map<String, String> inline = new LinkedHashMap<>();
        List<String> block = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int c = p.commentAt(lines, i);
            String content = (c < 0 ? lines[i] : lines[i].substring(0, c)).strip();
            if (c >= 0 && content.isEmpty()) {
                String s = lines[i].substring(c).strip();
                if (!s.equals(HEADER) && !(i == 0 && s.startsWith("# A PLN file"))) {
                    block.add(s);
                }
                continue;
            }
            if (content.isEmpty()) {
                continue;
            }
            if (!block.isEmpty()) {
                String place = p.items.getOrDefault(i, p.keys.get(i));
                if (place == null) {
                    orphans.addAll(block);
                } else {
                    before.computeIfAbsent(place, k -> new ArrayList<>()).addAll(block);
                }
                block = new ArrayList<>();
            }
            if (c >= 0) {
                String s = lines[i].substring(c).strip();
                String field = p.keys.get(i);
                if (field != null && p.appendable.contains(i) && !inline.containsKey(field)) {
                    inline.put(field, s);
                } else {
                    orphans.add(s);
                }
            }
        }
        // the trailing comments; those under the note of an earlier save are orphans again
        int note = block.indexOf(ORPHANS);
        List<String> end = new ArrayList<>(note < 0 ? block : block.subList(0, note));
        if (note >= 0) {
            orphans.addAll(block.subList(note + 1, block.size()));
        }
        return new Comments(before, inline, end, orphans);
    }

    /**
     * The text the studio writes, with these comments put back in their places; comments whose place is not in
     * {@code rendered} go to the end, under {@link #ORPHANS}.
     */
    String applyTo(String rendered) {
        if (isEmpty()) {
            return rendered;
        }
        Optional<Places> places = Places.of(rendered);
        if (places.isEmpty()) {
            return rendered;
        }
        Places p = places.get();
        Map<String, List<String>> left = new LinkedHashMap<>(before);
        Map<String, String> leftInline = new LinkedHashMap<>(inline);
        String[] lines = rendered.split("\n", -1);
        StringBuilder out = new StringBuilder(rendered.length() + 256);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && line.isEmpty()) {
                break;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            for (String place : new String[] {p.items.get(i), p.keys.get(i)}) {
                List<String> c = place == null ? null : left.remove(place);
                if (c != null) {
                    c.forEach(x -> out.append(indent).append(x).append('\n'));
                }
            }
            out.append(line);
            String field = p.keys.get(i);
            if (field != null && p.appendable.contains(i) && leftInline.containsKey(field)) {
                out.append("  ").append(leftInline.remove(field));
            }
            out.append('\n');
        }
        end.forEach(x -> out.append(x).append('\n'));
        List<String> rest = new ArrayList<>();
        left.values().forEach(rest::addAll);
        leftInline.values().forEach(rest::add);
        rest.addAll(orphans);
        if (!rest.isEmpty()) {
            out.append(ORPHANS).append('\n');
            rest.forEach(x -> out.append(x).append('\n'));
        }
        return out.toString();
    }

    /** Where things are in a participant file's text, by 0-based line. */
    private static final class Places {
        /** The line of each key: {@code participant}, {@code participant.role}, {@code connections.<who>.url}… */
        final Map<Integer, String> keys = new HashMap<>();
        /** The line each connection or link starts on ("- "): {@code connections.<who>}. */
        final Map<Integer, String> items = new HashMap<>();
        /** Lines of a key whose value ends on the line or starts below it: a comment can end the line. */
        final java.util.Set<Integer> appendable = new java.util.HashSet<>();
        /** Every scalar's span (start line, start column, end line, end column): a '#' in one is not a comment. */
        final List<int[]> scalars = new ArrayList<>();

        static Optional<Places> of(String text) {
            Node root;
            try {
                LoaderOptions lo = new LoaderOptions();
                lo.setAllowDuplicateKeys(true);
                lo.setMaxAliasesForCollections(10);
                root = new Yaml(lo).compose(new StringReader(text));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (!(root instanceof MappingNode top)) {
                return Optional.empty();
            }
            Places p = new Places();
            String[] lines = text.split("\n", -1);
            p.scalars(root);
            for (NodeTuple t : top.getValue()) {
                String key = key(t.getKeyNode());
                p.key(lines, t, key);
                Node v = t.getValueNode();
                if (key.equals("participant") && v instanceof MappingNode m) {
                    for (NodeTuple f : m.getValue()) {
                        p.key(lines, f, "participant." + key(f.getKeyNode()));
                    }
                } else if ((key.equals("connections") || key.equals("links")) && v instanceof SequenceNode s) {
                    Map<String, Integer> seen = new HashMap<>();
                    for (Node item : s.getValue()) {
                        String who = key + "." + who(item, key.equals("links"));
                        int n = seen.merge(who, 1, Integer::sum);
                        String place = n == 1 ? who : who + "#" + n;
                        p.items.putIfAbsent(item.getStartMark().getLine(), place);
                        if (item instanceof MappingNode m) {
                            for (NodeTuple f : m.getValue()) {
                                p.key(lines, f, place + "." + key(f.getKeyNode()));
                            }
                        }
                    }
                }
            }
            return Optional.of(p);
        }

        private void key(String[] lines, NodeTuple t, String place) {
            int line = t.getKeyNode().getStartMark().getLine();
            keys.putIfAbsent(line, place);
            Node v = t.getValueNode();
            if (v.getEndMark().getLine() == line && !(v instanceof ScalarNode sn && sn.getScalarStyle().getChar() != null
                    && (sn.getScalarStyle().getChar() == '|' || sn.getScalarStyle().getChar() == '>'))
                    || v.getStartMark().getLine() > line && !(v instanceof ScalarNode)) {
                appendable.add(line);
            }
        }

        private void scalars(Node n) {
            if (n instanceof ScalarNode) {
                scalars.add(new int[] {n.getStartMark().getLine(), n.getStartMark().getColumn(),
                        n.getEndMark().getLine(), n.getEndMark().getColumn()});
            } else if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    scalars(t.getKeyNode());
                    scalars(t.getValueNode());
                }
            } else if (n instanceof SequenceNode s) {
                s.getValue().forEach(this::scalars);
            }
        }

        /** The column where a comment starts on a line (a '#' at the start or after a space, in no scalar), or -1. */
        int commentAt(String[] lines, int line) {
            String l = lines[line];
            for (int c = l.indexOf('#'); c >= 0; c = l.indexOf('#', c + 1)) {
                if ((c == 0 || Character.isWhitespace(l.charAt(c - 1))) && !inScalar(line, c)) {
                    return c;
                }
            }
            return -1;
        }

        private boolean inScalar(int line, int col) {
            for (int[] s : scalars) {
                boolean after = line > s[0] || line == s[0] && col >= s[1];
                boolean beforeEnd = line < s[2] || line == s[2] && col < s[3];
                if (after && beforeEnd) {
                    return true;
                }
            }
            return false;
        }

        private static String key(Node n) {
            String k = n instanceof ScalarNode s ? s.getValue() : "?";
            return k.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        }

        /** A connection by its id, else its name; a link by its two ends. */
        private static String who(Node item, boolean link) {
            Map<String, String> f = new HashMap<>();
            if (item instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getValueNode() instanceof ScalarNode s) {
                        f.putIfAbsent(key(t.getKeyNode()), s.getValue().strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (link) {
                return f.getOrDefault("from", "") + ">" + f.getOrDefault("to", "");
            }
            String id = f.getOrDefault("id", "");
            return id.isEmpty() ? "name:" + f.getOrDefault("name", "") : id;
        }
    }
}
