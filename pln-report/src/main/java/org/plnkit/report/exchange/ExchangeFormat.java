package org.plnkit.report.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The graph formats a PLN is exchanged in with other network tools.
 *
 * <pre>{@code
 * ExchangeFormat f = ExchangeFormat.fromFileName("maria.graphml").orElse(ExchangeFormat.JSON);  // GRAPHML
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ExchangeFormat {
    /** GraphML with typed attributes (Gephi, Cytoscape, yEd, NetworkX, igraph). */
    GRAPHML,
    /** GEXF 1.2 with typed attributes (Gephi, NetworkX). */
    GEXF,
    /** Graphviz DOT, for drawing with {@code dot} or {@code neato}. */
    DOT,
    /** The participant file as JSON, described by {@code docs/pln.schema.json}. */
    JSON,
    /** A node list and an edge list as CSV (Gephi's spreadsheet import, NodeXL, spreadsheets). */
    CSV,
    /** The check-in schedule as an iCalendar file (Google Calendar, Outlook, Thunderbird): {@link CheckInCalendar}. */
    ICS,
    /** Blogs, journals, podcasts and hashtags as OPML for feed readers (Feedly): {@link ReadingList}. */
    OPML,
    /** Every connection with a web address as a Netscape bookmark file (browsers, Symbaloo): {@link ReadingList}. */
    HTML_BOOKMARKS;

    /** The usual file extension, without the dot: the id, but {@code html} for bookmarks. */
    public String extension() {
        return this == HTML_BOOKMARKS ? "html" : id();
    }

    /** The name used on the command line, e.g. {@code graphml}, {@code html-bookmarks}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this is a network format (a graph of nodes and edges) rather than a calendar or a reading list. */
    public boolean isGraph() {
        return this != ICS && this != OPML && this != HTML_BOOKMARKS;
    }

    /** The format a file name's extension suggests ({@code .xml} counts as GraphML, {@code .gv} as DOT). */
    public static Optional<ExchangeFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        for (ExchangeFormat f : values()) {
            if (f.extension().equals(ext)) {
                return Optional.of(f);
            }
        }
        return switch (ext) {
            case "xml" -> Optional.of(GRAPHML);
            case "gv" -> Optional.of(DOT);
            case "htm" -> Optional.of(HTML_BOOKMARKS);
            default -> Optional.empty();
        };
    }
}
