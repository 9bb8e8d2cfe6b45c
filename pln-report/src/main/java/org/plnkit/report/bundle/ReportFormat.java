package org.plnkit.report.bundle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files a participant's report can hold, each with its fixed name in the participant's folder. The map's alt
 * text ({@value ReportBundle#ALT_TEXT}) comes with either picture.
 *
 * <pre>{@code
 * Set<ReportFormat> f = ReportFormat.parseList("xlsx,md");   // [XLSX, MD]
 * ReportFormat.XLSX.fileName();                              // "workbook.xlsx"
 * ReportFormat.ICS.fileName();                               // "check-ins.ics"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ReportFormat {
    /** The assessment workbook. */
    XLSX,
    /** The map as a PNG picture. */
    PNG,
    /** The map as an SVG drawing. */
    SVG,
    /** The reflection draft. */
    MD,
    /** The reflection draft as one blog-ready web page, the map inside it. */
    HTML,
    /** The whole assessment as JSON (docs/measures.md). */
    JSON,
    /**
     * The check-ins as a calendar file (iCalendar, RFC 5545) to import into Google Calendar, Outlook or Apple
     * Calendar: one recurring event per connection with a frequency ({@code CheckInCalendar}).
     */
    ICS;

    /** The file's name in the participant's folder: what it holds, then its id as the extension. */
    public String fileName() {
        String stem = switch (this) {
            case XLSX -> "workbook";
            case PNG, SVG -> "map";
            case MD, HTML -> "reflection";
            case JSON -> "assessment";
            case ICS -> "check-ins";
        };
        return stem + "." + id();
    }

    /**
     * The spelling on the command line: {@code xlsx}, {@code png}, {@code svg}, {@code md}, {@code html}, {@code json},
     * {@code ics}.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A format by its id, ignoring case and spaces; {@code markdown} is {@code md}. */
    public static Optional<ReportFormat> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) {
            return Optional.of(MD);
        }
        for (ReportFormat f : values()) {
            if (f.id().equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * A comma-separated list of formats.
     *
     * @throws IllegalArgumentException naming the first unknown format, or when the list is empty
     */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(parse(part).orElseThrow(() -> new IllegalArgumentException("\"" + part.strip()
                    + "\" is not one of " + ids())));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no format given; choose from " + ids());
        }
        return out;
    }

    /** Every format's id, in order: "xlsx, png, svg, md, html, json, ics". */
    private static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ReportFormat::id).toList());
    }
}
