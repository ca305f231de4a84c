"""The build, in one screen: load all, validate all, assemble, render all, write all."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .content import load_articles
from .model import Article, Figure, Region
from .region import load_region
from .render import ArticleView, Page, convert_body, make_env, markdown_converter, render_page
from .settings import Settings
from .write import build_lock, write_site

log = logging.getLogger(__name__)

STATIC_DIR = "static"
LATEST = 20


@dataclass(frozen=True)
class FigureRow:
    view: ArticleView
    figure: Figure
    anchor: str | None


@dataclass(frozen=True)
class Site:
    """Everything the templates see: the region and the collections."""

    region: Region
    articles: tuple[ArticleView, ...]
    by_city: dict[str, tuple[ArticleView, ...]]
    by_theme: dict[str, tuple[ArticleView, ...]]
    figures: tuple[FigureRow, ...]


def build(settings: Settings) -> int:
    """Build the site; return the number of files written."""
    site = load_site(settings)
    files = render_all(site, settings)
    with build_lock(settings.out):
        return write_site(settings.out, files)


def check(settings: Settings) -> Site:
    """Load, validate and render everything without writing; raise on any problem."""
    site = load_site(settings)
    render_all(site, settings)
    return site


def load_site(settings: Settings) -> Site:
    region = load_region(settings.content)
    articles = load_articles(settings.content, region, settings.root)
    return assemble(region, articles)


def _newest_first(article: Article) -> tuple[Any, ...]:
    # Undated records go last; the slug breaks ties so the order is stable.
    return (article.date is None, -(article.date or dt.date.min).toordinal(), article.slug)


def assemble(region: Region, articles: list[Article]) -> Site:
    """Group articles by place and theme and gather every figure."""
    md = markdown_converter()
    views = tuple(convert_body(a, md) for a in sorted(articles, key=_newest_first))
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
    return Site(region=region, articles=views, by_city=by_city, by_theme=by_theme, figures=figures)


def pages(site: Site) -> list[Page]:
    """Every page of the site, one call per kind."""
    region = site.region
    out = [Page("index.html", "index.html", {"latest": site.articles[:LATEST]})]
    out += [Page(f"articles/{v.article.slug}.html", "article.html", {"view": v}) for v in site.articles]
    out.append(Page("cities/index.html", "cities.html"))
    out += [
        Page(f"cities/{slug}.html", "city.html", {
            "place": slug,
            "views": site.by_city[slug],
            "rows": [r for r in site.figures if r.figure.city == slug],
        })
        for slug in region.places
    ]
    out.append(Page("themes/index.html", "themes.html"))
    out += [
        Page(f"themes/{t.slug}.html", "theme.html", {
            "theme": t,
            "views": site.by_theme[t.slug],
            "rows": [r for r in site.figures if r.figure.theme == t.slug],
        })
        for t in region.themes
    ]
    out.append(Page("404.html", "404.html", {"from_root": True}))
    return out


def render_all(site: Site, settings: Settings) -> list[tuple[str, bytes]]:
    """Render every page and gather the static files, all in memory."""
    env = make_env(settings.templates)
    shared = {"site": site, "region": site.region, "base_url": settings.base_url, "version": __version__}
    files = [(p.path, render_page(env, p, shared)) for p in pages(site)]
    static = settings.templates / STATIC_DIR
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file():
                files.append((f"{STATIC_DIR}/{path.relative_to(static).as_posix()}", path.read_bytes()))
    return files
