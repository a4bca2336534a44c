"""Site search (Pagefind): every edition from every page, actions and measures as well as chapters,
with word stemming; without script, or opened from disk, the search page says why and lists chapters."""
import re

import pytest
from selenium.webdriver.support.ui import WebDriverWait


def results(browser, server, page, query, edition=None):
    url = server + page + "?q=" + query.replace(" ", "+") + (f"&edition={edition}" if edition else "")
    browser.get(url)
    WebDriverWait(browser, 30).until(lambda b: "for “" in b.find_element("id", "search-status").text
                                     or "not available" in b.find_element("id", "search-status").text)
    status = browser.find_element("id", "search-status").text
    groups = {}
    for section in browser.find_elements("css selector", "#search-results section"):
        title = section.find_element("css selector", "h2").text
        groups[title] = [(a.text, a.get_attribute("href"))
                         for a in section.find_elements("css selector", ".search-result > a")]
    return status, groups


def editions(site):
    return sorted(p.name for p in site.iterdir() if p.is_dir() and (p / "action-plan.html").is_file())  # papers/ is no edition


def test_each_edition_has_an_index_in_small_pieces(site):
    for edition in editions(site):
        index = site / "pagefind" / edition
        assert (index / "pagefind.js").is_file(), f"no Pagefind index for {edition}"
        fragments = list((index / "fragment").iterdir())
        assert len(fragments) > 5
        assert max(f.stat().st_size for f in fragments) < 64 * 1024


def test_action_text_is_found_on_the_action_plan(site, latest, server, browser):
    status, groups = results(browser, server, f"{latest}/search.html", "MARAC")
    assert not status.startswith("No results"), status
    first = list(groups.values())[0]
    assert any(href.startswith(server + f"{latest}/action-plan.html") for _, href in first), first


def test_results_cover_every_edition_with_this_one_first(site, latest, server, browser):
    status, groups = results(browser, server, f"{latest}/search.html", "domestic abuse")
    titles = list(groups)
    assert len(titles) == 2 and titles[1].startswith("In other editions"), titles
    assert all(f"/{latest}/" in href for _, href in groups[titles[0]])
    others = {re.search(r"127\.0\.0\.1:\d+/([^/]+)/", href).group(1) for _, href in groups[titles[1]]}
    assert others == set(editions(site)) - {latest}, others


def test_an_edition_filter_keeps_to_that_edition(site, server, browser):
    oldest = editions(site)[0]
    status, groups = results(browser, server, f"{editions(site)[-1]}/search.html", "road safety", edition=oldest)
    assert list(groups) and all(f"/{oldest}/" in href for hrefs in groups.values() for _, href in hrefs), groups
    assert "other editions" not in status


def test_stemming_and_hyphenated_words(site, latest, server, browser):
    status, groups = results(browser, server, f"{latest}/search.html", "antisocial")
    assert not status.startswith("No results"), status
    status, groups = results(browser, server, f"{latest}/search.html", "priority")
    pages = [t for hrefs in groups.values() for t, _ in hrefs]
    assert pages, status


def test_words_match_whole_words_not_substrings(site, latest, server, browser):
    status, groups = results(browser, server, f"{latest}/search.html", "RAG")
    for hrefs in groups.values():
        for title, href in hrefs:
            assert "encourage" not in title.lower()
    assert status.startswith("No results") or groups


def test_every_page_has_a_search_form_that_leads_to_search(site, latest):
    for page in ("index.html", f"{latest}/index.html", "accessibility.html", f"{latest}/action-plan.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert 'role="search"' in html and 'name="q"' in html, page
    assert f'action="{latest}/search.html"' in (site / "index.html").read_text(encoding="utf-8")


def test_only_content_pages_are_indexed(site, latest):
    assert "data-pagefind-body" in (site / latest / "action-plan.html").read_text(encoding="utf-8")
    for page in (f"{latest}/document.html", f"{latest}/data.html", f"{latest}/search.html", f"{latest}/changes.html", "index.html"):
        assert "data-pagefind-body" not in (site / page).read_text(encoding="utf-8"), page


def test_search_page_lists_chapters_without_script(site, latest):
    page = (site / latest / "search.html").read_text(encoding="utf-8")
    for chapter in sorted((site / latest / "chapters").glob("*.html")):
        assert f'href="chapters/{chapter.name}"' in page
    assert "<noscript>" in page and "Search needs JavaScript" in page


def test_search_opened_from_disk_says_how_to_view_it(site, latest, browser):
    browser.get((site / latest / "search.html").resolve().as_uri() + "?q=MARAC")
    offline = browser.find_element("id", "search-offline")
    assert offline.is_displayed()
    assert "http.server" in offline.text
