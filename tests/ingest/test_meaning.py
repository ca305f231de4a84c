"""The meaning of a figure (issue #17): rules of ingest/meaning.py on made-up sentences of the genre."""

from __future__ import annotations

import datetime as dt

from conftest import PROJECT
from digest.ingest.extract import extract_in_context
from digest.ingest.meaning import Meaning, lead_period, settle
from digest.records.indicators import load_indicators

PUBLISHED = dt.date(2022, 6, 1)


def settled(paragraphs: list[str], published: dt.date = PUBLISHED):
    found = extract_in_context(paragraphs, published)
    figures, _ = settle(found, Meaning(load_indicators(PROJECT / "content", PROJECT)), published,
                        lead_period(paragraphs, published))
    return {f.text: f for f in figures}


def test_a_target_over_a_plan_span_is_due_at_its_end():
    figures = settled(["Under its plan for 2021-2025, the county will build 40 charging stations "
                       "and raise the share of clean heating to 85 percent."])
    assert figures["85 percent"].status == "target" and figures["85 percent"].kind == "share"
    assert figures["85 percent"].period == "2025"


def test_a_since_span_is_not_carried_to_the_present_state():
    figures = settled(["The district is growing into a freight hub, officials said.",
                       "Since 2018, the district has attracted 9 logistics firms. "
                       "A cold-chain warehouse of 3,000 square meters opened in the spring."])
    assert figures["9"].period == "2018-2022"
    assert figures["3,000 square meters"].period == "2022"
