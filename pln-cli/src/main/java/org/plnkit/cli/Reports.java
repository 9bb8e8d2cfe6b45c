package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Limits;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;
import picocli.CommandLine;

/**
 * What {@code pln assess} and {@code pln demo} share: reading the inputs (participant files and cohorts) and writing
 * one folder of reports per participant, going on after a failure and summing up at the end.
 */
final class Reports {
    private Reports() {
    }

    /** A participant to assess and the input it came from. */
    record Source(Path input, Pln pln) {
    }

    /** The participants read from the inputs, and how many inputs had errors. */
    record Read(List<Source> sources, int inputsWithErrors) {
    }

    /** One participant's outcome. */
    record Outcome(Source source, String folder, boolean written, int health, int steps) {
    }

    /**
     * Reads every input; problems go to {@code err}. A participant file with errors is left out; a cohort keeps the
     * participants whose rows could be read (the rows with errors are left out and reported).
     */
    static Read read(List<Path> inputs, Taxonomy taxonomy, Limits limits, PrintWriter err) {
        List<Source> sources = new ArrayList<>();
        int withErrors = 0;
        for (Path p : inputs) {
            Inputs.Loaded l = Inputs.read(p, taxonomy, limits, false);
            for (Problem problem : l.problems()) {
                err.println(problem);
            }
            if (l.errors() > 0) {
                withErrors++;
                if (l.kind() == Inputs.Kind.PARTICIPANT_FILE || l.cohort().isEmpty()) {
                    err.println(p + ": not assessed; fix the errors above (pln validate " + p + " lists them)");
                    continue;
                }
                err.println(p + ": the rows with errors are left out; the other participants are assessed");
            }
            l.cohort().ifPresent(c -> c.plns().forEach(pln -> sources.add(new Source(p, pln))));
        }
        err.flush();
        return new Read(sources, withErrors);
    }

    /**
     * Writes each participant's reports into {@code out/<folder>/}. Existing files are a usage error (nothing is
     * written) unless {@code force}; a participant whose report fails is reported and the others go on.
     *
     * @param options the assessment options for a participant (as-of date, taxonomy, suggestions)
     */
    static List<Outcome> write(CommandLine cmd, List<Source> sources, Function<Pln, AssessmentOptions> options,
                               Path out, Set<ReportFormat> formats, boolean anonymize, boolean force) {
        PrintWriter err = cmd.getErr();
        Map<String, Source> folders = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (Source s : sources) {
            String folder = ReportBundle.folderName(s.pln(), anonymize);
            Source first = folders.putIfAbsent(folder, s);
            if (first != null) {
                err.println(s.input() + ": participant " + s.pln().participant().id() + " is also in "
                        + first.input() + "; its report would replace the first one, so it is left out");
                outcomes.add(new Outcome(s, folder, false, 0, 0));
                continue;
            }
            for (String name : BulkReports.fileNames(formats)) {
                targets.add(out.resolve(folder).resolve(name));
            }
        }
        Outputs.checkNew(cmd, targets, force);
        for (Map.Entry<String, Source> e : folders.entrySet()) {
            Source s = e.getValue();
            Path dir = out.resolve(e.getKey());
            try {
                ParticipantReport r = ParticipantReport.of(s.pln(), options.apply(s.pln()), anonymize);
                List<ReportBundle.ReportFile> files = ReportBundle.render(r, formats);
                for (ReportBundle.ReportFile f : files) {
                    Outputs.writeInside(out, dir.resolve(f.name()), force, o -> o.write(f.bytes()));
                }
                outcomes.add(new Outcome(s, e.getKey(), true, r.assessment().health().score(),
                        r.assessment().actionPlan().recommendations().size()));
            } catch (Exception ex) {
                err.println(s.input() + ": the report of " + s.pln().participant().id() + " could not be made: "
                        + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
                outcomes.add(new Outcome(s, e.getKey(), false, 0, 0));
            }
            err.flush();
        }
        outcomes.sort(Comparator.comparing(Outcome::folder));
        return outcomes;
    }

    /** One line per participant, then the total. */
    static void summary(PrintWriter out, List<Outcome> outcomes, Path dir) {
        int width = outcomes.stream().mapToInt(o -> o.folder().length()).max().orElse(0);
        for (Outcome o : outcomes) {
            String where = dir.resolve(o.folder()) + "/";
            if (o.written()) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s  health %-7s %2d %s  %s",
                        o.folder(), o.health() + "/100", o.steps(), o.steps() == 1 ? "step " : "steps", where));
            } else {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s  not written (see above)",
                        o.folder()));
            }
        }
    }
}
