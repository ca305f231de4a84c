"""digest check's warnings: figures that contradict themselves."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from digest.model import Article, Figure, Indicator, Source
from digest.records.contradictions import contradictions

GDP = Indicator(id="gdp", name="GDP", unit="CNY", measure="flow", scope="place", definition="d")


def article(*figures: Figure, date: dt.date | None = dt.date(2023, 6, 1)) -> Article:
    return Article(slug="a", title="t", date=date, city="datong", cities=(), sector=None, themes=(),
                   source=Source(file="seeds/a.txt"), figures=figures, path="content/articles/a.md")


def fig(text: str, **fields) -> Figure:
    return Figure(**{"metric": "m", "value": 1.0, "unit": "CNY", "text": text, **fields})


def test_each_kind_of_contradiction_is_named_with_its_figure():
    warnings = contradictions([article(
        fig("5 billion yuan", status="target", period="2022"),
        fig("6 billion yuan", status="actual", period="2024-2025"),
        fig("40 percent", unit="percent", indicator="gdp"),
    )], [GDP])
    assert [str(w) for w in warnings] == [
        "content/articles/a.md: figures[0] (\"5 billion yuan\"): a target for 2022, which ended before the article's date 2023-06-01",
        "content/articles/a.md: figures[1] (\"6 billion yuan\"): a result for 2024-2025, after the article's date 2023-06-01: a target?",
        "content/articles/a.md: figures[2] (\"40 percent\"): a level in percent, but indicator gdp is measured in CNY",
    ]


def test_consistent_figures_and_undated_articles_give_no_warning():
    assert contradictions([article(
        fig("5 billion yuan", status="target", period="2021-2025", indicator="gdp"),
        fig("6 billion yuan", status="actual", period="2023-H1"),
        fig("$1 billion", unit="USD", indicator="gdp"),  # money in either currency
        fig("5 percent", unit="percent", kind="change", indicator="gdp"),  # growth of GDP
    )], [GDP]) == []
    assert contradictions([article(fig("5 billion yuan", status="target", period="2019"), date=None)], [GDP]) == []


def test_check_prints_the_warnings_and_still_succeeds(samples):
    record = samples.content / "articles/changzhi-lauded-by-state-council-for-industrial-upgrading.md"
    text = record.read_text(encoding="utf-8")
    seven = "  text: 7 billion yuan\n"
    start = text.index(seven)
    end = text.index("  status: actual\n", start) + len("  status: actual\n")
    block = text[start:end]
    assert "period: '2022'" in block and "\ndate: 2022-06-21" in text
    record.write_text(text[:start] + block.replace("period: '2022'", "period: '2021'").replace("actual", "target")
                      + text[end:], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "digest", "check", "--root", str(samples.root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (f"warning: content/articles/{record.name}: figures[1] (\"7 billion yuan\"): a target "
                           "for 2021, which ended before the article's date 2022-06-21\n")
    assert done.stdout == "ok: 5 records, 74 figures, 1 warning\n"
