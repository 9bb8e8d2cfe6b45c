package org.plnkit.report.exchange;

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
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.ProblemCode;
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

    private final Imports.Settings settings;
    private final Optional<String> network;

    public GraphMlImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this(new Imports.Settings(taxonomy, limits, mapping), Optional.empty());
    }

    private GraphMlImporter(Imports.Settings settings, Optional<String> network) {
        this.settings = settings;
        this.network = network;
    }

    /**
     * The same importer, reading the network (the {@code <graph>}) with this id, or this number counted from 1, of a
     * file that holds several (as Network Canvas writes one per interview). Without it the first is read.
     */
    public GraphMlImporter withNetwork(String idOrNumber) {
        return new GraphMlImporter(settings, Optional.of(idOrNumber.strip()));
    }

    /** Reads a GraphML file; the file is never written. */
    public ReadResult<Pln> read(Path file) {
        return XmlGraphs.read(file, settings.limits(), this::read);
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
                problems.warning(Place.file(name), ProblemCode.IMPORT_SEVERAL_NETWORKS, Arg.number(graphs.size()),
                        Arg.inputs(ids(graphs)));
            }
            raw = Optional.of(graphs.get(0));
        }
        return settings.finish(raw, QUIET, Imports.idFromFileName(name), problems);
    }

    /**
     * Reads every network of a GraphML file, each as a participant's PLN (a Network Canvas GraphML export holds one
     * per interview). Fails when any network has an error; the problems are those of every network.
     */
    public ReadResult<List<Pln>> readAll(Path file) {
        Problems problems = new Problems();
        Optional<byte[]> bytes = Imports.bytes(file, settings.limits(), problems);
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
            String id = Imports.idFromFileName(name) + "-" + org.plnkit.core.read.internal.Text.slug(ids.get(i));
            ReadResult<Pln> r = settings.finish(Optional.of(graphs.get(i)), QUIET, id, own);
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
        Reading g = new Reading(name, problems);
        if (!XmlGraphs.walk(name, bytes, "GraphML", "graphml", problems, g::start)) {
            return List.of();
        }
        if (g.parts.isEmpty()) {
            XmlGraphs.noGraph(name, problems);
            return List.of();
        }
        Set<String> declared = new LinkedHashSet<>();
        g.nodeKeys().forEach(k -> declared.add(k.name()));
        List<RawGraph> out = new ArrayList<>();
        for (Parts p : g.parts) {
            RawGraph raw = new RawGraph(name, p.nodes, p.edges, p.graphData, declared);
            graphIds.put(raw, p.id);
            out.add(raw);
        }
        return out;
    }

    /**
     * The reading of one file, element by element: depth 2 {@code <key>} and {@code <graph>}, 3 the {@code <node>},
     * {@code <edge>} and {@code <data>} of a graph.
     */
    private final class Reading {
        private final String name;
        private final Problems problems;
        private final Map<String, Key> keys = new LinkedHashMap<>();
        private final List<Parts> parts = new ArrayList<>();
        private final Set<String> warned = new HashSet<>();

        Reading(String name, Problems problems) {
            this.name = name;
            this.problems = problems;
        }

        List<XmlGraphs.Declared> nodeKeys() {
            return keys.values().stream().filter(Key::forNodes).map(k -> new XmlGraphs.Declared(k.name(),
                    k.defaultValue())).toList();
        }

        XmlGraphs.Step start(XMLStreamReader r, int depth, String el, Place at) throws XMLStreamException {
            if (depth == 2 && el.equals("key")) {
                key(r, at);
                return XmlGraphs.Step.READ;
            }
            if (depth == 2 && el.equals("graph")) {
                parts.add(new Parts(Xml.attr(r, "id")));
                return XmlGraphs.Step.INTO;
            }
            if (depth == 2) {
                return XmlGraphs.skip(r);
            }
            Parts graph = parts.get(parts.size() - 1);
            switch (el) {
                case "node" -> {
                    String id = Xml.attr(r, "id");
                    Map<String, RawGraph.Cell> attrs = new LinkedHashMap<>();
                    readData(r, name, keys, attrs, warned, problems, true);
                    return XmlGraphs.node(id, at, attrs, nodeKeys(), graph.nodes, settings.limits(), problems);
                }
                case "edge" -> {
                    return XmlGraphs.edge(r, at, graph.edges, problems);
                }
                case "data" -> {
                    Key k = keys.get(Xml.attr(r, "key"));
                    String text = Xml.text(r, null);
                    if (k != null) {
                        graph.graphData.put(k.name(), new RawGraph.Cell(text, at));
                    }
                    return XmlGraphs.Step.READ;
                }
                case "hyperedge" -> {
                    if (warned.add("hyperedge")) {
                        problems.warning(at, "hyperedges (joining more than two nodes) are not part of a PLN; ignored");
                    }
                    return XmlGraphs.skip(r);
                }
                default -> {
                    return XmlGraphs.skip(r);
                }
            }
        }

        /** A {@code <key>}: the name its data has (yEd's node graphics give the label), its domain and default. */
        private void key(XMLStreamReader r, Place at) throws XMLStreamException {
            String id = Xml.attr(r, "id");
            String attrName = Xml.attr(r, "attr.name");
            String yfiles = Xml.attr(r, "yfiles.type");
            String domain = Xml.attr(r, "for");
            String def = XmlGraphs.defaultText(r);
            if (id == null) {
                problems.warning(at, "a <key> has no id; it is ignored");
                return;
            }
            boolean yedLabel = "nodegraphics".equals(yfiles);
            String n = yedLabel ? "label" : attrName != null ? attrName : id;
            keys.put(id, new Key(n, domain, yedLabel, def));
        }
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
