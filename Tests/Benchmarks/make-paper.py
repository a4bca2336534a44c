#!/usr/bin/env python3
"""Writes a committee paper of about WORDS words (default 14,000) as Content/papers/ID.md in a copy
of a content folder, for `paper-bench.sh`: the full county council header in its front matter, then
numbered sections of paragraphs drawn from the sentences of the bundled Kent chapters, with bullet
lists, sub-headings, footnotes and four directives drafted from edition 2018-19's data. Also
writes the same Markdown without the front matter as OUT_DIR/ID.pandoc.md, for pandoc (which
keeps each directive as a code block). Deterministic (seeded).

usage: make-paper.py CONTENT_DIR OUT_CONTENT_DIR ID [WORDS]
"""
import os
import random
import re
import shutil
import sys

content, out, paper_id = sys.argv[1], sys.argv[2], sys.argv[3]
target_words = int(sys.argv[4]) if len(sys.argv) > 4 else 14_000
rng = random.Random(20180320)

sentences = []
for root, _, files in os.walk(os.path.join(content, "editions")):
    for name in sorted(files):
        if not name.endswith(".md"):
            continue
        text = open(os.path.join(root, name), encoding="utf-8").read().split("---", 2)[-1]
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if not para or para[0] in "#->*1234567890`[|":
                continue
            para = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", para)
            sentences += [s for s in re.split(r"(?<=[.;:])\s+", para) if len(s.split()) > 3 and "[^" not in s]

# Facts drafted from the edition's data, as a real paper draws them: one directive at the start of
# sections 2, 5, 8 and 11 (pandoc sees each as a code block).
directives = {2: "priorities as=table", 5: "action-summary as=table", 8: "actions priority=all", 11: "measures"}
body, notes, count, section, note = [], [], 0, 0, 0
while count < target_words:
    section += 1
    body.append(f"## {' '.join(rng.choice(sentences).split()[:4]).rstrip('.,;:')}\n")
    if section in directives:
        body.append(f"```csa\n{directives[section]}\n```\n")
    for _ in range(rng.randint(4, 9)):
        kind = rng.random()
        if kind < 0.12:
            items = [" ".join(rng.choice(sentences).split()[:8]) for _ in range(rng.randint(3, 6))]
            body.append("\n".join(f"- {item}" for item in items) + "\n")
            count += sum(len(i.split()) for i in items)
        elif kind < 0.18:
            body.append(f"### {' '.join(rng.choice(sentences).split()[:3]).rstrip('.,;:')}\n")
        else:
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
            if rng.random() < 0.08:
                note += 1
                text += f"[^n{note}]"
                notes.append(f"[^n{note}]: {rng.choice(sentences)}")
            body.append(text + "\n")
            count += len(text.split())
markdown = "\n".join(body) + "\n" + "\n\n".join(notes) + "\n"

front = """---
layout: council
edition: 2018-19
from:
  - name: Mike Hill
    role: Cabinet Member for Community & Regulatory Services
to: Environment and Transport Cabinet Committee
meeting_date: 2018-03-20
subject: The Kent Community Safety Agreement (benchmark paper)
classification: Unrestricted
illustrative: true
past_pathway: N/A
future_pathway: N/A
electoral_division: Countywide
summary: A long paper made for the benchmark from the agreement's own sentences.
recommendations:
  lead_in: "The Cabinet Committee is asked to:"
  marker: lettered
  items:
    - note the report.
contacts:
  - heading: Report Author
    name: Shafick Peerbux
    role: Head of Community Safety
    email: shafick.peerbux@kent.gov.uk
---

"""
if os.path.exists(out):
    shutil.rmtree(out)
shutil.copytree(content, out)
os.makedirs(os.path.join(out, "papers"), exist_ok=True)
with open(os.path.join(out, "papers", f"{paper_id}.md"), "w", encoding="utf-8") as f:
    f.write(front + markdown)
with open(os.path.join(os.path.dirname(out.rstrip("/")), f"{paper_id}.pandoc.md"), "w", encoding="utf-8") as f:
    f.write(markdown)
print(f"{count} words, {section} sections, {note} footnotes")
