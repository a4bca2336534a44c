"""Shared fixtures for the checks of committee papers' PDFs.

Two sources, at least one required:
- CSA_PDF_DIR: the PDFs the Swift tests made from hand-made papers (through CSA_PDF_OUTPUT), each
  with a NAME.expect.json beside it worked out from the paper and its layout;
- CSA_SITE_DIR: a built site; every papers/NAME.pdf in it is checked against its own page,
  papers/NAME.html (its h1, its numbered headings and paragraphs, its section headings).
poppler-utils must be installed: without it the checks fail, they are never skipped.
"""
import html.parser
import json
import os
import pathlib
import shutil
import subprocess

import pytest


def pdf_files():
    found = []
    folder = os.environ.get("CSA_PDF_DIR")
    if folder:
        found += [("fixture", p) for p in sorted(pathlib.Path(folder).glob("*.pdf"))]
    site = os.environ.get("CSA_SITE_DIR")
    if site:
        found += [("site", p) for p in sorted((pathlib.Path(site) / "papers").glob("*.pdf"))]
    if not folder and not site:
        return [("missing", "neither CSA_PDF_DIR nor CSA_SITE_DIR is set: run the Swift tests with CSA_PDF_OUTPUT set first (make test does this)")]
    if not any(kind == "fixture" for kind, _ in found) and folder:
        return [("missing", f"{folder} holds no PDF: run the Swift tests with CSA_PDF_OUTPUT={folder} and WeasyPrint installed (make deps)")]
    return found


def pytest_generate_tests(metafunc):
    # An empty folder gives one failing case, never an empty (skipped) parameter set.
    if "pdf_case" in metafunc.fixturenames:
        cases = pdf_files()
        metafunc.parametrize("pdf_case", cases, ids=[p.name if hasattr(p, "name") else "missing" for _, p in cases])


def require_program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: install Debian's poppler-utils (make test-deps does this)")
    return path


class _PaperPage(html.parser.HTMLParser):
    """Reads a paper's page: its h1, its numbered headings and paragraphs, its section headings (h2.paper-heading)."""

    def __init__(self):
        super().__init__()
        self.title = ""
        self.numbered = []
        self.headings = []
        self._stack = []
        self._text = None
        self._number = None
        self._in_number = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "h1" or (tag == "h2" and "paper-heading" in classes) or (tag == "p" and "paper-para--numbered" in classes):
            self._stack.append(tag)
            self._text, self._number = [], None
        elif tag == "span" and "paper-number" in classes and self._text is not None:
            self._in_number = True
            self._number = ""

    def handle_endtag(self, tag):
        if tag == "span" and self._in_number:
            self._in_number = False
        elif self._stack and tag == self._stack[-1]:
            self._stack.pop()
            text = " ".join("".join(self._text).split())
            if tag == "h1":
                self.title = text
            elif tag == "h2":
                self.headings.append(text)
            if self._number and tag in ("h2", "p"):
                rest = text[len(self._number):].strip() if text.startswith(self._number) else text
                self.numbered.append({"number": self._number, "start": " ".join(rest.split()[:4])})
            self._text = None

    def handle_data(self, data):
        if self._in_number:
            self._number += data.strip()
        if self._text is not None:
            self._text.append(data)


def expectations(kind, pdf: pathlib.Path):
    if kind == "fixture":
        return json.loads(pdf.with_suffix(".expect.json").read_text(encoding="utf-8"))
    page = _PaperPage()
    page.feed(pdf.with_suffix(".html").read_text(encoding="utf-8"))
    return {"title": page.title, "numbered": page.numbered, "outline": [page.title] + page.headings}


@pytest.fixture
def paper_pdf(pdf_case):
    kind, path = pdf_case
    if kind == "missing":
        pytest.fail(path)
    return path, expectations(kind, path)
