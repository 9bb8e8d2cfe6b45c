package org.plnkit.report.exchange;

import java.nio.file.Path;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** The sample PLNs of the repository, read with the project's own reader. */
final class Samples {
    static final Path MARIA = Path.of("../samples/maria-lopez-librarian.yaml");

    private Samples() {
    }

    static Pln read(Path file) {
        ReadResult<Pln> r = new ParticipantFileReader().read(file);
        return r.value().orElseThrow(() -> new AssertionError(r.problems().toString()));
    }

    static Pln maria() {
        return read(MARIA);
    }
}
