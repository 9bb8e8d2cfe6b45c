package org.plnkit.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.plnkit.analysis.plan.ResourceDirectory;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.read.Limits;

/**
 * How to run the studio.
 *
 * <pre>{@code
 * try (Studio s = Studio.start(StudioOptions.of(Path.of("my-pln.yaml")))) {
 *     System.out.println(s.uri());   // http://127.0.0.1:43117/
 * }
 * }</pre>
 *
 * @param file          the participant file the studio edits and saves (created from the starter if missing)
 * @param host          the address to bind; 127.0.0.1 unless the user asks otherwise
 * @param port          the port, or 0 for a free one
 * @param taxonomy      the categories
 * @param limits        the reader's limits, for the file, every request and every upload
 * @param maxBodyBytes  the largest request body accepted (413 above it)
 * @param clock         today's date for a participant without {@code as_of}
 * @param resources     the resource directory the action plan suggests from and the category examples come from
 *                      ({@code pln serve --resources}); null for the starter directory, as {@code pln assess}
 * @param role          what the teacher teaches ("PE teacher"), for the example a new file starts with
 *                      ({@link org.plnkit.report.template.TemplateOptions#withRole}); null for the school librarian's
 */
public record StudioOptions(Path file, String host, int port, Taxonomy taxonomy, Limits limits, long maxBodyBytes,
                            Clock clock, ResourceDirectory resources, String role) {
    /** The default largest request body: a participant file at the reader's limit, or a filled workbook. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    /** Options with the starter directory. */
    public StudioOptions(Path file, String host, int port, Taxonomy taxonomy, Limits limits, long maxBodyBytes,
                         Clock clock) {
        this(file, host, port, taxonomy, limits, maxBodyBytes, clock, null, null);
    }

    /** Options with a resource directory, for no particular role. */
    public StudioOptions(Path file, String host, int port, Taxonomy taxonomy, Limits limits, long maxBodyBytes,
                         Clock clock, ResourceDirectory resources) {
        this(file, host, port, taxonomy, limits, maxBodyBytes, clock, resources, null);
    }

    public StudioOptions {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
    }

    /** The defaults: 127.0.0.1, a free port, the default taxonomy and limits, today from the system clock. */
    public static StudioOptions of(Path file) {
        return new StudioOptions(file, "127.0.0.1", 0, Taxonomy.defaults(), Limits.DEFAULT, DEFAULT_MAX_BODY_BYTES,
                Clock.systemDefaultZone());
    }

    public StudioOptions withHost(String h) {
        return with(copy -> copy.host = h);
    }

    public StudioOptions withPort(int p) {
        return with(copy -> copy.port = p);
    }

    public StudioOptions withTaxonomy(Taxonomy t) {
        return with(copy -> copy.taxonomy = t);
    }

    public StudioOptions withLimits(Limits l) {
        return with(copy -> copy.limits = l);
    }

    public StudioOptions withMaxBodyBytes(long b) {
        return with(copy -> copy.maxBodyBytes = b);
    }

    public StudioOptions withClock(Clock c) {
        return with(copy -> copy.clock = c);
    }

    /** Suggests from this directory (e.g. a district's, followed by the starter) instead of the starter alone. */
    public StudioOptions withResources(ResourceDirectory r) {
        return with(copy -> copy.resources = r);
    }

    /**
     * A new file starts with an example for a teacher of this role ({@code pln serve --role}); null for the school
     * librarian's. An existing file is never changed by it.
     *
     * @since 0.2.0
     */
    public StudioOptions withRole(String r) {
        return with(copy -> copy.role = r);
    }

    /**
     * These options with what {@code change} sets changed, checked again by the constructor: every {@code with...}
     * goes through here, so that a new component is added to {@link Copy} and nowhere else.
     */
    private StudioOptions with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new StudioOptions(c.file, c.host, c.port, c.taxonomy, c.limits, c.maxBodyBytes, c.clock, c.resources,
                c.role);
    }

    /** The components of a copy being made, as the record's until changed. */
    private static final class Copy {
        final Path file;
        String host;
        int port;
        Taxonomy taxonomy;
        Limits limits;
        long maxBodyBytes;
        Clock clock;
        ResourceDirectory resources;
        String role;

        Copy(StudioOptions o) {
            file = o.file;
            host = o.host;
            port = o.port;
            taxonomy = o.taxonomy;
            limits = o.limits;
            maxBodyBytes = o.maxBodyBytes;
            clock = o.clock;
            resources = o.resources;
            role = o.role;
        }
    }

    /** The directory to suggest from: the one given, else the starter directory for the taxonomy. */
    public ResourceDirectory suggestions() {
        return resources != null ? resources : ResourceDirectory.starter(taxonomy);
    }

    /** Whether the address is one only this machine can reach. */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
