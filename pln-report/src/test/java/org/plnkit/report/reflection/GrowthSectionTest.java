package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.Growth;
import org.plnkit.analysis.growth.GrowthComparer;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;

/** "How my PLN grew" on the samples' pair (samples/growth), read as the participant's own sentences. */
class GrowthSectionTest {
    private static Pln read(String name) {
        return new ParticipantFileReader().read(Path.of("..", "samples", "growth", name)).value().orElseThrow();
    }

    /** "I no longer have anyone in Blogs & websites and Tutorial websites & courses" read as if both at once. */
    @Test
    void categoriesLostAreJoinedWithOr() {
        Growth g = new GrowthComparer(AssessmentOptions.defaults()).compare(read("sam-rivera-before.yaml"),
                read("sam-rivera-after.yaml"));
        String md = new GrowthSection(Taxonomy.defaults()).markdown(g, "1 May 2026", "1 November 2026");
        assertTrue(md.contains("- I no longer have anyone in Blogs & websites or Tutorial websites & courses.\n"), md);
        assertTrue(md.contains("- I now have connections in Social networks and Webinars & podcasts, where I had"
                + " none.\n"), md);
    }

    /**
     * The follow-through is in one voice and has no parentheses inside parentheses: the fourteenth QA pass read
     * "I have done 9 and started 2: ... (Lee Park now carries 16% of your engagement (before 33%))".
     */
    @Test
    void followThroughReadsInOneVoiceWithoutNestedParentheses() {
        Growth g = new GrowthComparer(AssessmentOptions.defaults()).compare(read("sam-rivera-before.yaml"),
                read("sam-rivera-after.yaml"));
        String md = new GrowthSection(Taxonomy.defaults()).markdown(g, "1 May 2026", "1 November 2026");
        List<Growth.Step> shown = g.followThrough().subList(0, Math.min(GrowthSection.STEPS,
                g.followThrough().size()));
        assertFalse(shown.isEmpty(), md);
        for (Growth.Step s : shown) {
            String line = md.lines().filter(l -> l.startsWith("- **" + s.status().words() + "**: " + s.title()))
                    .findFirst().orElseThrow(() -> new AssertionError(s.title() + " in " + md));
            String evidence = line.substring(("- **" + s.status().words() + "**: " + s.title()).length());
            assertFalse(evidence.matches("(?i).*\\byou(r)?\\b.*"), line);
            int depth = 0;
            for (char c : line.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(depth <= 1, line);
            }
        }
    }

    /**
     * The count of steps done reads as a sentence: the fourteenth QA pass's Spanish teacher read "I have done 5 and
     * started 0"; a teacher who changed nothing would have read "I have done 0 and started 0".
     */
    @Test
    void stepsDoneAndStartedAreCountedInWords() {
        GrowthComparer comparer = new GrowthComparer(AssessmentOptions.defaults());
        Pln before = read("sam-rivera-before.yaml");
        Growth none = comparer.compare(before, java.time.LocalDate.of(2026, 5, 1), before,
                java.time.LocalDate.of(2026, 5, 2));
        assertTrue(none.followThrough().stream().allMatch(x -> x.status() == Growth.Status.NOT_YET), "precondition");
        String md = new GrowthSection(Taxonomy.defaults()).markdown(none, "1 May 2026", "2 May 2026");
        assertTrue(md.contains(", I have not done or started any of them yet:\n"), md);
        // the samples' pair: 9 done, 2 partly; and with the partly ones counted as not yet, no "started 0"
        Growth g = comparer.compare(before, read("sam-rivera-after.yaml"));
        assertTrue(new GrowthSection(Taxonomy.defaults()).markdown(g, "1 May 2026", "1 November 2026")
                .contains(", I have done 9 and started 2:\n"));
        Growth noPartly = new Growth(g.participant(), g.beforeAsOf(), g.afterAsOf(), g.added(), g.dropped(),
                g.kept(), g.categoriesGained(), g.categoriesLost(), g.becameSturdy(), g.becameThin(), g.topics(),
                g.giveBack(), g.overdue(), g.health(), g.followThrough().stream().map(x -> x.status()
                        != Growth.Status.PARTLY ? x : new Growth.Step(x.rank(), x.type(), x.title(),
                        Growth.Status.NOT_YET, x.evidence())).toList(), g.before(), g.after());
        String md2 = new GrowthSection(Taxonomy.defaults()).markdown(noPartly, "1 May 2026", "1 November 2026");
        assertTrue(md2.contains(", I have done 9:\n"), md2);
        assertFalse(md2.contains("started 0"), md2);
    }

    /** A plan of one step is not "Of the 1 step my plan suggested on ..., I have done 1". */
    @Test
    void aPlanOfOneStepReadsAsOne() {
        Growth g = new GrowthComparer(AssessmentOptions.defaults()).compare(read("sam-rivera-before.yaml"),
                read("sam-rivera-after.yaml"));
        for (Growth.Status st : Growth.Status.values()) {
            Growth.Step s = g.followThrough().get(0);
            Growth one = new Growth(g.participant(), g.beforeAsOf(), g.afterAsOf(), g.added(), g.dropped(), g.kept(),
                    g.categoriesGained(), g.categoriesLost(), g.becameSturdy(), g.becameThin(), g.topics(),
                    g.giveBack(), g.overdue(), g.health(), List.of(new Growth.Step(s.rank(), s.type(), s.title(), st,
                    s.evidence())), g.before(), g.after());
            String md = new GrowthSection(Taxonomy.defaults()).markdown(one, "1 May 2026", "1 November 2026");
            assertFalse(md.contains("Of the 1 step"), md);
            assertTrue(md.contains("My plan of 1 May 2026 suggested one step, and " + switch (st) {
                case DONE -> "I have done it";
                case PARTLY -> "I have started it";
                case NOT_YET -> "I have not started it yet";
            } + ":\n"), md);
        }
    }
}
