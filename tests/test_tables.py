"""The vocabulary tables' reader: named lists a newcomer edits, checked with file and line."""

from __future__ import annotations

import pytest

from digest.errors import DigestError
from digest.tables import read_lists


def test_named_lists_are_read_in_order_and_every_scalar_is_text(tmp_path):
    table = tmp_path / "headers.yaml"
    table.write_text("agencies:\n  - Xinhua\n  - China Daily\nname_links:\n  - and\n  - on\n  - no\n", encoding="utf-8")

    lists = read_lists(table, patterns=("agencies",), words=("name_links",))

    # YAML would read "on" and "no" as booleans; in a word list they are words
    assert lists == {"agencies": ("Xinhua", "China Daily"), "name_links": ("and", "on", "no")}


def test_every_problem_of_a_table_is_reported_with_its_file_and_line(tmp_path):
    table = tmp_path / "headers.yaml"
    table.write_text(
        "agencies:\n"
        "  - Xinhua\n"
        "  - Visual China(?: Group)?\n"  # unquoted ': ' makes a mapping
        "  - Getty(\n"
        "  - ''\n"
        "agencys:\n"
        "  - CNS\n"
        "photo_words: photo\n"
        "name_links: []\n"
        "agencies:\n"
        "  - CFP\n",
        encoding="utf-8",
    )

    with pytest.raises(DigestError) as caught:
        read_lists(table, patterns=("agencies", "photo_words", "end_marks"), words=("name_links",))

    assert str(caught.value).splitlines() == [
        f"{table}:3: agencies: expected a word or a pattern, got a mapping; quote an entry with ': ' in it",
        f"{table}:4: agencies: 'Getty(' is not a regular expression: missing ), unterminated subpattern at position 5",
        f"{table}:5: agencies: expected a word or a pattern, got an empty entry",
        f"{table}:6: unknown list 'agencys' (did you mean agencies?)",
        f"{table}:8: photo_words: expected a list of entries, got 'photo'",
        f"{table}:9: name_links: expected at least one entry, got an empty list",
        f"{table}:10: list 'agencies' given twice",
        f"{table}: missing lists: end_marks",
    ]


def test_a_table_that_is_not_named_lists_is_refused(tmp_path):
    table = tmp_path / "headers.yaml"
    table.write_text("- Xinhua\n", encoding="utf-8")

    with pytest.raises(DigestError) as caught:
        read_lists(table, patterns=("agencies",), words=())

    assert str(caught.value) == f"{table}: expected lists by name, got a list"
