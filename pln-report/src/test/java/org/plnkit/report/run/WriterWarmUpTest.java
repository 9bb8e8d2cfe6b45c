package org.plnkit.report.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up may outlive the command that started it (a command that analyses and does not write), so it must not
 * touch the disk at all: a streaming workbook's scratch files, made in POI's temporary folder, were once left there
 * (seen by {@code PrivacySweepTest} as files in POI's temp folder after the run).
 */
class WriterWarmUpTest {
    @Test
    void itMakesNoFileInPoisTemporaryFolderNotEvenForAMoment(@TempDir Path poi) throws Exception {
        Path scratch = poi;
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(scratch.toFile()));
        List<String> created = new ArrayList<>();
        try (WatchService watch = poi.getFileSystem().newWatchService()) {
            scratch.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            WriterWarmUp.start().get(2, TimeUnit.MINUTES);
            for (WatchKey k = watch.poll(); k != null; k = watch.poll()) {
                k.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                k.reset();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        assertEquals(List.of(), created, "files made in POI's temporary folder");
        assertEquals(List.of(), files(scratch));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
