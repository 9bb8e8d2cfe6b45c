package org.plnkit.report.map;

import java.awt.Color;
import org.graphstream.graph.Graph;
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
        Scene scene = new Scene("cohort-map", ink.background(), o.width(), h);
        for (CohortMapPlan.Disc d : plan.discs) {
            scene.node("g" + d.index(), d.cx(), h - d.cy(), "anchor");
        }
        double dot = Math.max(1.2, 2 * plan.dotRadius);
        for (CohortMapPlan.Dot d : plan.dots) {
            String style;
            if (d.isolated()) {
                style = "node.%s { shape: circle; size: " + Scene.px(dot) + "; fill-color: "
                        + Scene.rgb(ink.background()) + "; stroke-mode: plain; stroke-color: "
                        + Scene.rgb(CohortMapPlan.ISOLATED) + "; stroke-width: "
                        + Scene.px(Math.max(0.8, dot * 0.22)) + "; z-index: 2; }";
            } else {
                Color c = colour(d.colour());
                style = "node.%s { shape: circle; size: " + Scene.px(dot) + "; fill-color: " + Scene.rgb(c)
                        + "; stroke-mode: plain; stroke-color: " + Scene.rgb(ink.background())
                        + "; stroke-width: " + Scene.px(Math.min(1.0, dot * 0.08)) + "; z-index: 2; }";
            }
            scene.node("p" + d.participant(), d.x(), h - d.y(), scene.styleClass(style));
        }
        Color fill = o.theme() == Theme.LIGHT ? new Color(0x2F3542) : new Color(0xE8EBF0);
        for (CohortMapPlan.Res r : plan.resources) {
            String shape = r.kind() == Kind.ORGANIZATION ? "box" : "diamond";
            String size = Scene.px(MapLayout.shapeSize(r.kind(), r.d()));
            String style = "node.%s { shape: " + shape + "; size: " + size
                    + "; fill-color: " + Scene.rgb(fill) + "; stroke-mode: plain; stroke-color: "
                    + Scene.rgb(ink.background()) + "; stroke-width: " + Scene.px(1.5 * u)
                    + "; z-index: 4; }";
            scene.node("r" + r.rank(), r.x(), h - r.y(), scene.styleClass(style));
        }
        int alpha = o.theme() == Theme.LIGHT ? 70 : 80;
        Color line = o.theme() == Theme.LIGHT ? new Color(0x5A6270) : new Color(0xB8BFCB);
        int k = 0;
        for (CohortMapPlan.Line l : plan.lines) {
            double width = Math.round(2 * (0.6 + 5 * l.share()) * Math.max(u, 0.6)) / 2.0;
            String style = "edge.%s { size: " + Scene.px(width) + "; fill-color: "
                    + Scene.rgba(line, alpha) + "; z-index: 0; }";
            scene.edge("l" + k++, "g" + l.disc(), "r" + plan.resources.get(l.res()).rank(), style);
        }
        return scene.graph();
    }

    static Color colour(int index) {
        if (index < CohortMapPlan.PALETTE.size()) {
            return CohortMapPlan.PALETTE.get(index);
        }
        return index == CohortMapPlan.PALETTE.size() ? CohortMapPlan.OTHER : CohortMapPlan.NONE;
    }
}
