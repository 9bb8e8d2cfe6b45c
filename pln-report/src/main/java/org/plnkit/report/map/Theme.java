package org.plnkit.report.map;

/** The colour scheme of a map: dark text on white, or light text on a dark background. */
public enum Theme {
    LIGHT, DARK
}
