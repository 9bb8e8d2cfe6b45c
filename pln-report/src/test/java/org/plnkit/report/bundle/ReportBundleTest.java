package org.plnkit.report.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;

class ReportBundleTest {
    private static final ParticipantReport MARIA = SampleParticipants.report(SampleParticipants.maria(), false);

    private static String text(List<ReportBundle.ReportFile> files, String name) {
        return new String(files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatGivesItsFileInAFixedOrder() {
        List<ReportBundle.ReportFile> files = ReportBundle.render(MARIA, EnumSet.allOf(ReportFormat.class));
        assertEquals(List.of("workbook.xlsx", "map.png", "map.svg", "map.alt.txt", "map.desc.txt", "reflection.md",
                "reflection.html", "assessment.json", "check-ins.ics"), files.stream().map(ReportBundle.ReportFile::name).toList());
        assertTrue(text(files, "reflection.md").contains("](map.png)"));
        // a short alt for the picture, the long description beside it, both about the same map
        String alt = text(files, "map.alt.txt").strip();
        String desc = text(files, "map.desc.txt").strip();
        assertTrue(alt.length() <= 250, alt);
        assertTrue(desc.length() > 250, desc);
        assertTrue(alt.startsWith("Map of the personal learning network of Maria Lopez on 1 November 2026: 15"
                + " connections in 11 of 11 categories"), alt);
        assertTrue(text(files, "map.svg").contains(desc.substring(0, 60)));
        String html = text(files, "reflection.html");
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "the map is inside the page");
        assertTrue(html.contains("<h2>Problem-solving with my PLN</h2>"));
        assertTrue(html.contains("<blockquote style=\"background:#fff8e1"), "the prompts are highlighted boxes");
        assertTrue(text(files, "assessment.json").startsWith("{\n  \"schemaVersion\": 1,"));
    }

    @Test
    void fewerFormatsGiveFewerFilesAndTheDraftUsesThePictureThereIs() {
        List<ReportBundle.ReportFile> svgOnly = ReportBundle.render(MARIA, EnumSet.of(ReportFormat.SVG,
                ReportFormat.MD));
        assertEquals(List.of("map.svg", "map.alt.txt", "map.desc.txt", "reflection.md"),
                svgOnly.stream().map(ReportBundle.ReportFile::name).toList());
        String md = text(svgOnly, "reflection.md");
        assertTrue(md.contains("](map.svg)"));
        assertFalse(md.contains("workbook.xlsx"), "no workbook was made, so the draft does not point to one");
        String alone = text(ReportBundle.render(MARIA, EnumSet.of(ReportFormat.MD)), "reflection.md");
        assertFalse(alone.contains("!["), "no picture to embed");
        assertTrue(alone.contains("A map of the personal learning network of Maria Lopez"), "the description stays");
    }

    @Test
    void theMapAgreesWithTheAssessmentOnOverdueCheckInsAndGaps() {
        // ISTE: quarterly, last contact 134 days before: past the 91-day interval but within the 46-day grace
        Set<String> overdue = new TreeSet<>(MARIA.mapInsights().overdueConnectionIds());
        assertEquals(Set.of("future-ready-librarians", "the-daring-librarian", "knowledge-quest"), overdue);
        String alt = PlnMap.altText(MARIA.pln(), MARIA.mapOptions());
        String overdueList = alt.substring(alt.indexOf("overdue:"));
        assertTrue(alt.contains("3 check-ins are overdue"), alt);
        assertFalse(overdueList.substring(0, overdueList.indexOf('.')).contains("ISTE"), alt);
        String plain = PlnMap.altText(MARIA.pln(), MapOptions.defaults(MARIA.assessment().asOf()));
        String plainList = plain.substring(plain.indexOf("overdue:"));
        assertTrue(plainList.substring(0, plainList.indexOf('.')).contains("ISTE"),
                "without the assessment the map counts no grace: " + plain);

        ParticipantReport sam = SampleParticipants.report(SampleParticipants.sam(), false);
        assertEquals(sam.assessment().coverage().gaps().stream().map(g -> g.category()).toList(),
                sam.mapInsights().missingCategoryIds());
        assertEquals(List.of("Formative assessment has no source in my PLN.",
                "All of my connections are local (school, district, in person); none is online."),
                sam.mapInsights().notes());
    }

    @Test
    void anonymizingHappensBeforeTheAssessmentAndChangesNoNumber() {
        ParticipantReport anon = SampleParticipants.report(SampleParticipants.maria(), true);
        assertEquals("Anonymous educator", anon.pln().participant().displayName());
        assertEquals(MARIA.assessment().health(), anon.assessment().health());
        assertEquals(MARIA.assessment().actionPlan().recommendations().size(),
                anon.assessment().actionPlan().recommendations().size());
        for (ReportBundle.ReportFile f : ReportBundle.render(anon, EnumSet.of(ReportFormat.SVG, ReportFormat.MD,
                ReportFormat.JSON))) {
            String t = new String(f.bytes(), StandardCharsets.UTF_8);
            for (String secret : List.of("Maria", "Jane Kim", "Tom Alvarez", "Ruth Okafor", "Lincoln Middle")) {
                assertFalse(t.contains(secret), f.name() + " names " + secret);
            }
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        Set<ReportFormat> all = EnumSet.allOf(ReportFormat.class);
        List<ReportBundle.ReportFile> a = ReportBundle.render(MARIA, all);
        List<ReportBundle.ReportFile> b = ReportBundle.render(SampleParticipants.report(SampleParticipants.maria(),
                false), all);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).name());
        }
    }

    @Test
    void foldersAreSafeAndAnonymousFoldersNameNoOne() {
        Pln maria = SampleParticipants.maria();
        assertEquals("maria-lopez", ReportBundle.folderName(maria, false));
        String anon = ReportBundle.folderName(maria, true);
        assertTrue(anon.matches("anonymous-[0-9a-f]{8}"), anon);
        assertEquals(anon, ReportBundle.folderName(maria, true), "stable");
        assertFalse(anon.equals(ReportBundle.folderName(SampleParticipants.sam(), true)));
    }

    @Test
    void formatListsAreParsedWithPlainMessages() {
        assertEquals(EnumSet.of(ReportFormat.XLSX, ReportFormat.MD), ReportFormat.parseList("xlsx, Markdown"));
        assertEquals(EnumSet.of(ReportFormat.PNG), ReportFormat.parseList("png,,PNG"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parseList("xlsx,pdf"));
        assertEquals("\"pdf\" is not one of xlsx, png, svg, md, html, json, ics", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList(" , "));
    }
}
