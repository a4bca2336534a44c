"""Shared fixtures for the checks of the Word documents the Swift tests write.

The folder comes from CSA_DOCX_DIR (required; `make docx-checks` sets it to the folder the Swift
tests wrote into through CSA_DOCX_OUTPUT). Every `.docx` there is checked; a `NAME.expect.json`
beside `NAME.docx` says what must be found in it (written by Tests/CSADocxTests from the document
model). LibreOffice (Debian's libreoffice-writer-nogui), poppler-utils and python-docx must be
installed: when one is missing the checks fail, they are never skipped.
"""
import os
import pathlib
import shutil
import subprocess

import pytest


def docx_dir() -> pathlib.Path:
    value = os.environ.get("CSA_DOCX_DIR")
    if not value:
        raise RuntimeError("CSA_DOCX_DIR is not set: run the Swift tests with CSA_DOCX_OUTPUT set first (make test does this)")
    return pathlib.Path(value)


def docx_files():
    try:
        folder = docx_dir()
    except RuntimeError as error:
        return [f"missing: {error}"]
    files = sorted(p.name for p in folder.glob("*.docx"))
    return files or [f"missing: {folder} holds no .docx file: run the Swift tests with CSA_DOCX_OUTPUT={folder}"]


def pytest_generate_tests(metafunc):
    # An empty folder gives one failing case, never an empty (skipped) parameter set.
    if "docx_name" in metafunc.fixturenames:
        metafunc.parametrize("docx_name", docx_files())


@pytest.fixture
def docx_path(docx_name) -> pathlib.Path:
    if docx_name.startswith("missing: "):
        pytest.fail(docx_name[len("missing: "):])
    return docx_dir() / docx_name


def require_program(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: install Debian's {package} (make test-deps does this)")
    return path


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """Every document converted by LibreOffice, once: to PDF and to flat ODF text (.fodt)."""
    soffice = require_program("soffice", "libreoffice-writer-nogui")
    files = [str(docx_dir() / name) for name in docx_files() if not name.startswith("missing: ")]
    out = tmp_path_factory.mktemp("libreoffice")
    profile = (out / "profile").as_uri()
    for target in ("pdf", "fodt"):
        if files:
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                            "--outdir", str(out / target), *files],
                           check=True, capture_output=True, timeout=600)
    return out


@pytest.fixture(scope="session")
def docx_module():
    try:
        import docx
    except ImportError:
        pytest.fail("python-docx is not installed: pip install -r Tests/SiteChecks/requirements.txt (make test-deps does this)")
    return docx
