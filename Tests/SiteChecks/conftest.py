"""Shared fixtures for the checks of a built site.

The site folder comes from CSA_SITE_DIR (required). The site is served over HTTP at the address
given by CSA_BASE_URL (default http://127.0.0.1:8765/), which must be the --base-url the site was
built with, so that the 404 page's absolute links resolve to the served files.
"""
import functools
import http.server
import os
import pathlib
import socketserver
import threading
import urllib.parse

import pytest


def site_dir() -> pathlib.Path:
    value = os.environ.get("CSA_SITE_DIR")
    if not value:
        raise RuntimeError("CSA_SITE_DIR is not set: build the site first (make site-checks does this)")
    path = pathlib.Path(value)
    if not (path / "index.html").is_file():
        raise RuntimeError(f"{path} holds no built site (no index.html)")
    return path


def base_url() -> str:
    url = os.environ.get("CSA_BASE_URL", "http://127.0.0.1:8765/")
    return url if url.endswith("/") else url + "/"


def html_pages(root: pathlib.Path):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


@pytest.fixture(scope="session")
def site() -> pathlib.Path:
    return site_dir()


@pytest.fixture(scope="session")
def latest(site) -> str:
    """The current edition: the one the home page's overview links to first."""
    home = (site / "index.html").read_text(encoding="utf-8")
    editions = sorted(p.name for p in site.iterdir() if p.is_dir() and (p / "index.html").is_file())
    for name in editions[::-1]:
        if f'href="{name}/action-plan.html"' in home:
            return name
    raise AssertionError("the home page links no edition's action plan")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    """Serves the site at CSA_BASE_URL's host and port; yields that base URL."""
    url = base_url()
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost") or parsed.path not in ("", "/"):
        raise RuntimeError(f"CSA_BASE_URL must be http://127.0.0.1:PORT/ for the checks, not {url}")
    handler = functools.partial(_QuietHandler, directory=str(site))
    socketserver.TCPServer.allow_reuse_address = True
    httpd = socketserver.ThreadingTCPServer((parsed.hostname, parsed.port or 80), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(120)
    yield driver
    driver.quit()
