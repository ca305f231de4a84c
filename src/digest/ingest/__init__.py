"""Turn seeds that have no record yet into records under content/articles."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..records.content import ARTICLES_DIR, is_unedited, recorded_sources, render_record, write_atomic
from ..errors import Problem
from ..records.region import load_region
from ..settings import Settings

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    written: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def seed_files(seeds: Path) -> list[Path]:
    """The seeds an editor dropped in: visible regular files, by name."""
    if not seeds.is_dir():
        return []
    return sorted(p for p in seeds.iterdir() if p.is_file() and not p.name.startswith("."))


def _free_path(articles: Path, slug: str, taken: set[str]) -> Path:
    candidate, n = slug, 2
    while candidate in taken or (articles / f"{candidate}.md").exists():
        candidate = f"{slug}-{n}"
        n += 1
    taken.add(candidate)
    return articles / f"{candidate}.md"


def ingest(settings: Settings, refresh: bool = False) -> IngestReport:
    """Write a record for each new seed; with refresh, redo unedited records too."""
    region = load_region(settings.content)
    classifier = None
    articles = settings.content / ARTICLES_DIR
    recorded = recorded_sources(settings.content)
    report = IngestReport()
    taken: set[str] = set()
    for seed in seed_files(settings.seeds):
        source = settings.rel(seed)
        existing = recorded.get(source)
        if existing is not None and not refresh:
            continue
        if existing is not None and not is_unedited(existing.read_text(encoding="utf-8", errors="replace")):
            report.skipped.append(settings.rel(existing))
            continue
        # The loader is imported only when there is a seed to read: `make site`
        # with nothing new to ingest stays quick.
        from .classify import Classifier
        from .loader import load_seed
        from .seedtext import SeedError

        classifier = classifier or Classifier(region)
        try:
            article = load_seed(seed.read_bytes(), source, region, classifier)
        except SeedError as exc:
            report.problems.append(Problem(source, exc.message, exc.line))
            continue
        target = existing or _free_path(articles, article.slug, taken)
        write_atomic(target, render_record(article))
        (report.refreshed if existing else report.written).append(settings.rel(target))
    return report
