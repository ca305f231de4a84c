"""The published site is valid, whole and accessible.

- every page passes the Nu HTML Checker (vnu.jar) with no error and no warning;
- every feed is well-formed Atom with its essentials, and so is the sitemap;
- crawling the site served under /digest/ finds no broken link or fragment;
- axe-core finds no WCAG 2.1 A/AA violation on each kind of page, at desktop
  and phone widths, and no page scrolls sideways on a phone.

Each is run on a site built from the project's own content, with and without a
base URL. The tools come from npm (package.json) and Debian (java, chromium);
a missing one fails the test with what to install, it never skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PROJECT, make_project
from digest.build import build
from digest.settings import load_settings
from quality import tools
from quality.crawl import crawl
from quality.feeds import atom_problems, sitemap_problems
from quality.serve import serve
from quality.vnu import validate

BASE_URL = "https://example.org/digest/"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
AXE_PAGES = {
    "home": "index.html",
    "article": None,  # the newest article, found in the built site
    "city": "cities/changzhi.html",
    "cities": "cities/index.html",
    "theme": "themes/coal.html",
    "themes": "themes/index.html",
    "figures": "figures/index.html",
    "archive": "archive/index.html",
    "search": "search/index.html",
    "search-results": "search/index.html?q=coal",  # results from the site's own index, drawn by search.js
    "404": "404.html",
}


@pytest.fixture(scope="session")
def npm_tools() -> None:
    tools.ensure_node_modules()


@pytest.fixture(scope="module", params=["no-base-url", "base-url"])
def site(request, tmp_path_factory) -> tuple[Path, str]:
    """A site built from the project's content: (its folder, its base URL)."""
    root = tmp_path_factory.mktemp("quality") / "p"
    make_project(root, PROJECT / "content")
    base_url = BASE_URL if request.param == "base-url" else ""
    settings = load_settings(root, base_url=base_url)
    assert list((settings.content / "articles").glob("*.md")), "content/articles has no records"
    build(settings)
    return settings.out, base_url


def html_pages(site_dir: Path) -> list[str]:
    """Every page of the site, relative to its root."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))


def test_every_page_passes_the_nu_html_checker(npm_tools, site):
    site_dir, _ = site
    pages = html_pages(site_dir)
    assert len(pages) > 20, pages
    with serve(site_dir) as root:
        problems = validate([root + page for page in pages])
    assert problems == [], f"{len(problems)} vnu messages on {len(pages)} pages:\n" + "\n".join(problems)
    print(f"vnu: {len(pages)} pages valid")


def test_feeds_are_atom_and_the_sitemap_is_whole(site):
    site_dir, base_url = site
    feeds = sorted((site_dir / "feeds").rglob("*.xml"))
    assert site_dir / "feeds" / "all.xml" in feeds
    assert len(feeds) > 10, feeds
    problems = [problem for feed in feeds for problem in atom_problems(site_dir, feed, base_url)]
    assert "<entry>" in (site_dir / "feeds" / "all.xml").read_text(encoding="utf-8"), "the main feed is empty"
    if base_url:
        problems += sitemap_problems(site_dir, base_url)
    else:
        assert not (site_dir / "sitemap.xml").exists(), "a sitemap needs absolute URLs: only with a base URL"
    assert problems == [], "\n".join(problems)


def test_no_broken_link_or_fragment_served_under_a_subpath(site):
    site_dir, base_url = site
    with serve(site_dir) as root:
        # The 404 page is served at any address, so no link leads to it: it is a start too.
        result = crawl(root, ("index.html", "404.html"), aliases=(base_url,) if base_url else ())
    assert result.broken == [], f"{len(result.broken)} broken links:\n" + "\n".join(result.broken)
    reached = {url.split("/digest/", 1)[1] for url in result.targets}
    orphans = [page for page in html_pages(site_dir) if page not in reached]
    assert orphans == [], f"pages no link leads to: {orphans}"
    assert result.pages == len(html_pages(site_dir))
    print(f"crawl: {result.pages} pages, {result.links} links, {len(result.targets)} distinct targets")


# -- axe-core in Debian's chromium -------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = tools.chromium()
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=tools.CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def served(site):
    site_dir, _ = site
    with serve(site_dir) as root:
        yield site_dir, root


def _page_path(site_dir: Path, name: str) -> str:
    if AXE_PAGES[name] is not None:
        return AXE_PAGES[name]
    return "articles/" + sorted((site_dir / "articles").glob("*.html"))[0].name


def _format(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').replace(chr(10), ' ')[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_axe_finds_no_wcag_violation(npm_tools, browser, served, name, width):
    site_dir, root = served
    path = _page_path(site_dir, name)
    context = browser.new_context(viewport=WIDTHS[width])
    # An init script is injected by the browser itself, so the page's CSP does not block it.
    context.add_init_script(path=str(tools.AXE_JS))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        response = page.goto(root + path)
        assert response is not None and response.status == 200, f"{path}: HTTP {response and response.status}"
        page.wait_for_load_state("load")
        if name == "search-results":
            page.wait_for_selector("#search-results li", timeout=20_000)
        assert page.evaluate("typeof axe") == "object", "axe-core was not injected"
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS)
        violations = results["violations"]
        assert violations == [], f"{path} at {width} width:\n{_format(violations)}"
        if width == "phone":
            sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert sizes[0] <= sizes[1], f"{path} scrolls sideways on a phone: {sizes[0]}px wide in {sizes[1]}px"
        assert errors == [], errors
    finally:
        context.close()


def test_the_checks_catch_what_they_look_for(npm_tools, tmp_path):
    """Each checker above, shown a small broken site, reports each fault."""
    site_dir = tmp_path / "bad"
    (site_dir / "feeds").mkdir(parents=True)
    head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>'
    (site_dir / "index.html").write_text(
        head + '<p id="here"><a href="gone.html">a</a> <a href="other.html#nowhere">b</a>'
        ' <a href="/elsewhere/x.html">c</a> <a href="#here">d</a></p></body></html>', encoding="utf-8")
    (site_dir / "other.html").write_text(head + '<ul><p>not a list item</p></ul><a href="index.html">i</a></body></html>',
                                         encoding="utf-8")
    (site_dir / "feeds" / "bad.xml").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><updated>2024-01-01</updated>'
        '<entry><title>e</title><id>1</id><updated>2024-01-01T00:00:00Z</updated></entry></feed>', encoding="utf-8")
    with serve(site_dir) as root:
        result = crawl(root)
        problems = validate([root + "other.html"])
    assert len(result.broken) == 3, result.broken
    assert any("gone.html (HTTP 404)" in b for b in result.broken)
    assert any("no id 'nowhere'" in b for b in result.broken)
    assert any("outside /digest/" in b for b in result.broken)
    assert any("error" in p for p in problems), problems
    feed_problems = atom_problems(site_dir, site_dir / "feeds" / "bad.xml")
    assert any("feed has no id" in p for p in feed_problems)
    assert any("feed updated" in p for p in feed_problems)
    assert any("no alternate link" in p for p in feed_problems)
