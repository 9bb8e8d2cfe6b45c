package org.plnkit.report.exchange;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.plnkit.report.io.XmlText;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.PlnGraph;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.internal.Text;
import org.plnkit.core.write.ParticipantFileWriter;

/**
 * Writes a participant's PLN for other network tools: GraphML and GEXF with every contract field as a typed node
 * attribute (the participant marked {@code ego=true}), Graphviz DOT, the participant file as JSON, and CSV node
 * and edge lists. Output is deterministic: the same PLN always gives the same bytes.
 *
 * <pre>{@code
 * PlnExporter exporter = new PlnExporter(Taxonomy.defaults());
 * try (Writer w = Files.newBufferedWriter(Path.of("maria.graphml"))) {
 *     exporter.write(pln, ExchangeFormat.GRAPHML, w);
 * }
 * }</pre>
 *
 * <p>Node ids are {@code ego} for the participant and {@code c:<connection id>} for connections; edges carry
 * {@code relation} ({@code tie} from the participant, {@code link} between connections) and a weight (a tie weighs
 * the connection's value, 1 when not given). The format is described in {@code docs/interchange.md}.
 *
 * @since 0.1.0
 */
public final class PlnExporter {
    private final Taxonomy taxonomy;

    /** An exporter; the taxonomy gives the category labels written next to category ids. */
    public PlnExporter(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Writes a single-file format (everything but CSV, which is two files: see {@link #writeCsv}).
     *
     * @throws IllegalArgumentException for {@link ExchangeFormat#CSV}
     */
    public void write(Pln pln, ExchangeFormat format, Writer out) throws IOException {
        switch (format) {
            case GRAPHML -> graphMl(pln, out);
            case GEXF -> gexf(pln, out);
            case DOT -> dot(pln, out);
            case JSON -> json(pln, out);
            case CSV -> throw new IllegalArgumentException("CSV is two files (nodes and edges): use writeCsv");
        }
        out.flush();
    }

    /**
     * What an export in this format cannot give back when it is read again, in plain words, one line per value
     * (empty when nothing is lost): GraphML, GEXF and CSV hold topics as one text joined with {@code "; "}, so a
     * topic that itself contains {@code ;} reads back as two. {@code pln export} shows these as warnings, so that
     * no loss goes unsaid. DOT, a drawing, keeps only names, kinds, categories and values, as documented.
     */
    public List<String> losses(Pln pln, ExchangeFormat format) {
        if (format != ExchangeFormat.GRAPHML && format != ExchangeFormat.GEXF && format != ExchangeFormat.CSV) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        splitTopics(pln.participant().topics(), "the participant's", out, format);
        for (Connection c : pln.connections()) {
            splitTopics(c.topics(), "connection " + c.id() + "'s", out, format);
        }
        return List.copyOf(out);
    }

    private static void splitTopics(List<String> topics, String whose, List<String> out, ExchangeFormat format) {
        for (String t : topics) {
            if (t.indexOf(';') >= 0) {
                out.add(whose + " topic \"" + t + "\" contains ;, which separates topics in " + format.id()
                        + ", so it will read back as " + Text.splitList(t).size() + " topics");
            }
        }
    }

    /** The export in a single-file format as text. */
    public String toString(Pln pln, ExchangeFormat format) {
        StringWriter w = new StringWriter();
        try {
            write(pln, format, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Writes the node list and the edge list as CSV (UTF-8 text, comma-separated, RFC 4180 quoting, {@code \n}
     * line ends). Columns follow Gephi's spreadsheet import: {@code Id, Label, …} and {@code Source, Target, Type,
     * Id, Weight, relation}. A cell that a spreadsheet would run as a formula (starting with {@code = + - @}) gets
     * a leading {@code '}, which the CSV importer removes again.
     */
    public void writeCsv(Pln pln, Writer nodes, Writer edges) throws IOException {
        PlnGraph g = pln.graph();
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        GraphAttributes.NODE.forEach(a -> header.add(a.name()));
        csvRow(nodes, header);
        for (PlnGraph.Vertex v : g.vertices()) {
            Map<String, Object> attrs = GraphAttributes.node(v, taxonomy);
            List<String> row = new ArrayList<>();
            row.add(GraphAttributes.key(v));
            row.add(GraphAttributes.label(v));
            for (GraphAttributes.Attr a : GraphAttributes.NODE) {
                Object x = attrs.get(a.name());
                row.add(x == null ? "" : x.toString());
            }
            csvRow(nodes, row);
        }
        csvRow(edges, List.of("Source", "Target", "Type", "Id", "Weight", "relation"));
        int i = 0;
        for (PlnGraph.Edge e : g.edges()) {
            csvRow(edges, List.of(e.source().key(), e.target().key(), "Undirected", "e" + (++i),
                    number(GraphAttributes.weight(e)), GraphAttributes.relation(e)));
        }
        nodes.flush();
        edges.flush();
    }

    private void graphMl(Pln pln, Writer out) {
        GraphMLExporter<PlnGraph.Vertex, PlnGraph.Edge> x = new GraphMLExporter<>(v -> XmlText.clean(GraphAttributes.key(v)));
        x.setExportVertexLabels(true);
        x.setVertexLabelAttributeName("label");
        x.setExportEdgeWeights(true);
        x.setEdgeWeightAttributeName("weight");
        xml(x, pln, out, (a, node) -> x.registerAttribute(a.name(), node ? GraphMLExporter.AttributeCategory.NODE
                : GraphMLExporter.AttributeCategory.EDGE, graphMlType(a.type())));
    }

    private void gexf(Pln pln, Writer out) {
        Map<PlnGraph.Edge, String> edgeIds = edgeIds(pln.graph());
        GEXFExporter<PlnGraph.Vertex, PlnGraph.Edge> x = new GEXFExporter<>(v -> XmlText.clean(GraphAttributes.key(v)), edgeIds::get);
        x.setCreator("PLN Toolkit");
        x.setDescription("Personal Learning Network of " + pln.participant().displayName());
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        xml(x, pln, out, (a, node) -> x.registerAttribute(a.name(), node ? GEXFExporter.AttributeCategory.NODE
                : GEXFExporter.AttributeCategory.EDGE, gexfType(graphMlType(a.type()))));
    }

    /**
     * What the GraphML and GEXF exports share: every node attribute, then every edge attribute, declared through
     * {@code register} (the attribute, and whether it is a node's), the values given, the file's text XML-safe.
     */
    private <X extends BaseExporter<PlnGraph.Vertex, PlnGraph.Edge> & GraphExporter<PlnGraph.Vertex, PlnGraph.Edge>>
            void xml(X x, Pln pln, Writer out, BiConsumer<GraphAttributes.Attr, Boolean> register) {
        GraphAttributes.NODE.forEach(a -> register.accept(a, true));
        GraphAttributes.EDGE.forEach(a -> register.accept(a, false));
        x.setVertexAttributeProvider(v -> attributes(v, true));
        x.setEdgeAttributeProvider(e -> Map.of("relation",
                DefaultAttribute.createAttribute(XmlText.clean(GraphAttributes.relation(e)))));
        x.exportGraph(graph(pln), XmlText.writer(out)); // no code point XML forbids
    }

    private void dot(Pln pln, Writer out) {
        DOTExporter<PlnGraph.Vertex, PlnGraph.Edge> x = new DOTExporter<>(v -> dotId(GraphAttributes.key(v)));
        x.setGraphIdProvider(() -> dotId(pln.participant().id()));
        x.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            // graph attributes are written as given: quote the label here (vertex and edge attributes are quoted for us)
            m.put("label", DefaultAttribute.createAttribute(dotId("PLN of " + pln.participant().displayName())));
            m.put("labelloc", DefaultAttribute.createAttribute("t"));
            m.put("overlap", DefaultAttribute.createAttribute("false"));
            return m;
        });
        x.setVertexAttributeProvider(v -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(dotText(GraphAttributes.label(v))));
            if (v instanceof PlnGraph.Alter a) {
                Connection c = a.connection();
                m.put("shape", DefaultAttribute.createAttribute(shape(c.kind())));
                m.put("kind", DefaultAttribute.createAttribute(c.kind().id()));
                m.put("category", DefaultAttribute.createAttribute(dotText(c.category())));
                c.value().ifPresent(val -> m.put("value", DefaultAttribute.createAttribute(val)));
            } else {
                m.put("shape", DefaultAttribute.createAttribute("doublecircle"));
                m.put("style", DefaultAttribute.createAttribute("bold"));
                m.put("ego", DefaultAttribute.createAttribute("true"));
            }
            return m;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("relation", DefaultAttribute.createAttribute(GraphAttributes.relation(e)));
            if (e instanceof PlnGraph.Between) {
                m.put("style", DefaultAttribute.createAttribute("dashed"));
            } else {
                m.put("penwidth", DefaultAttribute.createAttribute(number(0.5 + GraphAttributes.weight(e) / 2)));
            }
            return m;
        });
        x.exportGraph(graph(pln), out);
    }

    private static void json(Pln pln, Writer out) throws IOException {
        JsonNode tree = ParticipantFileWriter.tree(pln);
        // every connection carries its id, so that tools can refer to it without recomputing slugs
        ArrayNode cs = (ArrayNode) tree.get("connections");
        for (int i = 0; i < cs.size(); i++) {
            ObjectNode c = (ObjectNode) cs.get(i);
            if (!c.has("id")) {
                ObjectNode withId = c.objectNode();
                withId.put("id", pln.connections().get(i).id());
                for (Map.Entry<String, JsonNode> f : c.properties()) {
                    withId.set(f.getKey(), f.getValue());
                }
                cs.set(i, withId);
            }
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.write(new ObjectMapper().writer(pp).writeValueAsString(tree));
        out.write("\n");
    }

    private Map<String, Attribute> attributes(PlnGraph.Vertex v, boolean withLabel) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        if (withLabel) {
            m.put("label", DefaultAttribute.createAttribute(XmlText.clean(GraphAttributes.label(v))));
        }
        for (Map.Entry<String, Object> e : GraphAttributes.node(v, taxonomy).entrySet()) {
            Object val = e.getValue();
            m.put(e.getKey(), val instanceof Integer i ? DefaultAttribute.createAttribute(i)
                    : val instanceof Boolean b ? DefaultAttribute.createAttribute(b)
                    : DefaultAttribute.createAttribute(XmlText.clean((String) val)));
        }
        return m;
    }

    private static Graph<PlnGraph.Vertex, PlnGraph.Edge> graph(Pln pln) {
        PlnGraph pg = pln.graph();
        Graph<PlnGraph.Vertex, PlnGraph.Edge> g = GraphTypeBuilder.<PlnGraph.Vertex, PlnGraph.Edge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true).buildGraph();
        pg.vertices().forEach(g::addVertex);
        for (PlnGraph.Edge e : pg.edges()) {
            g.addEdge(e.source(), e.target(), e);
            g.setEdgeWeight(e, GraphAttributes.weight(e));
        }
        return g;
    }

    private static Map<PlnGraph.Edge, String> edgeIds(PlnGraph g) {
        Map<PlnGraph.Edge, String> ids = new HashMap<>();
        int i = 0;
        for (PlnGraph.Edge e : g.edges()) {
            ids.put(e, "e" + (++i));
        }
        return ids;
    }

    private static AttributeType graphMlType(GraphAttributes.Type t) {
        return switch (t) {
            case INT -> AttributeType.INT;
            case BOOLEAN -> AttributeType.BOOLEAN;
            case STRING, DATE -> AttributeType.STRING;
        };
    }

    /** The GEXF type of an attribute of the GraphML type given (the exports use whole numbers, yes/no and text). */
    static GEXFAttributeType gexfType(AttributeType t) {
        return switch (t) {
            case INT -> GEXFAttributeType.INTEGER;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            default -> GEXFAttributeType.STRING;
        };
    }

    private static String shape(Kind k) {
        return switch (k) {
            case PERSON -> "ellipse";
            case ORGANIZATION -> "box";
            case RESOURCE -> "note";
        };
    }

    /** A DOT id: always quoted, so that any name (non-ASCII, spaces, quotes) is a valid id. */
    static String dotId(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Text for a DOT label: backslashes doubled so that Graphviz does not read escapes such as \N in a name. */
    private static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** One CSV row: the cells as {@link #csvCell}, separated by commas, and a line feed. */
    static void csvRow(Writer w, List<String> cells) throws IOException {
        w.write(cells.stream().map(PlnExporter::csvCell).collect(Collectors.joining(",", "", "\n")));
    }

    /** Quotes a CSV cell when needed; guards cells that a spreadsheet would take for a formula. */
    static String csvCell(String s) {
        String t = CsvSafety.guard(s);
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
                || !t.equals(t.strip());
        return quote ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
