package org.plnkit.report.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plnkit.core.privacy.Anonymity;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Pln;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.io.AtomicOutput;

/**
 * One folder of reports per participant, for participants read from several inputs (participant files and
 * cohorts): what {@code pln assess --out} and {@code pln demo} write. One after the other, going on after a
 * failure. Folder names follow the one rule of {@link BulkReports#folderNames(List, boolean)}: safe everywhere and
 * distinct where file systems ignore case ({@code Maria} and {@code maria} get {@code Maria} and {@code maria-2}).
 * A participant whose id was already read from another input is left out, so that no report replaces another.
 *
 * <pre>{@code
 * ParticipantFolders folders = new ParticipantFolders(EnumSet.allOf(ReportFormat.class), false, false);
 * ParticipantFolders.Plan plan = folders.plan(sources, Path.of("pln-out"));
 * plan.targets();    // every file it would write, to check beforehand
 * List<ParticipantFolders.Outcome> done = folders.write(plan, pln -> AssessmentOptions.asOf(today), o -> { });
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ParticipantFolders {
    private final Set<ReportFormat> formats;
    private final Anonymity anonymity;
    private final boolean overwrite;

    /**
     * @param formats   the files each participant gets
     * @param anonymize remove people's names (and the participant's own) from every report; folders become
     *                  {@code anonymous-<code>}
     * @param overwrite replace files that exist
     */
    public ParticipantFolders(Set<ReportFormat> formats, boolean anonymize,
                              boolean overwrite) {
        this(formats, anonymize ? Anonymity.EVERYONE : Anonymity.NONE, overwrite);
    }

    /**
     * @param formats   the files each participant gets
     * @param anonymity whose names the reports hide: with {@link Anonymity#EVERYONE} folders become
     *                  {@code anonymous-<code>}; with {@link Anonymity#OTHERS} the participant keeps their name and
     *                  folder
     * @param overwrite replace files that exist
     */
    public ParticipantFolders(Set<ReportFormat> formats, Anonymity anonymity, boolean overwrite) {
        if (Objects.requireNonNull(formats, "formats").isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        this.formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        this.anonymity = Objects.requireNonNull(anonymity, "anonymity");
        this.overwrite = overwrite;
    }

    /** A participant to report on and the input it came from. */
    public record Source(Path input, Pln pln) {
        public Source {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(pln, "pln");
        }
    }

    /** What happened to one participant. */
    public enum Status { WRITTEN, LEFT_OUT, FAILED }

    /**
     * One participant's outcome.
     *
     * @param source where they came from
     * @param folder their folder (for one left out: the folder of the first with their id)
     * @param status written, left out or failed
     * @param reason why they were left out or failed; empty when written
     * @param health the health score of the report written, else 0
     * @param steps  how many steps its action plan has, else 0
     */
    public record Outcome(Source source, String folder, Status status, String reason, int health, int steps) {
        public Outcome {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }

        public boolean written() {
            return status == Status.WRITTEN;
        }
    }

    /**
     * What would be written.
     *
     * @param out     the output folder
     * @param sources the participants to write, each with their folder
     * @param leftOut the participants left out (their id was read before)
     * @param targets every file it would write
     */
    public record Plan(Path out, Map<String, Source> sources, List<Outcome> leftOut, List<Path> targets) {
        public Plan {
            Objects.requireNonNull(out, "out");
            sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
            leftOut = List.copyOf(leftOut);
            targets = List.copyOf(targets);
        }
    }

    /** The folders of these participants under {@code out}, in their order. */
    public Plan plan(List<Source> sources, Path out) {
        Map<String, Source> byId = new HashMap<>();
        List<Source> kept = new ArrayList<>();
        List<Outcome> leftOut = new ArrayList<>();
        List<Source> dropped = new ArrayList<>();
        for (Source s : sources) {
            Source first = byId.putIfAbsent(s.pln().participant().id(), s);
            if (first == null) {
                kept.add(s);
            } else {
                dropped.add(s);
            }
        }
        List<String> names = BulkReports.folderNames(kept.stream().map(Source::pln).toList(),
                anonymity.hidesParticipant());
        Map<String, Source> folders = new LinkedHashMap<>();
        Map<Source, String> folderOf = new HashMap<>();
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            folders.put(names.get(i), kept.get(i));
            folderOf.put(kept.get(i), names.get(i));
            for (String f : BulkReports.fileNames(formats)) {
                targets.add(out.resolve(names.get(i)).resolve(f));
            }
        }
        for (Source s : dropped) {
            Source first = byId.get(s.pln().participant().id());
            leftOut.add(new Outcome(s, folderOf.get(first), Status.LEFT_OUT, "participant "
                    + s.pln().participant().id() + " is also in " + first.input()
                    + "; its report would replace the first one, so it is left out", 0, 0));
        }
        return new Plan(out, folders, leftOut, targets);
    }

    /**
     * Writes each participant's reports into {@code out/<folder>/}; a participant whose report fails is an outcome
     * and the others go on.
     *
     * @param options each participant's assessment options (as-of date, taxonomy, suggestions)
     * @param l       told of each participant written or failed, in the plan's order
     * @return every outcome (those left out too), ordered by folder
     */
    public List<Outcome> write(Plan plan, Function<Pln, AssessmentOptions> options, Consumer<Outcome> l) {
        List<Outcome> outcomes = new ArrayList<>(plan.leftOut());
        for (Map.Entry<String, Source> e : plan.sources().entrySet()) {
            Source s = e.getValue();
            Path dir = plan.out().resolve(e.getKey());
            Outcome o;
            try {
                ParticipantReport r = ParticipantReport.of(s.pln(), options.apply(s.pln()), anonymity);
                for (ReportBundle.ReportFile f : ReportBundle.render(r, formats)) {
                    AtomicOutput.writeInside(plan.out(), dir.resolve(f.name()), overwrite, f.bytes());
                }
                o = new Outcome(s, e.getKey(), Status.WRITTEN, "", r.assessment().health().score(),
                        r.assessment().actionPlan().recommendations().size());
            } catch (Exception ex) {
                o = new Outcome(s, e.getKey(), Status.FAILED, ex.getMessage() == null ? ex.toString()
                        : ex.getMessage(), 0, 0);
            }
            outcomes.add(o);
            l.accept(o);
        }
        outcomes.sort(Comparator.comparing(Outcome::folder));
        return List.copyOf(outcomes);
    }
}
