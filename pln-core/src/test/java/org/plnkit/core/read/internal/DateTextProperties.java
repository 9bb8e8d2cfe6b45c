package org.plnkit.core.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.problem.Problems;

/** A date written in any accepted way reads as that date; day and month as numbers that could swap are refused. */
class DateTextProperties {
    private static final List<String> PATTERNS = List.of("yyyy/MM/dd", "yyyy.M.d", "d MMM yyyy", "d MMMM yyyy",
            "dd-MMM-yyyy", "MMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd'T'HH:mm:ss");

    @Test
    void everyAcceptedSpellingGivesTheSameDayWithAWarning() {
        qt().withFixedSeed(4L).withExamples(400)
                .forAll(integers().between(0, 200_000), integers().between(0, PATTERNS.size() - 1),
                        integers().between(0, 2))
                .checkAssert((days, pattern, caseChange) -> {
                    LocalDate d = LocalDate.of(1950, 1, 1).plusDays(days);
                    String text = d.atTime(14, 30).format(DateTimeFormatter.ofPattern(PATTERNS.get(pattern), Locale.ENGLISH));
                    text = caseChange == 1 ? text.toUpperCase(Locale.ROOT) : caseChange == 2 ? text.toLowerCase(Locale.ROOT) : text;
                    Problems problems = new Problems();
                    assertEquals(Optional.of(d), Fields.date("last_contact", text, Place.file("f"), problems), text);
                    assertEquals(1, problems.size(), text);
                    assertTrue(problems.toList().stream().noneMatch(Problem::isError), text);
                });
    }

    @Test
    void dayAndMonthAsNumbersAreReadOnlyWhenTheyCannotSwap() {
        qt().withFixedSeed(5L).withExamples(400)
                .forAll(integers().between(0, 200_000), integers().between(0, 1))
                .checkAssert((days, order) -> {
                    LocalDate d = LocalDate.of(1950, 1, 1).plusDays(days);
                    String text = order == 0 ? d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear()
                            : d.getMonthValue() + "." + d.getDayOfMonth() + "." + d.getYear();
                    Problems problems = new Problems();
                    Optional<LocalDate> read = Fields.date("last_contact", text, Place.file("f"), problems);
                    boolean ambiguous = d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue();
                    assertEquals(ambiguous ? Optional.empty() : Optional.of(d), read, text);
                    assertEquals(ambiguous, problems.hasErrors(), text);
                });
    }
}
