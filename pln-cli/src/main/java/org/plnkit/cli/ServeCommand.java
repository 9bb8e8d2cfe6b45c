package org.plnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plnkit.web.Studio;
import org.plnkit.web.StudioOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pln serve FILE}: the PLN studio, a local web page to build, see and keep a PLN (docs/web.md). */
@Command(name = "serve",
        description = {
                "Open the PLN studio: a page in your browser to build, see and keep your PLN.",
                "",
                "Every change is checked as `pln validate` does, and the map, the assessment and the",
                "action plan answer at once. Save writes FILE (the previous version is kept as FILE.bak on",
                "the first save); the page also downloads the workbook, map, reflection draft and JSON,",
                "and opens a participant file or a filled organizer workbook.",
                "FILE is created from the starter when it does not exist (its folder must exist); its example",
                "fits what you teach when you give --role, or answer the question over it on the page.",
                "",
                "The studio answers only on this computer (127.0.0.1) unless you give --host.",
                "Stop it with Ctrl+C.",
                "",
                "Examples:",
                "  pln serve my-pln.yaml",
                "  pln serve my-pln.yaml --role \"8th grade science teacher\"",
                "  pln serve samples/maria-lopez-librarian.yaml --port 8080 --no-browser"},
        exitCodeList = {"0:the studio was stopped", "2:usage error", "3:the studio could not start"})
final class ServeCommand extends ReadingCommand {
    @Parameters(paramLabel = "FILE", description = "The participant file to edit (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port (default: a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}: only this computer). Anything else lets"
                    + " other computers reach your PLN: use it only on a network you trust.")
    String host;

    @Option(names = "--no-browser", description = "Do not open a browser; only print the address.")
    boolean noBrowser;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "What you teach, e.g. \"PE teacher\": a new FILE's example then fits it. An existing"
                    + " FILE is not changed.")
    String role;

    @Mixin
    ResourcesOption resources;

    @Override
    int run(CommandLine cmd) throws Exception {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
            throw new CommandLine.ParameterException(cmd, "the studio edits a participant file (.yaml, .yml or .json), not "
                    + file + "; to start from a filled organizer workbook, open the studio on a new file and use"
                    + " \"Open it here\" on the page");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            // the starter is written into a folder that exists; a mistyped folder is not created
            throw new CommandLine.ParameterException(cmd, "the folder " + folder + " of " + file + " does not exist;"
                    + " create it first, or give a file in a folder that exists");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cmd, "--port must be between 0 and 65535");
        }
        if (role != null) {
            try {
                org.plnkit.report.template.TemplateOptions.defaults().withRole(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--role: " + e.getMessage());
            }
        }
        org.plnkit.core.model.Taxonomy tax = readOptions.taxonomy(cmd);
        StudioOptions o = StudioOptions.of(file).withHost(host).withPort(port)
                .withTaxonomy(tax).withLimits(readOptions.limits()).withResources(resources.load(cmd, tax))
                .withRole(role);
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        if (!o.loopback()) {
            err.println("Warning: --host " + host + " lets other computers on the network open this studio and read and"
                    + " change " + file + ". Use it only on a network you trust.");
        }
        Studio studio;
        try {
            studio = Studio.start(o);
        } catch (IOException e) {
            err.println("pln serve: " + e.getMessage());
            err.flush();
            return PlnCommand.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(studio::close, "pln-serve-stop"));
        if (studio.createdFile()) {
            out.println("Created " + file + " from the starter.");
        } else if (role != null) {
            err.println("Note: " + file + " exists, so it opens as it is: --role only makes a new file's example.");
        }
        out.println("The PLN studio for " + file + " is at " + studio.uri());
        out.println("Stop it with Ctrl+C.");
        out.flush();
        if (!noBrowser && !open(studio.uri().toString())) {
            out.println("Open that address in your browser.");
            out.flush();
        }
        try {
            studio.join();
        } finally {
            studio.close();
        }
        return 0;
    }

    /** Asks the desktop to open the address; false when there is no way to (a server, CI). */
    private static boolean open(String uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri)
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : List.of("xdg-open", uri);
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
