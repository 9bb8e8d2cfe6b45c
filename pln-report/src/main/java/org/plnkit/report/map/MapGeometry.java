package org.plnkit.report.map;

import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Kind;

/**
 * Where everything on a map is drawn, in CSS pixels from the top-left corner: for HTML image maps, for
 * checking a layout, or for drawing extra marks on top. The PNG is this geometry times {@code scale}.
 *
 * <pre>{@code
 * MapGeometry g = new PlnMapRenderer(options).geometry(pln);
 * g.node("jane").map(n -> n.x() + "," + n.y());   // e.g. "612.4,401.9"
 * }</pre>
 *
 * @param width       canvas width
 * @param height      canvas height
 * @param centreX     the participant's centre
 * @param centreY     the participant's centre
 * @param egoRadius   radius of the participant's disc
 * @param rings       the frequency rings, centre outwards
 * @param sectors     one sector per category present, in taxonomy order, clockwise from the top
 * @param nodes       one per connection, in the PLN's order
 * @param labels      the text placed on the map: connection names, sector names, the participant's name
 * @param unlabelled  ids of connections whose name did not fit without overlapping (shown on hover in the SVG)
 *
 * @since 0.1.0
 */
public record MapGeometry(int width, int height, double centreX, double centreY, double egoRadius,
                          List<Ring> rings, List<Sector> sectors, List<Node> nodes, List<Label> labels,
                          List<String> unlabelled) {
    public MapGeometry {
        rings = List.copyOf(rings);
        sectors = List.copyOf(sectors);
        nodes = List.copyOf(nodes);
        labels = List.copyOf(labels);
        unlabelled = List.copyOf(unlabelled);
    }

    /** The node of a connection (by its id in the PLN that was drawn, i.e. the anonymized id if anonymized). */
    public Optional<Node> node(String connectionId) {
        return nodes.stream().filter(n -> n.connectionId().equals(connectionId)).findFirst();
    }

    /** The label of a connection, when it has one. */
    public Optional<Label> labelOf(String connectionId) {
        return labels.stream().filter(l -> l.connectionId().filter(connectionId::equals).isPresent()).findFirst();
    }

    /**
     * A frequency ring.
     *
     * @param name   {@code daily}, {@code weekly}, {@code monthly}, {@code quarterly}, {@code yearly} or
     *               {@code rarely} (the outer ring also holds connections whose frequency is not given)
     * @param radius distance from the centre
     */
    public record Ring(String name, double radius) {
    }

    /**
     * A category's sector.
     *
     * @param categoryId   the category
     * @param label        the category's label
     * @param startDegrees start angle, clockwise from the positive x axis (the top is -90)
     * @param endDegrees   end angle, larger than the start
     * @param count        connections in it
     */
    public record Sector(String categoryId, String label, double startDegrees, double endDegrees, int count) {
    }

    /**
     * A connection's node.
     *
     * @param connectionId the connection's id
     * @param name         its name as drawn (anonymized if asked)
     * @param categoryId   its category
     * @param kind         person (circle), organization (square) or resource (diamond)
     * @param x            centre
     * @param y            centre
     * @param radius       half the node's extent (the obstacle labels keep out of, badge included)
     * @param ring         index in {@link #rings()}
     * @param overdue      whether its tie is dashed
     * @param givesBack    whether it carries the "I give back" star
     */
    public record Node(String connectionId, String name, String categoryId, Kind kind, double x, double y,
                       double radius, int ring, boolean overdue, boolean givesBack) {
    }

    /**
     * A piece of text on the map.
     *
     * @param connectionId the connection it names, if it names one
     * @param text         the text drawn (ending in an ellipsis when shortened)
     * @param fullText     the whole name
     * @param box          the area it covers
     */
    public record Label(Optional<String> connectionId, String text, String fullText, Box box) {
    }

    /**
     * An axis-aligned rectangle.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     */
    public record Box(double x, double y, double width, double height) {
        /** Whether the two rectangles share some area (touching edges do not count). */
        public boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        /** Whether this rectangle lies within the other. */
        public boolean within(Box o) {
            return x >= o.x && y >= o.y && x + width <= o.x + o.width && y + height <= o.y + o.height;
        }

        /** Whether the disc (cx, cy, r) shares some area with this rectangle. */
        public boolean overlapsDisc(double cx, double cy, double r) {
            double nx = Math.max(x, Math.min(cx, x + width));
            double ny = Math.max(y, Math.min(cy, y + height));
            double dx = cx - nx;
            double dy = cy - ny;
            return dx * dx + dy * dy < r * r;
        }
    }
}
