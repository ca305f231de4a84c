"""Ingest and build take time in proportion to their input, on adversarial inputs (#20).

Each shape of tests/hostile.py is timed at 1x, 4x and 16x its size (once, and medians of
three when that was too slow); the test fails when the time grows faster than MAX_GROWTH per 4x of
input. Sizes are chosen so that the smallest run is well above the per-call
overhead; `make bench` (bench/hostile.py) runs the same shapes 16 times larger.
"""

from __future__ import annotations

import pytest

from conftest import PROJECT
from hostile import RECORD_SHAPES, SEED_SHAPES, build_time, growth, ingest_time

MAX_GROWTH = 6.0  # linear is 4; quadratic 16
SEED_N = 1000  # a sentence is read in pieces of 1,000 characters: sizes start at one piece
RECORD_N = 80000  # below this, per-call overhead and noise dominate


@pytest.fixture(scope="module")
def vocab():
    from digest.ingest.classify import Classifier
    from digest.records.indicators import load_indicators
    from digest.records.region import load_region
    region = load_region(PROJECT / "content")
    return region, Classifier(region), load_indicators(PROJECT / "content", PROJECT)


def _checked(run_at, n):
    times, worst = growth(run_at, n, repeat=1)
    if worst > MAX_GROWTH:
        # A busy machine can slow one size down: measure once more before failing.
        times, worst = growth(run_at, n, repeat=3)
    return times, worst


@pytest.mark.parametrize("shape", sorted(SEED_SHAPES))
def test_ingest_time_grows_linearly(vocab, shape):
    region, classifier, indicators = vocab
    make = SEED_SHAPES[shape]
    times, worst = _checked(lambda n: ingest_time(make(n), region, classifier, indicators), SEED_N)
    assert worst <= MAX_GROWTH, f"{shape}: {[round(t, 4) for t in times]} s at {SEED_N}, x4, x16"


@pytest.mark.parametrize("shape", sorted(RECORD_SHAPES))
def test_build_time_grows_linearly(tmp_path, vocab, shape):
    import shutil
    region = vocab[0]
    content = tmp_path / "content"
    content.mkdir()
    for name in ("region.yaml", "indicators.yaml"):
        shutil.copy(PROJECT / "content" / name, content / name)
    make = RECORD_SHAPES[shape]
    times, worst = _checked(lambda n: build_time(content, make(n), region), RECORD_N)
    assert worst <= MAX_GROWTH, f"{shape}: {[round(t, 4) for t in times]} s at {RECORD_N}, x4, x16"
