#!/usr/bin/python3
"""Checks PLN Toolkit exports with the real clients: NetworkX reads the GraphML and GEXF with every attribute
typed, Graphviz (dot and neato) renders the DOT, and the CSV node and edge lists hang together.

Usage (Debian: apt-get install python3-networkx graphviz; run with /usr/bin/python3):

    pln export samples/maria-lopez-librarian.yaml -o /tmp/maria.graphml
    pln export samples/maria-lopez-librarian.yaml -o /tmp/maria.gexf
    pln export samples/maria-lopez-librarian.yaml -o /tmp/maria.dot
    pln export samples/maria-lopez-librarian.yaml -o /tmp/maria.csv
    /usr/bin/python3 docs/check-exports.py /tmp/maria.graphml /tmp/maria.gexf /tmp/maria.dot \
        /tmp/maria-nodes.csv /tmp/maria-edges.csv

Prints one OK line per file and exits 0, or prints FAIL lines and exits 1. The JUnit test ExternalToolsTest runs
this script on the sample when NetworkX is installed.
"""
import csv
import subprocess
import sys

KINDS = {"person", "organization", "resource"}
FREQUENCIES = {"daily", "weekly", "monthly", "quarterly", "yearly", "rarely"}
PARTICIPATION = {"none", "lurker", "contributor", "leader"}
# attribute -> the Python type NetworkX must give it (strings for the rest)
TYPED = {"ego": bool, "value": int, "gives_back": bool, "wants_more": bool}

failures = []


def fail(what, message):
    failures.append(f"FAIL {what}: {message}")


def check_graph(what, g):
    """The checks both GraphML and GEXF must pass; returns {node: attributes} for comparing the two."""
    egos = [n for n, a in g.nodes(data=True) if a.get("ego") is True]
    if len(egos) != 1:
        fail(what, f"expected exactly one node with ego=True, found {egos}")
    for n, a in g.nodes(data=True):
        for attr, typ in TYPED.items():
            if attr in a and type(a[attr]) is not typ:
                fail(what, f"node {n}: {attr}={a[attr]!r} is {type(a[attr]).__name__}, not {typ.__name__}")
        if not a.get("label"):
            fail(what, f"node {n} has no label")
        if a.get("ego") is True:
            if not a.get("participant_id"):
                fail(what, f"the ego {n} has no participant_id")
            continue
        for required in ("name", "kind", "category"):
            if not a.get(required):
                fail(what, f"node {n} has no {required}")
        if a.get("kind") not in KINDS:
            fail(what, f"node {n}: kind {a.get('kind')!r}")
        if "frequency" in a and a["frequency"] not in FREQUENCIES:
            fail(what, f"node {n}: frequency {a['frequency']!r}")
        if "participation" in a and a["participation"] not in PARTICIPATION:
            fail(what, f"node {n}: participation {a['participation']!r}")
        if "value" in a and not 1 <= a["value"] <= 5:
            fail(what, f"node {n}: value {a['value']!r}")
    for u, v, a in g.edges(data=True):
        if a.get("relation") not in ("tie", "link"):
            fail(what, f"edge {u}-{v}: relation {a.get('relation')!r}")
        expected = "tie" if (g.nodes[u].get("ego") or g.nodes[v].get("ego")) else "link"
        if a.get("relation") != expected:
            fail(what, f"edge {u}-{v} should be a {expected}")
    ties = sum(1 for *_, a in g.edges(data=True) if a.get("relation") == "tie")
    print(f"OK {what}: {g.number_of_nodes()} nodes (1 ego), {g.number_of_edges()} edges ({ties} ties); "
          f"typed: " + ", ".join(f"{k}={t.__name__}" for k, t in TYPED.items()))
    return {n: {k: v for k, v in a.items() if k not in ("label", "id")} for n, a in g.nodes(data=True)}


def check_dot(path):
    text = open(path, encoding="utf-8").read()
    expected_nodes = sum(1 for line in text.splitlines() if line.strip().startswith('"') and "--" not in line)
    for engine in ("dot", "neato"):
        try:
            r = subprocess.run([engine, "-Tsvg", path], capture_output=True, text=True, timeout=60)
        except FileNotFoundError:
            fail(path, f"{engine} is not installed (apt-get install graphviz)")
            return
        if r.returncode != 0 or r.stderr.strip():
            fail(path, f"{engine} says: {r.stderr.strip() or 'exit ' + str(r.returncode)}")
            continue
        drawn = r.stdout.count('class="node"')
        if drawn != expected_nodes:
            fail(path, f"{engine} drew {drawn} nodes, the file has {expected_nodes}")
            continue
        print(f"OK {path}: {engine} renders {drawn} nodes to SVG without a warning")


def check_csv(nodes_path, edges_path):
    with open(nodes_path, encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    ids = {n["Id"] for n in nodes}
    if len(ids) != len(nodes):
        fail(nodes_path, "node ids repeat")
    for e in edges:
        if e["Source"] not in ids or e["Target"] not in ids:
            fail(edges_path, f"edge {e['Source']}-{e['Target']} names a node that is not in the node list")
        if e["Type"] != "Undirected":
            fail(edges_path, f"edge type {e['Type']!r}")
    egos = [n["Id"] for n in nodes if n["ego"] == "true"]
    if len(egos) != 1:
        fail(nodes_path, f"expected one ego row, found {egos}")
    print(f"OK {nodes_path} + {edges_path}: {len(nodes)} nodes, {len(edges)} edges, Gephi columns Id/Label, "
          f"Source/Target/Type/Weight")


def main(paths):
    try:
        import networkx as nx
    except ImportError:
        print("NetworkX is not installed: apt-get install python3-networkx, and run with /usr/bin/python3")
        return 2
    graphs = {}
    csvs = [p for p in paths if p.endswith(".csv")]
    for p in paths:
        try:
            if p.endswith(".graphml"):
                graphs["graphml"] = check_graph(p, nx.read_graphml(p))
            elif p.endswith(".gexf"):
                graphs["gexf"] = check_graph(p, nx.read_gexf(p))
            elif p.endswith(".dot") or p.endswith(".gv"):
                check_dot(p)
            elif not p.endswith(".csv"):
                fail(p, "not a .graphml, .gexf, .dot or .csv file")
        except Exception as e:  # a file NetworkX cannot read is a failed check, not a crash
            fail(p, f"cannot be read: {e}")
    if csvs:
        nodes = [p for p in csvs if p.endswith("-nodes.csv")]
        edges = [p for p in csvs if p.endswith("-edges.csv")]
        if len(nodes) == 1 and len(edges) == 1:
            try:
                check_csv(nodes[0], edges[0])
            except (OSError, KeyError, csv.Error) as e:
                fail("csv", f"cannot be read: {e}")
        else:
            fail("csv", "give one *-nodes.csv and one *-edges.csv")
    if len(graphs) == 2:
        if graphs["graphml"] != graphs["gexf"]:
            diff = [n for n in graphs["graphml"] if graphs["graphml"][n] != graphs["gexf"].get(n)]
            fail("graphml vs gexf", f"the two carry different attributes for {diff}")
        else:
            print(f"OK graphml and gexf carry the same {len(graphs['gexf'])} nodes with the same typed attributes")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
