package org.plnkit.report.map;

/**
 * The colour scheme of a map: dark text on white, or light text on a dark background.
 *
 * @since 0.1.0
 */
public enum Theme {
    LIGHT, DARK
}
