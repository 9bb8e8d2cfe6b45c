package org.plnkit.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Locale;
import org.plnkit.core.model.Kind;
import org.plnkit.report.map.MapGeometry.Box;

/** Everything on a cohort map that is not a dot, a resource or a line: disc shading, labels, title and legend. */
final class CohortMapPainter {
    private final CohortMapPlan plan;
    private final Ink ink;
    private final double u;
    private final Fonts fonts;

    CohortMapPainter(CohortMapPlan plan) {
        this.plan = plan;
        this.ink = plan.ink;
        this.u = plan.u;
        this.fonts = plan.fonts;
    }

    /** The discs' shading, each with its group's name and size as a tooltip in the SVG. */
    void below(Graphics2D g) {
        hints(g);
        Svg.begin(g, "id", "groups");
        Color shade = plan.options.theme() == Theme.LIGHT ? new Color(0xEEF1F5) : new Color(0x23272F);
        Color edge = plan.options.theme() == Theme.LIGHT ? new Color(0xD5DAE1) : new Color(0x363C47);
        for (CohortMapPlan.Disc d : plan.discs) {
            Svg.begin(g, "class", "group");
            Svg.title(g, d.name() + ": " + CohortMapPlan.count(d.size()) + " participant" + (d.size() == 1 ? "" : "s"));
            double r = d.r() + plan.dotRadius * 0.8;
            Ellipse2D.Double disc = new Ellipse2D.Double(d.cx() - r, d.cy() - r, 2 * r, 2 * r);
            g.setColor(shade);
            g.fill(disc);
            g.setColor(edge);
            g.setStroke(new BasicStroke((float) Math.max(0.6, 0.8 * u)));
            g.draw(disc);
            Svg.end(g);
        }
        Svg.end(g);
    }

    /** Labels, tooltips of the resources, the title and the legend. */
    void above(Graphics2D g) {
        hints(g);
        Svg.begin(g, "id", "shared");
        for (CohortMapPlan.Res r : plan.resources) {
            Svg.begin(g, "class", "shared-node", "data-rank", Integer.toString(r.rank()));
            Svg.title(g, r.rank() + ". " + r.name() + ": named by " + CohortMapPlan.count(r.users()) + " participant"
                    + (r.users() == 1 ? "" : "s"));
            // transparent: it carries the tooltip over the node GraphStream drew
            g.setColor(new Color(0, 0, 0, 0));
            g.fill(Decorations.shape(r.kind(), r.x(), r.y(), r.d()));
            Svg.end(g);
        }
        Svg.end(g);
        Svg.begin(g, "id", "labels");
        for (CohortMapPlan.Label l : plan.labels) {
            Box b = l.box();
            g.setColor(ink.halo());
            g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 5 * u, 5 * u));
            g.setColor(l.color());
            g.setFont(l.font());
            double y = b.y() + 1 * u + Fonts.ascent(l.font());
            for (String line : l.lines()) {
                double w = Fonts.width(l.font(), line);
                Fonts.draw(g, line, (float) (b.x() + (b.width() - w) / 2), (float) y);
                y += Fonts.lineHeight(l.font());
            }
        }
        Svg.end(g);
        title(g);
        if (plan.options.legend()) {
            legend(g);
        }
    }

    private void title(Graphics2D g) {
        Svg.begin(g, "id", "title");
        double x = plan.plot.x();
        double y = 16 * u;
        double width = plan.options.width() - 2 * x;
        g.setColor(ink.text());
        g.setFont(fonts.title);
        Fonts.draw(g, Fonts.fit(fonts.title, plan.title, width), (float) x, (float) (y + Fonts.ascent(fonts.title)));
        y += Fonts.lineHeight(fonts.title) * 1.2;
        g.setColor(ink.muted());
        g.setFont(fonts.subtitle);
        Fonts.draw(g, Fonts.fit(fonts.subtitle, plan.subtitle, width), (float) x,
                (float) (y + Fonts.ascent(fonts.subtitle)));
        Svg.end(g);
    }

    private void legend(Graphics2D g) {
        Svg.begin(g, "id", "legend");
        Box box = plan.legendBox;
        double x = box.x();
        double right = box.x() + box.width();
        double y = box.y();
        Font head = fonts.heading;
        Font text = fonts.small;
        double row = Fonts.lineHeight(text) * 1.45;

        y = heading(g, head, "Participants", x, y);
        y = paragraph(g, text, "One dot each, in a disc per " + plan.groupNoun + ", coloured by " + plan.colourNoun
                + ":", x, right, y);
        for (int i = 0; i < plan.swatches.size(); i++) {
            CohortMapPlan.Swatch s = plan.swatches.get(i);
            if (s.count() == 0) {
                continue;
            }
            int colour = i < plan.swatches.size() - 2 ? i : i == plan.swatches.size() - 2
                    ? CohortMapPlan.PALETTE.size() : CohortMapPlan.PALETTE.size() + 1;
            double mid = y + row / 2;
            g.setColor(CohortMapScene.colour(colour));
            double r = 5.5 * u;
            g.fill(new Ellipse2D.Double(x + 2 * u, mid - r, 2 * r, 2 * r));
            label(g, text, ink.text(), Fonts.fit(text, s.label(), right - x - 60 * u), x + 18 * u, mid);
            String count = String.format(Locale.ROOT, "%,d", s.count());
            label(g, text, ink.muted(), count, right - Fonts.width(text, count), mid);
            y += row;
        }
        double mid = y + row / 2;
        g.setColor(CohortMapPlan.ISOLATED);
        g.setStroke(new BasicStroke((float) (1.6 * u)));
        g.draw(new Ellipse2D.Double(x + 2.5 * u, mid - 5 * u, 10 * u, 10 * u));
        long isolated = plan.dots.stream().filter(CohortMapPlan.Dot::isolated).count();
        label(g, text, ink.text(), "Shares nothing with anyone", x + 18 * u, mid);
        String count = String.format(Locale.ROOT, "%,d", isolated);
        label(g, text, ink.muted(), count, right - Fonts.width(text, count), mid);
        y += row;
        if (!plan.noCommunityNote.isEmpty()) {
            y = paragraph(g, text, plan.noCommunityNote, x, right, y);
        }
        y += row * 0.5;

        y = heading(g, head, "Most shared", x, y);
        y = paragraph(g, text, plan.resources.size() == plan.sharedTotal ? (plan.sharedTotal == 0
                ? "No organization or resource is named by more than one participant yet." : plan.sharedTotal == 1
                ? "The one shared organization or resource is drawn; size: how many participants name it."
                : String.format(Locale.ROOT, "All %,d "
                + "shared organizations and resources are drawn; size: how many participants name them.",
                plan.sharedTotal)) : String.format(Locale.ROOT, "Only the %d most shared organizations and resources "
                + "of %,d are drawn, so that the map stays readable; size: how many participants name them.",
                plan.resources.size(), plan.sharedTotal), x, right, y);
        if (!plan.resources.isEmpty()) {
            Color fill = plan.options.theme() == Theme.LIGHT ? new Color(0x2F3542) : new Color(0xE8EBF0);
            CohortMapPlan.Res big = plan.resources.get(0);
            CohortMapPlan.Res small = plan.resources.get(plan.resources.size() - 1);
            double sx = x + 4 * u;
            // the largest and the smallest drawn, side by side; one when they are the same size or both do not fit
            double both = big.d() + small.d() + 28 * u
                    + Fonts.width(text, CohortMapPlan.count(big.users()) + " participants")
                    + Fonts.width(text, CohortMapPlan.count(small.users()) + " participants");
            List<CohortMapPlan.Res> examples = big.users() == small.users() || sx + both > right
                    ? List.of(big) : List.of(big, small);
            for (CohortMapPlan.Res r : examples) {
                double cyy = y + big.d() / 2 + 2 * u;
                g.setColor(fill);
                g.fill(new Ellipse2D.Double(sx, cyy - r.d() / 2, r.d(), r.d()));
                label(g, text, ink.text(), CohortMapPlan.count(r.users()) + " participants", sx + r.d() + 6 * u, cyy);
                sx += r.d() + 6 * u + Fonts.width(text, CohortMapPlan.count(r.users()) + " participants") + 16 * u;
            }
            y += big.d() + 8 * u;
            double cyy = y + row / 2;
            g.setColor(fill);
            g.fill(Decorations.shape(Kind.ORGANIZATION, x + 9 * u, cyy, 14 * u));
            label(g, text, ink.text(), "organization", x + 22 * u, cyy);
            double sx2 = x + 22 * u + Fonts.width(text, "organization") + 18 * u;
            g.setColor(fill);
            g.fill(Decorations.shape(Kind.RESOURCE, sx2, cyy, 14 * u));
            label(g, text, ink.text(), "resource", sx2 + 13 * u, cyy);
            y += row * 1.5;
        }

        y = heading(g, head, "Lines", x, y);
        y = paragraph(g, text, String.format(Locale.ROOT, "A line joins a %s to %s when at least %d%% of its "
                + "participants, and two or more, name it; thicker: a larger share.", plan.groupNoun,
                lineTarget(plan.resources), Math.round(plan.lineShare * 100)), x, right, y);
        y += row * 0.5;
        if (plan.hiddenGroupLabels > 0) {
            y = paragraph(g, text, plan.hiddenGroupLabels + " " + plan.groupNoun + " name"
                    + (plan.hiddenGroupLabels == 1 ? " does" : "s do") + " not fit; hover over a disc in the SVG.",
                    x, right, y);
        }
        if (plan.anonymized) {
            paragraph(g, text, "Participants are not named.", x, right, y);
        }
        Svg.end(g);
    }

    /** What the lines go to, in the legend's words: the kinds of the nodes drawn (#6). */
    private static String lineTarget(List<CohortMapPlan.Res> drawn) {
        boolean organizations = drawn.stream().anyMatch(r -> r.kind() == Kind.ORGANIZATION);
        boolean resources = drawn.stream().anyMatch(r -> r.kind() != Kind.ORGANIZATION);
        return organizations && resources ? "an organization or resource"
                : organizations ? "an organization" : "a resource";
    }

    private double heading(Graphics2D g, Font f, String s, double x, double y) {
        double h = Fonts.lineHeight(f) * 1.5;
        label(g, f, ink.text(), s, x, y + h / 2);
        return y + h;
    }

    private double paragraph(Graphics2D g, Font f, String s, double x, double right, double y) {
        List<String> lines = Fonts.wrap(f, s, right - x, 6);
        double lh = Fonts.lineHeight(f) * 1.25;
        for (String l : lines) {
            label(g, f, ink.muted(), l, x, y + lh / 2);
            y += lh;
        }
        return y + lh * 0.3;
    }

    private static void label(Graphics2D g, Font f, Color c, String s, double x, double midY) {
        g.setFont(f);
        g.setColor(c);
        Fonts.draw(g, s, (float) x, (float) (midY - Fonts.lineHeight(f) / 2 + Fonts.ascent(f)));
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
