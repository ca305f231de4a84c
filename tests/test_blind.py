"""The loader on a blind set: articles written and annotated before it ever ran on them.

tests/blind/seeds/ holds eight invented articles in the shapes editors paste
(China Daily regional page with byline and [Photo/IC] captions, Xinhua wire
with a dateline and a timestamp line, two shanxi.gov.cn portal pages, a Global
Times piece, a company announcement with no date line, a feature with quotes,
a statistics bulletin, a five-year plan with targets). tests/blind/gold.yaml
annotates them by the rules of tests/gold/seeds.yaml; its header states the
conventions used where those rules are silent (unit conversion, decoys).

Each target below is the project's; a target the loader misses today is marked
xfail(strict=True) with the value measured when the set was made, so this file
passes now and fails loudly (XPASS) once the loader improves, which is the cue
to drop the mark.
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
BLIND = PROJECT / "tests" / "blind"
SEEDS = sorted((BLIND / "seeds").glob("*.txt"))

TARGETS = {
    "figure_precision": 0.95,
    "figure_recall": 0.95,
    "date_accuracy": 0.95,
    "city_accuracy": 0.95,
    "themes_f1": 0.85,
    "usd_accuracy": 1.0,
}

# Measured on first run (135 gold figures, 129 found, 125 matched).
# Targets the loader does not meet yet on this set, with the measured value;
# strict, so a target that starts to hold fails here until it is removed.
FAILING_TODAY: dict[str, str] = {}


def _target_params():
    for metric in sorted(TARGETS):
        marks = []
        if metric in FAILING_TODAY:
            marks.append(pytest.mark.xfail(strict=True, reason=FAILING_TODAY[metric]))
        yield pytest.param(metric, marks=marks, id=metric)


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load((BLIND / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records():
    region = load_region(PROJECT / "content")
    return {p.name: record_to_dict(load_seed(p.read_bytes(), f"seeds/{p.name}", region)) for p in SEEDS}


@pytest.fixture(scope="module")
def report(records, gold):
    return evaluate(records, gold)


def test_every_blind_seed_is_annotated(gold):
    assert len(SEEDS) == 8
    assert sorted(p.name for p in SEEDS) == sorted(gold)


def test_gold_spans_are_in_the_text(gold):
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for figure in gold[path.name]["figures"]:
            assert figure["text"] in text, (path.name, figure["text"])


def test_gold_entries_are_well_formed(gold):
    units = {"CNY", "USD", "percent", "percentage-points", "t", "kWh", "kW", "km", "sqkm", "count", "other"}
    for name, entry in gold.items():
        assert {"date", "city", "cities", "themes", "figures"} <= set(entry), name
        for figure in entry["figures"]:
            assert figure["unit"] in units, (name, figure)
            assert isinstance(figure["value"], (int, float)), (name, figure)
            assert figure.get("metric"), (name, figure)


def test_every_record_is_scored(report):
    assert not report.missing and not report.unscored
    assert len(report.articles) == len(SEEDS)


@pytest.mark.parametrize("metric", list(_target_params()))
def test_blind_target(report, metric):
    score = report.totals[metric]
    assert score >= TARGETS[metric], f"{metric} {score:.3f} < {TARGETS[metric]}\n{report.format()}"
