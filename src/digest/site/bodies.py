"""Each article's body as HTML, with its figures' sentence ids and its search terms."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Sequence

from ..engine.cache import Converted, body_key
from ..model import Article
from .render import ArticleView, body_html, markdown_converter
from .search import counts_text, term_counts

if TYPE_CHECKING:
    import markdown

    from ..engine.core import Engine

log = logging.getLogger(__name__)


def convert(article: Article, md: markdown.Markdown | None = None,
            memo: dict[str, str | None] | None = None) -> Converted:
    """One body: its HTML, each figure's sentence id, its search terms with their counts."""
    html, anchors = body_html(article.body, tuple(f.text for f in article.figures), md, article.title)
    # One string rather than a tuple of words: at 10,000 articles that is a
    # few tens of MB instead of millions of small objects to pickle and hold.
    return html, anchors, counts_text(term_counts(article.title, article.body, memo))


def convert_bodies(articles: Sequence[Article], engine: Engine) -> list[ArticleView]:
    """Every article ready for its page: bodies found in the engine's cache
    are reused, the others converted over the engine's workers (and kept in
    the cache, written with the build's other new entries)."""
    keys = [body_key(a) for a in articles]
    found = [engine.bodies.get(k) for k in keys]
    missing = [i for i, f in enumerate(found) if f is None]
    if missing:
        # One converter and one memo of terms per process: forked workers each use their own copy.
        md, memo = markdown_converter(), {}
        converted = engine.map(lambda i: convert(articles[i], md, memo), missing)
        for i, result in zip(missing, converted):
            found[i] = result
    views = []
    for article, key, (html, anchors, terms) in zip(articles, keys, found):  # type: ignore[misc]
        engine.bodies.put(key, (html, anchors, terms))
        views.append(ArticleView(article=article, body_html=html, anchors=anchors, terms=terms))
    return views
