package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * QA (embedder): on a small map the legend said "a larger --size shows it", an option of the command line that
     * the studio and a program calling {@link PlnMap} do not have; it says "a larger map" now.
     */
    @Test
    void aMapTooSmallForItsNotesSaysSoWithoutAnOption() {
        // Dana's PLN in a taxonomy of 40 categories, a source in each: the legend lists them all, and her note is left out
        Pln dana = SampleParticipants.dana();
        List<org.plnkit.core.model.Category> categories = new java.util.ArrayList<>(
                org.plnkit.core.model.Taxonomy.defaults().categories());
        for (int i = categories.size(); i < 40; i++) {
            categories.add(new org.plnkit.core.model.Category("extra-" + i, "Extra category " + i,
                    java.util.Set.of(), false, "", List.of()));
        }
        org.plnkit.core.model.Taxonomy many = new org.plnkit.core.model.Taxonomy(categories);
        List<org.plnkit.core.model.Connection> all = new java.util.ArrayList<>(dana.connections());
        for (org.plnkit.core.model.Category c : categories.subList(11, 40)) {
            all.add(org.plnkit.core.model.Connection.builder("x-" + c.id(), "A source in " + c.label(),
                    org.plnkit.core.model.Kind.RESOURCE, c.id()).build());
        }
        Pln full = dana.withConnections(all);
        MapOptions o = SampleParticipants.report(dana, false).mapOptions().toBuilder().taxonomy(many)
                .size(480, 360).build();
        assertEquals(2, new Decorations(MapLayout.plan(MapModel.of(full, o))).legendFit().leaveOut());
        assertFalse(MapModel.of(full, o).notes().isEmpty());
        String svg = new String(PlnMap.render(full, o, Format.SVG), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains(">larger map shows it.<"), "the note's second line");
        assertFalse(svg.contains("--size"));
    }

    @Test
    void aSmallPictureLeavesOutTheKeyBeforeTheTextGetsTiny() {
        Pln dana = SampleParticipants.dana();
        Decorations.LegendFit f = fit(dana, 500, 400);
        assertTrue(f.leaveOut() >= 1, f.toString());
        assertTrue(f.scale() >= 0.6 - 1e-9, f.toString());
    }
}
