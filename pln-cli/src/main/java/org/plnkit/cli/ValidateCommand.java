package org.plnkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnkit.analysis.words.Words;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Problem;
import org.plnkit.report.problems.ProblemJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pln validate INPUT...}: every problem of every input, with its place, and a summary. */
@Command(name = "validate",
        description = {
                "Check PLN inputs and list every problem with its place.",
                "",
                "Each problem names its file and line (or sheet and cell) and the reason:",
                "  maria.yaml:14:12: error: value 7 is not between 1 and 5",
                "  cohort.xlsx Connections!F12: error: ...",
                "Nothing is written; inputs are never changed."},
        exitCodeList = {"0:every input is valid (warnings allowed)", "1:at least one error",
                "2:usage error", "3:the tool failed"})
final class ValidateCommand extends ReadingCommand {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Participant files (.yaml, .yml, .json), cohort workbooks (.xlsx), or folders of CSV or participant files.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) for people, json for tools: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary, not warnings.")
    boolean quiet;

    @Override
    int run(CommandLine cmd) throws Exception {
        Taxonomy tax = readOptions.taxonomy(cmd);
        List<Inputs.Loaded> loaded = new ArrayList<>();
        java.util.Map<Path, Path> snapshotOf = new java.util.HashMap<>();
        for (Path p : inputs) {
            List<Path> snapshots = Inputs.snapshots(p, tax, readOptions.limits());
            for (Path s : snapshots) {
                snapshotOf.put(s, p);
                loaded.add(Inputs.read(s, tax, readOptions.limits(), false));
            }
            if (snapshots.isEmpty()) {
                loaded.add(Inputs.read(p, tax, readOptions.limits(), false));
            }
        }
        long errors = loaded.stream().mapToLong(Inputs.Loaded::errors).sum();
        long warnings = loaded.stream().mapToLong(Inputs.Loaded::warnings).sum();
        PrintWriter out = cmd.getOut();
        if (format == Format.json) {
            out.println(json(loaded, errors, warnings));
        } else {
            text(out, loaded, snapshotOf, errors, warnings);
        }
        out.flush();
        return errors > 0 ? PlnCommand.INVALID_INPUT : 0;
    }

    private void text(PrintWriter out, List<Inputs.Loaded> loaded, java.util.Map<Path, Path> snapshotOf, long errors,
                      long warnings) {
        Path folder = null;
        for (Inputs.Loaded l : loaded) {
            Path of = snapshotOf.get(l.path());
            if (of != null && !of.equals(folder)) {
                long n = snapshotOf.values().stream().filter(of::equals).count();
                out.println(of + ": " + n + " snapshots of one participant, each checked on its own (compare them with"
                        + " pln compare BEFORE AFTER)");
            }
            folder = of;
            for (Problem p : l.problems()) {
                if (!quiet || p.isError()) {
                    out.println(p);
                }
            }
            if (l.kind() == Inputs.Kind.UNKNOWN && l.errors() == 0) {
                continue;
            }
            String what = l.cohort().map(ValidateCommand::describe).orElse("not usable");
            out.println(l.path() + ": " + (l.errors() == 0 ? "valid" : "invalid") + ", " + what);
        }
        long withProblems = loaded.stream().filter(l -> !l.problems().isEmpty()).count();
        out.println();
        String checked = plural(loaded.size(), "input") + " checked: ";
        out.println(withProblems == 0 ? checked + "no problems"
                : checked + plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                + plural(withProblems, "input"));
    }

    static String describe(Cohort c) {
        long connections = c.plns().stream().mapToLong(p -> p.connections().size()).sum();
        if (c.size() == 1) {
            Pln p = c.plns().get(0);
            return "participant " + p.participant().id() + " with " + plural(p.connections().size(), "connection")
                    + " and " + plural(p.links().size(), "link");
        }
        return plural(c.size(), "participant") + " with " + plural(connections, "connection");
    }

    private static String json(List<Inputs.Loaded> loaded, long errors, long warnings) throws Exception {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("valid", errors == 0);
        root.put("errors", errors);
        root.put("warnings", warnings);
        ArrayNode files = root.putArray("inputs");
        for (Inputs.Loaded l : loaded) {
            ObjectNode f = files.addObject();
            f.put("input", l.path().toString());
            f.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            f.put("valid", l.errors() == 0);
            l.cohort().ifPresent(c -> {
                f.put("participants", c.size());
                f.put("connections", c.plns().stream().mapToLong(p -> p.connections().size()).sum());
            });
            f.set("problems", ProblemJson.array(l.problems()));
        }
        return m.writeValueAsString(root);
    }

    /** "1 error", "4,392 errors": counts read on the screen have thousands separators (the JSON keeps plain numbers). */
    static String plural(long n, String word) {
        return Words.count(n, word);
    }
}
