package org.plnkit.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;

/** The sample PLNs of the tests, read from src/test/resources/org/plnkit/analysis/samples. */
public final class Samples {
    public static final String MARIA = "maria-lopez-librarian";
    public static final String SAM = "sam-patel-new-teacher";
    public static final String ALEX = "alex-rivera-tech-coach";

    private Samples() {
    }

    /** The test resource directory (resources.yaml), read with the default taxonomy. */
    public static ResourceDirectory directory() {
        try (InputStream in = Samples.class.getResourceAsStream("resources.yaml")) {
            ReadResult<ResourceDirectory> r = ResourceDirectory.read("resources.yaml", in, Taxonomy.defaults());
            if (!r.problems().isEmpty()) {
                throw new IllegalStateException("resources.yaml has problems: " + r.problems());
            }
            return r.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Pln read(String name) {
        String file = "samples/" + name + ".yaml";
        try (InputStream in = Samples.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file);
            }
            ReadResult<Pln> r = new ParticipantFileReader().read(file, in.readAllBytes());
            if (r.hasErrors()) {
                throw new IllegalStateException("sample " + file + " has errors: " + r.problems());
            }
            return r.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
