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
from typing import TYPE_CHECKING, Any, Callable, Hashable, Sequence

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


def explorer_files(site: Site) -> list[tuple[str, bytes]]:
    """Every data file of the explorer, as (path from the site's root, bytes)."""
    region = site.region
    indicators = site.indicator_index
    figures = [r.figure for r in site.figures]

    def indicator_of(f: Any) -> str:
        return f.indicator if f.indicator in indicators else ""

    found_indicators = {indicator_of(f) for f in figures}
    measure_list, measure_code = _vocabulary({
        i: (indicators[i].name, f"indicators/{i}.html") if i else ("", "") for i in found_indicators})
    places = {f.city or "" for f in figures}
    place_list, place_code = _vocabulary({
        c: (region.place_name(c), f"cities/{c}.html" if c in region.places else "") if c else ("", "") for c in places})
    themes = {f.theme or "" for f in figures}
    theme_list, theme_code = _vocabulary({
        t: (region.theme_name(t), f"themes/{t}.html") if t else ("", "") for t in themes})
    unit_list, unit_code = _vocabulary({u: (u, UNITS[u].chart.format(raw="other units")) for u in {f.unit for f in figures}})
    statuses = sorted({f.status for f in figures})
    periods = sorted({f.period or "" for f in figures})
    status_code = {s: n for n, s in enumerate(statuses)}
    period_code = {p: n for n, p in enumerate(periods)}

    # Grouped by indicator, each group in the site's order (sorted is stable).
    stored = sorted(range(len(figures)), key=lambda n: measure_code[indicator_of(figures[n])])
    rows = [site.figures[n] for n in stored]
    figs = [figures[n] for n in stored]
    groups: list[list[int]] = [[0, 0] for _ in measure_list]
    for n, f in enumerate(figs):
        group = groups[measure_code[indicator_of(f)]]
        if group[1] == 0:
            group[0] = n
        group[1] = n + 1

    columns: dict[str, list[int]] = {
        "order": stored,
        "metric": ranks([f.metric.lower() for f in figs]),
        "value": ranks([f.value for f in figs]),
        "usd": ranks([-1.0 if f.usd is None else f.usd for f in figs]),
        "period": [period_code[f.period or ""] for f in figs],
        "status": [status_code[f.status] for f in figs],
        "city": [place_code[f.city or ""] for f in figs],
        "theme": [theme_code[f.theme or ""] for f in figs],
        "source": ranks([f.text.lower() for f in figs]),
        "unit": [unit_code[f.unit] for f in figs],
    }
    widths: dict[str, int] = {}
    files: list[tuple[str, bytes]] = []
    for key in COLUMNS:
        widths[key], text = encode(columns[key])
        files.append((f"{FOLDER}/col-{key}.js", _script("column", key, text)))

    for n, start in enumerate(range(0, len(rows), CHUNK)):
        articles: dict[str, int] = {}
        titles: list[list[str]] = []
        out = []
        for r, f in zip(rows[start:start + CHUNK], figs[start:start + CHUNK]):
            slug = r.view.article.slug
            if slug not in articles:
                articles[slug] = len(titles)
                titles.append([slug, r.view.article.title])
            out.append([
                f.metric, f.qualifier or "", format_value(f), "" if f.kind == "level" else f.kind,
                f"${human_amount(f.usd)}" if f.usd else "", f.period or "", f.status,
                measure_code[indicator_of(f)], place_code[f.city or ""], theme_code[f.theme or ""],
                articles[slug], r.anchor or "", f.text,
            ])
        files.append((f"{FOLDER}/rows-{n}.js", _script("rows", n, titles, out)))

    index = {
        "format": FORMAT, "total": len(figs), "chunk": CHUNK, "digits": DIGITS, "widths": widths,
        "indicator": measure_list, "groups": groups, "city": place_list, "theme": theme_list,
        "unit": unit_list, "status": statuses,
        "period": [[p, [int(y) for y in period_years(p)]] for p in periods],
    }
    return [(f"{FOLDER}/index.js", _script("index", index)), *files]
