package org.plnkit.report.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limit;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.internal.Text;

/** What every importer shares: reading files within the limits, and turning a raw graph into a result. */
final class Imports {
    private Imports() {
    }

    /** The file's bytes, or empty with an error when it is missing, unreadable or over the size limit. */
    static Optional<byte[]> bytes(Path file, Limits limits, Problems problems) {
        String name = file.toString();
        try {
            Optional<String> notAFile = org.plnkit.core.read.internal.InputFiles.refusal(file);
            if (notAFile.isPresent()) {
                problems.error(Place.file(name), notAFile.get().equals("no such file") ? "no such file"
                        : "cannot read the file: " + notAFile.get());
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(Limit.FILE_SIZE.error(Place.file(name), String.format(Locale.ROOT,
                        "the file is %.1f MB", size / 1048576.0), limits.maxFileBytes()));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            problems.error(Place.file(name), "no such file");
        } catch (IOException e) {
            problems.error(Place.file(name), "cannot read the file: " + org.plnkit.core.read.internal.InputFiles.reason(e));
        }
        return Optional.empty();
    }

    /** Whether the bytes hold nothing but white space (or nothing). */
    static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A participant id from a file name when nothing better is known: {@code maria-lopez.graphml} → maria-lopez. */
    static String idFromFileName(String fileName) {
        String base = Path.of(fileName).getFileName() == null ? fileName : Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        for (String suffix : List.of("-nodes", "_nodes", "-vertices", "_vertices", "-pln")) {
            if (base.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
            }
        }
        return Text.slug(base);
    }

    /** What an importer is made with: the taxonomy, the limits and the mapping of the source's names to fields. */
    record Settings(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        /** Assembles the PLN and packs it with every problem found (see {@link Imports#finish}). */
        ReadResult<Pln> finish(Optional<RawGraph> raw, Set<String> quiet, String fallbackId, Problems problems) {
            return Imports.finish(raw, mapping, taxonomy, limits, quiet, fallbackId, problems);
        }
    }

    /** Assembles the PLN and packs it with every problem found. */
    static ReadResult<Pln> finish(Optional<RawGraph> raw, ImportMapping mapping, Taxonomy taxonomy, Limits limits,
                                  Set<String> quiet, String fallbackId, Problems problems) {
        if (raw.isEmpty() || problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        Optional<Pln> pln = new PlnAssembler(mapping, taxonomy, limits, quiet).assemble(raw.get(), fallbackId, problems);
        return pln.isPresent() && !problems.hasErrors() ? ReadResult.of(pln.get(), problems.toList())
                : ReadResult.failed(problems.toList());
    }
}
