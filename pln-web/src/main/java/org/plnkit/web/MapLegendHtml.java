package org.plnkit.web;

import static org.plnkit.web.Html.esc;

import org.plnkit.report.map.MapLegend;

/**
 * The map's legend as HTML under the map: the page draws the map without its legend panel, whose text would be a
 * few pixels high in the page's column (and on a phone), and writes the same legend here at the page's text size.
 * The swatches are tiny SVG images (the page's policy allows no inline style); every text from the input is escaped.
 */
final class MapLegendHtml {
    private MapLegendHtml() {
    }

    static String of(MapLegend l) {
        StringBuilder b = new StringBuilder(2_000);
        b.append("<h3>Categories</h3><ul class=\"legend-list\">");
        if (l.categories().isEmpty()) {
            b.append("<li>No connections yet.</li>");
        }
        for (MapLegend.Entry e : l.categories()) {
            b.append("<li>").append(swatch(e.colour(), true)).append(esc(e.label())).append(" <span class=\"count\">")
                    .append(e.connections()).append("</span></li>");
        }
        b.append("</ul><h3>Not yet in my PLN</h3>");
        if (l.missing().isEmpty()) {
            b.append("<p>Every category has a connection.</p>");
        } else {
            b.append("<ul class=\"legend-list\">");
            for (MapLegend.Entry e : l.missing()) {
                b.append("<li>").append(swatch(e.colour(), false)).append(esc(e.label())).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("<h3>How to read the map</h3><ul>");
        for (String s : l.howToRead()) {
            b.append("<li>").append(esc(s)).append("</li>");
        }
        b.append("</ul>");
        if (!l.notes().isEmpty()) {
            b.append("<h3>What stands out</h3><ul>");
            for (String s : l.notes()) {
                b.append("<li>").append(esc(s)).append("</li>");
            }
            b.append("</ul>");
        }
        return b.toString();
    }

    /** A dot of the category's colour, filled (on the map) or dashed (not yet). */
    private static String swatch(String hex, boolean filled) {
        String c = "%23" + hex.substring(1);
        String shape = filled ? "<circle cx='7' cy='7' r='6' fill='" + c + "'/>"
                : "<circle cx='7' cy='7' r='5.5' fill='none' stroke='" + c + "' stroke-width='2' stroke-dasharray='3 2'/>";
        return "<img class=\"swatch\" alt=\"\" width=\"14\" height=\"14\" src=\"data:image/svg+xml,"
                + "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 14 14'>".replace("<", "%3C").replace(">", "%3E")
                + shape.replace("<", "%3C").replace(">", "%3E") + "%3C/svg%3E\">";
    }
}
