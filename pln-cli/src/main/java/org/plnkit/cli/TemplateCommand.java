package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.TemplateWriter;
import org.plnkit.report.template.YamlTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pln template} (also {@code pln init}): a blank PLN organizer workbook, or a commented YAML starter. */
@Command(name = "template", aliases = "init", usageHelpWidth = 100, resourceBundle = "org.plnkit.cli.template",
        exitCodeList = {"0:the template was written", "2:usage error, or the output exists (add --force)",
                "3:the file could not be written"})
final class TemplateCommand extends Subcommand {
    @CommandLine.Parameters(arity = "0..1", paramLabel = "OUT",
            description = "The file to write (same as -o).")
    Path positional;

    @Mixin
    OutputOption output;

    @Option(names = "--yaml", description = "Write the commented YAML starter instead of the workbook.")
    boolean yaml;

    @Option(names = "--no-example", negatable = false,
            description = "Leave out the example rows (the grey rows in italics).")
    boolean noExample;

    int rows;

    /** {@code --rows N}, refused while the command line is parsed when out of range, like any other usage error. */
    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000",
            description = "Rows of the Connections sheet with drop-downs and date checks (default ${DEFAULT-VALUE}).")
    void rows(int n) {
        if (n < 1 || n > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rows must be between 1 and 100000, not " + n);
        }
        rows = n;
    }

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date the starter is dated (its as_of, YYYY-MM-DD). Default: today.")
    java.time.LocalDate asOf;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "What you teach, e.g. \"8th grade science teacher\": the YAML starter's example then fits it"
                    + " (its role, topics, and an association and resource of your subject). Default: a school"
                    + " librarian's example.")
    String role;

    @Mixin
    TaxonomyOption taxonomy;

    @Override
    int run(CommandLine cmd) {
        if (positional != null && output.path() != null && !positional.equals(output.path())) {
            throw new CommandLine.ParameterException(cmd, "give the output once: either OUT or -o OUT");
        }
        Path out = output.orElse(positional);
        boolean asYaml = yaml || out != null && isYamlName(out);
        if (out == null) {
            out = Path.of(asYaml ? "my-pln.yaml" : "pln-organizer.xlsx");
        }
        if (yaml && out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(cmd, "--yaml writes YAML; name the output .yaml, not " + out);
        }
        if (!asYaml && !out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(cmd, "the workbook is an .xlsx file; name the output .xlsx"
                    + " (or add --yaml for the YAML starter)");
        }
        if (role != null && !asYaml) {
            // the workbook goes to a group, whose teachers teach different subjects: its example rows stay one
            throw new CommandLine.ParameterException(cmd, "--role makes the YAML starter for one teacher; add --yaml"
                    + " (or name the output .yaml). The workbook is handed to a group and keeps one example");
        }
        Taxonomy tax = taxonomy.load(cmd);
        TemplateOptions options;
        try {
            options = new TemplateOptions(tax, !noExample, rows,
                    asOf != null ? asOf : java.time.LocalDate.now(java.time.Clock.systemDefaultZone())).withRole(role);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--role: " + e.getMessage());
        }
        PrintWriter stdout = cmd.getOut();
        if (asYaml && out.toString().equals("-")) {
            stdout.print(YamlTemplate.text(options));
            stdout.flush();
            return 0;
        }
        TemplateWriter writer;
        try {
            writer = new TemplateWriter(options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "the taxonomy cannot be used in a workbook: " + e.getMessage());
        }
        output.checkNew(cmd, List.of(out));
        try {
            if (asYaml) {
                byte[] text = YamlTemplate.text(options).getBytes(StandardCharsets.UTF_8);
                output.write(out, o -> o.write(text));
            } else {
                byte[] bytes = writer.bytes();
                output.write(out, o -> o.write(bytes));
            }
        } catch (IOException e) {
            return Outputs.cannotWrite(cmd, out, e);
        }
        stdout.println("Wrote " + out + (asYaml ? ", a YAML starter for one PLN." : ", a PLN organizer workbook with "
                + tax.categories().size() + " categories."));
        stdout.println("Fill it in, then check it with: pln validate " + out);
        stdout.flush();
        return 0;
    }

    private static boolean isYamlName(Path p) {
        String n = p.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.equals("-");
    }
}
