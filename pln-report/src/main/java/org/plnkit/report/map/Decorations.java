package org.plnkit.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.report.map.MapGeometry.Box;
import org.plnkit.report.map.Plan.PlacedNode;
import org.plnkit.report.map.Plan.SectorArc;
import org.plnkit.report.map.Plan.Text;

/**
 * Everything on a map that is not a node or a line: sector shading and rings beneath the graph; names, marks,
 * the title, the legend and the list of gaps above it. The same code paints the PNG and the SVG; in the SVG each
 * connection is a group with its full name as a tooltip.
 */
final class Decorations {
    private final Plan plan;
    private final Ink ink;
    private final double u;

    Decorations(Plan plan) {
        this.plan = plan;
        this.ink = plan.ink();
        this.u = plan.u();
    }

    /** Sector shading and frequency rings. */
    void below(Graphics2D g) {
        hints(g);
        Svg.begin(g, "id", "background");
        double reach = plan.ringRadii()[plan.ringRadii().length - 1]
                + (plan.ringRadii()[1] - plan.ringRadii()[0]) * 0.55;
        int alpha = plan.model().options().theme() == Theme.LIGHT ? 24 : 40;
        for (SectorArc s : plan.sectors()) {
            Svg.begin(g, "class", "sector", "data-category", s.group().category().id());
            g.setColor(CategoryPalette.withAlpha(s.fill(), alpha));
            double start = -Math.toDegrees(s.start());
            double extent = -Math.toDegrees(s.end() - s.start());
            g.fill(new Arc2D.Double(plan.cx() - reach, plan.cy() - reach, 2 * reach, 2 * reach, start, extent,
                    Arc2D.PIE));
            Svg.end(g);
        }
        g.setColor(ink.ring());
        g.setStroke(new BasicStroke((float) Math.max(u, 0.7)));
        for (int k = 0; k < plan.ringRadii().length; k++) {
            double r = plan.ringRadii()[k];
            Svg.begin(g, "class", "ring", "data-frequency", MapModel.RINGS.get(k));
            g.draw(new Ellipse2D.Double(plan.cx() - r, plan.cy() - r, 2 * r, 2 * r));
            Svg.end(g);
        }
        Svg.end(g);
    }

    /** Marks, names, title, legend and gaps. */
    void above(Graphics2D g) {
        hints(g);
        Svg.begin(g, "id", "ring-labels");
        for (Text t : plan.ringLabels()) {
            text(g, t);
        }
        Svg.end(g);
        connections(g);
        participant(g);
        sectorLabels(g);
        title(g);
        if (plan.model().options().legend()) {
            legend(g);
        } else {
            gapsLine(g);
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private void connections(Graphics2D g) {
        Svg.begin(g, "id", "connections");
        for (PlacedNode n : plan.nodes()) {
            MapModel.Item it = n.item();
            Connection c = it.connection();
            Svg.begin(g, "id", "connection-" + (it.index() + 1), "class", "connection",
                    "data-id", c.id(), "data-name", c.name(), "data-category", c.category(),
                    "data-kind", c.kind().id(), "data-ring", MapModel.RINGS.get(it.ring()),
                    "data-overdue", Boolean.toString(it.overdue()),
                    "data-gives-back", Boolean.toString(c.givesBackOrFalse()));
            Svg.title(g, tooltip(it));
            if (Svg.is(g)) {
                // an invisible disc over the node, so that hovering the node shows the tooltip
                double r = n.diameter() / 2 * 1.1;
                g.setColor(new Color(0, 0, 0, 0));
                g.fill(new Ellipse2D.Double(n.x() - r, n.y() - r, 2 * r, 2 * r));
            }
            if (c.givesBackOrFalse()) {
                star(g, n.x() + n.diameter() * 0.42, n.y() - n.diameter() * 0.42, 6.2 * Math.max(u, 0.6));
            }
            plan.nodeLabels().stream().filter(t -> t.item().orElseThrow() == it).findFirst()
                    .ifPresent(t -> text(g, t));
            Svg.end(g);
        }
        Svg.end(g);
    }

    private String tooltip(MapModel.Item it) {
        Connection c = it.connection();
        List<String> parts = new ArrayList<>();
        parts.add(categoryLabel(c.category()));
        parts.add(c.kind().id());
        parts.add(c.frequency().map(f -> "checked " + f.id()).orElse("how often not given"));
        c.value().ifPresent(v -> parts.add("value " + v + " of 5"));
        if (c.givesBackOrFalse()) {
            parts.add("I give back");
        }
        if (it.overdue()) {
            parts.add("check-in overdue" + c.lastContact().map(d -> " (last " + d + ")").orElse(""));
        }
        return c.name() + " \u2014 " + String.join(", ", parts);
    }

    private String categoryLabel(String id) {
        return plan.model().options().taxonomy().byId(id).map(Category::label).orElse(id);
    }

    private void star(Graphics2D g, double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            double x = cx + Math.cos(a) * rr;
            double y = cy + Math.sin(a) * rr;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        g.setColor(ink.background());
        g.setStroke(new BasicStroke((float) (2.2 * Math.max(u, 0.6)), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(p);
        g.setColor(ink.text());
        g.fill(p);
    }

    private void text(Graphics2D g, Text t) {
        Box b = t.box();
        if (t.halo()) {
            g.setColor(ink.halo());
            double arc = 6 * u;
            g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), arc, arc));
        }
        g.setColor(t.color());
        g.setFont(t.font());
        double lh = Fonts.lineHeight(t.font());
        double y = b.y() + Fonts.ascent(t.font());
        // the box may be a little wider than the text (node labels get a margin): keep it on both sides
        double margin = (b.width() - MapLayout.blockWidth(t.font(), t.lines())) / 2;
        for (String line : t.lines()) {
            double w = Fonts.width(t.font(), line);
            double x = switch (t.align()) {
                case -1 -> b.x() + margin;
                case 1 -> b.x() + b.width() - margin - w;
                default -> b.x() + (b.width() - w) / 2;
            };
            Fonts.draw(g, line, (float) x, (float) y);
            y += lh;
        }
    }

    private void participant(Graphics2D g) {
        String name = plan.model().participantName();
        Svg.begin(g, "id", "participant");
        Svg.title(g, name);
        double width = plan.egoRadius() * 2 * 0.8;
        Font f = plan.fonts().ego;
        List<String> lines = Fonts.wrap(f, name, width, 2);
        for (float shrink : new float[] {0.88f, 0.77f, 0.68f}) {
            if (Fonts.whole(lines, name)) {
                break;
            }
            f = Fonts.sized(plan.fonts().ego, plan.fonts().ego.getSize2D() * shrink);
            lines = Fonts.wrap(f, name, width, shrink < 0.8f ? 3 : 2);
        }
        double lh = Fonts.lineHeight(f);
        double top = plan.cy() - lines.size() * lh / 2;
        g.setColor(ink.egoText());
        g.setFont(f);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Fonts.draw(g, line, (float) (plan.cx() - Fonts.width(f, line) / 2),
                    (float) (top + i * lh + Fonts.ascent(f)));
        }
        Svg.end(g);
    }

    private void sectorLabels(Graphics2D g) {
        Svg.begin(g, "id", "sector-labels");
        for (Text t : plan.sectorLabels()) {
            text(g, t);
        }
        Svg.end(g);
    }

    private void title(Graphics2D g) {
        MapModel m = plan.model();
        Box box = plan.regions().title();
        Fonts fonts = plan.fonts();
        Svg.begin(g, "id", "title");
        String full = "Personal learning network of " + m.participantName();
        // on a small canvas the title gets smaller before it gets shorter
        Font titleFont = fonts.title;
        for (double shrink = 0.9; Fonts.width(titleFont, full) > box.width() && shrink > 0.55; shrink -= 0.1) {
            titleFont = Fonts.sized(fonts.title, fonts.title.getSize2D() * shrink);
        }
        String title = Fonts.fit(titleFont, full, box.width());
        g.setColor(ink.text());
        g.setFont(titleFont);
        double y = box.y() + Fonts.ascent(fonts.title);
        Fonts.draw(g, title, (float) box.x(), (float) y);

        List<String> parts = new ArrayList<>();
        m.shown().participant().role().ifPresent(parts::add);
        m.shown().participant().school().ifPresent(parts::add);
        int total = m.options().taxonomy().categories().size();
        int n = m.items().size();
        parts.add(n + (n == 1 ? " connection" : " connections") + " in " + m.presentInTaxonomy() + " of " + total
                + " categories");
        parts.add("as of " + m.date());
        g.setColor(ink.muted());
        g.setFont(fonts.subtitle);
        y += Fonts.lineHeight(fonts.subtitle) + 10 * plan.fonts().subtitle.getSize2D() / 16;
        Fonts.draw(g, Fonts.fit(fonts.subtitle, String.join(" \u00B7 ", parts), box.width()), (float) box.x(),
                (float) y);
        Svg.end(g);
    }

    private void gapsLine(Graphics2D g) {
        Box box = plan.regions().gaps();
        Font f = plan.fonts().text;
        List<Category> missing = plan.model().missing();
        Svg.begin(g, "id", "gaps", "data-count", Integer.toString(missing.size()));
        String text = missing.isEmpty() ? "Every category has at least one connection."
                : "Not yet in my PLN: " + String.join(", ", missing.stream().map(Category::label).toList());
        g.setColor(ink.muted());
        g.setFont(f);
        Fonts.draw(g, Fonts.fit(f, text, box.width()), (float) box.x(),
                (float) (box.y() + box.height() - Fonts.lineHeight(f) * 0.45));
        Svg.end(g);
    }

    // ---------------------------------------------------------------------------------------------- legend

    /**
     * The legend at full size if it fits; else with the gaps run together as a list; else smaller, step by step,
     * down to 60 %; on a small picture where even that does not fit, without "How to read the map", then with the
     * notes replaced by one line that says so (down to 60 % each time, then smaller, down to 40 %), so that nothing
     * runs off the picture and the text stays readable as long as it can.
     */
    private void legend(Graphics2D g) {
        LegendFit fit = legendFit();
        Svg.begin(g, "id", "legend");
        legendBody(g, plan.regions().legend(), fit.scale(), fit.compactGaps(), fit.leaveOut());
        Svg.end(g);
    }

    /** How the legend is drawn: its text scale, gaps as a list or not, what is left out, and its height. */
    record LegendFit(double scale, boolean compactGaps, int leaveOut, double height) {
    }

    /** How the legend fits its box (see {@link #legend}). */
    LegendFit legendFit() {
        Box box = plan.regions().legend();
        boolean compact = legendBody(null, box, 1.0, false, 0) > box.height();
        double f = 1.0;
        int leaveOut = 0;
        while (true) {
            f = 1.0;
            while (f > 0.6 && legendBody(null, box, f, compact, leaveOut) > box.height()) {
                f -= 0.05;
            }
            if (leaveOut == 2 || legendBody(null, box, f, compact, leaveOut) <= box.height()) {
                break;
            }
            leaveOut++;
        }
        while (f > 0.4 && legendBody(null, box, f, compact, leaveOut) > box.height()) {
            f -= 0.05;
        }
        return new LegendFit(f, compact, leaveOut, legendBody(null, box, f, compact, leaveOut));
    }

    /**
     * Draws the legend (or only measures it when {@code g} is null); returns its height. {@code leaveOut}: 0 the
     * whole legend, 1 without "How to read the map", 2 also without the notes (a line says where they are).
     */
    private double legendBody(Graphics2D g, Box box, double f, boolean compactGaps, int leaveOut) {
        Fonts fonts = plan.fonts();
        Font heading = Fonts.sized(fonts.heading, fonts.heading.getSize2D() * f);
        Font text = Fonts.sized(fonts.text, fonts.text.getSize2D() * f);
        Font small = Fonts.sized(fonts.small, fonts.small.getSize2D() * f);
        double row = Fonts.lineHeight(text) * 1.55;
        double x = box.x();
        double right = box.x() + box.width();
        double y = box.y();
        double swatch = 7 * u * f;
        MapModel m = plan.model();

        // categories present
        begin(g, "id", "legend-categories");
        y = heading(g, heading, "Categories", x, y);
        if (plan.sectors().isEmpty()) {
            if (g != null) {
                label(g, text, ink.muted(), "No connections yet.", x, y + row / 2);
            }
            y += row;
        }
        for (SectorArc s : plan.sectors()) {
            double mid = y + row / 2;
            if (g != null) {
                Svg.begin(g, "class", "legend-category", "data-category", s.group().category().id());
                g.setColor(s.fill());
                g.fill(new Ellipse2D.Double(x + 2 * u, mid - swatch, 2 * swatch, 2 * swatch));
                String count = Integer.toString(s.group().items().size());
                double cw = Fonts.width(text, count);
                label(g, text, ink.text(), Fonts.fit(text, s.group().category().label(),
                        right - x - 2 * swatch - 14 * u - cw - 12 * u), x + 2 * swatch + 12 * u, mid);
                label(g, text, ink.muted(), count, right - cw, mid);
                Svg.end(g);
            }
            y += row;
        }
        end(g);

        // gaps
        List<Category> missing = m.missing();
        y += row * 0.5;
        begin(g, "id", "gaps", "data-count", Integer.toString(missing.size()));
        y = heading(g, heading, "Not yet in my PLN", x, y);
        if (missing.isEmpty()) {
            if (g != null) {
                label(g, text, ink.muted(), "Every category has a connection.", x, y + row / 2);
            }
            y += row;
        }
        if (compactGaps) {
            y = gapList(g, small, missing, x, right, y);
        }
        for (Category c : compactGaps ? List.<Category>of() : missing) {
            double mid = y + row / 2;
            if (g != null) {
                Svg.begin(g, "class", "gap", "data-category", c.id());
                Color col = CategoryPalette.fill(m.options().taxonomy(), c.id(), m.options().theme());
                g.setColor(col);
                g.setStroke(new BasicStroke((float) (1.6 * u * f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10, new float[] {(float) (2.6 * u * f), (float) (2.2 * u * f)}, 0));
                g.draw(new Ellipse2D.Double(x + 2 * u, mid - swatch, 2 * swatch, 2 * swatch));
                label(g, text, ink.muted(), Fonts.fit(text, c.label(), right - x - 2 * swatch - 14 * u),
                        x + 2 * swatch + 12 * u, mid);
                Svg.end(g);
            }
            y += row;
        }
        end(g);

        // how to read it
        if (leaveOut == 0) {
            y = encodings(g, f, x, right, y, row, heading, text, small);
        }

        // notes from an assessment, and names left out
        List<String> notes = new ArrayList<>(leaveOut < 2 ? m.notes() : List.of());
        if (leaveOut >= 2 && !m.notes().isEmpty()) {
            notes.add("What stands out is left out at this size; a larger map shows it.");
        }
        int hidden = plan.geometry().unlabelled().size();
        if (hidden > 0) {
            notes.add(hidden + (hidden == 1 ? " name is" : " names are") + " left out to avoid overlaps; "
                    + "the SVG shows every name on hover.");
        }
        if (!notes.isEmpty()) {
            y += row * 0.5;
            begin(g, "id", "legend-notes");
            if (leaveOut < 2 && !m.notes().isEmpty()) {
                y = heading(g, heading, "What stands out", x, y);
            }
            double lh = Fonts.lineHeight(small) * 1.3;
            for (String note : notes) {
                for (String line : Fonts.wrap(small, note, right - x, 3)) {
                    if (g != null) {
                        label(g, small, ink.muted(), line, x, y + lh / 2);
                    }
                    y += lh;
                }
            }
            end(g);
        }
        return y - box.y();
    }

    /** "How to read the map": the ring ruler, the shapes and the line and size samples; returns the new y. */
    private double encodings(Graphics2D g, double f, double x, double right, double y, double row, Font heading,
                             Font text, Font small) {
        y += row * 0.5;
        begin(g, "id", "legend-encodings");
        y = heading(g, heading, "How to read the map", x, y);
        y = ringRuler(g, small, x, right, y, f);
        y = shapesRow(g, text, x, right, y, row, f);
        double sample = 64 * u * f;
        y = sampleRow(g, text, MapLegend.SIZE, x, right, y, row, sample, (gg, sx, sy) -> {
            double cx = sx;
            for (int v = 1; v <= 5; v++) {
                double dd = (5 + 2 * v) * u * f;
                gg.setColor(ink.muted());
                gg.fill(new Ellipse2D.Double(cx, sy - dd / 2, dd, dd));
                cx += dd + 2 * u * f;
            }
        });
        y = sampleRow(g, text, MapLegend.THICKER, x, right, y, row, sample, (gg, sx, sy) -> {
            gg.setColor(ink.muted());
            gg.setStroke(new BasicStroke((float) (5.5 * u * f)));
            gg.draw(new Line2D.Double(sx, sy - 5 * u * f, sx + sample * 0.45, sy - 5 * u * f));
            gg.setStroke(new BasicStroke((float) (1.5 * u * f)));
            gg.draw(new Line2D.Double(sx, sy + 5 * u * f, sx + sample * 0.45, sy + 5 * u * f));
        });
        y = sampleRow(g, text, MapLegend.DASHED, x, right, y, row, sample, (gg, sx, sy) -> {
            float w = (float) (3 * u * f);
            gg.setColor(ink.muted());
            gg.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10,
                    new float[] {3 * w, 3 * w}, 0));
            gg.draw(new Line2D.Double(sx, sy, sx + sample * 0.8, sy));
        });
        y = sampleRow(g, text, MapLegend.FAINT, x, right, y, row, sample, (gg, sx, sy) -> {
            gg.setColor(ink.link());
            gg.setStroke(new BasicStroke((float) (1.5 * u * f)));
            gg.draw(new Line2D.Double(sx, sy, sx + sample * 0.8, sy));
        });
        y = sampleRow(g, text, MapLegend.STAR, x, right, y, row, sample,
                (gg, sx, sy) -> star(gg, sx + 8 * u * f, sy, 7 * u * f));
        end(g);
        return y;
    }

    /** The gaps as one list that wraps, each name still its own group in the SVG. */
    private double gapList(Graphics2D g, Font f, List<Category> missing, double x, double right, double y) {
        double lh = Fonts.lineHeight(f) * 1.3;
        double cx = x;
        double mid = y + lh / 2;
        for (int i = 0; i < missing.size(); i++) {
            Category c = missing.get(i);
            String text = c.label() + (i + 1 < missing.size() ? ", " : "");
            double w = Fonts.width(f, text);
            if (cx > x && cx + w > right) {
                cx = x;
                mid += lh;
            }
            if (g != null) {
                Svg.begin(g, "class", "gap", "data-category", c.id());
                label(g, f, ink.muted(), Fonts.fit(f, text, right - x), cx, mid);
                Svg.end(g);
            }
            cx += w;
        }
        return missing.isEmpty() ? y : mid + lh / 2;
    }

    /** A horizontal scale: the participant's dot, then a tick per ring with its name. */
    private double ringRuler(Graphics2D g, Font small, double x, double right, double y, double f) {
        double lh = Fonts.lineHeight(small);
        if (g != null) {
            label(g, small, ink.muted(), "Distance from the centre: how often I check in", x, y + lh / 2);
        }
        y += lh * 1.5;
        double lineY = y + 4 * u * f;
        double start = x + 8 * u * f;
        double step = (right - start - 8 * u * f) / MapModel.RINGS.size();
        double widest = MapModel.RINGS.stream().mapToDouble(r -> Fonts.width(small, r)).max().orElse(0);
        boolean alternate = widest > step * 0.95;
        if (g != null) {
            g.setColor(ink.ego());
            double d = 9 * u * f;
            g.fill(new Ellipse2D.Double(x, lineY - d / 2, d, d));
            g.setColor(ink.ring());
            g.setStroke(new BasicStroke((float) (1.5 * u * f)));
            g.draw(new Line2D.Double(start, lineY, right, lineY));
            for (int k = 0; k < MapModel.RINGS.size(); k++) {
                double tx = start + (k + 0.5) * step;
                g.setColor(ink.muted());
                g.draw(new Line2D.Double(tx, lineY - 4 * u * f, tx, lineY + 4 * u * f));
                String name = MapModel.RINGS.get(k);
                double below = alternate && k % 2 == 1 ? lh * 1.1 : 0;
                label(g, small, ink.muted(), name, tx - Fonts.width(small, name) / 2,
                        lineY + 6 * u * f + lh / 2 + below);
            }
        }
        return lineY + 6 * u * f + lh * (alternate ? 2.2 : 1.2) + 6 * u * f;
    }

    private double shapesRow(Graphics2D g, Font text, double x, double right, double y, double row, double f) {
        double mid = y + row / 2;
        if (g != null) {
            double d = 15 * u * f;
            double cx = x + 2 * u;
            for (Kind k : Kind.values()) {
                g.setColor(ink.muted());
                g.fill(shape(k, cx + d / 2, mid, d));
                String name = k.id().substring(0, 1).toUpperCase(Locale.ROOT) + k.id().substring(1);
                label(g, text, ink.text(), name, cx + d + 8 * u * f, mid);
                cx += d + 8 * u * f + Fonts.width(text, name) + 20 * u * f;
            }
        }
        return y + row;
    }

    static Shape shape(Kind kind, double cx, double cy, double diameter) {
        double s = MapLayout.shapeSize(kind, diameter);
        return switch (kind) {
            case PERSON -> new Ellipse2D.Double(cx - s / 2, cy - s / 2, s, s);
            case ORGANIZATION -> new Rectangle2D.Double(cx - s / 2, cy - s / 2, s, s);
            case RESOURCE -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx, cy - s / 2);
                p.lineTo(cx + s / 2, cy);
                p.lineTo(cx, cy + s / 2);
                p.lineTo(cx - s / 2, cy);
                p.closePath();
                yield p;
            }
        };
    }

    private interface Sample {
        void draw(Graphics2D g, double x, double midY);
    }

    private double sampleRow(Graphics2D g, Font text, String caption, double x, double right, double y, double row,
                             double sampleWidth, Sample sample) {
        double mid = y + row / 2;
        if (g != null) {
            sample.draw(g, x + 2 * u, mid);
            label(g, text, ink.text(), Fonts.fit(text, caption, right - x - sampleWidth - 10 * u),
                    x + sampleWidth + 10 * u, mid);
        }
        return y + row;
    }

    private double heading(Graphics2D g, Font f, String s, double x, double y) {
        double h = Fonts.lineHeight(f) * 1.5;
        if (g != null) {
            label(g, f, ink.text(), s, x, y + h / 2);
        }
        return y + h;
    }

    /** Draws one line of text vertically centred on {@code midY}. */
    private static void label(Graphics2D g, Font f, Color c, String s, double x, double midY) {
        g.setFont(f);
        g.setColor(c);
        Fonts.draw(g, s, (float) x, (float) (midY - Fonts.lineHeight(f) / 2 + Fonts.ascent(f)));
    }

    private static void begin(Graphics2D g, String... attributes) {
        if (g != null) {
            Svg.begin(g, attributes);
        }
    }

    private static void end(Graphics2D g) {
        if (g != null) {
            Svg.end(g);
        }
    }
}
