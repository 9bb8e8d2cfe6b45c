package org.plnkit.report.map;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typefaces of a map and text measuring. Text is measured with fractional metrics and drawn the same way, so
 * that a label's box is where its glyphs are. DejaVu Sans is asked for (it ships with most Linux systems and
 * covers accents, Arabic, "#", "&amp;", "…" and "★"); Java falls back to its logical sans-serif font elsewhere.
 * Text that DejaVu Sans cannot show (Chinese, Japanese, Korean names…) is measured and drawn in Java's logical
 * sans-serif font, which reaches every installed font that has the characters ({@link #forText}): asked for by
 * name, DejaVu Sans would draw empty boxes instead.
 */
final class Fonts {
    static final String FAMILY = "DejaVu Sans";
    /** What the SVG asks the viewer for: the same face first, then similar wide sans-serif faces. */
    static final String SVG_FAMILY = "\"DejaVu Sans\", Verdana, \"Bitstream Vera Sans\", Geneva, sans-serif";
    static final String ELLIPSIS = "\u2026";

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    final Font title;
    final Font subtitle;
    final Font label;
    final Font sector;
    final Font ego;
    final Font heading;
    final Font text;
    final Font small;

    /** @param u the text unit: 1 at the default size, larger on larger canvases */
    Fonts(double u) {
        Font plain = new Font(FAMILY, Font.PLAIN, 12);
        Font bold = new Font(FAMILY, Font.BOLD, 12);
        title = sized(bold, 32 * u);
        subtitle = sized(plain, 17 * u);
        label = sized(plain, 14 * u);
        sector = sized(bold, 14 * u);
        ego = sized(bold, 14 * u);
        heading = sized(bold, 17 * u);
        text = sized(plain, 15 * u);
        small = sized(plain, 13 * u);
    }

    /**
     * The font at a whole number of pixels: JFreeSVG writes whole-pixel font sizes, so the PNG and the SVG
     * measure the same.
     */
    static Font sized(Font f, double px) {
        return f.deriveFont((float) Math.max(7, Math.round(px)));
    }

    /** Measured widths: labels are measured many times while looking for a place. */
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();

    static double width(Font f, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        synchronized (WIDTHS) {
            if (WIDTHS.size() > 64) {   // a bounded cache: a long-running service draws many maps
                WIDTHS.clear();
            }
            Map<String, Double> perFont = WIDTHS.computeIfAbsent(f, k -> new HashMap<>());
            if (perFont.size() > 20_000) {
                perFont.clear();
            }
            return perFont.computeIfAbsent(s, k -> {
                String t = shown(f, k);
                return forText(f, t).getStringBounds(t, FRC).getWidth();
            });
        }
    }

    /**
     * The text as drawn: without the characters that neither the font nor its fallback has (emoji, on a machine
     * without an emoji font Java can draw), which would be empty boxes in a blog post's picture. The SVG's tooltip
     * and the alt text keep the whole name. A space left doubled by a removed character is dropped too; a text of
     * nothing else stays as it is (boxes say more than a blank).
     */
    static String shown(Font f, String s) {
        Font use = forText(f, s);
        if (use.canDisplayUpTo(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(use::canDisplay).forEach(b::appendCodePoint);
        String t = b.toString().replaceAll(" {2,}", " ").strip();
        return t.isEmpty() ? s : t;
    }

    /**
     * The font to show a text with: the given one when it has every character, else the logical sans-serif font of
     * the same style and size when that shows more of the text (it falls back to other installed fonts).
     */
    static Font forText(Font f, String s) {
        int upTo = f.canDisplayUpTo(s);
        if (upTo < 0) {
            return f;
        }
        Font fallback = new Font(Font.SANS_SERIF, f.getStyle(), 12).deriveFont(f.getSize2D());
        int fallbackUpTo = fallback.canDisplayUpTo(s);
        return fallbackUpTo < 0 || fallbackUpTo > upTo ? fallback : f;
    }

    /** Draws text in the graphics' font, or in {@link #forText its fallback} when that cannot show it. */
    static void draw(Graphics2D g, String text, float x, float y) {
        Font base = g.getFont();
        String s = shown(base, text);
        Font use = forText(base, s);
        if (use == base) {
            g.drawString(s, x, y);
            return;
        }
        g.setFont(use);
        g.drawString(s, x, y);
        g.setFont(base);
    }

    static double ascent(Font f) {
        return metrics(f).getAscent();
    }

    static double lineHeight(Font f) {
        LineMetrics m = metrics(f);
        return m.getAscent() + m.getDescent();
    }

    private static LineMetrics metrics(Font f) {
        return f.getLineMetrics("Hgjy", FRC);
    }

    /** Whether none of the lines was shortened. */
    static boolean whole(List<String> lines, String s) {
        return String.join(" ", lines).equals(s.strip().replaceAll("\\s+", " "));
    }

    /** The text, shortened with an ellipsis (at a word boundary when that keeps most of it) to fit the width. */
    static String fit(Font f, String s, double maxWidth) {
        if (width(f, s) <= maxWidth) {
            return s;
        }
        int[] cps = s.codePoints().toArray();
        int lo = 0;
        int hi = cps.length;
        while (lo < hi) {   // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (width(f, prefix(cps, mid) + ELLIPSIS) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String head = prefix(cps, lo);
        int space = head.lastIndexOf(' ');
        if (space >= head.length() * 0.6) {
            head = head.substring(0, space);
        }
        head = head.stripTrailing();
        while (!head.isEmpty() && ",;:-–(&".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ELLIPSIS;
    }

    /** Breaks text into at most {@code maxLines} lines at spaces; the last line is shortened if need be. */
    static List<String> wrap(Font f, String s, double maxWidth, int maxLines) {
        return wrap(f, s, maxWidth, maxWidth, maxLines);
    }

    /**
     * Breaks text into at most {@code maxLines} lines, starting a new line once a line would pass
     * {@code breakWidth}; lines (the last one holding the rest) are shortened only beyond {@code maxWidth}.
     */
    static List<String> wrap(Font f, String s, double breakWidth, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = s.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines - 1) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (width(f, candidate) <= breakWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        StringBuilder rest = new StringBuilder(line);
        for (; i < words.length; i++) {
            rest.append(rest.length() == 0 ? "" : " ").append(words[i]);
        }
        if (rest.length() > 0) {
            lines.add(rest.toString());
        }
        lines.replaceAll(l -> fit(f, l, maxWidth));
        return lines;
    }

    /**
     * Breaks text into {@code lines} lines of similar width (for labels that look best as a compact block),
     * each shortened to the width if need be.
     */
    static List<String> balanced(Font f, String s, int lines, double maxWidth) {
        String[] words = s.strip().split("\\s+");
        if (lines <= 1 || words.length < 2) {
            return List.of(fit(f, s.strip(), maxWidth));
        }
        if (lines == 2 || words.length == 2) {
            String best = null;
            String bestRest = null;
            double bestWidth = Double.MAX_VALUE;
            for (int i = 1; i < words.length; i++) {
                String a = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                String b = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                double w = Math.max(width(f, a), width(f, b));
                if (w < bestWidth) {
                    bestWidth = w;
                    best = a;
                    bestRest = b;
                }
            }
            return List.of(fit(f, best, maxWidth), fit(f, bestRest, maxWidth));
        }
        double target = Math.min(maxWidth, width(f, s) / lines * 1.15);
        return wrap(f, s, target, maxWidth, lines);
    }

    private static String prefix(int[] cps, int n) {
        return new String(cps, 0, n);
    }
}
