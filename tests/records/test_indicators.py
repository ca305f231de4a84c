"""The indicator vocabulary, content/indicators.yaml: the shipped file and what a bad one reports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import GOLD, PROJECT
from digest.build import check
from digest.errors import DigestError
from digest.model import MEASURES, SCOPES, Indicator
from digest.records.indicators import load_indicators
from digest.units import UNIT_IDS

GOOD = """\
# A header comment, as the shipped file has.
indicators:
- id: gdp
  name: Gross domestic product
  unit: CNY
  measure: flow
  scope: place
  definition: Value added by all resident producers.
  terms: [GDP, economic output]
- id: industry-revenue
  name: Revenue of an industry
  unit: CNY
  measure: flow
  scope: item
  item: industry or product chain
  definition: Sales revenue of a named industry.
  terms: [revenue]
"""


def write(root: Path, text: str) -> Path:
    (root / "content").mkdir(parents=True, exist_ok=True)
    path = root / "content" / "indicators.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(root: Path) -> list[str]:
    with pytest.raises(DigestError) as caught:
        load_indicators(root / "content", root)
    return [str(p) for p in caught.value.problems]


def test_the_shipped_vocabulary_loads():
    indicators = load_indicators(PROJECT / "content", PROJECT)
    assert len(indicators) == 70
    ids = [i.id for i in indicators]
    assert len(set(ids)) == len(ids)
    assert indicators[0] == Indicator(
        id="gdp", name="Gross domestic product", unit="CNY", measure="flow", scope="place",
        definition="Value added by all resident producers of the place in the period; growth is quoted at "
                   "constant prices.",
        terms=("GDP", "gross domestic product", "gross regional product", "economic output", "the economy grew",
               "economic growth", "economy grew", "economy expanded", "economy grows", "growth target", "grew its economy",
               "grow its economy", "economy shrank", "economy contracted", "economy expand", "economy grow", "the economy of"))
    assert all(i.unit in UNIT_IDS and i.measure in MEASURES and i.scope in SCOPES for i in indicators)
    assert all((i.item is not None) == (i.scope == "item") for i in indicators)


def test_every_indicator_of_the_samples_gold_is_in_the_vocabulary():
    known = {i.id for i in load_indicators(PROJECT / "content", PROJECT)}
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    used = {f["indicator"] for entry in gold.values() for f in entry["figures"] if f.get("indicator")}
    assert used and used <= known, sorted(used - known)


def test_a_good_file_gives_frozen_indicators(tmp_path):
    write(tmp_path, GOOD)
    gdp, revenue = load_indicators(tmp_path / "content", tmp_path)
    assert gdp.terms == ("GDP", "economic output") and gdp.item is None
    assert revenue.item == "industry or product chain" and revenue.scope == "item"
    with pytest.raises(AttributeError):
        gdp.unit = "USD"  # type: ignore[misc]


def test_a_project_without_the_file_has_no_indicators(tmp_path):
    (tmp_path / "content").mkdir()
    assert load_indicators(tmp_path / "content", tmp_path) == ()


def test_every_bad_field_is_reported_at_its_line(tmp_path):
    write(tmp_path, """\
indicators:
- id: GDP
  name: ''
  unit: yuan
  measure: flows
  scope: place
  item: the whole
  definition: Value added.
  terms: GDP
- id: gdp-growth
  name: Growth
  unit: percent
  measure: rate
  scope: item
  definition: Growth of GDP.
  terms: [growth]
  colour: red
- id: gdp-growth
  name: Growth again
  unit: percentage-points
  measure: rate
  scope: place
  definition: Growth of GDP.
  terms: [growth, '']
- just a phrase
""")
    assert problems(tmp_path) == [
        "content/indicators.yaml:2: id: expected a lowercase slug (letters, digits, hyphens), got 'GDP'",
        "content/indicators.yaml:3: name: expected text, got ''",
        "content/indicators.yaml:4: unit: expected one of " + ", ".join(UNIT_IDS) + ", got 'yuan'",
        "content/indicators.yaml:5: measure: expected one of flow, stock, rate, got 'flows' (did you mean flow?)",
        "content/indicators.yaml:7: item: expected none (the scope is place), got 'the whole'",
        "content/indicators.yaml:9: terms: expected a list of phrases, got 'GDP'",
        "content/indicators.yaml:10: item: expected text naming the item (the scope is item), got nothing",
        "content/indicators.yaml:17: colour: unknown field, expected one of id, name, unit, measure, scope, item, "
        "definition, terms",
        "content/indicators.yaml:18: id: expected a new id, got 'gdp-growth', already at line 10",
        "content/indicators.yaml:24: terms: expected a list of phrases, got ['growth', '']",
        "content/indicators.yaml:25: indicators[3]: expected a mapping of id, name, unit, measure, scope, item, "
        "definition, terms, got 'just a phrase'",
    ]


def test_missing_fields_and_a_field_given_twice(tmp_path):
    write(tmp_path, """\
indicators:
- id: gdp
  name: GDP
  name: Gross domestic product
  scope: place
  terms: []
""")
    assert problems(tmp_path) == [
        "content/indicators.yaml:2: definition: expected text, got nothing",
        "content/indicators.yaml:2: unit: expected one of " + ", ".join(UNIT_IDS) + ", got nothing",
        "content/indicators.yaml:2: measure: expected one of flow, stock, rate, got nothing",
        "content/indicators.yaml:4: name: expected once, got a second time (first at line 3)",
    ]


@pytest.mark.parametrize("text, expected", [
    ("- id: gdp\n", ["content/indicators.yaml:1: expected a mapping with the key indicators, got list"]),
    ("", ["content/indicators.yaml:1: expected a mapping with the key indicators, got nothing"]),
    ("indicators: gdp\nunits: [t]\n", ["content/indicators.yaml:1: indicators: expected a list of indicators, got str",
                                        "content/indicators.yaml:2: units: unknown field, expected only indicators"]),
    ("indicators:\n", ["content/indicators.yaml:1: indicators: expected a list of indicators, got nothing"]),
    ("indicator: []\n", ["content/indicators.yaml:1: indicator: unknown field, expected only indicators",
                         "content/indicators.yaml:1: indicators: expected a list of indicators, got nothing"]),
])
def test_a_file_of_the_wrong_shape(tmp_path, text, expected):
    write(tmp_path, text)
    assert problems(tmp_path) == expected


def test_a_file_that_is_not_yaml(tmp_path):
    write(tmp_path, "indicators:\n- id: gdp\n  name: [unclosed\n")
    [message] = problems(tmp_path)
    # The rest is the YAML parser's own words, which differ between libyaml and pure PyYAML.
    assert message.startswith("content/indicators.yaml:4: not valid YAML: ") and "expected ',' or ']'" in message


def test_a_file_that_is_not_utf8(tmp_path):
    path = write(tmp_path, "")
    path.write_bytes(b"indicators:\n- id: caf\xe9\n")
    assert problems(tmp_path) == ["content/indicators.yaml:2: expected UTF-8 text, got byte 0xe9 at offset 21"]


def test_check_validates_the_vocabulary_and_builds_without_it(mini):
    assert not (mini.content / "indicators.yaml").exists()
    assert check(mini).indicators == ()
    write(mini.root, GOOD)
    assert [i.id for i in check(mini).indicators] == ["gdp", "industry-revenue"]
    write(mini.root, GOOD.replace("measure: flow\n  scope: place", "measure: flow\n  scope: city"))
    done = subprocess.run([sys.executable, "-m", "digest", "check", "--root", str(mini.root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "content/indicators.yaml:7: scope: expected one of place, item, got 'city'",
        "1 problem found; nothing was written",
    ]
