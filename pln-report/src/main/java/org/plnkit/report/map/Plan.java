package org.plnkit.report.map;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Optional;
import org.plnkit.report.map.MapGeometry.Box;

/**
 * Everything needed to paint a map: the model, the regions of the canvas, where each node and text goes, and
 * the public {@link MapGeometry}. Computed once by {@link MapLayout}; painted by GraphStream (nodes and lines)
 * and by {@link Decorations} (everything else).
 *
 * @param model        what is drawn
 * @param fonts        the typefaces at this canvas size
 * @param u            the drawing unit: 1 at the default size
 * @param ink          the theme's neutral colours
 * @param regions      the parts of the canvas
 * @param cx           the participant's centre
 * @param cy           the participant's centre
 * @param egoRadius    the participant's disc
 * @param ringRadii    the frequency rings, centre outwards
 * @param sectors      one per category present, clockwise from the top
 * @param nodes        one per connection, in PLN order
 * @param sectorLabels category names outside the outer ring
 * @param nodeLabels   connection names, in PLN order (connections left unlabelled have none)
 * @param ringLabels   frequency names on the rings
 * @param geometry     the public view of all this
 */
record Plan(MapModel model, Fonts fonts, double u, Ink ink, Regions regions, double cx, double cy, double egoRadius,
            double[] ringRadii, List<SectorArc> sectors, List<PlacedNode> nodes, List<Text> sectorLabels,
            List<Text> nodeLabels, List<Text> ringLabels, MapGeometry geometry) {

    /**
     * The parts of the canvas.
     *
     * @param title  the title band
     * @param map    where the rings, nodes and their labels go
     * @param legend the legend panel (empty width when the legend is off)
     * @param gaps   the one-line list of gaps under the map when the legend is off
     */
    record Regions(Box title, Box map, Box legend, Box gaps) {
    }

    /**
     * A category's sector.
     *
     * @param group the category and its connections
     * @param start start angle in radians, clockwise from +x on screen
     * @param end   end angle
     * @param fill  the category's colour
     * @param text  the category's colour for text
     */
    record SectorArc(MapModel.Group group, double start, double end, Color fill, Color text) {
    }

    /**
     * A connection's node.
     *
     * @param item     the connection
     * @param x        centre
     * @param y        centre
     * @param diameter the drawn size (a circle's diameter; squares and diamonds are sized to the same area)
     * @param fill     the category's colour
     */
    record PlacedNode(MapModel.Item item, double x, double y, double diameter, Color fill) {
        /** The radius labels keep away from: half the widest extent, plus the star when it gives back. */
        double obstacleRadius(double u) {
            double r = diameter / 2 * (item.connection().kind() == org.plnkit.core.model.Kind.RESOURCE ? 1.26 : 1.0);
            if (item.connection().kind() == org.plnkit.core.model.Kind.ORGANIZATION) {
                r = diameter / 2 * 0.886 * Math.sqrt(2);
            }
            return r + (item.connection().givesBackOrFalse() ? 5 * u : 2 * u);
        }
    }

    /**
     * A piece of text with its box.
     *
     * @param item   the connection it names, if any
     * @param lines  one or more lines
     * @param full   the full text, for tooltips
     * @param box    where it goes
     * @param font   its font
     * @param color  its colour
     * @param align  -1 left, 0 centre, 1 right within the box
     * @param halo   whether a translucent box is drawn behind it
     */
    record Text(Optional<MapModel.Item> item, List<String> lines, String full, Box box, Font font, Color color,
                int align, boolean halo) {
        boolean shortened() {
            return !String.join(" ", lines).equals(full);
        }
    }
}
