"""A fast reader for record front matter, for the small part of YAML that
`yaml.safe_dump` writes for a record and that editors commonly keep.

parse_front gives exactly what the YAML path of content.split_record gives
(values and their types, key order, key and figure lines), or None as soon
as the text uses anything outside that subset; the caller then parses it
with PyYAML, which also reports any error. Returning None is always safe.

The subset (indentation in spaces only):
- a top-level block mapping of `key: value` / `key:` lines, keys plain words;
- under a key: a block sequence (indentless `- x` or indented `  - x`) whose
  items are scalars or mappings of scalars (`- metric: x` + `  value: 3`),
  or a block mapping of scalars (`source:` + `  file: x`); nothing deeper;
- scalars: plain (folded over more-indented lines), single-quoted (folded
  likewise), double-quoted on one line without escapes, and `[]` / `{}`.
  Plain scalars get their type from PyYAML's own implicit resolver; only
  strings, nulls, booleans, plain decimal ints and floats and YYYY-MM-DD
  dates are taken.
Comments, anchors, aliases, tags, block scalars, other flow collections,
complex keys, duplicate keys, tabs, a blank line before an indented one and
any indentation YAML would read differently all give None.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import yaml

# The tag resolver CSafeLoader (and SafeLoader) use for plain scalars.
_RESOLVER = yaml.resolver.Resolver()
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
# First characters some implicit resolver looks at; a plain scalar starting
# with any other character is a string (unless a resolver matches any start).
_TRIGGERS = frozenset(k for k in _RESOLVERS if k) if None not in _RESOLVERS else None

_STR, _NULL, _BOOL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"

# Characters libyaml reads as ordinary printable text, plus the line feed.
# Anything else (tabs, lone carriage returns, NEL, the Unicode line and
# paragraph separators, a byte order mark, control characters, surrogates)
# is left to PyYAML.
_BAD_CHAR = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_TRAILING_SPACES = re.compile(r" +$", re.MULTILINE)
# One row per line: (indent, "- " entry mark with its spaces, key, the
# spaces after the key's colon, rest of the line). Parts a line lacks are "".
_ROW = re.compile(r"^( *)(-(?: +|$)|)(?:([A-Za-z_][A-Za-z0-9_]{0,127}):( +|$)|)(.*)$", re.MULTILINE)
_BLANK = ("", "", "", "", "")
# The only number and date spellings taken: decimal ints and floats (no
# leading zeros, underscores, exponents, bases or sexagesimals), capped in
# length so Python's limit on int() of long digit strings stays PyYAML's
# business; and YYYY-MM-DD.
_NUMBER = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,40})(\.[0-9]+)?")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Characters a plain scalar may not start with here ('-' followed by a
# non-space is allowed: -12, -0.25). Quotes and [] {} are handled apart.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_TRUE = frozenset(("yes", "true", "on"))
# Collections nest at most this deep: the top-level mapping is 0, `source`
# and `figures` are 1, each figure is 2; values at depth 2 are scalars.
_MAX_DEPTH = 2


class _Unsupported(Exception):
    """The text leaves the subset: the caller falls back to PyYAML."""


_NO = object()  # the answer for a plain scalar outside the subset


def _typed(text: str) -> Any:
    """The value PyYAML constructs for a plain scalar, or _NO."""
    # Decimal numbers are the commonest typed values and nearly each one is
    # new, so they skip the resolver's slow regexes: it reads one as an int,
    # or as a float when it has a fraction (no other YAML 1.1 form matches
    # these strings).
    number = _NUMBER.fullmatch(text)
    if number:
        return float(text) if number[1] else int(text)
    return _resolved(text)


@functools.lru_cache(maxsize=4096)
def _resolved(text: str) -> Any:
    """The value PyYAML constructs for a plain scalar other than a decimal
    number, typed by PyYAML's resolver; or _NO."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    if tag == _STR:
        return text
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() in _TRUE
    if tag == _TIMESTAMP:
        date = _DATE.fullmatch(text)
        if date:
            try:
                return dt.date(int(date[1]), int(date[2]), int(date[3]))
            except ValueError:
                return _NO  # an impossible date: the YAML path reports it
    return _NO


def _line(row: tuple[str, str, str, str, str]) -> str:
    """The text of a row without its indentation."""
    _, dash, key, space, rest = row
    return f"{dash}{key}:{space}{rest}" if key else dash + rest


class _Parser:
    """One pass over the rows of a front matter, top to bottom. Each method
    takes the index of the row to read from and returns what it read with
    the index of the row after it."""

    def __init__(self, rows: list[tuple[str, str, str, str, str]], offset: int):
        self.rows = rows
        self.offset = offset
        self.key_lines: dict[str, int] = {}
        self.figure_lines: list[int] = []

    def document(self) -> tuple[dict[str, Any], dict[str, int], list[int]]:
        rows = self.rows
        pos = 0
        while pos < len(rows) and rows[pos] == _BLANK:
            pos += 1
        if pos == len(rows):
            raise _Unsupported  # no mapping: the YAML path says what it is
        meta, pos = self._mapping(pos, 0, 0)
        if pos != len(rows):
            raise _Unsupported
        return meta, self.key_lines, self.figure_lines

    def _mapping(self, pos: int, indent: int, depth: int) -> tuple[dict[str, Any], int]:
        """A block mapping with its keys at column indent."""
        rows = self.rows
        out: dict[str, Any] = {}
        while pos < len(rows):
            row = rows[pos]
            ind, dash, key, _, rest = row
            if not key or dash or len(ind) != indent:
                if row == _BLANK:
                    pos += 1
                    continue
                if len(ind) < indent:
                    break  # the parent's next row
                raise _Unsupported
            if key in out:
                raise _Unsupported  # PyYAML keeps the last value; leave that to it
            if _TRIGGERS is None or key[0] in _TRIGGERS:
                if type(_resolved(key)) is not str:
                    raise _Unsupported  # a key like `yes` or `null`
            if depth == 0:
                self.key_lines[key] = pos + self.offset
            if rest:
                out[key], pos = self._scalar(rest, pos + 1, indent)
            else:
                out[key], pos, items = self._block(pos + 1, indent, depth)
                if depth == 0 and key == "figures":
                    self.figure_lines = items
        return out, pos

    def _block(self, pos: int, indent: int, depth: int) -> tuple[Any, int, list[int]]:
        """The value of a `key:` at column indent that has nothing after the
        colon: a sequence, a mapping or null; with the file lines of the
        items when it is a sequence."""
        rows = self.rows
        while pos < len(rows) and rows[pos] == _BLANK:
            pos += 1
        if pos == len(rows):
            return None, pos, []
        at, dash = len(rows[pos][0]), rows[pos][1]
        if at < indent or (at == indent and not dash):
            return None, pos, []  # nothing under the key
        if depth == _MAX_DEPTH:
            raise _Unsupported
        if dash:  # indentless (at == indent) or indented
            return self._sequence(pos, at, depth + 1)
        mapping, pos = self._mapping(pos, at, depth + 1)
        return mapping, pos, []

    def _sequence(self, pos: int, col: int, depth: int) -> tuple[list[Any], int, list[int]]:
        """A block sequence with its `-` at column col; with its items' lines."""
        rows = self.rows
        items: list[Any] = []
        lines: list[int] = []
        while pos < len(rows):
            row = rows[pos]
            ind, dash, key, space, rest = row
            if not dash or len(ind) != col:
                if row == _BLANK:
                    pos += 1
                    continue
                break  # the parent checks what comes next
            lines.append(pos + self.offset)
            if key:
                # `- key: value`: a mapping whose keys are at the column of
                # this first one, read as if the dash were a space.
                if depth == _MAX_DEPTH:
                    raise _Unsupported
                start = col + len(dash)
                rows[pos] = (" " * start, "", key, space, rest)
                item, pos = self._mapping(pos, start, depth + 1)
            elif rest:
                item, pos = self._scalar(rest, pos + 1, col)
            else:
                raise _Unsupported  # the item is on the next lines
            items.append(item)
        return items, pos, lines

    def _scalar(self, text: str, pos: int, block: int) -> tuple[Any, int]:
        """A scalar (or [] / {}) that starts with text on the row before pos,
        in a block at column block: rows indented more than that continue it."""
        rows = self.rows
        first = text[0]
        if first not in _INDICATORS or (first == "-" and len(text) > 1 and text[1] != " "):
            if pos < len(rows) and len(rows[pos][0]) > block:
                parts = [text]
                while pos < len(rows) and len(rows[pos][0]) > block:
                    parts.append(_line(rows[pos]))
                    pos += 1
                text = " ".join(parts)  # YAML folds each line break to a space
            if ": " in text or " #" in text or text[-1] == ":":
                raise _Unsupported  # a mapping inside, or a comment
            if _TRIGGERS is None or first in _TRIGGERS:
                value = _typed(text)
                if value is _NO:
                    raise _Unsupported
                return value, pos
            return text, pos
        if first == "'":
            value, pos = self._single_quoted(text[1:], pos, block)
        elif first == '"':
            if text.find('"', 1) != len(text) - 1 or "\\" in text:
                raise _Unsupported  # escapes, or more than one line
            value = text[1:-1]
        elif text == "[]":
            value = []
        elif text == "{}":
            value = {}
        else:
            raise _Unsupported
        if pos < len(rows) and len(rows[pos][0]) > block:
            raise _Unsupported  # more lines after a quoted scalar or [] / {}
        return value, pos

    def _single_quoted(self, text: str, pos: int, block: int) -> tuple[str, int]:
        """A single-quoted scalar from just after its opening quote; it may
        go on over more-indented rows, each line break folded to a space."""
        rows = self.rows
        out: list[str] = []
        while True:
            start = 0
            while True:
                quote = text.find("'", start)
                if quote < 0:
                    break
                if text.startswith("'", quote + 1):  # '' is a quote
                    out.append(text[start:quote + 1])
                    start = quote + 2
                    continue
                if quote != len(text) - 1:
                    raise _Unsupported  # something after the closing quote
                out.append(text[start:quote])
                return "".join(out), pos
            # No closing quote on this line: the scalar continues on the
            # next, which must be more indented (and so not blank).
            if pos == len(rows) or len(rows[pos][0]) <= block:
                raise _Unsupported
            out.append(text[start:])
            out.append(" ")
            text = _line(rows[pos])
            pos += 1


def parse_front(front: str, offset: int) -> tuple[dict[str, Any], dict[str, int], list[int]] | None:
    """(meta, key lines, figure lines) for the front matter of a record, as
    content.split_record's YAML path gives them, or None when the text is
    outside the subset this reader knows (the caller then uses PyYAML).

    front is the text between the '---' lines; offset the file line of its
    first line, as split_record computes it.
    """
    if "\r" in front:
        front = front.replace("\r\n", "\n")  # YAML reads CR LF as one line break
    if _BAD_CHAR.search(front):
        return None
    if " \n" in front or front.endswith(" "):
        # Trailing spaces never count in this subset (YAML drops them from
        # plain and folded scalars); without them a blank row is all "".
        front = _TRAILING_SPACES.sub("", front)
    if "\n\n " in front:
        return None  # a blank line then an indented one: maybe a line break in a scalar
    try:
        return _Parser(_ROW.findall(front), offset).document()
    except _Unsupported:
        return None
