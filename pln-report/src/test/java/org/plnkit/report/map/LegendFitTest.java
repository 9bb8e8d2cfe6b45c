package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.ParticipantReport;

/**
 * The legend never runs off the picture: at every size a map can have, with the assessment's notes, it fits its box;
 * at the default size it is whole and full size, and on a small picture it leaves out "How to read the map" before
 * its text gets smaller than 60 %.
 */
class LegendFitTest {
    private static final List<String> SAMPLES = List.of("maria-lopez-librarian", "sam-rivera-new-teacher",
            "dana-okoro-tech-coach", "priya-nair-math", "jordan-reyes-chemistry", "keisha-brown-elementary");

    private static Decorations.LegendFit fit(Pln pln, int w, int h) {
        MapOptions o = SampleParticipants.report(pln, false).mapOptions().toBuilder().size(w, h).build();
        return new Decorations(MapLayout.plan(MapModel.of(pln, o))).legendFit();
    }

    private static double box(Pln pln, int w, int h) {
        MapOptions o = SampleParticipants.report(pln, false).mapOptions().toBuilder().size(w, h).build();
        return MapLayout.plan(MapModel.of(pln, o)).regions().legend().height();
    }

    @Test
    void theLegendFitsItsBoxAtEverySize() {
        for (String name : SAMPLES) {
            Pln pln = SampleParticipants.read(name);
            for (int[] s : new int[][] {{480, 360}, {500, 400}, {640, 480}, {800, 600}, {1024, 768}, {1600, 1200},
                    {900, 1600}, {3000, 600}}) {
                Decorations.LegendFit f = fit(pln, s[0], s[1]);
                assertTrue(f.height() <= box(pln, s[0], s[1]) + 1e-6, name + " at " + s[0] + "x" + s[1] + ": " + f);
            }
            Decorations.LegendFit full = fit(pln, 1600, 1200);
            assertEquals(0, full.leaveOut(), name);
            assertEquals(1.0, full.scale(), 1e-9, name);
        }
    }

    @Test
    void aSmallPictureLeavesOutTheKeyBeforeTheTextGetsTiny() {
        Pln dana = SampleParticipants.dana();
        Decorations.LegendFit f = fit(dana, 500, 400);
        assertTrue(f.leaveOut() >= 1, f.toString());
        assertTrue(f.scale() >= 0.6 - 1e-9, f.toString());
    }
}
