"""Every committee paper's PDF is tagged, has the paper's title, holds its numbered headings and
paragraphs as text with "Page X of Y" on every page, and lists its sections in its outline."""
import re
import subprocess
import xml.etree.ElementTree as ET

from conftest import require_program


def pdf_text(path, *options):
    return subprocess.run([require_program("pdftotext"), *options, str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_tagged_with_the_papers_title(paper_pdf):
    path, expected = paper_pdf
    info = subprocess.run([require_program("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{path.name} is not tagged"
    title = re.search(r"^Title:\s+(.*)$", info, re.M)
    assert title and title.group(1) == expected["title"], f"{path.name}: title {title and title.group(1)!r}"
    assert re.search(r"^Page size:.*\(A4\)$", info, re.M), f"{path.name} is not A4"


def test_numbered_paragraphs_are_text(paper_pdf):
    path, expected = paper_pdf
    text = " ".join(pdf_text(path, "-layout").split())
    position = 0
    assert expected["numbered"], f"{path.name}: nothing numbered to look for"
    for item in expected["numbered"]:
        needle = f"{item['number']} {item['start']}"
        found = text.find(needle, position)
        assert found >= 0, f"{path.name}: {needle!r} is not in the text after position {position}"
        position = found + len(needle)


def test_every_page_says_page_x_of_y(paper_pdf):
    path, _ = paper_pdf
    pages = pdf_text(path, "-layout").split("\f")
    pages = pages[:-1] if pages and not pages[-1].strip() else pages
    assert pages and "Page 1 of " in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page, f"page {number} of {path.name} lacks its number"


def test_outline_lists_the_sections(paper_pdf):
    path, expected = paper_pdf
    xml = subprocess.run([require_program("pdftohtml"), "-xml", "-i", "-stdout", "-q", str(path)],
                         check=True, capture_output=True, text=True).stdout
    root = ET.fromstring(xml)
    items = [" ".join("".join(item.itertext()).split()) for item in root.iter("item")]
    for heading in expected["outline"]:
        assert heading in items, f"{path.name}: the outline lacks {heading!r}; it lists {items}"
