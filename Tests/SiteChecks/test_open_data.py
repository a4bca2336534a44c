"""The open data files, feed and sitemap are well formed: CSV header rows, JSON that validates
against the published JSON Schema, all.json holding every dataset, schema.org Dataset JSON-LD that
is safe inside its script element, Atom and sitemap XML, text without stray white space, CSV cells a
spreadsheet cannot run, no forbidden characters in any file, and data pages whose words about
illustrative values follow the data."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import jsonschema

SETS = ["priorities", "themes", "actions", "updates", "measures"]
HEADERS = {
    "priorities": ["edition", "id", "title", "lead_id", "lead", "themes", "replaces", "description"],
    "themes": ["edition", "id", "title", "lead_id", "lead", "replaces", "description"],
    "actions": ["edition", "id", "priorities", "themes", "description", "lead_id", "lead", "due", "status",
                "illustrative", "latest_update_date", "latest_update"],
    "updates": ["edition", "action_id", "date", "text", "illustrative"],
    "measures": ["edition", "measure_id", "priority", "title", "unit", "better", "source", "illustrative", "period", "value"],
}
FORMULA_TRIGGERS = set("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
JSON_LD = re.compile(r'<script type="application/ld\+json">\s*(.*?)</script>', re.S)


def editions(site):
    return sorted(p.name for p in site.iterdir() if p.is_dir() and (p / "data").is_dir())


def csv_rows(site, edition, name):
    text = (site / edition / "data" / f"{name}.csv").read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def is_forbidden(ch):
    """Characters no output may hold: C0 controls but tab, LF, CR; DEL and C1; noncharacters."""
    v = ord(ch)
    if v < 0x20:
        return v not in (0x09, 0x0A, 0x0D)
    return 0x7F <= v <= 0x9F or 0xFDD0 <= v <= 0xFDEF or (v & 0xFFFE) == 0xFFFE


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)


def test_csv_files_have_their_header_rows(site):
    for edition in editions(site):
        for name in SETS:
            rows = csv_rows(site, edition, name)
            assert rows[0] == HEADERS[name], f"{edition}/{name}.csv header is {rows[0]}"
            assert all(len(r) == len(rows[0]) for r in rows), f"{edition}/{name}.csv has ragged rows"
            assert all(r[0] == edition for r in rows[1:]), f"{edition}/{name}.csv names another edition"
            if name != "updates":
                assert len(rows) > 1, f"{edition}/{name}.csv has no data rows"


def test_csv_text_cells_never_start_a_formula_and_values_are_numbers(site):
    for edition in editions(site):
        for name in SETS:
            rows = csv_rows(site, edition, name)
            numeric = [h == "value" for h in rows[0]]
            for row in rows[1:]:
                for cell, is_number in zip(row, numeric):
                    if is_number:
                        float(cell)
                        continue
                    first = next((c for c in cell if not (c.isspace() and c not in "\t\r")), "")
                    assert first not in FORMULA_TRIGGERS or cell.startswith("'"), f"{edition}/{name}.csv: {cell!r}"


def test_updates_csv_holds_every_update_of_every_action(site):
    for edition in editions(site):
        actions = load(site / edition / "data" / "actions.json")["actions"]
        expected = [[edition, a["id"], u["date"], u["text"], "true" if a["illustrative"] else "false"]
                    for a in actions for u in a["updates"]]
        rows = [[c[1:] if c.startswith("'") else c for c in r] for r in csv_rows(site, edition, "updates")[1:]]
        assert rows == expected
        assert len(rows) >= len([a for a in actions if a["updates"]])


def test_json_files_validate_against_their_schemas(site):
    for name in SETS:
        schema = load(site / "data" / "schema" / f"{name}.schema.json")
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for edition in editions(site):
            data = load(site / edition / "data" / f"{name}.json")
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
            assert not errors, f"{edition}/{name}.json: " + "; ".join(errors[:5])
            assert data["edition"] == edition
            assert data["$schema"].endswith(f"data/schema/{name}.schema.json")
            assert len(data[name]) > 0


def test_all_json_holds_every_dataset_and_validates(site):
    schema = load(site / "data" / "schema" / "all.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for edition in editions(site):
        everything = load(site / edition / "data" / "all.json")
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(everything)]
        assert not errors, f"{edition}/all.json: " + "; ".join(errors[:5])
        assert everything["$schema"].endswith("data/schema/all.schema.json")
        for name in SETS:
            assert everything[name] == load(site / edition / "data" / f"{name}.json")[name], f"{edition}/all.json {name}"


def test_text_has_no_stray_white_space(site):
    fields = {"priorities": ["title", "description"], "themes": ["title", "description"],
              "actions": ["description"], "updates": ["text"], "measures": ["title", "unit", "source"]}
    for edition in editions(site):
        for name, keys in fields.items():
            for item in load(site / edition / "data" / f"{name}.json")[name]:
                for key in keys:
                    assert item[key] == item[key].strip(), f"{edition}/{name}.json {item.get('id')}: {key} {item[key][-20:]!r}"
            header = HEADERS[name]
            for row in csv_rows(site, edition, name)[1:]:
                for key in keys:
                    cell = row[header.index(key if key != "text" else "text")]
                    assert cell == cell.strip(), f"{edition}/{name}.csv: {cell[-20:]!r}"


def test_no_file_holds_a_forbidden_character(site):
    for path in sorted(site.rglob("*")):
        if path.suffix not in (".html", ".xml", ".csv", ".json", ".js"):
            continue
        text = path.read_text(encoding="utf-8")
        bad = [hex(ord(c)) for c in text if is_forbidden(c)]
        assert not bad, f"{path.relative_to(site)} holds {bad[:5]}"
        if path.suffix == ".json":
            bad = [s for s in strings(json.loads(text)) if any(is_forbidden(c) for c in s)]
            assert not bad, f"{path.relative_to(site)} decodes to forbidden characters in {bad[:3]}"


def test_data_pages_describe_a_dataset_safely_and_name_the_superseding_edition(site):
    for edition in editions(site):
        page = (site / edition / "data.html").read_text(encoding="utf-8")
        match = JSON_LD.search(page)
        assert match, f"{edition}/data.html has no JSON-LD"
        assert not set(match.group(1)) & set("<>&\u2028\u2029"), f"{edition}/data.html JSON-LD is not escaped for <script>"
        data = json.loads(match.group(1))
        assert data["@type"] == "Dataset" and data["@context"] == "https://schema.org"
        urls = [d["contentUrl"] for d in data["distribution"]]
        assert {d["encodingFormat"] for d in data["distribution"]} == {"text/csv", "application/json"}
        assert sum(u.endswith(f"{edition}/data/all.json") for u in urls) == 1
        for name in SETS:
            assert sum(u.endswith(f"{edition}/data/{name}.csv") for u in urls) == 1
            assert sum(u.endswith(f"{edition}/data/{name}.json") for u in urls) == 1
        assert 'href="data/all.json"' in page and 'href="../data/schema/all.schema.json"' in page
        for name in SETS:
            assert f'href="data/{name}.csv"' in page and f'href="data/{name}.json"' in page
    old = json.loads(JSON_LD.search((site / "2011-14" / "data.html").read_text(encoding="utf-8")).group(1))
    assert old["supersededBy"]["url"].endswith("2018-19/data.html")


def expected_note(items, every, some, one):
    marked = sum(1 for i in items if i["illustrative"])
    if marked == 0:
        return None
    if marked == len(items):
        return one if marked == 1 else every
    return some.format(n=marked, total=len(items))


def test_data_pages_say_how_many_values_are_illustrative_as_the_data_does(site):
    for edition in editions(site):
        page = (site / edition / "data.html").read_text(encoding="utf-8")
        notes = re.findall(r'<div class="warning" role="note">.*?<span>(.*?)</span></div>', page)
        measures = load(site / edition / "data" / "measures.json")["measures"]
        actions = load(site / edition / "data" / "actions.json")["actions"]
        expected = [n for n in [
            expected_note(measures, "The values of every measure in this edition are illustrative, not published statistics.",
                          "The values of {n} of the {total} measures in this edition are illustrative, not published statistics.",
                          "The values of the one measure in this edition are illustrative, not published statistics."),
            expected_note(actions, "Parts of every action in this edition (such as a lead, a due date or a progress update) are examples, not reported by a source paper.",
                          "Parts of {n} of the {total} actions in this edition (such as a lead, a due date or a progress update) are examples, not reported by a source paper.",
                          "Parts of the one action in this edition (such as a lead, a due date or a progress update) are examples, not reported by a source paper."),
        ] if n]
        assert [n.split(" Each is marked")[0] for n in notes] == expected, edition
        assert "Some measure values" not in page


def test_feed_and_sitemap_are_well_formed(site):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(editions(site))
    assert all(e.find(f"{atom}updated").text.endswith("Z") for e in entries)
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    locs = [u.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for u in sitemap]
    assert len(locs) >= 30 and not any(l.endswith("404.html") for l in locs)
