"""content/region.yaml: slugs the site can give a page alone, wrong shapes and
YAML surprises, each a problem at its line (#20)."""

from __future__ import annotations

import pytest

from conftest import MINISITE, PROJECT
from digest.errors import DigestError
from digest.records.region import load_region

FULL_REGION = (PROJECT / "content" / "region.yaml").read_text(encoding="utf-8")
REGION = (MINISITE / "content" / "region.yaml").read_text(encoding="utf-8")


def _problems(tmp_path, text):
    (tmp_path / "region.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        load_region(tmp_path)
    return [str(p) for p in caught.value.problems]


def _line(text, needle):
    """The line of needle's last occurrence: the entry the change made."""
    return max(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("old, new, says", [
    ("{slug: brenton,", "{slug: index,", "a name the site gives a page of its own"),
    ("{slug: coal,", "{slug: index,", "a name the site gives a page of its own"),
    ("{slug: brenton,", "{slug: ashford-page-2,", "a name the site gives a page of its own"),
    ("{slug: brenton,", "{slug: china,", "a name the site gives a page of its own"),
    ("{slug: brenton,", "{slug: '',", "slug: expected text, got ''"),
    ("{slug: brenton,", "{slug: Brenton Town,", "expected a slug"),
    ("{slug: brenton,", "{slug: northvale,", "already the slug of the province"),
    ("{slug: brenton,", "{slug: ashford,", "already the slug of cities[0]"),
    ("{slug: hydrogen,", "{slug: coal,", "already the slug of themes[0]"),
])
def test_a_bad_region_slug_is_named_at_its_line(tmp_path, old, new, says):
    text = REGION.replace(old, new)
    assert text != REGION
    problems = _problems(tmp_path, text)
    where = f"{tmp_path / 'region.yaml'}:{_line(text, new)}:"
    assert any(p.startswith(where) and says in p for p in problems), problems


def test_slugs_differing_only_in_case_are_one_slug(tmp_path):
    text = REGION.replace("{slug: brenton,", "{slug: Ashford,")
    problems = _problems(tmp_path, text)
    assert any("Ashford" in p for p in problems), problems


def test_the_mini_region_passes(tmp_path):
    (tmp_path / "region.yaml").write_text(REGION, encoding="utf-8")
    assert [c.slug for c in load_region(tmp_path).cities] == ["ashford", "brenton"]


@pytest.mark.parametrize("change, words", [
    (lambda t: t.replace("  - slug: taiyuan\n", "  - sluggo: taiyuan\n", 1), "cities[0]: slug: expected text, got None"),
    (lambda t: t.replace("\ncities:\n", "\ncities: oops\nother:\n", 1), "cities: expected a list of mappings, got str"),
    (lambda t: t.replace("slug: shanxi\n", "slug: shanxi\nslug: shanxi2\n", 1), "slug: expected once, got a second time"),
    (lambda t: t.replace("slug: shanxi\n", "slug: shanxi\nlat: 0x1F\n", 1), "YAML 1.1 would read it as 31"),
])
def test_wrong_region_is_a_message_with_its_line(tmp_path, change, words):
    text = change(FULL_REGION)
    assert text != FULL_REGION
    (tmp_path / "region.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DigestError) as err:
        load_region(tmp_path)
    assert any(words in p.message and p.line for p in err.value.problems), str(err.value)
