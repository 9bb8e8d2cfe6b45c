package org.plnkit.report.exchange;

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
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limit;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.internal.Fields;
import org.plnkit.core.read.internal.Text;

/**
 * Turns a {@link RawGraph} into a PLN: finds the participant (a node marked {@code ego}, the node the mapping
 * names, or attributes given outside any node), maps attribute names and values to the contract's fields, and
 * parses every value with the same {@link Fields} rules as the participant file reader. Every problem has the place
 * of the node, edge or value it is about.
 */
final class PlnAssembler {
    /** Names that are part of the exchange formats themselves or of tools' bookkeeping: ignored without a warning. */
    private static final Set<String> QUIET = Set.of("label", "category_label", "weight", "relation",
            "nodeid", "edgeid", "from", "to", "x", "y", "z", "size", "color", "r", "g", "b", "pid", "_egoid", "_uid");
    /** A cohort's column names for connection fields whose participant-file key differs: connection_name is name. */
    private static final Map<String, String> ALIASES = ContractFields.CONNECTION.stream()
            .filter(f -> f.key().isPresent() && f.columnName().isPresent() && !f.key().equals(f.columnName()))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f.columnName().get(), f -> f.key().get()));

    /** A node's category was given but is not in the taxonomy in use. */
    private boolean unknownCategory;
    private final ImportMapping mapping;
    private final Taxonomy taxonomy;
    private final Limits limits;
    private final Set<String> quiet;
    /** Names that are no field, per file, in the order met. */
    private final Map<String, Map<String, Place>> unmapped = new LinkedHashMap<>();
    /** Said after a value another tool wrote that does not parse: the mapping can translate it. */
    static final String VALUES_HINT = "; if the other tool writes it so, translate it in the values: section of a"
            + " mapping file (see docs/interchange.md)";

    PlnAssembler(ImportMapping mapping, Taxonomy taxonomy, Limits limits, Set<String> alsoQuiet) {
        this.mapping = mapping;
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.quiet = new HashSet<>(QUIET);
        alsoQuiet.forEach(q -> this.quiet.add(Text.headerKey(q)));
    }

    /** The PLN, or empty when an error makes it unsafe (the errors are in {@code problems}). */
    Optional<Pln> assemble(RawGraph g, String fallbackParticipantId, Problems problems) {
        Place filePlace = Place.file(g.file());
        boolean nameFromLabel = g.declared().stream().noneMatch(a -> field(a).filter("name"::equals).isPresent());
        Set<String> warned = new HashSet<>();

        // resolve every node's attributes to contract fields
        List<Map<String, RawGraph.Cell>> resolved = new ArrayList<>();
        for (RawGraph.Node n : g.nodes()) {
            resolved.add(resolve(n.attrs(), nameFromLabel, warned, problems));
        }
        Map<String, RawGraph.Cell> egoAttrs = resolve(g.egoAttrs(), nameFromLabel, warned, problems);
        // one warning per file for what is not read (#16: nothing silently dropped, and not one warning per column)
        for (Map.Entry<String, Map<String, Place>> f : unmapped.entrySet()) {
            problems.warning(Place.file(f.getKey()), ProblemCode.IMPORT_UNMAPPED,
                    Arg.columns(List.copyOf(f.getValue().keySet())));
        }

        // which node is the participant
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            RawGraph.Node n = g.nodes().get(i);
            Integer prev = index.putIfAbsent(n.id(), i);
            if (prev != null) {
                problems.error(n.place(), ProblemCode.IMPORT_NODE_ID_TWICE, Arg.connectionWhole(n.id()));
            }
        }
        int ego = -1;
        if (mapping.egoNode().isPresent()) {
            Integer i = index.get(mapping.egoNode().get());
            if (i == null) {
                Optional<String> near = Text.didYouMean(mapping.egoNode().get(),
                        index.keySet().stream().sorted().toList());
                if (near.isPresent()) {
                    problems.error(filePlace, ProblemCode.IMPORT_NO_EGO_NODE_SUGGEST,
                            Arg.connectionWhole(mapping.egoNode().get()), new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(near.get())));
                } else {
                    problems.error(filePlace, ProblemCode.IMPORT_NO_EGO_NODE, Arg.connectionWhole(mapping.egoNode().get()));
                }
                return Optional.empty();
            }
            ego = i;
        } else {
            for (int i = 0; i < resolved.size(); i++) {
                RawGraph.Cell c = resolved.get(i).get("ego");
                if (c != null && Fields.yesNo("ego", c.text(), c.place(), problems).orElse(false)) {
                    if (ego >= 0) {
                        problems.error(g.nodes().get(i).place(), ProblemCode.IMPORT_TWO_EGOS,
                                Arg.connectionWhole(g.nodes().get(ego).id()), Arg.connectionWhole(g.nodes().get(i).id()));
                    } else {
                        ego = i;
                    }
                }
            }
        }
        if (ego >= 0) {
            Map<String, RawGraph.Cell> merged = new LinkedHashMap<>(egoAttrs);
            merged.putAll(resolved.get(ego));
            egoAttrs = merged;
        }
        Place egoPlace = ego >= 0 ? g.nodes().get(ego).place() : filePlace;
        Participant participant = participant(egoAttrs, egoPlace, fallbackParticipantId, problems);

        // connections: every other node
        List<Integer> conn = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            if (i != ego && index.get(g.nodes().get(i).id()) == i) {
                conn.add(i);
            }
        }
        if (conn.size() > limits.maxConnectionsPerParticipant()) {
            problems.add(Limit.CONNECTIONS.error(filePlace, String.format(Locale.ROOT, "there are %,d connections",
                    conn.size()), limits.maxConnectionsPerParticipant()));
            return Optional.empty();
        }
        if (ego < 0 && g.egoAttrs().isEmpty()) {
            egoHint(g, resolved, conn, problems);
        }
        Map<Integer, String> ids = ids(g, resolved, conn, problems);
        List<Connection> connections = new ArrayList<>();
        for (int i : conn) {
            connection(g.nodes().get(i), resolved.get(i), ids.get(i), problems).ifPresent(connections::add);
        }

        // links: edges between two connections; ties to the participant are implied by the connections
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawGraph.Edge e : g.edges()) {
            Integer s = index.get(e.source());
            Integer t = index.get(e.target());
            boolean ok = true;
            for (String end : List.of(e.source(), e.target())) {
                if (!index.containsKey(end)) {
                    problems.error(e.place(), ProblemCode.IMPORT_EDGE_UNKNOWN_NODE, Arg.connectionWhole(end));
                    ok = false;
                }
            }
            if (!ok || s == ego || t == ego) {
                continue;
            }
            if (s.equals(t)) {
                problems.warning(e.place(), ProblemCode.IMPORT_EDGE_ITSELF, Arg.connectionWhole(e.source()));
                continue;
            }
            String a = ids.get(s);
            String b = ids.get(t);
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            if (!seen.add(key)) {
                problems.warning(e.place(), ProblemCode.IMPORT_LINK_TWICE, new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(a)), new Arg(Arg.Kind.CONNECTION, Arg.Style.PLAIN, List.of(b)));
                continue;
            }
            links.add(new Link(a, b));
        }
        if (unknownCategory && g.declared().stream().anyMatch(a -> Text.headerKey(a).equals("category_label"))) {
            // category_label is what pln export writes beside the category: likely our own export, made with a
            // district's taxonomy and read back without it (#7)
            problems.warning(filePlace, ProblemCode.IMPORT_OTHER_TAXONOMY);
        }
        if (participant == null || problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Pln(participant, connections, links));
    }

    /**
     * No node is marked as the participant: when exactly one node has neither kind nor category and the others
     * have both, it is most likely the participant's own node (Gephi's, yEd's drawings of "me"); its errors are
     * then joined by a hint naming the option that says so.
     */
    private void egoHint(RawGraph g, List<Map<String, RawGraph.Cell>> resolved, List<Integer> conn,
                         Problems problems) {
        int bare = -1;
        for (int i : conn) {
            boolean noKind = Text.isBlank(text(resolved.get(i), "kind"));
            boolean noCategory = Text.isBlank(text(resolved.get(i), "category"));
            if (noKind && noCategory && bare < 0) {
                bare = i;
            } else if (noKind || noCategory) {
                return;   // another node lacks them too: not a sign of the participant's node
            }
        }
        if (bare >= 0 && conn.size() > 1) {
            RawGraph.Node n = g.nodes().get(bare);
            String name = text(resolved.get(bare), "name");
            problems.warning(n.place(), ProblemCode.IMPORT_EGO_HINT,
                    Arg.connectionWhole(Text.isBlank(name) ? n.id() : name.strip()), Arg.connectionWhole(n.id()));
        }
    }

    /** The contract field a name in the file stands for: mapped, a field name, or an alias. */
    Optional<String> field(String attrName) {
        Optional<String> explicit = mapping.explicitTarget(attrName);
        if (explicit.isPresent()) {
            return explicit.filter(t -> !t.equals("ignore"));
        }
        String k = Text.headerKey(attrName);
        if (ALIASES.containsKey(k)) {
            return Optional.of(ALIASES.get(k));
        }
        return ImportMapping.TARGETS.contains(k) && !k.equals("ignore") ? Optional.of(k) : Optional.empty();
    }

    private Map<String, RawGraph.Cell> resolve(Map<String, RawGraph.Cell> attrs, boolean nameFromLabel,
                                               Set<String> warned, Problems problems) {
        Map<String, RawGraph.Cell> out = new LinkedHashMap<>();
        Map<String, String> from = new HashMap<>();
        for (Map.Entry<String, RawGraph.Cell> e : attrs.entrySet()) {
            String k = Text.headerKey(e.getKey());
            Optional<String> f = field(e.getKey());
            if (f.isEmpty() && nameFromLabel && k.equals("label") && mapping.explicitTarget(e.getKey()).isEmpty()) {
                f = Optional.of("name");
            }
            if (f.isEmpty()) {
                boolean explicitIgnore = mapping.explicitTarget(e.getKey()).isPresent();
                if (!explicitIgnore && !quiet.contains(k) && !k.startsWith("networkcanvas")) {
                    unmapped.computeIfAbsent(e.getValue().place().file(), x -> new LinkedHashMap<>())
                            .putIfAbsent(e.getKey(), e.getValue().place());
                }
                continue;
            }
            String prev = from.putIfAbsent(f.get(), e.getKey());
            if (prev != null) {
                if (warned.add("twice:" + f.get())) {
                    problems.warning(e.getValue().place(), ProblemCode.IMPORT_FIELD_TWICE, Arg.columnWhole(prev),
                            Arg.columnWhole(e.getKey()), Arg.word(f.get()), Arg.columnWhole(prev));
                }
                continue;
            }
            out.put(f.get(), e.getValue());
        }
        return out;
    }

    private Participant participant(Map<String, RawGraph.Cell> f, Place place, String fallbackId, Problems problems) {
        String id = mapping.participantId().orElse(null);
        if (Text.isBlank(id)) {
            id = text(f, "participant_id");
        }
        String name = text(f, "name");
        if (Text.isBlank(id) && !Text.isBlank(name)) {
            id = Text.slug(name);
        }
        if (Text.isBlank(id)) {
            id = fallbackId;
        }
        if (Text.isBlank(id)) {
            problems.error(place, ProblemCode.IMPORT_NO_PARTICIPANT_ID);
            return null;
        }
        Optional<LocalDate> asOf = Fields.date("as_of", text(f, "as_of"), place(f, "as_of", place), problems);
        Fields.warnCommaTopics(text(f, "topics"), place(f, "topics", place), problems);
        return new Participant(id.strip(), name == null ? "" : name.strip(), Fields.text(text(f, "role")),
                Fields.text(text(f, "school")), Fields.topics(Text.splitList(text(f, "topics"))),
                Fields.text(text(f, "organizer")), asOf);
    }

    private Map<Integer, String> ids(RawGraph g, List<Map<String, RawGraph.Cell>> resolved, List<Integer> conn,
                                     Problems problems) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        Map<String, RawGraph.Node> explicit = new HashMap<>();
        for (int i : conn) {
            RawGraph.Node n = g.nodes().get(i);
            String id = null;
            if (n.id().startsWith(GraphAttributes.CONNECTION_PREFIX)
                    && !n.id().substring(GraphAttributes.CONNECTION_PREFIX.length()).isBlank()) {
                // a connection's id is never blank, as in a participant file (the model rejects one)
                id = n.id().substring(GraphAttributes.CONNECTION_PREFIX.length()).strip();
            } else if (!Text.isBlank(text(resolved.get(i), "id"))) {
                id = text(resolved.get(i), "id").strip();
            }
            if (id != null) {
                RawGraph.Node prev = explicit.putIfAbsent(id, n);
                if (prev != null) {
                    problems.error(n.place(), ProblemCode.IMPORT_CONNECTION_ID_TWICE, Arg.connectionWhole(id), Arg.connectionWhole(prev.id()));
                }
                ids.put(i, id);
            }
        }
        Set<String> used = new HashSet<>(explicit.keySet());
        int position = 0;
        for (int i : conn) {
            position++;
            if (ids.containsKey(i)) {
                continue;
            }
            String name = text(resolved.get(i), "name");
            String base = Text.slug(name == null ? "" : name);
            if (base.isEmpty()) {
                base = "connection-" + position;
            }
            String candidate = base;
            for (int k = 2; !used.add(candidate); k++) {
                candidate = base + "-" + k;
            }
            ids.put(i, candidate);
        }
        return ids;
    }

    private Optional<Connection> connection(RawGraph.Node n, Map<String, RawGraph.Cell> f, String id,
                                            Problems problems) {
        String name = text(f, "name");
        Place at = n.place();
        if (Text.isBlank(name)) {
            problems.error(at, ProblemCode.IMPORT_NODE_NO_NAME, Arg.connectionWhole(n.id()), Arg.word(f.isEmpty() ? ""
                    : "; map the attribute that holds names to name"));
        }
        boolean unnamed = Text.isBlank(name);
        Arg who = Arg.connectionWhole(unnamed ? n.id() : name.strip());
        String kindText = text(f, "kind");
        Optional<Kind> kind = hinted(problems, ps -> Fields.kind(kindText, place(f, "kind", at), ps));
        if (Text.isBlank(kindText)) {
            problems.error(at, unnamed ? ProblemCode.IMPORT_NODE_NO_KIND : ProblemCode.IMPORT_NO_KIND, who);
        }
        String catText = text(f, "category");
        Optional<Category> category = hinted(problems, ps -> Fields.category(catText, taxonomy, place(f, "category", at), ps));
        unknownCategory |= category.isEmpty() && !Text.isBlank(catText);
        if (Text.isBlank(catText)) {
            problems.error(at, unnamed ? ProblemCode.IMPORT_NODE_NO_CATEGORY : ProblemCode.IMPORT_NO_CATEGORY, who,
                    Arg.word(taxonomy.ids().get(0)));
        }
        Connection.Builder b = Connection.builder(id, name == null ? "" : name.strip(), kind.orElse(Kind.RESOURCE),
                category.map(Category::id).orElse(""));
        b.sharedId(Fields.text(text(f, "shared_id")).orElse(null));
        b.url(Fields.url(text(f, "url"), place(f, "url", at), problems).orElse(null));
        b.feed(Fields.url(text(f, "feed"), place(f, "feed", at), problems).orElse(null));   // was dropped (#7)
        b.metVia(Fields.text(text(f, "met_via")).orElse(null));
        b.frequency(hinted(problems, ps -> Fields.frequency(text(f, "frequency"), place(f, "frequency", at), ps))
                .orElse(null));
        b.value(hinted(problems, ps -> Fields.value(text(f, "value"), place(f, "value", at), ps)).orElse(null));
        b.givesBack(hinted(problems, ps -> Fields.yesNo("gives_back", text(f, "gives_back"),
                place(f, "gives_back", at), ps)).orElse(null));
        b.participation(hinted(problems, ps -> Fields.participation(text(f, "participation"),
                place(f, "participation", at), ps)).orElse(null));
        b.wantsMore(hinted(problems, ps -> Fields.yesNo("wants_more", text(f, "wants_more"),
                place(f, "wants_more", at), ps)).orElse(null));
        Fields.warnCommaTopics(text(f, "topics"), place(f, "topics", at), problems);
        b.topics(Fields.topics(Text.splitList(text(f, "topics"))));
        b.lastContact(Fields.date("last_contact", text(f, "last_contact"), place(f, "last_contact", at), problems)
                .orElse(null));
        if (Text.isBlank(name) || kind.isEmpty() || category.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    /** A value parsed by {@link Fields}; an error on it says that a mapping's values: section can translate it. */
    private static <T> Optional<T> hinted(Problems problems, java.util.function.Function<Problems, Optional<T>> parse) {
        Problems found = new Problems();
        Optional<T> v = parse.apply(found);
        for (Problem p : found.toList()) {
            // after a question ("did you mean \"mentors\"?") the hint is a sentence of its own, not "?; if …"
            problems.add(!p.isError() ? p : p.message().endsWith("?") || p.message().endsWith(".")
                    ? p.withNote(" If" + VALUES_HINT.substring("; if".length()) + ".") : p.withNote(VALUES_HINT));
        }
        return v;
    }

    /** The field's text: mapped values translated, and the mapping's default when blank. */
    private String text(Map<String, RawGraph.Cell> f, String field) {
        RawGraph.Cell c = f.get(field);
        String t = c == null ? null : c.text();
        if (Text.isBlank(t)) {
            return mapping.defaults().get(field);
        }
        return mapping.translate(field, t);
    }

    private static Place place(Map<String, RawGraph.Cell> f, String field, Place owner) {
        RawGraph.Cell c = f.get(field);
        if (c == null) {
            return owner.withField(field);
        }
        // a CSV place already names the column as the file has it ("Importance"): keep that name
        return c.place().field() != null ? c.place() : c.place().withField(field);
    }
}
