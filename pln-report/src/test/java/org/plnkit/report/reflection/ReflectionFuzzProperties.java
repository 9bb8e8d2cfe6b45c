package org.plnkit.report.reflection;

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

/** Whatever the names, topics and addresses, the draft holds no raw HTML tag and links only to http(s). */
class ReflectionFuzzProperties {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

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
                    String md = new ReflectionDraft(r.taxonomy()).markdown(r.pln(), r.assessment(),
                            new ReflectionDraft.MapFigure(Optional.of("map.png"), "a map of " + texts,
                                    Optional.empty()));
                    for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
                        assertTrue(escaped(md, i), "a raw < at " + i + ": " + md);
                    }
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

    /** Whether the character at {@code i} is escaped: an odd number of backslashes before it. */
    private static boolean escaped(String s, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }
}
