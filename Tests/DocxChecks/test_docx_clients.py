"""Real clients open every Word document the tests write: LibreOffice renders it to PDF (with
"Page X of Y" on each page where the document has a footer) and reads its tracked changes as
changes; python-docx reads back its headings in Heading styles, its numbered paragraphs with
w:numPr, and its tables' first rows marked as header rows."""
import json
import re
import subprocess
import zipfile

import pytest
from conftest import require_program

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BIDI_CONTROLS = dict.fromkeys(list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)))


def expectations(docx_path):
    sidecar = docx_path.with_suffix(".expect.json")
    return json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else None


def accepted_text(paragraph_element):
    """A paragraph's text with every change accepted: w:t outside w:del, breaks and tabs."""
    text = []
    for element in paragraph_element.iter(f"{W}t", f"{W}br", f"{W}tab"):
        ancestors = {a.tag for a in element.iterancestors()}
        if f"{W}del" in ancestors or f"{W}pPr" in ancestors:
            continue
        text.append(element.text or "" if element.tag == f"{W}t" else "\n" if element.tag == f"{W}br" else "\t")
    return "".join(text).translate(BIDI_CONTROLS)


def test_libreoffice_renders_every_page(docx_path, converted):
    pdfinfo = require_program("pdfinfo", "poppler-utils")
    pdftotext = require_program("pdftotext", "poppler-utils")
    pdf = converted / "pdf" / docx_path.with_suffix(".pdf").name
    assert pdf.is_file(), f"LibreOffice made no PDF of {docx_path.name}"
    info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 1
    expected = expectations(docx_path)
    if expected is None:
        return
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    if expected["pageNumbers"]:
        for number, page in enumerate(text.split("\f")[:pages], start=1):
            assert f"Page {number} of {pages}" in page, f"page {number} of {docx_path.name} lacks its number"
    if expected.get("visibleDeletion"):
        assert expected["visibleDeletion"] in " ".join(text.split()), "the PDF does not show the deleted text"


def test_libreoffice_reads_tracked_changes_as_changes(docx_path, converted):
    fodt = converted / "fodt" / docx_path.with_suffix(".fodt").name
    assert fodt.is_file(), f"LibreOffice made no ODF text of {docx_path.name}"
    text = fodt.read_text(encoding="utf-8")
    expected = expectations(docx_path)
    if expected is None:
        return
    assert ("<text:insertion>" in text) == expected["insertions"]
    assert ("<text:deletion>" in text) == expected["deletions"]


def test_python_docx_reads_headings_lists_and_tables(docx_path, docx_module):
    document = docx_module.Document(str(docx_path))
    headings = [{"style": p.style.name, "text": accepted_text(p._p)} for p in document.paragraphs
                if p.style.name == "Title" or p.style.name.startswith("Heading ")]
    numbered = []
    for paragraph in document.paragraphs:
        properties = paragraph._p.pPr
        number = properties.numPr if properties is not None else None
        if paragraph.style.name in ("List Bullet", "List Number"):
            assert number is not None, f"a {paragraph.style.name} paragraph has no w:numPr: {paragraph.text!r}"
        if number is not None:
            numbered.append({"text": accepted_text(paragraph._p), "level": number.ilvl.val, "numId": number.numId.val})
    defined = {num.numId for num in document.part.numbering_part.element.num_lst}
    for item in numbered:
        assert item["numId"] in defined, f"w:numId {item['numId']} is not defined in numbering.xml"
    tables = [{"rows": len(t.rows), "header": t.rows[0]._tr.trPr is not None
               and t.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None} for t in document.tables]
    expected = expectations(docx_path)
    if expected is None:
        assert all(t["header"] for t in tables), "a table's first row is not marked as a header row"
        return
    assert headings == [{"style": h["style"], "text": h["text"].translate(BIDI_CONTROLS)} for h in expected["headings"]]
    assert [{"text": n["text"], "level": n["level"]} for n in numbered] \
        == [{"text": n["text"].translate(BIDI_CONTROLS), "level": n["level"]} for n in expected["numbered"]]
    assert tables == expected["tables"]


def test_revision_ids_are_unique_and_deleted_text_is_in_deltext(docx_path):
    with zipfile.ZipFile(docx_path) as package:
        names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        from lxml import etree
        ids = []
        for name in names:
            root = etree.fromstring(package.read(name))
            for revision in root.iter(f"{W}ins", f"{W}del", f"{W}rPrChange", f"{W}pPrChange"):
                assert revision.get(f"{W}author") and revision.get(f"{W}date"), f"{name}: a revision has no author or date"
                ids.append(revision.get(f"{W}id"))
            for deletion in root.iter(f"{W}del"):
                assert not list(deletion.iter(f"{W}t")), f"{name}: w:t inside w:del"
    assert len(ids) == len(set(ids)), "a revision id repeats"


def test_some_documents_come_with_expectations(docx_path):
    folder = docx_path.parent
    assert list(folder.glob("*.expect.json")), f"no document in {folder} says what it must hold"
