package org.plnkit.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plnkit.report.map.Fixtures.TAXONOMY;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.w3c.dom.Element;

/** Structural checks on the SVG: what a reader of the picture (or a screen reader) can rely on. */
class PlnMapSvgTest {

    private static SvgDocument svg(Pln pln, MapOptions options) {
        return new SvgDocument(new PlnMapRenderer(options).svg(pln));
    }

    @Test
    void everyConnectionIsPresentExactlyOnceWithItsFullNameAsTooltip() {
        Pln pln = Fixtures.maria();
        SvgDocument doc = svg(pln, Fixtures.options().build());

        List<Element> groups = doc.groupsOfClass("connection");
        assertEquals(pln.connections().size(), groups.size());
        Set<String> ids = new HashSet<>();
        for (Element g : groups) {
            assertTrue(ids.add(g.getAttribute("data-id")), "twice: " + g.getAttribute("data-id"));
        }
        for (Connection c : pln.connections()) {
            Element g = groups.stream().filter(e -> e.getAttribute("data-id").equals(c.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("missing: " + c.id()));
            assertEquals(c.name(), g.getAttribute("data-name"));
            assertTrue(SvgDocument.title(g).startsWith(c.name() + " \u2014 "), SvgDocument.title(g));
            assertEquals(c.category(), g.getAttribute("data-category"));
        }
    }

    @Test
    void aShortenedNameKeepsTheFullNameInItsTooltip() {
        Pln pln = Fixtures.thin();
        Connection longOne = pln.connections().get(3);
        SvgDocument doc = svg(pln, Fixtures.options().build());

        Element g = doc.groupsOfClass("connection").stream()
                .filter(e -> e.getAttribute("data-id").equals(longOne.id())).findFirst().orElseThrow();
        String drawn = String.join(" ", SvgDocument.texts(g));
        assertTrue(drawn.endsWith("\u2026"), drawn);
        assertTrue(SvgDocument.title(g).startsWith(longOne.name()));
    }

    /**
     * An emoji in a name is no empty box in the picture (the sixteenth QA pass's history teacher saw three of them in
     * her podcast's label): the label leaves out what no installed font can draw, the tooltip keeps the whole name.
     */
    @Test
    void charactersNoFontHasAreLeftOutOfTheLabelNotDrawnAsBoxes() {
        String name = "Gilder \uD83D\uDCDC Lehrman \uD83C\uDDFA\uD83C\uDDF8";
        Pln thin = Fixtures.thin();
        Connection c = thin.connections().get(0).toBuilder().name(name).build();
        List<Connection> cs = new java.util.ArrayList<>(thin.connections());
        cs.set(0, c);
        SvgDocument doc = svg(new Pln(thin.participant(), cs, thin.links()), Fixtures.options().build());

        Element g = doc.groupsOfClass("connection").stream()
                .filter(e -> e.getAttribute("data-id").equals(c.id())).findFirst().orElseThrow();
        String drawn = String.join(" ", SvgDocument.texts(g));
        java.awt.Font sans = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        java.awt.Font dejaVu = new java.awt.Font(Fonts.FAMILY, java.awt.Font.PLAIN, 12);
        assertTrue(drawn.codePoints().allMatch(cp -> sans.canDisplay(cp) || dejaVu.canDisplay(cp)), drawn);
        assertTrue(drawn.startsWith("Gilder") && drawn.contains("Lehrman") && !drawn.contains("  "), drawn);
        assertTrue(SvgDocument.title(g).startsWith(name + " \u2014 "), SvgDocument.title(g));
    }

    @Test
    void nodesAreFilledWithTheirCategoryColour() {
        Pln pln = Fixtures.maria();
        for (Theme theme : Theme.values()) {
            SvgDocument doc = svg(pln, Fixtures.options().theme(theme).build());

            Set<Integer> graphFills = new HashSet<>(SvgDocument.fills(doc.byId("graph").orElseThrow()));
            for (Category c : TAXONOMY.categories()) {
                int rgb = CategoryPalette.fill(TAXONOMY, c.id(), theme).getRGB() & 0xFFFFFF;
                assertTrue(graphFills.contains(rgb), theme + ": no node in " + CategoryPalette.hex(
                        CategoryPalette.fill(TAXONOMY, c.id(), theme)) + " for " + c.id());
            }
        }
    }

    @Test
    void theLegendListsEveryGapAndOnlyTheGaps() {
        Pln pln = Fixtures.thin();
        SvgDocument doc = svg(pln, Fixtures.options().build());

        Element gaps = doc.byId("gaps").orElseThrow();
        Set<String> present = pln.connections().stream().map(Connection::category).collect(Collectors.toSet());
        List<Category> missing = TAXONOMY.categories().stream().filter(c -> !present.contains(c.id())).toList();
        assertEquals(8, missing.size());
        assertEquals("8", gaps.getAttribute("data-count"));
        String listed = String.join("\n", SvgDocument.texts(gaps));
        assertTrue(listed.startsWith("Not yet in my PLN"), listed);
        for (Category c : missing) {
            assertTrue(listed.contains(c.label()), "gap not listed: " + c.label());
        }
        for (String id : present) {
            assertFalse(listed.contains(TAXONOMY.byId(id).orElseThrow().label()), "listed but present: " + id);
        }
        assertEquals(missing.size(), doc.groupsOfClass("gap").size());
    }

    @Test
    void withoutTheLegendTheGapsAreStillListedUnderTheMap() {
        SvgDocument doc = svg(Fixtures.thin(), Fixtures.options().legend(false).build());

        assertTrue(doc.byId("legend").isEmpty());
        String line = String.join(" ", SvgDocument.texts(doc.byId("gaps").orElseThrow()));
        assertTrue(line.startsWith("Not yet in my PLN: Social networks, Online communities"), line);
    }

    @Test
    void anonymizedMapsNameNoPersonButKeepOrganizationsAndResources() {
        Pln pln = Fixtures.maria();
        SvgDocument doc = svg(pln, Fixtures.options().anonymize(true).build());

        for (Connection c : pln.connections()) {
            if (c.kind() == Kind.PERSON) {
                assertFalse(doc.text.contains(c.name()), "person named: " + c.name());
                assertFalse(doc.text.contains("'" + c.id() + "'"), "person id: " + c.id());
            } else {
                assertTrue(doc.text.contains(c.name().replace("&", "&amp;")), "lost: " + c.name());
            }
        }
        for (String s : List.of("Maria", "Lopez", "Lincoln Middle School", "maria-lopez", "Ruth", "Okafor")) {
            assertFalse(doc.text.contains(s), s);
        }
        Set<String> names = doc.groupsOfClass("connection").stream().map(e -> e.getAttribute("data-name"))
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Local colleague 1", "Local colleague 2", "Mentor 1")), names.toString());
    }

    @Test
    void overdueCheckInsAreMarkedAndDrawnDashed() {
        SvgDocument doc = svg(Fixtures.maria(), Fixtures.options().build());

        Set<String> overdue = doc.groupsOfClass("connection").stream()
                .filter(e -> e.getAttribute("data-overdue").equals("true"))
                .map(e -> e.getAttribute("data-id")).collect(Collectors.toSet());
        // last contact older than the interval on 1 November 2026
        assertEquals(Set.of("future-ready-librarians", "the-daring-librarian", "iste", "aasl-national-conference",
                "knowledge-quest", "code-org-professional-learning"), overdue);
        assertTrue(doc.text.contains("stroke-dasharray"));
    }

    @Test
    void anAssessmentCanSayWhatIsOverdueMissingAndNotable() {
        MapInsights insights = new MapInsights(Set.of("jane"), List.of("online-journals"),
                List.of("Most ties are local."));
        SvgDocument doc = svg(Fixtures.maria(), Fixtures.options().insights(insights).build());

        Set<String> overdue = doc.groupsOfClass("connection").stream()
                .filter(e -> e.getAttribute("data-overdue").equals("true"))
                .map(e -> e.getAttribute("data-id")).collect(Collectors.toSet());
        assertEquals(Set.of("jane"), overdue);
        assertEquals("1", doc.byId("gaps").orElseThrow().getAttribute("data-count"));
        String notes = String.join(" ", SvgDocument.texts(doc.byId("legend-notes").orElseThrow()));
        assertTrue(notes.contains("Most ties are local."), notes);
    }

    @Test
    void theDocumentDescribesItselfForScreenReaders() {
        Pln pln = Fixtures.maria();
        MapOptions options = Fixtures.options().build();
        SvgDocument doc = svg(pln, options);

        Element root = doc.root();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("0 0 1600 1200", root.getAttribute("viewBox"));
        assertEquals("Personal learning network of Maria Lopez, 1 November 2026",
                doc.byId("pln-map-title").orElseThrow().getTextContent());
        assertEquals(AltText.describe(pln, options), doc.byId("pln-map-desc").orElseThrow().getTextContent());
    }

    @Test
    void sectorsFollowTheTaxonomyAndEachPresentCategoryIsNamed() {
        Pln pln = Fixtures.overReliant();
        SvgDocument doc = svg(pln, Fixtures.options().build());

        List<String> sectors = doc.groupsOfClass("sector").stream().map(e -> e.getAttribute("data-category"))
                .toList();
        assertEquals(List.of("local-colleagues", "mentors", "social-networks", "local-state-organizations"), sectors);
        String names = String.join(" ", SvgDocument.texts(doc.byId("sector-labels").orElseThrow()));
        assertTrue(names.contains("Local colleagues \u00B7 14") || names.contains("Local colleagues\u00A0\u00B7\u00A014"),
                names);
    }

    @Test
    void namesWithMarkupCharactersStayPlainText() {
        Connection odd = Connection.builder("odd", "<b>Tom & \"Jerry's\"</b>", Kind.PERSON, "mentors").build();
        Pln pln = new Pln(new org.plnkit.core.model.Participant("p", "A <script> & Co", java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), java.util.Optional.empty(), java.util.Optional.empty()),
                List.of(odd), List.of());
        SvgDocument doc = svg(pln, Fixtures.options().build());

        Element g = doc.groupsOfClass("connection").get(0);
        assertEquals("<b>Tom & \"Jerry's\"</b>", g.getAttribute("data-name"));
        assertTrue(SvgDocument.title(g).startsWith("<b>Tom & \"Jerry's\"</b>"));
        assertTrue(String.join("", SvgDocument.texts(doc.byId("participant").orElseThrow())).contains("A <script>"));
        assertFalse(doc.text.contains("<b>") || doc.text.contains("<script>"));
    }

    @Test
    void aConnectionOutsideTheTaxonomyGetsAGreySectorNamedAfterItsCategory() {
        Connection stray = Connection.builder("x", "Makerspace meetup", Kind.RESOURCE, "makerspaces").build();
        Pln pln = new Pln(org.plnkit.core.model.Participant.of("p"), List.of(stray), List.of());
        SvgDocument doc = svg(pln, Fixtures.options().build());

        assertEquals(List.of("makerspaces"), doc.groupsOfClass("sector").stream()
                .map(e -> e.getAttribute("data-category")).toList());
        assertTrue(SvgDocument.fills(doc.byId("graph").orElseThrow()).contains(0x8C8C8C));
        assertEquals("11", doc.byId("gaps").orElseThrow().getAttribute("data-count"));
    }

    @Test
    void namesWithControlCharactersInAFileStillGiveAWellFormedDrawing() {
        String yaml = "participant:\n  id: ctl\n  name: \"Ana \\e[2J Ctl\"\n  as_of: 2026-11-01\nconnections:\n"
                + "  - name: \"Bob \\a Bell\\0\"\n    kind: person\n    category: mentors\n";
        ReadResult<Pln> r = new ParticipantFileReader().read("ctl.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.warningCount(), r.problems().toString());
        Pln pln = r.value().orElseThrow();
        assertEquals("Ana [2J Ctl", pln.participant().name());
        // parses as XML 1.0, which holds no ESC, bell or NUL
        SvgDocument doc = svg(pln, Fixtures.options().build());
        assertTrue(texts(doc).contains("Bob  Bell"), texts(doc).toString());
    }

    private static List<String> texts(SvgDocument doc) {
        return doc.groupsOfClass("connection").stream().flatMap(g -> SvgDocument.texts(g).stream()).toList();
    }
}
