"""Read the indicator vocabulary, content/indicators.yaml, into Indicators.

The file is region-free: what figures of this genre measure (GDP, raw coal
output, installed capacity ...), each with its unit family, whether it is a
flow, a stock or a rate, and whether it describes a whole place or one item
of it. An editor extends it; every problem is reported at its line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import DigestError, Problem, closest
from ..model import MEASURES, SCOPES, Indicator
from ..settings import INDICATORS_FILE
from ..units import UNIT_IDS

FIELDS = ("id", "name", "unit", "measure", "scope", "item", "definition", "terms")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CHOICES = {"unit": UNIT_IDS, "measure": MEASURES, "scope": SCOPES}
_TEXT = ("name", "definition")


def load_indicators(content_dir: Path, root: Path | None = None) -> tuple[Indicator, ...]:
    """Load content/indicators.yaml; () when the project has none.

    Raise DigestError listing every problem, each as 'file:line: field:
    expected ..., got ...'; the file is named relative to root when given.
    """
    path = content_dir / INDICATORS_FILE
    label = _label(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        # The vocabulary is optional: a digest without one still builds.
        return ()
    except UnicodeDecodeError as exc:
        line = exc.object[:exc.start].count(b"\n") + 1
        raise DigestError([Problem(label, f"expected UTF-8 text, got byte {exc.object[exc.start]:#04x} "
                                          f"at offset {exc.start}", line)]) from None
    node, data = _parse(text, label)
    problems: list[Problem] = []
    entries = _entries(node, data, label, problems)
    indicators: list[Indicator] = []
    first_line: dict[str, int] = {}
    for index, (item_node, item) in enumerate(entries):
        indicator = _indicator(index, item_node, item, label, problems, first_line)
        if indicator is not None:
            indicators.append(indicator)
    if problems:
        # In the order of the file, as the editor reads it.
        raise DigestError(sorted(problems, key=lambda p: p.line or 0))
    return tuple(indicators)


def _label(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def _parse(text: str, label: str) -> tuple[yaml.Node | None, Any]:
    """The YAML node tree (for line numbers) and the values built from it,
    read as records are (content.load_yaml)."""
    from .content import load_yaml
    return load_yaml(text, label, duplicates_reported=True)  # _key_lines lists them


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _key_lines(node: yaml.MappingNode, label: str, problems: list[Problem]) -> dict[str, int]:
    """Each key of a mapping to its line; a key given twice is a problem (YAML would keep the last silently)."""
    lines: dict[str, int] = {}
    for key, _value in node.value:
        name = str(key.value)
        if name in lines:
            problems.append(Problem(label, f"{name}: expected once, got a second time (first at line {lines[name]})",
                                    _line(key)))
        lines.setdefault(name, _line(key))
    return lines


def _entries(node: yaml.Node | None, data: Any, label: str,
             problems: list[Problem]) -> list[tuple[yaml.Node, Any]]:
    """The items of the indicators list with their nodes; problems of the file's shape."""
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        got = "nothing" if data is None else type(data).__name__
        raise DigestError([Problem(label, f"expected a mapping with the key indicators, got {got}", 1)])
    lines = _key_lines(node, label, problems)
    for name in sorted(set(data) - {"indicators"}, key=lambda n: lines.get(str(n), 0)):
        problems.append(Problem(label, f"{name}: unknown field, expected only indicators", lines.get(str(name))))
    if "indicators" not in data:
        problems.append(Problem(label, "indicators: expected a list of indicators, got nothing", 1))
        return []
    values = [v for k, v in node.value if k.value == "indicators"][-1]
    if not isinstance(data["indicators"], list) or not isinstance(values, yaml.SequenceNode):
        got = "nothing" if data["indicators"] is None else type(data["indicators"]).__name__
        problems.append(Problem(label, f"indicators: expected a list of indicators, got {got}", lines["indicators"]))
        return []
    return list(zip(values.value, data["indicators"]))


def _indicator(index: int, node: yaml.Node, item: Any, label: str, problems: list[Problem],
               first_line: dict[str, int]) -> Indicator | None:
    """One entry checked field by field; None when any field is wrong (its problems added)."""
    start = len(problems)
    if not isinstance(item, dict) or not isinstance(node, yaml.MappingNode):
        problems.append(Problem(label, f"indicators[{index}]: expected a mapping of {', '.join(FIELDS)}, "
                                       f"got {_got(item)}", _line(node)))
        return None
    lines = _key_lines(node, label, problems)

    def add(name: str, message: str) -> None:
        problems.append(Problem(label, f"{name}: {message}", lines.get(name, _line(node))))

    for name in item:
        if name not in FIELDS:
            add(str(name), f"unknown field, expected one of {', '.join(FIELDS)}{closest(str(name), FIELDS)}")
    ident = item.get("id")
    if not isinstance(ident, str) or not ID_RE.match(ident):
        add("id", f"expected a lowercase slug (letters, digits, hyphens), got {_got(ident)}")
    elif ident in first_line:
        add("id", f"expected a new id, got {ident!r}, already at line {first_line[ident]}")
    else:
        first_line[ident] = lines["id"]
    for name in _TEXT:
        if not _is_text(item.get(name)):
            add(name, f"expected text, got {_got(item.get(name))}")
    for name, allowed in _CHOICES.items():
        value = item.get(name)
        if value not in allowed:
            hint = closest(value, allowed) if isinstance(value, str) else ""
            add(name, f"expected one of {', '.join(allowed)}, got {_got(value)}{hint}")
    if item.get("scope") == "item" and not _is_text(item.get("item")):
        add("item", f"expected text naming the item (the scope is item), got {_got(item.get('item'))}")
    if item.get("scope") == "place" and item.get("item") is not None:
        add("item", f"expected none (the scope is place), got {_got(item['item'])}")
    terms = item.get("terms")
    if not isinstance(terms, list) or not all(_is_text(t) for t in terms):
        add("terms", f"expected a list of phrases, got {_got(terms)}")
    if len(problems) > start:
        return None
    return Indicator(id=ident, name=item["name"].strip(), unit=item["unit"], measure=item["measure"],
                     scope=item["scope"], definition=item["definition"].strip(),
                     terms=tuple(t.strip() for t in terms),
                     item=item["item"].strip() if item.get("item") is not None else None)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _got(value: Any) -> str:
    return "nothing" if value is None else repr(value)
