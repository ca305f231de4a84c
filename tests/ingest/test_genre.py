"""General rules the held-out articles called for, one sentence each.

The held-out set itself (tests/heldout/) is scored with the others in
tests/test_sets.py.
"""

from __future__ import annotations

import pytest

from conftest import PROJECT
from digest.records.region import load_region


# --- the general rules the held-out articles called for, one sentence each ----

def _figures(sentence: str) -> list[tuple[float, str]]:
    from digest.ingest.extract import extract_figures

    return [(f.value, f.unit) for f in extract_figures([sentence])]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The plant can supply about 1.5 million electric vehicles.", [(1500000, "count")]),
        ("The number of broadband users will top 2 million.", [(2000000, "count")]),
        ("It ranked among the top 10 and revenue will top 5 billion yuan.", [(5000000000, "CNY")]),
        ("The city has 49 coal mines, and 21 of them are intelligent.", [(49, "count"), (21, "count")]),
        ("All 42 of its large coal mines run on 5G networks.", [(42, "count")]),
        ("The province will build 60,000 5G base stations.", [(60000, "count")]),
        ("It replaced two 450-cubic-meter blast furnaces.", [(2, "count"), (450, "other")]),
        ("Good air days rose to 231, 37 more than a year earlier.", [(231, "count"), (37, "count")]),
        ("It now has 14 coking companies, down from 49 in 2017.", [(14, "count"), (49, "count")]),
        ("Hydrogen costs about 15 yuan per kilogram.", [(15, "CNY")]),
        ("PM2.5 density fell to 46 micrograms per cubic meter.", [(46, "other")]),
        ("Income was nearly three times what corn earned.", [(3, "other")]),
    ],
)
def test_genre_rules(sentence, expected):
    assert _figures(sentence) == expected


def test_press_release_dateline_dates_the_article():
    from digest.ingest.seedtext import parse_seed

    parsed = parse_seed("FOR IMMEDIATE RELEASE\n\nMaker opens plant in Taiyuan\n\n"
                        "TAIYUAN, China, May 16, 2023 /PRNewswire/ -- The maker opened a plant.\n")
    assert parsed.title == "Maker opens plant in Taiyuan"
    assert parsed.date is not None and parsed.date.isoformat() == "2023-05-16"
    assert parsed.publisher == "PRNewswire"
    assert parsed.blocks[0].text == "FOR IMMEDIATE RELEASE"


def test_meta_line_with_a_long_source_field():
    from digest.ingest.dates import date_from_line

    line = ("Release date: 2022-04-12 09:30    "
            "Source: Shanxi Provincial Department of Industry and Information Technology")
    assert date_from_line(line).isoformat() == "2022-04-12"


def test_hyphenated_cities_and_plurals_in_ies():
    from digest.ingest.classify import Classifier

    classifier = Classifier(load_region(PROJECT / "content"))
    assert set(classifier.cities("the Taiyuan-Jinzhong area")) == {"taiyuan", "jinzhong"}
    assert "intelligent-manufacturing" in classifier.themes("It will cultivate 100 smart factories.")
    assert "agriculture" not in classifier.themes("power from wind farms and solar farms")
