package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.ParticipantReport;

/**
 * Whatever the names, topics and addresses, the draft holds no raw HTML tag but its map description's, links only to
 * http(s), uses only escapes that CommonMark and Markdown.pl-style renderers both understand, and its page shows the
 * text as written.
 */
class ReflectionFuzzProperties {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");
    private static final Pattern ODD_BACKSLASHES = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(.)");
    private static final String DETAILS = "<details><summary>Description of the map</summary>\n\n";

    @Test
    void inputTextNeverBecomesMarkup() {
        List<String> categories = Taxonomy.defaults().ids();
        qt().withExamples(300).withFixedSeed(11L)
                .forAll(lists().of(strings().ascii().ofLengthBetween(1, 20)).ofSizeBetween(1, 5),
                        strings().ascii().ofLengthBetween(0, 30))
                .checkAssert((texts, url) -> {
                    List<Connection> cs = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        // a connection's name is never blank (the model rejects it, as a reader does)
                        String name = texts.get(i).isBlank() ? "named" + texts.get(i) : texts.get(i);
                        cs.add(Connection.builder("c" + i, name, Kind.values()[i % 3],
                                        categories.get(i % categories.size())).url(url.isEmpty() ? null : url)
                                .metVia(texts.get(i)).topics(List.of(texts.get(i))).givesBack(i % 2 == 0)
                                .frequency(Frequency.values()[i % 6]).build());
                    }
                    Participant p = new Participant("p", "P", Optional.empty(), Optional.empty(), texts,
                            Optional.of(url), Optional.of(LocalDate.of(2026, 11, 1)));
                    ParticipantReport r = ParticipantReport.of(new Pln(p, cs, List.of()),
                            AssessmentOptions.defaults(), false);
                    String description = "the map of " + String.join(" ", texts) + " " + url;
                    String md = new ReflectionDraft(r.taxonomy()).markdown(r.pln(), r.assessment(),
                            new ReflectionDraft.MapFigure(Optional.of("map.png"), "a map of " + texts, description,
                                    Optional.empty()));
                    // the only tags are the map description's <details>, whose text has entities, never a backslash
                    int open = md.indexOf(DETAILS);
                    int close = md.indexOf("\n</details>\n", open);
                    assertTrue(open >= 0 && close > open, md);
                    assertFalse(md.substring(open, close).contains("\\"), md.substring(open, close));
                    String outside = (md.substring(0, open) + md.substring(close + "\n</details>\n".length()))
                            .replaceAll("(?m)^> ", "");   // the prompt's block quote
                    assertFalse(outside.contains("<") || outside.contains(">"), "a raw < or >: " + outside);
                    // no escape that Markdown.pl-style renderers would show: an odd run of backslashes is followed
                    // only by a character they read as escaped
                    Matcher e = ODD_BACKSLASHES.matcher(md);
                    while (e.find()) {
                        assertTrue("\\`*_[]".indexOf(e.group(1).charAt(0)) >= 0, "an escape \\" + e.group(1)
                                + " in " + md);
                    }
                    // and the page shows every name and the description as written
                    String page = visibleText(ReflectionHtml.page(md, Optional.empty(), "t"));
                    for (String t : texts) {
                        String name = t.isBlank() ? "named" + t : t;
                        assertTrue(page.contains(oneLine(name).strip()), oneLine(name) + " in " + page);
                    }
                    assertTrue(page.contains(oneLine(description)), description + " in " + page);
                    Matcher m = LINK.matcher(md);
                    while (m.find()) {
                        if (escaped(md, m.start())) {
                            continue;
                        }
                        String target = m.group(1);
                        assertTrue(target.equals("map.png") || target.startsWith("http://")
                                || target.startsWith("https://"), target);
                    }
                });
    }

    /**
     * The text a reader sees on the page: tags out, entities in (the page escapes {@code <} in text, so every {@code <}
     * is a tag's), and runs of spaces as one, as a browser shows them.
     */
    private static String visibleText(String html) {
        String body = html.substring(html.indexOf("<article>"));
        return body.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /** Text on one line as the draft writes it: line breaks and tabs as a space, other control characters out. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").replaceAll("\\p{Cc}", "").replaceAll("\\s+", " ");
    }

    /** Whether the character at {@code i} is escaped: an odd number of backslashes before it. */
    private static boolean escaped(String s, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }
}
