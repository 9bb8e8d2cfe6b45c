package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.GrowthComparer;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.report.bundle.GrowthReport;
import org.plnkit.report.bundle.ReportBundle;
import picocli.CommandLine;

/**
 * What {@code pln compare BEFORE AFTER} and {@code pln assess AFTER --since BEFORE} share, so that the two give the
 * same growth, the same action plan and the same files (docs/growth.md): reading each snapshot, the refusal of a
 * mismatched pair, the options both snapshots are assessed with (the taxonomy, the suggestions of the resource
 * directory of {@code --resources}, AFTER's date), and writing the report into {@code DIR/<id>/} as {@code pln
 * assess --out} does.
 *
 * <pre>{@code
 * GrowthReport r = Growths.report(cmd, before, after, tax, resources, after.participant().asOf().get(), false);
 * return Growths.write(cmd, r, out, formats, false, force);
 * }</pre>
 */
final class Growths {
    private Growths() {
    }

    /**
     * The growth from BEFORE (as of its own {@code as_of}) to AFTER (as of {@code afterAsOf}), both assessed with the
     * taxonomy and the resource directory's suggestions; a bad {@code --resources} file is a usage error.
     */
    static GrowthReport report(CommandLine cmd, Pln before, Pln after, Taxonomy tax, ResourcesOption resources,
                               LocalDate afterAsOf, boolean anonymize) {
        AssessmentOptions options = AssessmentOptions.defaults().withTaxonomy(tax)
                .withSuggestions(resources.load(cmd, tax)).withAsOf(afterAsOf);
        return GrowthReport.of(before, after, options, anonymize);
    }

    /**
     * Writes the report's files into {@code out/<id>/} (the participant's folder, as every command that writes
     * reports names it) and says so; gives the exit code.
     */
    static int write(CommandLine cmd, GrowthReport report, Pln after, Path out,
                     java.util.Set<org.plnkit.report.bundle.ReportFormat> formats, boolean anonymize, boolean force) {
        Path dir = out.resolve(ReportBundle.folderName(after, anonymize));
        List<ReportBundle.ReportFile> rendered = report.render(formats);
        int failed = Outputs.writeReport(cmd, out, dir, rendered, force);
        if (failed != 0) {
            return failed;
        }
        PrintWriter o = cmd.getOut();
        o.println("Wrote the report with the growth since " + report.growth().beforeAsOf() + " (health "
                + report.growth().health().before() + " -> " + report.growth().health().after() + "; "
                + report.growth().added().size() + " added, " + report.growth().dropped().size() + " dropped, "
                + report.growth().changed().size() + " changed) in " + dir + "/ ("
                + String.join(", ", rendered.stream().map(ReportBundle.ReportFile::name).toList()) + ").");
        o.flush();
        return 0;
    }

    /**
     * The refusal to compare snapshots of two participants, or in the wrong order, unless allowed: the messages on
     * standard error and the exit code; null when they may be compared.
     */
    static Integer refuse(PrintWriter err, Pln b, Pln a, Path beforePath, Path afterPath, boolean allow) {
        List<GrowthComparer.Mismatch> m = GrowthComparer.check(b, a);
        // the same date: compared, but a copied file whose as_of was not updated counts every check-in as of the
        // earlier day and reads "grew, D to D"
        Optional<java.time.LocalDate> day = b.participant().asOf().filter(d -> a.participant().asOf().equals(
                Optional.of(d)));
        if (day.isPresent() && m.isEmpty()) {
            err.println("pln: warning: " + beforePath + " and " + afterPath + " are both dated " + day.get()
                    + "; if " + afterPath + " is a later snapshot, set its as_of to the day it was made");
            err.flush();
        }
        if (m.isEmpty()) {
            return null;
        }
        for (GrowthComparer.Mismatch x : m) {
            err.println("pln: " + x.message().replace("BEFORE", beforePath.toString())
                    .replace("AFTER", afterPath.toString()) + (allow ? " (compared anyway: --allow-mismatch)" : ""));
        }
        if (allow) {
            err.flush();
            return null;
        }
        err.println("pln: nothing was compared; add --allow-mismatch to compare them anyway");
        err.flush();
        return PlnCommand.INVALID_INPUT;
    }

    /**
     * The one participant an input holds (a participant file), or the one named by {@code --participant} (a cohort);
     * empty, with the problems printed, when it cannot be used.
     */
    static Optional<Pln> snapshot(CommandLine cmd, Path path, String participantId, Taxonomy tax,
                                  InputOptions readOptions) {
        PrintWriter err = cmd.getErr();
        Inputs.Loaded l = Inputs.read(path, tax, readOptions.limits(), false);
        for (Problem p : l.problems()) {
            err.println(p);
        }
        if (!l.usable()) {
            err.println("pln: " + path + " cannot be used" + (l.errors() > 0 ? "; fix the errors above (pln validate "
                    + path + " lists them)" : ""));
            err.flush();
            return Optional.empty();
        }
        List<Pln> plns = l.cohort().orElseThrow().plns();
        if (participantId != null) {
            Optional<Pln> p = Inputs.participant(plns, participantId);
            if (p.isEmpty()) {
                err.println("pln: " + path + " has no participant " + participantId);
                err.flush();
            }
            return p;
        }
        if (plns.size() != 1) {
            err.println("pln: " + path + " holds " + plns.size() + " participants; name one with --participant ID");
            err.flush();
            return Optional.empty();
        }
        err.flush();
        return Optional.of(plns.get(0));
    }
}
