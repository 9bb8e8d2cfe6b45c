package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.io.SafeNames;
import org.plnkit.report.map.CohortMap;
import org.plnkit.report.map.CohortMapOptions;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.MapOptions;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.map.Theme;
import org.plnkit.report.run.District;
import org.plnkit.report.run.DistrictOptions;
import org.plnkit.report.run.DistrictRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code pln map FILE}: the PLN map as PNG or SVG, with its alt text beside it. */
@Command(name = "map", resourceBundle = "org.plnkit.cli.map",
        exitCodeList = {"0:the map was written", "1:the input has errors",
                "2:usage error, or the output exists (use --force)", "3:the tool failed"})
final class MapCommand extends ReadingCommand {
    @Parameters(paramLabel = "INPUT", description = "A participant file (.yaml, .yml, .json), or a cohort (.xlsx, a folder) for the cohort map.")
    Path input;

    @Mixin
    OutputOption output;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1200",
            description = "Picture size in points, from 480x360 to 8000x8000 (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Pixel density for PNG, e.g. 2 for high-DPI screens (default ${DEFAULT-VALUE}).")
    double scale;

    @Mixin
    AnonymizeOption anonymize;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", converter = Themes.class,
            completionCandidates = Themes.class, description = "${COMPLETION-CANDIDATES} (default: light).")
    Theme theme;

    /** The map's colours: {@code light} or {@code dark}. */
    static final class Themes extends Choice<Theme> {}

    @Option(names = "--no-legend", negatable = false, description = "Leave out the legend.")
    boolean noLegend;

    @Mixin
    AsOfOption asOf;

    @Override
    int run(CommandLine cl) throws Exception {
        Taxonomy tax = readOptions.taxonomy(cl);
        int[] wh = parseSize(cl);
        Theme th = theme;
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new CommandLine.ParameterException(cl, "--scale must be between 0.5 and 4");
        }
        PrintWriter err = cl.getErr();
        Inputs.Loaded loaded = Inputs.read(input, tax, readOptions.limits(), false);
        loaded.problems().forEach(err::println);
        if (!loaded.usable()) {
            err.println("pln map: " + input + " has errors; no map was drawn (see `pln validate`).");
            err.flush();
            return PlnCommand.INVALID_INPUT;
        }
        if (loaded.kind() == Inputs.Kind.COHORT) {
            return cohortMap(cl, loaded.cohort().get(), tax, wh, th, loaded.errors() > 0);
        }
        Pln input = loaded.cohort().get().plns().get(0);
        // the same assessment as `pln assess`, so that overdue ties and gaps agree everywhere
        AssessmentOptions ao = AssessmentOptions.asOf(asOf.resolve(input.participant(), Clock.systemDefaultZone()))
                .withTaxonomy(tax);
        ParticipantReport report = ParticipantReport.of(input, ao, anonymize.anonymity());
        Pln pln = report.pln();
        // named after the participant as shown: "anonymous.png" when anonymized
        Path out = output.orElse(Path.of(SafeNames.of(pln.participant().id()) + ".png"));
        Format format = format(cl, out);
        MapOptions options = report.mapOptions().toBuilder()
                .size(wh[0], wh[1]).scale(scale).theme(th).legend(!noLegend).build();
        Path alt = write(cl, out, o -> PlnMap.render(pln, options, format, o), () -> PlnMap.altText(pln, options));
        cl.getOut().println("wrote " + out + " and " + alt);
        cl.getOut().flush();
        return 0;
    }

    /** The cohort map: participants by school, the most shared organizations and resources (see docs/maps.md). */
    private int cohortMap(CommandLine cl, Cohort cohort, Taxonomy tax, int[] wh, Theme th, boolean partial)
            throws IOException {
        // the district run's analysis and map options; district-facing: people are never named on the cohort map
        DistrictRun run = new DistrictRun(DistrictOptions.builder().taxonomy(tax).asOf(asOf.asOf)
                .today(LocalDate.now(Clock.systemDefaultZone())).build());
        District district = run.analyse(input, cohort);
        CohortAnalysis analysis = district.analysis();
        CohortLabels labels = district.labels();
        CohortMapOptions mo = run.mapOptions(district).size(wh[0], wh[1]).scale(scale).theme(th).build();
        Path out = output.orElse(Path.of("cohort-map.png"));
        Format format = format(cl, out);
        CohortMap.Drawing drawing = CohortMap.drawing(analysis, labels, mo); // worked out once for both files
        Path alt = write(cl, out, o -> drawing.render(format, o), () -> drawing.altText() + "\n");
        cl.getOut().println("wrote " + out + " and " + alt + " (" + ValidateCommand.describe(cohort) + ")");
        cl.getOut().flush();
        return partial ? PlnCommand.INVALID_INPUT : 0;
    }

    /** The picture's format, from the output's extension. */
    private static Format format(CommandLine cl, Path out) {
        return Format.ofFileName(out.getFileName().toString()).orElseThrow(() ->
                new CommandLine.ParameterException(cl, "the output must end in .png or .svg: " + out));
    }

    /** Writes the picture and its alt text beside it ({@code map.png}, {@code map.alt.txt}); gives the alt's path. */
    private Path write(CommandLine cl, Path out, Outputs.Body picture, Supplier<String> altText) throws IOException {
        Path alt = out.resolveSibling(stripExtension(out.getFileName().toString()) + ".alt.txt");
        output.checkNew(cl, List.of(out, alt));
        output.write(out, picture);
        output.write(alt, o -> o.write(altText.get().getBytes(StandardCharsets.UTF_8)));
        return alt;
    }

    private static final int MIN_WIDTH = 480;
    private static final int MIN_HEIGHT = 360;
    private static final int MAX_SIDE = 8000;
    /** What {@code --size} allows, said in every message about it. */
    static final String SIZE_RANGE = "the width must be " + MIN_WIDTH + " to " + MAX_SIDE + " points and the height "
            + MIN_HEIGHT + " to " + MAX_SIDE + " (from " + MIN_WIDTH + "x" + MIN_HEIGHT + " to " + MAX_SIDE + "x"
            + MAX_SIDE + ")";

    private int[] parseSize(CommandLine cl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})[xX×](\\d{1,9})").matcher(size.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(cl, "--size is WIDTHxHEIGHT in points, e.g. 1600x1200, not "
                    + size + "; " + SIZE_RANGE);
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < MIN_WIDTH || h < MIN_HEIGHT || w > MAX_SIDE || h > MAX_SIDE) {
            throw new CommandLine.ParameterException(cl, "--size " + w + "x" + h + " is out of range: " + SIZE_RANGE);
        }
        return new int[] {w, h};
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
