package org.plnkit.report.exchange;

import java.nio.file.Path;
import java.util.List;
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
    static void edge(XMLStreamReader r, Place at, List<RawGraph.Edge> edges, Problems problems)
            throws XMLStreamException {
        String s = Xml.attr(r, "source");
        String t = Xml.attr(r, "target");
        Xml.skip(r);
        if (s == null || t == null) {
            problems.error(at, "an <edge> needs both source and target");
        } else {
            edges.add(new RawGraph.Edge(s, t, at));
        }
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
