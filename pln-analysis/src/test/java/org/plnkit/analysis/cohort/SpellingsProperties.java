package org.plnkit.analysis.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Counting a name or web address as written (remembering the text counted last) gives the spelling counting each
 * one tidied gives, whatever the order of participants, repeats and copies of equal text.
 */
class SpellingsProperties {
    /** A mention: which of a few spellings (some equal once tidied), whether a separate copy of it, by whom. */
    private record Mention(int spelling, boolean copy, int participant) {
    }

    private static final List<String> NAMES = List.of("Edutopia", " Edutopia", "Edutopia  ", "EDUTOPIA",
            "Edu  topia", "Edu topia", "edutopia");
    private static final List<String> URLS = List.of("https://www.edutopia.org/", "HTTPS://WWW.Edutopia.org/",
            "https://www.edutopia.org/A", " https://www.edutopia.org/", "https://WWW.edutopia.org/a");

    private static final Gen<List<Mention>> MENTIONS = SourceDSL.lists().of(
            SourceDSL.integers().between(0, 6).zip(SourceDSL.booleans().all(), SourceDSL.integers().between(0, 4),
                    Mention::new)).ofSizeBetween(0, 40);

    private static String written(List<String> texts, Mention m) {
        String t = texts.get(m.spelling() % texts.size());
        return m.copy() ? new String(t) : t;
    }

    @Test
    void countingAsWrittenGivesTheSpellingCountingTidiedTextGives() {
        qt().withExamples(3000).forAll(MENTIONS).checkAssert(mentions -> {
            Spellings.Tidy tidy = new Spellings.Tidy();
            Spellings tidied = new Spellings();
            Spellings written = new Spellings();
            Spellings tidiedUrls = new Spellings();
            Spellings writtenUrls = new Spellings();
            // participants in increasing order, as the cohort graph counts them
            List<Mention> ordered = mentions.stream()
                    .sorted(java.util.Comparator.comparingInt(Mention::participant)).toList();
            for (Mention m : ordered) {
                tidied.add(Spellings.tidyName(written(NAMES, m)), m.participant());
                written.addName(written(NAMES, m), m.participant(), tidy);
                tidiedUrls.add(Spellings.tidyUrl(written(URLS, m)), m.participant());
                writtenUrls.addUrl(written(URLS, m), m.participant(), tidy);
            }
            assertEquals(tidied.mostUsed(), written.mostUsed(), ordered.toString());
            assertEquals(tidiedUrls.mostUsed(), writtenUrls.mostUsed(), ordered.toString());
        });
    }
}
