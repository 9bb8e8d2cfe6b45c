package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed workbooks of the hostile corpus are the ones {@link HostileWorkbooks} writes. */
class HostileCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");

    @Test
    void committedWorkbooksAreTheGeneratedOnes() throws IOException {
        boolean update = Boolean.getBoolean("hostile.update");
        for (Map.Entry<String, byte[]> e : HostileWorkbooks.all().entrySet()) {
            Path file = CORPUS.resolve("cohort").resolve(e.getKey());
            if (update) {
                Files.write(file, e.getValue());
            }
            assertArrayEquals(e.getValue(), Files.readAllBytes(file), file + " differs from HostileWorkbooks; run with"
                    + " -Dhostile.update=true to write it again");
        }
    }
}
