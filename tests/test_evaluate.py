"""Scoring records against a gold file."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.evaluate import close, evaluate, match_figures
from digest.model import Figure

GOLD = {
    "a.txt": {
        "date": dt.date(2023, 3, 1),
        "city": "Datong",
        "cities": ["Datong", "Shuozhou"],
        "themes": ["coal", "hydrogen"],
        "figures": [
            {"value": 4_000_000_000, "unit": "CNY", "usd": 580_000_000, "text": "4 billion yuan", "metric": "m"},
            {"value": 12.5, "unit": "percent", "text": "12.5 percent", "metric": "m"},
            {"value": 30, "unit": "count", "text": "30", "metric": "m"},
            {"value": 30, "unit": "count", "text": "thirty", "metric": "m"},
        ],
    },
    "b.txt": {
        "date": None,
        "city": "Shanxi",
        "cities": [],
        "themes": ["tourism"],
        "figures": [{"value": 2, "unit": "count", "text": "two", "metric": "m"}],
    },
    "c.txt": {"date": None, "city": "Linfen", "cities": ["Linfen"], "themes": [], "figures": []},
}


def record(**overrides):
    base = {
        "date": "2023-03-01",
        "city": "datong",
        "cities": ["datong", "shuozhou"],
        "themes": ["coal", "hydrogen"],
        "figures": [
            {"value": 4_000_000_000, "unit": "CNY", "usd": 580_000_000, "text": "4 billion yuan"},
            {"value": 12.5, "unit": "percent", "text": "12.5 percent"},
            {"value": 30, "unit": "count", "text": "30"},
            {"value": 30, "unit": "count", "text": "thirty"},
        ],
    }
    base.update(overrides)
    return base


def test_perfect_record_scores_one():
    report = evaluate({"a.txt": record()}, {"a.txt": GOLD["a.txt"]})
    totals = report.totals
    for key in ("figure_precision", "figure_recall", "figure_f1", "date_accuracy",
                "city_accuracy", "cities_f1", "themes_f1", "usd_accuracy"):
        assert totals[key] == 1.0, key
    assert totals["matched_figures"] == 4


def test_values_match_within_half_a_percent_and_same_unit():
    assert close(100, 100.4)
    assert not close(100, 100.6)
    assert close(0, 0)
    assert not close(1, "x")
    gold = [{"value": 7e9, "unit": "CNY"}]
    assert match_figures(gold, [{"value": 7.03e9, "unit": "CNY"}]) == [(0, 0)]
    assert match_figures(gold, [{"value": 7e9, "unit": "USD"}]) == []


def test_matching_is_one_to_one_and_prefers_the_same_text():
    gold = [{"value": 5, "unit": "count", "text": "five"}, {"value": 5, "unit": "count", "text": "5"}]
    found = [{"value": 5, "unit": "count", "text": "5"}, {"value": 5, "unit": "count", "text": "five"}]
    assert match_figures(gold, found) == [(0, 1), (1, 0)]
    assert match_figures(gold, found[:1]) == [(1, 0)]


def test_a_value_stated_twice_must_be_found_twice():
    figures = record()["figures"][:3]
    report = evaluate({"a.txt": record(figures=figures)}, {"a.txt": GOLD["a.txt"]})
    totals = report.totals
    assert totals["figure_precision"] == 1.0
    assert totals["figure_recall"] == pytest.approx(0.75)
    assert [m["text"] for m in report.articles[0].misses] == ["thirty"]


def test_false_hits_lower_precision():
    extra = record()["figures"] + [{"value": 2021, "unit": "count", "text": "2021"}]
    totals = evaluate({"a.txt": record(figures=extra)}, {"a.txt": GOLD["a.txt"]}).totals
    assert totals["figure_precision"] == pytest.approx(0.8)
    assert totals["figure_recall"] == 1.0
    assert totals["figure_f1"] == pytest.approx(2 * 0.8 / 1.8)


def test_usd_accuracy_counts_gold_conversions():
    figures = record()["figures"]
    figures[0] = dict(figures[0], usd=None)
    totals = evaluate({"a.txt": record(figures=figures)}, {"a.txt": GOLD["a.txt"]}).totals
    assert totals["usd_accuracy"] == 0.0
    figures[0] = dict(figures[0], usd=581_000_000)
    totals = evaluate({"a.txt": record(figures=figures)}, {"a.txt": GOLD["a.txt"]}).totals
    assert totals["usd_accuracy"] == 1.0


def test_date_and_city_accuracy():
    records = {
        "a.txt": record(date=dt.date(2023, 3, 2), city="shuozhou"),
        "b.txt": {"date": None, "city": "shanxi", "cities": [], "themes": ["tourism"],
                  "figures": [{"value": 2, "unit": "count", "text": "two"}]},
    }
    report = evaluate(records, GOLD)
    totals = report.totals
    assert totals["date_accuracy"] == 0.5  # null == null is right
    assert totals["city_accuracy"] == 0.5
    text = report.format()
    assert "date: expected 2023-03-01, got 2023-03-02" in text
    assert "city: expected 'datong', got 'shuozhou'" in text


def test_cities_and_themes_are_micro_averaged():
    records = {
        "a.txt": record(cities=["datong"], themes=["coal", "hydrogen", "steel"]),
        "b.txt": {"date": None, "city": "shanxi", "cities": ["taiyuan"], "themes": ["tourism"], "figures": []},
    }
    totals = evaluate(records, GOLD).totals
    # cities: tp 1, fp 1 (taiyuan), fn 1 (shuozhou)
    assert totals["cities_f1"] == pytest.approx(0.5)
    # themes: tp 3, fp 1, fn 0
    assert totals["themes_f1"] == pytest.approx(2 * 0.75 / 1.75)


def test_only_articles_in_both_are_scored_and_missing_ones_are_named():
    report = evaluate({"a.txt": record(), "z.txt": record()}, GOLD)
    assert [a.name for a in report.articles] == ["a.txt"]
    assert report.missing == ["b.txt", "c.txt"]
    assert report.unscored == ["z.txt"]
    text = report.format()
    assert "gold articles with no record: b.txt, c.txt" in text
    assert "records with no gold annotation: z.txt" in text


def test_format_lists_misses_and_false_hits_with_text_and_value():
    figures = record()["figures"][1:] + [{"value": 9, "unit": "percent", "text": "9 percent"}]
    report = evaluate({"a.txt": record(figures=figures)}, {"a.txt": GOLD["a.txt"]})
    text = report.format()
    assert "figure_precision" in text and "a.txt" in text
    assert "miss:      '4 billion yuan' = 4000000000 CNY usd=580000000" in text
    assert "false hit: '9 percent' = 9 percent" in text


def test_figure_objects_are_accepted():
    figures = [Figure(metric="m", value=2, unit="count", text="two")]
    record_b = {"date": None, "city": "shanxi", "cities": [], "themes": ["tourism"], "figures": figures}
    totals = evaluate({"b.txt": record_b}, {"b.txt": GOLD["b.txt"]}).totals
    assert totals["figure_f1"] == 1.0


def test_empty_and_malformed_records_do_not_crash():
    records = {"a.txt": {"figures": None}, "b.txt": {"figures": [{"value": "abc", "unit": None}]}, "c.txt": {}}
    report = evaluate(records, GOLD)
    totals = report.totals
    assert totals["figure_recall"] == 0.0
    assert totals["figure_precision"] == 0.0
    assert report.format()


def test_nothing_to_score():
    report = evaluate({}, {})
    assert report.totals["articles"] == 0
    assert report.format()
