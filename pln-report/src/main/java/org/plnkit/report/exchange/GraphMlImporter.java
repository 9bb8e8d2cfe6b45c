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
    private final Taxonomy taxonomy;
    private final Limits limits;
    private final ImportMapping mapping;

    public GraphMlImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.mapping = mapping;
    }

    /** Reads a GraphML file; the file is never written. */
    public ReadResult<Pln> read(Path file) {
        return XmlGraphs.read(file, limits, this::read);
    }

    /** Reads GraphML bytes; {@code name} is used in messages and as the last resort for the participant id. */
    public ReadResult<Pln> read(String name, byte[] bytes) {
        Problems problems = new Problems();
        Optional<RawGraph> raw = raw(name, bytes, problems);
        return Imports.finish(raw, mapping, taxonomy, limits, Set.of("networkCanvasType", "networkCanvasUUID"),
                Imports.idFromFileName(name), problems);
    }

    private record Key(String name, String domain, boolean yedLabel, String defaultValue) {
        boolean forNodes() {
            return domain == null || domain.equals("node") || domain.equals("all");
        }
    }

    Optional<RawGraph> raw(String name, byte[] bytes, Problems problems) {
        if (Imports.blank(bytes)) {
            return XmlGraphs.empty(name, "GraphML", problems);
        }
        Map<String, Key> keys = new LinkedHashMap<>();
        List<RawGraph.Node> nodes = new ArrayList<>();
        List<RawGraph.Edge> edges = new ArrayList<>();
        Map<String, RawGraph.Cell> graphData = new LinkedHashMap<>();
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
                        return Optional.empty();
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
                    if (graphs == 1) {
                        inGraph = true;
                    } else {
                        Xml.skip(r);
                        depth--;
                    }
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
                        return Optional.empty();
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
            return XmlGraphs.invalid(name, e, problems);
        }
        if (!sawRoot) {
            return XmlGraphs.empty(name, "GraphML", problems);
        }
        if (graphs == 0) {
            return XmlGraphs.noGraph(name, problems);
        }
        if (graphs > 1) {
            problems.warning(Place.file(name), "the file holds " + graphs + " networks; only the first is read");
        }
        Set<String> declared = new LinkedHashSet<>();
        keys.values().stream().filter(Key::forNodes).forEach(k -> declared.add(k.name()));
        return Optional.of(new RawGraph(name, nodes, edges, graphData, declared));
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
