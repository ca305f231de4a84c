"""The fast front-matter reader: whenever it answers, PyYAML agrees exactly."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any, Callable

import frontmatter
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import PROJECT, TESTS
from digest.records import content
from digest.records.frontfast import parse_front

ARTICLES = PROJECT / "content" / "articles"
BENCH_ARTICLES = PROJECT / ".bench" / "corpus-1000" / "content" / "articles"


def split(text: str) -> tuple[str, int]:
    """The front matter and its offset, as split_record computes them."""
    front, _body = frontmatter.YAMLHandler().split(text)
    offset = text[: text.find(front)].count("\n") + 1 if front else 2
    return front, offset


def yaml_path(front: str, offset: int) -> Any:
    """What split_record's PyYAML path reads: (meta, key lines, figure lines),
    or the exception it raises on."""
    loader = content._RecordLoader(front)
    try:
        node = loader.get_single_node()
        meta = content._construct(loader, node) if node is not None else None
    except Exception as exc:  # noqa: BLE001 - any failure means "not a record"
        return exc
    finally:
        loader.dispose()
    return meta, content._key_lines(node, offset), content._item_lines(node, "figures", offset)


def same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down (True is not 1, 1.0 is not
    1) and dict keys in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check(front: str, offset: int = 2, label: str = "") -> Any:
    """parse_front's answer, asserting it is None or exactly PyYAML's."""
    fast = parse_front(front, offset)
    if fast is None:
        return None
    expected = yaml_path(front, offset)
    assert not isinstance(expected, Exception), f"{label}: fast path read what YAML rejects: {expected}"
    assert isinstance(expected[0], dict), f"{label}: fast path read a mapping, YAML {expected[0]!r}"
    assert same(fast, expected), f"{label}:\nfast {fast!r}\nyaml {expected!r}\n{front}"
    return fast


def check_text(text: str, label: str = "") -> Any:
    return check(*split(text), label=label)


def record_files() -> list[Path]:
    files = sorted(ARTICLES.glob("*.md"))
    files += sorted(p for p in TESTS.glob("**/*.md") if p.read_text(encoding="utf-8").startswith("---"))
    if BENCH_ARTICLES.is_dir():
        files += sorted(BENCH_ARTICLES.glob("*.md"))[:300]
    return files


# -- real records ----------------------------------------------------------------

def test_record_files_read_as_yaml_reads_them():
    files = record_files()
    assert files
    for path in files:
        check_text(path.read_text(encoding="utf-8"), str(path))


def test_project_records_take_the_fast_path():
    paths = sorted(ARTICLES.glob("*.md"))
    assert paths
    for path in paths:
        assert check_text(path.read_text(encoding="utf-8"), str(path)) is not None, path


def test_generated_corpus_takes_the_fast_path(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_corpus", PROJECT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    root = corpus.generate(50, tmp_path / "corpus", jobs=1)
    paths = sorted((root / "content" / "articles").glob("*.md"))
    assert len(paths) == 50
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert check_text(text, str(path)) is not None, path
        # and split_record, now wired to the fast path, gives the same
        meta, _body, lines, figure_lines = content.split_record(text, path.name)
        assert same((meta, lines, figure_lines), yaml_path(*split(text)))


# -- generated records ------------------------------------------------------------

WORDS = st.sampled_from([
    "coal", "Taiyuan", "steel output", "7 billion yuan", "changzhi", "green-development",
    "It's growing", "Updated: 2022-06-21", "seeds/000_48f6f83ecc8c59d9.txt", "utf-8",
    "By Hou Liqiang", "Home > News", "percent", "CNY", "73.9 percent", "2023", "-5%",
    "[Photo/VCG]", "a, b and c", "Shanxi's #1 park", "x - y", "太原市", "café",
])
NASTY = st.sampled_from([
    "", " ", "  ", "a: b", "a:b", "key:", ":", ": x", "x:", "# not a comment", "a # b", "a#b",
    "- x", "-x", "-", "--", "---", "--- x", "...", "?", "? x", "?x", "*star", "&amp", "!tag",
    "!!str", "|", ">", "%YAML", "@at", "`tick`", "'quoted'", '"dq"', "it's", "'", '"', "''",
    "yes", "no", "Yes", "NO", "on", "Off", "y", "n", "true", "False", "null", "Null", "NULL",
    "~", "1e3", "1.0e+3", "1E3", "0x10", "0o17", "0b101", "012", "1_000", "+5", "-0", "0", "3.",
    ".5", "-.5", "1.5", "-0.25", ".inf", "-.Inf", ".nan", "1:30", "190:20:30.15",
    "2024-01-01", "2024-13-45", "2024-02-30", "0000-01-01", "2024-1-5",
    "2024-01-01 10:00:00", "2024-01-01T10:00:00Z", "<<", "=", "[a]", "{b: c}", "[]", "{}",
    "a [b] c", "a, b", "a\tb", "\tlead tab", "line\nbreak", "two\n\nbreaks", "end\n",
    " lead", "trail ", "a  b", "\u00e9t\u00e9", "emoji \U0001f389", "\u2028", "\x85", "\ufeff",
    "\xa0nbsp\xa0", "\u3000ideographic", "back\\slash", "\x07bell", "\r", "a\r\nb",
])
TEXT = st.one_of(
    WORDS, NASTY, st.text(max_size=30),
    # long enough to be wrapped at width 88
    st.lists(st.one_of(WORDS, NASTY), min_size=8, max_size=40).map(" ".join),
)
SCALAR = st.one_of(
    TEXT, st.none(), st.booleans(), st.dates(),
    st.integers(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(), st.integers(-10**9, 10**9).map(lambda i: i / 100),
)
KEY = st.one_of(st.from_regex(r"[a-z_][a-z0-9_]{0,12}", fullmatch=True), NASTY, st.text(max_size=8))
FIGURE_KEYS = st.sampled_from(content.FIGURE_FIELDS)
SOURCE_KEYS = st.sampled_from(content.SOURCE_FIELDS)


def record(scalar: st.SearchStrategy[Any], text: st.SearchStrategy[str], key: st.SearchStrategy[str],
           nested: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Record-shaped dicts: the record's fields in order, some missing, some
    extra, values drawn from the given strategies."""
    figure = st.dictionaries(st.one_of(FIGURE_KEYS, key), st.one_of(scalar, nested), max_size=12)
    fields = {
        "title": st.one_of(text, scalar),
        "date": st.one_of(st.dates(), scalar),
        "city": text,
        "cities": st.lists(text, max_size=4),
        "sector": st.one_of(text, st.none()),
        "themes": st.lists(st.one_of(text, scalar), max_size=5),
        "source": st.one_of(
            st.dictionaries(st.one_of(SOURCE_KEYS, key), st.one_of(text, scalar), max_size=6), scalar),
        "figures": st.one_of(st.lists(st.one_of(figure, scalar, nested), max_size=6), scalar),
        "review": st.lists(text, max_size=3),
        "fingerprint": text,
    }

    @st.composite
    def build(draw: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, strategy in fields.items():
            if draw(st.integers(0, 9)):  # most fields present
                out[name] = draw(strategy)
        for name, value in draw(st.dictionaries(key, st.one_of(scalar, nested), max_size=2)).items():
            out.setdefault(name, value)
        return out

    return build()


NESTED = st.one_of(
    st.lists(SCALAR, max_size=3),
    st.dictionaries(KEY, SCALAR, max_size=3),
    st.lists(st.lists(SCALAR, max_size=2), max_size=2),
)


def dumped(meta: dict[str, Any]) -> str:
    """The record file content._dump writes for meta."""
    return content._dump(meta, "Body text.")


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record(SCALAR, TEXT, KEY, NESTED))
def test_random_records_read_as_yaml_reads_them(meta):
    check_text(dumped(meta))


ORDINARY_WORDS = st.sampled_from([
    "coal", "Taiyuan", "steel output", "7 billion yuan", "changzhi", "green-development",
    "It's growing", "percent", "CNY", "2023", "Shanxi's #1 park", "x - y", "Updated: 2022-06-21",
    "[Photo/VCG]", "太原市", "café", "By Hou Liqiang", "Home > News", "a, b and c",
])
ORDINARY_TEXT = st.one_of(ORDINARY_WORDS, st.lists(ORDINARY_WORDS, min_size=5, max_size=40).map(" ".join))
ORDINARY = st.one_of(
    ORDINARY_TEXT, st.none(), st.dates(min_value=dt.date(1900, 1, 1)),
    st.integers(-10**12, 10**12), st.integers(-10**9, 10**9).map(lambda i: i / 100),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record(ORDINARY, ORDINARY_TEXT, st.sampled_from(["note", "extra"]), st.nothing()))
def test_ordinary_records_take_the_fast_path(meta):
    assume(meta)  # an empty record is written as a flow mapping, {}
    text = dumped(meta)
    assert check_text(text) is not None, text


# -- hand edits -------------------------------------------------------------------

BASE = """---
title: Changzhi lauded by State Council
date: 2022-06-21
city: changzhi
cities:
- changzhi
sector: photovoltaics
themes:
- photovoltaics
- coal
source:
  file: seeds/000_48f6f83ecc8c59d9.txt
  date_line: 'Updated: 2022-06-21'
  encoding: utf-8
figures:
- metric: industrial output value
  value: 7000000000
  unit: CNY
  text: 7 billion yuan
  qualifier: over
  period: '2021'
- metric: comprehensive utilization rate
  value: 73.9
  unit: percent
  text: 73.9 percent
review: []
---

Body.
"""


def edit(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new, 1)


def edit_figures(change: Callable[[str], str]) -> str:
    """BASE with each line of its figures list changed."""
    head, rest = BASE.split("figures:\n")
    figures, tail = rest.split("review:")
    return f"{head}figures:\n{''.join(map(change, figures.splitlines(True)))}review:{tail}"


def test_base_record_takes_the_fast_path():
    meta, lines, figure_lines = check_text(BASE)
    assert meta["date"] == dt.date(2022, 6, 21) and meta["figures"][1]["value"] == 73.9
    assert lines["title"] == 2 and lines["figures"] == 15 and figure_lines == [16, 22]


SUPPORTED_EDITS = {
    "indented sequence": edit("themes:\n- photovoltaics\n- coal", "themes:\n  - photovoltaics\n  - coal"),
    "indented figures": edit_figures(lambda line: "  " + line),
    "wider items": edit_figures(lambda line: "-   " + line[2:] if line.startswith("- ") else "  " + line),
    "bool yes": edit("qualifier: over", "qualifier: yes"),
    "bool Off": edit("qualifier: over", "qualifier: Off"),
    "double-quoted": edit("title: Changzhi lauded by State Council", 'title: "Changzhi: lauded # by State Council"'),
    "single-quoted": edit("title: Changzhi lauded by State Council", "title: 'Changzhi''s lauded: # yes'"),
    "folded title": edit("title: Changzhi lauded by State Council", "title: Changzhi lauded\n  by State\n     Council"),
    "folded quoted": edit("title: Changzhi lauded by State Council", "title: 'Changzhi lauded\n  by State '' Council'"),
    "blank lines": edit("city: changzhi\n", "city: changzhi\n\n\n"),
    "trailing spaces": edit("city: changzhi\n", "city: changzhi   \ncities:   \n- changzhi  \n").replace(
        "cities:\n- changzhi\n", "", 1),
    "extra spaces": edit("city: changzhi", "city:     changzhi"),
    "null date": edit("date: 2022-06-21", "date: null"),
    "empty date": edit("date: 2022-06-21", "date:"),
    "tilde date": edit("date: 2022-06-21", "date: ~"),
    "empty sector": edit("sector: photovoltaics", "sector: ''"),
    "negative": edit("value: 73.9", "value: -0.25"),
    "plus int": edit("value: 73.9", "value: +12"),
    "empty flow": edit("themes:\n- photovoltaics\n- coal", "themes: []\nsource2: {}"),
    "crlf": BASE.replace("\n", "\r\n"),
    "new field": edit("review: []", "review:\n- date\n- title\nnote: checked by hand"),
    "short date": edit("date: 2022-06-21", "date: 2022-6-1"),
    "deep nesting": edit("  encoding: utf-8", "  encoding:\n    name: utf-8"),
}

OTHER_EDITS = {
    "comment line": edit("city: changzhi", "# checked\ncity: changzhi"),
    "indented comment": edit("  unit: CNY", "  # in yuan\n  unit: CNY"),
    "end comment": edit("city: changzhi", "city: changzhi # checked"),
    "escaped dq": edit("title: Changzhi lauded by State Council", 'title: "Changzhi\\nlauded"'),
    "alias": edit("sector: photovoltaics", "sector: &s photovoltaics").replace("- photovoltaics", "- *s", 1),
    "tab": edit("city: changzhi", "city:\tchangzhi"),
    "tab indent": edit("  unit: CNY", "\tunit: CNY"),
    "tag": edit("value: 73.9", "value: !!float 73.9"),
    "block scalar": edit("title: Changzhi lauded by State Council", "title: |\n  Changzhi lauded\n  by State Council"),
    "folded block": edit("title: Changzhi lauded by State Council", "title: >-\n  Changzhi lauded"),
    "flow list": edit("themes:\n- photovoltaics\n- coal", "themes: [photovoltaics, coal]"),
    "flow map": edit("source:\n  file", "source: {file: x}\nsource_:\n  file"),
    "flow figure": edit("- metric: comprehensive utilization rate\n  value: 73.9",
                        "- {metric: rate, value: 73.9}\n- metric: comprehensive utilization rate\n  value: 73.9"),
    "impossible date": edit("date: 2022-06-21", "date: 2024-02-30"),
    "date and time": edit("date: 2022-06-21", "date: 2022-06-21 10:00:00"),
    "duplicate key": edit("city: changzhi", "city: changzhi\ncity: taiyuan"),
    "duplicate figure key": edit("  unit: CNY", "  unit: CNY\n  unit: USD"),
    "key yes": edit("city: changzhi", "yes: changzhi"),
    "key null": edit("city: changzhi", "null: changzhi"),
    "merge key": edit("city: changzhi", "<<: {city: changzhi}"),
    "complex key": edit("city: changzhi", "? city\n: changzhi"),
    "colon in value": edit("city: changzhi", "city: changzhi: taiyuan"),
    "trailing colon": edit("city: changzhi", "city: changzhi:"),
    "folded colon": edit("city: changzhi", "city: changzhi\n  more: x"),
    "hex": edit("value: 73.9", "value: 0x1F"),
    "underscores": edit("value: 73.9", "value: 1_000"),
    "octal": edit("value: 73.9", "value: 012"),
    "exponent": edit("value: 73.9", "value: 1.0e+3"),
    "inf": edit("value: 73.9", "value: .inf"),
    "sexagesimal": edit("value: 73.9", "value: 1:30"),
    "blank line in scalar": edit("title: Changzhi lauded by State Council", "title: Changzhi lauded\n\n  by State Council"),
    "bad key indent": edit("  encoding: utf-8", "   encoding: utf-8"),
    "bad item indent": edit("  unit: CNY", " unit: CNY"),
    "item on next line": edit("- metric: industrial output value", "-\n  metric: industrial output value"),
    "nested sequence": edit("- coal", "- - coal"),
    "document end": edit("review: []", "review: []\n..."),
    "directive": "---\n%YAML 1.1\ntitle: x\n---\n",
    "indicator start": edit("city: changzhi", "city: @changzhi"),
    "quote then text": edit("city: changzhi", "city: 'chang' zhi"),
    "unclosed quote": edit("city: changzhi", "city: 'changzhi"),
    "unclosed dq": edit("city: changzhi", 'city: "changzhi\n  more"'),
    "nbsp indent": edit("  unit: CNY", "\xa0 unit: CNY"),
    "line separator": edit("city: changzhi", "city: chang\u2028zhi"),
    "no mapping": "---\n- a\n- b\n---\n",
    "scalar document": "---\njust text\n---\n",
    "empty": "---\n\n---\n",
    "indented document": "---\n  title: x\n  date: 2024-01-01\n---\n",
}


@pytest.mark.parametrize("name", SUPPORTED_EDITS)
def test_plain_edits_take_the_fast_path(name):
    assert check_text(SUPPORTED_EDITS[name], name) is not None


@pytest.mark.parametrize("name", OTHER_EDITS)
def test_other_edits_are_left_to_yaml(name):
    assert parse_front(*split(OTHER_EDITS[name])) is None


def test_bool_yes_reads_as_yaml_1_1_does():
    meta = check_text(SUPPORTED_EDITS["bool yes"])[0]
    assert meta["figures"][0]["qualifier"] is True
    assert check_text(SUPPORTED_EDITS["bool Off"])[0]["figures"][0]["qualifier"] is False


def test_errors_still_come_from_yaml():
    from digest.errors import DigestError

    with pytest.raises(DigestError) as caught:
        content.split_record(OTHER_EDITS["colon in value"], "x.md")
    assert "front matter is not valid YAML" in str(caught.value.problems[0])
    with pytest.raises(DigestError) as caught:
        content.split_record(OTHER_EDITS["no mapping"], "x.md")
    assert "expected a mapping of fields, got list" in str(caught.value.problems[0])


EDIT_PIECES = st.sampled_from([
    " ", "  ", "-", "- ", ":", ": ", "#", " #", "'", "''", '"', "\n", "\n\n", "\n ", "\n  ",
    "\n- ", "\n  - ", "[]", "{}", "~", "yes", "1", "0", ".", "\\", "&a", "*a", "!", "?", "|",
    ">", "\t", "x", "\u3000", "2024-01-01", "\r\n", "...", "---", "",
])


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([BASE, *SUPPORTED_EDITS.values()]),
       st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), EDIT_PIECES), min_size=1, max_size=4))
def test_random_edits_read_as_yaml_reads_them(text, edits):
    """Characters typed or deleted anywhere in the front matter."""
    front, offset = split(text)
    for where, cut, piece in edits:
        at = int(where * len(front))
        front = front[:at] + piece + front[at + cut:]
    check(front, offset)
