package org.plnkit.report.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever a teacher types as their role, the starter made for it reads without a problem and keeps the role. */
class YamlTemplateRoleProperties {
    /** Pieces YAML gives a meaning to, words of real roles, and characters a terminal or a paste can bring. */
    private static final List<String> PIECES = List.of("science", "8th grade", "PE", "math", "teacher", "librarian",
            "art", "AP Chemistry", ": ", "#", " #x", "\"", "'", "\\", "- ", "[", "]", "{", "}", ",", "&a", "*a", "!",
            "|", ">", "%", "@", "`", "?", "yes", "No", "null", "~", "true", "1e3", "0x1F", "2026-12-01", " ", "\t",
            "\n", "\r\n", "\u2028", "\u0085", "\u00a0", "\ufeff", "\ufffe", "\u0000", "\u001b[2J", "\ud83c\udfa8",
            "\ud800", "\u00e9", "Ma\u0308", "\u05e2\u05d1\u05e8\u05d9\u05ea", "\u7406\u79d1");

    private static final Gen<String> ROLES = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 7)
            .map(l -> String.join("", l))
            .mix(strings().allPossible().ofLengthBetween(0, 40), 30);

    @Test
    void anyRoleGivesAStarterThatReadsCleanlyWithThatRole() {
        qt().withFixedSeed(16L).withExamples(300).forAll(ROLES).checkAssert(role -> {
            TemplateOptions o = TemplateOptions.defaults().withAsOf(LocalDate.of(2026, 12, 1)).withRole(role);
            String yaml = YamlTemplate.text(o);
            ReadResult<Pln> r = new ParticipantFileReader().read("my-pln.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(), r.problems(), yaml);
            Pln pln = r.value().orElseThrow();
            // the role as given (one line, without control characters); a blank one is the librarian's example
            assertEquals(o.role().orElse("Teacher librarian"), pln.participant().role().orElseThrow(), yaml);
            assertTrue(pln.connections().size() >= 2, yaml);
            assertEquals(1, pln.links().size(), yaml);
            assertEquals(yaml, YamlTemplate.text(o), "the same role, the same starter");
        });
    }
}
