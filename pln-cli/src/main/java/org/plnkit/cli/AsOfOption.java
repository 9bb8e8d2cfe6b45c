package org.plnkit.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.plnkit.core.model.Participant;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the date an assessment or map is made for; wins over the participant's own as_of. */
public final class AsOfOption {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date to assess as of (YYYY-MM-DD), e.g. to reproduce a report. "
                    + "Default: the participant's as_of, else today.")
    LocalDate asOf;

    /** The contract's rule: --as-of, else the participant's as_of, else today. */
    LocalDate resolve(Participant p, Clock clock) {
        if (asOf != null) {
            return asOf;
        }
        return p.asOf().orElseGet(() -> LocalDate.now(clock));
    }
}
