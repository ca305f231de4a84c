"""A site built from hostile records and region file parses in every format (#20)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from conftest import make_project
from digest.build import build
from digest.settings import load_settings

# Every character no feed can hold, bidi controls, zero-width characters,
# formula starts: in a title, a figure, a body and the region's names.
# BAD is written as YAML escapes (YAML takes no raw control character), RAW
# is the same in a record's body.
BAD = r"\e\v\f\0\uFFFE\uFFFF\u202A\u202E\u2066\u2069\u200E\u200F\u200B\u200C\u200D\u2060\uFEFF"
RAW = "\x1b\x0b\x0c\ufffe\uffff\u202a\u202e\u2066\u2069\u200e\u200f\u200b\u200c\u200d\u2060\ufeff"
RECORD = f'''---
title: "=HYPERLINK(1) Ash{BAD}ford grows"
date: 2024-03-04
city: ashford
cities: [ashford]
sector: coal
themes: [coal]
source: {{file: seeds/hostile.txt, publisher: "@Daily{BAD}"}}
figures:
- {{metric: "+cmd|' /C calc'!A0{BAD}", value: -3.5, unit: percent, text: "-3.5 percent", kind: change, period: '2023', status: actual, city: ashford, theme: coal}}
- {{metric: "-minus{BAD}", value: 2, unit: count, text: "\\ttwo", period: '2023', status: actual, city: ashford, theme: coal}}
review: []
---

Ash\u200bford coal{RAW} fell 3.5 percent. Two more.
'''
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _no_nan(name):
    raise ValueError(f"{name} in JSON")


def test_hostile_records_and_region_give_files_that_parse(tmp_path):
    settings = make_project(tmp_path / "p")
    (settings.content / "articles" / "hostile-ashford.md").write_text(
        RECORD, encoding="utf-8")
    region = settings.content / "region.yaml"
    text = region.read_text(encoding="utf-8")
    text = text.replace("name: Northvale\n", f'name: "North{BAD}vale"\n').replace(
        "name: Ashford,", f'name: "Ash{BAD}ford",')
    region.write_text(text, encoding="utf-8")
    settings = load_settings(settings.root, base_url="https://example.org/")  # so that there is a sitemap
    build(settings)
    site = settings.root / "site"
    xml_files = [p for p in site.rglob("*.xml")]
    assert any("feed" in p.name or p.parent.name == "feeds" for p in xml_files) and any(
        "sitemap" in p.name for p in xml_files)
    for path in xml_files:
        ET.parse(path)  # raises on a character XML 1.0 forbids
    csv_files = list(site.rglob("*.csv"))
    assert csv_files
    negative = False
    for path in csv_files:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        for row in rows[1:]:
            for cell in row:
                negative |= cell == "-3.5"
                assert not cell.startswith(FORMULA) or _is_number(cell), (path.name, cell)
    assert negative  # a plain negative number stays a number
    for path in site.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_nan)
    hostile = [p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".xml", ".csv", ".json")]
    for path in hostile:
        body = path.read_text(encoding="utf-8")
        assert not any(ch in body for ch in "\x1b\x0b\x0c\x00\ufffe\uffff\u202a\u202e\u2066\u2069\u200e\u200f"
                                            "\u200b\u200c\u200d\u2060\ufeff"), path
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Ashford grows" in home  # the zero-width characters no longer hide the city's name


def _is_number(cell):
    try:
        float(cell)
    except ValueError:
        return False
    return True
