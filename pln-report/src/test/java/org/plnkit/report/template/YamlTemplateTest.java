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
}
