package org.plnkit.report.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortJson;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.privacy.Redaction;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import org.plnkit.report.privacy.LeakScanner;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue #18: in anonymized outputs a value quoted from the input is shown only when it is known to name no one.
 * Generated cohorts have people's names planted in every column where they do not belong (the category, kind,
 * frequency, value, yes/no, participation and date columns, a web address, linked_to, a header, a value with a
 * control character, an unquoted "Last, First" cell that shifts the row, the name of another file in the folder);
 * no planted name may appear in any byte of the district workbook or of cohort.json, while the problems are all
 * there with their places. A name planted as a column's header is the exception, on purpose: header cells name the
 * data, not people, and the Input problems sheet shows them ("unknown column "Notes" is ignored"), so such a name is
 * not counted as a secret. The same cohorts with names shown do show them (the scanner is seen to work).
 */
class AnonymizedProblemsPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String CONNECTIONS_HEADER = "participant_id,connection_name,kind,category,connection_id,url,"
            + "met_via,frequency,value,gives_back,participation,wants_more,topics,last_contact,linked_to";
    /** Where a name is planted: the column (0-based) of a person's row, or a special place. */
    private static final int HEADER = -1;
    private static final int LAST_FIRST = -2;
    private static final int CONTROL = -3;
    private static final int OTHER_FILE = -4;
    private static final int PARTICIPANT_AS_OF = -5;

    @TempDir
    Path dir;

    /** An unmistakable name: two capitalized words of letters no English text has together. */
    private static Gen<String> names() {
        return SourceDSL.longs().all().map(seed -> {
            Random r = new Random(seed);
            return word(r) + " " + word(r) + "-" + word(r);
        });
    }

    private static String word(Random r) {
        String consonants = "bdfgklmnprstvzq";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(consonants.charAt(r.nextInt(consonants.length()))).append(vowels.charAt(r.nextInt(5)));
        }
        b.append("x");
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private record Planted(List<String> names, List<Integer> places) {
    }

    private static Gen<Planted> planted() {
        // kind, category, url, frequency, value, gives_back, participation, wants_more, topics, last_contact,
        // linked_to, and the special places
        Gen<Integer> place = SourceDSL.arbitrary().pick(List.of(2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, HEADER,
                LAST_FIRST, CONTROL, OTHER_FILE, PARTICIPANT_AS_OF));
        return SourceDSL.lists().of(names()).ofSizeBetween(1, 6).zip(
                SourceDSL.lists().of(place).ofSizeBetween(6, 6), (ns, ps) -> new Planted(ns, ps));
    }

    @Test
    void noPlantedNameReachesAnAnonymizedOutput() {
        int[] run = {0};
        qt().withFixedSeed(18L).withExamples(12).forAll(planted()).checkAssert(p -> {
            Path cohort = dir.resolve("cohort-" + run[0]++);
            List<String> secrets = write(cohort, p);
            List<String> leaks = new ArrayList<>();
            outputs(cohort, true).forEach((where, bytes) -> leaks.addAll(LeakScanner.leaks(where, bytes, secrets)));
            assertEquals(List.of(), leaks, "planted " + p);
        });
    }

    @Test
    void withNamesShownThePlantedNamesAreThere() {
        qt().withFixedSeed(19L).withExamples(4).withShrinkCycles(0).forAll(planted()).checkAssert(p -> {
            Path cohort = dir.resolve("shown-" + Math.abs(p.hashCode()));
            List<String> secrets = write(cohort, p);
            List<String> leaks = new ArrayList<>();
            outputs(cohort, false).forEach((where, bytes) -> leaks.addAll(LeakScanner.leaks(where, bytes, secrets)));
            for (String secret : secrets) {
                if (onlyAsATopic(p, secret)) {
                    continue;   // a name as a topic is a valid topic: no problem quotes it, and topics are not listed
                }
                assertFalse(leaks.stream().noneMatch(l -> l.contains(secret)), secret + " is not shown (planted " + p + ")");
            }
        });
    }

    /** Whether the name (or a word of it) was planted in the topics column only. */
    private static boolean onlyAsATopic(Planted p, String secret) {
        boolean planted = false;
        for (int i = 0; i < p.places().size(); i++) {
            String name = p.names().get(i % p.names().size());
            if (name.equals(secret) || List.of(name.split("[ -]")).contains(secret)) {
                planted = true;
                if (p.places().get(i) != 12) {
                    return false;
                }
            }
        }
        return planted;
    }

    /** Writes the cohort with the names planted; returns the names. */
    private static List<String> write(Path cohort, Planted p) {
        try {
            Files.createDirectories(cohort);
            StringBuilder participants = new StringBuilder("participant_id,name,school,role,topics,organizer,as_of\n");
            participants.append("p1,Participant One,,,coding,,2026-10-01\n");
            participants.append("p2,Participant Two,,,,,2026-10-01\n");
            StringBuilder header = new StringBuilder(CONNECTIONS_HEADER);
            StringBuilder rows = new StringBuilder();
            rows.append("p1,ISTE,organization,professional-organizations,,https://iste.org,,monthly,4,,,,,,\n");
            List<String> secrets = new ArrayList<>();
            for (int i = 0; i < p.places().size(); i++) {
                String name = p.names().get(i % p.names().size());
                secrets.add(name);
                secrets.addAll(List.of(name.split("[ -]")));   // a surname alone names someone too
                int c = p.places().get(i);
                String pid = i % 2 == 0 ? "p1" : "p2";
                String[] row = {pid, "Okapi Vendor " + i, "person", "mentors", "", "", "", "weekly", "3", "", "", "",
                    "", "", ""};
                switch (c) {
                    case HEADER -> header.append(",").append(name);
                    case LAST_FIRST -> row[1] = name.replace(" ", ", ");
                    case CONTROL -> row[1] = name.replace(" ", "\u0007 ");
                    case OTHER_FILE -> Files.writeString(cohort.resolve(name + ".txt"), "notes");
                    case PARTICIPANT_AS_OF -> participants.append("p").append(3 + i).append(",,,,,,").append(name)
                            .append('\n');
                    default -> row[c] = name;
                }
                rows.append(String.join(",", row)).append('\n');
            }
            Files.writeString(cohort.resolve("participants.csv"), participants.toString());
            Files.writeString(cohort.resolve("connections.csv"), header + "\n" + rows);
            // a header is shown on purpose (#18): a name planted there is no secret
            for (int i = 0; i < p.places().size(); i++) {
                if (p.places().get(i) == HEADER) {
                    String name = p.names().get(i % p.names().size());
                    secrets.removeAll(List.of(name));
                    secrets.removeAll(List.of(name.split("[ -]")));
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The district workbook, cohort.json and the screen's problem lines as {@code pln cohort} writes them. */
    private static java.util.Map<String, byte[]> outputs(Path cohort, boolean anonymized) {
        CohortReading r = CohortReader.readDetailed(cohort, Taxonomy.defaults(), Limits.DEFAULT, false);
        Cohort c = r.result().value().orElseThrow();
        CohortAnalysis a = CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(AS_OF));
        CohortLabels labels = anonymized ? CohortLabels.anonymous(a) : CohortLabels.shown(a);
        Redaction redact = ProblemRedactor.of(c, labels);
        List<Problem> problems = r.result().problems();
        byte[] workbook = new DistrictWorkbook().bytes(a, labels, new DistrictInput(cohort.toString(), "2026-11-01",
                problems, r.counts(), redact));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        FileLabels files = new FileLabels(anonymized);
        try {
            CohortJson.write(a, labels, new CohortJson.Input(cohort.toString(), r.counts(), problems,
                    redact.then(files::text)), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the screen of pln cohort --anonymize shows the same lines
        StringBuilder screen = new StringBuilder();
        for (Problem p : problems) {
            screen.append(files.text(Redaction.place(redact, p.place()) + ": " + p.severity().id() + ": "
                    + Redaction.message(redact, p))).append('\n');
        }
        if (problems.isEmpty()) {
            throw new AssertionError("no problems at all in " + cohort + ": the test plants nothing");
        }
        return java.util.Map.of("district.xlsx", workbook, "cohort.json", json.toByteArray(),
                "screen", screen.toString().getBytes(StandardCharsets.UTF_8));
    }
}
