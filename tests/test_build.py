"""The build: golden output, determinism, links, errors, atomic swap."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import GOLDEN, PROJECT, make_project
from digest.build import build, check, template_names
from digest.errors import DigestError
from digest.settings import load_settings
from sitecheck import broken_links


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_golden_minisite(mini):
    build(mini)
    expected, got = tree(GOLDEN), tree(mini.out)
    assert sorted(got) == sorted(expected), "pages differ from tests/golden (make golden regenerates it)"
    changed = [name for name in expected if expected[name] != got[name]]
    assert not changed, f"pages differ from tests/golden: {changed} (make golden regenerates it)"


def test_minisite_pages_and_content(mini):
    build(mini)
    site = mini.out
    for page in ("index.html", "404.html", "cities/index.html", "cities/ashford.html",
                 "cities/northvale.html", "themes/index.html", "themes/hydrogen.html",
                 "articles/ashford-builds-hydrogen-hub.html", "static/style.css"):
        assert (site / page).is_file(), page
    article = (site / "articles/ashford-builds-hydrogen-hub.html").read_text()
    assert '<span class="src" id="s1">' in article
    assert 'href="#s1"' not in article  # figure links name their page, so they work when copied
    assert "ashford-builds-hydrogen-hub.html#s1" in article
    assert "$350 million" in article
    assert '<p class="caption">' in article
    assert "<h2>Plans</h2>" in article
    city = (site / "cities/brenton.html").read_text()
    assert "40 refuelling stations" not in city  # figures quote their own span only
    assert "“40”" in city and "status-target" in city


def test_every_internal_link_resolves(mini):
    build(mini)
    assert broken_links(mini.out) == []


def test_two_builds_are_byte_identical(tmp_path):
    first = make_project(tmp_path / "one")
    second = make_project(tmp_path / "two")
    build(first)
    build(second)
    assert tree(first.out) == tree(second.out)


def test_build_under_other_hash_seed_and_timezone_is_identical(tmp_path):
    first = make_project(tmp_path / "one")
    second = make_project(tmp_path / "two")
    build(first)
    env = {**os.environ, "PYTHONHASHSEED": "123", "TZ": "Asia/Shanghai", "LC_ALL": "C"}
    subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(second.root)], check=True, env=env, capture_output=True)
    assert tree(first.out) == tree(second.out)


def _write(settings, name: str, text: str) -> Path:
    path = settings.content / "articles" / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_CITY = """---
title: A bad record
date: 2023-01-02
city: ashfrod
cities: []
sector: coal
themes: [coal]
source: {file: seeds/bad.txt}
figures: []
review: []
---

Body.
"""


def test_unknown_city_names_file_line_and_closest(mini):
    _write(mini, "bad-city.md", BAD_CITY)
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert [str(p) for p in caught.value.problems] == [
        "content/articles/bad-city.md:4: city: unknown city 'ashfrod' (did you mean ashford?)"
    ]


def test_two_bad_records_give_two_messages(mini):
    _write(mini, "bad-city.md", BAD_CITY)
    _write(mini, "bad-theme.md", BAD_CITY.replace("city: ashfrod", "city: brenton")
           .replace("themes: [coal]", "themes: [turism]").replace("seeds/bad.txt", "seeds/bad2.txt"))
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert [str(p) for p in caught.value.problems] == [
        "content/articles/bad-city.md:4: city: unknown city 'ashfrod' (did you mean ashford?)",
        "content/articles/bad-theme.md:7: themes: unknown theme 'turism' (did you mean tourism?)",
    ]


def test_failed_build_leaves_previous_site_untouched(mini):
    build(mini)
    before = tree(mini.out)
    _write(mini, "bad-city.md", BAD_CITY)
    with pytest.raises(DigestError):
        build(mini)
    assert tree(mini.out) == before


def test_removed_article_page_disappears(mini):
    build(mini)
    assert (mini.out / "articles/northvale-tourism-rebounds.html").exists()
    (mini.content / "articles/northvale-tourism-rebounds.md").unlink()
    build(mini)
    assert not (mini.out / "articles/northvale-tourism-rebounds.html").exists()
    assert not list(mini.root.glob(".site.tmp-*")) and not (mini.root / ".site.old").exists()


def test_cli_reports_problems_and_exits_nonzero(mini):
    _write(mini, "bad-city.md", BAD_CITY)
    run = subprocess.run([sys.executable, "-m", "digest", "check", "--root", str(mini.root)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "content/articles/bad-city.md:4: city: unknown city 'ashfrod'" in run.stderr
    assert "Traceback" not in run.stderr


def test_template_syntax_error_names_template_and_line(mini):
    (mini.templates / "city.html").write_text("{% extends '_base.html' %}\n{% block main %}\n{% if %}\n{% endblock %}\n")
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert str(caught.value.problems[0]).startswith("templates/city.html:3: template syntax error")


def test_base_url_makes_404_links_root_relative(tmp_path):
    settings = make_project(tmp_path / "p")
    settings = load_settings(settings.root, base_url="https://example.org/digest")
    build(settings)
    page = (settings.out / "404.html").read_text()
    assert 'href="/digest/static/style.css"' in page


def test_cached_and_cold_builds_are_byte_identical(tmp_path):
    import shutil

    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    warm_first = tree(settings.out)
    build(settings)
    assert tree(settings.out) == warm_first
    shutil.rmtree(settings.root / ".digest-cache")
    build(settings)
    assert tree(settings.out) == warm_first


def test_parallel_conversion_matches_serial(tmp_path):
    from digest.engine.core import Engine
    from digest.records.content import load_articles
    from digest.records.region import load_region
    from digest.site.bodies import convert_bodies

    region = load_region(PROJECT / "content")
    articles = load_articles(PROJECT / "content", region, PROJECT) * 3
    serial = convert_bodies(articles, Engine(jobs=1))
    import digest.engine.parallel as pool

    old, pool.PARALLEL_MIN = pool.PARALLEL_MIN, 1
    try:
        parallel = convert_bodies(articles, Engine(jobs=2))
    finally:
        pool.PARALLEL_MIN = old
    assert [(v.body_html, v.anchors) for v in parallel] == [(v.body_html, v.anchors) for v in serial]


def test_records_and_pages_done_by_a_process_pool_match_serial_work(tmp_path, monkeypatch):
    import shutil

    import digest.engine.parallel as parallel

    settings = make_project(tmp_path / "p", PROJECT / "content")
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 10**9)
    build(settings)
    serial = tree(settings.out)
    shutil.rmtree(settings.out)
    shutil.rmtree(settings.root / ".digest-cache")
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    calls = []
    real = parallel.multiprocessing.get_context
    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda kind: calls.append(kind) or real(kind))
    build(settings)
    assert calls and set(calls) == {"fork"}, "the pool was not used"
    assert tree(settings.out) == serial


def test_calls_submitted_before_a_map_start_first_and_are_answered_by_workers(tmp_path):
    import os
    import time

    from digest.engine.parallel import Pool

    started = tmp_path / "started"

    def side(i: int) -> tuple[int, int]:
        with open(started, "a") as log:
            log.write(f"side {i}\n")
        time.sleep(0.3)  # the other worker takes the next call meanwhile
        return -i, os.getpid()

    def square(i: int) -> tuple[int, int]:
        with open(started, "a") as log:
            log.write(f"item {i}\n")
        return i * i, os.getpid()

    items = list(range(30))
    answers = {}
    for jobs in (1, 2):
        pool = Pool((square, side), jobs)
        try:
            first, second = pool.submit(side, 1), pool.submit(side, 2)
            mapped = list(pool.map_ordered(square, items, ahead=1))
            answers[jobs] = [value for value, _ in mapped], first.result()[0], second.result()[0]
            pids = {pid for _, pid in mapped} | {first.result()[1], second.result()[1]}
        finally:
            pool.close()
        if jobs == 2:
            assert os.getpid() not in pids
            assert set(started.read_text().splitlines()[:2]) == {"side 1", "side 2"}
        started.unlink()
    assert answers[1] == answers[2] == ([i * i for i in items], -1, -2)


def test_template_error_in_a_worker_names_the_template(tmp_path, monkeypatch):
    import digest.engine.parallel as parallel

    settings = make_project(tmp_path / "p", PROJECT / "content")
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    article = settings.templates / "article.html"
    article.write_text(article.read_text().replace("{{ a.title }}", "{{ a.no_such_field }}", 1))
    with pytest.raises(DigestError) as caught:
        build(settings)
    assert any(p.path == "templates/article.html" and "no_such_field" in p.message for p in caught.value.problems)
    assert not settings.out.exists()


def test_incremental_rebuilds_match_cold_builds(tmp_path):
    """Reusing unchanged pages gives the same bytes as building from nothing."""
    import shutil

    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    record = sorted((settings.content / "articles").glob("*.md"))[0]
    edits = [
        ("title: ", "title: Edited "),                       # a title shown on other pages
        ("\n\n", "\n\nAn added opening paragraph.\n\n"),  # the body only
        ("city: ", "city: datong\nx-city: "),               # the place (x-city line removed below)
    ]
    for old, new in edits:
        text = record.read_text(encoding="utf-8")
        if old == "city: ":
            lines = [l for l in text.splitlines() if not l.startswith("city: ")]
            text = "\n".join(l if l != "cities:" else "city: datong\ncities:" for l in lines) + "\n"
        else:
            text = text.replace(old, new, 1)
        record.write_text(text, encoding="utf-8")
        build(settings)
        warm = tree(settings.out)
        shutil.rmtree(settings.root / ".digest-cache")
        shutil.rmtree(settings.out)
        build(settings)
        assert tree(settings.out) == warm, f"incremental build differs after editing {old!r}"
    (settings.templates / "article.html").write_text(
        (settings.templates / "article.html").read_text().replace("Figures in this article", "See also"))
    build(settings)
    assert "See also" in (settings.out / "articles" / f"{record.stem}.html").read_text()


def test_a_field_added_to_the_article_list_reaches_every_page_listing_the_article(tmp_path):
    """Page keys hold what a page's template receives, not a copy of what it shows:
    a field the list starts to show is in the key of every page that lists the article."""
    import shutil

    settings = make_project(tmp_path / "p", PROJECT / "content")
    partial = settings.templates / "_article_list.html"
    markup = partial.read_text(encoding="utf-8")
    shown = "{{ a.figures | length }} figure"
    assert markup.count(shown) == 1
    partial.write_text(markup.replace(shown, "sector {{ a.sector }} · " + shown), encoding="utf-8")
    build(settings)
    slug = "changzhi-lauded-by-state-council-for-industrial-upgrading"
    record = settings.content / f"articles/{slug}.md"
    text = record.read_text(encoding="utf-8")
    assert text.count("\nsector: photovoltaics\n") == 1
    record.write_text(text.replace("\nsector: photovoltaics\n", "\nsector: semiconductors\n"), encoding="utf-8")
    build(settings)
    warm = tree(settings.out)
    link = f'{slug}.html">'.encode()
    listing = sorted(path for path, data in warm.items() if link in data and b"sector semiconductors" in data)
    assert {"index.html", "archive/2022.html", "themes/semiconductors.html"} <= set(listing)
    shutil.rmtree(settings.root / ".digest-cache")
    shutil.rmtree(settings.out)
    build(settings)
    cold = tree(settings.out)
    assert [path for path in sorted(cold) if warm.get(path) != cold[path]] == []


def test_an_unreadable_cache_only_makes_the_build_colder(tmp_path, caplog):
    import logging

    from digest.engine.uptodate import STAMP

    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    first = tree(settings.out)
    store = settings.root / ".digest-cache" / "cache.sqlite"
    store.write_bytes(b"these bytes are no database. " * 512)
    (settings.root / ".digest-cache" / STAMP).unlink()  # the build runs, not the up-to-date check
    with caplog.at_level(logging.WARNING, logger="digest.engine.cache"):
        build(settings)
    assert tree(settings.out) == first
    assert [r.getMessage() for r in caplog.records] == [
        f"{store}: build cache unreadable (file is not a database); building without it"]
    caplog.clear()
    (settings.root / ".digest-cache" / STAMP).unlink()
    with caplog.at_level(logging.WARNING, logger="digest.engine.cache"):
        build(settings)  # the store was written anew
    assert caplog.records == [] and tree(settings.out) == first


def test_the_store_keeps_only_what_the_last_build_used(tmp_path):
    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    records = sorted((settings.content / "articles").glob("*.md"))
    records[0].write_text(records[0].read_text(encoding="utf-8") + "\nAn added closing paragraph.\n", encoding="utf-8")
    build(settings)
    with sqlite3.connect(settings.root / ".digest-cache" / "cache.sqlite") as store:
        counts = dict(store.execute("SELECT kind, count(*) FROM entries GROUP BY kind"))
    store.close()
    names = template_names(settings.templates)
    assert {kind: counts[kind] for kind in ("record", "body", "template", "graph", "site")} == {
        "record": len(records), "body": len(records), "template": len(names), "graph": len(names), "site": 1}


def test_a_partial_included_with_whitespace_control_is_in_the_pages_key(tmp_path):
    # `{%+ include %}` keeps the indentation before the tag; the template graph
    # comes from Jinja's own parser, which knows every spelling of a reference.
    settings = make_project(tmp_path / "p", PROJECT / "content")
    (settings.templates / "_extra.html").write_text("<p>first words</p>\n", encoding="utf-8")
    city = settings.templates / "city.html"
    city.write_text(city.read_text(encoding="utf-8").replace("</h1>", "</h1>\n  {%+ include '_extra.html' %}", 1),
                    encoding="utf-8")
    build(settings)
    page = settings.out / "cities/changzhi.html"
    assert "<p>first words</p>" in page.read_text(encoding="utf-8")
    (settings.templates / "_extra.html").write_text("<p>second words</p>\n", encoding="utf-8")
    build(settings)
    assert "<p>second words</p>" in page.read_text(encoding="utf-8")


def test_data_paths_name_what_data_files_write(mini):
    from digest.build import load_site
    from digest.site.data import data_files, data_paths

    site = load_site(mini)
    assert [path for path, _ in data_files(site)] == data_paths(site)


def test_a_template_edit_rerenders_only_the_pages_drawn_from_it(tmp_path):
    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    inodes = {p: p.stat().st_ino for p in settings.out.rglob("*.html")}
    city = settings.templates / "city.html"
    city.write_text(city.read_text().replace("</h1>", "</h1>\n<p>Edited city template</p>", 1))
    build(settings)
    rerendered = {p.relative_to(settings.out).as_posix() for p in inodes if p.stat().st_ino != inodes[p]}
    cities = {p.relative_to(settings.out).as_posix() for p in settings.out.glob("cities/*.html")} - {"cities/index.html"}
    # Pages without a recorded key (index, archive, lists) are always rendered; no article or theme page is.
    assert cities <= rerendered
    assert not any(p.startswith(("articles/", "figures/")) or (p.startswith("themes/") and p != "themes/index.html")
                   for p in rerendered)
    assert all("Edited city template" in (settings.out / p).read_text() for p in cities)

    base = settings.templates / "_base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- edited -->\n</body>", 1))
    build(settings)
    assert all("<!-- edited -->" in p.read_text() for p in settings.out.glob("articles/*.html"))


def test_figure_rows_are_the_templates_markup_with_the_records_text_escaped(mini):
    # The rows are laid out by templates/_figures.html (a figure's own cells
    # once per build, the rest on each page): an edit to either part shows on
    # every page with a figure table, and the record's text stays text.
    partial = mini.templates / "_figures.html"
    markup = partial.read_text()
    edits = {'<td class="metric">{{ f.metric }}</td>': '<td class="metric name">{{ f.metric }}</td>',
             '<tr class="{{ r.status }}"': '<tr class="row {{ r.status }}"'}
    for old, new in edits.items():
        assert markup.count(old) == 1, old
        markup = markup.replace(old, new)
    partial.write_text(markup)
    record = mini.content / "articles/ashford-builds-hydrogen-hub.md"
    record.write_text(record.read_text().replace("{metric: hub investment,", "{metric: '<b>hub</b> & \"investment\"',"))
    build(mini)
    for page in ("articles/ashford-builds-hydrogen-hub.html", "cities/ashford.html", "themes/hydrogen.html", "figures/index.html"):
        html = (mini.out / page).read_text()
        assert '<tr class="row actual"' in html, page
        assert '<td class="metric name">&lt;b&gt;hub&lt;/b&gt; &amp; &#34;investment&#34;</td>' in html, page
        assert "<b>hub" not in html, page


def test_a_second_build_converts_no_body_again(tmp_path, monkeypatch):
    import digest.site.bodies as bodies

    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    calls = []
    real = bodies.convert
    monkeypatch.setattr(bodies, "convert", lambda article, *rest: calls.append(article.title) or real(article, *rest))
    record = sorted((settings.content / "articles").glob("*.md"))[0]
    record.write_text(record.read_text().replace("title: ", "title: Retitled ", 1))
    build(settings)
    assert len(calls) == 1 and calls[0].startswith("Retitled")  # only the edited record's body
    calls.clear()
    with sqlite3.connect(settings.root / ".digest-cache" / "cache.sqlite") as store:
        assert store.execute("DELETE FROM entries WHERE kind = 'record'").rowcount > 0
    store.close()
    build(settings)
    assert calls == []  # records parsed again find their bodies in the cache


def test_records_pickle_compactly_and_old_caches_still_load(tmp_path, monkeypatch):
    import pickle
    import pickletools

    from digest.records.content import load_articles
    from digest.model import Article, Figure, Source
    from digest.records.region import load_region

    settings = make_project(tmp_path / "p", PROJECT / "content")
    articles = load_articles(settings.content, load_region(settings.content), settings.root)
    assert any(a.figures for a in articles)
    data = pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == articles
    ops = {op.name for op, _, _ in pickletools.genops(data)}
    assert "REDUCE" in ops and "BUILD" not in ops  # each record made by one call of its class
    # A cache written by the earlier form (a bare object, then its values as state) still loads.
    for cls in (Article, Figure, Source):
        monkeypatch.setattr(cls, "__reduce__", object.__reduce__)
        monkeypatch.setattr(cls, "__getstate__", lambda self: tuple(getattr(self, n) for n in self.__slots__),
                            raising=False)
    old = pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL)
    assert "BUILD" in {op.name for op, _, _ in pickletools.genops(old)}
    monkeypatch.undo()
    assert pickle.loads(old) == articles


STAND_IN_MARK = "<p>cleaned by nh3 99.0.0</p>"


def _stand_in_nh3(folder: Path) -> Path:
    """A newer nh3 in folder, to put first on PYTHONPATH: the installed one's
    functions, but clean() adds a paragraph, and a dist-info of version 99.0.0."""
    import nh3

    installed = Path(nh3.__file__).resolve()
    (folder / "nh3").mkdir(parents=True)
    (folder / "nh3" / "__init__.py").write_text(
        "import importlib.util\n"
        "import sys\n"
        f"_spec = importlib.util.spec_from_file_location('_installed_nh3', {str(installed)!r},\n"
        f"                                               submodule_search_locations=[{str(installed.parent)!r}])\n"
        "_installed = sys.modules['_installed_nh3'] = importlib.util.module_from_spec(_spec)\n"
        "_spec.loader.exec_module(_installed)\n"
        "globals().update({k: v for k, v in vars(_installed).items() if not k.startswith('_')})\n\n\n"
        "def clean(html, **options):\n"
        f"    return _installed.clean(html, **options) + {STAND_IN_MARK!r}\n",
        encoding="utf-8")
    (folder / "nh3-99.0.0.dist-info").mkdir()
    (folder / "nh3-99.0.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: nh3\nVersion: 99.0.0\n", encoding="utf-8")
    return folder


def _digest_edited(folder: Path, file: str, old: str, new: str) -> Path:
    """A copy of the digest in folder, to put first on PYTHONPATH, with old
    replaced by new in one of its files."""
    import shutil

    import digest

    shutil.copytree(Path(digest.__file__).parent, folder / "digest", ignore=shutil.ignore_patterns("__pycache__"))
    path = folder / "digest" / file
    source = path.read_text(encoding="utf-8")
    assert source.count(old) == 1
    path.write_text(source.replace(old, new), encoding="utf-8")
    return folder


def _digest_compiling_otherwise(folder: Path) -> Path:
    """The template environment keeps the line break after a block tag."""
    return _digest_edited(folder, "site/render.py", "trim_blocks=True", "trim_blocks=False")


def _digest_with_other_unit_words(folder: Path) -> Path:
    """The unit table writes yuan as RMB: a table the code reads shapes the
    pages as much as the code does."""
    return _digest_edited(folder, "units.yaml", 'show: "{n} yuan"', 'show: "RMB {n}"')


@pytest.mark.parametrize("change, marked", [
    (_stand_in_nh3, lambda page: STAND_IN_MARK in page),
    (_digest_compiling_otherwise, lambda page: "\n\n<li>" in page),
    (_digest_with_other_unit_words, lambda page: "RMB " in page),
], ids=["nh3 upgraded", "digest's template options changed", "digest's unit table changed"])
def test_what_shapes_the_output_changed_reaches_every_page_at_the_next_build(tmp_path, change, marked):
    """A warm cache built by one nh3 or digest gives, with another, what a cold build gives."""
    import shutil

    settings = make_project(tmp_path / "p")
    record = settings.content / "articles/ashford-builds-hydrogen-hub.md"
    # Markdown syntax: this body goes through python-markdown and the sanitiser.
    record.write_text(record.read_text(encoding="utf-8") + "\nThe [plan](https://example.org/plan) is *public*.\n",
                      encoding="utf-8")
    page = settings.out / "articles/ashford-builds-hydrogen-hub.html"
    changed = str(change(tmp_path / "changed"))

    def build_with(*first: str) -> str:
        path = os.pathsep.join([*first, *filter(None, [os.environ.get("PYTHONPATH")])])
        done = subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(settings.root)],
                              env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    build_with()  # as installed: every cache is warm
    assert not marked(page.read_text(encoding="utf-8"))
    assert build_with(changed).startswith("built ")
    warm = tree(settings.out)
    # Templates compiled by the digest as installed are dropped, not kept beside.
    with sqlite3.connect(settings.root / ".digest-cache/cache.sqlite") as store:
        compiled = store.execute("SELECT count(*) FROM entries WHERE kind = 'template'").fetchone()[0]
    store.close()
    assert compiled == len(template_names(settings.templates))
    assert build_with(changed) == "site/ is up to date: nothing it is built from has changed\n"
    shutil.rmtree(settings.root / ".digest-cache")
    shutil.rmtree(settings.out)
    build_with(changed)
    assert marked(page.read_text(encoding="utf-8"))
    assert tree(settings.out) == warm


def test_a_theme_no_article_has_is_named_not_linked(mini):
    region = mini.content / "region.yaml"
    text = region.read_text(encoding="utf-8")
    assert "themes:\n" in text
    region.write_text(text.replace("themes:\n", "themes:\n  - {slug: aviation, name: Aviation, keywords: [airport]}\n", 1),
                      encoding="utf-8")
    build(mini)
    page = (mini.out / "themes/index.html").read_text(encoding="utf-8")
    assert "<td>Aviation</td>" in page and 'href="aviation.html"' not in page
    assert 'href="coal.html"' in page  # themes with articles keep their links
    # No page, feed or sitemap entry for it either: nothing would link to them.
    assert not (mini.out / "themes/aviation.html").exists() and not (mini.out / "feeds/themes/aviation.xml").exists()


def test_numeric_columns_are_right_aligned_under_right_aligned_headers(mini):
    build(mini)
    for path in ("themes/index.html", "cities/index.html", "figures/index.html"):
        page = (mini.out / path).read_text(encoding="utf-8")
        headers = re.findall(r"<th scope=\"col\"([^>]*)>", page)
        first_row = re.search(r"<tbody>\s*<tr[^>]*>(.*?)</tr>", page, re.S).group(1)
        cells = re.findall(r"<td([^>]*)>", first_row)
        assert ['class="num"' in h for h in headers] == ['class="num"' in c for c in cells], path
    css = (mini.out / "static/style.css").read_text(encoding="utf-8")
    assert "th.num { text-align: right; }" in css
    # A CJK face comes before the generic family, so Chinese names never fall to empty boxes.
    stack = re.search(r"font: 1rem/1\.6 ([^;]*);", css, re.S).group(1)
    assert stack.index('"Noto Sans CJK SC"') < stack.index("sans-serif")


def test_an_undated_record_with_a_guessed_title_stays_off_the_front_page(mini):
    record = mini.content / "articles/northvale-tourism-rebounds.md"
    text = record.read_text(encoding="utf-8")
    build(mini)
    assert "northvale-tourism-rebounds.html" in (mini.out / "index.html").read_text(encoding="utf-8")
    record.write_text(text.replace("review: [date]", "review: [title, date]"), encoding="utf-8")
    build(mini)
    home = (mini.out / "index.html").read_text(encoding="utf-8")
    assert "northvale-tourism-rebounds.html" not in home
    assert "northvale-tourism-rebounds.html" in (mini.out / "archive/undated.html").read_text(encoding="utf-8")


def test_related_articles_share_the_theme_not_only_the_city():
    import datetime as dt

    from digest.build import related_all
    from digest.model import Article, Source
    from digest.site.render import ArticleView

    def view(slug, city, sector, day):
        article = Article(slug=slug, title=slug, date=dt.date(2024, 1, day), city=city, cities=(), sector=sector,
                          themes=(sector,), source=Source(file=f"seeds/{slug}.txt"), body="x\n")
        return ArticleView(article=article, body_html="", anchors=())

    views = (view("steel", "datong", "steel", 1), view("tourism", "datong", "tourism", 2),
             view("steel-far", "jinzhong", "steel", 20), view("tourism-far", "jinzhong", "tourism", 3))
    related = {slug: [v.article.slug for v in vs] for slug, vs in related_all(views).items()}
    assert related["steel"] == ["steel-far"]  # the tourism story next door in time and place is no relation
    assert related["tourism"] == ["tourism-far"]


def test_the_front_page_leads_with_the_newest_reviewed_article():
    import datetime as dt

    from digest.build import front_page
    from digest.model import Article, Source
    from digest.site.render import ArticleView

    def view(slug, day, review):
        article = Article(slug=slug, title=slug, date=dt.date(2024, 1, day), city="datong", cities=(), sector="steel",
                          themes=("steel",), source=Source(file=f"seeds/{slug}.txt"), body="x\n", review=review)
        return ArticleView(article=article, body_html="", anchors=())

    views = (view("newest", 9, ("figures",)), view("reviewed", 5, ()), view("older", 1, ()))
    page = front_page(views)
    assert page["lead"].article.slug == "reviewed"
    assert [v.article.slug for v in page["latest"]] == ["newest", "older"]  # the lead is not listed twice
    # Nothing reviewed yet: the newest dated article leads.
    page = front_page((view("newest", 9, ("figures",)), view("older", 1, ("title",))))
    assert page["lead"].article.slug == "newest"


def test_the_home_map_has_a_legend_and_the_province_wide_count(samples):
    build(samples)
    home = (samples.out / "index.html").read_text(encoding="utf-8")
    legend = re.search(r'aria-label="Legend of the map">(.*?)</ul>', home, re.S).group(1)
    top = max(int(n) for n in re.findall(r'aria-label="[^"]*: (\d+) articles?"', home))
    assert "no article" in legend and f"{top} article" in legend.rsplit("<li>", 1)[1]  # the darkest shade last
    assert "(not one city, so not on the map)" in home and 'class="lead-story"' in home


def test_the_words_that_became_figures_link_to_their_rows(samples):
    from digest.records.content import load_articles
    from digest.records.region import load_region

    build(samples)
    marked = 0
    for article in load_articles(samples.content, load_region(samples.content), samples.root):
        html = (samples.out / f"articles/{article.slug}.html").read_text(encoding="utf-8")
        rows = set(re.findall(r'<tr class="[a-z]+" id="(f\d+)"', html))
        assert len(rows) == len(article.figures), article.slug
        for number, text in re.findall(r'<a href="#(f\d+)" title="Figure \d+ in the table below"[^>]*>([^<]*)</a>', html):
            assert number in rows
            assert text == article.figures[int(number[1:]) - 1].text  # the figure's own words, and nothing else
            marked += 1
    assert marked > 0


def test_a_body_edit_relinks_the_explorer_and_other_results_and_matches_a_fresh_build(tmp_path):
    # The explorer's files and the downloads are made from the records
    # without their bodies and the figures' sentence ids, and a search
    # result's details from its record alone: a body edit leaves the
    # explorer's files, the downloads and every other result's file as they
    # were (the same inode, linked from the last site); a body edit that moves
    # a figure's sentence, or a figure's edit, writes them anew.
    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    explorer = sorted(settings.out.glob("figures/data/*.js"))
    downloads = sorted(p for p in (settings.out / "data").rglob("*") if p.suffix in (".csv", ".json"))
    docs = sorted(settings.out.glob("search/docs/*.js"))
    assert explorer and len(docs) > 1 and settings.out / "data/figures.csv" in downloads
    inodes = {p: p.stat().st_ino for p in [*explorer, *downloads, *docs]}
    record = sorted((settings.content / "articles").glob("*.md"))[0]
    record.write_text(record.read_text(encoding="utf-8") + "\nA sentence the editor added.\n", encoding="utf-8")
    build(settings)
    changed = {p.relative_to(settings.out).as_posix() for p in inodes if p.stat().st_ino != inodes[p]}
    assert len(changed) == 1 and changed <= {p.relative_to(settings.out).as_posix() for p in docs}
    assert "A sentence the editor added." in (settings.out / changed.pop()).read_text(encoding="utf-8")

    fresh = make_project(tmp_path / "q", settings.content)
    build(fresh)
    assert tree(settings.out) == tree(fresh.out)

    # A figure's words taken out of the body: its sentence id goes, and the
    # ids of the sentences after it move.
    text = record.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    words = max((f["text"] for f in yaml.safe_load(head.lstrip("-"))["figures"]), key=len)
    assert words in body
    anchors_before = (settings.out / "data/figures.csv").read_text(encoding="utf-8")
    record.write_text(f"{head}\n---\n{body.replace(words, 'a figure the editor took out')}", encoding="utf-8")
    build(settings)
    assert (settings.out / "data/figures.csv").read_text(encoding="utf-8") != anchors_before
    fresh = make_project(tmp_path / "r", settings.content)
    build(fresh)
    assert tree(settings.out) == tree(fresh.out)

    text = record.read_text(encoding="utf-8")
    metric = re.search(r"metric: ([^,}\n]+)", text)
    assert metric, "the first record has a figure with a metric"
    record.write_text(text.replace(metric.group(0), "metric: an edited metric", 1), encoding="utf-8")
    build(settings)
    assert all(p.stat().st_ino != inodes[p] for p in explorer)
    assert any("an edited metric" in p.read_text(encoding="utf-8") for p in settings.out.glob("figures/data/rows-*.js"))
    assert "an edited metric" in (settings.out / "data/figures.csv").read_text(encoding="utf-8")
