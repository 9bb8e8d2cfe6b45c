package org.plnkit.report.map;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.plnkit.core.model.Taxonomy;

/**
 * The colour of each category, by its position in the taxonomy, so that a category has the same colour on every
 * map. The first seven are Okabe &amp; Ito's colour-blind-safe palette (without black); the next are from Paul
 * Tol's "muted" scheme. No eleven colours stay distinct for every reader, so the map never relies on colour
 * alone: sectors are labelled with their category's name.
 *
 * <pre>{@code
 * Color c = CategoryPalette.fill(Taxonomy.defaults(), "mentors", Theme.LIGHT);   // #56B4E9, sky blue
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CategoryPalette {
    private static final List<Color> BASE = List.of(
            new Color(0xE69F00),   // orange            (Okabe-Ito)
            new Color(0x56B4E9),   // sky blue          (Okabe-Ito)
            new Color(0x009E73),   // bluish green      (Okabe-Ito)
            new Color(0xF0E442),   // yellow            (Okabe-Ito)
            new Color(0x0072B2),   // blue              (Okabe-Ito)
            new Color(0xD55E00),   // vermillion        (Okabe-Ito)
            new Color(0xCC79A7),   // reddish purple    (Okabe-Ito)
            new Color(0x882255),   // wine              (Tol muted)
            new Color(0x44AA99),   // teal              (Tol muted)
            new Color(0x999933),   // olive             (Tol muted)
            new Color(0x332288),   // indigo            (Tol muted)
            new Color(0xDDCC77),   // sand              (Tol muted)
            new Color(0xAA4499),   // purple            (Tol muted)
            new Color(0x88CCEE),   // cyan              (Tol muted)
            new Color(0x117733),   // green             (Tol muted)
            new Color(0xCC6677));  // rose              (Tol muted)

    /** The colour of connections whose category is not in the taxonomy. */
    private static final Color UNKNOWN = new Color(0x8C8C8C);

    private CategoryPalette() {
    }

    /**
     * The fill colour of a category's nodes and sector. On the dark theme the darkest colours (wine, indigo) are
     * lightened just enough to reach a 3:1 contrast with the background (WCAG's level for graphics), no more, so
     * that they stay apart from the lighter colours.
     */
    public static Color fill(Taxonomy taxonomy, String categoryId, Theme theme) {
        int i = taxonomy.indexOf(categoryId);
        Color base = i >= taxonomy.categories().size() ? UNKNOWN : BASE.get(i % BASE.size());
        if (theme == Theme.DARK) {
            Color bg = Ink.of(theme).background();
            Color out = base;
            for (int step = 1; contrast(out, bg) < 3 && step <= 20; step++) {
                out = mix(base, Color.WHITE, step * 0.05);
            }
            return out;
        }
        return base;
    }

    /**
     * The colour of a category's name written on the theme's background: the fill colour darkened (light
     * theme) or lightened (dark theme) until it reaches a contrast ratio of 4.5:1 (WCAG AA for normal text).
     */
    public static Color text(Taxonomy taxonomy, String categoryId, Theme theme) {
        return readable(fill(taxonomy, categoryId, theme), theme);
    }

    /** {@code #RRGGBB} of a colour, upper case. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    static Color readable(Color c, Theme theme) {
        Color bg = Ink.of(theme).background();
        Color towards = theme == Theme.LIGHT ? Color.BLACK : Color.WHITE;
        Color out = c;
        for (int step = 1; contrast(out, bg) < 4.5 && step <= 20; step++) {
            out = mix(c, towards, step * 0.05);
        }
        return out;
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Relative luminance per WCAG 2. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
