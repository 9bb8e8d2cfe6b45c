package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.privacy.Anonymity;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.Limits;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.run.ParticipantFolders;
import org.plnkit.report.run.ParticipantFolders.Outcome;
import org.plnkit.report.run.ParticipantFolders.Source;
import picocli.CommandLine;

/**
 * What {@code pln assess} and {@code pln demo} share: reading the inputs (participant files and cohorts), writing
 * one folder of reports per participant with {@link ParticipantFolders}, and summing up at the end.
 */
final class Reports {
    private Reports() {
    }

    /** The participants read from the inputs, and how many inputs had errors. */
    record Read(List<Source> sources, int inputsWithErrors) {
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
     * Writes each participant's reports into {@code out/<folder>/} ({@link ParticipantFolders}). Existing files are a
     * usage error (nothing is written) unless {@code force}; a participant left out or whose report fails is
     * reported and the others go on.
     *
     * @param options the assessment options for a participant (as-of date, taxonomy, suggestions)
     */
    static List<Outcome> write(CommandLine cmd, List<Source> sources, Function<Pln, AssessmentOptions> options,
                               Path out, Set<ReportFormat> formats, boolean anonymize, boolean force) {
        return write(cmd, sources, options, out, formats, anonymize ? Anonymity.EVERYONE : Anonymity.NONE, force);
    }

    /** As above, with whose names the reports hide. */
    static List<Outcome> write(CommandLine cmd, List<Source> sources, Function<Pln, AssessmentOptions> options,
                               Path out, Set<ReportFormat> formats, Anonymity anonymity, boolean force) {
        PrintWriter err = cmd.getErr();
        ParticipantFolders folders = new ParticipantFolders(formats, anonymity, force);
        ParticipantFolders.Plan plan = folders.plan(sources, out);
        for (Outcome o : plan.leftOut()) {
            err.println(o.source().input() + ": " + o.reason());
        }
        Outputs.checkNew(cmd, plan.targets(), force);
        return folders.write(plan, options, o -> {
            if (o.status() == ParticipantFolders.Status.FAILED) {
                err.println(o.source().input() + ": the report of " + o.source().pln().participant().id()
                        + " could not be made: " + o.reason());
            }
            err.flush();
        });
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
