"""The figures explorer's data: small script files written by the build, read
by templates/static/explorer.js when a reader filters or sorts (#19).

Each file hands its data to `digestFigures`, so the page loads it with a
<script> element: that works from a web server and from a site opened on
disk, where a page may not fetch() its own files.

    figures/data/index.js        digestFigures.index({...})
        the number of figures, rows per chunk, the names and pages of every
        indicator, place and theme, the units, statuses and periods (with the
        years each spans), and where each indicator's figures lie
    figures/data/col-<key>.js    digestFigures.column("<key>", "<codes>")
        one filter or sort key of every figure, each written in the same
        number of characters (index's widths) of the alphabet DIGITS
    figures/data/rows-<n>.js     digestFigures.rows(<n>, [[slug, title], ...], [[row], ...])
        what the table shows of figures n*CHUNK to (n+1)*CHUNK-1

The figures are stored grouped by indicator (in the order of its name), each
group in the site's order: a filter by indicator, the one readers use most,
reads one range of rows and only the chunks that hold it. The `order` column
gives each figure's place in the site's order (newest article first), which
the explorer keeps among rows a sort finds equal.

A sort column holds each figure's rank (equal values share one), so the
script compares numbers and never needs the text of a row it does not show.
Place, theme, period, status and unit hold a code: the index of the value in
its list, which is sorted by name, so a code is also its rank.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable, Hashable, NamedTuple, Sequence

from ..units import UNITS
from .render import format_value, human_amount, period_years

if TYPE_CHECKING:  # build imports this module: no import back at run time
    from ..build import Site

FORMAT = 1
CHUNK = 100  # figures per display file: a page of matches loads few small files
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
FOLDER = "figures/data"
# Filter and sort keys with a file of their own (indicator needs none: the groups give it).
COLUMNS = ("order", "metric", "value", "usd", "period", "status", "city", "theme", "source", "unit")


def encode(numbers: Sequence[int]) -> tuple[int, str]:
    """Numbers as one string, each in the same number of DIGITS: (width, text)."""
    top = max(numbers, default=0)
    width = 1
    while len(DIGITS) ** width <= top:
        width += 1
    out = []
    for n in numbers:
        chars = []
        for _ in range(width):
            n, d = divmod(n, len(DIGITS))
            chars.append(DIGITS[d])
        out.append("".join(reversed(chars)))
    return width, "".join(out)


def ranks(keys: Sequence[Hashable], order: Callable[[Any], Any] = lambda k: k) -> list[int]:
    """Each key's dense rank: equal keys share one, the smallest is 0."""
    rank = {k: n for n, k in enumerate(sorted(set(keys), key=order))}
    return [rank[k] for k in keys]


def _vocabulary(names: dict[str, tuple[str, str]]) -> tuple[list[list[str]], dict[str, int]]:
    """(name, path) pairs sorted by name, and each key's code (its index)."""
    keys = sorted(names, key=lambda k: (names[k][0].lower(), k))
    return [list(names[k]) for k in keys], {k: n for n, k in enumerate(keys)}


def _script(call: str, *args: Any) -> bytes:
    """digestFigures.<call>(args…); as JavaScript, one line."""
    text = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":"), allow_nan=False) for a in args)
    # Both are valid in JSON and in JavaScript since ES2019, but older engines end a string at them.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"digestFigures.{call}({text});\n".encode("utf-8")


def explorer_paths(total: int) -> list[str]:
    """Where explorer_files writes, in the same order."""
    chunks = (total + CHUNK - 1) // CHUNK
    return [f"{FOLDER}/index.js", *(f"{FOLDER}/col-{c}.js" for c in COLUMNS),
            *(f"{FOLDER}/rows-{n}.js" for n in range(chunks))]


class Row(NamedTuple):
    """What the explorer's files hold of one figure, as plain values."""

    indicator: str  # an id of the site's vocabulary, or ""
    metric: str
    qualifier: str
    value: float
    usd: float | None
    kind: str
    shown: str  # the value in words with its unit
    usd_shown: str
    period: str
    status: str
    city: str
    theme: str
    text: str
    unit: str
    slug: str
    title: str
    anchor: str


class Table(NamedTuple):
    """Everything the explorer's files are made from: explorer_files_of reads
    nothing else. The table is made from the records without their bodies
    and each figure's sentence id, so the build reuses the last build's files
    when those are unchanged (PageCache.figures): a body edited, say."""

    rows: tuple[Row, ...]
    indicators: tuple[tuple[str, str], ...]  # (id, name) of each indicator a figure has
    places: tuple[tuple[str, str, bool], ...]  # (slug, name, has a page)
    themes: tuple[tuple[str, str], ...]
    units: tuple[tuple[str, str], ...]  # (unit, its chart label)
    periods: tuple[tuple[str, tuple[int, ...]], ...]  # (period, the years it spans)


def explorer_table(site: Site) -> Table:
    """The explorer's data of the site's figures, in the site's order."""
    region = site.region
    indicators = site.indicator_index
    rows = []
    for r in site.figures:
        f, a = r.figure, r.view.article
        rows.append(Row(f.indicator if f.indicator in indicators else "", f.metric, f.qualifier or "", f.value,
                        f.usd, f.kind, format_value(f), f"${human_amount(f.usd)}" if f.usd else "", f.period or "",
                        f.status, f.city or "", f.theme or "", f.text, f.unit, a.slug, a.title, r.anchor or ""))
    return Table(
        rows=tuple(rows),
        indicators=tuple((i, indicators[i].name) for i in sorted({r.indicator for r in rows} - {""})),
        places=tuple((c, region.place_name(c), c in region.places) for c in sorted({r.city for r in rows} - {""})),
        themes=tuple((t, region.theme_name(t)) for t in sorted({r.theme for r in rows} - {""})),
        units=tuple((u, UNITS[u].chart.format(raw="other units")) for u in sorted({r.unit for r in rows})),
        periods=tuple((p, tuple(int(y) for y in period_years(p))) for p in sorted({r.period for r in rows})),
    )


def explorer_files(site: Site) -> list[tuple[str, bytes]]:
    """Every data file of the explorer, as (path from the site's root, bytes)."""
    return explorer_files_of(explorer_table(site))


def explorer_files_of(table: Table) -> list[tuple[str, bytes]]:
    """The explorer's files made from its table."""
    figs = table.rows
    measure_list, measure_code = _vocabulary({
        **({"": ("", "")} if any(not r.indicator for r in figs) else {}),
        **{i: (name, f"indicators/{i}.html") for i, name in table.indicators}})
    place_list, place_code = _vocabulary({
        **({"": ("", "")} if any(not r.city for r in figs) else {}),
        **{c: (name, f"cities/{c}.html" if page else "") for c, name, page in table.places}})
    theme_list, theme_code = _vocabulary({
        **({"": ("", "")} if any(not r.theme for r in figs) else {}),
        **{t: (name, f"themes/{t}.html") for t, name in table.themes}})
    unit_list, unit_code = _vocabulary({u: (u, label) for u, label in table.units})
    statuses = sorted({r.status for r in figs})
    periods = [p for p, _ in table.periods]
    status_code = {s: n for n, s in enumerate(statuses)}
    period_code = {p: n for n, p in enumerate(periods)}

    # Grouped by indicator, each group in the site's order (sorted is stable).
    stored = sorted(range(len(figs)), key=lambda n: measure_code[figs[n].indicator])
    figs = [figs[n] for n in stored]
    groups: list[list[int]] = [[0, 0] for _ in measure_list]
    for n, f in enumerate(figs):
        group = groups[measure_code[f.indicator]]
        if group[1] == 0:
            group[0] = n
        group[1] = n + 1

    columns: dict[str, list[int]] = {
        "order": stored,
        "metric": ranks([f.metric.lower() for f in figs]),
        "value": ranks([f.value for f in figs]),
        "usd": ranks([-1.0 if f.usd is None else f.usd for f in figs]),
        "period": [period_code[f.period] for f in figs],
        "status": [status_code[f.status] for f in figs],
        "city": [place_code[f.city] for f in figs],
        "theme": [theme_code[f.theme] for f in figs],
        "source": ranks([f.text.lower() for f in figs]),
        "unit": [unit_code[f.unit] for f in figs],
    }
    widths: dict[str, int] = {}
    files: list[tuple[str, bytes]] = []
    for key in COLUMNS:
        widths[key], text = encode(columns[key])
        files.append((f"{FOLDER}/col-{key}.js", _script("column", key, text)))

    for n, start in enumerate(range(0, len(figs), CHUNK)):
        articles: dict[str, int] = {}
        titles: list[list[str]] = []
        out = []
        for f in figs[start:start + CHUNK]:
            if f.slug not in articles:
                articles[f.slug] = len(titles)
                titles.append([f.slug, f.title])
            out.append([
                f.metric, f.qualifier, f.shown, "" if f.kind == "level" else f.kind, f.usd_shown, f.period, f.status,
                measure_code[f.indicator], place_code[f.city], theme_code[f.theme], articles[f.slug], f.anchor, f.text,
            ])
        files.append((f"{FOLDER}/rows-{n}.js", _script("rows", n, titles, out)))

    index = {
        "format": FORMAT, "total": len(figs), "chunk": CHUNK, "digits": DIGITS, "widths": widths,
        "indicator": measure_list, "groups": groups, "city": place_list, "theme": theme_list,
        "unit": unit_list, "status": statuses,
        "period": [[p, list(years)] for p, years in table.periods],
    }
    return [(f"{FOLDER}/index.js", _script("index", index)), *files]
