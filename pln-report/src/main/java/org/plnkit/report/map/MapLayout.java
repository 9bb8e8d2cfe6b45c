package org.plnkit.report.map;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Kind;
import org.plnkit.report.map.MapGeometry.Box;
import org.plnkit.report.map.Plan.PlacedNode;
import org.plnkit.report.map.Plan.Regions;
import org.plnkit.report.map.Plan.SectorArc;
import org.plnkit.report.map.Plan.Text;

/**
 * Computes where everything goes, deterministically (no randomness, no layout iterations that depend on timing).
 *
 * <p>The encoding: the participant in the centre; one sector per category present, clockwise from the top in
 * taxonomy order, its angle proportional to its connections plus a small share so that a single connection
 * still gets room; six rings by frequency, daily nearest the centre, then weekly, monthly, quarterly, yearly,
 * and rarely (or not given) at the edge. Connections of a sector on the same ring are spread evenly across
 * the sector; when they would touch they are staggered on two or three rows around the ring, and when even that
 * is too tight every node is made smaller. Labels are placed greedily, most valuable connections first, at the
 * first free spot around their node, starting from the side facing away from the centre; a label that finds no
 * spot without overlapping a node or another label is left out (the SVG still names the node on hover).
 */
final class MapLayout {
    /** Node diameters for value 1–5 (not given = 1), at the default size. */
    private static final double[] DIAMETER = {18, 18, 22, 27, 32, 38};
    private static final double LABEL_MAX_WIDTH = 185;
    private static final double LABEL_SHORT_WIDTH = 118;

    private MapLayout() {
    }

    static Plan plan(MapModel model) {
        MapOptions o = model.options();
        int w = o.width();
        int h = o.height();
        double u = Math.min(w / (double) MapOptions.DEFAULT_WIDTH, h / (double) MapOptions.DEFAULT_HEIGHT);
        double uf = Math.max(u, 0.72);
        double un = Math.max(u, 0.6);
        Fonts fonts = new Fonts(uf);
        Ink ink = Ink.of(o.theme());

        Regions regions = regions(o, uf, fonts);
        Box map = regions.map();
        double cx = map.x() + map.width() / 2;
        double cy = map.y() + map.height() / 2;
        double outer = Math.max(90 * un,
                Math.min(map.width() / 2 - 115 * uf, map.height() / 2 - 36 * uf));
        double egoRadius = 48 * un;
        double spacing = (outer - egoRadius) / 6.3;
        double[] rings = new double[MapModel.RINGS.size()];
        for (int k = 0; k < rings.length; k++) {
            rings[k] = egoRadius + spacing * (k + 0.95);
        }

        List<SectorArc> sectors = sectors(model);
        List<PlacedNode> nodes = List.of();
        for (double crowd = 1.0; ; crowd *= 0.85) {
            nodes = placeNodes(model, sectors, rings, spacing, un * crowd, u, cx, cy);
            if (crowd < 0.4 || !anyOverlap(nodes, 2 * un * crowd)) {
                break;
            }
        }

        double margin = 22 * uf;
        LabelPlacer placer = new LabelPlacer(new Box(map.x() - margin, map.y(), map.width() + 2 * margin,
                map.height()));
        placer.blockDisc(cx, cy, egoRadius + 4 * u);
        for (PlacedNode n : nodes) {
            placer.blockDisc(n.x(), n.y(), n.obstacleRadius(u));
        }
        List<Text> sectorLabels = sectorLabels(sectors, fonts, placer, cx, cy, outer, uf);
        List<Text> nodeLabels = nodeLabels(nodes, fonts, placer, cx, cy, uf, u, ink);
        List<Text> ringLabels = ringLabels(rings, fonts, placer, cx, cy, ink);

        Plan plan = new Plan(model, fonts, u, ink, regions, cx, cy, egoRadius, rings, sectors, nodes, sectorLabels,
                nodeLabels, ringLabels, null);
        return new Plan(model, fonts, u, ink, regions, cx, cy, egoRadius, rings, sectors, nodes, sectorLabels,
                nodeLabels, ringLabels, geometry(plan));
    }

    private static Regions regions(MapOptions o, double uf, Fonts fonts) {
        int w = o.width();
        int h = o.height();
        double pad = 28 * uf;
        double titleHeight = Fonts.lineHeight(fonts.title) + Fonts.lineHeight(fonts.subtitle) + 16 * uf;
        Box title = new Box(pad, pad, w - 2 * pad, titleHeight);
        double legendWidth = o.legend() ? Math.min(w * 0.3, 440 * uf) : 0;
        double gapsHeight = o.legend() ? 0 : Fonts.lineHeight(fonts.text) * 1.6;
        double top = pad + titleHeight + 8 * uf;
        double mapRight = w - pad - (o.legend() ? legendWidth + pad : 0);
        Box map = new Box(pad, top, mapRight - pad, h - pad - gapsHeight - top);
        Box legend = new Box(w - pad - legendWidth, top, legendWidth, h - pad - top);
        Box gaps = new Box(pad, h - pad - gapsHeight, w - 2 * pad, gapsHeight);
        return new Regions(title, map, legend, gaps);
    }

    private static List<SectorArc> sectors(MapModel model) {
        MapOptions o = model.options();
        double total = 0;
        for (MapModel.Group g : model.groups()) {
            total += weight(g);
        }
        List<SectorArc> out = new ArrayList<>();
        double angle = -Math.PI / 2;
        for (MapModel.Group g : model.groups()) {
            double span = 2 * Math.PI * weight(g) / total;
            String id = g.category().id();
            out.add(new SectorArc(g, angle, angle + span, CategoryPalette.fill(o.taxonomy(), id, o.theme()),
                    CategoryPalette.text(o.taxonomy(), id, o.theme())));
            angle += span;
        }
        return out;
    }

    private static double weight(MapModel.Group g) {
        return g.items().size() + 0.6;
    }

    static double diameter(MapModel.Item item, double scale) {
        return DIAMETER[item.value()] * scale;
    }

    private static List<PlacedNode> placeNodes(MapModel model, List<SectorArc> sectors, double[] rings,
                                               double spacing, double scale, double u, double cx,
                                               double cy) {
        PlacedNode[] placed = new PlacedNode[model.items().size()];
        double[] angle = new double[placed.length];
        double[] radius = new double[placed.length];
        double[][] limits = new double[placed.length][];
        for (SectorArc s : sectors) {
            double pad = Math.min(Math.toRadians(1.5), (s.end() - s.start()) * 0.08);
            double a0 = s.start() + pad;
            double a1 = s.end() - pad;
            for (int k = 0; k < rings.length; k++) {
                final int ring = k;
                List<MapModel.Item> onRing = s.group().items().stream().filter(i -> i.ring() == ring).toList();
                int n = onRing.size();
                if (n == 0) {
                    continue;
                }
                double widest = onRing.stream().mapToDouble(i -> diameter(i, scale)).max().orElse(0);
                double needed = widest * 1.15 + 8 * u;
                double perRow = Math.max(1, Math.floor(rings[k] * (a1 - a0) / needed));
                int rows = (int) Math.min(3, Math.ceil(n / perRow));
                double step = (a1 - a0) / n;
                for (int i = 0; i < n; i++) {
                    MapModel.Item item = onRing.get(i);
                    double offset = switch (rows) {
                        case 1 -> 0;
                        case 2 -> (i % 2 == 0 ? -0.27 : 0.27) * spacing;
                        default -> (i % 3 - 1) * 0.33 * spacing;
                    };
                    int idx = item.index();
                    angle[idx] = a0 + (i + 0.5) * step;
                    radius[idx] = rings[k] + offset;
                    limits[idx] = new double[] {a0, a1, rings[k] - 0.45 * spacing, rings[k] + 0.45 * spacing};
                    placed[idx] = new PlacedNode(item, 0, 0, diameter(item, scale), s.fill());
                }
            }
        }
        relax(placed, angle, radius, limits, 4 * scale);
        List<PlacedNode> out = new ArrayList<>(placed.length);
        for (int i = 0; i < placed.length; i++) {
            PlacedNode p = placed[i];
            out.add(new PlacedNode(p.item(), cx + Math.cos(angle[i]) * radius[i], cy + Math.sin(angle[i]) * radius[i],
                    p.diameter(), p.fill()));
        }
        return out;
    }

    /**
     * Pushes touching nodes apart, along their ring first and across it when a sector's edge stops them, a fixed
     * number of rounds in a fixed order.
     */
    private static void relax(PlacedNode[] nodes, double[] angle, double[] radius, double[][] limits, double gap) {
        int n = nodes.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.cos(angle[i]) * radius[i];
            y[i] = Math.sin(angle[i]) * radius[i];
        }
        for (int round = 0; round < 80; round++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double need = (nodes[i].diameter() + nodes[j].diameter()) / 2 * 1.15 + gap;
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    if (dx * dx + dy * dy >= need * need) {
                        continue;
                    }
                    moved = true;
                    double deficit = (need - Math.sqrt(dx * dx + dy * dy)) / 2 + 0.01;
                    int dir = angle[i] < angle[j] || (angle[i] == angle[j] && i < j) ? -1 : 1;
                    double ai = clamp(angle[i] + dir * deficit / radius[i], limits[i][0], limits[i][1]);
                    double aj = clamp(angle[j] - dir * deficit / radius[j], limits[j][0], limits[j][1]);
                    boolean stuck = Math.abs(ai - angle[i]) * radius[i] + Math.abs(aj - angle[j]) * radius[j]
                            < deficit;
                    angle[i] = ai;
                    angle[j] = aj;
                    if (stuck) {
                        int rdir = radius[i] < radius[j] || (radius[i] == radius[j] && i < j) ? -1 : 1;
                        radius[i] = clamp(radius[i] + rdir * deficit / 2, limits[i][2], limits[i][3]);
                        radius[j] = clamp(radius[j] - rdir * deficit / 2, limits[j][2], limits[j][3]);
                    }
                    x[i] = Math.cos(angle[i]) * radius[i];
                    y[i] = Math.sin(angle[i]) * radius[i];
                    x[j] = Math.cos(angle[j]) * radius[j];
                    y[j] = Math.sin(angle[j]) * radius[j];
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static boolean anyOverlap(List<PlacedNode> nodes, double gap) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                PlacedNode a = nodes.get(i);
                PlacedNode b = nodes.get(j);
                if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < (a.diameter() + b.diameter()) / 2 * 1.15 + gap / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Each sector's name and count, just outside the outer ring: at the sector's middle angle if there is room,
     * else nearer its edges or further out; on one line, or two or three, or a little smaller; as a last resort
     * the name is shortened (never the count).
     */
    private static List<Text> sectorLabels(List<SectorArc> sectors, Fonts fonts, LabelPlacer placer, double cx,
                                           double cy, double outer, double uf) {
        Font big = fonts.sector;
        Font small = Fonts.sized(big, big.getSize2D() * 0.86);
        double max = 190 * uf;
        List<Text> out = new ArrayList<>();
        for (SectorArc s : sectors) {
            String name = s.group().category().label();
            // a no-break space keeps the count with the last word when the name is wrapped
            String full = name + "\u00A0\u00B7\u00A0" + s.group().items().size();
            List<List<String>> variants = new ArrayList<>();
            List<Font> variantFonts = new ArrayList<>();
            for (Font font : new Font[] {big, small}) {
                for (int lines = 1; lines <= 3; lines++) {
                    List<String> v = Fonts.balanced(font, full, lines, max);
                    if (Fonts.whole(v, full) && !variants.contains(v)) {
                        variants.add(v);
                        variantFonts.add(font);
                    }
                }
            }
            variants.add(List.of(Fonts.fit(small, name, max), "\u00B7 " + s.group().items().size()));
            variantFonts.add(small);
            sectorLabel(s, variants, variantFonts, placer, cx, cy, outer, uf).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Text> sectorLabel(SectorArc s, List<List<String>> variants, List<Font> variantFonts,
                                              LabelPlacer placer, double cx, double cy, double outer, double uf) {
        String full = s.group().category().label() + " \u00B7 " + s.group().items().size();
        for (double frac : new double[] {0.5, 0.32, 0.68, 0.15, 0.85}) {
            double a = s.start() + frac * (s.end() - s.start());
            double c = Math.cos(a);
            double sn = Math.sin(a);
            for (double extra : new double[] {12, 26, 42}) {
                for (int v = 0; v < variants.size(); v++) {
                    List<String> lines = variants.get(v);
                    Font f = variantFonts.get(v);
                    Box box = anchored(cx + c * (outer + extra * uf), cy + sn * (outer + extra * uf),
                            blockWidth(f, lines), lines.size() * Fonts.lineHeight(f), c, sn);
                    if (placer.fits(box)) {
                        placer.block(box);
                        return Optional.of(new Text(Optional.empty(), lines, full, box, f, s.text(),
                                c > 0.35 ? -1 : c < -0.35 ? 1 : 0, false));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Text> nodeLabels(List<PlacedNode> nodes, Fonts fonts, LabelPlacer placer, double cx,
                                         double cy, double uf, double u, Ink ink) {
        List<PlacedNode> order = new ArrayList<>(nodes);
        order.sort(Comparator.comparingInt((PlacedNode n) -> -n.item().value())
                .thenComparingInt(n -> n.item().ring())
                .thenComparingInt(n -> n.item().index()));
        Font f = fonts.label;
        double h = Fonts.lineHeight(f);
        List<Text> out = new ArrayList<>();
        for (PlacedNode n : order) {
            String full = n.item().connection().name();
            double theta = Math.atan2(n.y() - cy, n.x() - cx);
            double r = n.obstacleRadius(u);
            Optional<Text> placed = Optional.empty();
            List<List<String>> variants = new ArrayList<>();
            double max = LABEL_MAX_WIDTH * uf;
            if (Fonts.width(f, full) <= max) {
                variants.add(List.of(full));
            } else {
                List<String> two = Fonts.balanced(f, full, 2, max);
                variants.add(String.join(" ", two).equals(full) ? two : Fonts.wrap(f, full, max, 2));
                variants.add(List.of(Fonts.fit(f, full, max)));
            }
            variants.add(List.of(Fonts.fit(f, full, LABEL_SHORT_WIDTH * uf)));
            search:
            for (List<String> lines : variants) {
                double w = blockWidth(f, lines) + 2 * uf;
                double bh = h * lines.size();
                for (double gap : new double[] {3 * uf, 9 * uf}) {
                    for (int k = 0; k < 12; k++) {
                        // 0, +30°, -30°, +60°, -60°… away from the outward direction
                        double turn = Math.toRadians(30 * ((k + 1) / 2)) * (k % 2 == 1 ? 1 : -1);
                        double a = theta + turn;
                        double c = Math.cos(a);
                        double s = Math.sin(a);
                        Box box = anchored(n.x() + c * (r + gap), n.y() + s * (r + gap), w, bh, c, s);
                        if (placer.fits(box)) {
                            placer.block(box);
                            placed = Optional.of(new Text(Optional.of(n.item()), lines, full, box, f,
                                    ink.text(), c > 0.35 ? -1 : c < -0.35 ? 1 : 0, true));
                            break search;
                        }
                    }
                }
            }
            placed.ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(t -> t.item().orElseThrow().index()));
        return out;
    }

    /** The ring names, written on the rings at the top (or the bottom) where nothing else is. */
    private static List<Text> ringLabels(double[] rings, Fonts fonts, LabelPlacer placer, double cx, double cy,
                                         Ink ink) {
        List<Text> out = new ArrayList<>();
        Font f = fonts.small;
        double h = Fonts.lineHeight(f);
        for (int k = 0; k < rings.length; k++) {
            String name = MapModel.RINGS.get(k);
            double w = Fonts.width(f, name) + 4;
            search:
            for (double y : new double[] {cy - rings[k], cy + rings[k]}) {
                for (double dx : new double[] {0, -0.7 * w, 0.7 * w}) {
                    Box box = new Box(cx + dx - w / 2, y - h / 2, w, h);
                    if (placer.fits(box)) {
                        placer.block(box);
                        out.add(new Text(Optional.empty(), List.of(name), name, box, f, ink.muted(), 0, true));
                        break search;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A box of the given size attached to an anchor point on the side the direction (c, s) points to: to the
     * right of the point when pointing right, above it when pointing up, and smoothly in between.
     */
    static Box anchored(double ax, double ay, double w, double h, double c, double s) {
        double fx = clamp(c / 0.5, -1, 1);
        double fy = clamp(s / 0.5, -1, 1);
        return new Box(ax - w / 2 + fx * w / 2, ay - h / 2 + fy * h / 2, w, h);
    }

    static double blockWidth(Font f, List<String> lines) {
        return lines.stream().mapToDouble(l -> Fonts.width(f, l)).max().orElse(0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static MapGeometry geometry(Plan p) {
        List<MapGeometry.Ring> rings = new ArrayList<>();
        for (int k = 0; k < p.ringRadii().length; k++) {
            rings.add(new MapGeometry.Ring(MapModel.RINGS.get(k), p.ringRadii()[k]));
        }
        List<MapGeometry.Sector> sectors = p.sectors().stream().map(s -> new MapGeometry.Sector(
                s.group().category().id(), s.group().category().label(), Math.toDegrees(s.start()),
                Math.toDegrees(s.end()), s.group().items().size())).toList();
        List<MapGeometry.Node> nodes = p.nodes().stream().map(n -> {
            var c = n.item().connection();
            return new MapGeometry.Node(c.id(), c.name(), c.category(), c.kind(), n.x(), n.y(),
                    n.obstacleRadius(p.u()), n.item().ring(), n.item().overdue(), c.givesBackOrFalse());
        }).toList();
        List<MapGeometry.Label> labels = new ArrayList<>();
        for (Text t : p.sectorLabels()) {
            labels.add(new MapGeometry.Label(Optional.empty(), String.join(" ", t.lines()), t.full(), t.box()));
        }
        for (Text t : p.nodeLabels()) {
            labels.add(new MapGeometry.Label(t.item().map(MapModel.Item::id), String.join(" ", t.lines()),
                    t.full(), t.box()));
        }
        List<String> unlabelled = new ArrayList<>();
        for (PlacedNode n : p.nodes()) {
            if (p.nodeLabels().stream().noneMatch(t -> t.item().orElseThrow() == n.item())) {
                unlabelled.add(n.item().id());
            }
        }
        var o = p.model().options();
        return new MapGeometry(o.width(), o.height(), p.cx(), p.cy(), p.egoRadius(), rings, sectors, nodes, labels,
                unlabelled);
    }

    /** Kinds drawn as squares and diamonds are sized to the area of the circle of the same diameter. */
    static double shapeSize(Kind kind, double diameter) {
        return switch (kind) {
            case PERSON -> diameter;
            case ORGANIZATION -> diameter * 0.886;
            case RESOURCE -> diameter * 1.253;
        };
    }
}
