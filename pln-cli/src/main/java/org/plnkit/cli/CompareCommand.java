package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.growth.GrowthComparer;
import org.plnkit.analysis.growth.GrowthJson;
import org.plnkit.analysis.growth.GrowthText;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.GrowthReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pln compare BEFORE AFTER}: how a participant's PLN grew between two snapshots (docs/growth.md), on the
 * screen (text or JSON) or with {@code --out DIR} as AFTER's report with the growth in it and the growth map.
 */
@Command(name = "compare", sortOptions = false,
        resourceBundle = "org.plnkit.cli.compare",
        exitCodeList = {"0:compared", "1:an input has errors, or the two are not snapshots of one participant in"
                + " order (see --allow-mismatch)", "2:usage error, or an output exists (add --force)",
                "3:the tool failed"})
final class CompareCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier snapshot.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later snapshot.")
    Path after;

    @Mixin
    ParticipantOption participant;

    @Mixin
    ReportOutputOption output;


    @Mixin
    AnonymizeOption anonymize;

    @Option(names = "--allow-mismatch", description = "Compare even when AFTER is another participant's file or is"
            + " dated before BEFORE (the mismatch is still reported). Without it, nothing is compared.")
    boolean allowMismatch;

    @Mixin
    ForceOption force;

    @Mixin
    InputOptions readOptions;

    @Override
    int run(CommandLine cmd) {
        Taxonomy tax = readOptions.taxonomy(cmd);
        PrintWriter err = cmd.getErr();
        Optional<Pln> b = snapshot(cmd, before, participant.id(), tax, readOptions);
        Optional<Pln> a = snapshot(cmd, after, participant.id(), tax, readOptions);
        if (b.isEmpty() || a.isEmpty()) {
            return PlnCommand.INVALID_INPUT;
        }
        Integer refused = refuse(err, b.get(), a.get(), before, after, allowMismatch);
        if (refused != null) {
            return refused;
        }
        AssessmentOptions options = AssessmentOptions.defaults().withTaxonomy(tax);
        for (Pln p : List.of(b.get(), a.get())) {
            if (p.participant().asOf().isEmpty()) {
                err.println("pln compare: " + (p == b.get() ? before : after) + " has no as_of date: set as_of in the"
                        + " participant file (each snapshot is assessed as of its own date)");
                err.flush();
                return PlnCommand.INVALID_INPUT;
            }
        }
        GrowthReport report = GrowthReport.of(b.get(), a.get(), options, anonymize.anonymize());
        PrintWriter o = cmd.getOut();
        Path out = output.folder();
        if (out == null) {
            o.print(output.json() ? GrowthJson.toJson(report.growth()) : GrowthText.render(report.growth(), tax));
            o.flush();
            return 0;
        }
        List<ReportBundle.ReportFile> rendered = report.render(output.files());
        int failed = Outputs.writeReport(cmd, out, out, rendered, force.force());
        if (failed != 0) {
            return failed;
        }
        o.println(String.format(Locale.ROOT, "health %d -> %d; %d added, %d dropped, %d changed; wrote %s in %s/",
                report.growth().health().before(), report.growth().health().after(), report.growth().added().size(),
                report.growth().dropped().size(), report.growth().changed().size(),
                String.join(", ", rendered.stream().map(ReportBundle.ReportFile::name).toList()), out));
        o.flush();
        return 0;
    }

    /**
     * The refusal to compare snapshots of two participants, or in the wrong order, unless allowed: the messages on
     * standard error and the exit code; null when they may be compared.
     */
    static Integer refuse(PrintWriter err, Pln b, Pln a, Path beforePath, Path afterPath, boolean allow) {
        List<GrowthComparer.Mismatch> m = GrowthComparer.check(b, a);
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
