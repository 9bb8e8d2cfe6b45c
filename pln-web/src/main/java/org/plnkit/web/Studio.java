package org.plnkit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.plnkit.analysis.AssessmentJson;
import org.plnkit.core.model.Cohort;
import org.plnkit.core.model.Pln;
import org.plnkit.core.privacy.Anonymity;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.CohortReader;
import org.plnkit.core.read.CohortReading;
import org.plnkit.core.read.ParticipantFileReader;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.write.ParticipantFileWriter;
import org.plnkit.report.bundle.ParticipantReport;
import org.plnkit.report.bundle.ReportBundle;
import org.plnkit.report.bundle.ReportFormat;
import org.plnkit.report.io.AtomicOutput;
import org.plnkit.report.io.SafeNames;
import org.plnkit.report.map.Format;
import org.plnkit.report.map.PlnMap;
import org.plnkit.report.problems.ProblemJson;
import org.plnkit.report.template.TemplateOptions;
import org.plnkit.report.template.YamlTemplate;

/**
 * The PLN studio: a local web server where a teacher edits one participant file, sees it checked, drawn and
 * assessed on every change, saves it, downloads the reports, and an HTTP API for other school tools
 * ({@code docs/web.md}).
 *
 * <pre>{@code
 * try (Studio s = Studio.start(StudioOptions.of(Path.of("my-pln.yaml")))) {
 *     System.out.println("Open " + s.uri());
 *     s.join();
 * }
 * }</pre>
 *
 * <p>Only the file given when starting is ever read or written (and its {@code .bak}); nothing in a request names a
 * path. Requests whose {@code Host} or {@code Origin} is not this server are refused.
 */
public final class Studio implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The page's own files, served from the jar; nothing else is. */
    private static final Map<String, String> STATIC = Map.of(
            "/static/studio.js", "text/javascript; charset=utf-8",
            "/static/studio.css", "text/css; charset=utf-8",
            "/static/blank.svg", "image/svg+xml");
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** The most of an oversized body read and dropped before answering 413. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private final StudioOptions options;
    private final Path file;
    private final String fileName;
    private final Pages pages;
    private final Server server;
    private final ServerConnector connector;
    private final Object saveLock = new Object();
    private boolean backedUp;
    private volatile Set<String> hosts = Set.of();
    private final boolean created;
    /** The starter this studio wrote, to tell the teacher the page shows an example until the file is their own. */
    private volatile byte[] starter;
    /** Whose example the starter is: the role it was made for, empty for the school librarian's. */
    private volatile Optional<String> starterRole = Optional.empty();

    private Studio(StudioOptions given) {
        // the directory read once, not on every change
        StudioOptions options = given.resources() == null ? given.withResources(given.suggestions()) : given;
        this.options = options;
        this.file = options.file().toAbsolutePath().normalize();
        this.fileName = file.getFileName().toString();
        this.pages = new Pages(options.taxonomy(), options.suggestions());
        QueuedThreadPool pool = new QueuedThreadPool(16, 2);
        pool.setName("pln-studio");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        server.addConnector(connector);
        server.setHandler(new Routes());
        server.setStopTimeout(2_000);
        this.created = !Files.exists(file);
    }

    /**
     * Starts the studio for a file: it is created from the starter when missing, else read (a broken file opens
     * with its problems; nothing is written until the teacher saves).
     *
     * @throws IOException when the starter cannot be written or the port cannot be opened
     */
    public static Studio start(StudioOptions options) throws IOException {
        Studio s = new Studio(options);
        Path folder = s.file.getParent();
        if (s.created && folder != null && !Files.isDirectory(folder)) {
            // the studio creates the file, never folders: a mistyped folder is said, not made
            throw new NoSuchFileException(folder.toString(), null, "the folder " + folder + " does not exist;"
                    + " create it first, or give a file in a folder that exists");
        }
        if (s.created) {
            TemplateOptions t = s.starterOptions(options.role());
            byte[] starter = s.starterBytes(t);
            AtomicOutput.write(s.file, false, starter);
            s.starter = starter;
            s.starterRole = t.role();
        }
        try {
            s.server.start();
        } catch (IOException e) {
            s.close();
            throw e;
        } catch (Exception e) {
            s.close();
            throw new IOException("cannot start the studio on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        int port = s.connector.getLocalPort();
        String h = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]"
                : options.host();
        Set<String> hs = new java.util.HashSet<>();
        hs.add(h.toLowerCase(Locale.ROOT) + ":" + port);
        if (options.loopback()) {
            hs.addAll(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        }
        s.hosts = Set.copyOf(hs);
        return s;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:43117/}. */
    public URI uri() {
        String h = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]"
                : options.host();
        return URI.create("http://" + h + ":" + connector.getLocalPort() + "/");
    }

    /**
     * The starter's options for a role (null: the school librarian's example).
     *
     * @throws IllegalArgumentException when the role is too long for a starter
     */
    private TemplateOptions starterOptions(String role) {
        return TemplateOptions.defaults().withTaxonomy(options.taxonomy()).withRole(role);
    }

    /**
     * The starter as this file holds it: the commented YAML, or for a {@code .json} file the same PLN as JSON (JSON
     * has no comments; the YAML in a {@code .json} file was refused as "looks like YAML" when the studio read it).
     */
    private byte[] starterBytes(TemplateOptions t) throws IOException {
        String yaml = YamlTemplate.text(t);
        if (!json()) {
            return yaml.getBytes(StandardCharsets.UTF_8);
        }
        ReadResult<Pln> r = new ParticipantFileReader(options.taxonomy(), options.limits()).read("starter.yaml",
                yaml.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParticipantFileWriter.writeJson(r.value().orElseThrow(() -> new IllegalStateException(
                "the starter does not read: " + r.problems())), out);
        out.write('\n');
        return out.toByteArray();
    }

    /** Whether the file did not exist and was created from the starter. */
    public boolean createdFile() {
        return created;
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping a server that failed to start: nothing more to do
        }
    }

    /** The file's version: a hash of its bytes (or "none" when it is missing), compared on every save. */
    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] readFile() throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private String versionOnDisk() throws IOException {
        byte[] b = readFile();
        return b == null ? "none" : version(b);
    }

    // ---- routes ----

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request req, Response res, Callback cb) {
            try {
                headers(res);
                String path = Request.getPathInContext(req);
                String method = req.getMethod();
                if (!hostAllowed(req)) {
                    return error(res, cb, 403, "refused: this server answers only to " + String.join(", ", hosts.stream()
                            .sorted().toList()) + " (Host or Origin is not its own)");
                }
                if (method.equals("GET") || method.equals("HEAD")) {
                    if (path.equals("/")) {
                        return send(res, cb, 200, "text/html; charset=utf-8", page());
                    }
                    if (STATIC.containsKey(path)) {
                        return send(res, cb, 200, STATIC.get(path), resource(path));
                    }
                    if (path.startsWith("/api/") || path.startsWith("/studio/")) {
                        return error(res, cb, 405, "use POST for " + path);
                    }
                    return error(res, cb, 404, "no such page: " + path);
                }
                if (!method.equals("POST")) {
                    return error(res, cb, 405, "method " + method + " is not allowed");
                }
                Optional<byte[]> body = body(req);
                if (body.isEmpty()) {
                    return error(res, cb, 413, "the request body is larger than the limit of "
                            + options.maxBodyBytes() + " bytes");
                }
                byte[] bytes = body.get();
                Anonymity anonymize = anonymity(query(req).get("anonymize"));
                return switch (path) {
                    case "/studio/update" -> {
                        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                        long t0 = System.nanoTime();
                        long c0 = mx.getCurrentThreadCpuTime();
                        byte[] answer = update(bytes);
                        // the server's own time (wall and CPU), for the browser's developer tools and the benchmark
                        res.getHeaders().put("Server-Timing", String.format(Locale.ROOT, "studio;dur=%.1f, cpu;dur=%.1f",
                                (System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6));
                        yield send(res, cb, 200, "application/json", answer);
                    }
                    case "/studio/save" -> save(res, cb, bytes);
                    case "/studio/starter" -> restart(res, cb, bytes);
                    case "/studio/upload" -> upload(res, cb, bytes, query(req).getOrDefault("name", "upload.yaml"),
                            query(req).get("participant"));
                    case "/studio/download" -> download(res, cb, bytes);
                    case "/api/validate" -> api(req, res, cb, bytes, "validate", anonymize);
                    case "/api/assess" -> api(req, res, cb, bytes, "assess", anonymize);
                    case "/api/map.svg" -> api(req, res, cb, bytes, "svg", anonymize);
                    case "/api/map.png" -> api(req, res, cb, bytes, "png", anonymize);
                    case "/api/workbook" -> api(req, res, cb, bytes, "xlsx", anonymize);
                    default -> error(res, cb, 404, "no such route: " + path);
                };
            } catch (BadRequest e) {
                return error(res, cb, 400, e.getMessage());
            } catch (IOException | RuntimeException e) {
                return error(res, cb, 500, "the studio failed: " + e);
            }
        }
    }

    /** Thrown for a request the studio cannot understand; answered with 400 and the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static void headers(Response res) {
        res.getHeaders().put("Content-Security-Policy", CSP);
        res.getHeaders().put("X-Content-Type-Options", "nosniff");
        res.getHeaders().put("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer a browser posts the page's own forms (the downloads) with
        // "Origin: null", which hostAllowed refuses; the address still never leaves this server
        res.getHeaders().put("Referrer-Policy", "same-origin");
        res.getHeaders().put("Cross-Origin-Resource-Policy", "same-origin");
        res.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** DNS rebinding and cross-site requests: Host must be this server, and Origin too when a browser sends one. */
    private boolean hostAllowed(Request req) {
        String host = req.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = req.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !(origin.toLowerCase(Locale.ROOT).startsWith("http://")
                && hosts.contains(origin.substring(7).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        String site = req.getHeaders().get("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    /**
     * The body, or empty when it is over the limit (said by Content-Length or found while reading). An oversized body
     * is read and dropped (up to a bound) so that the client gets its 413 instead of a reset connection.
     */
    private Optional<byte[]> body(Request req) throws IOException {
        long max = options.maxBodyBytes();
        try (InputStream in = org.eclipse.jetty.io.Content.Source.asInputStream(req)) {
            if (req.getLength() > max) {
                drain(in, req.getLength());
                return Optional.empty();
            }
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                drain(in, Long.MAX_VALUE);
                return Optional.empty();
            }
            return Optional.of(b);
        }
    }

    /** Reads and drops the rest of a body, at most {@link #DRAIN_LIMIT} bytes (then the connection is closed). */
    private static void drain(InputStream in, long length) throws IOException {
        long left = Math.min(length, DRAIN_LIMIT);
        byte[] buf = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
            left -= n;
        }
    }

    private static Map<String, String> query(Request req) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = req.getHttpURI().getQuery();
        if (q != null) {
            parseForm(q, m);
        }
        return m;
    }

    private static void parseForm(String q, Map<String, String> m) {
        for (String kv : q.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            m.putIfAbsent(k, v);
        }
    }

    private static boolean send(Response res, Callback cb, int status, String type, String text) {
        return send(res, cb, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean send(Response res, Callback cb, int status, String type, byte[] bytes) {
        res.setStatus(status);
        res.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        res.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        res.write(true, ByteBuffer.wrap(bytes), cb);
        return true;
    }

    private static boolean error(Response res, Callback cb, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        return send(res, cb, status, "application/json", o.toString());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Studio.class.getResourceAsStream(path.substring(1))) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }

    // ---- the page ----

    /** The page for the file as it is on disk now; a broken file opens with its problems at their fields. */
    String page() throws IOException {
        byte[] bytes = readFile();
        String version = bytes == null ? "none" : version(bytes);
        if (bytes == null) {
            Evaluation e = Evaluation.of(Draft.empty(), fileName, options);
            return pages.page(fileName, version, e, Pages.Opened.file(fileName, List.of(Problem.warning(
                    Place.file(fileName), "the file is missing; it is created when you save"))), null);
        }
        // the file's problems as the reader finds them in the file itself: with its own lines, not the form's
        ReadResult<Pln> direct = new ParticipantFileReader(options.taxonomy(), options.limits()).read(fileName, bytes);
        Optional<Draft> draft = Draft.parse(bytes);
        if (draft.isEmpty()) {
            // not YAML or JSON at all: show the reader's problems (with their lines) and the text as it is
            return pages.page(fileName, version, Evaluation.of(Draft.empty(), fileName, options),
                    Pages.Opened.file(fileName, direct.problems()), new String(bytes, StandardCharsets.UTF_8));
        }
        Evaluation e = Evaluation.of(draft.get(), fileName, options);
        // a new file is the starter, a librarian's example: a teacher who did not know took its connections for
        // their own (the fifteenth QA pass's science teacher was told to take a first step in the librarians'
        // association); said until the file saved is no longer the starter
        byte[] example = starter;
        return pages.page(fileName, version, e, Pages.Opened.file(fileName, direct.problems()), null,
                example != null && Arrays.equals(bytes, example) ? Optional.of(starterRole) : Optional.empty());
    }

    /** A change on the page: its problems at their fields, and when there are no errors the map and assessment. */
    byte[] update(byte[] body) throws IOException {
        Draft d = Draft.fromJson(parseJson(body));
        Evaluation e = Evaluation.of(d, fileName, options);
        return JSON.writeValueAsBytes(evaluationJson(e));
    }

    ObjectNode evaluationJson(Evaluation e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("valid", e.errors() == 0);
        o.put("errors", e.errors());
        o.put("warnings", e.problems().size() - e.errors());
        ArrayNode ps = o.putArray("problems");
        for (int i = 0; i < e.problems().size(); i++) {
            Problem p = e.problems().get(i);
            ObjectNode pn = ps.addObject();
            pn.put("severity", p.severity().id());
            pn.put("message", p.message());
            pn.put("text", e.text(i));
            if (e.atField().get(i) != null) {
                pn.put("key", e.atField().get(i));
            }
        }
        ObjectNode helps = o.putObject("categoryHelp");
        pages.categoryHelp(e.draft()).forEach(helps::put);
        ArrayNode ids = o.putArray("ids");
        Pages.ids(e.draft()).forEach(ids::add);
        // each connection's id, in the form's order: the page removes the links of a connection it removes
        ArrayNode cids = o.putArray("connectionIds");
        Pages.connectionIds(e.draft(), e.pln()).forEach(cids::add);
        e.report().ifPresent(r -> {
            o.put("svg", Evaluation.svg(r));
            o.put("alt", Evaluation.altText(r));
            o.put("legend", Evaluation.legendHtml(r));
            o.put("assessment", AssessmentHtml.of(r));
        });
        return o;
    }

    private static JsonNode parseJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("the body is not JSON: " + e.getMessage());
        }
    }

    /** Saves the draft if the file is still the version the page loaded (or the page says to replace it). */
    private boolean save(Response res, Callback cb, byte[] body) throws IOException {
        JsonNode root = parseJson(body);
        String base = root.path("version").asText("");
        boolean force = root.path("force").asBoolean(false);
        Draft d = Draft.fromJson(root.path("draft"));
        ObjectNode o = JSON.createObjectNode();
        Evaluation e = Evaluation.of(d, fileName, options);
        if (e.errors() > 0) {
            // the file must stay one the toolkit reads: a draft with errors is not written
            o.put("status", 422);
            o.put("saved", false);
            o.put("error", "not saved: " + Pages.count(e.errors(), "error") + " to fix first (marked in red), so"
                    + " that " + fileName + " stays a file pln validate accepts");
            o.put("errors", e.errors());
            o.set("problems", evaluationJson(e).get("problems"));
            return send(res, cb, 422, "application/json", o.toString());
        }
        // rows of an opened workbook that could not be read are not on the page: saving leaves them out only
        // when the teacher says so
        int unread = root.path("unread").asInt(0);
        if (unread > 0 && !root.path("leaveOut").asBoolean(false)) {
            o.put("status", 409);
            o.put("unread", unread);
            o.put("error", "not saved: " + Pages.count(unread, "error") + " in rows of the workbook (listed under"
                    + " Problems): what they are about is not on this page, and saving now leaves it out of " + fileName
                    + ". Fix the workbook and open it again, add what is missing here, or save again to leave it out.");
            return send(res, cb, 409, "application/json", o.toString());
        }
        byte[] bytes;
        synchronized (saveLock) {
            byte[] now = readFile();
            if (json()) {
                // a .json file stays JSON (it has no comments)
                bytes = d.json().getBytes(StandardCharsets.UTF_8);
            } else {
                // the comments of a hand-written file go back in their places
                Comments comments = now == null ? Comments.none() : Comments.of(new String(now, StandardCharsets.UTF_8));
                bytes = comments.applyTo(d.yaml().text()).getBytes(StandardCharsets.UTF_8);
            }
            ReadResult<Pln> check = new ParticipantFileReader(options.taxonomy(), options.limits()).read(fileName, bytes);
            if (check.errorCount() > 0) {
                return error(res, cb, 500, "not saved: the studio made a file that pln validate rejects ("
                        + check.problems().get(0) + "); " + fileName + " is unchanged");
            }
            String current = now == null ? "none" : version(now);
            if (!force && !current.equals(base)) {
                o.put("status", 409);
                o.put("conflict", true);
                o.put("version", current);
                o.put("error", fileName + " was changed since this page loaded it (saved from another tab or"
                        + " program). Reload to see that version, or save again to replace it with this page's.");
                return send(res, cb, 409, "application/json", o.toString());
            }
            if (!backedUp && now != null) {
                AtomicOutput.write(backup(), true, now);
            }
            AtomicOutput.write(file, true, bytes);
            o.put("backup", !backedUp && now != null ? backup().getFileName().toString() : null);
            backedUp = true;
        }
        o.put("version", version(bytes));
        o.put("saved", fileName);
        o.put("errors", e.errors());
        return send(res, cb, 200, "application/json", o.toString());
    }

    /**
     * The new file's example made again for what the teacher says they teach (the page's first question): only while
     * the file is still the example the studio wrote, so that nothing of the teacher's is ever replaced.
     */
    private boolean restart(Response res, Callback cb, byte[] body) throws IOException {
        String role = parseJson(body).path("role").asText("");
        TemplateOptions t;
        try {
            t = starterOptions(role);
        } catch (IllegalArgumentException e) {
            return error(res, cb, 422, e.getMessage());
        }
        byte[] bytes = starterBytes(t);
        synchronized (saveLock) {
            byte[] now = readFile();
            byte[] example = starter;
            if (example == null || now == null || !Arrays.equals(now, example)) {
                return error(res, cb, 409, fileName + " is no longer the example the studio started it with, so it"
                        + " is left as it is: reload to see it");
            }
            AtomicOutput.write(file, true, bytes);
            starter = bytes;
            starterRole = t.role();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("version", version(bytes));
        return send(res, cb, 200, "application/json", o.toString());
    }

    /** Whether the file is a JSON participant file (saved as JSON), else YAML. */
    private boolean json() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    Path backup() {
        return file.resolveSibling(fileName + ".bak");
    }

    /** Opens an uploaded participant file or filled organizer workbook on the page (the file is not written). */
    private boolean upload(Response res, Callback cb, byte[] bytes, String name, String participant)
            throws IOException {
        // only the name the browser gives, never a folder; made safe for messages and never used as a path
        String slashed = name.replace('\\', '/');
        String last = slashed.substring(slashed.lastIndexOf('/') + 1);
        String shown = SafeNames.of(last.isBlank() ? "upload" : last);
        String lower = shown.toLowerCase(Locale.ROOT);
        List<Problem> loadProblems = new ArrayList<>();
        boolean workbook = false;
        Draft draft;
        String raw = null;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            Path tmp = Files.createTempFile("pln-studio-upload-", ".xlsx");
            try {
                Files.write(tmp, bytes);
                CohortReading r = CohortReader.readDetailed(tmp, options.taxonomy(), options.limits(), false);
                String tmpName = tmp.toString();
                for (Problem p : r.result().problems()) {
                    Place pl = p.place();
                    Place renamed = new Place(pl.file() != null && pl.file().equals(tmpName) ? shown : pl.file(),
                            pl.line(), pl.column(), pl.sheet(), pl.cell(), pl.field());
                    loadProblems.add(new Problem(p.severity(), renamed, p.message()));
                }
                Optional<Cohort> c = r.result().value();
                workbook = true;
                if (c.isEmpty() || c.get().plns().isEmpty()) {
                    draft = Draft.empty();
                    loadProblems.add(Problem.error(Place.file(shown), "no participant could be read from the workbook"));
                } else if (c.get().plns().size() > 1 && participant == null) {
                    // several participants: the page asks which one (nothing is opened yet)
                    ObjectNode o = JSON.createObjectNode();
                    o.put("opened", shown);
                    ArrayNode choose = o.putArray("choose");
                    for (Pln p : c.get().plns()) {
                        ObjectNode one = choose.addObject();
                        one.put("id", p.participant().id());
                        one.put("name", p.participant().displayName());
                        one.put("connections", p.connections().size());
                    }
                    return send(res, cb, 200, "application/json", JSON.writeValueAsBytes(o));
                } else {
                    String key = participant == null ? null : org.plnkit.core.identity.IdentityKeys.sharedId(participant);
                    Optional<Pln> chosen = key == null ? Optional.of(c.get().plns().get(0)) : c.get().plns().stream()
                            .filter(p -> org.plnkit.core.identity.IdentityKeys.sharedId(p.participant().id()).equals(key))
                            .findFirst();
                    if (chosen.isEmpty()) {
                        throw new BadRequest(shown + " has no participant " + participant);
                    }
                    draft = Draft.fromPln(chosen.get());
                    if (c.get().plns().size() > 1) {
                        // a district's workbook: the problems of the rows of this participant and of the whole
                        // workbook, not those of the other participants' rows
                        loadProblems = WorkbookRows.problemsOf(tmp, loadProblems, chosen.get().participant().id());
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            if (bytes.length > options.limits().maxParticipantFileBytes()) {
                ReadResult<Pln> r = new ParticipantFileReader(options.taxonomy(), options.limits()).read(shown, bytes);
                loadProblems.addAll(r.problems());
                draft = Draft.empty();
            } else {
                Optional<Draft> d = Draft.parse(bytes);
                // the file's own problems, with its own lines
                loadProblems.addAll(new ParticipantFileReader(options.taxonomy(), options.limits())
                        .read(shown, bytes).problems());
                if (d.isEmpty()) {
                    raw = new String(bytes, StandardCharsets.UTF_8);
                }
                draft = d.orElse(Draft.empty());
            }
        } else {
            throw new BadRequest(shown + ": open a participant file (.yaml, .yml, .json) or an organizer workbook (.xlsx)");
        }
        Evaluation e = Evaluation.of(draft, fileName, options);
        StringBuilder b = new StringBuilder();
        Pages.Opened opened = workbook ? Pages.Opened.workbook(shown, loadProblems)
                : Pages.Opened.file(shown, loadProblems);
        pages.editor(b, e, opened, raw);
        ObjectNode o = evaluationJson(e);
        o.put("editor", b.toString());
        o.put("opened", shown);
        o.put("unread", opened.unread());
        return send(res, cb, 200, "application/json", JSON.writeValueAsBytes(o));
    }

    /**
     * A download of the page's draft: workbook, map, alt text, reflection (md, html), check-in calendar, JSON or YAML,
     * anonymized if asked.
     */
    private boolean download(Response res, Callback cb, byte[] body) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        parseForm(new String(body, StandardCharsets.UTF_8), form);
        Draft d = Draft.fromJson(parseJson(form.getOrDefault("draft", "{}").getBytes(StandardCharsets.UTF_8)));
        Anonymity anonymize = anonymity(form.get("anonymize"));
        Evaluation e = Evaluation.of(d, fileName, options);
        if (e.pln().isEmpty()) {
            res.setStatus(422);
            String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not yet</title>"
                    + "<link rel=\"stylesheet\" href=\"/static/studio.css\"></head><body><main><h1>Fix the problems first</h1>"
                    + "<p>The PLN has " + Pages.count(e.errors(), "error") + "; the downloads are made from a PLN"
                    + " without errors.</p>"
                    + "<p><a href=\"/\">Back to the studio</a></p></main></body></html>";
            return send(res, cb, 422, "text/html; charset=utf-8", html);
        }
        ParticipantReport r = Evaluation.report(e.pln().get(), options, anonymize);
        String base = ReportBundle.folderName(e.pln().get(), anonymize.hidesParticipant());
        String what = form.getOrDefault("what", "");
        byte[] out;
        String type;
        String name;
        switch (what) {
            case "xlsx", "png", "svg", "md", "html", "json", "ics" -> {
                ReportFormat f = ReportFormat.parseList(what).iterator().next();
                out = ReportBundle.render(r, EnumSet.of(f)).get(0).bytes();
                type = switch (what) {
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    case "png" -> "image/png";
                    case "svg" -> "image/svg+xml";
                    case "md" -> "text/markdown; charset=utf-8";
                    case "html" -> "text/html; charset=utf-8";
                    case "ics" -> "text/calendar; charset=utf-8";   // the check-ins, as pln export writes them
                    default -> "application/json";
                };
                name = base + "-" + f.fileName();
            }
            case "alt" -> {
                out = (PlnMap.altText(r.pln(), r.mapOptions()) + "\n").getBytes(StandardCharsets.UTF_8);
                type = "text/plain; charset=utf-8";
                name = base + "-" + ReportBundle.ALT_TEXT;
            }
            case "yaml" -> {
                out = (anonymize.hidesPeople() ? ParticipantFileWriter.toYaml(r.pln()) : d.yaml().text())
                        .getBytes(StandardCharsets.UTF_8);
                type = "application/yaml; charset=utf-8";
                name = base + ".yaml";
            }
            default -> throw new BadRequest("what to download: xlsx, png, svg, alt, md, html, ics, json or yaml, not " + what);
        }
        res.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        return send(res, cb, 200, type, out);
    }

    /**
     * The anonymize choice of a request, as the CLI spells it: {@code others} (the people I name are hidden, I keep
     * my name: the reflection I publish), {@code everyone} or {@code true} (everyone, me too: {@code --anonymize}),
     * anything else or nothing: names as written.
     */
    static Anonymity anonymity(String value) {
        if ("true".equalsIgnoreCase(value == null ? "" : value.strip())) {
            return Anonymity.EVERYONE;
        }
        return Anonymity.parse(value).orElse(Anonymity.NONE);
    }

    // ---- the HTTP API ----

    private boolean api(Request req, Response res, Callback cb, byte[] bytes, String what, Anonymity anonymize)
            throws IOException {
        String type = Optional.ofNullable(req.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("")
                .toLowerCase(Locale.ROOT);
        String name;
        if (type.startsWith("application/json")) {
            name = "request.json";
        } else if (type.startsWith("application/yaml") || type.startsWith("application/x-yaml")
                || type.startsWith("text/yaml") || type.startsWith("text/x-yaml")) {
            name = "request.yaml";
        } else {
            return error(res, cb, 415, "send a participant file as application/json or application/yaml, not "
                    + (type.isEmpty() ? "no Content-Type" : type));
        }
        ReadResult<Pln> read = new ParticipantFileReader(options.taxonomy(), options.limits()).read(name, bytes);
        long errors = read.errorCount();
        if (what.equals("validate") || read.value().isEmpty()) {
            ObjectNode o = JSON.createObjectNode();
            if (!what.equals("validate")) {
                // an error answer, with the status every error body carries
                o.put("status", 422);
            }
            o.put("valid", errors == 0);
            o.put("errors", errors);
            o.put("warnings", read.problems().size() - errors);
            o.set("problems", ProblemJson.array(read.problems()));
            return send(res, cb, what.equals("validate") ? 200 : 422, "application/json",
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
        }
        ParticipantReport r = Evaluation.report(read.value().get(), options, anonymize);
        if (!read.problems().isEmpty()) {
            res.getHeaders().put("X-PLN-Warnings", String.valueOf(read.problems().size()));
        }
        return switch (what) {
            case "assess" -> send(res, cb, 200, "application/json", AssessmentJson.toJson(r.assessment()));
            case "svg", "png" -> {
                res.getHeaders().put("X-PLN-Alt-Text", URLEncoder.encode(PlnMap.altText(r.pln(), r.mapOptions()),
                        StandardCharsets.UTF_8).replace("+", "%20"));
                Format f = what.equals("svg") ? Format.SVG : Format.PNG;
                yield send(res, cb, 200, what.equals("svg") ? "image/svg+xml" : "image/png",
                        PlnMap.render(r.pln(), r.mapOptions(), f));
            }
            default -> send(res, cb, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ReportBundle.render(r, EnumSet.of(ReportFormat.XLSX)).get(0).bytes());
        };
    }
}
