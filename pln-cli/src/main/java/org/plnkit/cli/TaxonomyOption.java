package org.plnkit.cli;

import java.nio.file.Path;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.TaxonomyReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --taxonomy FILE} option shared by commands that read PLNs. */
public final class TaxonomyOption {
    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "A district's own categories (YAML, same shape as the default taxonomy). "
                    + "Default: the 11 categories of the input contract.")
    Path file;

    /** The taxonomy in use; a bad taxonomy file is a usage error with every problem listed. */
    Taxonomy load(CommandLine cmd) {
        if (file == null) {
            return Taxonomy.defaults();
        }
        ReadResult<Taxonomy> r = TaxonomyReader.read(file);
        if (r.value().isEmpty()) {
            throw Inputs.unusable(cmd, "the taxonomy file", r.problems());
        }
        return r.value().get();
    }
}
