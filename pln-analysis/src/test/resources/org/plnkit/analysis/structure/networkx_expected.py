#!/usr/bin/python3
"""Expected structural-hole values for StructuralHolesTest, computed once with NetworkX.

Run with Debian's python3-networkx (2.8.8):

    apt-get install -y python3-networkx
    /usr/bin/python3 networkx_expected.py > networkx-expected.json

The output is committed; the Java tests read it and never need Python. Each case lists its vertices, its edges
(with weights when weighted) and, for every vertex, NetworkX's effective_size and constraint (null where NetworkX
gives NaN: a vertex without neighbours). Graphs are generated from fixed seeds, so rerunning the script gives the
same file.
"""
import json
import math
import random
import sys

import networkx as nx


def case(name, g, weighted):
    w = "weight" if weighted else None
    es = nx.effective_size(g, weight=w)
    cs = nx.constraint(g, weight=w)

    def num(x):
        return None if math.isnan(x) else x

    nodes = [str(v) for v in g.nodes()]
    edges = []
    for u, v, d in g.edges(data=True):
        e = [str(u), str(v)]
        if weighted:
            e.append(d["weight"])
        edges.append(e)
    expected = {str(v): {"effectiveSize": num(es[v]), "constraint": num(cs[v])} for v in g.nodes()}
    return {"name": name, "directed": g.is_directed(), "weighted": weighted, "vertices": nodes, "edges": edges,
            "expected": expected}


def ego_network(rng, alters, p, weighted=False):
    """The participant ("ego") tied to every alter, and each pair of alters linked with probability p."""
    g = nx.Graph()
    g.add_node("ego")
    names = ["c%02d" % i for i in range(alters)]
    for a in names:
        g.add_edge("ego", a, weight=rng.randint(1, 5)) if weighted else g.add_edge("ego", a)
    for i in range(alters):
        for j in range(i + 1, alters):
            if rng.random() < p:
                if weighted:
                    g.add_edge(names[i], names[j], weight=rng.randint(1, 5))
                else:
                    g.add_edge(names[i], names[j])
    return g


def main():
    cases = []
    # Borgatti (1997), Connections 20(1): ego G with alters A-F; also NetworkX's own test graph.
    borgatti = [("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"), ("B", "G"), ("B", "D"),
                ("D", "G"), ("G", "C")]
    g = nx.Graph()
    g.add_edges_from(borgatti)
    cases.append(case("borgatti-1997", g, False))
    weights = {("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8, ("F", "G"): 3,
               ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10}
    gw = g.copy()
    nx.set_edge_attributes(gw, weights, "weight")
    cases.append(case("borgatti-1997-weighted", gw, True))
    d = nx.DiGraph()
    d.add_edges_from([(0, 1), (0, 2), (1, 0), (2, 1)])
    cases.append(case("directed", d, False))
    dw = d.copy()
    nx.set_edge_attributes(dw, {(0, 1): 2, (0, 2): 2, (1, 0): 1, (2, 1): 1}, "weight")
    cases.append(case("directed-weighted", dw, True))

    rng = random.Random(20261128)
    for i, (alters, p) in enumerate([(1, 0.0), (2, 1.0), (3, 0.5), (5, 0.3), (8, 0.2), (12, 0.4), (15, 0.1),
                                     (20, 0.6), (30, 0.15), (40, 0.05)]):
        cases.append(case("ego-%d-%d" % (i, alters), ego_network(rng, alters, p), False))
    for i, (alters, p) in enumerate([(4, 0.5), (10, 0.3), (25, 0.2)]):
        cases.append(case("ego-weighted-%d-%d" % (i, alters), ego_network(rng, alters, p, True), True))
    for i, (n, p) in enumerate([(12, 0.2), (20, 0.1), (30, 0.08)]):
        g = nx.gnp_random_graph(n, p, seed=1000 + i)
        cases.append(case("gnp-%d-%d" % (i, n), g, False))

    json.dump({"networkx": nx.__version__, "cases": cases}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
