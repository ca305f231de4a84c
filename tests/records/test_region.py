"""content/region.yaml: wrong shapes and YAML surprises are problems at their line (#20)."""

from pathlib import Path

import pytest

from digest.errors import DigestError
from digest.records.region import load_region

ROOT = Path(__file__).resolve().parents[2]
REGION = (ROOT / "content" / "region.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("change, words", [
    (lambda t: t.replace("  - slug: taiyuan\n", "  - sluggo: taiyuan\n", 1), "cities[0]: slug: expected text, got None"),
    (lambda t: t.replace("\ncities:\n", "\ncities: oops\nother:\n", 1), "cities: expected a list of mappings, got str"),
    (lambda t: t.replace("slug: shanxi\n", "slug: shanxi\nslug: shanxi2\n", 1), "slug: expected once, got a second time"),
    (lambda t: t.replace("slug: shanxi\n", "slug: shanxi\nlat: 0x1F\n", 1), "YAML 1.1 would read it as 31"),
])
def test_wrong_region_is_a_message_with_its_line(tmp_path, change, words):
    text = change(REGION)
    assert text != REGION
    (tmp_path / "region.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DigestError) as err:
        load_region(tmp_path)
    assert any(words in p.message and p.line for p in err.value.problems), str(err.value)
