package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plnkit.analysis.growth.GrowthJson;
import org.plnkit.analysis.growth.GrowthText;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.GrowthReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pln compare BEFORE AFTER}: how a participant's PLN grew between two snapshots (docs/growth.md), on the
 * screen (text or JSON) or with {@code --out DIR} as AFTER's report with the growth in it and the growth map, in
 * {@code DIR/<id>/}; {@code pln assess AFTER --since BEFORE} gives the same ({@link Growths}).
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

    @Mixin
    ResourcesOption resources;

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
        Optional<Pln> b = Growths.snapshot(cmd, before, participant.id(), tax, readOptions);
        Optional<Pln> a = Growths.snapshot(cmd, after, participant.id(), tax, readOptions);
        if (b.isEmpty() || a.isEmpty()) {
            return PlnCommand.INVALID_INPUT;
        }
        Integer refused = Growths.refuse(err, b.get(), a.get(), before, after, allowMismatch);
        if (refused != null) {
            return refused;
        }
        for (Pln p : List.of(b.get(), a.get())) {
            if (p.participant().asOf().isEmpty()) {
                err.println("pln compare: " + (p == b.get() ? before : after) + " has no as_of date: set as_of in the"
                        + " participant file (each snapshot is assessed as of its own date)");
                err.flush();
                return PlnCommand.INVALID_INPUT;
            }
        }
        GrowthReport report = Growths.report(cmd, b.get(), a.get(), tax, resources,
                a.get().participant().asOf().orElseThrow(), anonymize.anonymize());
        Path out = output.folder();
        if (out == null) {
            PrintWriter o = cmd.getOut();
            o.print(output.json() ? GrowthJson.toJson(report.growth()) : GrowthText.render(report.growth(), tax));
            o.flush();
            return 0;
        }
        return Growths.write(cmd, report, a.get(), out, output.files(), anonymize.anonymize(), force.force());
    }
}
