#!/usr/bin/env python3
"""Writes the same generated chapters three ways, for `site-bench.sh`:

- OUT/content:  a csa content folder in the documented format (docs/CONTENT.md): EDITIONS editions
  chained with `supersedes` (the last a draft), each with priorities (some renamed, with `replaces`),
  themes, actions with progress updates, measures with figures, and CHAPTERS chapters of about WORDS
  words with headings, lists, links (to the web and to other chapters) and emphasis. As in a rolling
  plan, each edition revises the one before: the same chapters, about half of them edited (a few
  paragraphs, headings or list items replaced, inserted or removed, now and then a new title or
  summary). With --rewrite, every edition is written afresh instead (no text in common, so each
  edition's "What changed" page holds both editions' text in full);
- OUT/hugo:     a Hugo site holding the same chapters (one section per edition), with a small theme:
  a page per chapter (title, summary, contents, body, previous and next), a list per edition, a home;
- OUT/markdown: the chapters' Markdown alone, one file each, for cmark.

Chapters are at most 99 per edition (the format's limit on `order`). Deterministic: the same
arguments always give the same bytes.

usage: make-content.py [--rewrite] OUT EDITIONS CHAPTERS [WORDS]
"""
import os
import random
import sys

args = sys.argv[1:]
rewrite = "--rewrite" in args
args = [a for a in args if a != "--rewrite"]
out = args[0]
editions = int(args[1])
chapters = int(args[2])
words = int(args[3]) if len(args) > 3 else 1500
if not 1 <= chapters <= 99:
    sys.exit("error: CHAPTERS must be from 1 to 99 (a chapter's order has two digits)")
rng = random.Random(20250401)

VOCABULARY = """
partners county district borough council police fire rescue health probation community safety
partnership agreement priority theme action measure review assessment strategic data evidence
residents victims offenders neighbourhood crime disorder anti-social behaviour domestic abuse
violence exploitation vulnerable young people adults children families schools services support
prevention early intervention education awareness campaign training funding commissioning
delivery governance oversight scrutiny report update progress performance trend figures year
quarter local national duty statutory guidance legislation review board group meeting officers
approach practice learning lessons outcomes risk harm reduce increase improve maintain develop
coordinate share information referrals pathways housing mental wellbeing substance misuse alcohol
drugs road casualties speed enforcement engagement consultation survey feedback resilience
""".split()
HEADING_WORDS = """
Overview Background Context Approach Delivery Evidence Partners Outcomes Funding Governance
Monitoring Priorities Risks Learning Engagement Prevention Support Data Assessment Next steps
""".split()
TOPICS = [
    ("domestic-abuse", "Domestic Abuse"), ("road-safety", "Road Safety"),
    ("substance-misuse", "Substance Misuse"), ("violence-exploitation", "Serious Violence and Exploitation"),
    ("neighbourhood-crime", "Neighbourhood Crime"), ("preventing-extremism", "Preventing Extremism and Hate"),
    ("safeguarding", "Safeguarding Vulnerable People"), ("anti-social-behaviour", "Anti-Social Behaviour"),
]
THEMES = [
    ("early-intervention", "Early intervention, prevention and education"),
    ("supporting-victims", "Reducing re-offending and supporting victims"),
    ("mental-health", "Improving mental health and wellbeing"),
]
BODIES = [("csp", "Generated Community Safety Partnership", "GCSP"), ("cst", "Community Safety Team", "CST"),
          ("police", "County Police", None), ("council", "County Council", None), ("health", "Public Health", None)]
STATUSES = ["not-started", "red", "amber", "green", "complete"]


def sentence(links=None):
    n = rng.randint(8, 22)
    ws = [rng.choice(VOCABULARY) for _ in range(n)]
    i = rng.randrange(n)
    r = rng.random()
    if r < 0.2:
        ws[i] = "*" + ws[i] + "*"
    elif r < 0.35:
        ws[i] = "**" + ws[i] + "**"
    elif r < 0.45:
        j = min(n, i + rng.randint(1, 3))
        ws[i:j] = ["[" + " ".join(ws[i:j]) + "](https://www.example.org/" + ws[i] + ")"]
    elif r < 0.5 and links:
        target = rng.choice(links)
        ws[i:i + 1] = ["[" + ws[i] + " in " + target[1] + "](" + target[0] + ")"]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def block(links, first=False):
    r = rng.random()
    if r < 0.07 or first:
        return "## " + " ".join(rng.sample(HEADING_WORDS, rng.randint(1, 3)))
    if r < 0.11:
        return "### " + " ".join(rng.sample(HEADING_WORDS, rng.randint(1, 3)))
    if r < 0.19:
        return "\n".join("- " + sentence(links) for _ in range(rng.randint(2, 6)))
    if r < 0.23:
        return "\n".join(f"{k}. " + sentence(links) for k in range(1, rng.randint(3, 6)))
    return " ".join(sentence(links) for _ in range(rng.randint(2, 6)))


def chapter_blocks(links):
    blocks, count = [], 0
    while count < words:
        blocks.append(block(links, first=not blocks))
        count += len(blocks[-1].split())
    return blocks


def revised(blocks, links):
    """The blocks of a chapter as the next edition has them: one to four edits, each a block replaced,
    a block inserted, a block removed or one sentence of a paragraph rewritten (the first heading stays)."""
    blocks = list(blocks)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(1, len(blocks)) if len(blocks) > 1 else 1
        r = rng.random()
        if r < 0.3 and i < len(blocks):
            blocks[i] = block(links)
        elif r < 0.5:
            blocks.insert(i, block(links))
        elif r < 0.7 and len(blocks) > 2 and i < len(blocks):
            del blocks[i]
        elif i < len(blocks) and not blocks[i].startswith(("#", "-", "1.")):
            parts = blocks[i].split(". ")
            j = rng.randrange(len(parts))
            parts[j] = sentence(links).rstrip(".")
            blocks[i] = ". ".join(parts) + ("" if parts[-1].endswith(".") else ".")
    return blocks


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


first_year = 2025 - editions + 1
edition_ids = [f"{y}-{(y + 1) % 100:02d}" for y in range(first_year, first_year + editions)]

content = os.path.join(out, "content")
site = [
    "partnership: Generated Community Safety Partnership",
    "title: Generated Community Safety Agreement",
    "base_url: https://csa.example.org/generated/",
    "language: en-GB",
    "licence:",
    "  name: Open Government Licence v3.0",
    "  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    "accessibility_contact:",
    "  name: Community Safety Team",
    "  email: community.safety@example.org",
    "accessibility_statement:",
    "  compliance: partial",
    "  problems:",
    "    - Generated for a benchmark.",
    "  prepared: 2025-01-01",
    "  reviewed: 2025-01-01",
    "bodies:",
]
for bid, name, abbr in BODIES:
    site += [f"  - id: {bid}", f"    name: {name}"] + ([f"    abbreviation: {abbr}"] if abbr else [])
write(os.path.join(content, "site.yml"), "\n".join(site) + "\n")

hugo = os.path.join(out, "hugo")
markdown = os.path.join(out, "markdown")
write(os.path.join(hugo, "hugo.toml"), "\n".join([
    'baseURL = "https://csa.example.org/generated/"',
    'languageCode = "en-GB"',
    'title = "Generated Community Safety Agreement"',
    'disableKinds = ["taxonomy", "term"]',
    "",
]))
write(os.path.join(hugo, "layouts", "_default", "baseof.html"), """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify }}">
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<header><a href="{{ relURL "" }}">{{ .Site.Title }}</a></header>
<nav aria-label="Breadcrumb"><a href="{{ relURL "" }}">Home</a>{{ with .Parent }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<main>
<h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main>
<footer>Published under the Open Government Licence v3.0.</footer>
</body>
</html>
""")
write(os.path.join(hugo, "layouts", "_default", "single.html"), """{{ define "main" }}
<p>{{ .Params.summary }}</p>
<nav aria-label="Contents">{{ .TableOfContents }}</nav>
{{ .Content }}
<nav aria-label="Chapters">
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Next: {{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">Previous: {{ .Title }}</a>{{ end }}
</nav>
{{ end }}
""")
write(os.path.join(hugo, "layouts", "_default", "list.html"), """{{ define "main" }}
<ol>
{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ol>
{{ end }}
""")
write(os.path.join(hugo, "layouts", "index.html"), """{{ define "main" }}
<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ end }}
""")
write(os.path.join(hugo, "content", "_index.md"), "---\ntitle: Generated Community Safety Agreement\n---\n")

priorities = [TOPICS[i] for i in range(6)]
spare = [TOPICS[6], TOPICS[7]]
for k, eid in enumerate(edition_ids):
    year = first_year + k
    folder = os.path.join(content, "editions", eid)
    title = f"Generated Community Safety Agreement {eid}"
    draft = k == editions - 1 and editions > 1
    edition = [f"title: {title}", "period:", f"  start: {year}-04-01", f"  end: {year + 1}-03-31",
               f"status: {'draft' if draft else 'approved'}"]
    if not draft:
        edition += ["approval:", f"  date: {year}-03-21", "  body: csp", "  illustrative: true"]
    if k > 0:
        edition.append(f"supersedes: {q(edition_ids[k - 1])}")
    write(os.path.join(folder, "edition.yml"), "\n".join(edition) + "\n")

    # Every fourth edition renames one priority (a new id that `replaces` the old one).
    replaced = {}
    if k % 4 == 3:
        i = (k // 4) % len(priorities)
        old = priorities[i]
        new_id = f"{TOPICS[i % len(TOPICS)][0]}-{year}"
        priorities[i] = (new_id, old[1] + f" ({year})")
        replaced[new_id] = old[0]
    lines = []
    for pid, ptitle in priorities:
        themes = [t[0] for t in THEMES if rng.random() < 0.6]
        lines += [f"- id: {pid}", f"  title: {q(ptitle)}", f"  lead: {rng.choice(BODIES)[0]}",
                  f"  themes: [{', '.join(themes)}]"]
        if pid in replaced:
            lines.append(f"  replaces: [{replaced[pid]}]")
        lines += ["  illustrative: true", "  description: |", "    " + sentence(), "", "    " + sentence()]
    write(os.path.join(folder, "priorities.yml"), "\n".join(lines) + "\n")

    lines = []
    for tid, ttitle in THEMES:
        lines += [f"- id: {tid}", f"  title: {q(ttitle)}", f"  lead: {rng.choice(BODIES)[0]}",
                  "  illustrative: true", "  description: |", "    " + sentence()]
    write(os.path.join(folder, "themes.yml"), "\n".join(lines) + "\n")

    lines = []
    for a in range(12):
        pid = priorities[a % len(priorities)][0]
        lines += [f"- id: action-{a + 1:02d}", f"  priorities: [{pid}]", f"  themes: [{THEMES[a % 3][0]}]",
                  f"  description: {q(sentence())}", f"  lead: {rng.choice(BODIES)[0]}",
                  f"  due: {year + 1}-03-31", f"  status: {rng.choice(STATUSES)}", "  illustrative: true", "  updates:"]
        for u in range(rng.randint(1, 3)):
            lines += [f"    - date: {year}-{u * 3 + 6:02d}-15", f"      text: {q(sentence())}"]
    write(os.path.join(folder, "actions.yml"), "\n".join(lines) + "\n")

    lines = []
    for pid, ptitle in priorities:
        lines += [f"- id: {pid}-measure", f"  priority: {pid}", f"  title: {q('Recorded incidents of ' + ptitle.lower())}",
                  "  unit: incidents", "  better: lower", "  data_source: Police recorded crime", "  illustrative: true", "  values:"]
        for p in range(4):
            y = year - 3 + p
            lines += [f"    - period: {q(f'{y}-{(y + 1) % 100:02d}')}", f"      value: {rng.randint(100, 20000)}"]
    write(os.path.join(folder, "measures.yml"), "\n".join(lines) + "\n")

    if k == 0 or rewrite:
        ids = [f"{' '.join(rng.sample(HEADING_WORDS, 2)).lower().replace(' ', '-')}-{n + 1}" for n in range(chapters)]
        files = [f"{n + 1:02d}-{ids[n]}.md" for n in range(chapters)]
        titles = [f"Chapter {n + 1}: {' '.join(rng.sample(HEADING_WORDS, 2))}" for n in range(chapters)]
        summaries = [None] * chapters
        bodies = [None] * chapters
    write(os.path.join(hugo, "content", eid, "_index.md"), f"---\ntitle: {q(title)}\n---\n")
    for n in range(chapters):
        links = [(files[m], f"chapter {m + 1}") for m in (n - 1, n + 1) if 0 <= m < chapters]
        if bodies[n] is None:
            bodies[n], summaries[n] = chapter_blocks(links), sentence()
        elif rng.random() < 0.5:
            bodies[n] = revised(bodies[n], links)
            if rng.random() < 0.1:
                summaries[n] = sentence()
            if rng.random() < 0.03:
                titles[n] = f"Chapter {n + 1}: {' '.join(rng.sample(HEADING_WORDS, 2))}"
        body = "\n\n".join(bodies[n]) + "\n"
        summary = summaries[n]
        front = ["---", f"id: {ids[n]}", f"title: {q(titles[n])}", f"order: {n + 1}", f"summary: {q(summary)}", "---"]
        write(os.path.join(folder, "chapters", files[n]), "\n".join(front) + "\n" + body)
        hugo_front = ["---", f"title: {q(titles[n])}", f"weight: {n + 1}", f"summary: {q(summary)}", "---"]
        write(os.path.join(hugo, "content", eid, ids[n] + ".md"), "\n".join(hugo_front) + "\n" + body)
        write(os.path.join(markdown, eid, files[n]), body)
