"""The loader on held-out articles it was not tuned on, against their gold file.

tests/heldout/seeds/ holds ten invented articles in the shapes the loader meets
in practice (Xinhua wire copy, government portal pages, China Daily with bylines
and captions, a press release, no date line, CRLF line ends, Windows-1252 bytes,
a county-level city, a province-wide plan, many units and decoys);
tests/heldout/gold.yaml annotates them by the rules of ../shared/seeds_gold.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.classify import Classifier
from digest.content import record_to_dict
from digest.evaluate import evaluate
from digest.loader import load_seed
from digest.region import load_region

PROJECT = Path(__file__).resolve().parents[1]
HELDOUT = PROJECT / "tests" / "heldout"
SEEDS = sorted((HELDOUT / "seeds").glob("*.txt"))

TARGETS = {
    "figure_precision": 0.95,
    "figure_recall": 0.95,
    "date_accuracy": 0.95,
    "city_accuracy": 0.95,
    "themes_f1": 0.85,
    "usd_accuracy": 1.0,
}


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load((HELDOUT / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(gold):
    region = load_region(PROJECT / "content")
    classifier = Classifier(region)
    records = {
        p.name: record_to_dict(load_seed(p.read_bytes(), f"seeds/{p.name}", region, classifier))
        for p in SEEDS
    }
    return evaluate(records, gold)


def test_every_heldout_seed_is_annotated(gold):
    assert len(SEEDS) == 10
    assert sorted(p.name for p in SEEDS) == sorted(gold)


def test_gold_spans_are_in_the_text(gold):
    from digest.seedtext import decode

    for path in SEEDS:
        text, _ = decode(path.read_bytes())
        for figure in gold[path.name]["figures"]:
            assert figure["text"] in text, (path.name, figure["text"])


def test_every_record_is_scored(report):
    assert not report.missing and not report.unscored
    assert len(report.articles) == len(SEEDS)


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_heldout_target(report, metric):
    score = report.totals[metric]
    assert score >= TARGETS[metric], f"{metric} {score:.3f} < {TARGETS[metric]}\n{report.format()}"
