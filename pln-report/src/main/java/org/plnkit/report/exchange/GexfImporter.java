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
 * Reads a participant's PLN from a GEXF file (1.1, 1.2 or 1.3: Gephi, NetworkX, {@code pln export}). Node
 * attributes are matched by their {@code title}; a node's {@code label} counts as its name when no attribute gives
 * one. Dynamic values (with start and end) keep their first value.
 *
 * <pre>{@code
 * ReadResult<Pln> r = new GexfImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
 *         .read(Path.of("maria.gexf"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GexfImporter {
    private final Taxonomy taxonomy;
    private final Limits limits;
    private final ImportMapping mapping;

    public GexfImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.mapping = mapping;
    }

    /** Reads a GEXF file; the file is never written. */
    public ReadResult<Pln> read(Path file) {
        return XmlGraphs.read(file, limits, this::read);
    }

    /** Reads GEXF bytes; {@code name} is used in messages and as the last resort for the participant id. */
    public ReadResult<Pln> read(String name, byte[] bytes) {
        Problems problems = new Problems();
        Optional<RawGraph> raw = raw(name, bytes, problems);
        return Imports.finish(raw, mapping, taxonomy, limits, Set.of(), Imports.idFromFileName(name), problems);
    }

    private record Attribute(String title, String defaultValue) {
    }

    Optional<RawGraph> raw(String name, byte[] bytes, Problems problems) {
        if (Imports.blank(bytes)) {
            return XmlGraphs.empty(name, "GEXF", problems);
        }
        Map<String, Attribute> nodeAttributes = new LinkedHashMap<>();
        List<RawGraph.Node> nodes = new ArrayList<>();
        List<RawGraph.Edge> edges = new ArrayList<>();
        Set<String> warned = new HashSet<>();
        boolean sawRoot = false;
        boolean sawGraph = false;
        try {
            XMLStreamReader r = Xml.open(new ByteArrayInputStream(bytes));
            // 1 <gexf>, 2 <graph>, 3 <attributes>/<nodes>/<edges>, 4 <attribute>/<node>/<edge>
            int depth = 0;
            String section = null;
            String attributesClass = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String el = r.getLocalName();
                Place at = Xml.place(name, r);
                if (depth == 1) {
                    if (!el.equals("gexf")) {
                        problems.error(at, "this is not a GEXF file: it starts with <" + el + ">, not <gexf>");
                        return Optional.empty();
                    }
                    sawRoot = true;
                } else if (depth == 2) {
                    if (el.equals("graph") && !sawGraph) {
                        sawGraph = true;
                    } else {
                        Xml.skip(r);
                        depth--;
                    }
                } else if (depth == 3) {
                    section = el;
                    attributesClass = el.equals("attributes") ? Xml.attr(r, "class") : null;
                    if (!el.equals("attributes") && !el.equals("nodes") && !el.equals("edges")) {
                        Xml.skip(r);
                        depth--;
                    }
                } else if (depth == 4 && "attributes".equals(section) && el.equals("attribute")) {
                    String id = Xml.attr(r, "id");
                    String title = Xml.attr(r, "title");
                    String def = XmlGraphs.defaultText(r);
                    depth--;
                    if ("node".equals(attributesClass) && id != null) {
                        nodeAttributes.put(id, new Attribute(title == null ? id : title, def));
                    }
                } else if (depth == 4 && "nodes".equals(section) && el.equals("node")) {
                    String id = Xml.attr(r, "id");
                    String label = Xml.attr(r, "label");
                    Map<String, RawGraph.Cell> attrs = new LinkedHashMap<>();
                    if (label != null) {
                        attrs.put("label", new RawGraph.Cell(label, at));
                    }
                    readNode(r, name, nodeAttributes, attrs, warned, problems);
                    depth--;
                    if (id == null) {
                        problems.error(at, "a <node> has no id");
                        continue;
                    }
                    for (Attribute a : nodeAttributes.values()) {
                        if (a.defaultValue() != null && !attrs.containsKey(a.title())) {
                            attrs.put(a.title(), new RawGraph.Cell(a.defaultValue(), at));
                        }
                    }
                    nodes.add(new RawGraph.Node(id, at, attrs));
                    if (XmlGraphs.tooManyNodes(nodes, limits, at, problems)) {
                        return Optional.empty();
                    }
                } else if (depth == 4 && "edges".equals(section) && el.equals("edge")) {
                    XmlGraphs.edge(r, at, edges, problems);
                    depth--;
                } else if (depth >= 4) {
                    Xml.skip(r);
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            return XmlGraphs.invalid(name, e, problems);
        }
        if (!sawRoot) {
            return XmlGraphs.empty(name, "GEXF", problems);
        }
        if (!sawGraph) {
            return XmlGraphs.noGraph(name, problems);
        }
        Set<String> declared = new LinkedHashSet<>();
        declared.add("label");
        nodeAttributes.values().forEach(a -> declared.add(a.title()));
        return Optional.of(new RawGraph(name, nodes, edges, Map.of(), declared));
    }

    /** Reads a node's content to its end tag: attribute values; nested nodes are skipped with a warning. */
    private static void readNode(XMLStreamReader r, String name, Map<String, Attribute> declared,
                                 Map<String, RawGraph.Cell> attrs, Set<String> warned, Problems problems)
            throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String el = r.getLocalName();
            Place at = Xml.place(name, r);
            if (depth == 0 && el.equals("attvalues")) {
                depth++;
            } else if (depth == 1 && el.equals("attvalue")) {
                String key = Xml.attr(r, "for") != null ? Xml.attr(r, "for") : Xml.attr(r, "id");
                String value = Xml.attr(r, "value");
                Xml.skip(r);
                Attribute a = declared.get(key);
                if (a == null) {
                    if (warned.add("attr:" + key)) {
                        problems.warning(at, "<attvalue> uses attribute \"" + key + "\", which is not declared; ignored");
                    }
                } else if (value != null && !attrs.containsKey(a.title())) {
                    attrs.put(a.title(), new RawGraph.Cell(value, at));
                }
            } else {
                if (el.equals("nodes") && warned.add("nested")) {
                    problems.warning(at, "nodes nested inside nodes are not part of a PLN; they are ignored");
                }
                Xml.skip(r);
            }
        }
    }
}
