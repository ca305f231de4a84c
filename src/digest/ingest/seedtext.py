"""Read a seed as an editor pasted it: bytes to text, text to header fields and blocks.

A seed is a news article copied from a web page (China Daily and its
provincial channels, Xinhua wire copy, government portals, press releases).
Around the article's paragraphs it may carry page furniture: a breadcrumb, a
headline, a byline, a date line, a source line, photo captions, section
headings and a closing credit. Every non-empty line of the seed ends up in
exactly one place: a header field of ParsedSeed or one of its blocks.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..tables import read_lists
from ..textsafe import safe_text
from .dates import DATE_LINE, date_from_line, labelled_date, parse_date, split_fields
from .extract import is_figure_line

BLOCK_KINDS = ("paragraph", "heading", "caption")
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
HEADING_MAX_WORDS = 12
HEADER_MAX_CHARS = 200
CREDIT_MAX_WORDS = 30
# Share of control characters above which decoded bytes are not text.
CONTROL_SHARE = 0.3


class SeedError(Exception):
    """A seed that cannot be read as an article, with the line where it can say."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Block:
    """One body line: a paragraph, a section heading or a photo caption."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True)
class ParsedSeed:
    """A seed's header fields (raw lines, as pasted) and body blocks, in order."""

    title: str | None = None
    title_line: int | None = None
    breadcrumb: str | None = None
    byline: str | None = None
    author: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    date_line: str | None = None
    date: dt.date | None = None
    date_in_body: bool = False  # no header or dateline dates it: the lead's own date does
    source_line: str | None = None
    blocks: tuple[Block, ...] = ()
    credit: str | None = None


# --- bytes to text ----------------------------------------------------------

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (a .docx or .xlsx file?)"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
# Bytes 0x80-0x9F: Windows-1252's printable characters (curly quotes, dashes,
# the euro sign); the five bytes it leaves undefined stay Latin-1 controls.
_CP1252_UPPER = str.maketrans({
    chr(b): bytes([b]).decode("cp1252")
    for b in range(0x80, 0xA0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
})
_CP1252_UNDEFINED = re.compile(b"[\x81\x8d\x8f\x90\x9d]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _windows_1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_UPPER)


def _binary_error(data: bytes, why: str) -> SeedError:
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    what = f"looks like {kind}" if kind else why
    return SeedError(f"binary file: {what}; expected the article pasted as plain text")


def _mixed_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray Windows-1252 bytes, or None if it is not that."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED_BYTE.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 0x7F) - stray
    if wide == 0 or stray > wide:
        return None
    return _ESCAPED_BYTE.sub(lambda m: _windows_1252(bytes([ord(m.group()) - 0xDC00])), text)


def _guess_text(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _binary_error(data, "starts like UTF-16 but is not") from None
    if data.startswith(b"\xef\xbb\xbf"):
        body = data[3:]
        encoding = "utf-8-sig"
    else:
        body = data
        encoding = "utf-8"
    if b"\x00" in body or any(body.startswith(magic) for magic, _ in _MAGIC):
        raise _binary_error(body, f"NUL byte at offset {body.find(0)}")
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(body)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    name = "latin-1" if _CP1252_UNDEFINED.search(body) else "cp1252"
    return _windows_1252(body), name


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> tuple[str, str]:
    """Return a seed's text with '\\n' line ends, and the encoding it was read in.

    UTF-8 (with or without a byte-order mark, "utf-8" / "utf-8-sig"), else
    Windows-1252 ("cp1252"), whose five undefined bytes are read as Latin-1
    ("latin-1"). UTF-8 text with a few stray Windows-1252 bytes in it (a quote
    pasted from elsewhere) keeps both ("utf-8+cp1252"); UTF-16 with a
    byte-order mark is read too ("utf-16").
    """
    if not data:
        raise SeedError("empty file")
    text, encoding = _guess_text(data)
    if not text:
        raise SeedError("empty file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > CONTROL_SHARE * len(text):
        raise SeedError(
            f"binary file: {controls} of {len(text)} characters are control characters;"
            " expected the article pasted as plain text"
        )
    # A vertical tab or form feed breaks a line; the rest that no feed can
    # hold, bidi controls and zero-width characters go (digest.textsafe).
    text = safe_text(_normalise_newlines(text).replace("\x0b", "\n").replace("\x0c", "\n"))
    if not _clean(text):
        raise SeedError("only whitespace")
    return text, encoding


# --- lines -------------------------------------------------------------------

_NON_BREAKING = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
# Only ever matched at a string's start: a run of spaces inside a line is not
# tried again from each of its characters, as a search for the trailing run would.
_LEADING_SPACE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")


def _clean(line: str) -> str:
    """A line without its edge whitespace, non-breaking spaces made plain."""
    line = line.translate(_NON_BREAKING)
    lead = _LEADING_SPACE.match(line)
    if lead:
        line = line[lead.end():]
    trail = _LEADING_SPACE.match(line[::-1])  # the trailing run, read from the end
    return line[:len(line) - trail.end()] if trail else line


# --- line shapes -------------------------------------------------------------

# The words that fill the shapes below (agencies, labels, roles, marks) are
# headers.yaml's ordered lists; the shapes themselves (brackets, colons, where
# a dateline's date goes) are here. A list's entries are regex fragments in
# which a space outside [...] stands for any run of whitespace.
HEADERS = Path(__file__).with_name("headers.yaml")
_PATTERN_LISTS = (
    "photo_words", "photo_prefixes", "photo_credit_words", "courtesy_words", "agencies",
    "agencies_signing_with_name", "crumb_prefixes", "crumb_separators", "masthead_separators",
    "source_labels", "byline_labels", "byline_verbs", "byline_place_words", "reporter_role_words",
    "reporter_roles", "publisher_words", "editor_labels", "credit_verbs", "contribution_nouns",
    "end_marks", "release_marks", "dateline_dashes",
)
_WORD_LISTS = ("name_links", "plain_date_labels")
_WORDS = read_lists(HEADERS, _PATTERN_LISTS, _WORD_LISTS)
_SPACE_OUTSIDE_CLASS = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|( +)")


def _fragment(entry: str) -> str:
    """A table entry as a pattern: 'China Daily' is 'China\\s+Daily'; '[- ]' keeps its space."""
    return _SPACE_OUTSIDE_CLASS.sub(lambda m: r"\s+" if m.group(1) else m.group(), entry)


def _alternatives(*names: str) -> str:
    """The entries of headers.yaml's lists, in order, as 'a|b|c'."""
    return "|".join(_fragment(entry) for name in names for entry in _WORDS[name])


def _any(*names: str) -> str:
    """The entries of headers.yaml's lists as one group: '(?:a|b|c)'."""
    return f"(?:{_alternatives(*names)})"


_OPEN = r"[\[(（【]"
_CLOSE = r"[\])）】]"
_INSIDE = r"[^\[\]()（）【】]"
_PHOTO_WORD = rf"(?i:(?:{_any('photo_prefixes')}\s+)?{_any('photo_words')}s?)"
_PHOTO_TAG = re.compile(
    rf"{_OPEN}\s*{_PHOTO_WORD}"
    rf"(?:\s*[/:：|,]{_INSIDE}*|\s+(?i:{_alternatives('photo_credit_words')})\b{_INSIDE}*|\s*)"
    rf"{_CLOSE}"
)
_AGENCY = _any("agencies")
_AGENCY_WITH_NAME = _any("agencies", "agencies_signing_with_name")
_END_CREDIT = re.compile(
    rf"{_OPEN}\s*(?:(?i:{_alternatives('courtesy_words')})\b{_INSIDE}*"
    rf"|{_AGENCY}"
    rf"|{_AGENCY_WITH_NAME}\s*/{_INSIDE}{{1,60}}"
    rf"|[^\[\]()（）【】/]{{1,60}}/\s*{_AGENCY_WITH_NAME})\s*{_CLOSE}$"
)

_CRUMB_PREFIX = re.compile(rf"^{_any('crumb_prefixes')}\s*[:：]\s*", re.I)
_CRUMB_BREAK = re.compile(rf"\s*{_any('crumb_separators')}\s*")

_SOURCE_LINE = re.compile(rf"^{_OPEN}?\s*{_any('source_labels')}\s*[:：]\s*(?P<value>.*?)\s*{_CLOSE}?$", re.I)

_BYLINE = re.compile(
    rf"^(?:(?P<by>(?:{_any('byline_verbs')}\s+)?by)\s*[:：]?\s+"
    rf"|{_any('byline_labels')}\s*[:：]\s*)"
    r"(?P<rest>.+)$",
    re.I,
)
_EDITOR_LINE = re.compile(rf"^{_any('editor_labels')}\s*[:：]", re.I)
_NAME_LINK = frozenset(_WORDS["name_links"])
_PUBLISHER_WORD = re.compile(_alternatives("publisher_words"), re.I)
# "By Liu Chen, staff reporter": the writer's role after a comma is no name.
_ROLE_TAIL = re.compile(rf"^(?:{_any('reporter_role_words')}\s+)*{_any('reporter_roles')}$", re.I)
# "Zhou Ying" alone under the date line: a byline without its "By".
_BARE_NAME = re.compile(r"^[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}$")
# A masthead or section strip: "Shanxi Daily English | 山西日报", "BUSINESS | COMPANIES".
_MASTHEAD_BREAK = re.compile(rf"\s+{_any('masthead_separators')}\s+")
MASTHEAD_SEGMENT_WORDS = 5
MASTHEAD_SEGMENT_CHARS = 40
_PLACE_TAIL = re.compile(rf"\s+{_any('byline_place_words')}\s+", re.I)
_END_PARENS = re.compile(r"\((?P<inner>[^()]{1,60})\)\s*$")

_CREDIT_LINES = (
    re.compile(rf"\bcontributed\s+(?:to\s+)?(?:this|the)\s+{_any('contribution_nouns')}\b", re.I),
    re.compile(rf"^{_OPEN}?\s*{_any('credit_verbs')}\s+by\b", re.I),
    _EDITOR_LINE,
    re.compile(rf"^[\[(]?\s*{_any('end_marks')}\s*[\])]?$", re.I),
)

_MONTH = r"(?i:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*"
_PLACE_WORD = r"[A-Z][A-Za-z'’.\-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)"
    rf"(?:\s*,\s*(?P<date>{_MONTH}\.?\s*[0-9]{{1,2}}(?:\s*,\s*(?P<year>[0-9]{{4}}))?))?"
    # "(Xinhua)", or a newswire's "/PRNewswire/"
    r"\s*(?:\((?P<agency>[^()]{1,40})\)|/(?P<wire>[A-Za-z][^/\s]{1,40})/)?"
    rf"\s*{_any('dateline_dashes')}\s*"
)

# "FOR IMMEDIATE RELEASE", "PRESS RELEASE": a press release's page furniture, kept as a heading.
_RELEASE_MARK = re.compile(rf"^[\[(]?\s*{_any('release_marks')}\s*[\])]?\s*[:.]?$", re.I)

_LINE_END_STOP = ".。,，;；:：!！?？…"
_TITLE_END_STOP = ".。,，;；:："  # a headline may ask or exclaim
_QUOTES_AND_BRACKETS = "\"'”’»)]）】 "
_SENTENCE_BREAK = re.compile(r"[a-z0-9%)][.!?][\"”’')]?\s+[\"“‘(]?[A-Z]")


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption: '[Photo/...]', '(Xinhua/Li Ming)' and kin."""
    if _PHOTO_TAG.search(line):
        return True
    # "By Yuan Shenggao (China Daily)" ends like a credit but is a byline
    return bool(_END_CREDIT.search(line)) and _parse_byline(line) is None


def _is_breadcrumb(line: str) -> bool:
    if len(line) > HEADER_MAX_CHARS:
        return False
    parts = _CRUMB_BREAK.split(_CRUMB_PREFIX.sub("", line))
    if len(parts) < 2 or not parts[0]:
        return False
    if not parts[-1]:
        parts = parts[:-1]
    return all(p and p[0].isalpha() and len(p.split()) <= 6 and p[-1] not in "。." for p in parts)


def _is_masthead(line: str) -> bool:
    """Site chrome: short segments between ' | ' (a masthead, a section strip, a crumb trail).

    "Shanxi Daily English | 山西日报", "BUSINESS | COMPANIES", "Linfen
    Municipal People's Government | Government Affairs > Work Reports".
    A headline with a site name after a bar has a long first segment.
    """
    if len(line) > HEADER_MAX_CHARS:
        return False
    pieces = _MASTHEAD_BREAK.split(line)
    if len(pieces) < 2:
        return False
    segments = [part.strip() for piece in pieces for part in _CRUMB_BREAK.split(piece)]
    return all(
        seg
        and seg[0].isalpha()
        and len(seg.split()) <= MASTHEAD_SEGMENT_WORDS
        and len(seg) <= MASTHEAD_SEGMENT_CHARS
        and not any(ch.isdigit() or ch in ":：" for ch in seg)
        and seg[-1] not in _LINE_END_STOP
        for seg in segments
    )


_WIDE_GAP = re.compile(r"\s{2,}|\t+")


def _is_nav_strip(line: str) -> bool:
    """A site's menu pasted as one line: 'Home  News  Business  Culture  Travel'."""
    parts = _WIDE_GAP.split(line)
    return len(parts) >= 3 and all(
        p and p[0].isalpha() and len(p.split()) <= 2 and not any(ch.isdigit() or ch in ":：" for ch in p)
        and p[-1] not in _LINE_END_STOP
        for p in parts
    )


def _is_bare_name(line: str) -> bool:
    return bool(_BARE_NAME.match(line)) and not _PUBLISHER_WORD.search(line)


_PLAIN_DATE_LABELS = frozenset(_WORDS["plain_date_labels"])


_LABELLED_DATE_LINES = 6  # how far into a seed a labelled date field is looked for


def _is_date_label_line(line: str) -> bool:
    """A labelled date line whose date cannot be read: 'Updated: yesterday'."""
    label = DATE_LINE.match(line)
    if not (label and label["colon"] and label["value"] and len(line) <= 60):
        return False
    # "Time: the scarcest resource" is a headline; "Updated: n/a" is not
    return label["label"].lower() not in _PLAIN_DATE_LABELS or any(ch.isdigit() for ch in label["value"])


def _source_value(line: str) -> str | None:
    """The publisher a source line names, or None if it is not a source line."""
    if len(line) > HEADER_MAX_CHARS or len(line.split()) > 15:
        return None
    match = _SOURCE_LINE.match(split_fields(line)[0])
    if match is None:
        return None
    return match["value"].rstrip(" .。") or ""


def _looks_like_names(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not words or len(words) > 10 or any(ch.isdigit() for ch in text):
        return False
    return all(w.lower() in _NAME_LINK or not w[0].isalpha() or not w[0].islower() for w in words)


def _parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, publisher) of a byline, or None if the line is not a byline."""
    if len(line) > HEADER_MAX_CHARS or line.endswith((".", "。")) and not line.endswith(".cn"):
        return None
    fields = split_fields(line)
    if _EDITOR_LINE.match(fields[0]):
        return None, _bare_publisher(fields[1:])
    match = _BYLINE.match(fields[0])
    if match is None:
        return None
    rest = match["rest"].strip()
    publisher = None
    parens = _END_PARENS.search(rest)
    if parens:
        publisher = parens["inner"].strip()
        rest = rest[: parens.start()].strip()
    rest = _PLACE_TAIL.split(rest, maxsplit=1)[0].strip(" ,;")
    if "," in rest and _ROLE_TAIL.match(rest.rsplit(",", 1)[1].strip()):
        rest = rest.rsplit(",", 1)[0].strip(" ,")
    if "," in rest:
        head, tail = rest.rsplit(",", 1)
        if _PUBLISHER_WORD.search(tail):
            publisher = publisher or tail.strip()
            rest = head.strip(" ,")
    if match["by"] and not _looks_like_names(rest):
        return None
    return rest or None, publisher or _bare_publisher(fields[1:])


def _bare_publisher(fields: list[str]) -> str | None:
    """The publisher among a meta line's fields: 'Source: X', or a bare name like 'Xinhua'."""
    for field in fields:
        value = _source_value(field)
        if value:
            return value
    for field in fields:
        if ":" in field or "：" in field or DATE_LINE.match(field) or date_from_line(field):
            continue
        if any(ch.isalpha() for ch in field) and not re.match(r"(?i)by\s", field) and len(field.split()) <= 5:
            return field
    return None


def _is_credit(line: str) -> bool:
    if len(line.split()) > CREDIT_MAX_WORDS or is_caption(line):
        return False
    return any(pattern.search(line) for pattern in _CREDIT_LINES)


def _ends_open(line: str) -> bool:
    """Whether a line ends like a statement or a clause, not like a headline."""
    core = line.rstrip(_QUOTES_AND_BRACKETS)
    return not core or core[-1] in _TITLE_END_STOP


_SITE_NAME = re.compile(r"\b(?:Government|Portal|Bureau|Commission|Committee|Network|Online|Website|Department|Administration|Office|Ministry|Cent(?:er|re))"
                        # "Jincheng Municipal Bureau of Statistics", "The People's Government of Datong Municipality"
                        # "Department of Industry and Information Technology of Shanxi Province"
                        # "People's Government of Yunzhou District, Datong City"
                        r"(?:\s+(?:of|and|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:,?\s+[A-Z][\w'\u2019-]*){0,3}){0,3}"
                        # "Lucheng District People's Government, Changzhi City"
                        r"(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*$"
                        r"|\.(?:cn|com|org)\s*$", re.I)
_DELIVERED = re.compile(r"\s*\(?\s*(?:Delivered|Presented|Given|Made)\s+(?:at|to|on|before)\b", re.I)
_WEEKDAY_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b")


_HOME_TRAIL = re.compile(r"\s*(?:Home|首页)\s*\|")


def _crumbs_follow(items: list[tuple[int, str]], index: int) -> bool:
    """A crumb trail comes next, after at most one menu strip ("Home | About | Services"); a
    trail may also be written with bars when it starts at home ("Home | Statistical Information |
    Statistical Communiques" under "Changzhi Municipal Bureau of Statistics")."""
    for _number, line in items[index + 1:index + 3]:
        if _is_breadcrumb(line) or _HOME_TRAIL.match(line) and _is_masthead(line):
            return True
        if not (_is_nav_strip(line) or _is_masthead(line)):
            return False
    return False


def _looks_like_title(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    if _ends_open(line) or line[0].islower() or not any(ch.isalnum() for ch in line):
        return False
    # 'Q&A: "Coal built this city. Now we want it to fly"': a quote may hold two sentences.
    return not _SENTENCE_BREAK.search(_QUOTED.sub('""', line)) and _dateline(line) is None


_QUOTED = re.compile(r'"[^"]{1,200}"|\u201c[^\u201d]{1,200}\u201d')


# "- Electrolyte shipments of 21,400 tons, up 74.0%": a bulleted item with a figure is text.
_BULLET_WITH_FIGURE = re.compile(r"\s*[-\u2022*\u00b7\u2013]\s+\D*\d")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]\s+(?=[A-Z])")
_LABELLED_FIGURE = re.compile(r"^[A-Z][\w ,'()&/-]{0,40}:\s*(?:about\s+|nearly\s+|over\s+|RMB\s*|US\$\s*|\$)?\d", re.I)


def _looks_like_heading(line: str) -> bool:
    if len(line.split()) > HEADING_MAX_WORDS or line[0].islower() or is_figure_line(line) or _LABELLED_FIGURE.search(line) \
            or _BULLET_WITH_FIGURE.match(line):
        # "4.48 million kW" over what it measures, "GDP: 112.6 billion yuan, up 4.8 percent" under a
        # list item's name: figures, not a section's name.
        return False
    if line[-1] in _LINE_END_STOP or line[-1] in "\"'”’,":
        return False
    numbered = _LIST_NUMBER.match(line)
    if numbered is not None and not re.search(r"\d", line[numbered.end():]):
        line = line[numbered.end():]  # "1. Xiaoyi (Lyuliang)": a numbered list's item named
    return any(ch.isalpha() for ch in line) and not _SENTENCE_BREAK.search(line)


def _is_header_field(line: str) -> bool:
    """A second date or source line: never a heading, though its field is taken."""
    return date_from_line(line) is not None or _source_value(line) is not None


def _dateline(paragraph: str) -> re.Match[str] | None:
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    if match["date"] or ((match["agency"] or match["wire"]) and match["place"].isupper()):
        return match
    return None


# --- text to fields and blocks -------------------------------------------------


def _credit_index(items: list[tuple[int, str]]) -> int | None:
    """The index of the closing credit: the last line but trailing source or date lines."""
    index = len(items) - 1
    while index > 0 and (_source_value(items[index][1]) is not None or date_from_line(items[index][1])):
        index -= 1
    return index if index > 0 and _is_credit(items[index][1]) else None


@dataclass
class _Header:
    """The header fields found so far, while reading a seed top to bottom."""

    title: str | None = None
    title_line: int | None = None
    breadcrumb: str | None = None
    byline: str | None = None
    author: str | None = None
    byline_publisher: str | None = None
    date_line: str | None = None
    date: dt.date | None = None
    source_line: str | None = None
    credit: str | None = None


def _publisher(header: _Header, dateline: re.Match[str] | None) -> str | None:
    """Who published the article: byline, wire agency, source line, meta line, in that order."""
    agency = (dateline["agency"] or dateline["wire"] or "").strip() if dateline else None
    source = _source_value(header.source_line) if header.source_line else None
    meta = _bare_publisher(split_fields(header.date_line)) if header.date_line else None
    return header.byline_publisher or agency or source or meta or None


def parse_seed(text: str) -> ParsedSeed:
    """Split a seed's text into header fields and body blocks; raise SeedError if it has no body."""
    if not isinstance(text, str):
        raise SeedError(f"expected text, got {type(text).__name__}")
    if not text:
        raise SeedError("empty file")
    lines = _normalise_newlines(text).split("\n")
    items = [(number, line) for number, line in ((n, _clean(raw)) for n, raw in enumerate(lines, 1)) if line]
    if not items:
        raise SeedError("only whitespace")

    header = _Header()
    blocks: list[Block] = []
    credit_at = _credit_index(items)
    body_end = credit_at if credit_at is not None else len(items)
    in_header = True  # until the first paragraph
    title_tried = False
    # The last line before the credit that is not a caption: whether a line has
    # body text after it is one comparison, not a look through every later line.
    last_text = next((i for i in range(body_end - 1, -1, -1) if not is_caption(items[i][1])), -1)

    for index, (number, line) in enumerate(items):
        if index == credit_at:
            header.credit = line
            continue
        if in_header and header.breadcrumb is None and _is_breadcrumb(line):
            header.breadcrumb = line
            continue
        if header.date_line is None:
            day = date_from_line(line)
            if day is not None or (in_header and _is_date_label_line(line)):
                header.date_line, header.date = line, day
                continue
        if header.date_line is None and (in_header or index < _LABELLED_DATE_LINES):
            # A labelled field ("Release date: 2020-01-15") dates the article even on a line
            # after a first paragraph ("Delivered at ... on January 9, 2020").
            day = labelled_date(line)
            if day is not None:
                # "By A and B in Luliang, Shanxi | China Daily | Updated: 2021-11-30":
                # a byline that also carries the date is both.
                header.date_line, header.date = line, day
                byline = _parse_byline(line) if header.byline is None else None
                if byline is not None:
                    header.byline = line
                    header.author, header.byline_publisher = byline
                continue
        if header.source_line is None and _source_value(line) is not None:
            header.source_line = line
            continue
        if in_header and header.byline is None:
            byline = _parse_byline(line)
            if byline is not None:
                header.byline = line
                header.author, header.byline_publisher = byline
                continue
        if (
            in_header and header.byline is None and header.title is not None and index > 0
            and header.date_line == items[index - 1][1] and _is_bare_name(line)
        ):
            # "Zhou Ying" right under the date line is the writer
            header.byline = header.author = line
            continue
        if in_header and _is_masthead(line):
            chrome_crumb = any(_is_breadcrumb(other) for _, other in items[index + 1 : index + 6])
            if header.breadcrumb is None and not chrome_crumb:
                header.breadcrumb = line
                continue
            if header.source_line is None:
                header.source_line = line
                continue
            blocks.append(Block("heading", line, number))
            continue
        if is_caption(line):
            blocks.append(Block("caption", line, number))
            continue
        if in_header and _RELEASE_MARK.match(line):
            blocks.append(Block("heading", line, number))
            continue
        if in_header and header.title is None and (_is_nav_strip(line) or len(line.split()) < 2):
            # menus and lone words ("Search") above the headline do not use up its place
            blocks.append(Block("heading", line, number))
            continue
        if in_header and header.title is None and not title_tried and _crumbs_follow(items, index) \
                and _SITE_NAME.search(line) and not _is_breadcrumb(line):
            # "Shuozhou Municipal People's Government" over "Home > News > Departmental News": the
            # site's name above its crumb trail; the headline comes after them.
            blocks.append(Block("heading", line, number))
            continue
        if in_header and not title_tried:
            title_tried = True
            if _looks_like_title(line):
                header.title, header.title_line = line, number
                continue
        later = last_text > index
        if later and _looks_like_heading(line) and not _is_header_field(line):
            blocks.append(Block("heading", line, number))
            continue
        blocks.append(Block("paragraph", line, number))
        in_header = False

    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        raise SeedError(f"no article text: {len(items)} line(s) but none reads as a paragraph")
    if header.byline is None and header.date_line is not None:
        # "By Li Ming (China Daily) | Updated: 2022-06-21" is the date line
        bylines = [_parse_byline(f) for f in split_fields(header.date_line) if re.match(r"(?i)by\s", f)]
        header.author, header.byline_publisher = next((b for b in bylines if b is not None), (None, None))
    dateline = None
    for paragraph in paragraphs[:3]:
        # A release's subtitle ("New plant adds 120,000 parts of annual capacity") or a wire's
        # "News provided by" and the company's name above its dateline ("TAIYUAN, China, April
        # 13, 2021 /PRNewswire/ --"); a paragraph that reads as text ends the look ("Co., Ltd." does not).
        dateline = _dateline(paragraph.text)
        if dateline is not None or _ends_open(paragraph.text) and len(paragraph.text.split()) > 8:
            break
    if header.date is None and dateline is not None and dateline["year"]:
        # "TAIYUAN, China, May 16, 2023 /PRNewswire/ --": a dateline with its year dates the article
        header.date = parse_date(dateline["date"])
    date_in_body = False
    if header.date is None:
        # "Xinzhou on Thursday, Sept 12, 2019, opened the fair": a news lead's full date is the
        # day it reports, the article's date for want of another (the reviewer is asked to check).
        header.date = parse_date(paragraphs[0].text)
        if header.date is None:
            # A feature may open on a scene and give the day of its news after it: "On Tuesday,
            # March 14, 2023, the first sheets came off the line" (a weekday names the news's day;
            # "a plan issued on March 3, 2015" is history).
            header.date = next((parse_date(m.group()) for p in paragraphs[1:3]
                                for m in [_WEEKDAY_DATE.search(p.text)] if m is not None), None)
        if header.date is None:
            # A report is dated by the day it was given: "Delivered at the Fifth Session of the 15th
            # Taiyuan Municipal People's Congress on January 26, 2021", above its first section.
            header.date = next((parse_date(b.text) for b in blocks[:12] if b.kind in ("paragraph", "heading")
                                and _DELIVERED.match(b.text)), None)
        date_in_body = header.date is not None
    return ParsedSeed(
        title=header.title,
        title_line=header.title_line,
        breadcrumb=header.breadcrumb,
        byline=header.byline,
        author=header.author,
        publisher=_publisher(header, dateline),
        dateline=dateline.group().strip() if dateline else None,
        date_line=header.date_line,
        date=header.date,
        date_in_body=date_in_body,
        source_line=header.source_line,
        blocks=tuple(blocks),
        credit=header.credit,
    )
