package org.plnkit.report.exchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnkit.core.model.Pln;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limit;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;

/** What the XML graph importers (GraphML, GEXF) share: reading the file, edges, defaults, the node limit. */
final class XmlGraphs {
    private XmlGraphs() {
    }

    /** Reads the file within the limits and hands its name and bytes to {@code read}; the file is never written. */
    static ReadResult<Pln> read(Path file, Limits limits, BiFunction<String, byte[], ReadResult<Pln>> read) {
        Problems problems = new Problems();
        Optional<byte[]> bytes = Imports.bytes(file, limits, problems);
        if (bytes.isEmpty()) {
            return ReadResult.failed(problems.toList());
        }
        return read.apply(file.toString(), bytes.get());
    }

    /** What an importer does with an element below the root element. */
    enum Step {
        /** Read its children (each is handed to the importer in turn). */
        INTO,
        /** The importer has read the element to its end tag. */
        READ,
        /** Stop reading: the importer has reported why. */
        STOP
    }

    /** An importer's handling of each element below the root. */
    @FunctionalInterface
    interface Elements {
        /**
         * Handles the start tag of {@code element} at {@code depth} (the root is 1) at place {@code at}; what it
         * does not read ({@link Step#READ}) or descend into ({@link Step#INTO}) it skips with {@link Xml#skip}.
         */
        Step start(XMLStreamReader r, int depth, String element, Place at) throws XMLStreamException;
    }

    /**
     * Reads an XML graph file from its root element {@code <root>}, handing every element below it to
     * {@code elements}. Gives false, with the error reported, when the file is blank, not valid XML, has another
     * root element, or the importer stopped; {@code format} names the format in messages ("GEXF").
     */
    static boolean walk(String name, byte[] bytes, String format, String root, Problems problems, Elements elements) {
        if (Imports.blank(bytes)) {
            empty(name, format, problems);
            return false;
        }
        boolean sawRoot = false;
        try {
            XMLStreamReader r = Xml.open(new ByteArrayInputStream(bytes));
            int depth = 0;
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
                    if (!el.equals(root)) {
                        problems.error(at, "this is not a " + format + " file: it starts with <" + el + ">, not <"
                                + root + ">");
                        return false;
                    }
                    sawRoot = true;
                    continue;
                }
                Step step = elements.start(r, depth, el, at);
                if (step == Step.STOP) {
                    return false;
                }
                if (step == Step.READ) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            invalid(name, e, problems);
            return false;
        }
        if (!sawRoot) {
            empty(name, format, problems);
        }
        return sawRoot;
    }

    /** Skips the element (and all in it): the step of an element an importer does not read. */
    static Step skip(XMLStreamReader r) throws XMLStreamException {
        Xml.skip(r);
        return Step.READ;
    }

    /** Reports an empty file ("the file is empty; expected GEXF") and gives no graph. */
    static Optional<RawGraph> empty(String name, String format, Problems problems) {
        problems.error(Place.file(name), "the file is empty; expected " + format);
        return Optional.empty();
    }

    /** Reports a parse error at its place and gives no graph. */
    static Optional<RawGraph> invalid(String name, XMLStreamException e, Problems problems) {
        problems.error(Xml.place(name, e.getLocation()), "not valid XML: " + Xml.reason(e));
        return Optional.empty();
    }

    /** Reports a file without a {@code <graph>} and gives no graph. */
    static Optional<RawGraph> noGraph(String name, Problems problems) {
        problems.error(Place.file(name), "the file has no <graph>");
        return Optional.empty();
    }

    /** Reads an {@code <edge>} element to its end tag and adds it, or reports a missing source or target. */
    static Step edge(XMLStreamReader r, Place at, List<RawGraph.Edge> edges, Problems problems)
            throws XMLStreamException {
        String s = Xml.attr(r, "source");
        String t = Xml.attr(r, "target");
        Xml.skip(r);
        if (s == null || t == null) {
            problems.error(at, "an <edge> needs both source and target");
        } else {
            edges.add(new RawGraph.Edge(s, t, at));
        }
        return Step.READ;
    }

    /** A node attribute as the file declares it: its name and its default value (or null). */
    record Declared(String name, String defaultValue) {
    }

    /**
     * Adds a node that has been read to its end tag, with the declared defaults for what it does not give; reports
     * a node without id, and stops the reading when there are more nodes than the limits allow.
     */
    static Step node(String id, Place at, Map<String, RawGraph.Cell> attrs, Collection<Declared> declared,
                     List<RawGraph.Node> nodes, Limits limits, Problems problems) {
        if (id == null) {
            problems.error(at, "a <node> has no id");
            return Step.READ;
        }
        for (Declared d : declared) {
            if (d.defaultValue() != null && !attrs.containsKey(d.name())) {
                attrs.put(d.name(), new RawGraph.Cell(d.defaultValue(), at));
            }
        }
        nodes.add(new RawGraph.Node(id, at, attrs));
        return tooManyNodes(nodes, limits, at, problems) ? Step.STOP : Step.READ;
    }

    /** Whether there are more nodes than the participant and the connection limit allow (then with an error). */
    static boolean tooManyNodes(List<RawGraph.Node> nodes, Limits limits, Place at, Problems problems) {
        int max = limits.maxConnectionsPerParticipant();
        if (nodes.size() <= max + 1) {
            return false;
        }
        problems.add(Limit.CONNECTIONS.error(at, String.format(Locale.ROOT, "the network has more"
                + " than %,d nodes (the participant and %,d connections), so it is not read", max + 1, max), max));
        return true;
    }

    /**
     * Reads the rest of a declaring element ({@code <key>} in GraphML, {@code <attribute>} in GEXF) and gives its
     * {@code <default>} text, if any.
     */
    static String defaultText(XMLStreamReader r) throws XMLStreamException {
        String def = null;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 0 && r.getLocalName().equals("default")) {
                    def = Xml.text(r, null);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return def;
                }
                depth--;
            }
        }
        return def;
    }
}
