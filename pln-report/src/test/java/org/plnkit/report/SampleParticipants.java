package org.plnkit.report;

import java.nio.file.Path;
import java.util.List;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.report.bundle.ParticipantReport;

/** The three sample participants of the repository ({@code samples/*.yaml}), for tests of any report package. */
public final class SampleParticipants {
    /** The sample files, by the story they tell: rich, thin and local-only, over-reliant. */
    public static final List<String> NAMES = List.of("maria-lopez-librarian", "sam-rivera-new-teacher",
            "dana-okoro-tech-coach");

    private SampleParticipants() {
    }

    /** A sample by its file name without {@code .yaml}. */
    public static Pln read(String name) {
        ReadResult<Pln> r = new ParticipantFileReader().read(Path.of("..", "samples", name + ".yaml"));
        return r.value().orElseThrow(() -> new AssertionError(r.problems().toString()));
    }

    /** Maria Lopez: a rich PLN, every category, three overdue check-ins. */
    public static Pln maria() {
        return read("maria-lopez-librarian");
    }

    /** Sam Rivera: thin and local-only. */
    public static Pln sam() {
        return read("sam-rivera-new-teacher");
    }

    /** Dana Okoro: over-reliant on Marcus Bell. */
    public static Pln dana() {
        return read("dana-okoro-tech-coach");
    }

    /** The report of a PLN with the default options, as of its own date. */
    public static ParticipantReport report(Pln pln, boolean anonymize) {
        return ParticipantReport.of(pln, AssessmentOptions.defaults(), anonymize);
    }
}
