"""The open data files, feed and sitemap are well formed: CSV header rows, JSON that validates
against the published JSON Schema, schema.org Dataset JSON-LD, Atom and sitemap XML."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import jsonschema

SETS = ["priorities", "themes", "actions", "measures"]


def editions(site):
    return sorted(p.name for p in site.iterdir() if p.is_dir() and (p / "data").is_dir())


def test_csv_files_have_header_rows(site):
    expected_first = {"priorities": "edition", "themes": "edition", "actions": "edition", "measures": "edition"}
    for edition in editions(site):
        for name in SETS:
            text = (site / edition / "data" / f"{name}.csv").read_text(encoding="utf-8")
            rows = list(csv.reader(io.StringIO(text, newline="")))
            assert rows[0][0] == expected_first[name], f"{edition}/{name}.csv has no header row"
            assert len(rows) > 1, f"{edition}/{name}.csv has no data rows"
            assert all(len(r) == len(rows[0]) for r in rows), f"{edition}/{name}.csv has ragged rows"
            assert all(r[0] == edition for r in rows[1:]), f"{edition}/{name}.csv names another edition"


def test_json_files_validate_against_their_schemas(site):
    for name in SETS:
        schema = json.loads((site / "data" / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for edition in editions(site):
            data = json.loads((site / edition / "data" / f"{name}.json").read_text(encoding="utf-8"))
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)]
            assert not errors, f"{edition}/{name}.json: " + "; ".join(errors[:5])
            assert data["edition"] == edition
            assert len(data[name]) > 0


def test_data_pages_describe_a_dataset_and_name_the_superseding_edition(site):
    for edition in editions(site):
        page = (site / edition / "data.html").read_text(encoding="utf-8")
        match = re.search(r'<script type="application/ld\+json">\s*(.*?)</script>', page, re.S)
        assert match, f"{edition}/data.html has no JSON-LD"
        data = json.loads(match.group(1))
        assert data["@type"] == "Dataset" and data["@context"] == "https://schema.org"
        assert {d["encodingFormat"] for d in data["distribution"]} == {"text/csv", "application/json"}
    old = json.loads(re.search(r'<script type="application/ld\+json">\s*(.*?)</script>',
                               (site / "2011-14" / "data.html").read_text(encoding="utf-8"), re.S).group(1))
    assert old["supersededBy"]["url"].endswith("2018-19/data.html")


def test_feed_and_sitemap_are_well_formed(site):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(editions(site))
    assert all(e.find(f"{atom}updated").text.endswith("Z") for e in entries)
    sitemap = ET.parse(site / "sitemap.xml").getroot()
    locs = [u.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for u in sitemap]
    assert len(locs) >= 30 and not any(l.endswith("404.html") for l in locs)
