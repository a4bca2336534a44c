"""Every internal link and anchor in the built site resolves."""
import html.parser
import pathlib
import urllib.parse

from conftest import base_url, html_pages


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for name in ("href", "src"):
            if name in attrs and tag in ("a", "link", "script", "img", "area"):
                self.links.append(attrs[name])


def _parse(path: pathlib.Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_every_internal_link_and_anchor_resolves(site):
    pages = html_pages(site)
    assert len(pages) >= 30, f"only {len(pages)} pages in {site}"
    parsed = {page: _parse(site / page) for page in pages}
    base = base_url()
    failures = []
    checked = 0
    for page, collector in parsed.items():
        for link in collector.links:
            if link.startswith(("mailto:", "tel:", "data:")):
                continue
            if link.startswith(base):
                target_path = link[len(base):]
            elif urllib.parse.urlparse(link).scheme:
                continue  # an external address
            else:
                target_path = urllib.parse.urljoin(page, link)
            target_path, _, fragment = target_path.partition("#")
            target_path = target_path.split("?")[0]
            if target_path == "":
                target_path = page if not link.startswith(base) else "index.html"
            target = site / urllib.parse.unquote(target_path)
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file():
                failures.append(f"{page}: {link} -> {target_path} does not exist")
                continue
            if fragment:
                rel = target.relative_to(site).as_posix()
                ids = parsed[rel].ids if rel in parsed else set()
                if fragment not in ids:
                    failures.append(f"{page}: {link} -> no element with id '{fragment}' in {rel}")
    assert checked > 500, f"only {checked} links checked"
    assert not failures, f"{len(failures)} broken links:\n" + "\n".join(failures)


def test_every_page_has_unique_ids(site):
    failures = []
    for page in html_pages(site):
        seen = {}
        class _Ids(html.parser.HTMLParser):
            def handle_starttag(self, tag, attrs):
                for k, v in attrs:
                    if k == "id":
                        seen[v] = seen.get(v, 0) + 1
        _Ids().feed((site / page).read_text(encoding="utf-8"))
        failures += [f"{page}: id '{i}' used {n} times" for i, n in seen.items() if n > 1]
    assert not failures, "\n".join(failures)
