"""axe-core in headless chromium: no WCAG 2.0/2.1/2.2 A or AA violations on any page type, at
1280px and at 320px, and no horizontal scrolling at 320px (reflow)."""
import importlib.util
import pathlib

import pytest
from selenium.webdriver.support.ui import WebDriverWait

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec and spec.origin, "axe-playwright-python is missing (pip install --no-deps axe-playwright-python)"
    found = list(pathlib.Path(spec.origin).parent.rglob("axe.min.js"))
    assert found, "axe.min.js not found in axe-playwright-python"
    return found[0].read_text(encoding="utf-8")


def page_types(site, latest):
    """One page of every type, chapter pages of a superseded and of a draft edition, and every committee paper."""
    first = lambda folder: sorted((site / latest / folder).glob("*.html"))[0].relative_to(site).as_posix()
    pages = {
        "home": "index.html",
        "edition": f"{latest}/index.html",
        "chapter": first("chapters"),
        "whole document": f"{latest}/document.html",
        "priority": first("priorities"),
        "themes": f"{latest}/themes.html",
        "action plan": f"{latest}/action-plan.html",
        "measures": f"{latest}/measures.html",
        "about": f"{latest}/about.html",
        "data": f"{latest}/data.html",
        "search": f"{latest}/search.html",
        "history": f"{latest}/history.html",
        "draft history": "2018-19/history.html",
        "what changed": f"{latest}/changes.html",
        "draft what changed": "2018-19/changes.html",
        "search results": f"{latest}/search.html?q=domestic+abuse",
        "accessibility statement": "accessibility.html",
        "404": "404.html",
        "superseded chapter": "2011-14/chapters/introduction.html",
        "draft chapter": "2018-19/chapters/introduction.html",
    }
    # Committee papers, when the content has any: the list and every paper (each layout differs).
    if (site / "papers" / "index.html").is_file():
        pages["committee papers"] = "papers/index.html"
        for paper in sorted((site / "papers").glob("*.html")):
            if paper.name != "index.html":
                pages[f"paper {paper.stem}"] = paper.relative_to(site).as_posix()
    for name, path in pages.items():
        assert (site / path.split("?")[0]).is_file(), f"{name} page {path} is missing"
    return pages


@pytest.fixture(scope="session")
def axe_source():
    return _axe_source()


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_no_violations(site, latest, server, browser, axe_source, width):
    browser.set_window_size(width, 1000)
    failures = []
    for name, path in page_types(site, latest).items():
        browser.get(server + path)
        assert "Page not found" not in browser.title or name == "404", f"{path} did not load"
        if "?q=" in path:
            WebDriverWait(browser, 30).until(lambda b: b.find_elements("css selector", ".search-result"))
        browser.execute_script(axe_source)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done, e => done({error: String(e)}));",
            WCAG_TAGS)
        assert "error" not in result, f"axe failed on {path}: {result.get('error')}"
        assert result["passes"], f"axe ran no passing rule on {path}: nothing was checked"
        for v in result["violations"]:
            targets = [" ".join(map(str, n["target"])) for n in v["nodes"]][:5]
            failures.append(f"{name} ({path}) at {width}px: {v['id']} [{v['impact']}] {v['help']}: {targets}")
        if width == 320:
            scroll, inner = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            if scroll > inner + 1:
                failures.append(f"{name} ({path}) at 320px scrolls sideways: {scroll}px wide")
    assert not failures, "\n".join(failures)
