"""Client-side search finds chapter sections; without script, the page still lists every chapter."""


def test_search_finds_a_section(site, latest, server, browser):
    browser.set_window_size(1280, 1000)
    browser.get(server + f"{latest}/search.html?q=strategic+assessment")
    results = browser.find_elements("css selector", "#search-results li a")
    assert results, "no results for 'strategic assessment'"
    assert all(r.get_attribute("href").startswith(server + f"{latest}/chapters/") for r in results)
    status = browser.find_element("id", "search-status").text
    assert status.endswith("result") or status.endswith("results")


def test_search_page_lists_chapters_without_script(site, latest):
    page = (site / latest / "search.html").read_text(encoding="utf-8")
    chapters = sorted((site / latest / "chapters").glob("*.html"))
    for chapter in chapters:
        assert f'href="chapters/{chapter.name}"' in page
    assert "Search needs JavaScript" in page
