#!/usr/bin/python3
# A participant file just under the 8 MB cap: 2,000 connections (the connection cap), long met_via notes.
import random, sys
random.seed(1)
cats = ["local-colleagues","mentors","social-networks","online-communities","blogs-websites",
        "professional-organizations","local-state-organizations","conferences-edcamps","webinars-podcasts",
        "online-journals","tutorial-websites"]
kinds = {"local-colleagues":"person","mentors":"person"}
freqs = ["daily","weekly","monthly","quarterly","yearly","rarely"]
words = "library makerspace coding literacy research inquiry collaboration reading writing science history maths art".split()
target = 8 * 1024 * 1024 - 20_000
n = 2000
head = "participant:\n  id: big-ego\n  name: Big Ego\n  role: Teacher librarian\n  school: Lincoln\n  topics: [coding, makerspaces]\n  as_of: 2026-11-01\nconnections:\n"
def conn(i, note):
    c = cats[i % len(cats)]
    return (f"  - id: c{i}\n    name: Connection number {i}\n    kind: {kinds.get(c,'resource')}\n    category: {c}\n"
            f"    url: https://example.org/c{i}\n    frequency: {freqs[i%6]}\n    value: {1+i%5}\n    gives_back: {'yes' if i%2 else 'no'}\n"
            f"    topics: [coding, makerspaces]\n    last_contact: 2026-10-{1+i%28:02d}\n    met_via: \"{note}\"\n")
base = len(head) + sum(len(conn(i, "")) for i in range(n)) + 12 + 40*300
per = (target - base) // n
out = [head]
for i in range(n):
    note = " ".join(random.choice(words) for _ in range(per // 7 + 5))[:per]
    out.append(conn(i, note))
out.append("links:\n")
for i in range(300):
    out.append(f"  - {{from: c{i}, to: c{i+1}}}\n")
s = "".join(out)
open(sys.argv[1], "w").write(s)
print(len(s.encode()), "bytes", 8*1024*1024 - len(s.encode()), "under the cap")
