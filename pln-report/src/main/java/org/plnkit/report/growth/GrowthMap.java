package org.plnkit.report.growth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.growth.Growth.Kept;
import org.plnkit.analysis.growth.Growth.Tie;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.map.CategoryPalette;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PngWriter;
import org.plnkit.report.map.Theme;

/**
 * The growth map: the egogram of AFTER (the participant in the centre, a sector per category, rings by how often
 * they are in touch, daily nearest) with the connections added marked with a green ring and a plus, the dropped ones
 * ghosted (dashed, pale, where they were), and the moves between rings drawn as arrows from where a connection was.
 * Deterministic: the same growth gives the same PNG and SVG bytes. The SVG carries the alt text as its description.
 *
 * <pre>{@code
 * byte[] png = GrowthMap.render(view, Format.PNG);
 * String alt = GrowthMap.altText(view);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrowthMap {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1200;
    private static final String FAMILY = "DejaVu Sans";
    private static final String SVG_FAMILY = "\"DejaVu Sans\", Verdana, sans-serif";
    private static final Color INK = new Color(0x1F, 0x2D, 0x3D);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    private static final Color GRID = new Color(0xD9, 0xDE, 0xE4);
    private static final Color ADDED = new Color(0x1E, 0x8E, 0x3E);
    private static final Color DROPPED = new Color(0x9A, 0xA0, 0xA6);
    private static final Color MOVED = new Color(0x5B, 0x3F, 0xA8);
    private static final List<String> RINGS = List.of("daily", "weekly", "monthly", "quarterly", "yearly",
            "rarely or not given");
    private static final double CX = 610;
    private static final double CY = 650;
    private static final double OUTER = 440;
    private static final double EGO = 58;

    private GrowthMap() {
    }

    /**
     * What the map shows: the two snapshots as shown (anonymized when asked) and their comparison.
     *
     * @param before   BEFORE as shown
     * @param after    AFTER as shown
     * @param growth   the comparison of the two
     * @param taxonomy the categories
     */
    public record View(Pln before, Pln after, Growth growth, Taxonomy taxonomy) {
    }

    /** The map in a format, as bytes. */
    public static byte[] render(View v, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            render(v, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the map to the stream (not closed). */
    public static void render(View v, Format format, OutputStream out) throws IOException {
        Layout layout = layout(v);
        if (format == Format.PNG) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                paint(g, v, layout);
            } finally {
                g.dispose();
            }
            PngWriter.write(image, out);
        } else {
            SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
            g.setDefsKeyPrefix("pln-growth-");
            g.setGeomDoubleConverter(GrowthMap::num);
            g.setTransformDoubleConverter(GrowthMap::num);
            g.setFontFunction(family -> SVG_FAMILY);
            paint(g, v, layout);
            String element = g.getSVGElement("pln-growth-map", true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
            int open = element.indexOf('>');
            String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, open)
                    + " role='img' aria-labelledby='pln-growth-map-title pln-growth-map-desc'>"
                    + "<title id='pln-growth-map-title'>" + SVGUtils.escapeForXML(title(v)) + "</title>"
                    + "<desc id='pln-growth-map-desc'>" + SVGUtils.escapeForXML(altText(v)) + "</desc>"
                    + element.substring(open + 1) + "\n";
            out.write(svg.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** A description of the map in plain words, to publish next to it. */
    public static String altText(View v) {
        Growth g = v.growth();
        Layout l = layout(v);
        StringBuilder b = new StringBuilder();
        b.append(title(v)).append(". ");
        b.append("Health score ").append(g.health().before()).append(" then ").append(g.health().after()).append(". ");
        b.append(names(g.added().stream().map(Tie::name).toList(), "connection added", "connections added"));
        b.append(names(g.dropped().stream().map(Tie::name).toList(), "connection dropped", "connections dropped"));
        List<String> closer = new ArrayList<>();
        List<String> further = new ArrayList<>();
        for (Node n : l.nodes) {
            int from = n.was != null ? n.was.ring : n.fromRing;
            if (n.state == State.KEPT && from >= 0 && from != n.ring) {
                (from > n.ring ? closer : further).add(n.name);
            }
        }
        b.append(names(closer, "connection in touch more often now", "connections in touch more often now"));
        b.append(names(further, "connection in touch less often now", "connections in touch less often now"));
        b.append(names(l.nodes.stream().filter(n -> n.was != null).map(n -> n.name + " (from "
                + label(v.taxonomy(), n.was.category) + " to " + label(v.taxonomy(), n.category) + ")").toList(),
                "connection moved to another category", "connections moved to another category"));
        b.append("Categories gained: ").append(labels(v, g.categoriesGained())).append("; lost: ")
                .append(labels(v, g.categoriesLost())).append('.');
        return b.toString();
    }

    private static String title(View v) {
        return "How " + v.growth().participant().displayName() + "'s PLN grew, " + v.growth().beforeAsOf() + " to "
                + v.growth().afterAsOf();
    }

    private static String names(List<String> names, String one, String many) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.size() > 8 ? names.subList(0, 8) : names;
        return names.size() + " " + (names.size() == 1 ? one : many) + ": " + String.join(", ", shown)
                + (names.size() > 8 ? " and " + (names.size() - 8) + " more" : "") + ". ";
    }

    private static String labels(View v, List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(id -> label(v.taxonomy(), id)).toList());
    }

    private static String label(Taxonomy t, String id) {
        return t.byId(id).map(Category::label).orElse(id);
    }

    // ------------------------------------------------------------------------------------------------ layout

    /** KEPT, ADDED, DROPPED: a connection; WAS: where a kept connection was before it moved to another category. */
    private enum State { KEPT, ADDED, DROPPED, WAS }

    /** A connection on the map. */
    private static final class Node {
        final String name;
        final String category;
        final State state;
        final int ring;
        final int fromRing;   // the ring in BEFORE when it moved, else -1
        final int value;
        /** Where it was, when it moved to another category (drawn in that category's sector), else null. */
        Node was;
        double angle;
        double x;
        double y;

        Node(String name, String category, State state, int ring, int fromRing, int value) {
            this.name = name;
            this.category = category;
            this.state = state;
            this.ring = ring;
            this.fromRing = fromRing;
            this.value = value;
        }
    }

    private record Sector(String category, double start, double span) {
    }

    private record Layout(List<Sector> sectors, List<Node> nodes, double[] rings) {
    }

    private static int ring(Connection c) {
        return c.frequency().filter(f -> f != Frequency.RARELY).map(Enum::ordinal).orElse(RINGS.size() - 1);
    }

    private static Layout layout(View v) {
        Growth g = v.growth();
        List<Node> nodes = new ArrayList<>();
        for (Kept k : g.kept()) {
            Connection now = v.after().connection(k.id()).orElseThrow();
            Connection was = v.before().connection(k.beforeId()).orElseThrow();
            int r = ring(now);
            int r0 = ring(was);
            if (now.category().equals(was.category())) {
                nodes.add(new Node(now.name(), now.category(), State.KEPT, r, r0 == r ? -1 : r0,
                        now.value().orElse(1)));
            } else {
                // moved to another category: an arrow from where it was, in its old sector, to where it is
                Node n = new Node(now.name(), now.category(), State.KEPT, r, -1, now.value().orElse(1));
                n.was = new Node(was.name(), was.category(), State.WAS, r0, -1, now.value().orElse(1));
                nodes.add(n);
                nodes.add(n.was);
            }
        }
        for (Tie t : g.added()) {
            Connection now = v.after().connection(t.id()).orElseThrow();
            nodes.add(new Node(now.name(), now.category(), State.ADDED, ring(now), -1, now.value().orElse(1)));
        }
        for (Tie t : g.dropped()) {
            Connection was = v.before().connection(t.id()).orElseThrow();
            nodes.add(new Node(was.name(), was.category(), State.DROPPED, ring(was), -1, was.value().orElse(1)));
        }
        Map<String, List<Node>> byCategory = new LinkedHashMap<>();
        for (String id : v.taxonomy().ids()) {
            byCategory.put(id, new ArrayList<>());
        }
        for (Node n : nodes) {
            byCategory.computeIfAbsent(n.category, k -> new ArrayList<>()).add(n);
        }
        byCategory.values().removeIf(List::isEmpty);
        double total = byCategory.values().stream().mapToDouble(l -> l.size() + 0.6).sum();
        List<Sector> sectors = new ArrayList<>();
        double start = -Math.PI / 2;
        double[] rings = new double[RINGS.size()];
        for (int k = 0; k < rings.length; k++) {
            rings[k] = EGO + (OUTER - EGO) * (k + 0.75) / (RINGS.size() + 0.1);
        }
        for (Map.Entry<String, List<Node>> e : byCategory.entrySet()) {
            double span = 2 * Math.PI * (e.getValue().size() + 0.6) / total;
            sectors.add(new Sector(e.getKey(), start, span));
            Map<Integer, List<Node>> byRing = new LinkedHashMap<>();
            e.getValue().stream().sorted(Comparator.comparingInt((Node n) -> n.ring).thenComparing(n -> n.name)
                    .thenComparing(n -> n.state)).forEach(n -> byRing.computeIfAbsent(n.ring, k -> new ArrayList<>())
                    .add(n));
            for (List<Node> cell : byRing.values()) {
                int m = cell.size();
                for (int i = 0; i < m; i++) {
                    Node n = cell.get(i);
                    n.angle = start + span * (i + 1) / (m + 1);
                    double r = rings[n.ring] + (m > 3 ? (i % 2 == 0 ? -9 : 9) : 0);
                    n.x = CX + r * Math.cos(n.angle);
                    n.y = CY + r * Math.sin(n.angle);
                }
            }
            start += span;
        }
        return new Layout(sectors, nodes, rings);
    }

    // ------------------------------------------------------------------------------------------------ paint

    private static void paint(Graphics2D g, View v, Layout l) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Growth gr = v.growth();
        g.setColor(INK);
        g.setFont(new Font(FAMILY, Font.BOLD, 30));
        g.drawString(title(v), 40, 56);
        g.setFont(new Font(FAMILY, Font.PLAIN, 18));
        g.setColor(MUTED);
        g.drawString(String.format(Locale.ROOT, "Health score %d \u2192 %d (%s)   \u00b7   %d added, %d dropped, %d"
                        + " changed, %d kept", gr.health().before(), gr.health().after(), signed(gr.health().delta()),
                gr.added().size(), gr.dropped().size(), gr.changed().size(), gr.kept().size()), 40, 88);

        // rings
        g.setStroke(new BasicStroke(1.2f));
        for (int k = 0; k < l.rings().length; k++) {
            g.setColor(GRID);
            double r = l.rings()[k];
            g.draw(new Ellipse2D.Double(CX - r, CY - r, 2 * r, 2 * r));
        }
        // sectors
        Font sectorFont = new Font(FAMILY, Font.BOLD, 15);
        for (Sector s : l.sectors()) {
            g.setColor(GRID);
            g.draw(new Line2D.Double(CX + EGO * Math.cos(s.start()), CY + EGO * Math.sin(s.start()),
                    CX + (OUTER + 20) * Math.cos(s.start()), CY + (OUTER + 20) * Math.sin(s.start())));
            double mid = s.start() + s.span() / 2;
            String name = label(v.taxonomy(), s.category());
            boolean gained = gr.categoriesGained().contains(s.category());
            boolean lost = gr.categoriesLost().contains(s.category());
            String text = name + (gained ? " (new)" : lost ? " (lost)" : "");
            g.setFont(sectorFont);
            g.setColor(lost ? DROPPED : CategoryPalette.text(v.taxonomy(), s.category(), Theme.LIGHT));
            double lx = CX + (OUTER + 36) * Math.cos(mid);
            double ly = CY + (OUTER + 36) * Math.sin(mid);
            List<String> lines = List.of(text);
            double room = Math.cos(mid) < -0.2 ? lx - 16 : Math.cos(mid) > 0.2 ? 1200 - lx : 2 * Math.min(lx, 1200 - lx);
            if (g.getFontMetrics().stringWidth(text) > room) {
                int cut = text.lastIndexOf(' ', text.length() / 2 + 4);
                if (cut > 0) {
                    lines = List.of(text.substring(0, cut), text.substring(cut + 1));
                }
            }
            double lh = 18;
            double top = ly + 5 - (lines.size() - 1) * lh / 2;
            for (int i = 0; i < lines.size(); i++) {
                double w = g.getFontMetrics().stringWidth(lines.get(i));
                double tx = Math.cos(mid) < -0.2 ? lx - w : Math.cos(mid) > 0.2 ? lx : lx - w / 2;
                g.drawString(lines.get(i), (float) Math.max(12, tx), (float) (top + i * lh));
            }
        }
        // ring names, along the top
        g.setFont(new Font(FAMILY, Font.PLAIN, 12));
        g.setColor(MUTED);
        for (int k = 0; k < l.rings().length; k++) {
            g.drawString(RINGS.get(k), (float) (CX + 6), (float) (CY - l.rings()[k] - 4));
        }
        // ego
        g.setColor(INK);
        g.fill(new Ellipse2D.Double(CX - EGO + 14, CY - EGO + 14, 2 * EGO - 28, 2 * EGO - 28));
        g.setColor(Color.WHITE);
        g.setFont(new Font(FAMILY, Font.BOLD, 13));
        List<String> me = egoLines(gr.participant().displayName(), g.getFontMetrics());
        for (int i = 0; i < me.size(); i++) {
            g.drawString(me.get(i), (float) (CX - g.getFontMetrics().stringWidth(me.get(i)) / 2.0),
                    (float) (CY + 5 + (i - (me.size() - 1) / 2.0) * 16));
        }

        // moves: an arrow from where the connection was to where it is
        for (Node n : l.nodes()) {
            if (n.was != null) {
                g.setColor(MOVED);
                g.setStroke(new BasicStroke(2f));
                curvedArrow(g, n.was.x, n.was.y, n.x, n.y, radius(n));
            }
            if (n.fromRing >= 0) {
                double r0 = l.rings()[n.fromRing];
                double x0 = CX + r0 * Math.cos(n.angle);
                double y0 = CY + r0 * Math.sin(n.angle);
                g.setColor(MOVED);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {4, 4},
                        0));
                double rad = radius(n);
                g.draw(new Ellipse2D.Double(x0 - rad, y0 - rad, 2 * rad, 2 * rad));
                g.setStroke(new BasicStroke(2f));
                arrow(g, x0, y0, n.x, n.y, rad);
            }
        }
        // nodes
        Font labelFont = new Font(FAMILY, Font.PLAIN, 13);
        for (Node n : l.nodes()) {
            double rad = radius(n);
            Ellipse2D disc = new Ellipse2D.Double(n.x - rad, n.y - rad, 2 * rad, 2 * rad);
            group(g, n, v.taxonomy());
            Color fill = CategoryPalette.fill(v.taxonomy(), n.category, Theme.LIGHT);
            if (n.state == State.WAS) {
                g.setColor(Color.WHITE);
                g.fill(disc);
                g.setColor(MOVED);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {4, 4},
                        0));
                g.draw(disc);
            } else if (n.state == State.DROPPED) {
                g.setColor(new Color(0xF1, 0xF3, 0xF4));
                g.fill(disc);
                g.setColor(DROPPED);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4},
                        0));
                g.draw(disc);
            } else {
                g.setColor(fill);
                g.fill(disc);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(disc);
                if (n.state == State.ADDED) {
                    g.setColor(ADDED);
                    g.setStroke(new BasicStroke(3.5f));
                    g.draw(new Ellipse2D.Double(n.x - rad - 4, n.y - rad - 4, 2 * rad + 8, 2 * rad + 8));
                    plus(g, n.x + rad + 2, n.y - rad - 2);
                }
            }
            g.setFont(labelFont);
            g.setColor(n.state == State.DROPPED ? DROPPED : n.state == State.WAS ? MOVED : INK);
            String name = shorten(n.name, 24);
            double w = g.getFontMetrics().stringWidth(name);
            boolean right = Math.cos(n.angle) >= 0;
            double gap = n.state == State.ADDED ? 16 : 7;   // clear of the green ring and its plus
            g.drawString(name, (float) (right ? n.x + rad + gap : n.x - rad - gap - w), (float) (n.y + 4.5));
            end(g);
        }
        legend(g, v);
    }

    private static double radius(Node n) {
        return 7 + 2.2 * Math.max(1, Math.min(5, n.value));
    }

    private static void arrow(Graphics2D g, double x0, double y0, double x1, double y1, double rad) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        if (len < 2 * rad + 6) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double sx = x0 + ux * rad;
        double sy = y0 + uy * rad;
        double ex = x1 - ux * (rad + 3);
        double ey = y1 - uy * (rad + 3);
        g.draw(new Line2D.Double(sx, sy, ex, ey));
        head(g, ex, ey, ux, uy);
    }

    /**
     * An arrow from one sector to another: a curve bowed away from the centre (a straight line between opposite
     * sectors would cross the participant's disc), its head along the curve's end.
     */
    private static void curvedArrow(Graphics2D g, double x0, double y0, double x1, double y1, double rad) {
        double a0 = Math.atan2(y0 - CY, x0 - CX);
        double a1 = Math.atan2(y1 - CY, x1 - CX);
        double d = Math.atan2(Math.sin(a1 - a0), Math.cos(a1 - a0));
        double mid = a0 + d / 2;
        double r = Math.max(Math.hypot(x0 - CX, y0 - CY), Math.hypot(x1 - CX, y1 - CY)) * (1 + Math.abs(d) / 5);
        double qx = CX + r * Math.cos(mid);
        double qy = CY + r * Math.sin(mid);
        double ux = x1 - qx;
        double uy = y1 - qy;
        double len = Math.hypot(ux, uy);
        if (len < 1) {
            return;
        }
        ux /= len;
        uy /= len;
        double ex = x1 - ux * (rad + 3);
        double ey = y1 - uy * (rad + 3);
        double sx0 = qx - x0;
        double sy0 = qy - y0;
        double l0 = Math.max(1, Math.hypot(sx0, sy0));
        Path2D curve = new Path2D.Double();
        curve.moveTo(x0 + sx0 / l0 * rad, y0 + sy0 / l0 * rad);
        curve.quadTo(qx, qy, ex, ey);
        g.draw(curve);
        head(g, ex, ey, ux, uy);
    }

    /** An arrowhead with its tip at ({@code x}, {@code y}), pointing along the unit vector ({@code ux}, {@code uy}). */
    private static void head(Graphics2D g, double x, double y, double ux, double uy) {
        Path2D head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - ux * 10 - uy * 5, y - uy * 10 + ux * 5);
        head.lineTo(x - ux * 10 + uy * 5, y - uy * 10 - ux * 5);
        head.closePath();
        g.fill(head);
    }

    private static void plus(Graphics2D g, double x, double y) {
        g.setColor(ADDED);
        g.fill(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.4f));
        g.draw(new Line2D.Double(x - 4.5, y, x + 4.5, y));
        g.draw(new Line2D.Double(x, y - 4.5, x, y + 4.5));
    }

    private static void legend(Graphics2D g, View v) {
        Growth gr = v.growth();
        double x = 1230;
        double y = 170;
        g.setColor(INK);
        g.setFont(new Font(FAMILY, Font.BOLD, 18));
        g.drawString("What changed", (float) x, (float) y);
        g.setFont(new Font(FAMILY, Font.PLAIN, 15));
        y += 34;
        // added
        g.setColor(new Color(0x8F, 0xA8, 0xC8));
        g.fill(new Ellipse2D.Double(x, y - 12, 20, 20));
        g.setColor(ADDED);
        g.setStroke(new BasicStroke(3.5f));
        g.draw(new Ellipse2D.Double(x - 4, y - 16, 28, 28));
        plus(g, x + 24, y - 14);
        g.setColor(INK);
        g.drawString("added (" + gr.added().size() + ")", (float) (x + 44), (float) (y + 4));
        y += 42;
        g.setColor(new Color(0xF1, 0xF3, 0xF4));
        g.fill(new Ellipse2D.Double(x, y - 12, 20, 20));
        g.setColor(DROPPED);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0));
        g.draw(new Ellipse2D.Double(x, y - 12, 20, 20));
        g.setColor(INK);
        g.drawString("dropped, where it was (" + gr.dropped().size() + ")", (float) (x + 44), (float) (y + 4));
        y += 42;
        g.setColor(MOVED);
        g.setStroke(new BasicStroke(2f));
        arrow(g, x - 6, y - 2, x + 30, y - 2, 0);
        g.setColor(INK);
        g.drawString("moved between rings or categories", (float) (x + 44), (float) (y + 4));
        y += 42;
        g.setColor(MUTED);
        g.setFont(new Font(FAMILY, Font.PLAIN, 13));
        g.drawString("Rings: how often in touch, daily nearest.", (float) x, (float) y);
        y += 20;
        g.drawString("Size: how valuable (1\u20135).", (float) x, (float) y);
        y += 44;
        legendHeading(g, "Categories", x, y);
        y += 26;
        for (String c : gr.categoriesGained()) {
            g.setColor(ADDED);
            g.drawString("+ " + shorten(label(v.taxonomy(), c), 34), (float) x, (float) y);
            y += 22;
        }
        for (String c : gr.categoriesLost()) {
            g.setColor(DROPPED);
            g.drawString("\u2212 " + shorten(label(v.taxonomy(), c), 34), (float) x, (float) y);
            y += 22;
        }
        if (gr.categoriesGained().isEmpty() && gr.categoriesLost().isEmpty()) {
            g.setColor(MUTED);
            g.drawString("none gained or lost", (float) x, (float) y);
            y += 22;
        }
        y += 22;
        legendHeading(g, "Health score", x, y);
        y += 26;
        for (Growth.PartShift p : gr.health().parts()) {
            g.setColor(INK);
            String part = p.part().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            g.drawString(part, (float) x, (float) y);
            g.drawString(p.before().map(String::valueOf).orElse("n/a") + " \u2192 "
                    + p.after().map(String::valueOf).orElse("n/a")
                    + p.delta().map(d -> " (" + signed(d) + ")").orElse(""), (float) (x + 130), (float) y);
            y += 22;
        }
    }

    /** A heading of the legend at ({@code x}, {@code y}); what follows it is in the legend's text font. */
    private static void legendHeading(Graphics2D g, String heading, double x, double y) {
        g.setColor(INK);
        g.setFont(new Font(FAMILY, Font.BOLD, 16));
        g.drawString(heading, (float) x, (float) y);
        g.setFont(new Font(FAMILY, Font.PLAIN, 14));
    }

    private static void group(Graphics2D g, Node n, Taxonomy taxonomy) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", "connection " + n.state.name()
                    .toLowerCase(Locale.ROOT)));
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, n.state == State.WAS ? n.name + " (where it was, in "
                    + label(taxonomy, n.category) + ")" : n.name + " (" + n.state.name().toLowerCase(Locale.ROOT)
                    + (n.fromRing >= 0 ? ", moved from " + RINGS.get(n.fromRing) + " to " + RINGS.get(n.ring) : "")
                    + (n.was != null ? ", moved from " + label(taxonomy, n.was.category) + " to "
                    + label(taxonomy, n.category) : "") + ")");
        }
    }

    private static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    /**
     * The participant's name in at most two lines that fit inside the centre circle: split at the space nearest the
     * middle, each line cut with an ellipsis only when it is still too wide.
     */
    private static List<String> egoLines(String name, java.awt.FontMetrics fm) {
        double room = 2 * EGO - 28 - 10;
        String t = name.strip().replaceAll("\\s+", " ");
        if (fm.stringWidth(t) <= room || t.indexOf(' ') < 0) {
            return List.of(fit(t, fm, room));
        }
        int best = -1;
        for (int i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - t.length() / 2.0) < Math.abs(best - t.length() / 2.0)) {
                best = i;
            }
        }
        return List.of(fit(t.substring(0, best), fm, room), fit(t.substring(best + 1), fm, room));
    }

    /** The text, cut with an ellipsis until it is at most {@code room} pixels wide. */
    private static String fit(String t, java.awt.FontMetrics fm, double room) {
        String s = t;
        while (fm.stringWidth(s) > room && s.length() > 1) {
            s = s.substring(0, s.length() - (s.endsWith("\u2026") ? 2 : 1)) + "\u2026";
        }
        return s;
    }

    private static String shorten(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }

    private static String signed(int d) {
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private static String num(double d) {
        long hundredths = Math.round(d * 100);
        return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
