#!/usr/bin/env python3
"""A realistic second wave of a gen-cohort cohort, for `pln cohort WAVE2 --before WAVE1` (docs/growth.md).

    benchmarks/growth/gen-wave2.py --in /tmp/c5000 --out /tmp/c5000-wave2 [--seed 2] [--months 6]

Reads the CSV form of a gen-cohort cohort (participants.csv and connections.csv, `gen-cohort --formats csv`) and
writes the same two files for the same district six months later. Standard library only; the same input and seed
give byte-identical files. What changes, per participant (rates are the defaults):
  * about 10 % leave (attrition) and about 3 % are new (a copy of another participant's network, new id and name);
  * as_of moves --months later; most ties were checked in with since (last_contact moves too), some were not;
  * about 8 % of ties are dropped (never the last one), and linked_to no longer names them;
  * gaps are filled more often than not: 60 % add a connection in a category they lacked (an organization or
    resource another participant names, or a new colleague or mentor), 25 % a second one;
  * 35 % of lurkers become contributors (half of them give back now); a few frequencies and values move by a step.
"""
import argparse
import csv
import datetime
import os
import random
import sys

FREQ = ["daily", "weekly", "monthly", "quarterly", "yearly", "rarely"]


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)


def later(date_text, months):
    if not date_text:
        return date_text
    d = datetime.date.fromisoformat(date_text)
    m = d.month - 1 + months
    return datetime.date(d.year + m // 12, m % 12 + 1, min(d.day, 28)).isoformat()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--in", dest="src", required=True, help="a gen-cohort CSV folder (wave 1)")
    ap.add_argument("--out", required=True, help="the folder to write wave 2 into")
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--months", type=int, default=6)
    ap.add_argument("--attrition", type=float, default=0.10)
    ap.add_argument("--new", type=float, default=0.03)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    p_header, people = read(f"{a.src}/participants.csv")
    c_header, rows = read(f"{a.src}/connections.csv")

    by_participant = {}
    for row in rows:
        by_participant.setdefault(row["participant_id"], []).append(row)
    ids = [p["participant_id"] for p in people]
    ids += [i for i in by_participant if i not in set(ids)]
    participant_row = {p["participant_id"]: p for p in people}
    categories = sorted({r["category"] for r in rows})
    pool = {}
    for r in rows:
        if r["kind"] != "person":
            pool.setdefault(r["category"], []).append(r)
    person_categories = sorted({r["category"] for r in rows if r["kind"] == "person"})

    staying = [i for i in ids if rnd.random() >= a.attrition]
    out_people, out_rows = [], []
    for pid in staying:
        p = participant_row.get(pid)
        as_of = ""
        if p is not None:
            p = dict(p)
            as_of = p["as_of"]
            p["as_of"] = later(as_of, a.months)
            out_people.append(p)
        mine = by_participant.get(pid, [])
        kept, dropped = [], set()
        for r in mine:
            if len(mine) - len(dropped) > 1 and rnd.random() < 0.08:
                dropped.add(r["connection_name"].strip().lower())
                continue
            r = dict(r)
            if r["participation"].strip().lower() == "lurker" and rnd.random() < 0.35:
                r["participation"] = "contributor"
                if rnd.random() < 0.5:
                    r["gives_back"] = "yes"
            if r["frequency"] in FREQ and rnd.random() < 0.08:
                k = FREQ.index(r["frequency"]) + rnd.choice([-1, 1])
                r["frequency"] = FREQ[max(0, min(len(FREQ) - 1, k))]
            if r["value"].isdigit() and rnd.random() < 0.08:
                r["value"] = str(max(1, min(5, int(r["value"]) + rnd.choice([-1, 1]))))
            if r["last_contact"] and rnd.random() < 0.75:
                r["last_contact"] = later(r["last_contact"], a.months)
            kept.append(r)
        for r in kept:
            if r["linked_to"]:
                names = [n.strip() for n in r["linked_to"].split(";")]
                r["linked_to"] = "; ".join(n for n in names if n and n.lower() not in dropped)
        have = {r["category"] for r in kept}
        names = {r["connection_name"].strip().lower() for r in kept}
        missing = [c for c in categories if c not in have]
        for attempt in (0.6, 0.25):
            if not missing or rnd.random() >= attempt:
                break
            cat = missing.pop(rnd.randrange(len(missing)))
            if cat in pool and (cat not in person_categories or rnd.random() < 0.5):
                src = rnd.choice(pool[cat])
                if src["connection_name"].strip().lower() in names:
                    continue
                new = dict(src)
                new.update(participant_id=pid, linked_to="", gives_back="", wants_more="",
                           last_contact=later(as_of, a.months) if as_of else "")
            else:
                name = f"New {cat.split()[0].rstrip('s').lower()} {rnd.randrange(10000):04d}"
                new = {k: "" for k in c_header}
                new.update(participant_id=pid, connection_name=name, kind="person", category=cat,
                           met_via="school", frequency="monthly", value=str(rnd.randint(3, 5)),
                           topics=(p or {}).get("topics", "").split(";")[0].strip(),
                           last_contact=later(as_of, a.months) if as_of else "")
            names.add(new["connection_name"].strip().lower())
            kept.append(new)
        out_rows.extend(kept)

    newcomers = max(1, round(len(ids) * a.new)) if ids else 0
    for k in range(newcomers):
        src = rnd.choice(staying)
        pid = f"new-{k + 1:04d}-{src}"
        p = participant_row.get(src)
        if p is not None:
            p = dict(p)
            p.update(participant_id=pid, name=f"Newcomer {k + 1}", as_of=later(p["as_of"], a.months))
            out_people.append(p)
        for r in by_participant.get(src, []):
            r = dict(r)
            r["participant_id"] = pid
            r["last_contact"] = later(r["last_contact"], a.months)
            out_rows.append(r)

    os.makedirs(a.out, exist_ok=True)
    write(f"{a.out}/participants.csv", p_header, out_people)
    write(f"{a.out}/connections.csv", c_header, out_rows)
    print(f"wave 2: {len(staying)} of {len(ids)} stayed, {newcomers} new; {len(out_rows)} connection rows "
          f"(wave 1: {len(rows)})", file=sys.stderr)


if __name__ == "__main__":
    main()
