"""Vocabulary tables shipped with the package (units, the extractor's words, header shapes): YAML read safely."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import DigestError, Problem, closest

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_table(path: Path) -> Any:
    """The table in a YAML file beside the code (libyaml's loader when present)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def _kind(node: yaml.Node) -> str:
    return {yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list"}.get(type(node), f"'{getattr(node, 'value', '')}'")


def _entries(path: Path, name: str, node: yaml.Node, pattern: bool) -> tuple[tuple[str, ...], list[Problem]]:
    """The entries of one named list, and what is wrong with them."""
    where = str(path)
    if not isinstance(node, yaml.SequenceNode):
        return (), [Problem(where, f"{name}: expected a list of entries, got {_kind(node)}", node.start_mark.line + 1)]
    if not node.value:
        return (), [Problem(where, f"{name}: expected at least one entry, got an empty list", node.start_mark.line + 1)]
    entries: list[str] = []
    problems: list[Problem] = []
    for item in node.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.ScalarNode):
            hint = "; quote an entry with ': ' in it" if isinstance(item, yaml.MappingNode) else ""
            problems.append(Problem(where, f"{name}: expected a word or a pattern, got {_kind(item)}{hint}", line))
            continue
        # Every scalar is taken as its text: "on" and "no" stay words, not booleans.
        text = item.value
        if not text.strip():
            problems.append(Problem(where, f"{name}: expected a word or a pattern, got an empty entry", line))
            continue
        if pattern:
            try:
                re.compile(text)
            except re.error as error:
                problems.append(Problem(where, f"{name}: {text!r} is not a regular expression: {error}", line))
                continue
        entries.append(text)
    return tuple(entries), problems


def read_lists(path: Path, patterns: Iterable[str], words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The named lists of a YAML file: each of `patterns` a list of regex fragments, each of `words` of plain words.

    Every list must be there and nothing else; all problems are reported at once.
    """
    pattern_names, word_names = tuple(patterns), tuple(words)
    expected = pattern_names + word_names
    where = str(path)
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    if not isinstance(root, yaml.MappingNode):
        got = "nothing" if root is None else _kind(root)
        raise DigestError([Problem(where, f"expected lists by name, got {got}")])
    lists: dict[str, tuple[str, ...]] = {}
    problems: list[Problem] = []
    for key, value in root.value:
        name = key.value
        if name in lists:
            problems.append(Problem(where, f"list {name!r} given twice", key.start_mark.line + 1))
            continue
        if name not in expected:
            problems.append(Problem(where, f"unknown list {name!r}{closest(name, expected)}", key.start_mark.line + 1))
            continue
        lists[name], wrong = _entries(path, name, value, name in pattern_names)
        problems.extend(wrong)
    missing = [name for name in expected if name not in lists]
    if missing:
        problems.append(Problem(where, f"missing lists: {', '.join(missing)}"))
    if problems:
        raise DigestError(problems)
    return lists
