"""The figures as data: CSV and JSON downloads with a stable shape."""

from __future__ import annotations

import csv
import io
import json
import pickle
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..records.content import figure_to_dict, source_to_dict
from ..model import KINDS, QUALIFIERS, STATUSES
from ..units import UNIT_IDS, UNITS, is_rate

# Column order is part of the interface: new columns go at the end.
FIGURE_COLUMNS = (
    "article", "date", "title", "url", "city", "theme", "metric", "value",
    "value_max", "unit", "raw_unit", "base_value", "base_unit", "usd",
    "qualifier", "kind", "period", "status", "text", "anchor", "indicator",
)

COLUMN_DOCS = {
    "article": "The article's slug: its record is content/articles/<slug>.md.",
    "date": "The article's publication date (YYYY-MM-DD), empty when the article has none.",
    "title": "The article's title.",
    "url": "The sentence the figure comes from: the article page and the sentence's anchor, relative to the site root (absolute when the site's base URL is set).",
    "city": "The place the figure is about: a city slug, the province's slug, china (national figures and rules) or other (elsewhere).",
    "theme": "The theme the figure is about (a slug of the theme vocabulary).",
    "metric": "What is measured, in words.",
    "value": "The number with scale words multiplied out (7 billion yuan → 7000000000; 73.9 percent → 73.9).",
    "value_max": "The upper end of a range (from 50 to 60 percent → value 50, value_max 60); empty otherwise.",
    "unit": f"{', '.join(UNIT_IDS[:-1])}, or {UNIT_IDS[-1]}.",
    "raw_unit": "The unit as written when unit is other (mu, hectare, times, …), or what an amount in CNY or USD is paid per (yuan per kilogram).",
    "base_value": "The value in the base unit of its dimension: yuan, dollars, tonnes, kWh, kW, km, square km; the same as value otherwise.",
    "base_unit": "The unit of base_value.",
    "usd": "The dollar conversion the article gives in brackets, when it gives one.",
    "qualifier": "over, under, about or exactly, when the article qualifies the number.",
    "kind": "level (an amount), change (growth or decline) or share (a part of a total).",
    "period": "The year or span the figure refers to (2021, 2023-H1, 2021-2025), when known.",
    "status": "actual (a result) or target (a plan or goal).",
    "text": "The exact words of the article the figure was read from.",
    "anchor": "The id of the sentence on the article page (main for a figure of the headline).",
    "indicator": "What the figure measures, as an id of content/indicators.yaml (gdp, raw-coal-output, …); empty when it measures none of them (a definition, a gap, one company's number).",
}

ARTICLE_COLUMNS = ("slug", "title", "date", "url", "city", "cities", "sector", "themes", "source", "review", "figures")


def figure_rows(rows: Iterable[Any], base_url: str = "") -> list[dict[str, Any]]:
    """One dict per figure in FIGURE_COLUMNS order, sorted stably."""
    out = []
    for row in rows:
        article, fig = row.view.article, row.figure
        page = f"articles/{article.slug}.html" + (f"#{row.anchor}" if row.anchor else "")
        out.append({
            "article": article.slug,
            "date": article.date.isoformat() if article.date else None,
            "title": article.title,
            "url": base_url + page,
            "city": fig.city,
            "theme": fig.theme,
            "metric": fig.metric,
            "value": _number(fig.value),
            "value_max": _number(fig.value_max),
            "unit": fig.unit,
            "raw_unit": fig.raw_unit,
            "base_value": _number(fig.value),
            "base_unit": _base_unit(fig.unit, fig.raw_unit),
            "usd": _number(fig.usd),
            "qualifier": fig.qualifier,
            "kind": fig.kind,
            "period": fig.period,
            "status": fig.status,
            "text": fig.text,
            "anchor": row.anchor,
            "indicator": fig.indicator,
        })
    return out


def _base_unit(unit: str, raw_unit: str | None) -> str:
    # Values are stored in base units already (tonnes, kWh, kW, yuan); the
    # column names them so a reader need not know the convention.
    if is_rate(raw_unit) and "{raw}" not in UNITS[unit].base:
        return raw_unit  # an amount paid per something: "yuan per kilogram"
    return UNITS[unit].base.format(raw=raw_unit or unit)


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value


def _csv_lines(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> list[str]:
    """Each row as one CSV line, so that a row shared by several files is formatted once."""
    lines: list[str] = []
    # The writer hands each row to write() whole, as one string: collect them.
    writer = csv.writer(_Lines(lines), lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if row.get(k) is None else _cell(row[k]) for k in columns])
    return lines


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_TEXT = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?")


def _cell(value: Any) -> Any:
    """A cell a spreadsheet will not run (#20): text starting with = + - @,
    a tab or a carriage return gets a leading single quote, as OWASP
    advises against CSV injection. Numbers, and text that is a plain
    number (-3.5), stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER_TEXT.fullmatch(value):
        return "'" + value
    return value


class _Lines:
    """A file for csv.writer that keeps each line it is given."""

    def __init__(self, lines: list[str]):
        self.write = lines.append


# One encoder for every item: json.dumps with options builds a new one per call.
_json_item = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def to_json(value: Any) -> bytes:
    """JSON with one list item per line: readable, diffable, and fast to write."""
    if isinstance(value, list):
        items = ",\n".join(_json_item(item) for item in value)
        return f"[\n{items}\n]\n".encode("utf-8") if value else b"[]\n"
    return (json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def article_records(views: Iterable[Any], base_url: str = "") -> list[dict[str, Any]]:
    """The records without their bodies, for data/articles.json."""
    out = []
    for view in views:
        a = view.article
        out.append({
            "slug": a.slug,
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "url": f"{base_url}articles/{a.slug}.html",
            "city": a.city,
            "cities": list(a.cities),
            "sector": a.sector,
            "themes": list(a.themes),
            "source": source_to_dict(a.source),
            "review": list(a.review),
            "figures": [figure_to_dict(f) for f in a.figures],
        })
    return out


FIGURES_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Figures of the digest",
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": list(FIGURE_COLUMNS),
        "properties": {
            "article": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "date": {"type": ["string", "null"], "format": "date"},
            "title": {"type": "string"},
            "url": {"type": "string"},
            "city": {"type": ["string", "null"]},
            "theme": {"type": ["string", "null"]},
            "metric": {"type": "string", "minLength": 1},
            "value": {"type": "number"},
            "value_max": {"type": ["number", "null"]},
            "unit": {"enum": list(UNIT_IDS)},
            "raw_unit": {"type": ["string", "null"]},
            "base_value": {"type": "number"},
            "base_unit": {"type": "string"},
            "usd": {"type": ["number", "null"]},
            "qualifier": {"enum": [*QUALIFIERS, None]},
            "kind": {"enum": list(KINDS)},
            "period": {"type": ["string", "null"]},
            "status": {"enum": list(STATUSES)},
            "text": {"type": "string", "minLength": 1},
            "anchor": {"type": ["string", "null"]},
            "indicator": {"type": ["string", "null"]},
        },
    },
}


def data_paths(site: Any) -> list[str]:
    """Where data_files writes, in the same order."""
    return [
        "data/figures.csv", "data/figures.json", "data/figures.schema.json", "data/articles.json",
        *(f"data/cities/{slug}.csv" for slug in site.region.places),
        *(f"data/themes/{t.slug}.csv" for t in site.region.themes),
        *(f"data/indicators/{ident}.csv" for ident in site.by_indicator),
    ]


def article_pieces(view: Any, base_url: str = "") -> tuple[tuple[tuple[str | None, str | None, str | None, str, str], ...], str]:
    """One article's share of the downloads, as text: for each figure its
    place, theme, indicator, CSV line and JSON item; and its record for articles.json.
    Depends on the article and the base URL only, so it can be kept between builds."""
    rows = figure_rows(view.rows, base_url)
    lines = _csv_lines(rows, FIGURE_COLUMNS)
    items = tuple((row["city"], row["theme"], row["indicator"], line, _json_item(row)) for row, line in zip(rows, lines))
    return items, _json_item(article_records([view], base_url)[0])


def data_files(site: Any, base_url: str = "") -> list[tuple[str, bytes]]:
    """Every download as (path, bytes), made in memory; the build writes them
    to disk as it goes instead (write_downloads)."""
    buffers: dict[str, io.StringIO] = {}

    def open_text(path: str) -> io.StringIO:
        buffers[path] = io.StringIO(newline="")
        return buffers[path]

    write_downloads(site, base_url, open_text)
    return [(path, buffers[path].getvalue().encode("utf-8")) for path in data_paths(site)]


class PieceLog:
    """The pieces of each article from the last build, read back as a stream.

    The build writes articles in the same order each time, so the entry an
    article needs is almost always the next one; a short look-ahead covers
    added, removed and moved articles. Memory stays flat at any size.
    """

    LOOKAHEAD = 256
    KEPT = 4096

    def __init__(self, path: Path | None, salt: str):
        self.handle: Any = None
        self.pending: dict[str, Any] = {}
        if path is None:
            return
        try:
            self.handle = path.open("rb")
            if pickle.load(self.handle) != salt:
                self.close()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            self.close()

    def _next(self) -> tuple[str, Any] | None:
        if self.handle is None:
            return None
        try:
            key, value = pickle.load(self.handle)
            return key, value
        except (EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            self.close()
            return None

    def take(self, key: str) -> Any:
        if key in self.pending:
            return self.pending.pop(key)
        for _ in range(self.LOOKAHEAD):
            entry = self._next()
            if entry is None:
                return None
            if entry[0] == key:
                return entry[1]
            self.pending[entry[0]] = entry[1]
            if len(self.pending) > self.KEPT:
                self.pending.pop(next(iter(self.pending)))
        return None

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
        self.handle = None


def write_downloads(site: Any, base_url: str, open_text: Callable[[str], Any],
                    previous: PieceLog | None = None, record: Any = None) -> list[str]:
    """Write every download through open_text(path) (a text file, newline=''),
    in one pass over the articles: all figures, all records, per city, theme and indicator.

    previous gives each article's pieces from the last build (formatted again
    only for changed articles); record, a binary file, receives this build's.
    Returns the paths written, in data_paths order.
    """
    paths = data_paths(site)
    out = {path: open_text(path) for path in paths}
    header = _csv_lines([dict(zip(FIGURE_COLUMNS, FIGURE_COLUMNS))], FIGURE_COLUMNS)[0]
    places = {slug: out[f"data/cities/{slug}.csv"] for slug in site.region.places}
    themes = {t.slug: out[f"data/themes/{t.slug}.csv"] for t in site.region.themes}
    measures = {ident: out[f"data/indicators/{ident}.csv"] for ident in site.by_indicator}
    for handle in (out["data/figures.csv"], *places.values(), *themes.values(), *measures.values()):
        handle.write(header)
    figures_json, articles_json = out["data/figures.json"], out["data/articles.json"]
    any_figure = any_article = False
    for view in site.articles:
        key = f"{view.article.checksum}|{base_url}"
        pieces = previous.take(key) if previous is not None else None
        if pieces is None:
            pieces = article_pieces(view, base_url)
        if record is not None:
            pickle.dump((key, pieces), record, protocol=pickle.HIGHEST_PROTOCOL)
        items, article_json = pieces
        for city, theme, indicator, line, item in items:
            out["data/figures.csv"].write(line)
            if city in places:
                places[city].write(line)
            if theme in themes:
                themes[theme].write(line)
            if indicator in measures:
                measures[indicator].write(line)
            figures_json.write((",\n" if any_figure else "[\n") + item)
            any_figure = True
        articles_json.write((",\n" if any_article else "[\n") + article_json)
        any_article = True
    figures_json.write("\n]\n" if any_figure else "[]\n")
    articles_json.write("\n]\n" if any_article else "[]\n")
    out["data/figures.schema.json"].write(to_json(FIGURES_SCHEMA).decode("utf-8"))
    return paths
