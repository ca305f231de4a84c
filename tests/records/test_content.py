"""Reading records: every problem named with its file, line and field."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PROJECT
from digest.build import check
from digest.errors import DigestError
from digest.textsafe import safe_text

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


@pytest.mark.parametrize("front, seed", [
    ("source:\n  file: seeds/a.txt\n  title: x\n", "seeds/a.txt"),
    ("source:\n  file: 'seeds/a b.txt'\n", "seeds/a b.txt"),
    ("source:\n  title: x\n  file: seeds/y.txt\nother: 1\n", "seeds/y.txt"),
    ("source:\n  meta:\n    file: nested.txt\n", None),  # not source.file
    ("source:\n  file: seeds/x.txt # comment\n", "seeds/x.txt"),
    ("source: {file: seeds/flow.txt}\n", "seeds/flow.txt"),
    ('source:\n  file: "seeds/q.txt"\n', "seeds/q.txt"),
    ("source:\n  file: seeds/one.txt\n  file: seeds/two.txt\n", None),  # a key twice: refused, check says why
    ("source:\n  file: seeds/x.txt\ntitle: [unclosed\n", None),  # cannot be read: check says why
])
def test_record_source_is_read_by_the_record_reader(tmp_path, front, seed):
    from digest.records.content import record_source

    path = tmp_path / "x.md"
    path.write_text(f"---\n{front}---\n\nBody.\n", encoding="utf-8")
    assert record_source(path) == seed


def test_record_values_are_those_of_yaml_1_1_safe_loading():
    # but for the YAML 1.1 number forms an editor would not mean (0x10, 1_000, 007, 1:30): refused (#20)
    from digest.records.content import split_record

    meta = split_record(
        "---\na: 1\nb: 1.5\ne: .5\nf: 1e3\ng: 2024-01-02\nh: yes\ni: ~\nj: [1, 'x']\n"
        "k: {<<: {z: 1}, y: 2}\nl: !!str 5\nn: -0\no: +3\np: 3.0\nq: 2024-02-30\nr: null\ns: ''\n"
        "t: Off\nu: 2024-01-02 10:00:00\n---\n", "x.md")[0]
    assert meta == {
        "a": 1, "b": 1.5, "e": 0.5, "f": "1e3", "g": dt.date(2024, 1, 2), "h": True,
        "i": None, "j": [1, "x"], "k": {"z": 1, "y": 2}, "l": "5", "n": 0, "o": 3, "p": 3.0,
        "q": "2024-02-30", "r": None, "s": "", "t": False, "u": dt.datetime(2024, 1, 2, 10, 0),
    }
    assert [type(meta[k]) for k in "abpt"] == [int, float, float, bool]


@pytest.mark.parametrize("front, message", [
    ("title: x\na: !!python/name:os.system\n", "x.md:3: front matter is not valid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:python/name:os.system'"),
    ("title: x\n? [1]\n: 2\n", "x.md:3: front matter is not valid YAML: found unhashable key"),
    ("title: x\ncity: changzhi: taiyuan\n", "x.md:3: front matter is not valid YAML: mapping values are not allowed in this context"),
    ("- a\n- b\n", "x.md:1: front matter: expected a mapping of fields, got list"),
    ("just text\n", "x.md:1: front matter: expected a mapping of fields, got str"),
    ("\n", "x.md:1: front matter: expected a mapping of fields, got nothing"),
    ("title: x\nsector: &s coal\nthemes:\n- *s\n", "x.md:5: front matter: expected every value written out, got the alias *s (a record takes no YAML aliases)"),
    ("title: x\nbase: &b {city: x}\nother:\n  <<: *b\n", "x.md:5: front matter: expected every value written out, got the alias *b (a record takes no YAML aliases)"),
    ("title: x\nv: &v [*v]\n", "x.md:3: front matter: expected every value written out, got the alias *v (a record takes no YAML aliases)"),
])
def test_front_matter_that_is_not_a_record_is_named_with_line(front, message):
    from digest.records.content import split_record

    with pytest.raises(DigestError) as caught:
        split_record(f"---\n{front}---\n\nBody.\n", "x.md")
    assert [str(p) for p in caught.value.problems] == [message]


def test_billion_laughs_is_refused_at_its_first_alias():
    """Nine lines of aliases to aliases stand for 9**9 values: refused, not spelled out."""
    from digest.records.content import split_record

    lines = ["title: x", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    text = "---\n" + "\n".join(lines) + "\nthemes: *a8\n---\n"
    with pytest.raises(DigestError) as caught:
        split_record(text, "x.md")
    assert [str(p) for p in caught.value.problems] == [
        "x.md:4: front matter: expected every value written out, got the alias *a0 (a record takes no YAML aliases)"]


# -- hand edits and round trips: what the one reader makes of a record -----------

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


def _edit(old: str, new: str) -> str:
    assert old in BASE
    return BASE.replace(old, new, 1)


def _edit_figures(change) -> str:
    """BASE with each line of its figures list changed."""
    head, rest = BASE.split("figures:\n")
    figures, tail = rest.split("review:")
    return f"{head}figures:\n{''.join(map(change, figures.splitlines(True)))}review:{tail}"


def test_base_record_values_and_lines():
    from digest.records.content import split_record

    meta, body, lines, figure_lines = split_record(BASE, "x.md")
    assert meta["date"] == dt.date(2022, 6, 21) and meta["figures"][0]["value"] == 7000000000
    assert meta["figures"][1]["value"] == 73.9 and meta["figures"][0]["period"] == "2021"
    assert meta["source"]["date_line"] == "Updated: 2022-06-21" and meta["review"] == []
    assert list(meta) == ["title", "date", "city", "cities", "sector", "themes", "source", "figures", "review"]
    assert lines["title"] == 2 and lines["source"] == 11 and lines["figures"] == 15 and lines["review"] == 26
    assert figure_lines == [16, 22] and body == "\nBody.\n"


SAME_MEANING_EDITS = {
    "indented sequence": _edit("themes:\n- photovoltaics\n- coal", "themes:\n  - photovoltaics\n  - coal"),
    "flow sequence": _edit("themes:\n- photovoltaics\n- coal", "themes: [photovoltaics, coal]"),
    "indented figures": _edit_figures(lambda line: "  " + line),
    "wider items": _edit_figures(lambda line: "-   " + line[2:] if line.startswith("- ") else "  " + line),
    "double-quoted": _edit("title: Changzhi lauded by State Council", 'title: "Changzhi lauded by State Council"'),
    "folded title": _edit("title: Changzhi lauded by State Council", "title: Changzhi lauded\n  by State\n     Council"),
    "folded quoted": _edit("date_line: 'Updated: 2022-06-21'", "date_line: 'Updated:\n    2022-06-21'"),
    "blank lines": _edit("city: changzhi\n", "city: changzhi\n\n\n"),
    "trailing spaces": _edit("city: changzhi\n", "city: changzhi   \n"),
    "extra spaces": _edit("city: changzhi", "city:     changzhi"),
    "comments": _edit("city: changzhi", "# checked\ncity: changzhi # by hand").replace("  unit: CNY", "  # yuan\n  unit: CNY"),
    "crlf": BASE.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("name", SAME_MEANING_EDITS)
def test_hand_edits_that_keep_the_meaning_read_the_same(name):
    from digest.records.content import split_record

    meta = split_record(SAME_MEANING_EDITS[name], "x.md")[0]
    assert meta == split_record(BASE, "x.md")[0]


def test_hand_edits_that_change_a_type_read_as_yaml_1_1_does():
    from digest.records.content import split_record

    assert split_record(_edit("qualifier: over", "qualifier: yes"), "x.md")[0]["figures"][0]["qualifier"] is True
    assert split_record(_edit("period: '2021'", "period: 2021"), "x.md")[0]["figures"][0]["period"] == 2021
    assert split_record(_edit("date: 2022-06-21", "date: 2022-6-1"), "x.md")[0]["date"] == "2022-6-1"
    assert split_record(_edit("date: 2022-06-21", "date:"), "x.md")[0]["date"] is None


ORDINARY_WORDS = st.sampled_from([
    "coal", "Taiyuan", "steel output", "7 billion yuan", "changzhi", "green-development",
    "It's growing", "percent", "CNY", "2023", "Shanxi's #1 park", "x - y", "Updated: 2022-06-21",
    "[Photo/VCG]", "太原市", "café", "By Hou Liqiang", "Home > News", "a, b and c", "yes", "null",
    "1e3", "0x10", "*star", "&amp", "- dash", "2024-02-30",
])
ORDINARY_TEXT = st.one_of(ORDINARY_WORDS, st.lists(ORDINARY_WORDS, min_size=5, max_size=40).map(" ".join))
ORDINARY = st.one_of(
    ORDINARY_TEXT, st.none(), st.booleans(), st.dates(min_value=dt.date(1900, 1, 1)),
    st.integers(-10**12, 10**12), st.integers(-10**9, 10**9).map(lambda i: i / 100),
)
FIGURE = st.dictionaries(st.sampled_from(["metric", "value", "unit", "text", "period", "note"]), ORDINARY, max_size=6)
RECORD = st.fixed_dictionaries({
    "title": ORDINARY_TEXT, "date": st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1))),
    "cities": st.lists(ORDINARY_TEXT, max_size=3), "source": st.dictionaries(ORDINARY_WORDS, ORDINARY, max_size=4),
    "figures": st.lists(FIGURE, max_size=4), "review": st.lists(ORDINARY_WORDS, max_size=3),
})


@settings(max_examples=300, deadline=None)
@given(RECORD)
def test_what_ingest_writes_reads_back_the_same(meta):
    """Front matter written as ingest writes it (yaml.safe_dump) reads back
    with the same values, types and key order."""
    from digest.records.content import _dump, split_record

    got = split_record(_dump(meta, "Body."), "x.md")[0]
    assert got == meta and repr(got) == repr(meta)


# Text as a record keeps it: no control, bidi or zero-width character, NFC (#20, digest.textsafe).
SAFE_TEXT = st.text(max_size=20).filter(lambda t: safe_text(t) == t)
SAFE_KEY = st.text(max_size=6).filter(lambda t: safe_text(t) == t)
SCALARS = st.one_of(
    # A record's numbers are finite and of at most 18 digits (#20): others are refused.
    ORDINARY, SAFE_TEXT, st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-10**18 + 1, 10**18 - 1),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(SAFE_KEY, st.integers(-10**18 + 1, 10**18 - 1)), st.one_of(
    SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(SAFE_KEY, SCALARS, max_size=3)), max_size=6))
def test_values_are_the_safe_constructors(meta):
    """split_record builds plain values itself: they are what PyYAML's safe
    constructor builds from the same nodes, type and key order included."""
    from digest.records.content import _dump, _RecordLoader, split_record

    text = _dump(meta, "Body.")
    front = text.split("\n---\n", 1)[0].removeprefix("---\n")
    loader = _RecordLoader(front)
    try:
        expected = loader.construct_document(loader.get_single_node())
    finally:
        loader.dispose()
    got = split_record(text, "x.md")[0]
    assert repr(got) == repr(expected)


VOCABULARY = """indicators:
- id: raw-coal-output
  name: Raw coal output
  unit: t
  measure: flow
  scope: place
  definition: Raw coal mined in the place.
  terms: [raw coal output]
"""


def test_figure_indicator_is_checked_against_the_vocabulary(mini):
    (mini.content / "indicators.yaml").write_text(VOCABULARY, encoding="utf-8")
    text = GOOD.replace("{metric: coal output,", "{metric: coal output, indicator: raw-coal-outptu,")
    assert problems_for(mini, "x.md", text) == [
        "content/articles/x.md:10: figures[0]: indicator: unknown indicator 'raw-coal-outptu'"
        " (did you mean raw-coal-output?)"]
    (mini.content / "articles" / "x.md").write_text(text.replace("outptu", "output"), encoding="utf-8")
    figure = next(a for a in check(mini).articles if a.article.slug == "x").article.figures[0]
    assert figure.indicator == "raw-coal-output"


def test_figure_indicator_without_a_vocabulary_is_taken_as_written(mini):
    text = GOOD.replace("{metric: coal output,", "{metric: coal output, indicator: anything-at-all,")
    (mini.content / "articles" / "x.md").write_text(text, encoding="utf-8")
    figure = next(a for a in check(mini).articles if a.article.slug == "x").article.figures[0]
    assert figure.indicator == "anything-at-all"
    assert problems_for(mini, "x.md", text.replace("anything-at-all", "[1, 2]")) == [
        "content/articles/x.md:10: figures[0]: indicator: expected an indicator id or null, got [1, 2]"]


@pytest.mark.parametrize("place", ["china", "other"])
def test_a_figure_may_be_national_or_elsewhere_but_an_article_may_not(mini, place):
    text = GOOD.replace("unit: t,", f"unit: t, city: {place},")
    (mini.content / "articles" / "x.md").write_text(text, encoding="utf-8")
    assert next(a for a in check(mini).articles if a.article.slug == "x").article.figures[0].city == place
    found = problems_for(mini, "x.md", text.replace("city: ashford", f"city: {place}"))
    assert found == [f"content/articles/x.md:4: city: unknown city '{place}'"]


def test_record_names_the_indicator_right_after_the_metric():
    from digest.model import Article, Figure, Source
    from digest.records.content import render_record
    figure = Figure(metric="raw coal output", value=12, unit="t", text="12 tons", city="china",
                    indicator="raw-coal-output")
    article = Article(slug="x", title="X", date=None, city="ashford", cities=(), sector=None, themes=(),
                      source=Source(file="seeds/x.txt"), figures=(figure,), body="X.\n")
    lines = render_record(article).splitlines()
    start = lines.index("- metric: raw coal output")
    assert lines[start:start + 3] == ["- metric: raw coal output", "  indicator: raw-coal-output", "  value: 12"]


# -- YAML 1.1 surprises and numbers that cannot be shown (#20) --------------

@pytest.mark.parametrize("front, line, words", [
    ("title: A\ntitle: B\n", 3, "title: expected once, got a second time (first at line 2)"),
    ("source:\n  file: a\n  file: b\n", 4, "file: expected once"),
    ("figures:\n- value: 010\n", 3, "YAML 1.1 would read it as 8"),
    ("figures:\n- value: 0x1F\n", 3, "read it as 31"),
    ("figures:\n- value: 190:20:30\n", 3, "read it as 685230"),
    ("figures:\n- value: 1_000\n", 3, "read it as 1000"),
    ("figures:\n- value: .nan\n", 3, "plain decimal number"),
    ("figures:\n- value: .inf\n", 3, "plain decimal number"),
    ("figures:\n- value: -.inf\n", 3, "plain decimal number"),
    ("figures:\n- value: 1.0e+309\n", 3, "expected a finite number"),
    ("figures:\n- value: " + "9" * 401 + "\n", 3, "of 401 digits"),
    ("figures:\n- value: " + "9" * 5001 + "\n", 3, "of 5001 digits"),
    ("figures:\n- value: " + "9" * 400 + ".5\n", 3, "expected a finite number"),
])
def test_yaml_surprises_are_refused_at_their_line(front, line, words):
    from digest.errors import DigestError
    from digest.records.content import split_record

    with pytest.raises(DigestError) as err:
        split_record(f"---\n{front}---\n\nBody.\n", "x.md")
    (problem,) = err.value.problems
    assert problem.line == line and words in problem.message, str(problem)
    assert "\n" not in str(problem)


def test_a_record_over_the_size_limit_is_named_and_not_built(mini):
    from digest.records.content import MAX_RECORD_BYTES
    body = "The city's output rose by 5 percent in 2023.\n\n" * (MAX_RECORD_BYTES // 46 + 1)
    found = problems_for(mini, "huge.md", GOOD + body)
    assert len(found) == 1 and found[0].startswith("content/articles/huge.md: file too large:"), found


@pytest.mark.parametrize("front", ["title: fine\n", "title: [unclosed\n", "a: 1\na: 2\n", "n: 0x1F\n"])
def test_the_cycle_collector_is_running_again_after_a_front_matter_is_read(front):
    """The parser pauses Python's cycle collector (it is linear without it, #20);
    a record, good or refused, must never leave it off for the rest of the build."""
    import gc

    from digest.records.content import load_yaml
    assert gc.isenabled()
    try:
        load_yaml(front, "x.md")
    except DigestError:
        pass
    assert gc.isenabled()


@pytest.mark.parametrize("written, read", [
    ("2023-01-2023-09", "2023-Q1-Q3"), ("2023-01-2023-06", "2023-H1"), ("2023-07-2023-12", "2023-H2"),
    ("2023-04-2023-06", "2023-Q2"), ("2023-01-2023-12", "2023"), ("2023-01-2023-05", "2023-01-2023-05"),
    ("2022-12-2023-02", "2022-12-2023-02"), ("2023-Q1-Q3", "2023-Q1-Q3"), ("2021-2025", "2021-2025")])
def test_a_period_is_read_in_one_spelling_so_that_equal_spans_are_compared(tmp_path, written, read):
    import shutil

    from digest.records.content import load_articles
    from digest.records.region import load_region
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for name in ("region.yaml", "indicators.yaml"):
        shutil.copy(PROJECT / "content" / name, content / name)
    (content / "articles" / "a.md").write_text(
        "---\ntitle: Coal\ndate: 2023-10-20\ncity: shanxi\nsource:\n  file: seeds/a.txt\nfigures:\n- metric: raw coal output\n  value: 1\n"
        f"  unit: t\n  text: 1 t\n  period: '{written}'\n---\nThe province mined 1 t.\n", encoding="utf-8")
    (article,) = load_articles(content, load_region(content), tmp_path)
    assert article.figures[0].period == read


def test_the_front_digest_ignores_the_body_and_nothing_else():
    # What the downloads and the explorer are keyed by (PageCache.figures): a
    # body edit leaves it unchanged; any other field changes it.
    import dataclasses
    import datetime as dt

    from digest.model import Article, Figure, Source, front_digest

    figure = Figure(metric="raw coal output", value=1.2e9, unit="tonnes", text="1.2 billion tonnes")
    article = Article(slug="a", title="Coal", date=dt.date(2024, 1, 2), city="datong", cities=("datong",),
                      sector="coal", themes=("coal",), source=Source(file="seeds/a.txt"), figures=(figure,),
                      body="Datong mined 1.2 billion tonnes.")
    digest = front_digest(article)
    assert len(digest) == 64
    assert front_digest(dataclasses.replace(article, body="Another body.", checksum="x")) == digest
    for change in [{"slug": "b"}, {"title": "Steel"}, {"date": None}, {"city": "taiyuan"}, {"themes": ()},
                   {"review": ("figures[0].status",)}, {"figures": (dataclasses.replace(figure, value=1.3e9),)},
                   {"source": Source(file="seeds/b.txt")}]:
        assert front_digest(dataclasses.replace(article, **change)) != digest, change
    # A digest the record carries (set when it is read) is taken as it is.
    assert front_digest(dataclasses.replace(article, front="kept")) == "kept"


def test_unicode_line_ends_become_plain_ones_so_a_record_reads_back_as_written():
    from digest.records.content import _dump, split_record

    assert safe_text("a\x85b\u2028c\u2029d") == "a\nb\nc\nd"
    meta = {"title": safe_text("Coal\x85city"), safe_text("\x85"): "coal", " ": "steel"}
    got = split_record(_dump(meta, "Body."), "x.md")[0]
    assert got == meta  # YAML folds a raw U+0085 in a quoted key into a space: two keys would become one
