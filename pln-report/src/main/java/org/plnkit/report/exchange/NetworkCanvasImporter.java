package org.plnkit.report.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.Limits;
import org.plnkit.core.read.ReadResult;
import org.plnkit.core.read.internal.Text;

/**
 * Reads one interview of a Network Canvas CSV export as a participant's PLN: the ego file
 * ({@code <case>_<session>_ego.csv}) describes the participant, attribute lists
 * ({@code _attributeList_<NodeType>.csv}) the connections, edge lists ({@code _edgeList_<EdgeType>.csv}) the links
 * between them. Files are recognised by their columns ({@code networkCanvasEgoUUID}, {@code nodeID},
 * {@code edgeID}…), so renamed files work too.
 *
 * <p>Variables map to contract fields by name or through the {@link ImportMapping}. A categorical variable, which
 * Network Canvas writes as one true/false column per option ({@code category_mentors}), is read as the ticked
 * option. When no variable gives a connection's kind, the node type does ({@code Person} → person). The case id is
 * the participant id unless the mapping says otherwise.
 *
 * <pre>{@code
 * ReadResult<Pln> r = new NetworkCanvasImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
 *         .read(List.of(Path.of("export/")), Optional.empty());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NetworkCanvasImporter {
    private static final String EGO_UUID = "networkcanvasegouuid";
    private static final List<String> LAYOUT_SUFFIXES = List.of("_x", "_y", "_screenspacex", "_screenspacey");

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Taxonomy taxonomy;
    private final Limits limits;
    private final ImportMapping mapping;
    private final Optional<String> edgeType;

    public NetworkCanvasImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this(taxonomy, limits, mapping, Optional.empty());
    }

    private NetworkCanvasImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping, Optional<String> edgeType) {
        this.taxonomy = taxonomy;
        this.limits = limits;
        this.mapping = mapping;
        this.edgeType = edgeType;
    }

    /**
     * The same importer, reading only the edge lists of the given edge type ({@code _edgeList_<type>.csv}) as links
     * between connections: an interview may ask for several kinds of tie ("knows", "learns from"), and only one is the
     * PLN's. Without it every edge list is read.
     */
    public NetworkCanvasImporter withEdgeType(String type) {
        return new NetworkCanvasImporter(taxonomy, limits, mapping, Optional.of(type.strip()));
    }

    private enum Role { EGO, ALTERS, EDGES }

    private record Table(CsvTable csv, Role role, String type) {
    }

    /**
     * Reads the export's CSV files (or folders holding them).
     *
     * @param inputs CSV files and folders of one Network Canvas export
     * @param ego    which interview, when the export holds several: its case id, session id or ego UUID
     */
    public ReadResult<Pln> read(List<Path> inputs, Optional<String> ego) {
        Problems problems = new Problems();
        List<Path> files = new ArrayList<>();
        List<Table> tables = load(inputs, files, problems);
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        Optional<RawGraph> raw = raw(tables, ego, problems);
        String fallback = files.isEmpty() ? "participant" : Imports.idFromFileName(files.get(0).toString());
        return Imports.finish(raw, mapping, taxonomy, limits, QUIET, fallback, problems);
    }

    /**
     * Reads every interview of the export, each as a participant's PLN, in the order the ego files list them. The
     * result fails when any interview has an error; its problems are those of every interview.
     *
     * @param inputs CSV files and folders of one Network Canvas export
     */
    public ReadResult<List<Pln>> readAll(List<Path> inputs) {
        Problems problems = new Problems();
        List<Path> files = new ArrayList<>();
        List<Table> tables = load(inputs, files, problems);
        if (problems.hasErrors()) {
            return ReadResult.failed(problems.toList());
        }
        Map<String, Interview> interviews = interviews(tables);
        if (interviews.isEmpty()) {
            problems.error(Place.file(tables.isEmpty() ? "." : tables.get(0).csv().file()),
                    ProblemCode.NETWORK_CANVAS_NO_INTERVIEW);
            return ReadResult.failed(problems.toList());
        }
        List<Pln> plns = new ArrayList<>();
        boolean failed = false;
        for (Interview i : interviews.values()) {
            Problems own = new Problems();
            Optional<RawGraph> raw = raw(tables, Optional.of(i.uuid()), own);
            ReadResult<Pln> r = Imports.finish(raw, mapping, taxonomy, limits, QUIET, Text.slug(i.name()), own);
            r.problems().forEach(problems::add);
            r.value().ifPresent(plns::add);
            failed |= r.value().isEmpty();
        }
        return failed || problems.hasErrors() ? ReadResult.failed(problems.toList())
                : ReadResult.of(plns, problems.toList());
    }

    /** Network Canvas bookkeeping on the ego file: not a field, and no warning (sessionFinish may give as_of). */
    private static final Set<String> QUIET = Set.of("sessionStart", "sessionFinish", "sessionExported", "APP_VERSION",
            "COMMIT_HASH");

    private List<Table> load(List<Path> inputs, List<Path> files, Problems problems) {
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                } catch (IOException e) {
                    problems.error(Place.file(p.toString()), ProblemCode.NETWORK_CANVAS_FOLDER_UNREADABLE,
                            Arg.detail(String.valueOf(e.getMessage())));
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty() && !problems.hasErrors()) {
            problems.error(Place.file(inputs.isEmpty() ? "." : inputs.get(0).toString()),
                    ProblemCode.NETWORK_CANVAS_NO_CSV);
        }
        List<Table> tables = new ArrayList<>();
        for (Path f : files) {
            Optional<byte[]> bytes = Imports.bytes(f, limits, problems);
            Optional<CsvTable> t = bytes.flatMap(b -> CsvTable.read(f.toString(), b, limits, problems));
            t.flatMap(csv -> classify(csv, problems)).ifPresent(tables::add);
        }
        if (edgeType.isPresent() && !problems.hasErrors()) {
            TreeSet<String> types = new TreeSet<>();
            tables.stream().filter(t -> t.role() == Role.EDGES).forEach(t -> types.add(t.type()));
            if (types.stream().noneMatch(edgeType.get()::equalsIgnoreCase)) {
                Place at = Place.file(inputs.isEmpty() ? "." : inputs.get(0).toString());
                if (types.isEmpty()) {
                    problems.error(at, ProblemCode.NETWORK_CANVAS_NO_EDGE_LISTS, Arg.columnWhole(edgeType.get()));
                } else {
                    problems.error(at, ProblemCode.NETWORK_CANVAS_NO_EDGE_TYPE, Arg.columnWhole(edgeType.get()),
                            new Arg(Arg.Kind.COLUMN, Arg.Style.ALL, List.copyOf(types)));
                }
            }
        }
        return tables;
    }

    private Optional<Table> classify(CsvTable t, Problems problems) {
        Set<String> keys = new LinkedHashSet<>();
        t.header().forEach(h -> keys.add(Text.headerKey(h)));
        String base = Path.of(t.file()).getFileName().toString();
        if (base.contains("_adjacencyMatrix_")) {
            problems.warning(Place.file(t.file()), ProblemCode.NETWORK_CANVAS_ADJACENCY_MATRIX);
            return Optional.empty();
        }
        if (keys.contains("edgeid") && keys.contains("from") && keys.contains("to")) {
            return Optional.of(new Table(t, Role.EDGES, typeOf(base, "_edgeList_")));
        }
        if (keys.contains("nodeid") || keys.contains("networkcanvasuuid") && keys.contains(EGO_UUID)
                && !keys.contains("networkcanvascaseid")) {
            return Optional.of(new Table(t, Role.ALTERS, typeOf(base, "_attributeList_")));
        }
        if (keys.contains(EGO_UUID)) {
            return Optional.of(new Table(t, Role.EGO, ""));
        }
        problems.error(Place.csv(t.file(), 1, null), ProblemCode.NETWORK_CANVAS_NOT_AN_EXPORT_FILE);
        return Optional.empty();
    }

    private static String typeOf(String fileName, String marker) {
        int i = fileName.indexOf(marker);
        if (i < 0) {
            return "";
        }
        String rest = fileName.substring(i + marker.length());
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** One interview of the export. */
    private record Interview(String uuid, String caseId, String sessionId) {
        boolean is(String id) {
            return id.equals(uuid) || id.equals(caseId) || id.equals(sessionId);
        }

        String name() {
            return caseId.isEmpty() ? uuid : caseId;
        }
    }

    /** The interviews of the export by ego UUID, those with an ego file first, in file order. */
    private static Map<String, Interview> interviews(List<Table> tables) {
        Map<String, Interview> interviews = new LinkedHashMap<>();
        egoRows(tables, interviews);
        return interviews;
    }

    private static Map<String, Map.Entry<CsvTable, CsvTable.Row>> egoRows(List<Table> tables,
                                                                         Map<String, Interview> interviews) {
        Map<String, Map.Entry<CsvTable, CsvTable.Row>> egoRows = new LinkedHashMap<>();
        for (Table t : tables.stream().sorted(Comparator.comparing((Table t) -> t.role() != Role.EGO)).toList()) {
            int u = t.csv().column(List.of(EGO_UUID));
            int c = t.csv().column(List.of("networkcanvascaseid"));
            int s = t.csv().column(List.of("networkcanvassessionid"));
            for (CsvTable.Row r : t.csv().rows()) {
                String uuid = r.cell(u).strip();
                if (uuid.isEmpty()) {
                    continue;
                }
                if (t.role() == Role.EGO) {
                    egoRows.putIfAbsent(uuid, Map.entry(t.csv(), r));
                    interviews.put(uuid, new Interview(uuid, c < 0 ? "" : r.cell(c).strip(), s < 0 ? "" : r.cell(s).strip()));
                } else {
                    interviews.putIfAbsent(uuid, new Interview(uuid, "", ""));
                }
            }
        }
        return egoRows;
    }

    private Optional<RawGraph> raw(List<Table> tables, Optional<String> choice, Problems problems) {
        // which interview
        Map<String, Interview> interviews = new LinkedHashMap<>();
        Map<String, Map.Entry<CsvTable, CsvTable.Row>> egoRows = egoRows(tables, interviews);
        String where = tables.isEmpty() ? "." : tables.get(0).csv().file();
        TreeSet<String> names = new TreeSet<>();
        interviews.values().forEach(i -> names.add(i.name()));
        String ego;
        if (choice.isPresent()) {
            ego = interviews.values().stream().filter(i -> i.is(choice.get())).map(Interview::uuid).findFirst().orElse(null);
            if (ego == null) {
                problems.error(Place.file(where), ProblemCode.NETWORK_CANVAS_NO_SUCH_INTERVIEW,
                        Arg.input(choice.get()), interviewList(names));
                return Optional.empty();
            }
        } else if (interviews.size() == 1) {
            ego = interviews.keySet().iterator().next();
        } else if (interviews.isEmpty()) {
            problems.error(Place.file(where), ProblemCode.NETWORK_CANVAS_NO_INTERVIEW);
            return Optional.empty();
        } else {
            problems.error(Place.file(where), ProblemCode.NETWORK_CANVAS_SEVERAL_INTERVIEWS,
                    Arg.number(interviews.size()), interviewList(names));
            return Optional.empty();
        }

        // the participant
        Map<String, RawGraph.Cell> egoAttrs = new LinkedHashMap<>();
        Map.Entry<CsvTable, CsvTable.Row> er = egoRows.get(ego);
        if (er != null) {
            egoAttrs = attributes(er.getKey(), er.getValue(), problems);
            String caseId = er.getValue().cell(er.getKey().column(List.of("networkcanvascaseid"))).strip();
            boolean hasId = egoAttrs.keySet().stream().anyMatch(k -> Text.headerKey(k).equals("participant_id")
                    || mapping.explicitTarget(k).filter("participant_id"::equals).isPresent());
            if (!hasId && !caseId.isEmpty()) {
                egoAttrs.put("participant_id", new RawGraph.Cell(caseId, Place.csv(er.getKey().file(),
                        er.getValue().line(), "networkCanvasCaseID")));
            }
            // when the interview was finished is the date the PLN describes, unless the mapping gives as_of
            int finish = er.getKey().column(List.of("sessionfinish"));
            String finished = er.getValue().cell(finish).strip();
            boolean hasAsOf = mapping.defaults().containsKey("as_of") || egoAttrs.keySet().stream()
                    .anyMatch(k -> Text.headerKey(k).equals("as_of")
                            || mapping.explicitTarget(k).filter("as_of"::equals).isPresent());
            if (!hasAsOf && finished.length() >= 10 && ISO_DATE.matcher(finished.substring(0, 10)).matches()) {
                egoAttrs.put("as_of", new RawGraph.Cell(finished.substring(0, 10), Place.csv(er.getKey().file(),
                        er.getValue().line(), "sessionFinish")));
            }
        }

        // connections and links
        List<RawGraph.Node> nodes = new ArrayList<>();
        List<RawGraph.Edge> edges = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        Map<String, String> byNodeId = new LinkedHashMap<>();
        for (Table t : tables) {
            if (t.role() != Role.ALTERS) {
                continue;
            }
            CsvTable csv = t.csv();
            int u = csv.column(List.of(EGO_UUID));
            int uid = csv.column(List.of("networkcanvasuuid"));
            int nid = csv.column(List.of("nodeid"));
            boolean typeIsKind = !t.type().isEmpty() && csv.header().stream().noneMatch(this::givesKind)
                    && (Kind.parse(t.type()).isPresent() || mapping.values().containsKey("kind"));
            for (CsvTable.Row r : csv.rows()) {
                String rowEgo = r.cell(u).strip(); // empty when the column is missing or the cell blank
                if (!rowEgo.isEmpty() && !rowEgo.equals(ego)) {
                    continue;
                }
                if (rowEgo.isEmpty() && interviews.size() > 1) {
                    problems.warning(Place.csv(csv.file(), r.line(), EGO_UUID), u < 0
                            ? ProblemCode.NETWORK_CANVAS_ROW_NO_INTERVIEW_COLUMN
                            : ProblemCode.NETWORK_CANVAS_ROW_NO_INTERVIEW);
                    continue;
                }
                String id = !r.cell(uid).isBlank() ? r.cell(uid).strip()
                        : !r.cell(nid).isBlank() ? "node-" + r.cell(nid).strip() : "node-line-" + r.line();
                if (nid >= 0 && !r.cell(nid).isBlank()) {
                    byNodeId.put(r.cell(nid).strip(), id);
                }
                Map<String, RawGraph.Cell> attrs = attributes(csv, r, problems);
                if (typeIsKind) {
                    attrs.put("kind", new RawGraph.Cell(t.type(), Place.csv(csv.file(), r.line(), null)));
                }
                nodes.add(new RawGraph.Node(id, Place.csv(csv.file(), r.line(), null), attrs));
                declared.addAll(attrs.keySet());
            }
        }
        for (Table t : tables) {
            if (t.role() != Role.EDGES || edgeType.isPresent() && !edgeType.get().equalsIgnoreCase(t.type())) {
                continue;
            }
            CsvTable csv = t.csv();
            int u = csv.column(List.of(EGO_UUID));
            int su = csv.column(List.of("networkcanvassourceuuid"));
            int tu = csv.column(List.of("networkcanvastargetuuid"));
            int from = csv.column(List.of("from"));
            int to = csv.column(List.of("to"));
            for (CsvTable.Row r : csv.rows()) {
                if (u >= 0 && !r.cell(u).strip().equals(ego)) {
                    continue;
                }
                String a = su >= 0 && !r.cell(su).isBlank() ? r.cell(su).strip()
                        : byNodeId.getOrDefault(r.cell(from).strip(), r.cell(from).strip());
                String b = tu >= 0 && !r.cell(tu).isBlank() ? r.cell(tu).strip()
                        : byNodeId.getOrDefault(r.cell(to).strip(), r.cell(to).strip());
                edges.add(new RawGraph.Edge(a, b, Place.csv(csv.file(), r.line(), null)));
            }
        }
        return Optional.of(new RawGraph(tables.get(0).csv().file(), nodes, edges, egoAttrs, declared));
    }

    private boolean givesKind(String header) {
        String k = Text.headerKey(header);
        return k.equals("kind") || k.startsWith("kind_")
                || mapping.explicitTarget(header).filter("kind"::equals).isPresent();
    }

    /** What a column of a table is: dropped, read as is, or an option of a categorical variable. */
    private record Column(boolean drop, String stem, String option) {
    }

    private final Map<CsvTable, List<Column>> layouts = new java.util.IdentityHashMap<>();

    private List<Column> layout(CsvTable csv) {
        return layouts.computeIfAbsent(csv, t -> {
            Set<String> exact = new LinkedHashSet<>();
            t.header().forEach(h -> exact.add(Text.headerKey(h)));
            List<String> stems = new ArrayList<>(ImportMapping.TARGETS);
            stems.addAll(mapping.fields().keySet());
            stems.sort(Comparator.comparingInt(String::length).reversed());
            List<Column> cols = new ArrayList<>();
            for (int c = 0; c < t.header().size(); c++) {
                String h = t.header().get(c);
                String k = Text.headerKey(h);
                int col = c;
                if (k.startsWith("networkcanvas") || k.equals("nodeid") || k.equals("edgeid")
                        || LAYOUT_SUFFIXES.stream().anyMatch(k::endsWith)
                        && t.rows().stream().allMatch(row -> numeric(row.cell(col)))) {
                    cols.add(new Column(true, null, null));
                    continue;
                }
                String stem = stems.stream().filter(st -> k.startsWith(st + "_") && !exact.contains(st)).findFirst()
                        .orElse(null);
                if (stem != null && t.rows().stream().allMatch(row -> isBool(row.cell(col)))) {
                    String option = h.length() == k.length() ? h.substring(stem.length() + 1) : k.substring(stem.length() + 1);
                    cols.add(new Column(false, stem, option));
                } else {
                    cols.add(new Column(false, null, null));
                }
            }
            return cols;
        });
    }

    /**
     * A row's variables: Network Canvas bookkeeping and layout columns dropped, categorical option columns
     * ({@code name_option}, true/false) folded into one value per variable that maps to a contract field.
     */
    private Map<String, RawGraph.Cell> attributes(CsvTable csv, CsvTable.Row r, Problems problems) {
        List<Column> cols = layout(csv);
        Map<String, RawGraph.Cell> out = new LinkedHashMap<>();
        Map<String, List<String>> ticked = new LinkedHashMap<>();
        Map<String, Place> stemPlace = new LinkedHashMap<>();
        for (int c = 0; c < csv.header().size(); c++) {
            Column col = cols.get(c);
            if (col.drop()) {
                continue;
            }
            if (col.stem() == null) {
                out.put(csv.header().get(c), new RawGraph.Cell(r.cell(c), csv.place(r, c)));
                continue;
            }
            stemPlace.putIfAbsent(col.stem(), csv.place(r, c).withField(col.stem()));
            List<String> t = ticked.computeIfAbsent(col.stem(), s -> new ArrayList<>());
            if (isTrue(r.cell(c))) {
                t.add(col.option());
            }
        }
        for (Map.Entry<String, List<String>> g : ticked.entrySet()) {
            String stem = g.getKey();
            String target = mapping.fields().getOrDefault(stem, stem);
            if (g.getValue().size() > 1 && !target.equals("topics")) {
                problems.error(stemPlace.get(stem), ProblemCode.NETWORK_CANVAS_OPTIONS_TICKED,
                        new Arg(Arg.Kind.COLUMN, Arg.Style.PLAIN, List.of(stem)),
                        new Arg(Arg.Kind.COLUMN, Arg.Style.ALL, g.getValue()), Arg.word(target));
                continue;
            }
            out.put(stem, new RawGraph.Cell(String.join(";", g.getValue()), stemPlace.get(stem)));
        }
        return out;
    }

    /** The interviews' case ids (they may name participants, so they are hidden where inputs are). */
    private static Arg interviewList(Set<String> names) {
        return Arg.inputs(List.copyOf(names));
    }

    private static boolean numeric(String s) {
        return s.isBlank() || s.strip().matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    }

    private static boolean isBool(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("true") || t.equals("false") || t.equals("1") || t.equals("0");
    }

    private static boolean isTrue(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("1");
    }
}
