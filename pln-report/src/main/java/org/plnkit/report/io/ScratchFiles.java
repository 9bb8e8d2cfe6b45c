package org.plnkit.report.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Files a run makes on its way to its outputs (an output's temporary file, POI's scratch files of a streamed
 * workbook's sheets), removed when the run is stopped first: Ctrl-C or {@code kill}, the JVM's orderly shutdown, in
 * which no {@code finally} block of a running write is reached. Such a file may hold what the output holds (names,
 * with {@code --show-names}), so none may outlive an interrupted run.
 *
 * <p>The JVM does not stop a run's threads while it shuts down: a writer may go on making files while the files
 * made so far are being removed. A file is therefore made and listed in one step, which waits for a stop under way
 * and is refused once it began ({@link #create}); stopping first refuses new files, then removes the listed ones
 * ({@link #stop}). Nothing made through this class is left behind by an orderly shutdown, whenever it comes
 * ({@code AtomicOutputKillTest}, {@code InterruptedRunTest}); only {@code kill -9} or a power cut can leave one.
 *
 * <pre>{@code
 * Path tmp = ScratchFiles.RUN.create(() -> Files.createTempFile(dir, "x", ".tmp"));
 * try { ... } finally { ScratchFiles.RUN.remove(tmp); }
 * }</pre>
 */
public final class ScratchFiles {
    /** Makes a file, or a folder. */
    @FunctionalInterface
    public interface Maker {
        Path make() throws IOException;
    }

    /** The run's scratch files, removed by a shutdown hook if the run is stopped. */
    public static final ScratchFiles RUN = new ScratchFiles();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(RUN::stop, "pln-remove-scratch-files"));
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping: every create is refused below, so nothing is made to be left behind
            RUN.stopping = true;
        }
    }

    private final Set<Path> files = new HashSet<>();
    private boolean stopping;

    /** A list of its own (for tests); the run's is {@link #RUN}. */
    ScratchFiles() {
    }

    /**
     * Makes a file (or an empty folder) and lists it, unless the run is stopping.
     *
     * @throws IOException when the run is stopping (nothing is made then), or the maker's failure
     */
    public Path create(Maker maker) throws IOException {
        synchronized (files) {
            if (stopping) {
                throw new IOException("the run is stopping");
            }
            Path made = maker.make();
            files.add(made);
            return made;
        }
    }

    /** Removes the file (or empty folder), if it is still there, and takes it off the list. */
    public void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // it could not be removed: the failure that matters (if any) has been reported
        }
        synchronized (files) {
            files.remove(file);
        }
    }

    /** Refuses new files from now on, then removes every listed one (the shutdown hook of {@link #RUN}). */
    void stop() {
        List<Path> left;
        synchronized (files) {
            stopping = true;
            left = new ArrayList<>(files);
        }
        for (Path f : left) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM stops
            }
        }
    }

    /**
     * POI's scratch files, made by POI's strategy for the whole JVM (POI's own, in {@code poifiles} in the temporary
     * folder, or the one an embedding program set) and listed with {@link #RUN}: for {@code TempFile.withStrategy}
     * around one workbook's writing. A strategy of the embedding program's own for the writing thread alone is not
     * seen (POI does not tell it); POI's {@code poi.delete.tmp.files.on.exit} is left as it is. {@link #close()}
     * takes what it made off the list once the workbook is written, removing any POI left.
     */
    public static final class PoiScratch implements TempFileCreationStrategy, AutoCloseable {
        /** Makes a file or a folder through POI. */
        @FunctionalInterface
        private interface PoiMaker {
            File make() throws IOException;
        }

        private final List<Path> made = new ArrayList<>();

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            return keep(RUN.create(() -> jvmWide(() -> TempFile.createTempFile(prefix, suffix)))).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            return keep(RUN.create(() -> jvmWide(() -> TempFile.createTempDirectory(prefix)))).toFile();
        }

        /** What POI's strategy for the whole JVM makes: this one steps aside for the call. */
        private Path jvmWide(PoiMaker maker) throws IOException {
            TempFile.setThreadLocalTempFileCreationStrategy(null);
            try {
                return maker.make().toPath();
            } finally {
                TempFile.setThreadLocalTempFileCreationStrategy(this);
            }
        }

        private synchronized Path keep(Path p) {
            made.add(p);
            return p;
        }

        @Override
        public synchronized void close() {
            for (int i = made.size() - 1; i >= 0; i--) {   // a folder after what was made in it
                RUN.remove(made.get(i));
            }
            made.clear();
        }
    }
}
