"""A build cache keyed by content hashes: deleting it changes nothing but time."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Sequence

from . import __version__
from .model import Article
from .render import ArticleView, body_html, markdown_converter

log = logging.getLogger(__name__)

CACHE_DIR = ".digest-cache"
BODIES = "bodies.pickle"
PARALLEL_MIN = 200  # below this many conversions a process pool costs more than it saves


def body_key(article: Article) -> str:
    digest = hashlib.sha256(__version__.encode())
    digest.update(article.body.encode("utf-8"))
    for fig in article.figures:
        digest.update(b"\0" + fig.text.encode("utf-8"))
    return digest.hexdigest()


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
        return data if isinstance(data, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}  # a missing or damaged cache only costs time


def _save(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("build cache not saved (%s); the next build is a cold one", exc)


def _convert(job: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str | None, ...]]:
    return body_html(job[0], job[1])


def convert_all(articles: Sequence[Article], cache_dir: Path | None, workers: int | None = None) -> list[ArticleView]:
    """Convert every body, reusing cached HTML and spreading the rest over all cores."""
    path = cache_dir / BODIES if cache_dir else None
    cached = _load(path) if path else {}
    keys = [body_key(a) for a in articles]
    missing = [i for i, k in enumerate(keys) if k not in cached]
    jobs = [(articles[i].body, tuple(f.text for f in articles[i].figures)) for i in missing]
    workers = workers or os.cpu_count() or 1
    if len(jobs) >= PARALLEL_MIN and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_convert, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    else:
        md = markdown_converter()
        results = [body_html(body, texts, md) for body, texts in jobs]
    for i, result in zip(missing, results):
        cached[keys[i]] = result
    if path and (missing or len(cached) != len(set(keys))):
        _save(path, {k: cached[k] for k in keys})
    return [ArticleView(article=a, body_html=cached[k][0], anchors=cached[k][1]) for a, k in zip(articles, keys)]
