package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.run.ParticipantFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pln demo}: every report of every bundled sample participant, to see what the tool makes. */
@Command(name = "demo",
        description = {
                "Assess the bundled samples and write their reports into pln-out/.",
                "",
                "For each sample participant (samples/*.yaml): the workbook, the map, the reflection draft",
                "and the JSON assessment, one folder each.",
                "",
                "The samples are looked for in samples/ here, then in the folders above, then beside",
                "the pln tool itself. Existing files are not replaced unless you add --force (you may",
                "have edited them)."},
        exitCodeList = {"0:every report was written", "1:some reports failed",
                "2:usage error, no samples folder found, or an output exists (add --force)", "3:the tool failed"})
final class DemoCommand extends Subcommand {
    /** Where the demo writes unless told otherwise. */
    static final Path DEFAULT_OUT = Path.of("pln-out");

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write (default: pln-out).")
    Path out;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The samples folder (default: samples/ here or in a folder above, else the tool's own).")
    Path samples;

    @CommandLine.Mixin
    ForceOption force;

    @Override
    int run(CommandLine cmd) throws IOException {
        Optional<Path> found = findSamples(Path.of("").toAbsolutePath());
        if (found.isEmpty()) {
            found = toolFolder().flatMap(DemoCommand::findSamplesQuietly);
        }
        Path dir = samples != null ? samples : found.orElseThrow(() ->
                new FileUsageError(cmd, "no samples/ folder with participant files here ("
                        + Path.of("").toAbsolutePath() + "), in the folders above or beside the tool. Run pln demo"
                        + " from the PLN Toolkit folder, or name the folder: pln demo --samples DIR"));
        List<Path> files = participantFiles(dir);
        if (files.isEmpty()) {
            throw new FileUsageError(cmd, dir + " holds no participant files (*.yaml, *.yml, *.json)");
        }
        Path target = out != null ? out : DEFAULT_OUT;
        Path shown = relative(dir);
        PrintWriter o = cmd.getOut();
        o.println("PLN Toolkit demo: assessing the " + ValidateCommand.plural(files.size(), "sample participant")
                + " in " + shown + "/");
        o.println();
        o.flush();
        Taxonomy tax = Taxonomy.defaults();
        Reports.Read read = Reports.read(files, tax, Limits.DEFAULT, cmd.getErr());
        AssessmentOptions base = AssessmentOptions.defaults().withTaxonomy(tax)
                .withSuggestions(org.plnkit.analysis.plan.ResourceDirectory.starter(tax));
        List<ParticipantFolders.Outcome> outcomes = Reports.write(cmd, read.sources(), pln -> base.withAsOf(
                        pln.participant().asOf().orElseGet(() -> java.time.LocalDate.now(Clock.systemDefaultZone()))),
                target, EnumSet.allOf(ReportFormat.class), false, force.force());
        Reports.summary(o, outcomes, target);
        o.println();
        o.println("Each folder holds:");
        o.println("  workbook.xlsx     open it in Excel, LibreOffice or Google Sheets: summary, connections,");
        o.println("                    action plan to track, check-ins, topics");
        o.println("  map.png, map.svg  the PLN map (alt text in map.alt.txt, description in map.desc.txt)");
        o.println("  reflection.md     a first draft of the reflection blog post");
        o.println("  reflection.html   the same draft as a web page to paste into a blog");
        o.println("  assessment.json   the whole assessment, for other tools");
        o.println("  check-ins.ics     the check-ins, to import into Google Calendar, Outlook or Apple Calendar");
        // the richest PLN shows the most
        Optional<ParticipantFolders.Outcome> first = outcomes.stream().filter(ParticipantFolders.Outcome::written)
                .max(java.util.Comparator.comparingInt(x -> x.source().pln().connections().size()));
        first.ifPresent(f -> {
            o.println();
            o.println("Start with " + target.resolve(f.folder()).resolve(ReportFormat.XLSX.fileName()) + " and "
                    + target.resolve(f.folder()).resolve(ReportFormat.MD.fileName()) + ".");
        });
        o.println("Your own PLN: pln init my-pln.yaml, fill it in, then pln assess my-pln.yaml --out " + target);
        o.flush();
        long written = outcomes.stream().filter(ParticipantFolders.Outcome::written).count();
        return written == outcomes.size() && read.inputsWithErrors() == 0 ? 0 : PlnCommand.INVALID_INPUT;
    }

    /** The nearest {@code samples} folder with participant files, from {@code start} upwards. */
    static Optional<Path> findSamples(Path start) throws IOException {
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples");
            if (Files.isDirectory(candidate) && !participantFiles(candidate).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The folder the tool runs from (the jar's, or the classes' in a build), whose samples the demo falls back on when
     * it is started from elsewhere ({@code cd /tmp && ~/pln-toolkit/pln demo}).
     */
    static Optional<Path> toolFolder() {
        try {
            java.security.CodeSource src = DemoCommand.class.getProtectionDomain().getCodeSource();
            return src == null ? Optional.empty() : Optional.of(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> findSamplesQuietly(Path start) {
        try {
            return findSamples(start);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<Path> participantFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Inputs::isParticipantFile).sorted().forEach(files::add);
        }
        return files;
    }

    /** The folder as the user would type it from here. */
    private static Path relative(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }
}
