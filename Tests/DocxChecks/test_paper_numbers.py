"""A committee paper's Word document prints the section and paragraph numbers its web page shows:
LibreOffice lays out Word's list numbering (numbering.xml), and each number the paper's layout
gives (listed in `numbers` in NAME.expect.json) appears in order at the start of a line."""
import json
import re
import subprocess

from conftest import require_program


def test_word_numbering_prints_the_papers_numbers(docx_path, converted):
    sidecar = docx_path.with_suffix(".expect.json")
    numbers = json.loads(sidecar.read_text(encoding="utf-8")).get("numbers") if sidecar.is_file() else None
    if not numbers:
        return  # not a paper: test_docx_clients.py checks it
    pdf = converted / "pdf" / docx_path.with_suffix(".pdf").name
    text = subprocess.run([require_program("pdftotext", "poppler-utils"), "-layout", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    starts = [line.split()[0] for line in text.splitlines() if line.split()]
    position = 0
    for number in numbers:
        assert number in starts[position:], f"{docx_path.name}: no line starts with {number!r} after the {position}th line start"
        position = starts.index(number, position) + 1
    assert not any(re.fullmatch(r"\d+\.\d+\.\d+", s) for s in starts), f"{docx_path.name}: a third-level number was printed"
