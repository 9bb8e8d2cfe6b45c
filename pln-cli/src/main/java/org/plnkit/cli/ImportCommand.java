package org.plnkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.write.ParticipantFileWriter;
import org.plnkit.report.bundle.BulkReports;
import org.plnkit.report.exchange.CsvGraphImporter;
import org.plnkit.report.exchange.GexfImporter;
import org.plnkit.report.exchange.GraphMlImporter;
import org.plnkit.report.exchange.ImportMapping;
import org.plnkit.report.exchange.NetworkCanvasImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pln import --from F FILE... -o pln.yaml}: a PLN made in another tool, as a participant file. */
@Command(name = "import", usageHelpWidth = 100, resourceBundle = "org.plnkit.cli.import",
        exitCodeList = {"0:the participant file was written (warnings allowed)", "1:the input has errors (nothing was written)",
                "2:usage error, or the output exists (add --force)", "3:the file could not be written"})
final class ImportCommand extends ReadingCommand {
    enum Source { graphml, gexf, csv, network_canvas }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to read (see the sources above).")
    List<Path> files;

    @Option(names = "--from", paramLabel = "SOURCE", converter = Sources.class, completionCandidates = Sources.class,
            description = "${COMPLETION-CANDIDATES}.")
    Source from;

    /** The sources as spelled on the command line: {@code network-canvas} for {@link Source#network_canvas}. */
    static final class Sources extends Choice<Source> {}

    @Mixin
    OutputOption output;

    @Option(names = "--map", paramLabel = "NAME=FIELD",
            description = "Read the attribute or column NAME as the field FIELD (repeatable); FIELD may be ignore.")
    List<String> maps = new ArrayList<>();

    @Option(names = "--default", paramLabel = "FIELD=VALUE",
            description = "Use VALUE where a node leaves FIELD blank (repeatable), e.g. --default kind=person.")
    List<String> defaults = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file (YAML): fields, values, defaults.")
    Path mappingFile;

    @Option(names = "--participant-id", paramLabel = "ID", description = "Whose PLN it is, when the file does not say.")
    String participantId;

    @Option(names = "--ego", paramLabel = "NODE",
            description = "The node that is the participant (GraphML, GEXF, CSV), or the interview to read"
                    + " (Network Canvas: case id, session id or ego UUID).")
    String ego;

    @Option(names = "--all", description = "Every interview of a Network Canvas export, or every network of a"
            + " GraphML file, as one participant file each in the folder -o names.")
    boolean all;

    @Option(names = "--edge-type", paramLabel = "TYPE", description = "Network Canvas: read only the edge lists of"
            + " this edge type as links between connections (an interview may ask for several kinds of tie).")
    String edgeType;

    @Option(names = "--network", paramLabel = "ID", description = "GraphML: the network (graph id, or its number"
            + " from 1) to read when the file holds several.")
    String network;

    @Override
    int run(CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        Source source = source(cmd);
        if (edgeType != null && source != Source.network_canvas) {
            throw new CommandLine.ParameterException(cmd, "--edge-type is for Network Canvas exports only");
        }
        if (network != null && source != Source.graphml) {
            throw new CommandLine.ParameterException(cmd, "--network is for GraphML files only");
        }
        if (all && source != Source.network_canvas && source != Source.graphml) {
            throw new CommandLine.ParameterException(cmd, "--all reads every interview of a Network Canvas export or"
                    + " every network of a GraphML file; a " + source.name() + " file holds one PLN");
        }
        if (all && (ego != null || network != null)) {
            throw new CommandLine.ParameterException(cmd, "--all reads every interview; leave out --ego and --network");
        }
        if (all && output.toScreen()) {
            throw new CommandLine.ParameterException(cmd, "--all writes one participant file per interview: name a"
                    + " folder with -o DIR");
        }
        boolean toScreen = output.toScreen();
        if (!toScreen && !all) {
            output.checkNew(cmd, List.of(output.path()));
        }
        Taxonomy tax = readOptions.taxonomy(cmd);
        ImportMapping mapping = ImportMapping.NONE;
        if (mappingFile != null) {
            ReadResult<ImportMapping> m = ImportMapping.read(mappingFile);
            m.problems().forEach(err::println);
            if (m.value().isEmpty()) {
                throw new FileUsageError(cmd, "the mapping file cannot be used (see above)");
            }
            mapping = m.value().get();
        }
        try {
            for (String m : maps) {
                String[] kv = split(cmd, m, "--map NAME=FIELD", true);
                mapping = mapping.withField(kv[0], kv[1]);
            }
            for (String d : defaults) {
                String[] kv = split(cmd, d, "--default FIELD=VALUE", false);
                mapping = mapping.withDefault(kv[0], kv[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        if (participantId != null) {
            mapping = mapping.withParticipantId(participantId.strip());
        }
        if (ego != null && source != Source.network_canvas) {
            mapping = mapping.withEgoNode(ego.strip());
        }
        if (all) {
            return importAll(cmd, source, tax, mapping);
        }
        ReadResult<Pln> r = switch (source) {
            case graphml -> {
                one(cmd, "GraphML");
                GraphMlImporter g = new GraphMlImporter(tax, readOptions.limits(), mapping);
                yield (network == null ? g : g.withNetwork(network)).read(files.get(0));
            }
            case gexf -> {
                one(cmd, "GEXF");
                yield new GexfImporter(tax, readOptions.limits(), mapping).read(files.get(0));
            }
            case csv -> {
                if (files.size() > 2) {
                    throw new CommandLine.ParameterException(cmd, "csv reads a node list and an edge list: give at"
                            + " most two files (nodes.csv edges.csv)");
                }
                yield new CsvGraphImporter(tax, readOptions.limits(), mapping).read(files.get(0),
                        files.size() > 1 ? Optional.of(files.get(1)) : Optional.empty());
            }
            case network_canvas -> canvas(tax, mapping).read(files, Optional.ofNullable(ego).map(String::strip));
        };
        java.util.OptionalInt failed = notImported(err, r);
        if (failed.isPresent()) {
            return failed.getAsInt();
        }
        Pln pln = r.value().get();
        boolean json = !toScreen && output.path().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            if (json) {
                ParticipantFileWriter.writeJson(pln, buf);
            } else {
                buf.write(ParticipantFileWriter.toYaml(pln).getBytes(StandardCharsets.UTF_8));
            }
            if (toScreen) {
                cmd.getOut().print(buf.toString(StandardCharsets.UTF_8));
            } else {
                output.write(output.path(), o -> buf.writeTo(o));
                cmd.getOut().println("Wrote " + output.path() + ": " + ExportCommand.describe(pln)
                        + (r.warningCount() > 0 ? " (" + ValidateCommand.plural(r.warningCount(), "warning") + " above)" : ""));
            }
        } catch (IOException e) {
            return Outputs.cannotWrite(cmd, output.path(), e);
        }
        cmd.getOut().flush();
        err.flush();
        return 0;
    }

    /** Prints the problems of an import; when nothing could be read, says so and gives the exit code. */
    private java.util.OptionalInt notImported(PrintWriter err, ReadResult<?> r) {
        for (Problem p : LimitsOption.explain(r.problems(), readOptions.limits())) {
            err.println(p);
        }
        if (r.value().isPresent()) {
            return java.util.OptionalInt.empty();
        }
        err.println("not imported: " + ValidateCommand.plural(r.errorCount(), "error")
                + "; fix them or map the attributes (see pln import --help)");
        err.flush();
        return java.util.OptionalInt.of(PlnCommand.INVALID_INPUT);
    }

    private NetworkCanvasImporter canvas(Taxonomy tax, ImportMapping mapping) {
        NetworkCanvasImporter nc = new NetworkCanvasImporter(tax, readOptions.limits(), mapping);
        return edgeType == null ? nc : nc.withEdgeType(edgeType);
    }

    /**
     * {@code --all}: every interview (or network) as a participant file in the folder {@code -o} names, by the file
     * name rule every command uses for a participant ({@link BulkReports#folderNames}); nothing is written when any
     * has an error, and no file is replaced without {@code --force}.
     */
    private int importAll(CommandLine cmd, Source source, Taxonomy tax, ImportMapping mapping) {
        PrintWriter err = cmd.getErr();
        ReadResult<List<Pln>> r;
        if (source == Source.graphml) {
            one(cmd, "GraphML");
            r = new GraphMlImporter(tax, readOptions.limits(), mapping).readAll(files.get(0));
        } else {
            r = canvas(tax, mapping).readAll(files);
        }
        java.util.OptionalInt failed = notImported(err, r);
        if (failed.isPresent()) {
            return failed.getAsInt();
        }
        List<Pln> plns = r.value().get();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < plns.size(); i++) {
            Integer before = seen.putIfAbsent(plns.get(i).participant().id(), i);
            if (before != null) {
                err.println("not imported: interviews " + (before + 1) + " and " + (i + 1) + " both give participant "
                        + plns.get(i).participant().id() + "; choose one with --ego, or give each its own id");
                err.flush();
                return PlnCommand.INVALID_INPUT;
            }
        }
        Path folder = output.path();
        List<String> names = BulkReports.folderNames(plns, false);
        List<Path> targets = names.stream().map(n -> folder.resolve(n + ".yaml")).toList();
        output.checkNew(cmd, targets);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < plns.size(); i++) {
                byte[] yaml = ParticipantFileWriter.toYaml(plns.get(i)).getBytes(StandardCharsets.UTF_8);
                Outputs.writeInside(folder, targets.get(i), output.force(), o -> o.write(yaml));
            }
        } catch (IOException e) {
            return Outputs.cannotWrite(cmd, folder, e);
        }
        cmd.getOut().println("Wrote " + plns.size() + " participant " + (plns.size() == 1 ? "file" : "files")
                + " into " + folder + " (read them with pln cohort " + folder + ")"
                + (r.warningCount() > 0 ? " (" + ValidateCommand.plural(r.warningCount(), "warning") + " above)" : ""));
        cmd.getOut().flush();
        err.flush();
        return 0;
    }

    private Source source(CommandLine cmd) {
        if (from != null) {
            return from;
        }
        Path first = files.get(0);
        String n = first.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".graphml") || n.endsWith(".xml")) {
            return Source.graphml;
        }
        if (n.endsWith(".gexf")) {
            return Source.gexf;
        }
        if (Files.isDirectory(first) || looksLikeNetworkCanvas(first)) {
            return Source.network_canvas;
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
            return Source.csv;
        }
        if (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")) {
            // pln export --format json writes a participant file: nothing to import (#7)
            throw new CommandLine.ParameterException(cmd, first + " is a participant file (pln export --format json"
                    + " writes one), not a network to import: use it as it is, e.g. pln validate " + first);
        }
        throw new CommandLine.ParameterException(cmd, "cannot tell what " + first
                + " is; add --from graphml|gexf|csv|network-canvas");
    }

    private static boolean looksLikeNetworkCanvas(Path p) {
        try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.toLowerCase(Locale.ROOT).contains("networkcanvasegouuid")).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private void one(CommandLine cmd, String what) {
        if (files.size() != 1) {
            throw new CommandLine.ParameterException(cmd, what + " is one file; give exactly one");
        }
    }

    /** NAME=FIELD splits at the last "=" (a name may hold one), FIELD=VALUE at the first (a value may). */
    private static String[] split(CommandLine cmd, String s, String form, boolean last) {
        int eq = last ? s.lastIndexOf('=') : s.indexOf('=');
        if (eq <= 0 || eq == s.length() - 1) {
            throw new CommandLine.ParameterException(cmd, "\"" + s + "\" is not of the form " + form);
        }
        return new String[] {s.substring(0, eq).strip(), s.substring(eq + 1).strip()};
    }
}
