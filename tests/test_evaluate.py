"""Scoring records against a gold file."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
import yaml

from conftest import GOLD as GOLD_FILE
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


# --- what, where, when, result or target: attributes of matched figures ------

def _attrs(indicator, kind, status, period, place):
    return {"indicator": indicator, "kind": kind, "status": status, "period": period, "place": place}


SEMANTIC_GOLD = {
    "s.txt": {
        "date": dt.date(2023, 3, 1),
        "city": "Shanxi",
        "cities": [],
        "themes": [],
        "figures": [
            {"value": 1.2, "unit": "t", "text": "1.2 t", "metric": "m",
             **_attrs("raw-coal-output", "level", "actual", "2023", "shanxi")},
            {"value": 100000, "unit": "t", "text": "100,000 t", "metric": "m",
             **_attrs(None, "level", "target", "2027", "datong")},
            {"value": 5, "unit": "percent", "text": "5 percent", "metric": "m",
             **_attrs("gdp", "change", "actual", "2023-H1", "china")},
            {"value": 7, "unit": "count", "text": "7", "metric": "m",
             **_attrs(None, "level", "actual", None, "other")},
        ],
    },
}


def _semantic_record(*changes):
    """The record that gets every attribute right, with (index, field, value) changes."""
    figures = [
        {"value": 1.2, "unit": "t", "text": "1.2 t", "kind": "level", "status": "actual", "period": "2023",
         "city": "sx", "indicator": "raw-coal-output"},
        {"value": 100000, "unit": "t", "text": "100,000 t", "kind": "level", "status": "target", "period": 2027,
         "city": "datong"},
        {"value": 5, "unit": "percent", "text": "5 percent", "kind": "change", "status": "actual",
         "period": "2023-H1", "city": "china", "indicator": "gdp"},
        {"value": 7, "unit": "count", "text": "7", "kind": "level", "status": "actual", "city": "other"},
    ]
    for index, name, value in changes:
        figures[index] = dict(figures[index], **{name: value})
    return {"date": "2023-03-01", "city": "sx", "cities": [], "themes": [], "figures": figures}


ATTRIBUTE_KEYS = ("indicator_accuracy", "kind_accuracy", "status_accuracy", "period_accuracy",
                  "place_accuracy", "all_five_accuracy")


def test_attributes_all_right_score_one():
    # The province's slug ("sx" here) stands for the gold's "shanxi"; a missing
    # indicator is null, as a missing period is; a period read as a number is its text.
    totals = evaluate({"s.txt": _semantic_record()}, SEMANTIC_GOLD, province="sx").totals
    for key in ATTRIBUTE_KEYS:
        assert totals[key] == 1.0, key


def test_each_attribute_is_scored_over_matched_figures():
    record = _semantic_record((0, "indicator", None), (1, "status", "actual"), (1, "period", "2023"),
                              (2, "kind", "share"), (3, "city", "shanxi"))
    record["figures"].append({"value": 9, "unit": "count", "text": "9", "status": "target"})  # a false hit: not scored
    totals = evaluate({"s.txt": record}, SEMANTIC_GOLD, province="sx").totals
    assert totals["indicator_accuracy"] == 0.75
    assert totals["kind_accuracy"] == 0.75
    assert totals["status_accuracy"] == 0.75
    assert totals["period_accuracy"] == 0.75
    assert totals["place_accuracy"] == 0.75  # "shanxi" is not the province when the region's slug is "sx"
    assert totals["all_five_accuracy"] == 0.0  # each figure has one wrong
    assert totals["matched_figures"] == 4


def test_a_missed_figure_counts_for_no_attribute():
    record = _semantic_record((1, "value", 3), (2, "period", None))
    totals = evaluate({"s.txt": record}, SEMANTIC_GOLD, province="sx").totals
    assert totals["period_accuracy"] == pytest.approx(2 / 3)
    assert totals["all_five_accuracy"] == pytest.approx(2 / 3)


def test_a_province_figure_given_to_a_city_is_a_wrong_place():
    record = _semantic_record((0, "city", "datong"))
    report = evaluate({"s.txt": record}, SEMANTIC_GOLD, province="sx")
    assert report.totals["place_accuracy"] == 0.75
    assert report.articles[0].wrong[0].expected == "shanxi"
    assert report.articles[0].wrong[0].got == "datong"


def test_attributes_the_gold_lacks_are_not_applicable():
    # Older gold files have no semantic keys: every attribute is n/a, not 0 or 1.
    report = evaluate({"a.txt": record()}, {"a.txt": GOLD["a.txt"]})
    totals = report.totals
    for key in ATTRIBUTE_KEYS:
        assert totals[key] is None, key
    text = report.format()
    assert "status_accuracy        n/a" in text
    assert "all_five_accuracy      n/a" in text


def test_an_attribute_is_counted_only_where_the_gold_has_its_key():
    gold = {"s.txt": dict(SEMANTIC_GOLD["s.txt"])}
    gold["s.txt"]["figures"] = [{k: v for k, v in f.items() if k not in ("kind", "place")}
                                for f in gold["s.txt"]["figures"]]
    gold["s.txt"]["figures"][0].pop("status")
    totals = evaluate({"s.txt": _semantic_record((1, "status", "actual"))}, gold, province="sx").totals
    assert totals["kind_accuracy"] is None
    assert totals["place_accuracy"] is None
    assert totals["status_accuracy"] == pytest.approx(2 / 3)  # over the three figures that carry it
    assert totals["indicator_accuracy"] == 1.0
    assert totals["all_five_accuracy"] is None  # no figure carries all five


def test_figure_objects_have_a_null_indicator():
    gold = {"b.txt": dict(GOLD["b.txt"], figures=[
        {"value": 2, "unit": "count", "text": "two", **_attrs(None, "level", "actual", "2023", "shanxi")}])}
    found = [Figure(metric="m", value=2, unit="count", text="two", period="2023", city="shanxi")]
    totals = evaluate({"b.txt": {"figures": found}}, gold).totals
    assert totals["all_five_accuracy"] == 1.0


def test_format_shows_attribute_scores_counts_and_each_wrong_attribute():
    body = ("Output reached 1.2 t in 2023.\n\n"
            "The city aims for 100,000 t by 2027, as the plan drawn up by the provincial government says.\n\n"
            "GDP grew 5 percent nationwide, and 7 others did so.")
    record = _semantic_record((1, "status", "actual"), (1, "period", "2023"), (0, "indicator", None))
    report = evaluate({"s.txt": record}, SEMANTIC_GOLD, province="sx", bodies={"s.txt": body})
    text = report.format()
    assert "status_accuracy      0.750  3/4" in text
    assert "all_five_accuracy    0.500  2/4" in text
    assert "   2/4  i1 s1 p1" in text
    assert '  status: expected target, got actual \u2014 "100,000 t" ' \
        '(The city aims for 100,000 t by 2027, as the plan drawn up by\u2026)' in text
    assert '  period: expected 2027, got 2023 \u2014 "100,000 t" (The city aims' in text
    assert '  indicator: expected raw-coal-output, got null \u2014 "1.2 t" (Output reached 1.2 t in 2023.)' in text
    # Without the body, the line names the figure but quotes no sentence.
    plain = evaluate({"s.txt": record}, SEMANTIC_GOLD, province="sx").format()
    assert '  status: expected target, got actual \u2014 "100,000 t"\n' in plain


def test_eval_command_quotes_the_sentence_of_each_wrong_attribute(samples):
    gold = yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))
    gold["000_48f6f83ecc8c59d9.txt"]["figures"][0]["kind"] = "stock"  # no record has this kind
    path = samples.root / "gold.yaml"
    path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "digest", "eval", "--root", str(samples.root), "--gold", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^kind_accuracy +0\.\d{3}  \d+/73$", done.stdout, re.M)
    assert re.search(r'^  kind: expected stock, got \w+ — "five" \(Since the city was approved as the first '
                     r'national…\)$', done.stdout, re.M)


def test_a_converted_value_matches_its_rounded_annotation_at_the_same_mention():
    gold = [{"value": 0.17, "unit": "sqkm", "raw_unit": "mu", "text": "260-mu"},
            {"value": 0.27, "unit": "sqkm", "raw_unit": "mu", "text": "400 mu"},
            {"value": 50, "unit": "percent", "text": "50 percent"}]
    found = [{"value": 0.173333, "unit": "sqkm", "text": "260-mu"},
             {"value": 0.266667, "unit": "sqkm", "text": "400 mu of land"},  # another mention's text
             {"value": 50.2, "unit": "percent", "text": "50 percent"}]
    assert match_figures(gold, found) == [(0, 0), (2, 2)]
    # Rounded alike only where the annotation converted (raw_unit) and the text is the same: an
    # unconverted value keeps the 0.5 % tolerance.
    assert match_figures(gold[2:], [{"value": 50.6, "unit": "percent", "text": "50 percent"}]) == []


def test_title_accuracy_compares_the_headline_word_for_word():
    gold = {**GOLD["a.txt"], "title": "Datong  builds a hydrogen base"}
    right = evaluate({"a.txt": record(title="Datong builds a hydrogen base")}, {"a.txt": gold})
    wrong = evaluate({"a.txt": record(title="Datong Municipal People's Government")}, {"a.txt": gold})
    untitled = evaluate({"a.txt": record(title="anything")}, {"a.txt": GOLD["a.txt"]})
    assert right.totals["title_accuracy"] == untitled.totals["title_accuracy"] == 1.0
    assert wrong.totals["title_accuracy"] == 0.0
    assert "title: not the annotated headline" in wrong.format()


def test_one_span_of_months_spelled_two_ways_is_one_period():
    gold = {"s.txt": dict(SEMANTIC_GOLD["s.txt"], figures=[
        dict(SEMANTIC_GOLD["s.txt"]["figures"][0], period="2023-01-2023-09"),
        dict(SEMANTIC_GOLD["s.txt"]["figures"][2], period="2023-01-2023-06")])}
    record = _semantic_record((0, "period", "2023-Q1-Q3"))
    record["figures"] = [record["figures"][0], record["figures"][2]]
    assert evaluate({"s.txt": record}, gold, province="sx").totals["period_accuracy"] == 1.0
    record["figures"][0] = dict(record["figures"][0], period="2023-Q1")  # three months are not nine
    assert evaluate({"s.txt": record}, gold, province="sx").totals["period_accuracy"] == 0.5


def test_a_seed_whose_record_check_would_reject_stops_the_scoring(tmp_path, monkeypatch):
    """make eval runs the loader as ingest does: a record it makes must pass digest check."""
    import dataclasses

    from conftest import PROJECT
    from digest.errors import DigestError
    from digest.evaluate import score_seeds
    from digest.ingest import loader
    from digest.records.indicators import load_indicators
    from digest.records.region import load_region

    seed = tmp_path / "trucks.txt"
    seed.write_text("Trucks in Datong\n\n2023-05-01\n\nDatong added 300 fuel cell trucks last year.\n", encoding="utf-8")
    region, indicators = load_region(PROJECT / "content"), load_indicators(PROJECT / "content", PROJECT)
    report = score_seeds([seed], {}, region, None, indicators)
    assert report is not None  # the loader's own record passes

    real = loader.load_seed

    def unknown_indicator(*args, **kwargs):
        article = real(*args, **kwargs)
        figures = tuple(dataclasses.replace(f, indicator="") for f in article.figures)
        return dataclasses.replace(article, figures=figures)

    monkeypatch.setattr(loader, "load_seed", unknown_indicator)
    with pytest.raises(DigestError) as caught:
        score_seeds([seed], {}, region, None, indicators)
    assert "trucks.txt" in str(caught.value.problems[0]) and "unknown indicator" in str(caught.value.problems[0])
