package org.plnkit.report.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Reads a participant's PLN from a node list and an (optional) edge list in CSV, as Gephi's Data Laboratory,
 * NodeXL, spreadsheets and {@code pln export --format csv} write them. The node id column is {@code Id} (also
 * {@code Vertex}, {@code Node}); edge ends are {@code Source}/{@code Target} (also {@code Vertex 1}/{@code Vertex 2},
 * {@code from}/{@code to}). Other columns are attributes, mapped to contract fields by name or by the
 * {@link ImportMapping}. Problems name the file, line and column.
 *
 * <pre>{@code
 * ReadResult<Pln> r = new CsvGraphImporter(Taxonomy.defaults(), Limits.DEFAULT, ImportMapping.NONE)
 *         .read(Path.of("nodes.csv"), Optional.of(Path.of("edges.csv")));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvGraphImporter {
    static final List<String> ID_COLUMNS = List.of("id", "vertex", "node", "node_id", "nodeid");
    static final List<String> SOURCE_COLUMNS = List.of("source", "vertex_1", "from", "source_id");
    static final List<String> TARGET_COLUMNS = List.of("target", "vertex_2", "to", "target_id");

    private final Imports.Settings settings;

    public CsvGraphImporter(Taxonomy taxonomy, Limits limits, ImportMapping mapping) {
        this.settings = new Imports.Settings(taxonomy, limits, mapping);
    }

    /** Reads the node list and, when given, the edge list; the files are never written. */
    public ReadResult<Pln> read(Path nodes, Optional<Path> edges) {
        Problems problems = new Problems();
        Optional<byte[]> n = Imports.bytes(nodes, settings.limits(), problems);
        Optional<byte[]> e = edges.flatMap(p -> Imports.bytes(p, settings.limits(), problems));
        if (n.isEmpty() || edges.isPresent() && e.isEmpty()) {
            return ReadResult.failed(problems.toList());
        }
        return read(nodes.toString(), n.get(), edges.map(Path::toString).orElse(null), e.orElse(null));
    }

    /** Reads CSV bytes; {@code edgesName} and {@code edges} may be null when there is no edge list. */
    public ReadResult<Pln> read(String nodesName, byte[] nodes, String edgesName, byte[] edges) {
        Problems problems = new Problems();
        Optional<RawGraph> raw = raw(nodesName, nodes, edgesName, edges, problems);
        return settings.finish(raw, Set.of(), Imports.idFromFileName(nodesName), problems);
    }

    /**
     * An edge list given alone (Source and Target, or NodeXL's Vertex 1 and Vertex 2, and no Id column): its nodes
     * are the names the edges give, in order of first mention, each its own label; they have no attributes, so
     * kind and category come from the mapping's defaults. The edge list's other columns are edge attributes, which
     * are not read: they are named in a warning.
     */
    private Optional<RawGraph> edgeListOnly(CsvTable t, Problems problems) {
        int s = t.column(SOURCE_COLUMNS);
        int tg = t.column(TARGET_COLUMNS);
        Map<String, RawGraph.Node> nodes = new LinkedHashMap<>();
        List<RawGraph.Edge> edges = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String a = row.cell(s).strip();
            String b = row.cell(tg).strip();
            if (a.isEmpty() || b.isEmpty()) {
                problems.error(t.place(row, a.isEmpty() ? s : tg), "this edge has no " + (a.isEmpty() ? "source" : "target"));
                continue;
            }
            for (int c : new int[] {s, tg}) {
                String id = row.cell(c).strip();
                nodes.computeIfAbsent(id, k -> new RawGraph.Node(k, t.place(row, c),
                        Map.of("Label", new RawGraph.Cell(k, t.place(row, c)))));
            }
            edges.add(new RawGraph.Edge(a, b, Place.csv(t.file(), row.line(), null)));
        }
        List<String> others = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (c != s && c != tg && !Text.isBlank(t.header().get(c))) {
                others.add(t.header().get(c).strip());
            }
        }
        // a code, not the command that adds a node list: the libraries name no pln command (OptionHints does)
        Arg count = Arg.number(nodes.size());
        Arg from = Arg.column(t.header().get(s).strip());
        Arg to = Arg.column(t.header().get(tg).strip());
        if (others.isEmpty()) {
            problems.warning(Place.file(t.file()), ProblemCode.IMPORT_EDGE_LIST_ONLY, count, from, to);
        } else {
            problems.warning(Place.file(t.file()), ProblemCode.IMPORT_EDGE_LIST_ONLY_IGNORED, count, from, to,
                    Arg.columns(others));
        }
        return Optional.of(new RawGraph(t.file(), List.copyOf(nodes.values()), edges, Map.of(), Set.of()));
    }

    private Optional<RawGraph> raw(String nodesName, byte[] nodeBytes, String edgesName, byte[] edgeBytes,
                                   Problems problems) {
        Optional<CsvTable> nt = CsvTable.read(nodesName, nodeBytes, settings.limits(), problems);
        if (nt.isEmpty()) {
            return Optional.empty();
        }
        CsvTable t = nt.get();
        int idCol = t.column(ID_COLUMNS);
        if (idCol < 0 && edgeBytes == null && t.column(SOURCE_COLUMNS) >= 0 && t.column(TARGET_COLUMNS) >= 0) {
            return edgeListOnly(t, problems);
        }
        if (idCol < 0) {
            problems.error(Place.csv(nodesName, 1, null), "the node list needs an id column: Id (Gephi), Vertex"
                    + " (NodeXL) or Node; the header has " + String.join(", ", t.header()));
            return Optional.empty();
        }
        List<RawGraph.Node> nodes = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String id = row.cell(idCol).strip();
            if (id.isEmpty()) {
                problems.error(t.place(row, idCol), "this node has no id");
                continue;
            }
            Map<String, RawGraph.Cell> attrs = new LinkedHashMap<>();
            for (int c = 0; c < t.header().size(); c++) {
                if (c != idCol && !t.header().get(c).isBlank()) {
                    attrs.put(t.header().get(c), new RawGraph.Cell(row.cell(c), t.place(row, c)));
                }
            }
            if (row.cells().size() > t.header().size()
                    && row.cells().subList(t.header().size(), row.cells().size()).stream().anyMatch(s -> !s.isBlank())) {
                problems.warning(Place.csv(nodesName, row.line(), null), "this row has more cells than the header has"
                        + " columns; the extra cells are ignored");
            }
            nodes.add(new RawGraph.Node(id, Place.csv(nodesName, row.line(), null), attrs));
        }
        List<RawGraph.Edge> edges = new ArrayList<>();
        if (edgeBytes != null) {
            Optional<CsvTable> et = CsvTable.read(edgesName, edgeBytes, settings.limits(), problems);
            if (et.isEmpty()) {
                return Optional.empty();
            }
            CsvTable e = et.get();
            int s = e.column(SOURCE_COLUMNS);
            int tg = e.column(TARGET_COLUMNS);
            if (s < 0 || tg < 0) {
                problems.error(Place.csv(edgesName, 1, null), "the edge list needs Source and Target columns (NodeXL:"
                        + " Vertex 1 and Vertex 2); the header has " + String.join(", ", e.header()));
                return Optional.empty();
            }
            for (CsvTable.Row row : e.rows()) {
                String a = row.cell(s).strip();
                String b = row.cell(tg).strip();
                if (a.isEmpty() || b.isEmpty()) {
                    problems.error(e.place(row, a.isEmpty() ? s : tg), "this edge has no "
                            + (a.isEmpty() ? "source" : "target"));
                    continue;
                }
                edges.add(new RawGraph.Edge(a, b, Place.csv(edgesName, row.line(), null)));
            }
        }
        Set<String> declared = new LinkedHashSet<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (c != idCol) {
                declared.add(t.header().get(c));
            }
        }
        declared.removeIf(h -> Text.isBlank(h));
        return Optional.of(new RawGraph(nodesName, nodes, edges, Map.of(), declared));
    }
}
