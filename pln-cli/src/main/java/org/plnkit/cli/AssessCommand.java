package org.plnkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.AssessmentText;
import org.plnkit.analysis.growth.GrowthText;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.GrowthReport;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.exchange.CheckInCalendar;
import org.plnkit.report.run.ParticipantFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pln assess FILE...}: the assessment on the screen (text or JSON), or with {@code --out DIR} each
 * participant's workbook, map, reflection draft and JSON in {@code DIR/<id>/}.
 */
@Command(name = "assess", resourceBundle = "org.plnkit.cli.assess",
        exitCodeList = {"0:every participant was assessed", "1:some inputs have errors, or some reports failed",
                "2:usage error, or an output exists (add --force)", "3:the tool failed"})
final class AssessCommand extends ReadingCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Participant files (.yaml, .yml, .json), cohort workbooks (.xlsx), or folders.")
    List<Path> inputs;

    @Mixin
    ReportOutputOption output;

    @Mixin
    ForceOption force;


    @Mixin
    AnonymizeOption anonymize;

    @Mixin
    ResourcesOption resources;

    @Option(names = "--since", paramLabel = "BEFORE",
            description = "An earlier snapshot of the same (one) participant: the report gets the growth since then"
                    + " (a Growth sheet, \"How my PLN grew\", growth-map.png/.svg, growth.json; docs/growth.md);"
                    + " without --out, the growth follows the assessment.")
    Path since;

    @Option(names = "--allow-mismatch", description = "With --since: compare even when BEFORE is another"
            + " participant's file or is dated after the input (the mismatch is still reported).")
    boolean allowMismatch;

    @Mixin
    AsOfOption asOf;

    @Override
    int run(CommandLine cmd) {
        Taxonomy tax = readOptions.taxonomy(cmd);
        if (allowMismatch && since == null) {
            throw new CommandLine.ParameterException(cmd, "--allow-mismatch goes with --since BEFORE");
        }
        if (since != null) {
            return since(cmd, Reports.read(inputs, tax, readOptions.limits(), cmd.getErr()), tax);
        }
        AssessmentOptions base = baseOptions(cmd, tax);
        Function<Pln, AssessmentOptions> options = pln -> base.withAsOf(asOf.resolve(pln.participant(),
                Clock.systemDefaultZone()));
        Reports.Read read = Reports.read(inputs, tax, readOptions.limits(), cmd.getErr());
        Path out = output.folder();
        if (out == null) {
            return print(cmd, read, options);
        }
        List<ParticipantFolders.Outcome> outcomes = Reports.write(cmd, read.sources(), options, out, output.files(),
                anonymize.anonymity(), force.force());
        PrintWriter o = cmd.getOut();
        long written = outcomes.stream().filter(ParticipantFolders.Outcome::written).count();
        if (!outcomes.isEmpty()) {
            Reports.summary(o, outcomes, out);
            o.println();
        }
        o.println("Wrote " + ValidateCommand.plural(written, "report") + " in " + out + "/ ("
                + String.join(", ", BulkReports.fileNames(output.files())) + " in each)"
                + (written < outcomes.size() ? "; " + (outcomes.size() - written) + " failed (see above)" : "")
                + (read.inputsWithErrors() > 0 ? "; " + ValidateCommand.plural(read.inputsWithErrors(), "input")
                + " had errors" : "") + ".");
        if (read.sources().stream().anyMatch(s -> !Inputs.isParticipantFile(s.input()))) {
            o.println("Tip: for a cohort, pln cohort INPUT --out DIR --per-participant writes these reports in"
                    + " parallel, with what each participant's peers use.");
        } else if (outcomes.size() == 1 && written == 1 && output.files().contains(ReportFormat.ICS)) {
            // the course asks for the check-ins in a calendar: say which file to import, and into what
            ParticipantFolders.Outcome one = outcomes.get(0);
            int checkIns = CheckInCalendar.scheduled(one.source().pln()).size();
            if (checkIns > 0) {
                o.println("Tip: import " + out.resolve(one.folder()).resolve(ReportFormat.ICS.fileName()) + " into"
                        + " Google Calendar, Outlook or Apple Calendar: it holds your "
                        + ValidateCommand.plural(checkIns, "check-in") + ", each repeating as often as you said.");
            }
        }
        o.flush();
        return written == outcomes.size() && read.inputsWithErrors() == 0 ? 0 : PlnCommand.INVALID_INPUT;
    }

    /** {@code --since BEFORE}: one participant's report (or text) with the growth since BEFORE. */
    private int since(CommandLine cmd, Reports.Read read, Taxonomy tax) {
        if (output.json()) {
            throw new CommandLine.ParameterException(cmd, "--since prints text; for the growth as JSON, use"
                    + " pln compare BEFORE AFTER --format json");
        }
        if (read.sources().size() != 1) {
            if (read.sources().isEmpty()) {
                return PlnCommand.INVALID_INPUT;
            }
            throw new CommandLine.ParameterException(cmd, "--since compares one participant; the inputs hold "
                    + read.sources().size());
        }
        Pln after = read.sources().get(0).pln();
        Optional<Pln> before = Growths.snapshot(cmd, since, Inputs.isParticipantFile(since) ? null
                : after.participant().id(), tax, readOptions);
        if (before.isEmpty()) {
            return PlnCommand.INVALID_INPUT;
        }
        Integer refused = Growths.refuse(cmd.getErr(), before.get(), after, since,
                read.sources().get(0).input(), allowMismatch);
        if (refused != null) {
            return refused;
        }
        if (before.get().participant().asOf().isEmpty()) {
            cmd.getErr().println("pln assess: " + since + " has no as_of date: set as_of in the participant file");
            cmd.getErr().flush();
            return PlnCommand.INVALID_INPUT;
        }
        GrowthReport report = Growths.report(cmd, before.get(), after, tax, resources,
                asOf.resolve(after.participant(), Clock.systemDefaultZone()), anonymize.anonymize());
        int done = 0;
        if (output.folder() == null) {
            PrintWriter o = cmd.getOut();
            o.print(AssessmentText.render(report.after().assessment()));
            o.print("\n" + "-".repeat(AssessmentText.WIDTH) + "\n\n");
            o.print(GrowthText.render(report.growth(), tax));
            o.flush();
        } else {
            done = Growths.write(cmd, report, after, output.folder(), output.files(), anonymize.anonymize(),
                    force.force());
        }
        return done != 0 ? done : read.inputsWithErrors() == 0 ? 0 : PlnCommand.INVALID_INPUT;
    }


    private AssessmentOptions baseOptions(CommandLine cmd, Taxonomy tax) {
        return AssessmentOptions.defaults().withTaxonomy(tax).withSuggestions(resources.load(cmd, tax));
    }

    private int print(CommandLine cmd, Reports.Read read, Function<Pln, AssessmentOptions> options) {
        boolean json = output.json();
        PrintWriter o = cmd.getOut();
        List<String> docs = new ArrayList<>();
        for (ParticipantFolders.Source s : read.sources()) {
            ParticipantReport r = ParticipantReport.of(s.pln(), options.apply(s.pln()), anonymize.anonymity());
            docs.add(json ? AssessmentJson.toJson(r.assessment()) : AssessmentText.render(r.assessment()));
        }
        if (json) {
            if (docs.size() == 1) {
                o.print(docs.get(0));
            } else {
                o.print(jsonArray(docs));
            }
        } else {
            o.print(String.join("\n" + "-".repeat(AssessmentText.WIDTH) + "\n\n", docs));
        }
        o.flush();
        return read.inputsWithErrors() == 0 ? 0 : PlnCommand.INVALID_INPUT;
    }

    /** Several JSON documents as one array, each indented one more level. */
    private static String jsonArray(List<String> docs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < docs.size(); i++) {
            String d = docs.get(i).strip();
            b.append(i == 0 ? "\n" : ",\n").append("  ").append(d.replace("\n", "\n  "));
        }
        return b.append(docs.isEmpty() ? "]\n" : "\n]\n").toString();
    }
}
