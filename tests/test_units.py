"""The unit vocabulary: one table read by the extractor, the pages, the charts and the downloads."""

from __future__ import annotations

import re

from digest.ingest.extract import extract_figures
from digest.model import Figure
from digest.site.data import COLUMN_DOCS, FIGURES_SCHEMA
from digest.site.render import format_value
from digest.units import SURFACES, UNIT_IDS, UNITS


def test_every_surface_names_a_unit_of_the_table_and_compiles():
    for surface in SURFACES:
        assert surface.unit in UNITS
        re.compile(surface.pattern, re.I)
        assert surface.factor > 0


def test_the_downloads_document_and_constrain_exactly_the_table_s_units():
    assert FIGURES_SCHEMA["items"]["properties"]["unit"]["enum"] == list(UNIT_IDS)
    assert COLUMN_DOCS["unit"] == "CNY, USD, percent, percentage-points, t, kWh, kW, km, sqkm, count, or other."


def test_values_are_written_as_the_table_says():
    def shown(unit, raw=None):
        return format_value(Figure(metric="m", value=7e9, unit=unit, text="t", raw_unit=raw))
    assert shown("CNY") == "7 billion yuan"
    assert shown("USD") == "$7 billion"
    assert shown("percent") == "7 billion%"
    assert shown("count") == "7 billion"
    assert shown("other", "mu") == "7 billion mu"
    assert shown("other") == "7 billion"


def test_a_surface_converts_to_the_base_unit():
    [fig] = extract_figures(["The plant has 1.2 gigawatts of capacity."], None)
    assert (fig.value, fig.unit) == (1.2e6, "kW")
    [fig] = extract_figures(["It covers 300 hectares."], None)
    assert (fig.unit, fig.raw_unit) == ("other", "hectares")
