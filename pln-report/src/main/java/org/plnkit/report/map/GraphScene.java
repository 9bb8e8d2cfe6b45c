package org.plnkit.report.map;

import static org.plnkit.report.map.Scene.px;
import static org.plnkit.report.map.Scene.rgb;
import static org.plnkit.report.map.Scene.rgba;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.ui.geom.Point3;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Link;
import org.plnkit.report.map.Plan.PlacedNode;

/**
 * The GraphStream graph of a map: the participant, the connections, the ties from the participant and the links
 * between connections, each placed at its computed position ({@code xyz}) and styled through a generated style
 * sheet (see {@link Scene}).
 */
final class GraphScene {
    /** Tie widths for daily, weekly, monthly, quarterly, yearly, rarely/not given, at the default size. */
    private static final double[] TIE_WIDTH = {5.5, 4.2, 3.0, 2.1, 1.5, 1.1};

    private GraphScene() {
    }

    static Graph build(Plan plan) {
        MapOptions o = plan.model().options();
        Ink ink = plan.ink();
        double u = plan.u();
        int w = o.width();
        int h = o.height();
        Scene scene = new Scene("pln-map", ink.background(), w, h);
        scene.rule("node.ego { shape: circle; size: " + px(plan.egoRadius() * 2) + "; fill-color: " + rgb(ink.ego())
                + "; stroke-mode: plain; stroke-color: " + rgb(ink.background()) + "; stroke-width: " + px(3 * u)
                + "; z-index: 5; }");
        scene.node("ego", plan.cx(), h - plan.cy(), "ego");

        for (PlacedNode n : plan.nodes()) {
            Connection c = n.item().connection();
            String shape = switch (c.kind()) {
                case PERSON -> "circle";
                case ORGANIZATION -> "box";
                case RESOURCE -> "diamond";
            };
            Color stroke = o.theme() == Theme.LIGHT ? CategoryPalette.mix(n.fill(), Color.BLACK, 0.35)
                    : ink.background();
            String style = "node.%s { shape: " + shape + "; size: " + px(MapLayout.shapeSize(c.kind(), n.diameter()))
                    + "; fill-color: " + rgb(n.fill()) + "; stroke-mode: plain; stroke-color: " + rgb(stroke)
                    + "; stroke-width: " + px((c.kind() == Kind.PERSON ? 1.4 : 1.2) * u) + "; z-index: 3; }";
            scene.node(node(n.item().index()), n.x(), h - n.y(), scene.styleClass(style));
        }

        int alpha = o.theme() == Theme.LIGHT ? 150 : 165;
        for (PlacedNode n : plan.nodes()) {
            MapModel.Item it = n.item();
            double width = TIE_WIDTH[it.ring()] * Math.max(u, 0.6);
            String color = rgba(n.fill(), alpha);
            String style = it.overdue()
                    ? "edge.%s { size: " + px(Math.max(width, 1.8 * u)) + "; fill-mode: none; stroke-mode: dashes; "
                            + "stroke-color: " + color + "; stroke-width: 0px; z-index: 1; }"
                    : "edge.%s { size: " + px(width) + "; fill-color: " + color + "; z-index: 1; }";
            scene.edge("tie-" + it.index(), "ego", node(it.index()), style);
        }

        String linkStyle = "edge.%s { shape: polyline; size: " + px(1.3 * Math.max(u, 0.6)) + "; fill-color: "
                + rgba(ink.link(), ink.link().getAlpha()) + "; z-index: 0; }";
        scene.styleClass(linkStyle);   // its class comes right after the ties' even when there are no links
        Map<String, Integer> index = new LinkedHashMap<>();
        for (MapModel.Item it : plan.model().items()) {
            index.put(it.id(), it.index());
        }
        int k = 0;
        for (Link l : plan.model().shown().links()) {
            String a = node(index.get(l.from()));
            String b = node(index.get(l.to()));
            Edge e = scene.edge("link-" + k++, a, b, linkStyle);
            if (e != null) {
                e.setAttribute("ui.points", (Object) bow(plan, plan.nodes().get(index.get(l.from())),
                        plan.nodes().get(index.get(l.to())), h));
            }
        }
        return scene.graph();
    }

    /**
     * A link as a gentle curve (a quadratic Bézier cut into straight pieces) bowing away from the centre, so that
     * a link between two far-apart connections does not pass under the participant and read as a tie.
     */
    private static Point3[] bow(Plan plan, PlacedNode a, PlacedNode b, int h) {
        double mx = (a.x() + b.x()) / 2;
        double my = (a.y() + b.y()) / 2;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        double nx = -dy / Math.max(len, 1e-9);
        double ny = dx / Math.max(len, 1e-9);
        if ((mx - plan.cx()) * nx + (my - plan.cy()) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double k = 0.22 * len;
        double qx = mx + nx * k;
        double qy = my + ny * k;
        int pieces = 16;
        Point3[] points = new Point3[pieces + 1];
        for (int i = 0; i <= pieces; i++) {
            double t = i / (double) pieces;
            double x = (1 - t) * (1 - t) * a.x() + 2 * (1 - t) * t * qx + t * t * b.x();
            double y = (1 - t) * (1 - t) * a.y() + 2 * (1 - t) * t * qy + t * t * b.y();
            points[i] = new Point3(x, h - y, 0);
        }
        return points;
    }

    private static String node(int index) {
        return "c" + index;
    }
}
