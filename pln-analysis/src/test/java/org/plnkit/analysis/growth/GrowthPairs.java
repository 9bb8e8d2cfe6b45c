package org.plnkit.analysis.growth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plnkit.core.model.Pln;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** The hand-made before/after pair of samples/growth, read as the command line reads it. */
final class GrowthPairs {
    static final Path DIR = Path.of(System.getProperty("basedir", ".")).resolve("../samples/growth");

    private GrowthPairs() {
    }

    static Pln before() {
        return read("sam-rivera-before.yaml");
    }

    static Pln after() {
        return read("sam-rivera-after.yaml");
    }

    static Pln read(String name) {
        try {
            ReadResult<Pln> r = new ParticipantFileReader().read(name, Files.readAllBytes(DIR.resolve(name)));
            if (r.hasErrors() || !r.problems().isEmpty()) {
                throw new IllegalStateException(name + " has problems: " + r.problems());
            }
            return r.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
