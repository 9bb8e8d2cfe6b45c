package org.plnkit.report.map;

import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.plnkit.report.io.XmlText;

/** SVG structure (groups, ids, tooltips) when painting into JFreeSVG; nothing when painting pixels. */
final class Svg {
    private Svg() {
    }

    /**
     * A map as an SVG document that screen readers announce: {@code paint} draws into a {@code w} × {@code h} canvas
     * whose definitions' ids start with {@code defsPrefix}; the root element has id {@code id}, a title and a
     * description (the alt text). Characters XML cannot hold are left out.
     */
    static String document(String defsPrefix, String id, int w, int h, Consumer<Graphics2D> paint, String title,
                           String description) {
        SVGGraphics2D svg = new SVGGraphics2D(w, h);
        svg.setDefsKeyPrefix(defsPrefix);
        svg.setGeomDoubleConverter(Svg::num);
        svg.setTransformDoubleConverter(Svg::num);
        svg.setFontFunction(family -> Fonts.SVG_FAMILY);
        paint.accept(svg);
        String element = svg.getSVGElement(id, true, new ViewBox(0, 0, w, h), null, null);
        int open = element.indexOf('>');
        return XmlText.clean("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + element.substring(0, open)
                + " role='img' aria-labelledby='" + id + "-title " + id + "-desc'>"
                + "<title id='" + id + "-title'>" + SVGUtils.escapeForXML(title) + "</title>"
                + "<desc id='" + id + "-desc'>" + SVGUtils.escapeForXML(description) + "</desc>"
                + element.substring(open + 1) + "\n");
    }

    /** Whether the graphics write SVG. */
    static boolean is(Graphics2D g) {
        return g instanceof SVGGraphics2D;
    }

    /** Opens a {@code <g>} with the attributes given as name, value pairs (values are escaped by JFreeSVG). */
    static void begin(Graphics2D g, String... attributes) {
        if (g instanceof SVGGraphics2D) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                map.put(attributes[i], attributes[i + 1]);
            }
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, map);
        }
    }

    /** Adds a {@code <title>} (a tooltip in browsers) to the group just opened. */
    static void title(Graphics2D g, String title) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        }
    }

    static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    /** A number with at most two decimals, the same in every locale ({@code 12.5}, {@code -3}, {@code 0.25}). */
    static String num(double d) {
        long hundredths = Math.round(d * 100);
        if (hundredths == 0) {
            return "0";
        }
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
