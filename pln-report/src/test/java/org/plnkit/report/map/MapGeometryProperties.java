package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Pln;
import org.plnkit.report.map.MapGeometry.Box;
import org.plnkit.report.map.MapGeometry.Label;
import org.plnkit.report.map.MapGeometry.Node;

/** Layout invariants over generated PLNs of 0 to 80 connections, on various canvas sizes. */
class MapGeometryProperties {

    @Test
    void nodesStayOnTheCanvasApartFromEachOtherAndOnTheirRing() {
        qt().withExamples(120).withFixedSeed(20261128L)
                .forAll(integers().between(0, 80), longs().all(), integers().between(0, 3))
                .checkAssert((n, seed, sizeCode) -> {
                    Pln pln = Fixtures.synthetic(n, seed);
                    MapGeometry g = geometry(pln, sizeCode, false);

                    assertEquals(pln.connections().size(), g.nodes().size());
                    for (int i = 0; i < g.nodes().size(); i++) {
                        Node a = g.nodes().get(i);
                        Connection c = pln.connections().get(i);
                        assertEquals(c.id(), a.connectionId());
                        assertTrue(a.x() - a.radius() >= 0 && a.x() + a.radius() <= g.width()
                                && a.y() - a.radius() >= 0 && a.y() + a.radius() <= g.height(), "off canvas");
                        assertEquals(MapModel.ring(c.frequency()), a.ring());
                        double fromCentre = Math.hypot(a.x() - g.centreX(), a.y() - g.centreY());
                        double ring = g.rings().get(a.ring()).radius();
                        double spacing = g.rings().get(1).radius() - g.rings().get(0).radius();
                        assertTrue(Math.abs(fromCentre - ring) <= 0.46 * spacing, "off its ring");
                        for (int j = i + 1; j < g.nodes().size(); j++) {
                            Node b = g.nodes().get(j);
                            double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                            // radius includes the margin labels keep, so this is a conservative check
                            assertTrue(d > (a.radius() + b.radius()) * 0.7, "nodes " + i + " and " + j + " touch");
                        }
                    }
                });
    }

    @Test
    void labelsOverlapNoNodeNoOtherLabelAndStayOnTheMap() {
        qt().withExamples(120).withFixedSeed(20261129L)
                .forAll(integers().between(0, 80), longs().all(), integers().between(0, 3), booleans().all())
                .checkAssert((n, seed, sizeCode, legend) -> {
                    Pln pln = Fixtures.synthetic(n, seed);
                    MapGeometry g = geometry(pln, sizeCode, legend);

                    List<Label> labels = g.labels();
                    for (int i = 0; i < labels.size(); i++) {
                        Box a = labels.get(i).box();
                        assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= g.width()
                                && a.y() + a.height() <= g.height(), "label off canvas");
                        for (int j = i + 1; j < labels.size(); j++) {
                            assertFalse(a.overlaps(labels.get(j).box()),
                                    labels.get(i).text() + " overlaps " + labels.get(j).text());
                        }
                        for (Node node : g.nodes()) {
                            assertFalse(a.overlapsDisc(node.x(), node.y(), node.radius()),
                                    labels.get(i).text() + " covers " + node.name());
                        }
                        assertFalse(a.overlapsDisc(g.centreX(), g.centreY(), g.egoRadius()));
                    }
                    Set<String> labelled = new HashSet<>();
                    labels.forEach(l -> l.connectionId().ifPresent(labelled::add));
                    assertEquals(pln.connections().size(), labelled.size() + g.unlabelled().size());
                    g.unlabelled().forEach(id -> assertFalse(labelled.contains(id)));
                });
    }

    @Test
    void sectorsFollowTheTaxonomyAndGoRoundOnce() {
        qt().withExamples(100).withFixedSeed(20261130L)
                .forAll(integers().between(1, 60), longs().all())
                .checkAssert((n, seed) -> {
                    Pln pln = Fixtures.synthetic(n, seed);
                    MapGeometry g = geometry(pln, 0, true);

                    List<String> expected = Fixtures.TAXONOMY.ids().stream()
                            .filter(id -> pln.connections().stream().anyMatch(c -> c.category().equals(id))).toList();
                    assertEquals(expected, g.sectors().stream().map(MapGeometry.Sector::categoryId).toList());
                    assertEquals(-90, g.sectors().get(0).startDegrees(), 1e-9);
                    assertEquals(270, g.sectors().get(g.sectors().size() - 1).endDegrees(), 1e-6);
                    for (int i = 1; i < g.sectors().size(); i++) {
                        assertEquals(g.sectors().get(i - 1).endDegrees(), g.sectors().get(i).startDegrees(), 1e-9);
                    }
                    for (Node node : g.nodes()) {
                        MapGeometry.Sector s = g.sectors().stream()
                                .filter(x -> x.categoryId().equals(node.categoryId())).findFirst().orElseThrow();
                        double a = Math.toDegrees(Math.atan2(node.y() - g.centreY(), node.x() - g.centreX()));
                        while (a < s.startDegrees()) {
                            a += 360;
                        }
                        assertTrue(a <= s.endDegrees() + 1e-6, node.name() + " outside its sector");
                    }
                });
    }

    @Test
    void moreFrequentMeansNearerTheCentre() {
        qt().withExamples(60).withFixedSeed(20261201L)
                .forAll(integers().between(2, 60), longs().all())
                .checkAssert((n, seed) -> {
                    Pln pln = Fixtures.synthetic(n, seed);
                    MapGeometry g = geometry(pln, 0, true);

                    for (Node a : g.nodes()) {
                        for (Node b : g.nodes()) {
                            if (a.ring() < b.ring()) {
                                double ra = Math.hypot(a.x() - g.centreX(), a.y() - g.centreY());
                                double rb = Math.hypot(b.x() - g.centreX(), b.y() - g.centreY());
                                assertTrue(ra < rb, a.name() + " is checked more often than " + b.name());
                            }
                        }
                    }
                    assertEquals(List.of(Frequency.values()).stream().map(Frequency::id).toList(),
                            g.rings().stream().map(MapGeometry.Ring::name).toList());
                });
    }

    @Test
    void theSvgNamesEveryConnectionOnce() {
        qt().withExamples(25).withFixedSeed(20261202L)
                .forAll(integers().between(0, 60), longs().all(), booleans().all())
                .checkAssert((n, seed, anonymize) -> {
                    Pln pln = Fixtures.synthetic(n, seed);
                    SvgDocument doc = new SvgDocument(new PlnMapRenderer(Fixtures.options().anonymize(anonymize)
                            .build()).svg(pln));

                    Set<String> ids = new HashSet<>();
                    doc.groupsOfClass("connection").forEach(e -> assertTrue(ids.add(e.getAttribute("data-id"))));
                    assertEquals(pln.connections().size(), ids.size());
                });
    }

    private static MapGeometry geometry(Pln pln, int sizeCode, boolean legend) {
        int[][] sizes = {{1600, 1200}, {800, 600}, {1200, 1200}, {2400, 1000}};
        return new PlnMapRenderer(Fixtures.options().size(sizes[sizeCode][0], sizes[sizeCode][1]).legend(legend)
                .build()).geometry(pln);
    }
}
