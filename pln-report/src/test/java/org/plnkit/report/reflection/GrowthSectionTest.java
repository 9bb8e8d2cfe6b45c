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
}
