package org.plnkit.report.map;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;
import org.plnkit.core.model.Kind;

/**
 * The GraphStream graph of a cohort map: a dot per participant, a node per shared organization or resource, a line
 * from a disc's centre (an invisible node) to each resource that disc's members name often. Positions are the
 * plan's; elements with the same look share a style class (few classes, drawn in a fixed order).
 */
final class CohortMapScene {
    private CohortMapScene() {
    }

    static Graph build(CohortMapPlan plan) {
        CohortMapOptions o = plan.options;
        Ink ink = plan.ink;
        double u = plan.u;
        int h = o.height();
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder css = new StringBuilder();
        css.append("graph { padding: 0px; fill-color: ").append(GraphScene.rgb(ink.background())).append("; }\n")
                .append("node { text-mode: hidden; stroke-mode: none; }\n")
                .append("edge { text-mode: hidden; shape: line; }\n")
                .append("node.anchor { size: 0px; fill-mode: none; stroke-mode: none; }\n");
        Graph g = new SingleGraph("cohort-map", false, true);
        g.setAttribute("ui.quality");
        g.setAttribute("ui.antialias");
        add(g, "anchor-a", 0, 0, "anchor");
        add(g, "anchor-b", o.width(), h, "anchor");
        for (CohortMapPlan.Disc d : plan.discs) {
            add(g, "g" + d.index(), d.cx(), h - d.cy(), "anchor");
        }
        double dot = Math.max(1.2, 2 * plan.dotRadius);
        for (CohortMapPlan.Dot d : plan.dots) {
            String style;
            if (d.isolated()) {
                style = "node.%s { shape: circle; size: " + GraphScene.px(dot) + "; fill-color: "
                        + GraphScene.rgb(ink.background()) + "; stroke-mode: plain; stroke-color: "
                        + GraphScene.rgb(CohortMapPlan.ISOLATED) + "; stroke-width: "
                        + GraphScene.px(Math.max(0.8, dot * 0.22)) + "; z-index: 2; }";
            } else {
                Color c = colour(d.colour());
                style = "node.%s { shape: circle; size: " + GraphScene.px(dot) + "; fill-color: " + GraphScene.rgb(c)
                        + "; stroke-mode: plain; stroke-color: " + GraphScene.rgb(ink.background())
                        + "; stroke-width: " + GraphScene.px(Math.min(1.0, dot * 0.08)) + "; z-index: 2; }";
            }
            add(g, "p" + d.participant(), d.x(), h - d.y(), styleClass(classes, css, style));
        }
        Color fill = o.theme() == Theme.LIGHT ? new Color(0x2F3542) : new Color(0xE8EBF0);
        for (CohortMapPlan.Res r : plan.resources) {
            String shape = r.kind() == Kind.ORGANIZATION ? "box" : "diamond";
            String size = GraphScene.px(MapLayout.shapeSize(r.kind(), r.d()));
            String style = "node.%s { shape: " + shape + "; size: " + size
                    + "; fill-color: " + GraphScene.rgb(fill) + "; stroke-mode: plain; stroke-color: "
                    + GraphScene.rgb(ink.background()) + "; stroke-width: " + GraphScene.px(1.5 * u)
                    + "; z-index: 4; }";
            add(g, "r" + r.rank(), r.x(), h - r.y(), styleClass(classes, css, style));
        }
        int alpha = o.theme() == Theme.LIGHT ? 70 : 80;
        Color line = o.theme() == Theme.LIGHT ? new Color(0x5A6270) : new Color(0xB8BFCB);
        int k = 0;
        for (CohortMapPlan.Line l : plan.lines) {
            double width = Math.round(2 * (0.6 + 5 * l.share()) * Math.max(u, 0.6)) / 2.0;
            String style = "edge.%s { size: " + GraphScene.px(width) + "; fill-color: "
                    + GraphScene.rgba(line, alpha) + "; z-index: 0; }";
            Edge e = g.addEdge("l" + k++, "g" + l.disc(), "r" + plan.resources.get(l.res()).rank());
            if (e != null) {
                e.setAttribute("ui.class", styleClass(classes, css, style));
            }
        }
        g.setAttribute("ui.stylesheet", css.toString());
        return g;
    }

    static Color colour(int index) {
        if (index < CohortMapPlan.PALETTE.size()) {
            return CohortMapPlan.PALETTE.get(index);
        }
        return index == CohortMapPlan.PALETTE.size() ? CohortMapPlan.OTHER : CohortMapPlan.NONE;
    }

    private static void add(Graph g, String id, double x, double y, String styleClass) {
        Node n = g.addNode(id);
        n.setAttribute("xyz", x, y, 0.0);
        n.setAttribute("ui.class", styleClass);
    }

    private static String styleClass(Map<String, String> classes, StringBuilder css, String template) {
        return classes.computeIfAbsent(template, t -> {
            String name = "s" + classes.size();
            css.append(String.format(Locale.ROOT, t, name)).append('\n');
            return name;
        });
    }
}
