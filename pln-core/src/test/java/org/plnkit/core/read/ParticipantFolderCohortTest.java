package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Taxonomy;

class ParticipantFolderCohortTest {
    @TempDir
    Path dir;

    @Test
    void readsEachFileAndReportsBadAndDuplicateOnes() throws IOException {
        Files.writeString(dir.resolve("a-maria.yaml"), """
                participant: {id: maria, name: Maria Lopez}
                connections:
                  - {name: Jane Kim, kind: person, category: local-colleagues}
                """);
        Files.writeString(dir.resolve("b-sam.json"), """
                {"participant": {"id": "sam"}, "connections": [{"name": "AASL", "kind": "organization",
                 "category": "Professional organizations", "value": 9}]}
                """);
        Files.writeString(dir.resolve("c-maria-again.yml"), "participant: {id: maria}\n");
        Files.writeString(dir.resolve("notes.txt"), "not read\n");

        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(), Limits.DEFAULT, false);

        assertEquals(List.of(
                dir + ": warning: only participant files (.yaml, .yml, .json) are read in this folder; not notes.txt",
                "b-sam.json:2:53: error: value 9 is not between 1 and 5",
                "c-maria-again.yml: error: participant id \"maria\" is also used in a-maria.yaml;"
                        + " each participant has one file"),
                r.result().problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, ""))
                        .toList());
        Cohort c = r.result().value().orElseThrow();
        assertEquals(List.of("maria"), c.plns().stream().map(p -> p.participant().id()).toList());
        assertEquals(List.of(new RowCounts(dir.toString(), Optional.empty(), 3, 1, 2, 0)), r.counts());
        assertEquals(Optional.of(CohortFormat.PARTICIPANT_FOLDER), r.format());

        assertTrue(CohortReader.read(dir, Taxonomy.defaults(), Limits.DEFAULT, true).value().isEmpty());
    }

    /** #16: ids that differ only in case are two participants, as in a cohort workbook, but never without a word. */
    @Test
    void idsThatDifferOnlyInCaseAreTwoParticipantsWithAWarningNamingBothFiles() throws IOException {
        Files.writeString(dir.resolve("ann.yaml"), "participant: {id: ann}\n");
        Files.writeString(dir.resolve("ann-smith.yaml"), "participant: {id: ANN}\n");
        Files.writeString(dir.resolve("bob.yaml"), "participant: {id: bob}\n");

        CohortReading r = CohortReader.readDetailed(dir, Taxonomy.defaults(), Limits.DEFAULT, false);

        assertEquals(List.of("ann.yaml: warning: participant id \"ann\" differs only in case from \"ANN\" in"
                        + " ann-smith.yaml, so they are read as two participants; if they are one person, put their"
                        + " connections in one file"),
                r.result().problems().stream().map(p -> p.toString().replace(dir + java.io.File.separator, ""))
                        .toList());
        assertEquals(List.of("ANN", "ann", "bob"), r.result().value().orElseThrow().plns().stream()
                .map(p -> p.participant().id()).toList());
    }
}
