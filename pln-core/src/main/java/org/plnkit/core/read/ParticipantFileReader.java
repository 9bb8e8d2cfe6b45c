package org.plnkit.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.InputFiles;
import org.plnkit.core.read.internal.Text;

/**
 * Reads a participant file (YAML or JSON) per the input contract into a {@link Pln}. Every problem is collected
 * with its line and column; when there is an error, no model is returned.
 *
 * <pre>{@code
 * ReadResult<Pln> r = new ParticipantFileReader(Taxonomy.defaults(), Limits.DEFAULT).read(Path.of("maria.yaml"));
 * r.problems().forEach(System.out::println);   // maria.yaml:14:12: error: value 7 is not between 1 and 5
 * Pln pln = r.value().orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ParticipantFileReader {
    static final List<String> PARTICIPANT_FIELDS = ContractFields.keys(Field.Part.PARTICIPANT);
    static final List<String> CONNECTION_FIELDS = ContractFields.keys(Field.Part.CONNECTION);
    static final List<String> LINK_FIELDS = ContractFields.keys(Field.Part.LINK);

    private final Taxonomy taxonomy;
    private final Limits limits;

    public ParticipantFileReader(Taxonomy taxonomy, Limits limits) {
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    /** A reader with the default taxonomy and limits. */
    public ParticipantFileReader() {
        this(Taxonomy.defaults(), Limits.DEFAULT);
    }

    /** Reads a file; the format follows the extension ({@code .json}, else YAML). The file is never written. */
    public ReadResult<Pln> read(Path file) {
        String name = file.toString();
        try {
            InputFiles.requireRegular(file); // a FIFO would block forever
            long size = Files.size(file);
            if (size > limits.maxParticipantFileBytes()) {
                return fail(Limit.PARTICIPANT_FILE_SIZE.error(Place.file(name), "the file is " + mb(size),
                        limits.maxParticipantFileBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            return read(name, bytes);
        } catch (NoSuchFileException e) {
            return fail(Place.file(name), "no such file");
        } catch (IOException e) {
            return fail(Place.file(name), "cannot read the file: " + InputFiles.reason(e));
        }
    }

    /** Reads the bytes of a participant file; {@code name} (ending .json for JSON) is used in messages. */
    public ReadResult<Pln> read(String name, byte[] bytes) {
        if (bytes.length > limits.maxParticipantFileBytes()) {
            return fail(Limit.PARTICIPANT_FILE_SIZE.error(Place.file(name), "the file is " + mb(bytes.length),
                    limits.maxParticipantFileBytes()));
        }
        Documents.Format format = name.toLowerCase(Locale.ROOT).endsWith(".json") ? Documents.Format.JSON
                : Documents.Format.YAML;
        Problems problems = new Problems();
        Optional<String> binary = FileKinds.binary(bytes, bytes.length);
        if (binary.isPresent()) {
            return fail(Place.file(name), "this is " + binary.get() + ", not a YAML or JSON participant file");
        }
        String text = decode(name, bytes, problems);
        if (text == null) {
            return ReadResult.failed(problems.toList());
        }
        Tree.Node root = Documents.parse(name, text, format, limits, problems);
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        if (root == null || root instanceof Tree.Scalar sc && Text.isBlank(sc.text())) {
            problems.error(Place.file(name), "the file is empty; it needs at least participant: with an id");
            return ReadResult.failed(problems.toList());
        }
        Pln pln = build(name, root, problems);
        if (problems.hasErrors() || pln == null) {
            return ReadResult.failed(problems.toList());
        }
        return ReadResult.of(pln, problems.toList());
    }

    /**
     * The text of the file: UTF-8 (a BOM is skipped), UTF-16 with a BOM, or Windows-1252 with a warning; null
     * when it is none of them (the error is recorded with its line).
     */
    private static String decode(String name, byte[] bytes, Problems problems) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_16); // the BOM tells the byte order
        }
        TextEncoding.Detected d;
        try {
            d = TextEncoding.detect(new ByteArrayInputStream(bytes), "UTF-8", "as older Windows editors save text");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
        Place place = d.line() > 0 ? Place.text(name, d.line(), 0) : Place.file(name);
        if (d.isError()) {
            problems.error(place, d.message().orElseThrow());
            return null;
        }
        d.message().ifPresent(m -> problems.warning(place, m));
        return new String(bytes, d.skip(), bytes.length - d.skip(), d.charset().orElseThrow());
    }

    private Pln build(String name, Tree.Node root, Problems problems) {
        if (!(root instanceof Tree.MapNode top)) {
            problems.error(root.place(), "a participant file is a mapping with participant:, connections: and links:, not "
                    + root.shape());
            return null;
        }
        Map<String, Tree.Node> entries = normalizedKeys(top, List.of("participant", "connections", "links"), problems);
        Tree.Node pNode = entries.get("participant");
        if (pNode == null) {
            problems.error(top.place(), "participant: is missing; it needs at least an id");
            return null;
        }
        Participant participant = participant(pNode, problems);

        List<Tree.MapNode> cNodes = new ArrayList<>();
        Tree.Node cs = entries.get("connections");
        if (cs instanceof Tree.ListNode l) {
            for (Tree.Node n : l.items()) {
                if (n instanceof Tree.MapNode m) {
                    cNodes.add(m);
                } else {
                    problems.error(n.place(), "a connection is a mapping with name, kind and category, not " + n.shape());
                }
            }
        } else if (cs != null && !(cs instanceof Tree.Scalar s && s.isNull())) {
            problems.error(cs.place(), "connections: is a list of connections, not " + cs.shape());
        }
        if (cNodes.size() > limits.maxConnectionsPerParticipant()) {
            problems.add(Limit.CONNECTIONS.error(cs.place(), "there are " + Sizes.count(cNodes.size())
                    + " connections", limits.maxConnectionsPerParticipant()));
            return null;
        }
        Set<String> inFile = new HashSet<>();
        List<Connection> connections = connections(cNodes, participant, inFile, problems);
        List<Link> links = links(entries.get("links"), connections, inFile, problems);
        if (participant == null || connections == null || problems.hasErrors()) {
            return null;
        }
        return new Pln(participant, connections, links);
    }

    private Participant participant(Tree.Node node, Problems problems) {
        if (!(node instanceof Tree.MapNode m)) {
            problems.error(node.place(), "participant: is a mapping with id, name, role…, not " + node.shape());
            return null;
        }
        Map<String, Tree.Node> f = normalizedKeys(m, PARTICIPANT_FIELDS, problems);
        String id = scalar(f, "id", problems);
        if (Text.isBlank(id)) {
            problems.error(m.place(), "participant id is missing");
        }
        Optional<java.time.LocalDate> asOf = Fields.date("as_of", scalar(f, "as_of", problems), place(f, "as_of", m), problems);
        List<String> topics = Fields.topics(list(f, "topics", problems));
        if (Text.isBlank(id)) {
            return null;
        }
        String nm = scalar(f, "name", problems);
        return new Participant(id.strip(), nm == null ? "" : nm.strip(), Fields.text(scalar(f, "role", problems)),
                Fields.text(scalar(f, "school", problems)), topics, Fields.text(scalar(f, "organizer", problems)), asOf);
    }

    /** The connections without errors; {@code inFile} gets the id of every connection of the file. */
    private List<Connection> connections(List<Tree.MapNode> nodes, Participant participant, Set<String> inFile,
                                         Problems problems) {
        List<Map<String, Tree.Node>> fields = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        Map<String, Place> explicitPlaces = new LinkedHashMap<>();
        for (Tree.MapNode m : nodes) {
            Map<String, Tree.Node> f = normalizedKeys(m, CONNECTION_FIELDS, problems);
            fields.add(f);
            String id = scalar(f, "id", problems);
            if (id != null) {
                if (id.isBlank()) {
                    problems.error(place(f, "id", m), "a connection id cannot be blank; remove it to use the name");
                } else if (!explicit.add(id.strip())) {
                    problems.error(place(f, "id", m), ProblemCode.CONNECTION_ID_TWICE, Arg.connectionWhole(id.strip()),
                            Arg.number(explicitPlaces.get(id.strip()).line()));
                } else {
                    explicitPlaces.put(id.strip(), place(f, "id", m));
                }
            }
        }
        // default ids: slugs of names, unique against explicit ids and each other, in file order
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>(explicit);
        for (int i = 0; i < nodes.size(); i++) {
            String id = scalar(fields.get(i), "id", problems);
            if (!Text.isBlank(id)) {
                ids.add(id.strip());
                continue;
            }
            String nm = scalar(fields.get(i), "name", problems);
            ids.add(Text.uniqueSlug(nm == null ? "" : nm, i + 1, used));
        }
        inFile.addAll(ids);
        Set<String> participantTopics = new HashSet<>();
        if (participant != null) {
            participant.topics().forEach(t -> participantTopics.add(t.toLowerCase(Locale.ROOT)));
        }
        List<Connection> out = new ArrayList<>();
        // the first connection of each name (case and spaces aside), to catch one source entered twice
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Tree.MapNode m = nodes.get(i);
            Map<String, Tree.Node> f = fields.get(i);
            String nm = scalar(f, "name", problems);
            if (Text.isBlank(nm)) {
                // at the connection's first line, about its name field (a form shows it at the name box)
                problems.error(m.place().withField("name"), "this connection has no name");
            } else {
                String key = nm.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                Integer first = byName.putIfAbsent(key, i);
                // two given ids say they are two on purpose (two colleagues of one name)
                if (first != null && (Text.isBlank(scalar(fields.get(first), "id", problems))
                        || Text.isBlank(scalar(f, "id", problems)))) {
                    problems.warning(place(f, "name", m), ProblemCode.CONNECTION_NAME_TWICE,
                            Arg.connection(nm.strip()), Arg.number(first + 1));
                }
            }
            String kindText = scalar(f, "kind", problems);
            Optional<Kind> kind = Fields.kind(kindText, place(f, "kind", m), problems);
            if (Text.isBlank(kindText)) {
                problems.error(m.place().withField("kind"), ProblemCode.CONNECTION_WITHOUT_KIND,
                        label(nm, ids.get(i)));
            }
            String catText = scalar(f, "category", problems);
            Optional<Category> category = Fields.category(catText, taxonomy, place(f, "category", m), problems);
            if (Text.isBlank(catText)) {
                problems.error(m.place().withField("category"), ProblemCode.CONNECTION_WITHOUT_CATEGORY,
                        label(nm, ids.get(i)));
            }
            Connection.Builder b = Connection.builder(ids.get(i), nm == null ? "" : nm.strip(), kind.orElse(Kind.RESOURCE),
                    category.map(Category::id).orElse(""));
            b.sharedId(Fields.text(scalar(f, "shared_id", problems)).orElse(null));
            b.url(Fields.url(scalar(f, "url", problems), place(f, "url", m), problems).orElse(null));
            b.feed(Fields.url(scalar(f, "feed", problems), place(f, "feed", m), problems).orElse(null));
            b.metVia(Fields.text(scalar(f, "met_via", problems)).orElse(null));
            b.frequency(Fields.frequency(scalar(f, "frequency", problems), place(f, "frequency", m), problems).orElse(null));
            b.value(Fields.value(scalar(f, "value", problems), place(f, "value", m), problems).orElse(null));
            b.givesBack(Fields.yesNo("gives_back", scalar(f, "gives_back", problems), place(f, "gives_back", m), problems).orElse(null));
            b.participation(Fields.participation(scalar(f, "participation", problems), place(f, "participation", m), problems).orElse(null));
            b.wantsMore(Fields.yesNo("wants_more", scalar(f, "wants_more", problems), place(f, "wants_more", m), problems).orElse(null));
            List<String> topics = Fields.topics(list(f, "topics", problems));
            if (!participantTopics.isEmpty()) {
                for (String t : topics) {
                    if (!participantTopics.contains(t.toLowerCase(Locale.ROOT))) {
                        Optional<String> near = Text.didYouMean(t, participant.topics());
                        near.ifPresent(s -> problems.warning(place(f, "topics", m), ProblemCode.TOPIC_NEAR,
                                Arg.inputWhole(t), Arg.inputWhole(s)));
                    }
                }
            }
            b.topics(topics);
            Optional<LocalDate> last = Fields.date("last_contact", scalar(f, "last_contact", problems),
                    place(f, "last_contact", m), problems);
            b.lastContact(last.orElse(null));
            Fields.lastContactAfterAsOf(last, participant == null ? Optional.empty() : participant.asOf(),
                    () -> place(f, "last_contact", m)).ifPresent(problems::add);
            if (!Text.isBlank(nm) && kind.isPresent() && category.isPresent()) {
                out.add(b.build());
            }
        }
        return out;
    }

    /**
     * The links between connections without errors. A link to a connection of the file that was left out for its own
     * errors is left out too, without another error: the connection's errors say what to fix.
     */
    private List<Link> links(Tree.Node node, List<Connection> connections, Set<String> inFile, Problems problems) {
        List<Link> out = new ArrayList<>();
        if (node == null || node instanceof Tree.Scalar s && s.isNull()) {
            return out;
        }
        if (!(node instanceof Tree.ListNode l)) {
            problems.error(node.place(), "links: is a list of { from: id, to: id }, not " + node.shape());
            return out;
        }
        Set<String> ids = new HashSet<>();
        connections.forEach(c -> ids.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (Tree.Node n : l.items()) {
            if (!(n instanceof Tree.MapNode m)) {
                problems.error(n.place(), "a link is a mapping { from: id, to: id }, not " + n.shape());
                continue;
            }
            Map<String, Tree.Node> f = normalizedKeys(m, LINK_FIELDS, problems);
            String from = scalar(f, "from", problems);
            String to = scalar(f, "to", problems);
            if (Text.isBlank(from) || Text.isBlank(to)) {
                problems.error(m.place(), "a link needs both from: and to:");
                continue;
            }
            from = from.strip();
            to = to.strip();
            boolean ok = true;
            for (String end : List.of(from, to)) {
                if (!ids.contains(end) && inFile.contains(end)) {
                    ok = false;
                } else if (!ids.contains(end)) {
                    Optional<String> near = Text.didYouMean(end, inFile.stream().sorted().toList());
                    // at the link's line, about the end that is unknown (a form shows it at that box)
                    Place at = m.place().withField(end.equals(from) ? "from" : "to");
                    if (near.isPresent()) {
                        problems.error(at, ProblemCode.LINK_UNKNOWN_SUGGEST, Arg.connectionWhole(end),
                                new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(near.get())));
                    } else {
                        problems.error(at, ProblemCode.LINK_UNKNOWN, Arg.connectionWhole(end));
                    }
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            if (from.equals(to)) {
                problems.error(m.place(), ProblemCode.LINK_ITSELF, Arg.connectionWhole(from));
                continue;
            }
            String key = from.compareTo(to) < 0 ? from + "\u0000" + to : to + "\u0000" + from;
            if (!seen.add(key)) {
                problems.warning(m.place(), ProblemCode.LINK_TWICE, new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(from)),
                        new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(to)));
                continue;
            }
            out.add(new Link(from, to));
        }
        return out;
    }

    /** Entries with keys in canonical form ({@code Met Via} = {@code met_via}); unknown keys are warned about. */
    private static Map<String, Tree.Node> normalizedKeys(Tree.MapNode m, List<String> known, Problems problems) {
        Map<String, Tree.Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tree.Node> e : m.entries().entrySet()) {
            String k = Text.headerKey(e.getKey());
            if (!known.contains(k)) {
                Optional<String> near = Text.didYouMean(k, known);
                if (near.isPresent()) {
                    problems.warning(m.keyPlaces().get(e.getKey()), ProblemCode.UNKNOWN_FIELD_SUGGEST,
                            Arg.inputWhole(e.getKey()), Arg.word(near.get()));
                } else {
                    problems.warning(m.keyPlaces().get(e.getKey()), ProblemCode.UNKNOWN_FIELD, Arg.inputWhole(e.getKey()));
                }
                continue;
            }
            if (out.containsKey(k)) {
                problems.error(m.keyPlaces().get(e.getKey()), "field " + k + " is given twice");
                continue;
            }
            out.put(k, e.getValue());
        }
        return out;
    }

    private static String scalar(Map<String, Tree.Node> f, String key, Problems problems) {
        Tree.Node n = f.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Tree.Scalar s) {
            return s.text();
        }
        // report once per node: remove it so later look-ups return null silently
        f.remove(key);
        problems.error(n.place(), key + " should be a single value, not " + n.shape());
        return null;
    }

    private static List<String> list(Map<String, Tree.Node> f, String key, Problems problems) {
        Tree.Node n = f.get(key);
        List<String> out = new ArrayList<>();
        if (n instanceof Tree.ListNode l) {
            for (Tree.Node i : l.items()) {
                if (i instanceof Tree.Scalar s) {
                    if (!s.isNull()) {
                        out.add(s.text());
                    }
                } else {
                    problems.error(i.place(), "each of " + key + " should be a single value, not " + i.shape());
                }
            }
        } else if (n instanceof Tree.Scalar s && !s.isNull()) {
            if (key.equals("topics")) {
                Fields.warnCommaTopics(s.text(), s.place(), problems);   // "literacy, math" is one topic (#7)
            }
            out.addAll(Text.splitList(s.text()));
        } else if (n instanceof Tree.MapNode) {
            problems.error(n.place(), key + " should be a list, not a mapping");
        }
        return out;
    }

    private static Place place(Map<String, Tree.Node> f, String key, Tree.MapNode owner) {
        Tree.Node n = f.get(key);
        return (n == null ? owner.place() : n.place()).withField(key);
    }

    private static Arg label(String name, String id) {
        return Text.isBlank(name) ? new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(id))
                : Arg.connectionWhole(name.strip());
    }

    private static ReadResult<Pln> fail(Place place, String message) {
        return fail(org.plnkit.core.problem.Problem.error(place, message));
    }

    private static ReadResult<Pln> fail(org.plnkit.core.problem.Problem problem) {
        Problems p = new Problems();
        p.add(problem);
        return ReadResult.failed(p.toList());
    }

    private static String mb(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
}
