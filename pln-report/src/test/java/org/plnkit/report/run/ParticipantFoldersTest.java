package org.plnkit.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.report.SampleParticipants;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.run.ParticipantFolders.Outcome;
import org.plnkit.report.run.ParticipantFolders.Source;
import org.plnkit.report.run.ParticipantFolders.Status;

class ParticipantFoldersTest {
    private static final AssessmentOptions OPTIONS = AssessmentOptions.asOf(LocalDate.of(2026, 11, 1));

    /** The sample Maria under another id. */
    private static Pln maria(String id) {
        Pln m = SampleParticipants.maria();
        Participant p = m.participant();
        return new Pln(new Participant(id, p.name(), p.role(), p.school(), p.topics(), p.organizer(), p.asOf()),
                m.connections(), m.links());
    }

    @Test
    void participantsWhoseIdsDifferOnlyInCaseGetTwoFolders(@TempDir Path dir) throws Exception {
        // on macOS and Windows "Maria/" and "maria/" are one folder: one report would replace the other
        ParticipantFolders folders = new ParticipantFolders(EnumSet.of(ReportFormat.JSON), false, false);
        ParticipantFolders.Plan plan = folders.plan(List.of(new Source(Path.of("a.yaml"), maria("Maria")),
                new Source(Path.of("b.yaml"), maria("maria"))), dir);
        assertEquals(List.of("Maria", "maria-2"), List.copyOf(plan.sources().keySet()));
        assertEquals(List.of(dir.resolve("Maria/assessment.json"), dir.resolve("maria-2/assessment.json")),
                plan.targets());
        List<Outcome> told = new ArrayList<>();
        List<Outcome> done = folders.write(plan, p -> OPTIONS, told::add);
        assertEquals(2, done.size());
        assertTrue(done.stream().allMatch(Outcome::written), done.toString());
        assertEquals(done.size(), told.size());
        assertTrue(Files.exists(dir.resolve("Maria/assessment.json")));
        assertTrue(Files.exists(dir.resolve("maria-2/assessment.json")));
        assertTrue(Files.readString(dir.resolve("maria-2/assessment.json")).contains("\"maria\""));
    }

    @Test
    void theSameParticipantFromTwoInputsIsLeftOutOnce(@TempDir Path dir) {
        ParticipantFolders folders = new ParticipantFolders(EnumSet.of(ReportFormat.MD), true, false);
        ParticipantFolders.Plan plan = folders.plan(List.of(new Source(Path.of("a.yaml"), maria("maria")),
                new Source(Path.of("b.xlsx"), maria("maria")), new Source(Path.of("c.yaml"), SampleParticipants.sam())),
                dir);
        assertEquals(2, plan.sources().size());
        assertEquals(1, plan.leftOut().size());
        Outcome left = plan.leftOut().get(0);
        assertEquals(Status.LEFT_OUT, left.status());
        assertEquals(Path.of("b.xlsx"), left.source().input());
        assertEquals("participant maria is also in a.yaml; its report would replace the first one, so it is left out",
                left.reason());
        assertEquals(List.copyOf(plan.sources().keySet()).get(0), left.folder());
        assertTrue(left.folder().startsWith("anonymous-"), left.folder());
    }

    @Test
    void aFailureIsAnOutcomeAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        // a file where the first participant's folder should be: its report cannot be written
        ParticipantFolders folders = new ParticipantFolders(EnumSet.of(ReportFormat.JSON), false, false);
        ParticipantFolders.Plan plan = folders.plan(List.of(new Source(Path.of("a.yaml"), maria("zed")),
                new Source(Path.of("b.yaml"), SampleParticipants.sam())), dir);
        Files.writeString(dir.resolve("zed"), "in the way");
        List<Outcome> done = folders.write(plan, p -> OPTIONS, o -> { });
        assertEquals(List.of(Status.WRITTEN, Status.FAILED), done.stream().map(Outcome::status).toList(),
                "ordered by folder: sam-rivera, zed");
        assertTrue(done.get(0).health() > 0);
        assertTrue(!done.get(1).reason().isBlank());
    }
}
