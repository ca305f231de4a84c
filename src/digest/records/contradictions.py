"""Figures that contradict themselves: warnings for `digest check`, not errors.

A record can be valid and still say something impossible: a target whose
period ended before the article was published, a result dated after it, a
level in another unit than its indicator's. The editor decides; the check
only points.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..errors import Problem
from ..model import Article, Indicator

_YEAR = re.compile(r"(?:19|20)\d\d")
MONEY = frozenset({"CNY", "USD"})  # one indicator's amounts may be given in either


def contradictions(articles: Iterable[Article], indicators: Iterable[Indicator]) -> list[Problem]:
    """One warning per self-contradicting figure, in record and figure order."""
    units = {i.id: i.unit for i in indicators}
    out: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.path):
        for n, figure in enumerate(article.figures):
            where = f'figures[{n}] ("{figure.text}")'
            years = [int(y) for y in _YEAR.findall(figure.period or "")]
            if article.date and years:
                if figure.status == "target" and max(years) < article.date.year:
                    out.append(Problem(article.path, f"{where}: a target for {figure.period}, which ended before "
                                                     f"the article's date {article.date.isoformat()}"))
                if figure.status == "actual" and min(years) > article.date.year:
                    out.append(Problem(article.path, f"{where}: a result for {figure.period}, after the article's "
                                                     f"date {article.date.isoformat()}: a target?"))
            expected = units.get(figure.indicator or "")
            if (expected and figure.kind == "level" and figure.unit != expected
                    and not {figure.unit, expected} <= MONEY):
                out.append(Problem(article.path, f"{where}: a level in {figure.unit}, but indicator "
                                                 f"{figure.indicator} is measured in {expected}"))
    return out
