package org.plnkit.report.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.plnkit.report.io.XmlText;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.plnkit.core.fields.ContractFields;
import org.plnkit.core.fields.Field;
import org.plnkit.core.fields.FieldType;
import org.plnkit.core.identity.CohortIdentity;
import org.plnkit.core.identity.SharedNode;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.core.model.Pln;

/**
 * A whole cohort as one graph for Gephi, Cytoscape, NetworkX or Graphviz: one node per participant, one node per
 * organization, resource or person after the contract's identity rule (the same organization named by many
 * participants is one node), an edge from each participant to what they rely on (with the tie's frequency, value,
 * gives_back…), an edge between two participants when one names the other by id, and the links between
 * connections. People other than participants are third parties: unless everyone is named ({@link Naming#EVERYONE}),
 * they are written as "Person 1", "Person 2"… (numbered in order of first mention), with node ids
 * {@code n:person-1}… (the identity rule's ids would hold their names and e-mail addresses).
 * {@link Naming#NO_ONE} (what {@code pln export --anonymize} asks for) also hides the participants: each becomes
 * "Participant 1" with the id {@code participant-1} (numbered in input order, zero-padded as in the district
 * outputs), and their school is left out (it names a place); their role is kept.
 *
 * <pre>{@code
 * new CohortExporter(false).write(cohort, ExchangeFormat.GRAPHML, writer);
 * new CohortExporter(CohortExporter.Naming.NO_ONE).write(cohort, ExchangeFormat.GEXF, writer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortExporter {
    /** A node of the cohort graph: {@code p:<participant id>} or {@code n:<shared node id>}. */
    record Node(String key, Map<String, Object> attributes) {
    }

    /** An edge: relation {@code relies_on}, {@code participant} or {@code link}, with the tie's attributes. */
    record Edge(String source, String target, Map<String, Object> attributes) {
    }

    private static final List<String> NODE_ATTRS = List.of("type", "label", "participant_id", "school", "role",
            "kind", "category", "participants");
    private static final List<String> EDGE_ATTRS = List.of("relation", "frequency", "value", "gives_back",
            "participation", "wants_more");

    /** Who is named in the export. */
    public enum Naming {
        /** Participants by name and id; other people as "Person 1", "Person 2"… (the default). */
        PARTICIPANTS,
        /** Everyone by name ({@code --show-names}). */
        EVERYONE,
        /** No one: participants as "Participant 1" ({@code participant-1}), without school; people as "Person 1"… */
        NO_ONE
    }

    private final Naming naming;

    /** Names participants, and other people too when {@code showNames}. */
    public CohortExporter(boolean showNames) {
        this(showNames ? Naming.EVERYONE : Naming.PARTICIPANTS);
    }

    /** An exporter that names whom {@code naming} says. */
    public CohortExporter(Naming naming) {
        this.naming = java.util.Objects.requireNonNull(naming, "naming");
    }

    /** Writes the cohort graph in GraphML, GEXF or DOT; for CSV use {@link #writeCsv}. */
    public void write(Cohort cohort, ExchangeFormat format, Writer out) throws IOException {
        Graph<Node, Edge> g = graph(cohort);
        switch (format) {
            case GRAPHML -> {
                GraphMLExporter<Node, Edge> x = new GraphMLExporter<>(n -> XmlText.clean(n.key()));
                x.setExportVertexLabels(true);
                x.setVertexLabelAttributeName("label");
                NODE_ATTRS.stream().filter(a -> !a.equals("label")).forEach(a -> x.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, graphMlType(a)));
                EDGE_ATTRS.forEach(a -> x.registerAttribute(a, GraphMLExporter.AttributeCategory.EDGE, graphMlType(a)));
                x.setVertexAttributeProvider(v -> attributes(v.attributes()));
                x.setEdgeAttributeProvider(e -> attributes(e.attributes()));
                x.exportGraph(g, XmlText.writer(out)); // no code point XML forbids
            }
            case GEXF -> {
                Map<Edge, String> ids = new HashMap<>();
                g.edgeSet().forEach(e -> ids.put(e, "e" + (ids.size() + 1)));
                GEXFExporter<Node, Edge> x = new GEXFExporter<>(n -> XmlText.clean(n.key()), ids::get);
                x.setCreator("PLN Toolkit");
                x.setDescription("PLN cohort of " + cohort.size() + " participants");
                x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
                NODE_ATTRS.stream().filter(a -> !a.equals("label"))
                        .forEach(a -> x.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, gexfType(a)));
                EDGE_ATTRS.forEach(a -> x.registerAttribute(a, GEXFExporter.AttributeCategory.EDGE, gexfType(a)));
                x.setVertexAttributeProvider(v -> attributes(v.attributes()));
                x.setEdgeAttributeProvider(e -> attributes(e.attributes()));
                x.exportGraph(g, XmlText.writer(out)); // no code point XML forbids
            }
            case DOT -> {
                DOTExporter<Node, Edge> x = new DOTExporter<>(v -> PlnExporter.dotId(v.key()));
                x.setGraphIdProvider(() -> "cohort");
                x.setVertexAttributeProvider(v -> {
                    Map<String, Attribute> m = new LinkedHashMap<>();
                    m.put("label", DefaultAttribute.createAttribute(String.valueOf(v.attributes().get("label"))
                            .replace("\\", "\\\\")));
                    m.put("shape", DefaultAttribute.createAttribute(switch (String.valueOf(v.attributes().get("type"))) {
                        case "participant" -> "doublecircle";
                        case "organization" -> "box";
                        case "resource" -> "note";
                        default -> "ellipse";
                    }));
                    return m;
                });
                x.setEdgeAttributeProvider(e -> Map.of("relation",
                        DefaultAttribute.createAttribute(String.valueOf(e.attributes().get("relation")))));
                x.exportGraph(g, out);
            }
            default -> throw new IllegalArgumentException(format + " is not a graph format for a cohort; use"
                    + " graphml, gexf, dot or csv");
        }
        out.flush();
    }

    /** Writes the cohort graph as a node list and an edge list (Gephi's spreadsheet import, NodeXL). */
    public void writeCsv(Cohort cohort, Writer nodes, Writer edges) throws IOException {
        Graph<Node, Edge> g = graph(cohort);
        List<String> head = new ArrayList<>(List.of("Id", "Label"));
        NODE_ATTRS.stream().filter(a -> !a.equals("label")).forEach(head::add);
        PlnExporter.csvRow(nodes, head);
        for (Node v : g.vertexSet()) {
            List<String> r = new ArrayList<>(List.of(v.key(), String.valueOf(v.attributes().get("label"))));
            NODE_ATTRS.stream().filter(a -> !a.equals("label"))
                    .forEach(a -> r.add(v.attributes().containsKey(a) ? String.valueOf(v.attributes().get(a)) : ""));
            PlnExporter.csvRow(nodes, r);
        }
        List<String> eh = new ArrayList<>(List.of("Source", "Target", "Type"));
        eh.addAll(EDGE_ATTRS);
        PlnExporter.csvRow(edges, eh);
        for (Edge e : g.edgeSet()) {
            List<String> r = new ArrayList<>(List.of(e.source(), e.target(), "Directed"));
            EDGE_ATTRS.forEach(a -> r.add(e.attributes().containsKey(a) ? String.valueOf(e.attributes().get(a)) : ""));
            PlnExporter.csvRow(edges, r);
        }
        nodes.flush();
        edges.flush();
    }

    /** The cohort graph, nodes and edges in a deterministic order (participants in input order, then shared nodes). */
    Graph<Node, Edge> graph(Cohort cohort) {
        CohortIdentity identity = CohortIdentity.resolve(cohort);
        Graph<Node, Edge> g = GraphTypeBuilder.<Node, Edge>directed().allowingMultipleEdges(false)
                .allowingSelfLoops(false).buildGraph();
        Map<String, Node> byKey = new LinkedHashMap<>();
        // the id each participant has in the export: their own, or participant-N when no one is named
        Map<String, String> shownId = new HashMap<>();
        int width = Integer.toString(Math.max(1, cohort.size())).length();
        for (Pln pln : cohort.plns()) {
            shownId.put(pln.participant().id(), naming != Naming.NO_ONE ? pln.participant().id()
                    : "participant-" + String.format(java.util.Locale.ROOT, "%0" + width + "d", shownId.size() + 1));
        }
        for (Pln pln : cohort.plns()) {
            Map<String, Object> a = new LinkedHashMap<>();
            String id = shownId.get(pln.participant().id());
            a.put("type", "participant");
            a.put("label", naming != Naming.NO_ONE ? pln.participant().displayName()
                    : "Participant " + id.substring("participant-".length()));
            a.put("participant_id", id);
            if (naming != Naming.NO_ONE) {
                pln.participant().school().ifPresent(s -> a.put("school", s));
            }
            pln.participant().role().ifPresent(s -> a.put("role", s));
            Node n = new Node("p:" + id, a);
            byKey.put(n.key(), n);
            g.addVertex(n);
        }
        // people are numbered in order of first mention, and when they are not named their node id (which holds a
        // name or an e-mail address: mention:ann/jo-private, id:jo@example.org) becomes person-N too
        Map<String, Integer> personNumbers = new HashMap<>();
        Map<String, String> nodeKeys = new HashMap<>();
        int unshared = 0;
        for (SharedNode s : identity.nodes()) {
            String key = "n:" + s.id();
            if (s.kind() == Kind.PERSON) {
                int k = personNumbers.size() + 1;
                personNumbers.put(s.id(), k);
                if (naming != Naming.EVERYONE) {
                    key = "n:person-" + k;
                }
            } else if (naming == Naming.NO_ONE && s.id().startsWith("mention:")) {
                key = "n:unshared-" + ++unshared;   // a mention: id names the participant
            }
            nodeKeys.put(s.id(), key);
        }
        for (Pln pln : cohort.plns()) {
            String from = "p:" + shownId.get(pln.participant().id());
            Map<String, String> targetOf = new HashMap<>();
            for (Connection c : pln.connections()) {
                Optional<String> other = identity.participantOf(pln.participant().id(), c.id());
                String target;
                Map<String, Object> ea = new LinkedHashMap<>();
                if (other.isPresent()) {
                    target = "p:" + shownId.get(other.get());
                    ea.put("relation", "participant");
                } else {
                    SharedNode s = identity.nodeOf(pln.participant().id(), c.id()).orElseThrow();
                    target = nodeKeys.get(s.id());
                    if (!byKey.containsKey(target)) {
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("type", s.kind().id());
                        a.put("label", s.kind() == Kind.PERSON && naming != Naming.EVERYONE ? "Person " + personNumbers.get(s.id())
                                : s.name());
                        a.put("kind", s.kind().id());
                        a.put("category", s.category());
                        a.put("participants", s.participantIds().size());
                        Node n = new Node(target, a);
                        byKey.put(target, n);
                        g.addVertex(n);
                    }
                    ea.put("relation", "relies_on");
                }
                targetOf.put(c.id(), target);
                c.frequency().ifPresent(f -> ea.put("frequency", f.id()));
                c.value().ifPresent(v -> ea.put("value", v));
                c.givesBack().ifPresent(v -> ea.put("gives_back", v));
                c.participation().ifPresent(v -> ea.put("participation", v.id()));
                c.wantsMore().ifPresent(v -> ea.put("wants_more", v));
                addEdge(g, byKey, from, target, ea);
            }
            for (Link l : pln.links()) {
                String a = targetOf.get(l.from());
                String b = targetOf.get(l.to());
                String s = a.compareTo(b) <= 0 ? a : b;
                String t = a.compareTo(b) <= 0 ? b : a;
                Map<String, Object> ea = new LinkedHashMap<>();
                ea.put("relation", "link");
                addEdge(g, byKey, s, t, ea);
            }
        }
        return g;
    }

    /** Adds an edge unless one joins the two already (two mentions merged into one node keep the first tie). */
    private static void addEdge(Graph<Node, Edge> g, Map<String, Node> byKey, String from, String to,
                                Map<String, Object> attributes) {
        Node a = byKey.get(from);
        Node b = byKey.get(to);
        if (a == null || b == null || a == b || g.containsEdge(a, b)) {
            return;
        }
        g.addEdge(a, b, new Edge(from, to, attributes));
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v instanceof Integer i ? DefaultAttribute.createAttribute(i)
                : v instanceof Boolean b ? DefaultAttribute.createAttribute(b)
                : DefaultAttribute.createAttribute(XmlText.clean(String.valueOf(v)))));
        return m;
    }

    private static AttributeType graphMlType(String name) {
        if (name.equals("participants")) {
            return AttributeType.INT;
        }
        return switch (ContractFields.find(Field.Part.CONNECTION, name).map(f -> f.type().export())
                .orElse(FieldType.Export.STRING)) {
            case INTEGER -> AttributeType.INT;
            case BOOLEAN -> AttributeType.BOOLEAN;
            default -> AttributeType.STRING;
        };
    }

    private static GEXFAttributeType gexfType(String name) {
        return PlnExporter.gexfType(graphMlType(name));
    }
}
