"""tools/sync_shared.py: the plain copies must match the shared files byte for byte; the
indicator vocabulary, which editors extend, must only hold all that the shared one says."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("sync_shared", PROJECT / "tools" / "sync_shared.py")
sync_shared = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(sync_shared)  # type: ignore[union-attr]

SHARED = """\
indicators:
- id: raw-coal-output
  unit: t
  terms: [raw coal output, coal output]
- id: gdp
  unit: CNY
  terms: [GDP]
"""


def test_an_extended_copy_is_in_step_and_a_lacking_one_says_what_it_lacks():
    extended = SHARED.replace("[GDP]", "[GDP, economy grew]") + "- id: local-extra\n  unit: count\n  terms: [extra]\n"
    assert sync_shared.lacking(SHARED, extended) == []
    lacking = SHARED.replace("[raw coal output, coal output]", "[raw coal output]").replace("unit: CNY", "unit: USD")
    assert sync_shared.lacking(SHARED, lacking) == ["raw-coal-output: term 'coal output'", "gdp: unit differs"]
    assert sync_shared.lacking(SHARED, "indicators:\n- id: gdp\n  unit: CNY\n  terms: [GDP]\n") == ["raw-coal-output: missing"]


def test_the_repositorys_vocabulary_is_read_whole():
    # Against an empty copy every indicator of the real file is missing: the reader sees them all.
    text = (PROJECT / "content" / "indicators.yaml").read_text(encoding="utf-8")
    ids = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("- id:")]
    assert len(ids) > 50
    assert sync_shared.lacking(text, "") == [f"{i}: missing" for i in ids]
    assert sync_shared.lacking(text, text) == []
