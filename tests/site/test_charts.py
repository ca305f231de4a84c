"""Charts compare like with like: one indicator, kind and unit per chart, never a definition."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import MINISITE, PROJECT
from digest.build import build
from digest.settings import load_settings

INDICATORS = """\
indicators:
- id: gdp
  name: Gross domestic product
  unit: CNY
  measure: flow
  scope: place
  definition: Value added by all resident producers of the place in the period.
  terms: [GDP]
- id: fixed-asset-investment
  name: Fixed-asset investment
  unit: CNY
  measure: flow
  scope: place
  definition: Investment in fixed assets in the place in the period.
  terms: [fixed-asset investment]
- id: raw-coal-output
  name: Raw coal output
  unit: t
  measure: flow
  scope: place
  definition: Raw coal mined in the place in the period.
  terms: [raw coal output]
"""


def record(slug: str, date: str, figures: list[str], body: str) -> str:
    lines = "\n".join(f"- {{{f}}}" for f in figures)
    return (f"---\ntitle: {slug.replace('-', ' ').capitalize()}\ndate: {date}\ncity: ashford\ncities: [brenton]\n"
            f"sector: coal\nthemes: [coal]\nsource: {{file: seeds/{slug}.txt}}\nfigures:\n{lines}\nreview: []\n---\n\n"
            f"{body}\n")


# Two CNY indicators for Ashford over two periods each, both for Brenton in
# 2023, and a definition (the 20-million-yuan line, no indicator) in Brenton:
# by unit alone, all of them would share one chart.
ARTICLES = {
    "ashford-in-2022": record("ashford-in-2022", "2023-01-10", [
        "metric: GDP, value: 300000000000, unit: CNY, text: 300 billion yuan, period: '2022', city: ashford, "
        "theme: coal, indicator: gdp",
        "metric: fixed-asset investment, value: 90000000000, unit: CNY, text: 90 billion yuan, period: '2022', "
        "city: ashford, theme: coal, indicator: fixed-asset-investment",
    ], "Ashford's GDP reached 300 billion yuan in 2022.\n\n"
       "Its fixed-asset investment came to 90 billion yuan in 2022."),
    "ashford-in-2023": record("ashford-in-2023", "2024-01-10", [
        "metric: GDP, value: 320000000000, unit: CNY, text: 320 billion yuan, period: '2023', city: ashford, "
        "theme: coal, indicator: gdp",
        "metric: fixed-asset investment, value: 95000000000, unit: CNY, text: 95 billion yuan, period: '2023', "
        "city: ashford, theme: coal, indicator: fixed-asset-investment",
        "metric: GDP growth, value: 6.7, unit: percent, text: 6.7 percent, kind: change, period: '2023', "
        "city: ashford, theme: coal, indicator: gdp",
    ], "Ashford's GDP reached 320 billion yuan in 2023.\n\n"
       "Its fixed-asset investment came to 95 billion yuan in 2023.\n\n"
       "The economy grew 6.7 percent."),
    "brenton-in-2023": record("brenton-in-2023", "2024-02-01", [
        "metric: GDP, value: 150000000000, unit: CNY, text: 150 billion yuan, period: '2023', city: brenton, "
        "theme: coal, indicator: gdp",
        "metric: fixed-asset investment, value: 40000000000, unit: CNY, text: 40 billion yuan, period: '2023', "
        "city: brenton, theme: coal, indicator: fixed-asset-investment",
        "metric: revenue threshold of enterprises above designated size, value: 20000000, unit: CNY, "
        "text: 20 million yuan, period: '2023', city: brenton, theme: coal",
    ], "Brenton's GDP reached 150 billion yuan in 2023.\n\n"
       "Its fixed-asset investment came to 40 billion yuan in 2023.\n\n"
       "Enterprises above designated size are those with revenue of 20 million yuan or more."),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("charts") / "p"
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copy(MINISITE / "content" / "region.yaml", root / "content" / "region.yaml")
    (root / "content" / "indicators.yaml").write_text(INDICATORS, encoding="utf-8")
    for slug, text in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")
    shutil.copytree(PROJECT / "templates", root / "templates")
    (root / "seeds").mkdir()
    settings = load_settings(root, base_url="")
    build(settings)
    return settings.out


def figures_by_url(out: Path) -> dict[str, dict[str, str]]:
    """Each figure of the download by its sentence's address: every figure above has a sentence of its own."""
    rows = list(csv.DictReader(io.StringIO((out / "data/figures.csv").read_text(encoding="utf-8"), newline="")))
    assert len({r["url"] for r in rows}) == len(rows) == 8
    return {r["url"]: r for r in rows}


def charts(out: Path, page: str) -> dict[str, list[dict[str, str]]]:
    """Each chart of a page by its title, with the figures its data table links to."""
    html = (out / page).read_text(encoding="utf-8")
    figures = figures_by_url(out)
    depth = "../" * page.count("/")
    found: dict[str, list[dict[str, str]]] = {}
    for chart in re.findall(r'<figure class="chart".*?</figure>', html, re.S):
        title = re.search(r"<figcaption[^>]*>([^<]+)</figcaption>", chart).group(1)
        table = chart[chart.index("<table>"):]
        hrefs = re.findall(r'<a href="([^"]+)"', table)
        assert title not in found, f"{page}: two charts titled {title!r}"
        found[title] = [figures[h.removeprefix(depth)] for h in hrefs]
    return found


def measures(rows: list[dict[str, str]]) -> set[tuple[str, str, str]]:
    return {(r["indicator"], r["kind"], r["unit"]) for r in rows}


def test_no_chart_mixes_indicators_kinds_or_units_and_none_holds_a_definition(site: Path):
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    seen = 0
    for page in pages:
        for title, rows in charts(site, page).items():
            seen += 1
            assert len(measures(rows)) == 1, f"{page}: {title!r} mixes {sorted(measures(rows))}"
            assert all(r["indicator"] for r in rows), f"{page}: {title!r} charts a figure with no indicator"
        ids = re.findall(r'<figure class="chart" aria-labelledby="([^"]+)"', (site / page).read_text(encoding="utf-8"))
        assert len(ids) == len(set(ids)), f"{page}: chart ids repeat: {ids}"
    assert seen > 0


def test_city_charts_follow_one_indicator_over_time(site: Path):
    got = {title: [(r["period"], r["value"]) for r in rows] for title, rows in charts(site, "cities/ashford.html").items()}
    assert got == {
        "Gross domestic product, amount in yuan: Ashford over time": [("2022", "300000000000"), ("2023", "320000000000")],
        "Fixed-asset investment, amount in yuan: Ashford over time": [("2022", "90000000000"), ("2023", "95000000000")],
    }
    # Brenton has one period of each: nothing to chart over time.
    assert charts(site, "cities/brenton.html") == {}


def test_theme_charts_compare_places_on_one_indicator_and_one_period(site: Path):
    got = {title: [(r["city"], r["period"]) for r in rows] for title, rows in charts(site, "themes/coal.html").items()}
    assert got == {
        "Gross domestic product, amount in yuan: places compared, 2023": [("ashford", "2023"), ("brenton", "2023")],
        "Fixed-asset investment, amount in yuan: places compared, 2023": [("ashford", "2023"), ("brenton", "2023")],
    }


def test_an_indicator_page_has_its_figures_charts_and_csv_and_the_index_lists_only_used_indicators(site: Path):
    assert sorted(charts(site, "indicators/gdp.html")) == [
        "Gross domestic product, amount in yuan: Ashford over time",
        "Gross domestic product, amount in yuan: places compared, 2023",
    ]
    page = (site / "indicators/gdp.html").read_text(encoding="utf-8")
    assert page.count('class="swatch swatch-actual"') == 2  # a legend under each chart's caption
    assert "6.7%" in page  # the growth rate is in the table, alone of its kind and unit: no chart
    rows = list(csv.DictReader(io.StringIO((site / "data/indicators/gdp.csv").read_text(encoding="utf-8"))))
    assert sorted((r["city"], r["period"], r["kind"]) for r in rows) == [
        ("ashford", "2022", "level"), ("ashford", "2023", "change"), ("ashford", "2023", "level"),
        ("brenton", "2023", "level")]
    index = (site / "indicators/index.html").read_text(encoding="utf-8")
    assert 'href="gdp.html"' in index and 'href="fixed-asset-investment.html"' in index
    assert "Raw coal output" in index and 'href="raw-coal-output.html"' not in index
    assert not (site / "indicators/raw-coal-output.html").exists()


def test_a_price_per_unit_never_shares_a_series_with_plain_amounts():
    # A record edited by hand may give "3.2 yuan per kilogram" an indicator: it still
    # has a series of its own, labelled with what it is paid for.
    from types import SimpleNamespace

    from digest.records.indicators import Indicator
    from digest.site.charts import series_key, what

    gdp = Indicator(id="gdp", name="Gross domestic product", unit="CNY", measure="flow", scope="place",
                    definition="Value added.")
    amount = SimpleNamespace(indicator="gdp", kind="level", unit="CNY", raw_unit=None, theme="coal")
    price = SimpleNamespace(indicator="gdp", kind="level", unit="CNY", raw_unit="yuan per kilogram", theme="coal")
    keys = {series_key(f, {"gdp": gdp}) for f in (amount, price)}
    assert len(keys) == 2
    assert "yuan per kilogram" in what(series_key(price, {"gdp": gdp}), {"gdp": gdp}, str)


def test_a_fact_an_article_states_twice_is_one_bar():
    # A headline's figure and the same figure in the text ("grows 6.2%" ... "6.2 percent")
    # are both in the record; a chart shows the fact once.
    from types import SimpleNamespace

    from digest.records.indicators import Indicator
    from digest.site.charts import over_time

    gdp = Indicator(id="gdp", name="Gross domestic product", unit="percent", measure="flow", scope="place",
                    definition="Value added.")
    region = SimpleNamespace(theme_name=str, place_name=str)

    def row(slug, value, period, text):
        fig = SimpleNamespace(indicator="gdp", kind="change", unit="percent", raw_unit=None, theme="coal",
                              value=value, period=period, city="datong", status="actual", metric="GDP growth",
                              text=text, qualifier=None, usd=None, value_max=None)
        return SimpleNamespace(figure=fig, view=SimpleNamespace(article=SimpleNamespace(slug=slug)), anchor=None)

    rows = [row("a", 6.2, "2019", "6.2%"), row("a", 6.2, "2019", "6.2 percent"), row("b", 5.1, "2018", "5.1 percent"),
            row("c", 6.2, "2019", "6.2 percent")]
    [chart] = over_time(rows, {"gdp": gdp}, region, "t")
    assert len(chart.bars) == 3  # article a's repeat is dropped; article c's same value stays
