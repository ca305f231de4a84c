"""A second blind set: six invented articles the loader was never tuned on.

tests/blind2/seeds/ holds six pasted articles, each in a different shape: a
Shanxi Daily English page with site navigation, a masthead and an "Editor:"
footer; a Xinhua feature with a year-less dateline and quotes; a CGTN-style
explainer with question subheadings and a "12-Nov-2023" date; a city
government work report full of targets; a company results story written with
"RMB" and "%"; and an orchard-and-tourism piece with mu, hectares and
person-times. tests/blind2/gold.yaml annotates them by the rules of
tests/gold/seeds.yaml; its header lists the extra conventions and decoys.

The targets are the project's. A target the loader misses today is marked
xfail(strict=True) with the value measured when the set was made and what
caused the shortfall, so this file passes now and reports XPASS once the
loader improves: then drop the mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.records.content import record_to_dict
from digest.evaluate import evaluate
from digest.ingest.loader import load_seed
from digest.records.region import load_region

PROJECT = Path(__file__).resolve().parents[1]
BLIND2 = PROJECT / "tests" / "blind2"
SEEDS = sorted((BLIND2 / "seeds").glob("*.txt"))

TARGETS = {
    "figure_precision": 0.95,
    "figure_recall": 0.95,
    "date_accuracy": 0.95,
    "city_accuracy": 0.95,
    "themes_f1": 0.85,
    "usd_accuracy": 1.0,
}

# First measurement: 128 gold figures, 124 found, 122 matched;
# precision 0.984, recall 0.953, usd 1.000 (2/2) meet their targets.
FAILING_TODAY: dict[str, str] = {}


def _target_params():
    for metric in sorted(TARGETS):
        marks = []
        if metric in FAILING_TODAY:
            marks.append(pytest.mark.xfail(strict=True, reason=FAILING_TODAY[metric]))
        yield pytest.param(metric, marks=marks, id=metric)


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load((BLIND2 / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records():
    region = load_region(PROJECT / "content")
    return {
        path.name: record_to_dict(load_seed(path.read_bytes(), f"seeds/{path.name}", region))
        for path in SEEDS
    }


@pytest.fixture(scope="module")
def report(records, gold):
    return evaluate(records, gold)


def test_six_articles_each_annotated(gold):
    assert len(SEEDS) == 6
    assert sorted(path.name for path in SEEDS) == sorted(gold)


def test_gold_texts_occur_in_their_article(gold):
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for figure in gold[path.name]["figures"]:
            assert figure["text"] in text, (path.name, figure["text"])


def test_gold_follows_the_shared_format(gold):
    units = {"CNY", "USD", "percent", "percentage-points", "t", "kWh", "kW", "km", "sqkm", "count", "other"}
    for name, entry in gold.items():
        assert {"date", "city", "cities", "themes", "figures"} <= set(entry), name
        assert 10 <= len(entry["figures"]) <= 26, name
        for figure in entry["figures"]:
            assert figure["unit"] in units, (name, figure)
            assert isinstance(figure["value"], (int, float)), (name, figure)
            assert figure.get("metric"), (name, figure)
            if figure["unit"] == "other":
                assert figure.get("raw_unit"), (name, figure)


def test_all_six_records_are_scored(report):
    assert not report.missing and not report.unscored
    assert len(report.articles) == len(SEEDS)


@pytest.mark.parametrize("metric", list(_target_params()))
def test_blind2_target(report, metric):
    score = report.totals[metric]
    assert score >= TARGETS[metric], f"{metric} {score:.3f} < {TARGETS[metric]}\n{report.format()}"
