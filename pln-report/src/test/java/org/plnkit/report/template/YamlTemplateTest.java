package org.plnkit.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Category;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

class YamlTemplateTest {
    @Test
    void theStarterReadsCleanlyAsItIs() {
        String yaml = YamlTemplate.text(TemplateOptions.defaults());
        ReadResult<Pln> r = new ParticipantFileReader().read("my-pln.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.problems());
        Pln pln = r.value().orElseThrow();
        assertEquals("my-name", pln.participant().id());
        assertEquals(List.of("jane", "aasl"), pln.connections().stream().map(c -> c.id()).toList());
        assertEquals(1, pln.links().size());
        for (Category c : Taxonomy.defaults().categories()) {
            assertTrue(yaml.contains("#     " + c.id()), c.id());
            assertTrue(yaml.contains(c.description()), c.description());
        }
        assertTrue(yaml.startsWith("# My Personal Learning Network"));
    }

    @Test
    void aDistrictTaxonomyWithAwkwardIdsStillReadsCleanly() {
        Taxonomy district = new Taxonomy(List.of(
                new Category("yes", "Yes people", Set.of(Kind.PERSON), true, "Multi\nline: description #1", List.of()),
                new Category("org: groups", "Groups", Set.of(Kind.ORGANIZATION), false, "", List.of("a", "b"))));
        String yaml = YamlTemplate.text(TemplateOptions.defaults().withTaxonomy(district));
        ReadResult<Pln> r = new ParticipantFileReader(district, Limits.DEFAULT)
                .read("my-pln.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.problems(), yaml);
        assertEquals(List.of("yes", "org: groups"),
                r.value().orElseThrow().connections().stream().map(c -> c.category()).toList());
    }

    @Test
    void noRoleOrABlankOneIsTheLibrariansStarter() {
        TemplateOptions o = TemplateOptions.defaults().withAsOf(java.time.LocalDate.of(2026, 12, 1));
        String librarian = YamlTemplate.text(o);
        assertTrue(librarian.contains("  role: Teacher librarian\n  school: Lincoln Middle School\n"), librarian);
        assertEquals(librarian, YamlTemplate.text(o.withRole(null)));
        assertEquals(librarian, YamlTemplate.text(o.withRole(" \t\n ")));
    }

    @Test
    void aSubjectTeachersStarterHoldsTheirSubjectsAssociationAndResource() {
        record Fits(String role, String organization, String resource) {
        }
        for (Fits f : List.of(
                new Fits("8th grade science teacher", "National Science Teaching Association (NSTA)", "\"#NGSSchat\""),
                new Fits("PE teacher", "SHAPE America", "PE Central"),
                new Fits("first-year math teacher", "National Council of Teachers of Mathematics (NCTM)",
                        "\"#iteachmath\""),
                new Fits("High school art teacher", "National Art Education Association (NAEA)",
                        "The Art of Education University"),
                new Fits("school librarian", "American Association of School Librarians (AASL)", "\"#tlchat\""))) {
            String yaml = YamlTemplate.text(TemplateOptions.defaults().withRole(f.role()));
            Pln pln = readsCleanly(yaml);
            assertEquals(f.role(), pln.participant().role().orElseThrow());
            assertTrue(yaml.contains("    name: " + f.organization() + "\n    kind: organization\n"), yaml);
            assertTrue(yaml.contains("    name: " + f.resource() + "\n    kind: resource\n"), yaml);
            assertEquals(3, pln.connections().size(), yaml);
            // Jane belongs to the subject's association, not to AASL
            assertEquals(pln.connections().get(1).id(), pln.links().get(0).to(), yaml);
            if (!f.role().contains("librarian")) {
                assertTrue(!example(yaml).contains("ibrarian") && !yaml.contains("makerspaces"), yaml);
            }
        }
    }

    @Test
    void aRoleNothingMatchesGetsANeutralTeachersExampleNotALibrariansOne() {
        String yaml = YamlTemplate.text(TemplateOptions.defaults().withRole("Underwater basket weaving"));
        Pln pln = readsCleanly(yaml);
        assertEquals(List.of("jane", "ascd", "edchat"), pln.connections().stream().map(c -> c.id()).toList());
        assertEquals(List.of("classroom management", "project-based learning"), pln.participant().topics());
        assertTrue(!example(yaml).contains("ibrarian") && !yaml.contains("AASL") && !yaml.contains("Lincoln Middle"),
                yaml);
    }

    @Test
    void aRoleIsOneLineWithoutControlsAndAtMostTwoHundredCharacters() {
        assertEquals(java.util.Optional.of("PE teacher, K-5"),
                TemplateOptions.defaults().withRole(" PE\u001b teacher,\n\tK-5 ").role());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TemplateOptions.defaults().withRole("a".repeat(201)));
        assertTrue(e.getMessage().contains("at most 200"), e.getMessage());
    }

    /** The starter without its explanations (the taxonomy's examples name "the school librarian"). */
    private static String example(String yaml) {
        return yaml.lines().filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Pln readsCleanly(String yaml) {
        ReadResult<Pln> r = new ParticipantFileReader().read("my-pln.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.problems(), yaml);
        return r.value().orElseThrow();
    }
}
