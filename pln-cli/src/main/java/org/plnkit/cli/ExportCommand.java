package org.plnkit.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.privacy.Anonymity;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.exchange.CohortExporter;
import org.plnkit.report.exchange.ExchangeFormat;
import org.plnkit.report.exchange.CheckInCalendar;
import org.plnkit.report.exchange.PlnExporter;
import org.plnkit.report.exchange.ReadingList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pln export INPUT --format F -o OUT}: a participant's PLN for Gephi, Cytoscape, NetworkX, Graphviz… */
@Command(name = "export", usageHelpWidth = 100,
        resourceBundle = "org.plnkit.cli.export",
        exitCodeList = {"0:the export was written", "1:the input has errors: nothing was written, or for a cohort the rows with errors were left out",
                "2:usage error, or the output exists (add --force)", "3:a file could not be written"})
final class ExportCommand extends ReadingCommand {
    @Parameters(arity = "1", paramLabel = "INPUT", description = "A participant file (.yaml, .yml, .json), or a cohort (.xlsx, a folder of CSV or participant files).")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Formats.class,
            completionCandidates = Formats.class,
            description = "${COMPLETION-CANDIDATES}. Default: from the output's extension.")
    ExchangeFormat format;

    /** The formats by {@link ExchangeFormat#id()}: {@code graphml}, {@code gexf}… */
    static final class Formats extends Choice<ExchangeFormat> {}

    @Mixin
    OutputOption output;

    @Mixin
    ParticipantOption participant;

    @Mixin
    ExportNamesOption names;

    @Mixin
    AsOfOption asOf;

    @Override
    int run(CommandLine cmd) {
        boolean toScreen = output.toScreen();
        ExchangeFormat f = format(cmd, toScreen);
        if (f == ExchangeFormat.CSV && toScreen) {
            throw new CommandLine.ParameterException(cmd, "csv is two files; name them with -o, e.g. -o maria.csv");
        }
        Taxonomy tax = readOptions.taxonomy(cmd);
        Inputs.Loaded loaded = Inputs.read(input, tax, readOptions.limits(), false);
        PrintWriter err = cmd.getErr();
        loaded.problems().forEach(err::println);
        boolean partial = loaded.errors() > 0;
        if (!loaded.usable()) {
            err.println(input + ": not exported; fix the errors above (pln validate " + input + " lists them)");
            err.flush();
            return PlnCommand.INVALID_INPUT;
        }
        if (partial) {
            err.println(input + ": rows with errors were left out (listed above); the rest is exported");
            err.flush();
        }
        Cohort cohort = loaded.cohort().get();
        if (participant.id() == null && cohort.size() != 1) {
            int exit = exportCohort(cmd, cohort, f, toScreen);
            return exit == 0 && partial ? PlnCommand.INVALID_INPUT : exit;
        }
        Pln pln = names.anonymity().apply(pick(cmd, cohort), tax);   // --anonymize=others keeps the teacher
        int exit;
        if (f.isGraph()) {
            PlnExporter exporter = new PlnExporter(tax);
            exporter.losses(pln, f).forEach(l -> err.println(input + ": warning: " + l));   // no loss unsaid (#7)
            err.flush();
            exit = writeOut(cmd, f, toScreen, describe(pln), (n, e) -> exporter.writeCsv(pln, n, e),
                    w -> exporter.write(pln, f, w));
        } else {
            if (f == ExchangeFormat.ICS) {
                CheckInCalendar.leftOut(pln).ifPresent(w -> err.println(input + ": warning: " + w));
                err.flush();
            }
            exit = writeOut(cmd, f, toScreen, describe(pln), null, w -> organizer(pln, f, tax, w));
        }
        // rows were left out: say so whatever the format (#18; the calendar and reading lists too)
        return exit == 0 && partial ? PlnCommand.INVALID_INPUT : exit;
    }

    /** The check-in calendar, the OPML reading list or the bookmark file of one participant. */
    private void organizer(Pln pln, ExchangeFormat f, Taxonomy tax, Writer w) throws IOException {
        switch (f) {
            case ICS -> new CheckInCalendar(tax).write(pln, asOf.resolve(pln.participant(),
                    java.time.Clock.systemDefaultZone()), w);
            case OPML -> new ReadingList(tax).writeOpml(pln, asOf.resolve(pln.participant(),
                    java.time.Clock.systemDefaultZone()), w);
            case HTML_BOOKMARKS -> new ReadingList(tax).writeBookmarks(pln, w);
            default -> throw new IllegalStateException(f + " is a graph format");
        }
    }

    /** One graph for the whole cohort: participants and shared nodes, identities merged. */
    private int exportCohort(CommandLine cmd, Cohort cohort, ExchangeFormat f, boolean toScreen) {
        if (!f.isGraph()) {
            throw new CommandLine.ParameterException(cmd, f.id() + " is one participant's: add --participant ID");
        }
        if (f == ExchangeFormat.JSON) {
            throw new CommandLine.ParameterException(cmd, "a cohort exports as a graph: graphml, gexf, dot or csv"
                    + " (or one participant as json with --participant ID)");
        }
        // --anonymize=others is the default of a cohort export: participants named, the people they name hidden
        CohortExporter exporter = new CohortExporter(names.anonymity() == Anonymity.EVERYONE
                ? CohortExporter.Naming.NO_ONE
                : names.showNames() ? CohortExporter.Naming.EVERYONE : CohortExporter.Naming.PARTICIPANTS);
        return writeOut(cmd, f, toScreen, ValidateCommand.describe(cohort) + " as one graph",
                (n, e) -> exporter.writeCsv(cohort, n, e), w -> exporter.write(cohort, f, w));
    }

    /** Writes a node/edge list pair. */
    @FunctionalInterface
    private interface CsvBody {
        void write(Writer nodes, Writer edges) throws IOException;
    }

    /** Writes one graph file. */
    @FunctionalInterface
    private interface GraphBody {
        void write(Writer out) throws IOException;
    }

    /** The screen, a CSV pair ({@code -o x.csv} → x-nodes.csv, x-edges.csv) or one file, atomically. */
    private int writeOut(CommandLine cmd, ExchangeFormat f, boolean toScreen, String what, CsvBody csv,
                         GraphBody graph) {
        try {
            if (toScreen) {
                graph.write(cmd.getOut());
                cmd.getOut().flush();
                return 0;
            }
            if (f == ExchangeFormat.CSV) {
                String base = output.path().toString().replaceFirst("(?i)\\.csv$", "");
                Path nodes = Path.of(base + "-nodes.csv");
                Path edges = Path.of(base + "-edges.csv");
                output.checkNew(cmd, List.of(nodes, edges));
                StringWriter n = new StringWriter();
                StringWriter e = new StringWriter();
                csv.write(n, e);
                output.write(nodes, o -> o.write(n.toString().getBytes(StandardCharsets.UTF_8)));
                output.write(edges, o -> o.write(e.toString().getBytes(StandardCharsets.UTF_8)));
                cmd.getOut().println("Wrote " + nodes + " and " + edges + ": " + what);
            } else {
                output.checkNew(cmd, List.of(output.path()));
                output.write(output.path(), o -> {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    graph.write(w);
                    w.flush();
                });
                cmd.getOut().println("Wrote " + output.path() + ": " + what);
            }
        } catch (IOException e) {
            return Outputs.cannotWrite(cmd, output.path(), e);
        }
        cmd.getOut().flush();
        cmd.getErr().flush();
        return 0;
    }

    private ExchangeFormat format(CommandLine cmd, boolean toScreen) {
        if (format != null) {
            return format;
        }
        String choices = String.join("|", new Formats());
        if (toScreen) {
            throw new CommandLine.ParameterException(cmd, "say which format: --format " + choices);
        }
        Path out = output.path();
        return ExchangeFormat.fromFileName(out.toString()).orElseThrow(() -> new CommandLine.ParameterException(cmd,
                "cannot tell the format from " + out + "; add --format " + choices));
    }

    private Pln pick(CommandLine cmd, Cohort cohort) {
        String id = participant.id();
        if (id != null) {
            Optional<Pln> p = Inputs.participant(cohort.plns(), id);
            return p.orElseThrow(() -> new CommandLine.ParameterException(cmd, "there is no participant \"" + id
                    + "\" in " + input));
        }
        if (cohort.size() != 1) {
            throw new CommandLine.ParameterException(cmd, input + " holds no participant");
        }
        return cohort.plns().get(0);
    }

    static String describe(Pln pln) {
        return "participant " + pln.participant().id() + " with " + ValidateCommand.plural(pln.connections().size(),
                "connection") + " and " + ValidateCommand.plural(pln.links().size(), "link");
    }
}
