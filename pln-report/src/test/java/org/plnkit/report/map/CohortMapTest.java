package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortAnalyzer;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortOptions;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.CohortReader;
import org.plnkit.report.map.MapGeometry.Box;

class CohortMapTest {
    private static final Cohort LAKESIDE = CohortReader.read(Path.of("../samples/lakeside-district.xlsx"))
            .value().orElseThrow();
    private static final Cohort GENERATED = CohortReader.read(
            Path.of("../pln-core/src/test/resources/org/plnkit/core/read/gen-cohort-50/cohort.xlsx"))
            .value().orElseThrow();

    private static CohortAnalysis analyse(Cohort c) {
        return CohortAnalyzer.analyze(c, CohortOptions.defaults().withFallbackAsOf(LocalDate.of(2026, 11, 1)));
    }

    @Test
    void theSvgShowsTheMostSharedOnceEachAndSaysItFiltered() {
        CohortAnalysis a = analyse(LAKESIDE);
        CohortMapOptions o = CohortMapOptions.defaults("Lakeside", "2026-11-01");
        SvgDocument svg = new SvgDocument(CohortMap.render(a, CohortLabels.anonymous(a), o, Format.SVG));
        CohortMapPlan plan = CohortMapPlan.of(a, CohortLabels.anonymous(a), o);
        assertTrue(plan.resources.size() >= 15 && plan.resources.size() <= 25, "" + plan.resources.size());
        assertEquals(plan.resources.size(), svg.groupsOfClass("shared-node").size());
        assertEquals(3, svg.groupsOfClass("group").size(), "one disc per school");
        assertTrue(svg.text.contains("Westfield EdTech Summit: named by 13 participants"));
        assertTrue(svg.text.contains("Only the " + plan.resources.size() + " most shared organizations"));
        assertTrue(svg.text.contains("role='img'"));
        assertTrue(svg.text.contains("Cohort map \u201cLakeside\u201d: 30 participants drawn as dots in 3 schools"));
        // the most shared come first
        assertEquals("Westfield EdTech Summit", plan.resources.get(0).name());
    }

    @Test
    void peopleAreNotNamedWhenAnonymized() {
        CohortAnalysis a = analyse(LAKESIDE);
        CohortMapOptions o = CohortMapOptions.defaults("Lakeside", "2026-11-01");
        String svg = new String(CohortMap.render(a, CohortLabels.anonymous(a), o, Format.SVG));
        String alt = CohortMap.altText(a, CohortLabels.anonymous(a), o);
        for (Pln p : LAKESIDE.plns()) {
            assertFalse(svg.contains(p.participant().name()), p.participant().name());
            for (Connection c : p.connections()) {
                if (c.kind() == Kind.PERSON && c.name().length() > 3) {
                    assertFalse(svg.contains(c.name()) || alt.contains(c.name()), c.name());
                }
            }
        }
        assertTrue(alt.endsWith("Every participant shares something with someone."), alt);
    }

    @Test
    void sameAnalysisSameBytes() {
        CohortAnalysis a = analyse(GENERATED);
        CohortMapOptions o = CohortMapOptions.builder("Generated", "2026-11-01")
                .groupBy(CohortMapOptions.GroupBy.COMMUNITY).build();
        CohortLabels l = CohortLabels.anonymous(a);
        assertArrayEquals(CohortMap.render(a, l, o, Format.SVG), CohortMap.render(analyse(GENERATED), l, o,
                Format.SVG));
        assertArrayEquals(CohortMap.render(a, l, o, Format.PNG), CohortMap.render(a, l, o, Format.PNG));
    }

    @Test
    void oneDrawingWritesWhatEachFormatWorkedOutAfreshWrites() throws Exception {
        // a district run works the map out once for the PNG, the SVG and the alt text, in either order
        CohortAnalysis a = analyse(GENERATED);
        CohortMapOptions o = CohortMapOptions.defaults("Generated", "2026-11-01");
        CohortLabels l = CohortLabels.anonymous(a);
        byte[] png = CohortMap.render(a, l, o, Format.PNG);
        byte[] svg = CohortMap.render(a, l, o, Format.SVG);
        String alt = CohortMap.altText(a, l, o);
        for (List<Format> order : List.of(List.of(Format.PNG, Format.SVG), List.of(Format.SVG, Format.PNG))) {
            CohortMap.Drawing drawing = CohortMap.drawing(a, l, o);
            for (Format f : order) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                drawing.render(f, out);
                assertArrayEquals(f == Format.PNG ? png : svg, out.toByteArray(), order + " " + f);
            }
            assertEquals(alt, drawing.altText());
        }
    }

    @Test
    void thePngHasTheAskedSizeAndColours() throws Exception {
        CohortAnalysis a = analyse(GENERATED);
        CohortMapOptions o = CohortMapOptions.builder("Generated", "2026-11-01").size(1200, 900).scale(2).build();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(CohortMap.render(a, CohortLabels.anonymous(a), o,
                Format.PNG)));
        assertEquals(2400, img.getWidth());
        assertEquals(1800, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 50, "not blank: " + colours.size());
        assertTrue(colours.contains(CohortMapPlan.PALETTE.get(0).getRGB() & 0xFFFFFF), "community 1's colour");
    }

    @Test
    void discsAndSharedNodesNeverOverlapAndStayOnTheCanvas() {
        for (Cohort c : List.of(LAKESIDE, GENERATED)) {
            CohortAnalysis a = analyse(c);
            for (CohortMapOptions.GroupBy g : CohortMapOptions.GroupBy.values()) {
                for (int[] size : new int[][] {{1600, 1200}, {800, 600}, {1200, 1600}}) {
                    CohortMapOptions o = CohortMapOptions.builder("T", "2026-11-01").groupBy(g)
                            .size(size[0], size[1]).build();
                    CohortMapPlan p = CohortMapPlan.of(a, CohortLabels.anonymous(a), o);
                    List<CohortMapPlan.Disc> ds = p.discs;
                    for (int i = 0; i < ds.size(); i++) {
                        CohortMapPlan.Disc d = ds.get(i);
                        assertTrue(d.cx() - d.r() >= 0 && d.cx() + d.r() <= size[0], "disc on canvas");
                        assertTrue(d.cy() - d.r() >= 0 && d.cy() + d.r() <= size[1], "disc on canvas");
                        for (int j = i + 1; j < ds.size(); j++) {
                            CohortMapPlan.Disc e = ds.get(j);
                            assertTrue(Math.hypot(d.cx() - e.cx(), d.cy() - e.cy()) >= d.r() + e.r() - 1e-6,
                                    "discs " + i + " and " + j + " overlap at " + size[0] + "x" + size[1]);
                        }
                    }
                    List<Box> labels = p.labels.stream().map(CohortMapPlan.Label::box).toList();
                    for (int i = 0; i < labels.size(); i++) {
                        for (int j = i + 1; j < labels.size(); j++) {
                            assertFalse(labels.get(i).overlaps(labels.get(j)), "labels " + i + ", " + j);
                        }
                    }
                    for (CohortMapPlan.Res r : p.resources) {
                        for (CohortMapPlan.Disc d : ds) {
                            assertTrue(Math.hypot(r.x() - d.cx(), r.y() - d.cy()) >= d.r() + r.d() / 2,
                                    "a shared node sits on a disc");
                        }
                    }
                    assertEquals(c.size(), p.dots.size());
                }
            }
        }
    }

    /**
     * QA: a school of one participant had no line to the resource its one participant names (100% of it): a line needs
     * two participants as well as the share, and the legend now says so (docs/maps.md already did).
     */
    @Test
    void theLegendSaysALineNeedsTwoParticipants() {
        CohortAnalysis a = analyse(LAKESIDE);
        String svg = new String(CohortMap.render(a, CohortLabels.anonymous(a),
                CohortMapOptions.defaults("Lakeside", "2026-11-01"), Format.SVG), java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder words = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            words.append(m.group(1)).append(' ');
        }
        assertTrue(words.toString().contains("of its participants, and two or more, name it; thicker"), words.toString());
    }

    /**
     * QA: the legend said a line joins a school "to a resource" where most lines went to organizations (drawn as
     * squares, "organization" in the same legend): it names what the lines go to (#6).
     */
    @Test
    void theLegendSaysLinesGoToOrganizationsToo() {
        CohortAnalysis a = analyse(LAKESIDE);
        assertTrue(svgWords(a, CohortMapOptions.defaults("Lakeside", "2026-11-01")).contains(
                "A line joins a school to an organization or resource when"), "both kinds drawn");
        List<Pln> plns = teachersNamingIste(4, 2);
        String words = svgWords(analyse(new Cohort(plns)), CohortMapOptions.defaults("T", "2026-11-01"));
        assertTrue(words.contains("A line joins a school to an organization when"), words);
    }

    /** QA: the legend's "In no community" swatch had no word on why; a line under it says (#6). */
    @Test
    void theLegendSaysWhyParticipantsAreInNoCommunity() {
        CohortAnalysis a = analyse(LAKESIDE);
        assertTrue(a.participants().stream().anyMatch(p -> p.community().isEmpty()), "the sample has some");
        String words = svgWords(a, CohortMapOptions.defaults("Lakeside", "2026-11-01"));
        assertTrue(words.contains("In no community: the grouping left them alone or in a pair (a group needs 3 "
                + "members or more)."), words);
        List<Pln> plns = teachersNamingIste(4, 2);
        CohortAnalysis all = analyse(new Cohort(plns));
        assertTrue(all.participants().stream().allMatch(p -> p.community().isPresent()));
        assertFalse(svgWords(all, CohortMapOptions.defaults("T", "2026-11-01")).contains("In no community:"));
        plns.add(new Pln(new Participant("loner", "", Optional.of("Teacher"), Optional.of("School 0"), List.of(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1))), List.of(Connection.builder("own", "Own",
                Kind.RESOURCE, "blogs-websites").build()), List.of()));
        assertTrue(svgWords(analyse(new Cohort(plns)), CohortMapOptions.defaults("T", "2026-11-01"))
                .contains("In no community: those who share nothing with anyone."));
    }

    /** QA: the legend's grey swatch read "other 1 community" on a cohort of eleven communities. */
    @Test
    void theOtherCommunitiesAreCountedInPlainWords() {
        assertEquals("1 other community", CohortMapPlan.otherText(1, 0));
        assertEquals("3 other communities and 1 small group", CohortMapPlan.otherText(3, 1));
        assertEquals("2 other small groups", CohortMapPlan.otherText(0, 2));
        assertEquals("1,200 other communities", CohortMapPlan.otherText(1200, 0));
        assertEquals("0 other communities", CohortMapPlan.otherText(0, 0));
    }

    /** n teachers who each name only ISTE, participant i at "School (i mod schools)". */
    private static List<Pln> teachersNamingIste(int n, int schools) {
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            plns.add(new Pln(new Participant("p" + i, "", Optional.of("Teacher"), Optional.of("School " + i % schools),
                    List.of(), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1))),
                    List.of(Connection.builder("iste", "ISTE", Kind.ORGANIZATION, "professional-organizations")
                            .build()), List.of()));
        }
        return plns;
    }

    private static String svgWords(CohortAnalysis a, CohortMapOptions o) {
        String svg = new String(CohortMap.render(a, CohortLabels.anonymous(a), o, Format.SVG),
                java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder words = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            words.append(m.group(1)).append(' ');
        }
        return words.toString();
    }

    /** QA: "1134 participants" on a district's map; counts have thousands separators, as on the workbook and screen. */
    @Test
    void countsOnTheMapHaveThousandsSeparators() {
        List<Pln> plns = teachersNamingIste(1200, 2);
        CohortAnalysis a = analyse(new Cohort(plns));
        CohortMapOptions o = CohortMapOptions.defaults("T", "2026-11-01");
        CohortMapPlan plan = CohortMapPlan.of(a, CohortLabels.anonymous(a), o);
        List<String> full = plan.labels.stream().map(CohortMapPlan.Label::full).toList();
        assertTrue(full.contains("ISTE \u00b7 1,200"), full.toString());
        assertTrue(full.contains("School 0 (600)"), full.toString());
        String svg = new String(CohortMap.render(a, CohortLabels.anonymous(a), o, Format.SVG),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains(">1,200 participants<"), "the legend's example size");
        assertTrue(svg.contains("ISTE: named by 1,200 participants"), "the node's tooltip");
    }

    /** QA: "the 1 shared organizations and resources" in the subtitle; one and none are said in words. */
    @Test
    void theSubtitleSaysOneAndNoSharedOrganizationInWords() {
        for (int shared : new int[] {0, 1, 2}) {
            List<Pln> plns = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<Connection> cs = new ArrayList<>();
                cs.add(Connection.builder("own", "Own blog " + i, Kind.RESOURCE, "blogs-websites").build());
                for (int k = 0; k < shared; k++) {
                    cs.add(Connection.builder("org" + k, "Organization " + k, Kind.ORGANIZATION,
                            "professional-organizations").build());
                }
                plns.add(new Pln(new Participant("p" + i, "", Optional.of("Teacher"), Optional.of("School " + i % 2),
                        List.of(), Optional.empty(), Optional.of(LocalDate.of(2026, 11, 1))), cs, List.of()));
            }
            CohortAnalysis a = analyse(new Cohort(plns));
            CohortMapPlan plan = CohortMapPlan.of(a, CohortLabels.anonymous(a), CohortMapOptions.defaults("T",
                    "2026-11-01"));
            String expected = switch (shared) {
                case 0 -> " \u00b7 no shared organization or resource \u00b7 ";
                case 1 -> " \u00b7 the one shared organization or resource \u00b7 ";
                default -> " \u00b7 the 2 shared organizations and resources \u00b7 ";
            };
            assertTrue(plan.subtitle.contains(expected), plan.subtitle);
        }
    }

    /**
     * A state-wide cohort has thousands of schools: more discs than fit on the canvas with the usual spacing. The map
     * still draws every participant, on the canvas, without overlapping discs (a 100,000-participant run failed here).
     */
    @Test
    void thousandsOfSchoolsStillFitOnTheCanvas() {
        List<Pln> plns = teachersNamingIste(3000, 3000);
        CohortAnalysis a = analyse(new Cohort(plns));
        for (int[] size : new int[][] {{1600, 1200}, {400, 300}}) {
            CohortMapOptions o = CohortMapOptions.builder("T", "2026-11-01").size(size[0], size[1]).build();
            CohortMapPlan p = CohortMapPlan.of(a, CohortLabels.anonymous(a), o);
            assertEquals(3000, p.dots.size());
            assertEquals(3000, p.discs.size());
            for (CohortMapPlan.Disc d : p.discs) {
                assertTrue(d.cx() - d.r() >= 0 && d.cx() + d.r() <= size[0], "disc on canvas at " + size[0]);
                assertTrue(d.cy() - d.r() >= 0 && d.cy() + d.r() <= size[1], "disc on canvas at " + size[0]);
            }
        }
    }

    /**
     * Participants with no school (or in no community) share a disc of their own, which is not a school or a
     * community: the subtitle and the alt text count the groups without it and say how many it holds.
     */
    @Test
    void theLeftoverDiscIsNotCountedAsAGroup() {
        List<Pln> plns = new ArrayList<>();
        for (int i = 0; i < LAKESIDE.plns().size(); i++) {
            Pln p = LAKESIDE.plns().get(i);
            plns.add(i % 10 == 0 ? new Pln(p.participant().toBuilder().school(null).build(), p.connections(),
                    p.links()) : p);
        }
        CohortAnalysis a = analyse(new Cohort(plns));
        CohortMapOptions bySchool = CohortMapOptions.defaults("Lakeside", "2026-11-01");
        CohortMapPlan plan = CohortMapPlan.of(a, CohortLabels.anonymous(a), bySchool);
        assertEquals(4, plan.discs.size(), "three schools and the participants with none");
        String alt = CohortMap.altText(a, CohortLabels.anonymous(a), bySchool);
        assertTrue(alt.contains("30 participants drawn as dots in 3 schools (3 with no school given)"), alt);
        assertTrue(plan.subtitle.startsWith("30 participants in 3 schools (3 with no school given) \u00b7"),
                plan.subtitle);

        assertEquals("in 4 communities (2 in no community)", CohortMapPlan.groupsText(4, 0, 2, false));
        assertEquals("in 3 communities and 1 small group (2 in no community)",
                CohortMapPlan.groupsText(3, 1, 2, false));
        assertEquals("in 2 small groups", CohortMapPlan.groupsText(0, 2, 0, false));
        assertEquals("in 1 community", CohortMapPlan.groupsText(1, 0, 0, false));
        assertEquals("with no school given", CohortMapPlan.groupsText(0, 0, 5, true));
        assertEquals("in 1 school", CohortMapPlan.groupsText(1, 0, 0, true));
    }

    /**
     * QA: the screen, the alt text and the legend said 4 communities where the workbook said 3 and "1 small group":
     * the map counts and names communities as the workbook does (small groups named as such).
     */
    @Test
    void theMapCountsCommunitiesAndSmallGroupsAsTheWorkbookDoes() {
        CohortAnalysis a = analyse(LAKESIDE);
        int small = org.plnkit.analysis.cohort.CommunityProfiles.smallGroups(a)[0];
        int described = org.plnkit.analysis.cohort.CommunityProfiles.of(a).size();
        assertEquals(a.communities().size(), described + small);
        assertTrue(small > 0, "the sample has a small group");
        String count = org.plnkit.analysis.cohort.CommunityProfiles.countText(a);
        assertEquals(described + " communities and " + small + " small group" + (small == 1 ? "" : "s"), count);

        CohortMapOptions bySchool = CohortMapOptions.defaults("Lakeside", "2026-11-01");
        String alt = CohortMap.altText(a, CohortLabels.anonymous(a), bySchool);
        assertTrue(alt.contains(count.substring(0, 1).toUpperCase() + count.substring(1) + " of participants"), alt);
        List<String> legend = CohortMapPlan.of(a, CohortLabels.anonymous(a), bySchool).swatches.stream()
                .map(CohortMapPlan.Swatch::label).toList();
        for (int c = 1; c <= a.communities().size(); c++) {
            String name = (c > described ? "Small group " : "Community ") + c;
            assertTrue(legend.contains(name), name + " in " + legend);
        }

        CohortMapOptions byCommunity = CohortMapOptions.builder("Lakeside", "2026-11-01")
                .groupBy(CohortMapOptions.GroupBy.COMMUNITY).build();
        CohortMapPlan plan = CohortMapPlan.of(a, CohortLabels.anonymous(a), byCommunity);
        assertTrue(plan.subtitle.contains("in " + count), plan.subtitle);
        assertTrue(plan.discs.stream().anyMatch(d -> d.name().equals("Small group " + a.communities().size())),
                plan.discs.toString());
    }
}
