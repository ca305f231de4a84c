"""Comparisons drawn at build time: bar geometry for SVG charts, conflicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..units import UNITS
from .render import format_value

MAX_BARS = 12
KIND_LABELS = {"level": "amounts", "change": "changes", "share": "shares"}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    display: str
    status: str
    href: str
    width: float  # 0..1 of the longest bar


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    bars: tuple[Bar, ...]


def _period_key(row: Any) -> tuple[str, str]:
    return (row.figure.period or "", row.view.article.slug)


def charts_for(rows: Sequence[Any], place_name: Callable[[str], str], prefix: str,
               by_period: bool = False) -> list[Chart]:
    """One chart per unit and kind with at least two figures to compare."""
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for row in rows:
        fig = row.figure
        unit = fig.raw_unit if fig.unit == "other" else fig.unit
        groups[(fig.unit, unit or "", fig.kind)].append(row)
    charts = []
    for (unit, shown_unit, kind), members in sorted(groups.items()):
        if len(members) < 2:
            continue
        if by_period:
            members = sorted(members, key=_period_key)[-MAX_BARS:]
        else:
            members = sorted(members, key=lambda r: (-abs(r.figure.value), r.view.article.slug, r.figure.text))[:MAX_BARS]
        top = max(abs(r.figure.value) for r in members) or 1.0
        bars = tuple(
            Bar(
                label=_label(r, place_name, by_period),
                value=r.figure.value,
                display=format_value(r.figure),
                status=r.figure.status,
                href=f"articles/{r.view.article.slug}.html" + (f"#{r.anchor}" if r.anchor else ""),
                width=abs(r.figure.value) / top,
            )
            for r in members
        )
        what = f"{UNITS[unit].chart.format(raw=shown_unit)} ({KIND_LABELS[kind]})"
        order = "by period" if by_period else "largest first"
        charts.append(Chart(
            id=f"{prefix}-{unit.lower()}-{kind}".replace(" ", "-"),
            title=f"Figures in {what}",
            description=f"Bar chart of {len(bars)} figures in {what}, {order}; targets are hatched.",
            bars=bars,
        ))
    return charts


def _label(row: Any, place_name: Callable[[str], str], by_period: bool) -> str:
    fig = row.figure
    period = f" ({fig.period})" if fig.period else ""
    if by_period:
        return f"{fig.metric}{period}"
    return f"{place_name(fig.city) if fig.city else ''}: {fig.metric}{period}"


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
