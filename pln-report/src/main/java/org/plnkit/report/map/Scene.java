package org.plnkit.report.map;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;

/**
 * A GraphStream graph being built for a map ({@link GraphScene}, {@link CohortMapScene}): nodes at computed
 * positions ({@code xyz}), a style sheet that starts with the rules every map shares, and two invisible anchor nodes
 * at the canvas corners so that one graph unit is one pixel.
 *
 * <p>Elements with the same look share a style class: GraphStream draws style groups of equal z-index in hash
 * order, so the number of groups is kept small and {@link OrderedSwingRenderer} sorts them.
 */
final class Scene {
    private final Graph graph;
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final StringBuilder css = new StringBuilder();

    /** A scene of {@code width} × {@code height} pixels on the {@code background} colour. */
    Scene(String id, Color background, int width, int height) {
        css.append("graph { padding: 0px; fill-color: ").append(rgb(background)).append("; }\n")
                .append("node { text-mode: hidden; stroke-mode: none; }\n")
                .append("edge { text-mode: hidden; shape: line; }\n")
                .append("node.anchor { size: 0px; fill-mode: none; stroke-mode: none; }\n");
        graph = new SingleGraph(id, false, true);
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        node("anchor-a", 0, 0, "anchor");
        node("anchor-b", width, height, "anchor");
    }

    /** Adds a rule to the style sheet as it is ({@code "node.ego { … }"}). */
    void rule(String rule) {
        css.append(rule).append('\n');
    }

    /** Adds a node at ({@code x}, {@code y}) in graph units (y upwards) with the style class given. */
    void node(String id, double x, double y, String styleClass) {
        Node n = graph.addNode(id);
        n.setAttribute("xyz", x, y, 0.0);
        n.setAttribute("ui.class", styleClass);
    }

    /**
     * Adds an edge in the look of {@code template} (a rule with {@code %s} for the class name); gives the edge, or
     * null when GraphStream adds none (then no class is made for it).
     */
    Edge edge(String id, String from, String to, String template) {
        Edge e = graph.addEdge(id, from, to);
        if (e != null) {
            e.setAttribute("ui.class", styleClass(template));
        }
        return e;
    }

    /** The style class of a look: {@code template} is a rule with {@code %s} for the class name; equal looks share. */
    String styleClass(String template) {
        return classes.computeIfAbsent(template, t -> {
            String name = "s" + classes.size();
            css.append(String.format(Locale.ROOT, t, name)).append('\n');
            return name;
        });
    }

    /** The graph with its style sheet. */
    Graph graph() {
        graph.setAttribute("ui.stylesheet", css.toString());
        return graph;
    }

    static String px(double v) {
        return String.format(Locale.ROOT, "%.2fpx", v);
    }

    static String rgb(Color c) {
        return CategoryPalette.hex(c);
    }

    static String rgba(Color c, int alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%d)", c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
