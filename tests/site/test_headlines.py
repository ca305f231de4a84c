"""The home page's key figures: each indicator's latest result and the change from its previous comparable one."""

from __future__ import annotations

import datetime as dt
import re

from conftest import PROJECT
from digest.build import build
from digest.model import Article, Figure, Indicator, Source
from digest.records.region import load_region
from digest.site.headlines import headlines, period_order
from digest.site.render import ArticleView, FigureRow

REGION = load_region(PROJECT / "content")
GDP = Indicator("gdp", "Gross domestic product", "CNY", "flow", "place", "All value added.")
COAL = Indicator("raw-coal-output", "Raw coal output", "t", "flow", "place", "Coal mined.")
MINES = Indicator("coal-mines", "Coal mines", "count", "stock", "place", "Mines working.")
STEEL = Indicator("industry-output-value", "Industry output value", "CNY", "flow", "item", "One industry.", item="industry")
VOCABULARY = (GDP, COAL, STEEL, MINES)


def rows(*specs: tuple[str, dict]) -> list[FigureRow]:
    """One article per figure, dated in the order given (later spec, newer article)."""
    out = []
    for n, (indicator, fields) in enumerate(specs):
        values = {"metric": indicator, "unit": "CNY", "text": f"figure {n}", "kind": "level", "status": "actual",
                  "city": "taiyuan", "period": "2022", "value": 100.0, "indicator": indicator, **fields}
        figure = Figure(**values)
        article = Article(slug=f"a{n:02d}", title=f"Article {n}", date=dt.date(2025, 6, 1) + dt.timedelta(days=n),
                          city=figure.city if figure.city in REGION.places else "shanxi", cities=(), sector=None,
                          themes=(), source=Source(file=f"seeds/a{n}.txt"), body="x\n", figures=(figure,))
        out.append(FigureRow(ArticleView(article, "", ("s1",)), figure, "s1"))
    return out


def test_the_latest_value_is_compared_only_with_the_same_indicator_kind_unit_place_and_period_shape():
    found = headlines(rows(
        ("gdp", {"period": "2021", "value": 80.0}),
        ("gdp", {"period": "2022", "value": 100.0}),
        ("gdp", {"period": "2023", "value": 110.0}),
        ("gdp", {"period": "2024", "value": 5.0, "unit": "percent", "kind": "change"}),  # another kind
        ("gdp", {"period": "2024", "value": 7.0, "city": "datong"}),  # another place
        ("gdp", {"period": "2024", "value": 9.0, "status": "target"}),  # not a result
        ("gdp", {"period": "2024-H1", "value": 60.0}),  # half a year
    ), VOCABULARY, REGION)
    assert len(found) == 1
    h = found[0]
    latest = h.latest.figure
    # 2024 is the latest period: Datong's amount (a series of one) or GDP's change, and
    # never the target; the first half of 2024 ends before the whole year does.
    assert latest.period == "2024" and latest.status == "actual"
    assert h.previous is None and h.difference == "" and h.values == 1

    found = headlines(rows(
        ("gdp", {"period": "2021", "value": 80.0}),
        ("gdp", {"period": "2022", "value": 100.0}),
        ("gdp", {"period": "2023-H1", "value": 50.0}),
        ("gdp", {"period": "2022-H1", "value": 40.0}),
        ("gdp", {"period": "2023-H1", "value": 9.0, "city": "datong"}),
    ), VOCABULARY, REGION)
    h = found[0]
    # The 2023 first half is compared with the 2022 first half, not with the year 2022;
    # Datong's figure of the same period has nothing to compare with: the series with a trend comes first.
    assert h.latest.figure.city == "taiyuan" and h.latest.figure.period == "2023-H1"
    assert h.previous.figure.period == "2022-H1" and h.difference == "up 25%" and h.values == 2
    assert h.what == "Gross domestic product, amount in yuan"


def test_the_difference_is_in_points_for_rates_and_left_out_for_bounds():
    pair = lambda old, new: headlines(rows(("gdp", {"period": "2022", **old}), ("gdp", {"period": "2023", **new})),
                                      VOCABULARY, REGION)[0]
    growth = {"unit": "percent", "kind": "change"}
    assert pair({**growth, "value": 4.4}, {**growth, "value": 5.0}).difference == "up 0.6 percentage points"
    assert pair({**growth, "value": 5.0}, {**growth, "value": 4.0}).difference == "down 1 percentage point"
    assert pair({"value": 100.0}, {"value": 100.0}).difference == "unchanged"
    assert pair({"value": 200.0, "qualifier": "about"}, {"value": 150.0}).difference == "down about 25%"
    bound = pair({"value": 100.0, "qualifier": "over"}, {"value": 150.0})
    assert bound.previous is not None and bound.difference == ""  # "over 100" gives no difference
    added = {"unit": "count", "kind": "change"}
    assert pair({**added, "value": 10.0}, {**added, "value": 12.0}).difference == "up 2"


def test_two_reports_of_one_period_give_no_trend_and_the_newest_article_speaks():
    h = headlines(rows(("gdp", {"value": 100.0}), ("gdp", {"value": 104.0})), VOCABULARY, REGION)[0]
    assert h.previous is None and h.values == 1
    assert h.latest.figure.value == 104.0  # the newer article's


def test_indicators_are_ranked_by_their_results_and_only_whole_places_count():
    found = headlines(rows(
        ("raw-coal-output", {"unit": "t", "period": "2021"}),
        ("raw-coal-output", {"unit": "t", "period": "2022"}),
        ("gdp", {"period": "2022"}),
        ("industry-output-value", {"period": "2022", "theme": "steel"}),  # one industry: not a headline
        ("industry-output-value", {"period": "2023", "theme": "steel"}),
        ("industry-output-value", {"period": "2024", "theme": "steel"}),
    ), VOCABULARY, REGION)
    assert [h.indicator.id for h in found] == ["raw-coal-output", "gdp"]
    assert headlines(rows(("gdp", {}), ("raw-coal-output", {"unit": "t"})), VOCABULARY, REGION, limit=1)[0].indicator.id == "gdp"


def test_no_figure_that_qualifies_means_no_headline():
    assert headlines(rows(
        ("gdp", {"status": "target"}),
        ("gdp", {"kind": "share", "unit": "percent"}),
        ("gdp", {"city": "china"}),
        ("gdp", {"period": None}),
        ("gdp", {"period": "last year"}),
        ("raw-coal-output", {"indicator": None}),
        ("raw-coal-output", {"unit": "t", "period": "2025"}),  # the articles are of June 2025: not over yet
        ("coal-mines", {"unit": "count", "period": "2026"}),  # a count at a date to come
    ), VOCABULARY, REGION) == ()
    # A count of this year is the count when the article appeared.
    mines = headlines(rows(("coal-mines", {"unit": "count", "period": "2025"})), VOCABULARY, REGION)
    assert [h.latest.figure.period for h in mines] == ["2025"]


def test_periods_have_a_shape_and_an_end():
    assert period_order("2023") == ("year", (2023, 12))
    assert period_order("2023-H1") == ("H1", (2023, 6))
    assert period_order("2022-Q1-Q3") == ("Q1-Q3", (2022, 9))
    assert period_order("2016-2020") == ("5 years", (2020, 12))
    assert period_order("2021-01-2021-10") == ("months 1-10 over 0", (2021, 10))
    assert period_order("2020-2016") is None and period_order(None) is None and period_order("spring") is None


def test_the_home_page_shows_each_key_figure_with_links_to_its_indicator_and_sentence(samples, mini):
    build(samples)
    home = (samples.out / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section aria-labelledby="key-figures".*?</section>', home, re.S).group(0)
    cards = re.findall(r"<li>.*?</li>", section, re.S)
    assert 1 <= len(cards) <= 4
    for card in cards:
        indicator = re.search(r'<h3><a href="(indicators/[a-z0-9-]+\.html)">', card).group(1)
        assert (samples.out / indicator).is_file()
        for page, anchor in re.findall(r'href="(articles/[a-z0-9-]+\.html)#(s\d+)"', card):
            assert f'id="{anchor}"' in (samples.out / page).read_text(encoding="utf-8")
        assert re.search(r'<p class="meta">[^<]+ · (19|20)\d\d', card)
    # The mini-site's records name no indicator: no section, not an empty one.
    build(mini)
    assert "key-figures" not in (mini.out / "index.html").read_text(encoding="utf-8")
