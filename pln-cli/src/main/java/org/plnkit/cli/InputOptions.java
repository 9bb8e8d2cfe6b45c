package org.plnkit.cli;

import java.nio.file.Path;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * How every command that reads PLNs reads them: {@code --taxonomy} ({@link TaxonomyOption}) and the input limits
 * ({@link LimitsOption}).
 *
 * <pre>{@code
 * @Mixin InputOptions readOptions;
 * ...
 * Taxonomy tax = readOptions.taxonomy(cmd);
 * Inputs.read(path, tax, readOptions.limits(), false);
 * }</pre>
 */
public final class InputOptions {
    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    LimitsOption limits;

    /** The taxonomy in use; a bad taxonomy file is a usage error with every problem listed. */
    Taxonomy taxonomy(CommandLine cmd) {
        return taxonomy.load(cmd);
    }

    /** The limits in use. */
    Limits limits() {
        return limits.limits();
    }

    /** A cohort read within the limits, the messages of limits reached naming the option that raises them. */
    CohortReading readCohort(Path input, Taxonomy tax, boolean strict) {
        return limits.readCohort(input, tax, strict);
    }
}
