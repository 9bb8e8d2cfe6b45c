package org.plnkit.cli;

import java.nio.file.Path;
import java.util.List;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --resources FILE} option of the commands that write action plans. */
public final class ResourcesOption {
    @Option(names = "--resources", paramLabel = "FILE",
            description = "A district's resource directory (YAML) whose entries are suggested before the starter "
                    + "directory's, or instead of it with \"starter: replace\" (docs/measures.md).")
    Path file;

    /** The entries of the district's own file, once {@link #load} has read it. */
    private List<org.plnkit.analysis.plan.Suggestion> own = List.of();

    /** The district's own entries (without the starter's), once loaded; empty without {@code --resources}. */
    List<org.plnkit.analysis.plan.Suggestion> ownEntries() {
        return own;
    }

    /**
     * The directory to suggest from: the district's file then the starter directory, or the starter alone; a bad
     * file is a usage error with every problem listed, its warnings are printed.
     */
    ResourceDirectory load(CommandLine cmd, Taxonomy taxonomy) {
        if (file == null) {
            return ResourceDirectory.starter(taxonomy);
        }
        ReadResult<ResourceDirectory> r = ResourceDirectory.read(file, taxonomy);
        if (r.value().isEmpty()) {
            throw Inputs.unusable(cmd, "the resource directory", r.problems());
        }
        r.problems().forEach(cmd.getErr()::println);
        own = r.value().get().resources();
        return r.value().get().withStarter(taxonomy);
    }
}
