package org.plnkit.report.map;

import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** SVG structure (groups, ids, tooltips) when painting into JFreeSVG; nothing when painting pixels. */
final class Svg {
    private Svg() {
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
