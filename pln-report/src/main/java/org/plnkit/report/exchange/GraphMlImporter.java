package org.plnkit.report.exchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/**
 * Reads a participant's PLN from a GraphML file: one written by {@code pln export}, or by Gephi, yEd, Cytoscape,
 * NetworkX, igraph or Network Canvas, with the attribute names mapped by an {@link ImportMapping}. Attributes are
 * matched by their {@code attr.name}; yEd node labels count as {@code label}; GraphML data on the graph itself
 * (as Network Canvas writes it) describes the participant. Every problem names its line and column.
 *
 * <pre>{@code
 * ReadResult<Pln> r = new GraphMlImporter(Taxonomy.defaults(), Limits.DEFAULT,
 *         ImportMapping.NONE.withField("Importance", "value")).read(Path.of("network.graphml"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GraphMlImporter {
    private static final Set<String> QUIET = Set.of("networkCanvasType", "networkCanvasUUID");

    private final Taxonomy taxonomy;
    private final Limits limits;
    private final ImportMapping mapping;
    private final Optional<String> network;

    public GraphMlImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this(taxonomy, limits, mapping, Optional.empty());
    }

    private GraphMlImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping, Optional<String> network) {
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.mapping = mapping;
        this.network = network;
    }

    /**
     * The same importer, reading the network (the {@code <graph>}) with this id, or this number counted from 1, of a
     * file that holds several (as Network Canvas writes one per interview). Without it the first is read.
     */
    public GraphMlImporter withNetwork(String idOrNumber) {
        return new GraphMlImporter(taxonomy, limits, mapping, Optional.of(idOrNumber.strip()));
    }

    /** Reads a GraphML file; the file is never written. */
    public ReadResult<Pln> read(Path file) {
        return XmlGraphs.read(file, limits, this::read);
    }

    /** Reads GraphML bytes; {@code name} is used in messages and as the last resort for the participant id. */
    public ReadResult<Pln> read(String name, byte[] bytes) {
        Problems problems = new Problems();
        List<RawGraph> graphs = raws(name, bytes, problems);
        Optional<RawGraph> raw = Optional.empty();
        if (!graphs.isEmpty() && network.isPresent()) {
            raw = chosen(name, graphs, problems);
        } else if (!graphs.isEmpty()) {
            if (graphs.size() > 1) {
                problems.warning(Place.file(name), "the file holds " + graphs.size() + " networks; only the first is"
                        + " read (add --all to import each, or --network ID to choose one; ids: "
                        + String.join(", ", ids(graphs)) + ")");
            }
            raw = Optional.of(graphs.get(0));
        }
        return Imports.finish(raw, mapping, taxonomy, limits, QUIET, Imports.idFromFileName(name), problems);
    }

    /**
     * Reads every network of a GraphML file, each as a participant's PLN (a Network Canvas GraphML export holds one
     * per interview). Fails when any network has an error; the problems are those of every network.
     */
    public ReadResult<List<Pln>> readAll(Path file) {
        Problems problems = new Problems();
        Optional<byte[]> bytes = Imports.bytes(file, limits, problems);
        if (bytes.isEmpty()) {
            return ReadResult.failed(problems.toList());
        }
        String name = file.toString();
        List<RawGraph> graphs = raws(name, bytes.get(), problems);
        if (graphs.isEmpty() || problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        List<Pln> plns = new ArrayList<>();
        boolean failed = false;
        List<String> ids = ids(graphs);
        for (int i = 0; i < graphs.size(); i++) {
            Problems own = new Problems();
            ReadResult<Pln> r = Imports.finish(Optional.of(graphs.get(i)), mapping, taxonomy, limits, QUIET,
                    Imports.idFromFileName(name) + "-" + org.plnkit.core.read.internal.Text.slug(ids.get(i)), own);
            r.problems().forEach(problems::add);
            r.value().ifPresent(plns::add);
            failed |= r.value().isEmpty();
        }
        return failed ? ReadResult.failed(problems.toList()) : ReadResult.of(plns, problems.toList());
    }

    private Optional<RawGraph> chosen(String name, List<RawGraph> graphs, Problems problems) {
        List<String> ids = ids(graphs);
        String want = network.get();
        int i = ids.indexOf(want);
        if (i < 0 && want.matches("\\d{1,9}")) {
            i = Integer.parseInt(want) - 1;
        }
        if (i < 0 || i >= graphs.size()) {
            problems.error(Place.file(name), "the file has no network \"" + want + "\"; its networks: "
                    + String.join(", ", ids) + " (or 1 to " + graphs.size() + ")");
            return Optional.empty();
        }
        return Optional.of(graphs.get(i));
    }

    /** The networks' ids: the {@code <graph id>}, or its number from 1 when it has none. */
    private List<String> ids(List<RawGraph> graphs) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            String id = graphIds.getOrDefault(graphs.get(i), "");
            ids.add(id.isBlank() ? String.valueOf(i + 1) : id);
        }
        return ids;
    }

    private final Map<RawGraph, String> graphIds = new java.util.IdentityHashMap<>();

    private record Key(String name, String domain, boolean yedLabel, String defaultValue) {
        boolean forNodes() {
            return domain == null || domain.equals("node") || domain.equals("all");
        }
    }

    /** One {@code <graph>} as read: its id, nodes, edges and data. */
    private static final class Parts {
        final String id;
        final List<RawGraph.Node> nodes = new ArrayList<>();
        final List<RawGraph.Edge> edges = new ArrayList<>();
        final Map<String, RawGraph.Cell> graphData = new LinkedHashMap<>();

        Parts(String id) {
            this.id = id == null ? "" : id;
        }
    }

    /** Every network of the file, in order; empty when there is none or the file cannot be read (said in problems). */
    private List<RawGraph> raws(String name, byte[] bytes, Problems problems) {
        if (Imports.blank(bytes)) {
            XmlGraphs.empty(name, "GraphML", problems);
            return List.of();
        }
        Map<String, Key> keys = new LinkedHashMap<>();
        List<Parts> parts = new ArrayList<>();
        List<RawGraph.Node> nodes = null;
        List<RawGraph.Edge> edges = null;
        Map<String, RawGraph.Cell> graphData = null;
        Set<String> warned = new HashSet<>();
        int graphs = 0;
        boolean sawRoot = false;
        try {
            XMLStreamReader r = Xml.open(new ByteArrayInputStream(bytes));
            // depth 1 = <graphml>, 2 = <key>/<graph>, 3 = <node>/<edge>/<data> of the graph
            int depth = 0;
            boolean inGraph = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth == 1) {
                        inGraph = false;
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String el = r.getLocalName();
                Place at = Xml.place(name, r);
                if (depth == 1) {
                    if (!el.equals("graphml")) {
                        problems.error(at, "this is not a GraphML file: it starts with <" + el + ">, not <graphml>");
                        return List.of();
                    }
                    sawRoot = true;
                } else if (depth == 2 && el.equals("key")) {
                    String id = Xml.attr(r, "id");
                    String attrName = Xml.attr(r, "attr.name");
                    String yfiles = Xml.attr(r, "yfiles.type");
                    String domain = Xml.attr(r, "for");
                    String def = XmlGraphs.defaultText(r);
                    depth--;
                    if (id == null) {
                        problems.warning(at, "a <key> has no id; it is ignored");
                        continue;
                    }
                    boolean yedLabel = "nodegraphics".equals(yfiles);
                    String n = yedLabel ? "label" : attrName != null ? attrName : id;
                    keys.put(id, new Key(n, domain, yedLabel, def));
                } else if (depth == 2 && el.equals("graph")) {
                    graphs++;
                    inGraph = true;
                    Parts g = new Parts(Xml.attr(r, "id"));
                    parts.add(g);
                    nodes = g.nodes;
                    edges = g.edges;
                    graphData = g.graphData;
                } else if (depth == 3 && inGraph && el.equals("node")) {
                    String id = Xml.attr(r, "id");
                    Map<String, RawGraph.Cell> attrs = new LinkedHashMap<>();
                    readData(r, name, keys, attrs, warned, problems, true);
                    depth--;
                    if (id == null) {
                        problems.error(at, "a <node> has no id");
                        continue;
                    }
                    for (Key k : keys.values()) {
                        if (k.forNodes() && k.defaultValue() != null && !attrs.containsKey(k.name())) {
                            attrs.put(k.name(), new RawGraph.Cell(k.defaultValue(), at));
                        }
                    }
                    nodes.add(new RawGraph.Node(id, at, attrs));
                    if (XmlGraphs.tooManyNodes(nodes, limits, at, problems)) {
                        return List.of();
                    }
                } else if (depth == 3 && inGraph && el.equals("edge")) {
                    XmlGraphs.edge(r, at, edges, problems);
                    depth--;
                } else if (depth == 3 && inGraph && el.equals("data")) {
                    String keyId = Xml.attr(r, "key");
                    String text = Xml.text(r, null);
                    depth--;
                    Key k = keys.get(keyId);
                    if (k != null) {
                        graphData.put(k.name(), new RawGraph.Cell(text, at));
                    }
                } else if (depth == 3 && inGraph && el.equals("hyperedge")) {
                    if (warned.add("hyperedge")) {
                        problems.warning(at, "hyperedges (joining more than two nodes) are not part of a PLN; ignored");
                    }
                    Xml.skip(r);
                    depth--;
                } else if (depth >= 2) {
                    Xml.skip(r);
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            XmlGraphs.invalid(name, e, problems);
            return List.of();
        }
        if (!sawRoot) {
            XmlGraphs.empty(name, "GraphML", problems);
            return List.of();
        }
        if (graphs == 0) {
            XmlGraphs.noGraph(name, problems);
            return List.of();
        }
        Set<String> declared = new LinkedHashSet<>();
        keys.values().stream().filter(Key::forNodes).forEach(k -> declared.add(k.name()));
        List<RawGraph> out = new ArrayList<>();
        for (Parts g : parts) {
            RawGraph raw = new RawGraph(name, g.nodes, g.edges, g.graphData, declared);
            graphIds.put(raw, g.id);
            out.add(raw);
        }
        return out;
    }

    /** Reads the {@code <data>} children of a node up to its end tag; nested graphs are skipped with a warning. */
    private static void readData(XMLStreamReader r, String name, Map<String, Key> keys, Map<String, RawGraph.Cell> attrs,
                                 Set<String> warned, Problems problems, boolean node) throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            Place at = Xml.place(name, r);
            String el = r.getLocalName();
            if (el.equals("data")) {
                String keyId = Xml.attr(r, "key");
                Key k = keys.get(keyId);
                String text = Xml.text(r, k != null && k.yedLabel() ? "NodeLabel" : null);
                if (k == null) {
                    if (warned.add("key:" + keyId)) {
                        problems.warning(at, "<data> uses key \"" + keyId + "\", which no <key> declares; ignored");
                    }
                } else if (!attrs.containsKey(k.name())) {
                    attrs.put(k.name(), new RawGraph.Cell(text, at));
                }
            } else {
                if (node && el.equals("graph") && warned.add("nested")) {
                    problems.warning(at, "graphs nested inside nodes are not part of a PLN; their content is ignored");
                }
                Xml.skip(r);
            }
        }
    }
}
