"""The printable CSA: the whole-document page printed by chromium (as a reader's "Save as PDF" does)
has every chapter, the action plan and the measures as appendices, a contents list, the edition's
name at the top of every page and "Page X of Y" at the bottom."""
import re
import subprocess

import pytest


@pytest.fixture(scope="module")
def printed(site, latest, tmp_path_factory):
    pdf = tmp_path_factory.mktemp("print") / "document.pdf"
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", (site / latest / "document.html").resolve().as_uri()],
                   check=True, capture_output=True, timeout=120)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                                                             text=True).stdout).group(1))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return pages, text.split("\f")[:pages]


def edition_title(site, latest):
    html = (site / latest / "index.html").read_text(encoding="utf-8")
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def test_every_page_has_the_edition_and_its_number(site, latest, printed):
    count, pages = printed
    assert count > 5
    title = edition_title(site, latest)
    for number, page in enumerate(pages, start=1):
        assert title in page, f"page {number} lacks the edition's name"
        assert f"Page {number} of {count}" in page, f"page {number} lacks its number"


def test_contents_and_appendices(printed):
    _, pages = printed
    text = "\n".join(pages)
    contents = text.index("Contents")
    # The action plan and the measures are the last two appendices, after any of the edition's own.
    plan = re.search(r"Appendix ([A-Z]): Action plan", text[contents:])
    measures = re.search(r"Appendix ([A-Z]): Measures", text[contents:])
    assert plan and measures, "the contents list lacks the action plan or measures appendix"
    assert ord(measures.group(1)) == ord(plan.group(1)) + 1
    assert re.search(rf"Appendix {plan.group(1)}\s+Action plan", text[contents + plan.end():])
    assert re.search(rf"Appendix {measures.group(1)}\s+Measures", text[contents + measures.end():])
