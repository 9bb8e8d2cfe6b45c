#!/usr/bin/python3
"""Makes samples/lakeside-district.xlsx: 30 participants from 3 schools, with the deliberate
input mistakes listed in samples/README.md. Needs gen-cohort (shared/tools) and Debian's python3-openpyxl.
Run from the repository root:  /usr/bin/python3 docs/samples/make-sample-cohort.py ../shared/tools/gen-cohort
"""
import subprocess, sys, tempfile, datetime, os
from openpyxl import Workbook, load_workbook

gen = sys.argv[1] if len(sys.argv) > 1 else "../shared/tools/gen-cohort"
tmp = tempfile.mkdtemp()
subprocess.run([gen, "--participants", "80", "--seed", "11", "--formats", "xlsx", "--out", tmp], check=True)
src = load_workbook(os.path.join(tmp, "cohort.xlsx"))
ps, cs = src["Participants"], src["Connections"]
p_rows = list(ps.iter_rows(values_only=True))
c_rows = list(cs.iter_rows(values_only=True))
p_head, c_head = list(p_rows[0]), list(c_rows[0])
school = p_head.index("school")
per_school, keep = {}, []
for r in p_rows[1:]:
    n = per_school.setdefault(r[school], 0)
    if n < 10 and len(per_school) <= 3:
        per_school[r[school]] = n + 1
        keep.append(r)
keep_ids = {r[0] for r in keep}
conns = [list(r) for r in c_rows[1:] if r[0] in keep_ids]

def col(name):
    return c_head.index(name)

# --- the deliberate mistakes (documented in samples/README.md) ---------------------------------------
conns[3][col("value")] = 7                                    # a value outside 1-5
conns[10][col("category")] = "Mentor"                         # not a mistake any more: an alias, read as mentors
conns[17][col("last_contact")] = "2026-13-02"                 # a date that does not exist, typed as text
conns[25][col("frequency")] = "fortnightly"                   # a frequency that is not in the list
conns[33][col("kind")] = None                                 # a required cell left blank
conns[41][col("linked_to")] = "Someone Not Listed"            # a link to a connection that is not there
conns[50][col("gives_back")] = "sometimes"                    # not a yes/no answer
c_head.append("Notes")                                        # a column the contract does not know
conns[5].append("met her at the fall PD day")
dup = list(keep[4]); keep.insert(5, tuple(dup))               # the same participant listed twice

wb = Workbook()
wp = wb.active; wp.title = "Participants"
wp.append(p_head)
for r in keep:
    wp.append(list(r))
wc = wb.create_sheet("Connections")
wc.append(c_head)
for r in conns:
    wc.append(r)
for ws in (wp, wc):
    ws.freeze_panes = "A2"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd"
wb.properties.creator = "PLN Toolkit samples"
wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 1)
out = "samples/lakeside-district.xlsx"
os.makedirs(os.path.dirname(out), exist_ok=True)
wb.save(out)
print(out, len(keep), "participant rows,", len(conns), "connection rows, schools:", sorted(per_school))
