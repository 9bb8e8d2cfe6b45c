package org.plnkit.report.map;

import java.awt.Color;

/**
 * The neutral colours of a theme.
 *
 * @param background the canvas
 * @param text       titles, labels and legend text
 * @param muted      secondary text (subtitle, gaps, notes)
 * @param ring       the frequency rings
 * @param link       lines between linked connections
 * @param ego        the participant's disc
 * @param egoText    the participant's name on the disc
 * @param halo       the box behind a label, so that lines under it do not hurt reading
 */
record Ink(Color background, Color text, Color muted, Color ring, Color link, Color ego, Color egoText, Color halo) {
    private static final Ink LIGHT = new Ink(new Color(0xFFFFFF), new Color(0x1F2328), new Color(0x59616E),
            new Color(0xD5DAE1), new Color(90, 98, 112, 110), new Color(0x2F3542), new Color(0xFFFFFF),
            new Color(255, 255, 255, 190));
    private static final Ink DARK = new Ink(new Color(0x16181D), new Color(0xECEFF4), new Color(0xA7AFBC),
            new Color(0x363C47), new Color(205, 210, 220, 95), new Color(0xECEFF4), new Color(0x16181D),
            new Color(22, 24, 29, 175));

    static Ink of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }
}
