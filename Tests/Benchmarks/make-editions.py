#!/usr/bin/env python3
"""Writes a content folder with two editions of about WORDS words of chapter prose each, the second
made from the first by changing about PERCENT per cent of its words (words replaced, inserted and
deleted, sentences rewritten, a few paragraphs moved), for `diff-bench.sh`. The prose is drawn from
the sentences of the bundled Kent chapters, so it reads like the real thing. Deterministic (seeded).

usage: make-editions.py CONTENT_DIR OUT_DIR [WORDS] [PERCENT]
"""
import os
import random
import re
import sys

content, out = sys.argv[1], sys.argv[2]
target_words = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
percent = float(sys.argv[4]) if len(sys.argv) > 4 else 4.0
rng = random.Random(20241121)

# Real sentences from the bundled chapters' paragraphs (front matter, headings and lists left out).
sentences = []
for root, _, files in os.walk(os.path.join(content, "editions")):
    for name in sorted(files):
        if not name.endswith(".md"):
            continue
        text = open(os.path.join(root, name), encoding="utf-8").read().split("---", 2)[-1]
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if not para or para[0] in "#->*1234567890`[":
                continue
            para = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", para)
            sentences += [s for s in re.split(r"(?<=[.;:])\s+", para) if len(s.split()) > 3]
words_pool = [w for s in sentences for w in s.split()]

def paragraph():
    return " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))

def chapter_blocks(n_words):
    blocks, count = [], 0
    while count < n_words:
        kind = rng.random()
        if kind < 0.08:
            block = "## " + " ".join(rng.choice(words_pool).strip(".,;:") for _ in range(rng.randint(2, 5)))
        elif kind < 0.18:
            block = "\n".join("- " + rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        else:
            block = paragraph()
        blocks.append(block)
        count += len(block.split())
    return blocks

chapters = 20
old = [chapter_blocks(target_words // chapters) for _ in range(chapters)]
total = sum(len(b.split()) for c in old for b in c)

# Edits until about PERCENT of the words are changed.
new = [list(c) for c in old]
budget = int(total * percent / 100)
changed = 0
while changed < budget:
    c = rng.randrange(chapters)
    i = rng.randrange(len(new[c]))
    block = new[c][i]
    if block.startswith("## "):
        continue
    r = rng.random()
    if r < 0.03 and len(new[c]) > 2:                      # a paragraph moved
        moved = new[c].pop(i)
        new[c].insert(rng.randrange(len(new[c]) + 1), moved)
        changed += 0
        continue
    words = block.split(" ")
    j = rng.randrange(1, len(words)) if len(words) > 1 else 0
    if r < 0.10:                                          # a sentence rewritten
        sentence = rng.choice(sentences).split(" ")
        words[j:j] = sentence
        changed += len(sentence)
    elif r < 0.50:                                        # a word replaced
        words[j] = rng.choice(words_pool)
        changed += 1
    elif r < 0.75:                                        # a word inserted
        words.insert(j, rng.choice(words_pool))
        changed += 1
    elif len(words) > 3:                                  # a word deleted
        del words[j]
        changed += 1
    new[c][i] = " ".join(words)

site = """partnership: Benchmark Community Safety Partnership
title: Benchmark Community Safety Agreement
base_url: https://csa.example.org/
language: en-GB
licence:
  name: Open Government Licence v3.0
  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
accessibility_contact:
  name: Community Safety Team
  email: team@example.org
accessibility_statement:
  compliance: partial
  problems:
    - Search needs JavaScript.
  prepared: 2024-05-01
  reviewed: 2024-11-01
bodies:
  - id: partnership
    name: Benchmark Community Safety Partnership
"""

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

write(os.path.join(out, "site.yml"), site)
for edition, start, supersedes, blocks in [("2023-24", 2023, None, old), ("2024-25", 2024, "2023-24", new)]:
    base = os.path.join(out, "editions", edition)
    meta = f"title: Agreement {edition}\nperiod:\n  start: {start}-04-01\n  end: {start + 1}-03-31\nstatus: draft\n"
    if supersedes:
        meta += f'supersedes: "{supersedes}"\n'
    write(os.path.join(base, "edition.yml"), meta)
    for name in ["priorities", "themes", "actions", "measures"]:
        write(os.path.join(base, name + ".yml"), "[]\n")
    for n, chapter in enumerate(blocks, start=1):
        front = f"---\nid: chapter-{n}\ntitle: Chapter {n}\norder: {n}\nsummary: Part {n} of the agreement.\n---\n\n"
        write(os.path.join(base, "chapters", f"{n:02d}-chapter-{n}.md"), front + "\n\n".join(chapter) + "\n")

new_total = sum(len(b.split()) for c in new for b in c)
print(f"generated {out}: {total} words in 2023-24, {new_total} in 2024-25, about {changed} words changed ({100 * changed / total:.1f}%)")
