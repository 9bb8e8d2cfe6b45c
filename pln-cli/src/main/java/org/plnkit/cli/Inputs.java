package org.plnkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import picocli.CommandLine;

/** Reads whatever a user names on the command line: a participant file, a cohort workbook or a folder. */
final class Inputs {
    /** What an input turned out to be. */
    enum Kind { PARTICIPANT_FILE, COHORT, UNKNOWN }

    /** An input read: a cohort (one PLN for a participant file), and every problem found. */
    record Loaded(Path path, Kind kind, Optional<Cohort> cohort, List<Problem> problems) {
        long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        long warnings() {
            return problems.size() - errors();
        }

        /** Whether there is something to use: a participant file without errors, or a cohort (bad rows left out). */
        boolean usable() {
            return cohort.isPresent() && (errors() == 0 || kind == Kind.COHORT);
        }
    }

    private Inputs() {
    }

    /** The usage error for an option's file that cannot be used: "the taxonomy file cannot be used:", every problem. */
    static FileUsageError unusable(CommandLine cmd, String what, List<Problem> problems) {
        StringBuilder b = new StringBuilder(what + " cannot be used:");
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p);
        }
        return new FileUsageError(cmd, b.toString());
    }

    /**
     * The participant {@code --participant ID} names: the one with exactly that id, else the one whose id matches it
     * as the cohort's identity matches ids (case and surrounding spaces aside), when only one does. {@code compare}
     * and {@code export} find a participant the same way.
     */
    static Optional<Pln> participant(List<Pln> plns, String id) {
        Optional<Pln> exact = plns.stream().filter(p -> p.participant().id().equals(id)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String key = IdentityKeys.sharedId(id);
        List<Pln> alike = plns.stream().filter(p -> IdentityKeys.sharedId(p.participant().id()).equals(key)).toList();
        return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
    }

    static boolean isParticipantFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    /** Reads an input within the limits; a message about a limit reached names the option that raises it. */
    static Loaded read(Path path, Taxonomy taxonomy, Limits limits, boolean strict) {
        if (isParticipantFile(path)) {
            ReadResult<Pln> r = new ParticipantFileReader(taxonomy, limits).read(path);
            return new Loaded(path, Kind.PARTICIPANT_FILE, r.value().map(p -> new Cohort(List.of(p))),
                    LimitsOption.explain(r.problems(), limits));
        }
        if (CohortReader.formatOf(path).isPresent() || Files.isDirectory(path)) {
            // a folder that is not a cohort: the reader says why (e.g. participants.csv without connections.csv)
            CohortReading r = CohortReader.readDetailed(path, taxonomy, limits, strict);
            return new Loaded(path, Kind.COHORT, r.result().value(), LimitsOption.explain(r.result().problems(), limits));
        }
        if (!Files.exists(path)) {
            return new Loaded(path, Kind.UNKNOWN, Optional.empty(),
                    List.of(Problem.error(Place.file(path.toString()), "no such file or folder")));
        }
        Optional<String> notAFile = Files.isDirectory(path) ? Optional.empty()
                : org.plnkit.core.read.internal.InputFiles.refusal(path);
        if (notAFile.isPresent()) {
            // a named pipe, a device: refused before it is opened (reading a FIFO would block forever)
            return new Loaded(path, Kind.UNKNOWN, Optional.empty(), List.of(Problem.error(Place.file(path.toString()),
                    notAFile.get())));
        }
        // a picture, a README, any other file: named as an input, it is a mistake to say, not to skip in silence
        return new Loaded(path, Kind.UNKNOWN, Optional.empty(), List.of(Problem.error(Place.file(path.toString()),
                "not a PLN input: expected a participant file (.yaml, .yml, .json), a cohort workbook (.xlsx), "
                        + "or a folder of CSV or participant files")));
    }

    /**
     * The participant files of a folder when they are snapshots of one participant (the same id, each with its own
     * {@code as_of}, e.g. {@code samples/growth}: before and after), oldest first; empty for any other folder. Such a
     * folder is not a cohort, whose files are each another participant's: {@code pln validate} checks each snapshot
     * on its own, and {@code pln compare} compares them.
     */
    static List<Path> snapshots(Path folder, Taxonomy taxonomy, Limits limits) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            files = s.filter(Inputs::isParticipantFile).sorted().toList();
        }
        if (files.size() < 2 || files.size() > 100) {
            return List.of();
        }
        java.util.Map<java.time.LocalDate, Path> byDate = new java.util.TreeMap<>();
        String id = null;
        for (Path f : files) {
            Optional<Pln> p = new ParticipantFileReader(taxonomy, limits).read(f).value();
            if (p.isEmpty() || p.get().participant().asOf().isEmpty()
                    || id != null && !id.equals(p.get().participant().id())
                    || byDate.put(p.get().participant().asOf().get(), f) != null) {
                return List.of();
            }
            id = p.get().participant().id();
        }
        return List.copyOf(byDate.values());
    }
}
