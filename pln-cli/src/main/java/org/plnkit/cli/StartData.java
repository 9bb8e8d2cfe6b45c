package org.plnkit.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Taxonomy;

/**
 * The bundled data a one-participant command needs whatever its input, read on a second thread while the main one
 * builds the command line (#17): the default taxonomy, and for {@code pln assess} the starter resource directory.
 * Both are YAML files parsed on every run, about a third of the Java work of {@code pln assess} on a sample, and
 * picocli's model of the command, built by reflection, is about a quarter: on two cores the two now overlap. Nothing
 * else changes: the same calls give the same values, computed once per JVM either way ({@link Taxonomy#defaults()}
 * and {@link ResourceDirectory#starter(Taxonomy)} keep them); a failure here is dropped, and the main thread, reading
 * them itself, reports it as before. {@code -Dpln.startData=false} turns it off (to measure what it brings).
 */
final class StartData {
    /** The commands whose run starts with the default taxonomy; the first also reads the starter directory. */
    private static final Set<String> TAXONOMY = Set.of("assess", "validate", "map", "compare");

    private static volatile FutureTask<Void> reading;

    private StartData() {
    }

    /**
     * Starts reading, when {@code args} name a command that will need the data and no {@code --taxonomy} of its own
     * (the starter directory is then read in the district's taxonomy, by the command).
     */
    static void start(String... args) {
        if (args.length == 0 || !TAXONOMY.contains(args[0]) || !Boolean.parseBoolean(
                System.getProperty("pln.startData", "true"))) {
            return;
        }
        List<String> all = List.of(args);
        if (all.stream().anyMatch(a -> a.equals("--taxonomy") || a.startsWith("--taxonomy="))) {
            return;
        }
        boolean starter = args[0].equals("assess");
        FutureTask<Void> task = new FutureTask<>(() -> {
            Taxonomy tax = Taxonomy.defaults();
            if (starter) {
                ResourceDirectory.starter(tax);
            }
            return null;
        });
        reading = task;
        Thread t = new Thread(task, "pln-start-data");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the reading started by {@link #start}, if any, so that the caller does not read the same again. */
    static void await() {
        FutureTask<Void> task = reading;
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // dropped: the caller reads the data itself and reports what goes wrong
        }
    }
}
