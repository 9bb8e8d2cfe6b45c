package org.plnkit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected documents kept under src/test/resources. Regenerate on purpose with
 * {@code -Dgolden.update=true}, then review the diff.
 */
public final class Golden {
    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file at this path under src/test/resources. */
    public static void check(String resourcePath, String actual) {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources").resolve(resourcePath);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("no golden file " + file + "; create it with -Dgolden.update=true");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "differs from " + file + " (regenerate on purpose with -Dgolden.update=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
