"""Comparisons drawn at build time: bar geometry for SVG charts, conflicts.

A chart holds figures of ONE indicator, one kind and one unit (and, for an
indicator that describes one item of a place, one item: the figure's theme),
so that its bars measure the same thing. Figures with no indicator (a
definition, a threshold, one company's number) are never charted: they stay
in the tables.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

from ..model import Indicator
from ..units import UNITS, is_rate
from .render import format_value

MAX_BARS = 12
# What a chart's bars are, in words: "{unit}" is the unit's chart label of units.yaml.
KIND_WORDS = {"level": "amount in {unit}", "change": "change in {unit}", "share": "share in {unit}"}
COUNT_WORDS = {"level": "number", "change": "change in number", "share": "share"}
STATUS_ORDER = ("actual", "target")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    display: str
    status: str
    href: str
    width: float  # 0..1 of the longest bar
    place: str
    period: str


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    bars: tuple[Bar, ...]

    @property
    def statuses(self) -> tuple[str, ...]:
        """The statuses its bars have, for the legend: actual first."""
        present = {b.status for b in self.bars}
        return tuple(s for s in STATUS_ORDER if s in present)


# (indicator, kind, unit, unit as shown, item): figures with one key measure the same thing.
SeriesKey = tuple[str, str, str, str, str]


def series_key(fig: Any, indicators: Mapping[str, Indicator]) -> SeriesKey | None:
    """What a figure measures, as far as charts go; None when it may not be charted."""
    indicator = indicators.get(fig.indicator) if fig.indicator else None
    if indicator is None:
        return None
    item = ""
    if indicator.scope == "item":
        # The item (coal, hydrogen, ...) is the figure's theme; without one it is
        # named only in the metric's words, and two items could share a chart.
        if not fig.theme:
            return None
        item = fig.theme
    shown = fig.raw_unit or ""  # "mu", "times", and "yuan per kilogram" apart from plain yuan
    return (indicator.id, fig.kind, fig.unit, shown, item)


def what(key: SeriesKey, indicators: Mapping[str, Indicator], theme_name: Callable[[str], str]) -> str:
    """'Gross domestic product, change in percent': the indicator and the kind and unit in words."""
    ident, kind, unit, shown, item = key
    label = shown if is_rate(shown) else UNITS[unit].chart.format(raw=shown)  # "yuan per kilogram"
    words = COUNT_WORDS[kind] if unit == "count" else KIND_WORDS[kind].format(unit=label)
    name = indicators[ident].name + (f" ({theme_name(item)})" if item else "")
    return f"{name}, {words}"


def _groups(rows: Sequence[Any], indicators: Mapping[str, Indicator],
            by: Callable[[Any], str | None]) -> dict[tuple[SeriesKey, str], list[Any]]:
    """Chartable rows by series and by(row); rows for which by gives None are left out,
    and so is a figure its article states again (in its headline and its text, say):
    one fact is one bar."""
    out: dict[tuple[SeriesKey, str], list[Any]] = defaultdict(list)
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        key = series_key(row.figure, indicators)
        extra = by(row)
        fig = row.figure
        fact = (key, extra, row.view.article.slug, fig.value, fig.period, fig.city, fig.status)
        if key is not None and extra is not None and fact not in seen:
            seen.add(fact)
            out[(key, extra)].append(row)
    return out


def over_time(rows: Sequence[Any], indicators: Mapping[str, Indicator], region: Any, prefix: str) -> list[Chart]:
    """For each place and series, a chart of its figures by period, when it has two periods or more."""
    charts = []
    groups = _groups(rows, indicators, lambda r: r.figure.city if r.figure.period else None)
    for (key, place), members in sorted(groups.items()):
        if len({r.figure.period for r in members}) < 2:
            continue
        members = sorted(members, key=lambda r: (r.figure.period, STATUS_ORDER.index(r.figure.status),
                                                 r.view.article.slug, r.figure.text))[-MAX_BARS:]
        title = f"{what(key, indicators, region.theme_name)}: {region.place_name(place)} over time"
        charts.append(_chart(f"{prefix}-{'-'.join(key)}-{place}", title, members, region,
                             lambda r: f"{r.figure.period}: {r.figure.metric}", "by period"))
    return charts


def across_places(rows: Sequence[Any], indicators: Mapping[str, Indicator], region: Any,
                  prefix: str) -> list[Chart]:
    """For each period and series, a chart of its places side by side, when it has two places or more."""
    charts = []
    groups = _groups(rows, indicators, lambda r: r.figure.period if r.figure.city else None)
    for (key, period), members in sorted(groups.items()):
        if len({r.figure.city for r in members}) < 2:
            continue
        members = sorted(members, key=lambda r: (-abs(r.figure.value), r.view.article.slug, r.figure.text))[:MAX_BARS]
        title = f"{what(key, indicators, region.theme_name)}: places compared, {period}"
        charts.append(_chart(f"{prefix}-{'-'.join(key)}-{period}", title, members, region,
                             lambda r: f"{region.place_name(r.figure.city)}: {r.figure.metric}", "largest first"))
    return charts


def unique_ids(charts: list[Chart]) -> list[Chart]:
    """The charts with ids made unique on their page (two keys may slug alike)."""
    seen: set[str] = set()
    out = []
    for chart in charts:
        ident, n = chart.id, 1
        while ident in seen:
            n += 1
            ident = f"{chart.id}-{n}"
        seen.add(ident)
        out.append(chart if ident == chart.id else Chart(ident, chart.title, chart.description, chart.bars))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _chart(ident: str, title: str, members: Sequence[Any], region: Any, label: Callable[[Any], str],
           order: str) -> Chart:
    top = max(abs(r.figure.value) for r in members) or 1.0
    bars = tuple(
        Bar(
            label=label(r),
            value=r.figure.value,
            display=format_value(r.figure),
            status=r.figure.status,
            href=f"articles/{r.view.article.slug}.html" + (f"#{r.anchor}" if r.anchor else ""),
            width=abs(r.figure.value) / top,
            place=region.place_name(r.figure.city) if r.figure.city else "",
            period=r.figure.period or "",
        )
        for r in members
    )
    hatched = "; targets are hatched" if any(b.status == "target" for b in bars) else ""
    return Chart(id=_slug(ident), title=title,
                 description=f"Bar chart of {len(bars)} figures, {order}{hatched}.", bars=bars)


def conflicts(rows: Sequence[Any]) -> list[list[Any]]:
    """Groups of figures from different articles that disagree on one fact.

    The same place, metric, unit, kind and period with different values in
    two articles is a conflict an editor or reader should see.
    """
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in rows:
        fig = row.figure
        if fig.period:
            key = (fig.city, fig.metric.strip().lower(), fig.unit, fig.kind, fig.period, fig.status)
            groups[key].append(row)
    out = []
    for key in sorted(groups, key=lambda k: tuple(str(x) for x in k)):
        members = groups[key]
        articles = {r.view.article.slug for r in members}
        values = {r.figure.value for r in members}
        if len(articles) > 1 and len(values) > 1:
            out.append(members)
    return out
