package org.plnkit.report.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;

/**
 * What a PLN holds for an organizer: the blogs, journals, podcasts and hashtags with a feed or a page as OPML 2.0
 * (Feedly, Inoreader, NetNewsWire and other feed readers import it), and every connection with a web address as a
 * Netscape bookmark file (browsers, Symbaloo, Wakelet and other start pages import it). Folders follow the
 * taxonomy's categories in order; inside a folder, connections keep the file's order. No date from the clock: the
 * same PLN and as-of date give the same bytes.
 *
 * <p>OPML: a connection with a {@code feed} is an {@code rss} outline ({@code xmlUrl}, and {@code htmlUrl} when it
 * has a {@code url}); one with only a {@code url} is a {@code link} outline, which feed readers list but cannot
 * follow. Only reading categories are taken (blogs and websites, online journals, webinars and podcasts, social
 * networks), and any other connection with a feed. People are never listed.
 *
 * <pre>{@code
 * ReadingList list = new ReadingList(Taxonomy.defaults());
 * list.writeOpml(pln, LocalDate.of(2026, 11, 1), writer);
 * list.writeBookmarks(pln, writer);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadingList {
    /** Categories of the default taxonomy that a feed reader follows. */
    public static final Set<String> READING = Set.of("blogs-websites", "online-journals", "webinars-podcasts",
            "social-networks");

    private final Taxonomy taxonomy;

    public ReadingList(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The connections of the OPML file, by category in taxonomy order. */
    public Map<String, List<Connection>> feeds(Pln pln) {
        return byCategory(pln, c -> c.kind() != Kind.PERSON && (c.feed().isPresent()
                || READING.contains(c.category()) && c.url().isPresent()));
    }

    /** The connections of the bookmark file (every one with a web address), by category in taxonomy order. */
    public Map<String, List<Connection>> bookmarks(Pln pln) {
        return byCategory(pln, c -> c.url().isPresent() || c.feed().isPresent());
    }

    private Map<String, List<Connection>> byCategory(Pln pln, java.util.function.Predicate<Connection> keep) {
        List<Connection> kept = new ArrayList<>(pln.connections().stream().filter(keep).toList());
        kept.sort(Comparator.comparingInt(c -> taxonomy.indexOf(c.category()))); // stable: file order inside
        Map<String, List<Connection>> out = new LinkedHashMap<>();
        for (Connection c : kept) {
            out.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Writes OPML 2.0. */
    public void writeOpml(Pln pln, LocalDate asOf, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<opml version=\"2.0\">\n");
        out.write("  <head>\n");
        out.write("    <title>" + xml("PLN of " + pln.participant().displayName()) + "</title>\n");
        out.write("    <dateCreated>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(asOf.atStartOfDay()
                .atOffset(ZoneOffset.UTC)) + "</dateCreated>\n");
        out.write("    <docs>http://opml.org/spec2.opml</docs>\n");
        out.write("  </head>\n");
        out.write("  <body>\n");
        for (Map.Entry<String, List<Connection>> e : feeds(pln).entrySet()) {
            String label = label(e.getKey());
            out.write("    <outline text=\"" + xml(label) + "\" title=\"" + xml(label) + "\">\n");
            for (Connection c : e.getValue()) {
                String name = xml(c.name());
                if (c.feed().isPresent()) {
                    out.write("      <outline type=\"rss\" text=\"" + name + "\" title=\"" + name + "\" xmlUrl=\""
                            + xml(safeHref(c.feed().get())) + "\"" + c.url().map(u -> " htmlUrl=\"" + xml(safeHref(u)) + "\"")
                            .orElse("")
                            + "/>\n");
                } else {
                    out.write("      <outline type=\"link\" text=\"" + name + "\" title=\"" + name + "\" url=\""
                            + xml(safeHref(c.url().orElseThrow())) + "\"/>\n");
                }
            }
            out.write("    </outline>\n");
        }
        out.write("  </body>\n");
        out.write("</opml>\n");
        out.flush();
    }

    /** Writes a Netscape bookmark file (the format browsers export and import). */
    public void writeBookmarks(Pln pln, Writer out) throws IOException {
        out.write("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n");
        out.write("<!-- This is an automatically generated file.\n     It will be read and overwritten.\n"
                + "     DO NOT EDIT! -->\n");
        out.write("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n");
        String title = "PLN of " + pln.participant().displayName();
        out.write("<TITLE>" + html(title) + "</TITLE>\n");
        out.write("<H1>" + html(title) + "</H1>\n");
        out.write("<DL><p>\n");
        for (Map.Entry<String, List<Connection>> e : bookmarks(pln).entrySet()) {
            out.write("    <DT><H3>" + html(label(e.getKey())) + "</H3>\n");
            out.write("    <DL><p>\n");
            for (Connection c : e.getValue()) {
                String href = c.url().or(c::feed).orElseThrow();
                out.write("        <DT><A HREF=\"" + html(safeHref(href)) + "\">" + html(c.name()) + "</A>\n");
            }
            out.write("    </DL><p>\n");
        }
        out.write("</DL><p>\n");
        out.flush();
    }

    private String label(String category) {
        return taxonomy.byId(category).map(Category::label).orElse(category);
    }

    /** A web address as a link target: {@code javascript:} and other scripts become inert. */
    static String safeHref(String url) {
        String l = url.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
        return l.startsWith("javascript:") || l.startsWith("data:") || l.startsWith("vbscript:") ? "about:blank"
                : url.strip();
    }

    /** Text for an XML attribute or element: markup escaped, characters XML cannot hold dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }

    private static String html(String s) {
        return xml(s).replace("&apos;", "&#39;");
    }
}
