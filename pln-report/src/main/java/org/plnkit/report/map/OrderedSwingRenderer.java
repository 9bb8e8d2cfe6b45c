package org.plnkit.report.map;

import java.awt.Graphics2D;
import java.util.Comparator;
import java.util.HashSet;
import org.graphstream.ui.graphicGraph.StyleGroup;
import org.graphstream.ui.graphicGraph.stylesheet.Selector;
import org.graphstream.ui.swing.BackendJ2D;
import org.graphstream.ui.swing.SwingGraphRenderer;

/**
 * GraphStream's Swing renderer, with two changes: style groups that share a z-index are drawn in the order of
 * their ids (GraphStream keeps them in a {@code HashSet} of identity-hashed groups, so its own order changes from
 * run to run and the SVG would not be byte-identical), and the map's own drawing goes beneath and above the
 * graph. Shadows, sprites and the selection rectangle are not used by maps and not drawn.
 */
final class OrderedSwingRenderer extends SwingGraphRenderer {
    /** Drawing in canvas pixels, before or after the graph. */
    interface Layer {
        void paint(Graphics2D g);
    }

    private final Layer below;
    private final Layer above;

    OrderedSwingRenderer(Layer below, Layer above) {
        this.below = below;
        this.above = above;
    }

    @Override
    public void render(Graphics2D g, int x, int y, int width, int height) {
        if (graph == null) {
            return;
        }
        if (backend == null) {
            backend = new BackendJ2D();
        }
        backend.prepareNewFrame(g);
        camera.setBackend(backend);
        setupGraphics();
        graph.computeBounds();
        camera.setBounds(graph);
        camera.setViewport(x, y, width, height);
        getStyleRenderer(graph).render(backend, camera, width, height);
        below.paint(g);

        Svg.begin(g, "id", "graph");
        camera.pushView(graph);
        for (HashSet<StyleGroup> groups : graph.getStyleGroups().zIndex()) {
            groups.stream()
                    .filter(group -> group.getType() != Selector.Type.GRAPH)
                    .sorted(Comparator.comparing(StyleGroup::getId))
                    .forEach(group -> getStyleRenderer(group).render(backend, camera));
        }
        camera.popView();
        Svg.end(g);

        above.paint(g);
    }
}
