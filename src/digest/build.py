"""The build, in one screen: load all, validate all, assemble, render all, write all."""

from __future__ import annotations

import datetime as dt
import functools
import pickle
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from . import __version__
from .engine.cache import CACHE_DIR, DATA_LOG, Closure, PageCache, bytecode_cache, new_cache_file, site_salt, template_graph
from .engine.core import Engine
from .site.charts import across_places, conflicts, over_time, unique_ids
from .records.content import load_articles
from .site.data import COLUMN_DOCS, FIGURE_COLUMNS, PieceLog, data_files, data_paths, write_downloads
from .errors import DigestError, Problem
from .site.headlines import headlines
from .site.geo import Map, build_map, load_geometry
from .model import Article, Indicator, Region, Theme
from .engine import uptodate
from .records.indicators import load_indicators
from .records.region import load_region
from .site.bodies import convert_bodies
from .site.explorer import explorer_files_of, explorer_paths, explorer_table
from .site.search import doc_path, search_files
from .site.render import ROW_MEMO, ArticleView, FigureRow, Page, compile_templates, make_env, render_page
from .settings import Settings, outside_links
from .engine.write import NewSite, build_lock, refuse_unsafe_out, write_site

log = logging.getLogger(__name__)

STATIC_DIR = "static"
LATEST = 20
RELATED = 5
FEED_ENTRIES = 50
FIGURES_PER_PAGE = 1000
ARTICLES_PER_PAGE = 50
SIDE_TASKS_MIN = 2000  # articles from which search and data are built in worker processes
ROWS_SHOWN = 500  # figures on a city or theme page; all are in the explorer and CSV
PAGES_PARALLEL_MIN = 16  # pages (with the search and data tasks) from which they are rendered by workers
PAGES_AHEAD = 32  # chunks of pages per worker that may wait to be written: a few MB, and workers seldom idle


@dataclass(frozen=True)
class Site:
    """Everything the templates see: the region and the collections."""

    region: Region
    articles: tuple[ArticleView, ...]
    by_city: dict[str, tuple[ArticleView, ...]]
    by_theme: dict[str, tuple[ArticleView, ...]]
    figures: tuple[FigureRow, ...]
    by_year: dict[str, tuple[ArticleView, ...]]
    related: dict[str, tuple[ArticleView, ...]]
    neighbours: dict[str, tuple[ArticleView | None, ArticleView | None]]
    map: Map | None
    figure_counts: dict[str, int]  # figures per city slug and per theme slug
    indicators: tuple[Indicator, ...] = ()  # what figures measure, as content/indicators.yaml lists them

    @functools.cached_property
    def themes_shown(self) -> tuple[Theme, ...]:
        """The themes with an article or a figure: each has a page and a feed (an empty one would have neither)."""
        return tuple(t for t in self.region.themes if self.by_theme[t.slug] or self.figure_counts.get(t.slug))

    @functools.cached_property
    def indicator_index(self) -> dict[str, Indicator]:
        """Each indicator by its id."""
        return {i.id: i for i in self.indicators}

    @functools.cached_property
    def by_indicator(self) -> dict[str, tuple[FigureRow, ...]]:
        """The figures of each indicator that has any, in the vocabulary's order."""
        rows: dict[str, list[FigureRow]] = {}
        for r in self.figures:
            if r.figure.indicator in self.indicator_index:
                rows.setdefault(r.figure.indicator, []).append(r)
        return {i.id: tuple(rows[i.id]) for i in self.indicators if i.id in rows}


def refuse_outside_links(settings: Settings) -> None:
    """Raise naming each symlink in content/, seeds/ or templates/ that leads outside the project (#20)."""
    links = outside_links(settings)
    if links:
        raise DigestError([Problem(name, "symlink pointing outside the project: refusing to read it") for name, _ in links])


def build(settings: Settings, progress: Callable[[int, int], None] | None = None, before: str | None = None) -> int:
    """Build the site; return the number of files written. before: the
    inputs' hash (uptodate.inputs) when the caller took it already."""
    refuse_unsafe_out(settings.out, settings.root, (settings.content, settings.seeds, settings.templates))
    refuse_outside_links(settings)
    before = before or uptodate.inputs(settings)
    with Engine(settings) as engine:
        templates = engine.submit(compiled_templates, settings, engine)  # while the workers read the records
        content = load(settings, engine)  # read and validate: one DigestError lists every problem
        site = assemble(content, convert_bodies(content.articles, engine))
        env, graph = templates.result()
        if engine.pages is not None:
            engine.pages.know(graph, site.articles, site.figures)
        with build_lock(settings.out):
            uptodate.forget(settings)
            count = write_site(settings.out, lambda new: render_all(site, settings, engine, env, new, progress),
                               uptodate.site_hashes(settings))
            remember(settings, engine, before)
    return count


def check(settings: Settings) -> Site:
    """Load, validate and render everything without writing; raise on any problem.

    The records and every template (those no page uses as well) are checked
    before anything is rendered, so that one run lists all their problems.
    """
    refuse_outside_links(settings)
    problems: list[Problem] = []
    with Engine(settings, reuse_pages=False) as engine:
        try:
            site = load_site(settings, engine)
        except DigestError as exc:
            problems.extend(exc.problems)
        env = make_env(settings.templates, bytecode_cache(engine.store) if engine.store is not None else None)
        problems.extend(compile_templates(env, template_names(settings.templates)))
        engine.save()  # what was read and compiled is good for the next build, problems or not
        if problems:
            raise DigestError(problems)
        for _ in render_all(site, settings, engine, env):
            pass
    return site


def template_names(templates: Path) -> set[str]:
    """Every template a page may use: the files of templates/ but the static folder."""
    if not templates.is_dir():
        return set()
    return {p.relative_to(templates).as_posix() for p in templates.rglob("*")
            if p.is_file() and STATIC_DIR not in p.relative_to(templates).parts[:1]}


def compiled_templates(settings: Settings, engine: Engine) -> tuple[Any, dict[str, Closure]]:
    """The template environment with every template compiled (a template's
    error is left for the page that uses it, which reports it), and the
    template graph that page keys are made from; both kept in the engine's store."""
    env = make_env(settings.templates, bytecode_cache(engine.store) if engine.store is not None else None)
    compile_templates(env, template_names(settings.templates))
    return env, template_graph(env, settings.templates, engine.store)


@dataclass(frozen=True)
class Content:
    """What content/ holds, read and validated."""

    region: Region
    indicators: tuple[Indicator, ...]
    articles: list[Article]
    rings: dict[str, Any]  # the map's outlines by place


def load(settings: Settings, engine: Engine) -> Content:
    """Read and validate the region, the indicators, every record and the map's outlines."""
    region = load_region(settings.content)
    indicators = load_indicators(settings.content, settings.root)
    articles = load_articles(settings.content, region, settings.root, engine, indicators=indicators)
    return Content(region, indicators, articles, load_geometry(settings.content, region))


def load_site(settings: Settings, engine: Engine | None = None) -> Site:
    """Read, validate and assemble everything (with an engine of its own, saving its caches)."""
    if engine is None:
        with Engine(settings, reuse_pages=False) as own:
            return load_site(settings, own)
    content = load(settings, engine)
    return assemble(content, convert_bodies(content.articles, engine))


def remember(settings: Settings, engine: Engine, before: Any) -> None:
    """Record what the new site was made from, for the next build: the page
    keys with the identity of the site folder now in place, committed with
    the rest of the store (after the chores that found no workers to wait for)."""
    engine.run_chores()
    if engine.pages is not None:
        engine.pages.swapped()
    engine.save()
    uptodate.remember(settings, before)


def _newest_first(article: Article) -> tuple[Any, ...]:
    # Undated records go last; the slug breaks ties so the order is stable.
    return (article.date is None, -(article.date or dt.date.min).toordinal(), article.slug)


def assemble(content: Content, views: Sequence[ArticleView]) -> Site:
    """Group the articles by place, theme and year, and gather every figure."""
    region = content.region
    views = tuple(sorted(views, key=lambda v: _newest_first(v.article)))
    by_city = {
        slug: tuple(v for v in views if v.article.city == slug or slug in v.article.cities)
        for slug in region.places
    }
    by_theme = {
        t.slug: tuple(v for v in views if t.slug in v.article.themes or v.article.sector == t.slug)
        for t in region.themes
    }
    figures = tuple(
        FigureRow(view=v, figure=f, anchor=a) for v in views for f, a in v.figures
    )
    by_year: dict[str, tuple[ArticleView, ...]] = {}
    for v in views:
        key = str(v.article.year) if v.article.year else "undated"
        by_year[key] = (*by_year.get(key, ()), v)
    neighbours = {
        v.article.slug: (views[i + 1] if i + 1 < len(views) else None, views[i - 1] if i > 0 else None)
        for i, v in enumerate(views)
    }
    return Site(region=region, articles=views, by_city=by_city, by_theme=by_theme, figures=figures,
                by_year=by_year, related=related_all(views),
                neighbours=neighbours,
                figure_counts=_figure_counts(figures), indicators=content.indicators,
                map=build_map(region, content.rings, {slug: len(v) for slug, v in by_city.items()}))


def _figure_counts(rows: tuple[FigureRow, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        for key in {row.figure.city, row.figure.theme}:
            if key:
                counts[key] = counts.get(key, 0) + 1
    return counts


def related_all(views: tuple[ArticleView, ...]) -> dict[str, tuple[ArticleView, ...]]:
    """For each article, up to RELATED others nearest in time that share its
    place and main theme, then its main theme. The place alone is no relation:
    a steel story and a tourism story from one city have nothing to offer
    each other's readers.

    Each article looks only at its neighbours in a few ordered buckets, so the
    cost grows linearly with the number of articles.
    """
    buckets: dict[tuple[str, ...], list[int]] = {}
    for i, v in enumerate(views):
        a = v.article
        for key in (("both", a.city, a.sector or ""), ("theme", a.sector or "")):
            buckets.setdefault(key, []).append(i)
    position = {key: {i: n for n, i in enumerate(members)} for key, members in buckets.items()}
    out: dict[str, tuple[ArticleView, ...]] = {}
    for i, v in enumerate(views):
        a = v.article
        chosen: list[int] = []
        for key in (("both", a.city, a.sector or ""), ("theme", a.sector or "")):
            if key[-1] == "":
                continue
            members, n = buckets[key], position[key][i]
            for step in range(1, len(members)):
                for j in (n - step, n + step):
                    if 0 <= j < len(members) and members[j] != i and members[j] not in chosen:
                        chosen.append(members[j])
                if len(chosen) >= RELATED or (n - step < 0 and n + step >= len(members)):
                    break
            if len(chosen) >= RELATED:
                break
        out[a.slug] = tuple(views[j] for j in chosen[:RELATED])
    return out


def pages(site: Site, base_url: str) -> list[Page]:
    """Every page of the site, one call per kind."""
    return [
        Page("index.html", "index.html", {**front_page(site.articles),
                                          "headlines": headlines(site.figures, site.indicators, site.region)}),
        *article_pages(site),
        Page("cities/index.html", "cities.html"),
        *city_pages(site),
        Page("themes/index.html", "themes.html"),
        *theme_pages(site),
        *archive_pages(site),
        *figure_pages(site),
        *indicator_pages(site),
        Page("data/index.html", "data.html", {"columns": [(c, COLUMN_DOCS[c]) for c in FIGURE_COLUMNS]}),
        Page("search/index.html", "search.html"),
        *feed_pages(site),
        *([Page("sitemap.xml", "sitemap.xml")] if base_url else []),
        Page("robots.txt", "robots.txt"),
        Page("404.html", "404.html", {"from_root": True}),
    ]


def front_page(views: Sequence[ArticleView]) -> dict[str, Any]:
    """The home page's lead and latest articles. The lead is the newest article
    an editor has reviewed (nothing left in `review`), else the newest dated one.
    A record with neither a date nor a headline (its title is the loader's guess
    from the first sentence) waits for the editor: it is on its own page and in
    the lists, not on the front."""
    shown = [v for v in views if v.article.date is not None or "title" not in v.article.review]
    lead = next((v for v in shown if not v.article.review and v.article.date is not None), None) \
        or next((v for v in shown if v.article.date is not None), None)
    return {"lead": lead, "latest": [v for v in shown if v is not lead][:LATEST]}


def article_pages(site: Site) -> list[Page]:
    out = []
    for v in site.articles:
        slug = v.article.slug
        older, newer = site.neighbours[slug]
        out.append(Page(f"articles/{slug}.html", "article.html", {
            "view": v,
            "related": site.related[slug],
            "older": older,
            "newer": newer,
        }))
    return out


def _charts(rows: Sequence[FigureRow], indicators: dict[str, Indicator], region: Region, prefix: str,
            across: bool = False, over: bool = False) -> dict[str, Any]:
    """The charts (across places, then over time) and the conflicts of a
    city, theme or indicator page, made only if the page is rendered."""
    charts = [*(across_places(rows, indicators, region, prefix) if across else ()),
              *(over_time(rows, indicators, region, prefix) if over else ())]
    return {"charts": unique_ids(charts), "conflicts": conflicts(rows)}


def _rows_by(site: Site, field: str) -> dict[str, list[FigureRow]]:
    out: dict[str, list[FigureRow]] = {}
    for r in site.figures:
        key = getattr(r.figure, field)
        if key:
            out.setdefault(key, []).append(r)
    return out


def city_pages(site: Site) -> list[Page]:
    out = []
    by_city = _rows_by(site, "city")
    for slug in site.region.places:
        rows = by_city.get(slug, [])
        out += listed(f"cities/{slug}", site.region.place_name(slug), site.by_city[slug], rows, "city.html", {
            "place": slug,
            "feed": f"feeds/cities/{slug}.xml",
        }, functools.partial(_charts, rows, site.indicator_index, site.region, f"city-{slug}", over=True))
    return out


def theme_pages(site: Site) -> list[Page]:
    out = []
    by_theme = _rows_by(site, "theme")
    for t in site.themes_shown:
        rows = by_theme.get(t.slug, [])
        out += listed(f"themes/{t.slug}", t.name, site.by_theme[t.slug], rows, "theme.html", {
            "theme": t,
            "feed": f"feeds/themes/{t.slug}.xml",
        }, functools.partial(_charts, rows, site.indicator_index, site.region, f"theme-{t.slug}", across=True))
    return out


def listed(base: str, name: str, views: tuple[ArticleView, ...], rows: list[FigureRow],
           template: str, context: dict[str, Any],
           later: functools.partial[dict[str, Any]] | None = None) -> list[Page]:
    """A city or theme page, its long article list split over further pages.
    later gives the costly part of the first page's context; a partial, so
    that the page's key can hold its arguments."""
    chunks = [views[i:i + ARTICLES_PER_PAGE] for i in range(0, len(views), ARTICLES_PER_PAGE)] or [()]
    paths = [f"{base}.html", *(f"{base}-page-{n}.html" for n in range(2, len(chunks) + 1))]
    first = Page(paths[0], template, {
        **context, "views": chunks[0], "paths": paths, "total": len(views),
        "rows": rows[:ROWS_SHOWN], "rows_total": len(rows),
    }, later=later)
    rest = [
        Page(path, "list.html", {"name": name, "views": chunk, "paths": paths, "number": n + 2, "total": len(views)})
        for n, (path, chunk) in enumerate(zip(paths[1:], chunks[1:]))
    ]
    return [first, *rest]


def archive_pages(site: Site) -> list[Page]:
    out = [Page("archive/index.html", "archive.html")]
    for year, views in site.by_year.items():
        chunks = [views[i:i + ARTICLES_PER_PAGE] for i in range(0, len(views), ARTICLES_PER_PAGE)]
        paths = [f"archive/{year}.html", *(f"archive/{year}-page-{n}.html" for n in range(2, len(chunks) + 1))]
        for number, (path, chunk) in enumerate(zip(paths, chunks), 1):
            months: dict[str, list[ArticleView]] = {}
            for v in chunk:
                key = v.article.date.strftime("%B") if v.article.date else "No date"
                months.setdefault(key, []).append(v)
            out.append(Page(path, "year.html", {"year": year, "months": months, "total": len(views),
                                                "paths": paths, "number": number}))
    return out


def figure_pages(site: Site) -> list[Page]:
    """The explorer, split into pages so that it stays usable at any size."""
    chunks = [site.figures[i:i + FIGURES_PER_PAGE] for i in range(0, len(site.figures), FIGURES_PER_PAGE)] or [()]
    paths = ["figures/index.html", *(f"figures/page-{n}.html" for n in range(2, len(chunks) + 1))]
    return [
        Page(path, "figures.html", {"rows": chunk, "number": n + 1, "paths": paths,
                                    "figures_total": len(site.figures), "articles_total": len(site.articles)})
        for n, (path, chunk) in enumerate(zip(paths, chunks))
    ]


def indicator_pages(site: Site) -> list[Page]:
    """The indicators with figures, and a page for each: its figures across places and periods."""
    used = site.by_indicator
    out = [Page("indicators/index.html", "indicators.html")]
    for ident, rows in used.items():
        indicator = site.indicator_index[ident]
        out.append(Page(f"indicators/{ident}.html", "indicator.html", {
            "indicator": indicator, "rows": rows,
        # The chart ids name the indicator already.
        }, later=functools.partial(_charts, rows, site.indicator_index, site.region, "chart", across=True, over=True)))
    return out


def feed_pages(site: Site) -> list[Page]:
    """Atom feeds: everything, each place, each theme; dated articles only."""
    def feed(path: str, title: str, views: tuple[ArticleView, ...], page: str) -> Page:
        dated = [v for v in views if v.article.date][:FEED_ENTRIES]
        return Page(path, "feed.xml", {"feed_title": title, "entries": dated, "html_page": page})

    region = site.region
    return [
        feed("feeds/all.xml", region.title, site.articles, "index.html"),
        *(feed(f"feeds/cities/{s}.xml", f"{region.place_name(s)} · {region.title}", site.by_city[s], f"cities/{s}.html")
          for s in region.places),
        *(feed(f"feeds/themes/{t.slug}.xml", f"{t.name} · {region.title}", site.by_theme[t.slug], f"themes/{t.slug}.html")
          for t in site.themes_shown),
    ]


def reused_downloads(site: Site, reuse: PageCache | None) -> list[tuple[str, Path]] | None:
    """The previous site's data files when no record changed (decided here, in
    the parent, which keeps the record of page keys), else None."""
    return reused_files(data_paths(site), reuse.figures, reuse) if reuse is not None else None  # every record's figures


def reused_files(paths: list[str], key: str, reuse: PageCache | None) -> list[tuple[str, Path]] | None:
    """The previous site's files at paths when they were made from the same
    inputs (key, a digest of them), else None. Every path's key is put in
    the store either way, for the next build."""
    if reuse is None:
        return None
    old = [reuse.lookup_path(p, (key,)) for p in paths]
    return list(zip(paths, old)) if all(o is not None for o in old) else None  # type: ignore[arg-type]


def write_data(site: Site, settings: Settings, into: NewSite) -> list[tuple[str, None]]:
    """Write the data files straight into the new site, reusing each unchanged
    article's formatted rows from the last build (a log read as a stream)."""
    log_path = settings.root / CACHE_DIR / DATA_LOG
    key = site_salt(settings)
    previous = PieceLog(log_path, key)
    handles = []

    def open_text(rel: str) -> Any:
        handles.append(into.open(rel))
        return handles[-1]

    try:
        with new_cache_file(log_path) as record:
            if record is not None:
                pickle.dump(key, record, protocol=pickle.HIGHEST_PROTOCOL)
            written = write_downloads(site, settings.base_url, open_text, previous, record)
    finally:
        previous.close()
        for handle in handles:
            handle.close()
    return [(path, None) for path in written]


def render_all(site: Site, settings: Settings, engine: Engine, env: Any, into: NewSite | None = None,
               progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[str, bytes | Path | None]]:
    """Render every page (or reuse an unchanged one from the engine's page
    cache), then the data and static files; with into, the downloads are
    written straight into that new site.

    A generator, so that pages stream into the new site instead of all
    being held in memory; an error stops the build before anything is swapped in.
    """
    shared = {"site": site, "region": site.region, "base_url": settings.base_url, "version": __version__,
              ROW_MEMO: {}}
    todo = pages(site, settings.base_url)
    compile_templates(env, {page.template for page in todo})  # once, before workers fork
    reuse = engine.pages
    data_old = reused_downloads(site, reuse)

    # A result's details come from its record alone: its checksum is their key.
    # The previous site's result files that can stay are decided here, before
    # the workers fork (a look in memory each); this process links them while
    # the workers work, and the search worker writes only the others.
    def doc_inputs(view: ArticleView) -> tuple[str]:
        return (view.article.checksum,)

    docs_old = [reuse.reusable(doc_path(n), doc_inputs(v)) for n, v in enumerate(site.articles)] if reuse else []

    def search() -> list[tuple[str, bytes | Path]]:
        return [f for f in search_files(site, docs_old) if not isinstance(f[1], Path)]  # the rest linked by the parent

    explorer_old = reused_files(explorer_paths(len(site.figures)), reuse.figures, reuse) if reuse else None

    def explorer() -> list[tuple[str, bytes | Path]]:
        if explorer_old is not None:
            return list(explorer_old)  # linked by the parent
        return list(explorer_files_of(explorer_table(site)))

    def data() -> list[tuple[str, bytes | Path | None]]:
        if data_old is not None:
            return list(data_old)  # linked by the parent
        return write_data(site, settings, into) if into is not None else list(data_files(site, settings.base_url))

    def render(i: int) -> bytes:
        # Pages come back as bytes and the parent writes them: it waits for
        # the workers anyway, and files made in one folder by two processes at
        # once queue on the folder's lock in the kernel, spinning while they wait.
        return render_page(env, todo[i], shared)

    # A page is worth a worker sooner than a record is: after an edit, the few
    # pages to render again are the heavy ones (its place, its themes, the lists).
    big = len(site.articles) >= SIDE_TASKS_MIN
    with engine.pool(render, search, data, explorer, size=len(todo) + 3, minimum=1 if big else PAGES_PARALLEL_MIN) as pool:
        # The search index, the downloads and the explorer start first, each a
        # call of its own, while this process looks up which pages changed.
        index, downloads, figures = pool.submit(search), pool.submit(data), pool.submit(explorer)
        old = [reuse.lookup(page) if reuse else None for page in todo]
        if reuse:
            for n, view in enumerate(site.articles):
                reuse.keep(doc_path(n), doc_inputs(view))
        yield from [(doc_path(n), path) for n, path in enumerate(docs_old) if path is not None]
        # The store's new entries (records, bodies, templates, page keys) are
        # written while the workers render: this process would wait anyway.
        # They are committed once the new site is in place (remember).
        engine.submit(engine.write)
        rendered = pool.map_ordered(render, [i for i, o in enumerate(old) if o is None], ahead=PAGES_AHEAD)
        for done, (page, previous) in enumerate(zip(todo, old), 1):
            yield page.path, previous if previous is not None else next(rendered)
            if progress is not None:
                progress(done, len(todo))
        yield from [*index.result(), *downloads.result(), *figures.result()]
    # Without it GitHub Pages runs the site through Jekyll, which hides files and folders starting with _.
    yield ".nojekyll", b""
    # Browsers and crawlers ask for /favicon.ico at the site's root.
    icon = settings.templates / STATIC_DIR / "favicon.ico"
    if icon.is_file():
        yield "favicon.ico", icon.read_bytes()
    static = settings.templates / STATIC_DIR
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file():
                yield f"{STATIC_DIR}/{path.relative_to(static).as_posix()}", path.read_bytes()
