#!/usr/bin/python3
"""The reference pipeline for `pln cohort`: what a data analyst would write with pandas, openpyxl and NetworkX
(Debian's python3-pandas, python3-openpyxl 3.0, python3-networkx 2.8) to get the same district figures from the
same cohort workbook. It is the yardstick of docs/performance.md ("Cohorts"), not a product.

    /usr/bin/python3 benchmarks/cohort/reference_pipeline.py /tmp/c1000/cohort.xlsx /tmp/ref1000.xlsx [--as-of D]

Same input, same measures, as docs/measures.md defines them: the cohort read with pandas (openpyxl), rows checked
(required fields, kind, category by id or label, 1-5 values, frequency), identity merged by normalized url / kind and
name / explicit id (union-find); per participant the health score and its six parts (coverage, diversity,
concentration, topics, give-back, upkeep; no Burt measures, as pln cohort); coverage per category, school and role;
shared nodes by participants and weight; keystones; the projection weighted by 1/(d-1) with each participant's
strongest k (greedy, degree <= k); communities by NetworkX's weighted asynchronous label propagation; betweenness
(exact up to 500 participants, else 500 sampled sources); isolated participants; and the workbook with the same
sheets (Overview with three bar charts, Heatmap with a colour scale, Participants as a table with filters and a
frozen header, Coverage, Shared resources, Keystones, Communities, Bridges, Isolated, Input problems).

The one thing done the analyst's way rather than ours: the projection is NetworkX's full weighted projection
(every pair of participants of every shared node), before keeping the strongest k; pln cohort samples the pairs of
nodes named by more than 50 participants.

Prints the time of each phase; run under /usr/bin/time -v for the peak memory.
"""
import math
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime

import networkx as nx
import openpyxl
import pandas as pd
from networkx.algorithms import bipartite
from networkx.algorithms.community import asyn_lpa_communities
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.table import Table, TableStyleInfo

CATEGORIES = [
    ("local-colleagues", "Local colleagues", True), ("mentors", "Mentors", True),
    ("social-networks", "Social networks", False), ("online-communities", "Online communities", False),
    ("blogs-websites", "Blogs & websites", False), ("professional-organizations", "Professional organizations", False),
    ("local-state-organizations", "Local & state organizations", True),
    ("conferences-edcamps", "Conferences & edcamps", False), ("webinars-podcasts", "Webinars & podcasts", False),
    ("online-journals", "Online journals", False), ("tutorial-websites", "Tutorial websites & courses", False)]
CAT_IDS = [c[0] for c in CATEGORIES]
CAT_KEY = {}
for cid, label, _ in CATEGORIES:
    CAT_KEY[cid] = cid
    CAT_KEY[label.lower()] = cid
LOCAL = {c[0] for c in CATEGORIES if c[2]}
FREQ_SCORE = {"daily": 5, "weekly": 4, "monthly": 3, "quarterly": 2, "yearly": 1, "rarely": 0.5}
FREQ_DAYS = {"daily": 1, "weekly": 7, "monthly": 30, "quarterly": 91, "yearly": 365}
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}
K, CANDIDATES, SEED, SOURCES = 10, 30, 20261128, 500
WEIGHTS = {"coverage": 25, "diversity": 15, "concentration": 15, "topics": 20, "give-back": 10, "upkeep": 15}

T0 = time.time()
PHASES = {}


def phase(name, since):
    now = time.time()
    PHASES[name] = now - since
    print(f"{name:<24} {now - since:8.2f} s", flush=True)
    return now


def header(s):
    return re.sub(r"[\s_-]+", "_", str(s).strip().lower())


def nkey(s):
    s = unicodedata.normalize("NFKC", str(s)).upper().lower()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^[\W_]+|[\W_]+$", "", s)


def ukey(u):
    if not isinstance(u, str) or not u.strip():
        return None
    s = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", u.strip())
    m = re.match(r"([^/?#]*)(.*)", s)
    host, rest = m.group(1).lower(), m.group(2)
    host = host[4:] if host.startswith("www.") else host
    if not host:
        return None
    q = re.search(r"[?#]", rest)
    path, tail = (rest[:q.start()], rest[q.start():]) if q else (rest, "")
    return host + path.rstrip("/") + tail


def topics_of(v):
    if not isinstance(v, str):
        return []
    return [t.strip().lower() for t in v.split(";") if t.strip()]


def main():
    src, out = sys.argv[1], sys.argv[2]
    as_of = date.fromisoformat(sys.argv[sys.argv.index("--as-of") + 1]) if "--as-of" in sys.argv else date(2026, 11, 28)
    t = time.time()
    sheets = pd.read_excel(src, sheet_name=["Participants", "Connections"], engine="openpyxl", dtype=object)
    t = phase("read (pandas/openpyxl)", t)

    # ---------------------------------------------------------------- check rows
    parts = sheets["Participants"].rename(columns=header)
    conns = sheets["Connections"].rename(columns=header)
    problems = []
    parts = parts.dropna(how="all")
    parts["participant_id"] = parts["participant_id"].astype(str).str.strip()
    dup = parts.duplicated("participant_id")
    for i in parts.index[dup]:
        problems.append(("error", "Participants", i + 2, "participant_id", "duplicate participant"))
    parts = parts[~dup].set_index("participant_id", drop=False)
    conns = conns.dropna(how="all").copy()
    conns["row"] = conns.index + 2
    conns["kind"] = conns["kind"].astype(str).str.strip().str.lower()
    conns["category"] = conns["category"].astype(str).str.strip().str.lower().map(CAT_KEY)
    conns["frequency"] = conns["frequency"].where(conns["frequency"].notna(), None)
    conns["frequency"] = conns["frequency"].map(lambda f: str(f).strip().lower() if f is not None else None)
    conns["value"] = pd.to_numeric(conns["value"], errors="coerce")
    bad = (conns["participant_id"].isna() | conns["connection_name"].isna()
           | ~conns["kind"].isin(["person", "organization", "resource"]) | conns["category"].isna()
           | (conns["value"].notna() & ~conns["value"].between(1, 5))
           | (conns["frequency"].notna() & ~conns["frequency"].isin(list(FREQ_SCORE))))
    for _, r in conns[bad].iterrows():
        problems.append(("error", "Connections", r["row"], "", "row left out"))
    conns = conns[~bad].copy()
    conns["participant_id"] = conns["participant_id"].astype(str).str.strip()
    conns["gives_back"] = conns["gives_back"].map(lambda v: str(v).strip().lower() in YES if pd.notna(v) else False)
    conns["topic_list"] = conns["topics"].map(topics_of)
    conns["last_contact"] = pd.to_datetime(conns["last_contact"], errors="coerce")
    conns["weight"] = conns["value"].fillna(3) * conns["frequency"].map(lambda f: FREQ_SCORE.get(f, 3))
    conns["local"] = conns["category"].isin(LOCAL) | conns["met_via"].astype(str).str.strip().str.lower().isin(
        ["school", "district", "in-person"])
    ids = sorted(set(parts.index) | set(conns["participant_id"]), key=lambda p: p)
    t = phase("check rows", t)

    # ---------------------------------------------------------------- identity (union-find)
    n = len(conns)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    pid_keys = {str(p).strip().lower() for p in ids}
    tie_of = [None] * n
    for i, (pid, name, kind, cid, url) in enumerate(zip(conns["participant_id"], conns["connection_name"],
                                                        conns["kind"], conns["connection_id"], conns["url"])):
        keys = []
        if isinstance(cid, str) and cid.strip():
            k = cid.strip().lower()
            if k in pid_keys and k != pid.lower():
                tie_of[i] = k
                continue
            keys.append("id:" + k)
        if kind != "person":
            u = ukey(url)
            if u:
                keys.append("url:" + u)
            keys.append(kind + ":" + nkey(name))
        for k in keys:
            if k in first:
                a, b = find(first[k]), find(i)
                if a != b:
                    parent[a] = b
            else:
                first[k] = i
    conns["node"] = [None if tie_of[i] else find(i) for i in range(n)]
    conns["tie"] = tie_of
    t = phase("identity", t)

    # ---------------------------------------------------------------- per participant: the health score
    scores = {}
    statuses = {}
    for pid, g in conns.groupby("participant_id", sort=False):
        nconn = len(g)
        counts = g["category"].value_counts()
        infrequent = g[g["frequency"].isin(["yearly", "rarely"])]["category"].value_counts()
        st, cov = [], 0.0
        for c in CAT_IDS:
            k = counts.get(c, 0)
            if k == 0:
                st.append("lack")
            elif k <= 1 or infrequent.get(c, 0) == k:
                st.append("thin")
                cov += 0.5
            else:
                st.append("have")
                cov += 1
        statuses[pid] = st
        shares = counts / nconn
        blau = 1 - (shares ** 2).sum()
        iqv = blau / (1 - 1 / len(CAT_IDS))
        local = g["local"].mean()
        diversity = 0.75 * iqv + 0.25 * (1 - abs(2 * local - 1))
        w = g["weight"] / g["weight"].sum()
        h = (w ** 2).sum()
        nh = 1.0 if nconn == 1 else (h - 1 / nconn) / (1 - 1 / nconn)
        ptopics = topics_of(parts["topics"].get(pid)) if pid in parts.index else []
        topic_score = None
        if ptopics:
            srcs = Counter(t2 for tl in g["topic_list"] for t2 in set(tl))
            topic_score = sum(1 if srcs[t2] >= 2 else 0.5 if srcs[t2] == 1 else 0 for t2 in ptopics) / len(ptopics)
        give = min(1, g["gives_back"].mean() / 0.5)
        overdue = 0
        own = parts["as_of"].get(pid) if pid in parts.index and "as_of" in parts else None
        day = pd.to_datetime(own).date() if own is not None and pd.notna(own) else as_of
        for f, lc in zip(g["frequency"], g["last_contact"]):
            if f in FREQ_DAYS and pd.notna(lc):
                days = FREQ_DAYS[f]
                if (day - lc.date()).days > days + max(2, math.ceil(days * 0.5)):
                    overdue += 1
        nodate = g["last_contact"].isna().sum()
        organizer = pid in parts.index and pd.notna(parts["organizer"].get(pid))
        upkeep = 0.9 * (1 - (overdue + 0.5 * nodate) / nconn) + (0.1 if organizer else 0)
        parts_ = {"coverage": cov / len(CAT_IDS), "diversity": diversity, "concentration": 1 - nh,
                  "topics": topic_score, "give-back": give, "upkeep": upkeep}
        sub = {k: (None if v is None else round(max(0, min(1, v)) * 100)) for k, v in parts_.items()}
        wsum = sum(WEIGHTS[k] for k, v in sub.items() if v is not None)
        health = round(sum(WEIGHTS[k] * v for k, v in sub.items() if v is not None) / wsum)
        scores[pid] = dict(health=health, connections=nconn, **sub)
    people = pd.DataFrame.from_dict(scores, orient="index")
    people["school"] = [parts["school"].get(p) if p in parts.index else None for p in people.index]
    people["role"] = [parts["role"].get(p) if p in parts.index else None for p in people.index]
    t = phase("health scores", t)

    # ---------------------------------------------------------------- the cohort graph and its projection
    B = nx.Graph()
    B.add_nodes_from(people.index, bipartite=0)
    named = conns[conns["node"].notna()].groupby("node")["participant_id"].nunique()
    shared = set(named[named >= 2].index)
    for pid, node in zip(conns["participant_id"], conns["node"]):
        if node in shared:
            B.add_edge(pid, ("n", node))
    for pid, tie in zip(conns["participant_id"], conns["tie"]):
        if tie:
            other = next((p for p in people.index if p.lower() == tie), None)
            if other:
                B.add_edge(pid, ("n", "tie", *sorted([pid, other])))

    def ra(G, u, v):
        return sum(1 / (G.degree(w) - 1) for w in set(G[u]) & set(G[v]))

    full = bipartite.generic_weighted_projected_graph(B, list(people.index), weight_function=ra)
    t = phase(f"full projection ({full.number_of_edges():,} edges)", t)
    k = min(K, max(3, math.ceil(math.sqrt(len(people)) / 2)))
    proposed = set()
    for p in full:
        best = sorted(full[p].items(), key=lambda e: (-e[1]["weight"], e[0]))[:CANDIDATES]
        for q, d in best:
            proposed.add((min(p, q), max(p, q), d["weight"]))
    P = nx.Graph()
    P.add_nodes_from(people.index)
    deg = Counter()
    for a, b, w in sorted(proposed, key=lambda e: (-e[2], e[0], e[1])):
        if deg[a] < k and deg[b] < k:
            P.add_edge(a, b, weight=w)
            deg[a] += 1
            deg[b] += 1
    t = phase("top-k projection", t)
    comms = sorted((c for c in asyn_lpa_communities(P, weight="weight", seed=SEED) if len(c) >= 3),
                   key=lambda c: (-len(c), min(c)))
    community = {p: i + 1 for i, c in enumerate(comms) for p in c}
    t = phase(f"communities ({len(comms)})", t)
    bc = nx.betweenness_centrality(P, k=None if len(P) <= SOURCES else SOURCES, seed=SEED, normalized=True)
    t = phase("betweenness", t)
    isolated = [p for p in people.index if B.degree(p) == 0]

    # ---------------------------------------------------------------- shared nodes and keystones
    sharedrows = conns[conns["node"].isin(shared)]
    agg = sharedrows.groupby("node").agg(name=("connection_name", lambda s: s.value_counts().index[0]),
                                         kind=("kind", "first"), category=("category", "first"),
                                         participants=("participant_id", "nunique"), weight=("weight", "sum"))
    agg = agg.sort_values(["participants", "weight"], ascending=[False, False])
    key_cat, key_topic = Counter(), Counter()
    for pid, g in conns.groupby("participant_id", sort=False):
        for c, gg in g.groupby("category"):
            nodes = set(gg["node"].fillna(-1))
            if len(nodes) == 1 and next(iter(nodes)) in shared:
                key_cat[next(iter(nodes))] += 1
        for t2 in (topics_of(parts["topics"].get(pid)) if pid in parts.index else []):
            nodes = {nd for nd, tl in zip(g["node"], g["topic_list"]) if t2 in tl}
            if len(nodes) == 1 and next(iter(nodes)) in shared:
                key_topic[next(iter(nodes))] += 1
    t = phase("shared nodes, keystones", t)

    # ---------------------------------------------------------------- the workbook
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov.append(["PLN cohort: " + src])
    ov.append(["Participants", len(people)])
    ov.append(["Median health", float(people["health"].median())])
    ov.append([])
    ov.append(["Category", "Have", "Thin", "Lack"])
    top = ov.max_row
    for i, c in enumerate(CATEGORIES):
        col = [statuses[p][i] for p in statuses]
        ov.append([c[1], col.count("have"), col.count("thin"), col.count("lack")])
    ch = BarChart()
    ch.type, ch.grouping, ch.overlap = "bar", "stacked", 100
    ch.add_data(Reference(ov, min_col=2, max_col=4, min_row=top, max_row=ov.max_row), titles_from_data=True)
    ch.set_categories(Reference(ov, min_col=1, min_row=top + 1, max_row=ov.max_row))
    ov.add_chart(ch, "H2")
    ov.append([])
    ov.append(["Score", "Participants"])
    top = ov.max_row
    hist = Counter(min(9, h // 10) for h in people["health"])
    for b in range(10):
        ov.append([f"{b * 10}-{b * 10 + 9}", hist[b]])
    ch = BarChart()
    ch.add_data(Reference(ov, min_col=2, min_row=top, max_row=ov.max_row), titles_from_data=True)
    ch.set_categories(Reference(ov, min_col=1, min_row=top + 1, max_row=ov.max_row))
    ov.add_chart(ch, "H22")
    ov.append([])
    ov.append(["School", "Participants", "Median health"])
    top = ov.max_row
    by_school = people.groupby("school")["health"].agg(["count", "median"]).sort_values("count", ascending=False)
    for school, r in by_school.head(25).iterrows():
        ov.append([school, int(r["count"]), float(r["median"])])
    ch = BarChart()
    ch.type = "bar"
    ch.add_data(Reference(ov, min_col=3, min_row=top, max_row=ov.max_row), titles_from_data=True)
    ch.set_categories(Reference(ov, min_col=1, min_row=top + 1, max_row=ov.max_row))
    ov.add_chart(ch, "H40")

    hm = wb.create_sheet("Heatmap")
    hm.append(["Participant", "School", "Community"] + [c[1] for c in CATEGORIES])
    for pid, g in conns.groupby("participant_id", sort=False):
        counts = g["category"].value_counts()
        hm.append([pid, people.at[pid, "school"], community.get(pid)] + [int(counts.get(c, 0)) for c in CAT_IDS])
    hm.conditional_formatting.add(f"D2:N{hm.max_row}", ColorScaleRule(
        start_type="num", start_value=0, start_color="F4A582", mid_type="num", mid_value=1, mid_color="FFE699",
        end_type="num", end_value=3, end_color="7FBF7B"))
    hm.freeze_panes = "B2"

    ps = wb.create_sheet("Participants")
    cols = ["health", "coverage", "diversity", "concentration", "topics", "give-back", "upkeep", "connections"]
    ps.append(["Participant", "School", "Role", "Community", "Betweenness", "Isolated"] + cols)
    for pid, r in people.iterrows():
        ps.append([pid, r["school"], r["role"], community.get(pid), bc.get(pid, 0), pid in isolated]
                  + [None if pd.isna(r[c]) else r[c] for c in cols])
    tab = Table(displayName="Participants", ref=f"A1:N{ps.max_row}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ps.add_table(tab)
    ps.freeze_panes = "B2"

    cv = wb.create_sheet("Coverage")
    cv.append(["Group", "School or role", "Category", "Have", "Thin", "Lack"])
    for field in ["school", "role"]:
        for grp, members in people.groupby(field).groups.items():
            for i, c in enumerate(CATEGORIES):
                col = [statuses[p][i] for p in members if p in statuses]
                cv.append([field, grp, c[1], col.count("have"), col.count("thin"), col.count("lack")])
    cv.auto_filter.ref = f"A1:F{cv.max_row}"

    sh = wb.create_sheet("Shared resources")
    sh.append(["Rank", "Name", "Kind", "Category", "Participants", "Weight", "Only source for"])
    for rank, (node, r) in enumerate(agg.iterrows(), 1):
        sh.append([rank, r["name"], r["kind"], r["category"], int(r["participants"]), float(r["weight"]),
                   key_cat[node] + key_topic[node]])
    ks = wb.create_sheet("Keystones")
    ks.append(["Name", "For a category", "For a topic"])
    for node in sorted(set(key_cat) | set(key_topic), key=lambda x: -(key_cat[x] + key_topic[x])):
        if key_cat[node] + key_topic[node] >= 2:
            ks.append([agg.at[node, "name"], key_cat[node], key_topic[node]])
    cm = wb.create_sheet("Communities")
    cm.append(["Community", "Members", "Mean health", "Schools"])
    for i, c in enumerate(comms, 1):
        cm.append([i, len(c), float(people.loc[list(c), "health"].mean()),
                   ", ".join(f"{s} ({k2})" for s, k2 in Counter(people.loc[list(c), "school"]).most_common(5))])
    br = wb.create_sheet("Bridges")
    br.append(["Participant", "Betweenness"])
    for pid, v in sorted(bc.items(), key=lambda e: -e[1])[:max(10, len(people) // 50)]:
        br.append([pid, v])
    iso = wb.create_sheet("Isolated")
    iso.append(["Participant"])
    for p in isolated:
        iso.append([p])
    ip = wb.create_sheet("Input problems")
    ip.append(["Severity", "Sheet", "Row", "Column", "Problem"])
    for p in problems:
        ip.append(list(p))
    wb.save(out)
    t = phase("workbook (openpyxl)", t)
    print(f"median health {people['health'].median()}")
    print(f"{'total':<24} {time.time() - T0:8.2f} s; {len(people)} participants, {len(shared)} shared nodes, "
          f"{P.number_of_edges()} projection edges, {len(comms)} communities, {len(isolated)} isolated")


if __name__ == "__main__":
    main()
