"""Reading records: every problem named with its file, line and field."""

from __future__ import annotations

import pytest

from conftest import PROJECT
from digest.build import check
from digest.errors import DigestError

GOOD = """---
title: A fine record
date: 2023-01-02
city: ashford
cities: [ashford]
sector: coal
themes: [coal]
source: {file: seeds/fine.txt}
figures:
- {metric: coal output, value: 12, unit: t, text: 12 tons}
review: []
---

Ashford mined 12 tons.
"""


def problems_for(mini, name: str, text: str | bytes) -> list[str]:
    path = mini.content / "articles" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        check(mini)
    return [str(p) for p in caught.value.problems]


def test_good_record_passes(mini):
    (mini.content / "articles" / "fine.md").write_text(GOOD, encoding="utf-8")
    site = check(mini)
    assert len(site.articles) == 3


@pytest.mark.parametrize("change, message", [
    (("date: 2023-01-02", "date: 2024-02-30"), "x.md:3: date: expected YYYY-MM-DD or null, got '2024-02-30'"),
    (("date: 2023-01-02", "date: soon"), "x.md:3: date: expected YYYY-MM-DD or null, got 'soon'"),
    (("title: A fine record\n", ""), "x.md:1: title: missing (a record needs title, date, city and source)"),
    (("themes: [coal]", "themes: coal"), "x.md:7: themes: expected a list of theme slugs, got 'coal'"),
    (("themes: [coal]", "themes: [coall]"), "x.md:7: themes: unknown theme 'coall' (did you mean coal?)"),
    (("value: 12,", "value: twelve,"), "x.md:10: figures[0]: value: expected a number, got 'twelve'"),
    (("unit: t,", "unit: tons,"), "x.md:10: figures[0]: unit: expected one of CNY, USD, percent, percentage-points, t, kWh, kW, km, sqkm, count, other, got 'tons'"),
    (("cities: [ashford]", "citys: [ashford]"), "x.md:5: citys: unknown field (did you mean city?)"),
    (("title: A fine record", "title: !!python/object/apply:os.system ['true']"), "x.md:2: front matter is not valid YAML"),
])
def test_bad_field_is_named_with_line(mini, change, message):
    text = GOOD.replace(*change)
    assert text != GOOD
    found = problems_for(mini, "x.md", text)
    assert len(found) == 1 and found[0].startswith(f"content/articles/{message}"), found


def test_empty_binary_and_non_utf8_records(mini):
    (mini.content / "articles" / "empty.md").write_text("")
    (mini.content / "articles" / "binary.md").write_bytes(b"\x00\x01\x02binary")
    found = problems_for(mini, "latin.md", GOOD.replace("A fine", "A caf\u00e9").encode("latin-1"))
    assert found == [
        "content/articles/binary.md: binary file: a record is UTF-8 text",
        "content/articles/empty.md: empty file: expected front matter and a body",
        "content/articles/latin.md:2: not UTF-8: byte 0xe9 cannot be decoded; save the file as UTF-8",
    ]


def test_two_records_with_the_same_source(mini):
    (mini.content / "articles" / "one.md").write_text(GOOD, encoding="utf-8")
    found = problems_for(mini, "two.md", GOOD)
    assert found == ["content/articles/two.md:8: source: file 'seeds/fine.txt' already has a record: content/articles/one.md"]


def test_file_name_that_is_not_a_slug(mini):
    found = problems_for(mini, "Bad Name.md", GOOD)
    assert found == ["content/articles/Bad Name.md: file name: expected lower-case words joined by '-', got 'Bad Name.md'"]


def test_symlink_outside_the_project_is_refused(mini, tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text(GOOD, encoding="utf-8")
    (mini.content / "articles" / "linked.md").symlink_to(outside)
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert [str(p) for p in caught.value.problems] == [
        "content/articles/linked.md: symlink pointing outside the project: refusing to read it"
    ]


def test_source_file_read_without_yaml_agrees_with_the_yaml_parser():
    import frontmatter

    from digest.records.content import _source_file

    texts = [
        "---\nsource:\n  file: seeds/a.txt\n  title: x\n---\n",
        "---\nsource:\n  file: 'seeds/a b.txt'\n---\n",
        "---\nsource:\n  title: x\n  file: seeds/y.txt\nother: 1\n---\n",
        "---\nsource:\n  meta:\n    file: nested.txt\n---\n",           # not source.file
        "---\nsource:\n  file: seeds/x.txt # comment\n---\n",
        "---\nsource: {file: seeds/flow.txt}\n---\n",
        "---\nsource:\n  file: \"seeds/q.txt\"\n---\n",
        "---\nsource:\n  file: seeds/one.txt\n  file: seeds/two.txt\n---\n",  # duplicate key
        *(p.read_text(encoding="utf-8") for p in sorted((PROJECT / "content" / "articles").glob("*.md"))),
    ]
    quick = 0
    for text in texts:
        found = _source_file(text)
        if found is not None:
            quick += 1
            assert found == frontmatter.loads(text).metadata["source"]["file"], text
    assert quick >= 8  # the project's records and the plain forms take the quick path


def test_record_values_are_those_of_the_safe_constructor():
    from digest.records.content import _construct, _RecordLoader

    docs = [p.read_text(encoding="utf-8").split("\n---", 1)[0].removeprefix("---\n")
            for p in sorted((PROJECT / "content" / "articles").glob("*.md"))]
    docs += [
        "a: 1\nb: 1.5\nc: 0x10\nd: 1_000\ne: .5\nf: 1e3\ng: 2024-01-02\nh: yes\ni: ~\nj: [1, 'x']\n"
        "k: {<<: {z: 1}, y: 2}\nl: !!str 5\nm: 007\nn: -0\no: +3\np: 3.0\nq: 2024-02-30\nr: null\ns: ''\n",
        "? [1]\n: 2\n", "a: !!python/name:os.system\n", "- &x {a: 1}\n- *x\n", "a: 1\na: 2\n",
    ]

    def load(doc, fast):
        loader = _RecordLoader(doc)
        try:
            node = loader.get_single_node()
            value = (_construct(loader, node) if fast else loader.construct_document(node)) if node else None
            return "ok", value
        except Exception as exc:  # noqa: BLE001 - the error class is what is compared
            return "error", type(exc).__name__
        finally:
            loader.dispose()

    for doc in docs:
        fast, slow = load(doc, True), load(doc, False)
        assert fast == slow and repr(fast) == repr(slow), doc
    assert load(docs[-3], True)[0] == "error"  # !!python tags stay refused
