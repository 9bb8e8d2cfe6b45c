package org.plnkit.report.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plnkit.core.problem.Place;

/**
 * A graph as another tool wrote it, before it means anything: node and edge attributes are text under the names
 * the file uses, each with its place. Every importer reads its format into this; {@link PlnAssembler} turns it
 * into a PLN, so that a value means the same whatever format it came from.
 *
 * @param file     the file name, for messages
 * @param nodes    nodes in file order
 * @param edges    edges in file order
 * @param egoAttrs attributes of the participant given outside any node (GraphML graph data, a Network Canvas ego
 *                 file); empty when the participant is a node or not given
 * @param declared the node attribute names the file declares (GraphML keys, GEXF attributes, CSV columns), even
 *                 those no node uses
 */
record RawGraph(String file, List<Node> nodes, List<Edge> edges, Map<String, Cell> egoAttrs, Set<String> declared) {
    RawGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        egoAttrs = Collections.unmodifiableMap(new LinkedHashMap<>(egoAttrs));
        declared = Collections.unmodifiableSet(new LinkedHashSet<>(declared));
    }

    /** A value as written, and where. */
    record Cell(String text, Place place) {
    }

    /** A node: its id in the file, where it is, and its attributes by the file's names (in file order). */
    record Node(String id, Place place, Map<String, Cell> attrs) {
    }

    /** An edge between two node ids of the file. */
    record Edge(String source, String target, Place place) {
    }
}
