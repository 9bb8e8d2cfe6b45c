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
    private final Imports.Settings settings;

    public GexfImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this.settings = new Imports.Settings(taxonomy, limits, mapping);
    }

    /** Reads a GEXF file; the file is never written. */
    public ReadResult<Pln> read(Path file) {
        return XmlGraphs.read(file, settings.limits(), this::read);
    }

    /** Reads GEXF bytes; {@code name} is used in messages and as the last resort for the participant id. */
    public ReadResult<Pln> read(String name, byte[] bytes) {
        Problems problems = new Problems();
        Optional<RawGraph> raw = raw(name, bytes, problems);
        return settings.finish(raw, Set.of(), Imports.idFromFileName(name), problems);
    }

    Optional<RawGraph> raw(String name, byte[] bytes, Problems problems) {
        Reading g = new Reading(name, problems);
        if (!XmlGraphs.walk(name, bytes, "GEXF", "gexf", problems, g::start)) {
            return Optional.empty();
        }
        if (!g.sawGraph) {
            return XmlGraphs.noGraph(name, problems);
        }
        Set<String> declared = new LinkedHashSet<>();
        declared.add("label");
        g.nodeAttributes.values().forEach(a -> declared.add(a.name()));
        return Optional.of(new RawGraph(name, g.nodes, g.edges, Map.of(), declared));
    }

    /**
     * The reading of one file, element by element: depth 2 {@code <graph>}, 3 {@code <attributes>}, {@code <nodes>},
     * {@code <edges>}, 4 {@code <attribute>}, {@code <node>}, {@code <edge>}.
     */
    private final class Reading {
        private final String name;
        private final Problems problems;
        private final Map<String, XmlGraphs.Declared> nodeAttributes = new LinkedHashMap<>();
        private final List<RawGraph.Node> nodes = new ArrayList<>();
        private final List<RawGraph.Edge> edges = new ArrayList<>();
        private final Set<String> warned = new HashSet<>();
        private boolean sawGraph;
        private String section;
        private String attributesClass;

        Reading(String name, Problems problems) {
            this.name = name;
            this.problems = problems;
        }

        XmlGraphs.Step start(XMLStreamReader r, int depth, String el, Place at) throws XMLStreamException {
            if (depth == 2) {
                if (el.equals("graph") && !sawGraph) {
                    sawGraph = true;
                    return XmlGraphs.Step.INTO;
                }
                return XmlGraphs.skip(r);
            }
            if (depth == 3) {
                section = el;
                attributesClass = el.equals("attributes") ? Xml.attr(r, "class") : null;
                boolean known = el.equals("attributes") || el.equals("nodes") || el.equals("edges");
                return known ? XmlGraphs.Step.INTO : XmlGraphs.skip(r);
            }
            if ("attributes".equals(section) && el.equals("attribute")) {
                String id = Xml.attr(r, "id");
                String title = Xml.attr(r, "title");
                String def = XmlGraphs.defaultText(r);
                if ("node".equals(attributesClass) && id != null) {
                    nodeAttributes.put(id, new XmlGraphs.Declared(title == null ? id : title, def));
                }
                return XmlGraphs.Step.READ;
            }
            if ("nodes".equals(section) && el.equals("node")) {
                String id = Xml.attr(r, "id");
                String label = Xml.attr(r, "label");
                Map<String, RawGraph.Cell> attrs = new LinkedHashMap<>();
                if (label != null) {
                    attrs.put("label", new RawGraph.Cell(label, at));
                }
                readNode(r, name, nodeAttributes, attrs, warned, problems);
                return XmlGraphs.node(id, at, attrs, nodeAttributes.values(), nodes, settings.limits(), problems);
            }
            if ("edges".equals(section) && el.equals("edge")) {
                return XmlGraphs.edge(r, at, edges, problems);
            }
            return XmlGraphs.skip(r);
        }
    }

    /** Reads a node's content to its end tag: attribute values; nested nodes are skipped with a warning. */
    private static void readNode(XMLStreamReader r, String name, Map<String, XmlGraphs.Declared> declared,
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
                XmlGraphs.Declared a = declared.get(key);
                if (a == null) {
                    if (warned.add("attr:" + key)) {
                        problems.warning(at, "<attvalue> uses attribute \"" + key + "\", which is not declared; ignored");
                    }
                } else if (value != null && !attrs.containsKey(a.name())) {
                    attrs.put(a.name(), new RawGraph.Cell(value, at));
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
