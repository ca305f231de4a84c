"""The home page's headline indicators: the latest value of a few indicators and their trend.

A headline is one series: figures of one indicator, one kind, one unit, one
place and one shape of period (a year, a first half, the first three
quarters...), reported as results (status actual), at the province or at
one of its cities. Its trend is the change from the series' previous period,
and only from it: a half year is not compared with a year, a city with the
province, a growth rate with an amount. With one value there is no trend;
with no series there is no headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ..model import Figure, Indicator
from ..units import UNITS
from .charts import what
from .render import human_amount

HEADLINES = 4
KINDS = ("level", "change")  # a share of something is not a headline number
POINTS = ("percent", "percentage-points")  # units whose difference is in percentage points
BOUNDS = ("over", "under")  # a value that is a bound gives no difference

# A period the loader writes: '2023', '2023-H1', '2023-Q1-Q3', '2016-2020', '2021-01-2021-10'.
_PERIOD = re.compile(r"(?P<y>(?:19|20)\d\d)(?:-(?P<part>H[12]|Q[1-4](?:-Q[1-4])?)"
                     r"|-(?P<y2>(?:19|20)\d\d)|-(?P<m1>\d\d)-(?P<y3>(?:19|20)\d\d)-(?P<m2>\d\d))?")
_PART_END = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}


def period_order(period: str | None) -> tuple[str, tuple[int, int]] | None:
    """A period's shape and its end as (year, month): '2023-H1' -> ('H1', (2023, 6));
    None for a period the site cannot place in time. Two periods compare only
    when their shapes are equal (a year with a year, a first half with a first half)."""
    match = _PERIOD.fullmatch(period or "")
    if match is None:
        return None
    year = int(match.group("y"))
    if match.group("part"):
        part = match.group("part")
        return part, (year, _PART_END[part.rsplit("-", 1)[-1]])
    if match.group("y2"):
        last = int(match.group("y2"))
        if last < year:
            return None
        return f"{last - year + 1} years", (last, 12)
    if match.group("m1"):
        first, last, end_year = int(match.group("m1")), int(match.group("m2")), int(match.group("y3"))
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return None
        return f"months {first}-{last} over {end_year - year}", (end_year, last)
    return "year", (year, 12)


@dataclass(frozen=True)
class Headline:
    """One indicator's latest value on the home page, and its trend when it has one."""

    indicator: Indicator
    what: str  # the indicator, kind and unit in words, as the charts name them
    latest: Any  # a FigureRow
    previous: Any | None  # the series' value of the period before, or None
    difference: str  # 'up 4.2%', 'down 0.6 percentage points', 'unchanged'; '' when not computed
    values: int  # how many values the series has, one per period


def _difference(new: Figure, old: Figure) -> str:
    """The change from old to new in words, or '' when it cannot honestly be said."""
    if new.qualifier in BOUNDS or old.qualifier in BOUNDS or new.value_max is not None or old.value_max is not None:
        return ""
    about = "about " if "about" in (new.qualifier, old.qualifier) else ""
    delta = new.value - old.value
    if delta == 0:
        return "unchanged"
    direction = "up" if delta > 0 else "down"
    if new.unit in POINTS:
        amount = f"{human_amount(round(abs(delta), 2))} percentage point{'' if abs(delta) == 1 else 's'}"
    elif new.kind == "level" and old.value > 0 and new.value >= 0:
        amount = f"{human_amount(round(abs(delta) / old.value * 100, 1))}%"
    else:
        amount = UNITS[new.unit].format(human_amount(abs(delta)), new.raw_unit)
    return f"{direction} {about}{amount}"


def _newest(row: Any) -> tuple[Any, ...]:
    """Among figures of one period, the newest article's first (a later report may revise an earlier one)."""
    article = row.view.article
    return (article.date is None, -(article.date.toordinal() if article.date else 0), article.slug,
            article.figures.index(row.figure))


def headlines(rows: Sequence[Any], indicators: Sequence[Indicator], region: Any,
              limit: int = HEADLINES) -> tuple[Headline, ...]:
    """The indicators with the most results at the province or a city, each with its latest value.

    Indicators are ranked by their number of such figures, then by their
    periods, then in the vocabulary's order. Of an indicator's series the
    one with the latest period is shown; on a tie the province's, then one
    with a trend, then amounts before changes. Only indicators of a whole
    place count: one industry's output needs its industry named beside it.
    """
    vocabulary: Mapping[str, Indicator] = {i.id: i for i in indicators}
    series: dict[tuple[Any, ...], list[tuple[tuple[int, int], Any]]] = {}
    counts: dict[str, int] = {}
    periods: dict[str, set[str]] = {}
    for row in rows:
        f = row.figure
        indicator = vocabulary.get(f.indicator) if f.indicator else None
        if (indicator is None or indicator.scope != "place" or f.status != "actual" or f.kind not in KINDS
                or f.city not in region.places):
            continue
        order = period_order(f.period)
        if order is None:
            continue
        shape, end = order
        published = row.view.article.date
        # A flow or rate for a period not over when it was published is a plan's figure read as a
        # result; a stock is counted at a date, so this year's count is the count when published.
        if published is not None and end > ((published.year, 12) if indicator.measure == "stock"
                                            else (published.year, published.month)):
            continue
        shown = f.raw_unit or ""
        series.setdefault((indicator.id, f.kind, f.unit, shown, f.city, shape), []).append((end, row))
        counts[indicator.id] = counts.get(indicator.id, 0) + 1
        periods.setdefault(indicator.id, set()).add(f.period)
    position = {i.id: n for n, i in enumerate(indicators)}
    places = {slug: n for n, slug in enumerate(region.places)}
    ranked = sorted(counts, key=lambda ident: (-counts[ident], -len(periods[ident]), position[ident]))[:limit]
    out = []
    for ident in ranked:
        best: tuple[Any, ...] | None = None
        for key, members in series.items():
            if key[0] != ident:
                continue
            by_period: dict[tuple[int, int], Any] = {}
            for end, row in sorted(members, key=lambda m: (m[0], _newest(m[1]))):
                by_period.setdefault(end, row)  # the newest article's value of each period
            ends = sorted(by_period, reverse=True)
            latest = by_period[ends[0]]
            previous = by_period[ends[1]] if len(ends) > 1 else None
            _, kind, unit, _, place, _ = key
            rank = (tuple(-n for n in ends[0]), place != region.slug, previous is None, KINDS.index(kind),
                    places[place], unit, key)
            if best is None or rank < best[0]:
                best = (rank, key, latest, previous, len(ends))
        assert best is not None
        _, key, latest, previous, values = best
        indicator_id, kind, unit, shown, _, _ = key
        out.append(Headline(
            indicator=vocabulary[ident],
            what=what((indicator_id, kind, unit, shown, ""), vocabulary, region.theme_name),
            latest=latest, previous=previous,
            difference=_difference(latest.figure, previous.figure) if previous is not None else "",
            values=values,
        ))
    return tuple(out)
