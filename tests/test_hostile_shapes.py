"""The adversarial shapes of tests/hostile.py are read and built without error (#20).

How their time grows (1x, 4x, 16x; at most 6x per 4x of input) is measured by
`make bench-hostile`, part of `make bench`, which exits 1 when a shape grows
faster: a timed unit test would fail on a busy machine, not on slow code.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import PROJECT
from hostile import RECORD_SHAPES, SEED_SHAPES


@pytest.fixture(scope="module")
def vocab():
    from digest.ingest.classify import Classifier
    from digest.records.indicators import load_indicators
    from digest.records.region import load_region
    region = load_region(PROJECT / "content")
    return region, Classifier(region), load_indicators(PROJECT / "content", PROJECT)


@pytest.mark.parametrize("shape", sorted(SEED_SHAPES))
def test_a_hostile_seed_becomes_a_record(vocab, shape):
    from digest.ingest.loader import load_seed
    from digest.records.content import render_record, split_record
    region, classifier, indicators = vocab
    article = load_seed(SEED_SHAPES[shape](4000).encode("utf-8"), "seeds/hostile.txt", region, classifier, indicators)
    assert article.title == "Shanxi boosts industry"
    front, body, _, _ = split_record(render_record(article), "hostile.md")
    assert front["title"] == "Shanxi boosts industry"


@pytest.mark.parametrize("shape", sorted(RECORD_SHAPES))
def test_a_hostile_record_is_read_and_converted(tmp_path, shape):
    from digest.records.content import load_articles
    from digest.records.region import load_region
    from digest.site.bodies import convert
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for name in ("region.yaml", "indicators.yaml"):
        shutil.copy(PROJECT / "content" / name, content / name)
    (content / "articles" / "hostile.md").write_text(RECORD_SHAPES[shape](80000), encoding="utf-8")
    (article,) = load_articles(content, load_region(content), tmp_path)
    html = convert(article)
    assert "Coal output" in str(html) or "percent" in str(html)
