package org.plnkit.report.reflection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
