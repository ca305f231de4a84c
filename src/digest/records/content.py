"""Read and write the records in content/articles: YAML front matter + Markdown."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import logging
import math
import os
import re
import tempfile
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Iterable

import frontmatter
import yaml

from ..errors import DigestError, Problem, closest
from ..textsafe import safe_text
from ..engine.core import Engine
from ..model import KINDS, QUALIFIERS, STATUSES, Article, Figure, Indicator, Region, Source, canonical_period, front_digest
from ..settings import ARTICLES_DIR
from ..units import UNIT_IDS

log = logging.getLogger(__name__)

FINGERPRINT = "fingerprint"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _RecordLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loading only (libyaml when present); an impossible date stays text
    so that validation reports it at its line instead of the parser raising."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_RecordLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

_STR, _INT, _FLOAT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_MAP, _SEQ, _NULL = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:null"
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+")


_DEC_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_MAX_DIGITS = 18


class _Refused(Exception):
    """A value YAML 1.1 would read other than the editor meant; carries its node."""

    def __init__(self, node: yaml.Node, message: str):
        super().__init__(message)
        self.node, self.message = node, message


def _number(node: yaml.Node, value: str, as_float: bool) -> Any:
    digits = sum(ch.isdigit() for ch in value)
    if not as_float and digits > _MAX_DIGITS:
        raise _Refused(node, f"expected a number of at most {_MAX_DIGITS} digits, got one of {digits} digits"
                             " (write it in a larger unit)")
    number = float(value) if as_float else int(value)
    if as_float and not math.isfinite(number):
        raise _Refused(node, f"expected a finite number, got {value[:40]}")
    return number


def _values(loader: Any, node: yaml.Node) -> Any:
    """The values of parsed front matter, as the loader's safe constructor
    gives them. Records are nearly all text, decimal numbers, lists and
    mappings; those are built here directly, because the constructor's
    general machinery costs as much again as parsing, and anything else
    (dates, booleans, merge keys, other tags) is handed to it. Aliases are
    refused before this runs, so each node is built once."""
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        value = node.value
        if tag == _STR:
            return safe_text(value)
        if tag == _INT:
            if _PLAIN_INT.fullmatch(value):
                return _number(node, value, False)
            # YAML 1.1 reads 010 as 8, 0x1F as 31, 190:20:30 as 685230, 1_000 as 1000.
            raise _Refused(node, f"expected a plain decimal number, got {value} (YAML 1.1 would read it as"
                                 f" {loader.construct_object(node)}): write the number meant, or quote it for text")
        if tag == _FLOAT:
            if _PLAIN_FLOAT.fullmatch(value) or _DEC_FLOAT.fullmatch(value):
                return _number(node, value, True)
            raise _Refused(node, f"expected a plain decimal number, got {value}"
                                 " (.nan, .inf, 1_000.5 and 1:30.5 are not taken): write the number meant")
        if tag == _NULL:
            return None
    elif isinstance(node, yaml.SequenceNode) and tag == _SEQ:
        return [_values(loader, item) for item in node.value]
    elif isinstance(node, yaml.MappingNode) and tag == _MAP and all(
            isinstance(k, yaml.ScalarNode) and k.tag in (_STR, _INT, _NULL) for k, _ in node.value):
        out = {_values(loader, k): _values(loader, v) for k, v in node.value}
        if len(out) < len(node.value) and not getattr(loader, "duplicates_reported", False):
            _refuse_duplicate(node)
        return out
    elif isinstance(node, yaml.MappingNode) and not getattr(loader, "duplicates_reported", False):
        _refuse_duplicate(node)
    return loader.construct_object(node, deep=True)


def _refuse_duplicate(node: yaml.MappingNode) -> None:
    """Raise at the second of two equal keys: YAML would keep the last silently."""
    seen: dict[Any, int] = {}
    for key, _value in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise _Refused(key, f"{key.value}: expected once, got a second time (first at"
                                    f" line {{line{seen[key.value]}}})")
            seen[key.value] = key.start_mark.line


@contextlib.contextmanager
def _no_cycle_collection():
    """Parsing makes tens of thousands of objects and no reference cycle; the
    cycle collector, woken by every 700 of them, walks the growing tree again
    and again, so a front matter of 1.5 MB took 2.5 times as long with it as
    without it (`make bench-hostile`, "many figures"). Paused while a front
    matter is parsed, restored after, whatever happens."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def load_yaml(text: str, label: str, offset: int = 1, duplicates_reported: bool = False,
              what: str = "") -> tuple[yaml.Node | None, Any]:
    """Parse YAML as records are parsed: safe, no aliases, no YAML 1.1 number
    surprises, no key given twice (unless the caller reports those itself,
    with its other problems). Raise DigestError at the file line; `what`
    ("front matter is ") starts the messages."""
    loader = _RecordLoader(text)
    loader.duplicates_reported = duplicates_reported
    try:
        if "*" in text:  # only then can there be an alias
            _refuse_aliases(text, label, offset)
        with _no_cycle_collection():
            node = loader.get_single_node()
            return node, (_values(loader, node) if node is not None else None)
    except RecursionError:
        deep = f"{what}nested too deeply to be a record" if what else "nested too deeply to be read"
        raise DigestError([Problem(label, deep, offset)]) from None
    except _Refused as exc:
        raise DigestError([_refused_problem(exc, label, offset)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DigestError([Problem(label, f"{what}not valid YAML: {problem}", line)]) from None
    finally:
        loader.dispose()


def _refused_problem(exc: _Refused, label: str, offset: int) -> Problem:
    message = re.sub(r"\{line(\d+)\}", lambda m: str(int(m.group(1)) + offset), exc.message)
    return Problem(label, message, exc.node.start_mark.line + offset)

RECORD_FIELDS = (
    "title", "date", "city", "cities", "sector", "themes", "source",
    "figures", "review", FINGERPRINT,
)
SOURCE_FIELDS = tuple(f.name for f in fields(Source))
# A record names what is measured first: metric, then indicator, then the rest
# in the Figure's order (README, "The record").
FIGURE_FIELDS = ("metric", "indicator",
                 *(f.name for f in fields(Figure) if f.name not in ("metric", "indicator")))


# -- writing ---------------------------------------------------------------

def _plain(value: Any) -> Any:
    """Turn whole floats into ints so the YAML reads 7000000000, not 7e9."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def figure_to_dict(fig: Figure) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in FIGURE_FIELDS:
        value = getattr(fig, name)
        if value is not None:
            out[name] = _plain(value)
    return out


def source_to_dict(source: Source) -> dict[str, Any]:
    return {name: getattr(source, name) for name in SOURCE_FIELDS if getattr(source, name) is not None}


def record_to_dict(article: Article) -> dict[str, Any]:
    """The front matter of an article, in the record's field order."""
    return {
        "title": article.title,
        "date": article.date,
        "city": article.city,
        "cities": list(article.cities),
        "sector": article.sector,
        "themes": list(article.themes),
        "source": source_to_dict(article.source),
        "figures": [figure_to_dict(f) for f in article.figures],
        "review": list(article.review),
    }


def _dump(meta: dict[str, Any], body: str) -> str:
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=88, default_flow_style=False)
    return f"---\n{front}---\n\n{body.rstrip()}\n"


def fingerprint(text: str) -> str:
    """Hash of a record's text without its one fingerprint line, the one in the
    front matter: a line of the body that begins with `fingerprint:` is part of
    what the editor may change, so it counts (#20)."""
    lines = text.splitlines(keepends=True)
    kept = lines
    if lines and lines[0].rstrip("\r\n") == "---":
        for index in range(1, len(lines)):
            line = lines[index]
            if line.rstrip("\r\n") == "---":
                break
            if line.startswith(f"{FINGERPRINT}:"):
                kept = lines[:index] + lines[index + 1:]
                break
    return "sha256:" + hashlib.sha256("".join(kept).encode("utf-8")).hexdigest()[:32]


def render_record(article: Article) -> str:
    """The record file as ingest writes it, fingerprint last in the front matter."""
    meta = record_to_dict(article)
    text = _dump(meta, article.body)
    meta[FINGERPRINT] = fingerprint(text)
    return _dump(meta, article.body)


def is_unedited(text: str) -> bool:
    """True when a record still carries the fingerprint ingest gave it. A
    record whose front matter cannot be read counts as edited by hand."""
    try:
        meta = split_record(text, "")[0]
    except DigestError:
        return False
    return meta.get(FINGERPRINT) == fingerprint(text)


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- reading ---------------------------------------------------------------

def _key_lines(node: yaml.Node, offset: int) -> dict[str, int]:
    """Map each top-level key of a mapping node to its 1-based file line."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            lines[str(key.value)] = key.start_mark.line + offset
    return lines


def _item_lines(node: yaml.Node, key: str, offset: int) -> list[int]:
    """File lines of the items of a top-level list (figures)."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key and isinstance(v, yaml.SequenceNode):
                return [item.start_mark.line + offset for item in v.value]
    return []


def _refuse_aliases(front: str, path: str, offset: int) -> None:
    """Raise at the first alias (*name) in the front matter: a few lines of
    aliases to aliases stand for billions of values ("billion laughs"), which
    a message quoting the value, or any walk over it, would spell out."""
    for event in yaml.parse(front, Loader=_RecordLoader):
        if isinstance(event, yaml.AliasEvent):
            raise DigestError([Problem(
                path, f"front matter: expected every value written out, got the alias *{event.anchor}"
                " (a record takes no YAML aliases)", event.start_mark.line + offset)])


def split_record(text: str, path: str) -> tuple[dict[str, Any], str, dict[str, int], list[int]]:
    """Read a record's front matter safely: (meta, body, key lines, figure lines).

    The one reader of records: python-frontmatter splits the text, PyYAML's
    safe loader (libyaml when present) parses the front matter once, and the
    lines come from the parsed nodes. Raise DigestError at the file line.
    """
    if not text.startswith("---"):
        raise DigestError([Problem(path, "no front matter: a record starts with a line '---'", 1)])
    try:
        front, body = frontmatter.YAMLHandler().split(text)
    except ValueError:
        raise DigestError([Problem(path, "front matter is not closed by a line '---'", 1)]) from None
    # YAML marks are 0-based and count from the start of the front matter.
    offset = text[: text.find(front)].count("\n") + 1 if front else 2
    node, meta = load_yaml(front, path, offset, what="front matter is ")
    if not isinstance(meta, dict):
        got = "nothing" if meta is None else type(meta).__name__
        raise DigestError([Problem(path, f"front matter: expected a mapping of fields, got {got}", offset)])
    return meta, safe_text(body), _key_lines(node, offset), _item_lines(node, "figures", offset)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


class _Checker:
    """Collects problems for one record, each at its field's line."""

    def __init__(self, path: str, lines: dict[str, int]):
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, key: str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(self.path, f"{key}: {message}", line or self.lines.get(key, 1)))


_FIGURE_FIELD_SET = frozenset(FIGURE_FIELDS)
_CHOICES = (("unit", UNIT_IDS), ("kind", KINDS), ("status", STATUSES), ("qualifier", QUALIFIERS))


def _check_figure(check: _Checker, index: int, item: Any, line: int | None, region: Region,
                  indicators: frozenset[str]) -> Figure | None:
    key = f"figures[{index}]"
    if not isinstance(item, dict):
        check.add(key, f"expected a mapping, got {type(item).__name__}", line)
        return None
    ok = True
    for name in sorted(item.keys() - _FIGURE_FIELD_SET):
        check.add(key, f"unknown field '{name}'{closest(name, FIGURE_FIELDS)}", line)
        ok = False
    for name in ("metric", "text"):
        if not isinstance(item.get(name), str) or not item.get(name).strip():
            check.add(key, f"{name}: expected text, got {item.get(name)!r}", line)
            ok = False
    for name in ("value", "usd", "value_max"):
        if name in item and not (_is_number(item[name]) or (name != "value" and item[name] is None)):
            check.add(key, f"{name}: expected a number, got {item[name]!r}", line)
            ok = False
    if "value" not in item:
        check.add(key, "value: missing", line)
        ok = False
    for name, allowed in _CHOICES:
        value = item.get(name)
        if value is None and name in ("qualifier", "kind", "status"):
            continue
        if value not in allowed:
            check.add(key, f"{name}: expected one of {', '.join(allowed)}, got {value!r}{closest(value, allowed)}", line)
            ok = False
    if item.get("city") is not None and item["city"] not in region.figure_places:
        check.add(key, f"city: unknown place '{item['city']}'{closest(item['city'], region.figure_places)}", line)
        ok = False
    indicator = item.get("indicator")
    if indicator is not None and not isinstance(indicator, str):
        check.add(key, f"indicator: expected an indicator id or null, got {indicator!r}", line)
        ok = False
    elif indicator is not None and indicators and indicator not in indicators:
        # Without a vocabulary (no content/indicators.yaml) any id is taken as written.
        check.add(key, f"indicator: unknown indicator '{indicator}'{closest(indicator, sorted(indicators))}", line)
        ok = False
    if item.get("theme") is not None and item["theme"] not in region.theme_index:
        check.add(key, f"theme: unknown theme '{item['theme']}'{closest(item['theme'], region.theme_index)}", line)
        ok = False
    for name in ("raw_unit", "period"):
        if item.get(name) is not None and not isinstance(item[name], (str, int)):
            check.add(key, f"{name}: expected text, got {item[name]!r}", line)
            ok = False
    if not ok:
        return None
    values = {k: item[k] for k in FIGURE_FIELDS if k in item}
    if values.get("period") is not None:
        values["period"] = canonical_period(str(values["period"]))
    values.setdefault("kind", "level")
    values.setdefault("status", "actual")
    if values.get("kind") is None:
        values["kind"] = "level"
    if values.get("status") is None:
        values["status"] = "actual"
    return Figure(**values)


def _slug_list(check: _Checker, key: str, value: Any, known: dict[str, Any], what: str) -> list[str]:
    """A list of known slugs; each unknown one is reported with the closest name."""
    value = value or []
    if not _str_list(value):
        check.add(key, f"expected a list of {what} slugs, got {value!r}")
        return []
    for name in value:
        if name not in known:
            check.add(key, f"unknown {what} '{name}'{closest(name, known)}")
    return value


def validate(meta: dict[str, Any], body: str, path: str, lines: dict[str, int],
             figure_lines: list[int], region: Region, slug: str,
             indicators: frozenset[str] = frozenset()) -> tuple[Article | None, list[Problem]]:
    """Check a record's fields against the region and the indicator ids (none:
    any id goes); return the article or the problems."""
    check = _Checker(path, lines)
    for name in sorted(set(meta) - set(RECORD_FIELDS)):
        check.add(name, f"unknown field{closest(name, RECORD_FIELDS)}")
    for name in ("title", "city", "source"):
        if name not in meta:
            check.problems.append(Problem(path, f"{name}: missing (a record needs title, date, city and source)", 1))

    title = meta.get("title")
    if "title" in meta and (not isinstance(title, str) or not title.strip()):
        check.add("title", f"expected text, got {title!r}")

    date = meta.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    if date is not None and not isinstance(date, dt.date):
        check.add("date", f"expected YYYY-MM-DD or null, got {date!r}")
        date = None

    city = meta.get("city")
    if "city" in meta and city not in region.places:
        check.add("city", f"unknown city '{city}'{closest(city, region.places)}")

    cities = _slug_list(check, "cities", meta.get("cities"), region.city_index, "city")

    sector = meta.get("sector")
    if sector is not None and sector not in region.theme_index:
        check.add("sector", f"unknown theme '{sector}'{closest(sector, region.theme_index)}")
    themes = _slug_list(check, "themes", meta.get("themes"), region.theme_index, "theme")

    review = meta.get("review") or []
    if not _str_list(review):
        check.add("review", f"expected a list of field names, got {review!r}")
        review = []

    source_meta = meta.get("source")
    source = None
    if "source" in meta:
        if not isinstance(source_meta, dict) or not isinstance(source_meta.get("file"), str):
            check.add("source", f"expected a mapping with a 'file', got {source_meta!r}")
        else:
            unknown = sorted(set(source_meta) - set(SOURCE_FIELDS))
            for name in unknown:
                check.add("source", f"unknown field '{name}'{closest(name, SOURCE_FIELDS)}")
            bad = [k for k, v in source_meta.items() if v is not None and not isinstance(v, str)]
            for name in bad:
                check.add("source", f"{name}: expected text, got {source_meta[name]!r}")
            if not unknown and not bad:
                source = Source(**source_meta)

    raw_figures = meta.get("figures") or []
    figures: list[Figure] = []
    if not isinstance(raw_figures, list):
        check.add("figures", f"expected a list, got {type(raw_figures).__name__}")
    else:
        for i, item in enumerate(raw_figures):
            line = figure_lines[i] if i < len(figure_lines) else None
            fig = _check_figure(check, i, item, line, region, indicators)
            if fig is not None:
                figures.append(fig)

    if check.problems or source is None:
        return None, check.problems
    return Article(
        slug=slug,
        title=title.strip(),
        date=date,
        city=city,
        cities=tuple(cities),
        sector=sector,
        themes=tuple(themes),
        source=source,
        figures=tuple(figures),
        review=tuple(review),
        body=body,
        path=path,
    ), []


# A record is a seed's text plus its figures' front matter: four times the
# largest seed ingest takes (ingest.MAX_SEED_BYTES) leaves room for a page of
# figures in every line. Anything larger was not written by ingest or an editor.
MAX_RECORD_BYTES = 4_000_000


def read_text(path: Path, label: str) -> str:
    """Read a record as UTF-8; raise DigestError naming the file otherwise."""
    size = path.stat().st_size
    if size > MAX_RECORD_BYTES:
        raise DigestError([Problem(label, f"file too large: {size:,} bytes; a record may be at most "
                                          f"{MAX_RECORD_BYTES:,} bytes")])
    data = path.read_bytes()
    if not data.strip():
        raise DigestError([Problem(label, "empty file: expected front matter and a body")])
    if b"\x00" in data:
        raise DigestError([Problem(label, "binary file: a record is UTF-8 text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DigestError([Problem(label, f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded; save the file as UTF-8", line)]) from None


def record_paths(content_dir: Path) -> list[Path]:
    return sorted((content_dir / ARTICLES_DIR).glob("*.md"))


def load_articles(content_dir: Path, region: Region, root: Path | None = None,
                  engine: Engine | None = None, indicators: Iterable[Indicator] = ()) -> list[Article]:
    """Read and validate every record; raise DigestError listing all problems.

    A figure's indicator must be one of indicators when there are any.

    With an engine's record cache, a record whose text, path and region file
    are unchanged since it was last validated is not parsed again; the others
    are parsed over the engine's workers.
    """
    engine = engine or Engine()
    cache = engine.records
    root = root or content_dir.parent
    ids = frozenset(i.id for i in indicators)
    resolved_root = root.resolve()
    slots: list[tuple[str, str | None, Article | None, list[Problem]]] = []  # label, text, article, problems
    # With nothing cached to compare a record's text with, the worker that
    # parses a record reads it too, instead of this process reading them all first.
    unread: dict[int, Path] = {}
    read_here = cache is not None and len(cache) > 0
    for path in record_paths(content_dir):
        label = _label(path, root)
        if not SLUG_RE.match(path.stem):
            problem = Problem(label, f"file name: expected lower-case words joined by '-', got '{path.name}'")
            slots.append((label, None, None, [problem]))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(resolved_root):
            slots.append((label, None, None, [Problem(label, "symlink pointing outside the project: refusing to read it")]))
            continue
        if not read_here:
            unread[len(slots)] = path
            slots.append((label, None, None, []))
            continue
        try:
            text = read_text(path, label)
        except DigestError as exc:
            slots.append((label, None, None, list(exc.problems)))
            continue
        article = cache.get(f"{label}\0{text}") if cache is not None else None
        slots.append((label, text, article, []))

    todo = [i for i, (_, text, article, _) in enumerate(slots) if (text is not None and article is None) or i in unread]

    def parse(i: int) -> tuple[Article | None, list[Problem], str | None]:
        label, text = slots[i][0], slots[i][1]
        if text is None:
            try:
                text = read_text(unread[i], label)
            except DigestError as exc:
                return None, list(exc.problems), None
        article, found = parse_record(text, label, region, ids)
        return article, found, text if i in unread else None

    for i, (article, found, read) in zip(todo, engine.map(parse, todo)):
        label, text, _, _ = slots[i]
        slots[i] = (label, read if read is not None else text, article, found)

    articles: list[Article] = []
    problems: list[Problem] = []
    seen_sources: dict[str, str] = {}
    for label, text, article, found in slots:
        problems.extend(found)
        if article is None or text is None:
            continue
        if cache is not None:
            cache.put(f"{label}\0{text}", article)
        other = seen_sources.get(article.source.file)
        if other:
            line = split_record(text, label)[2].get("source")
            problems.append(Problem(label, f"source: file '{article.source.file}' already has a record: {other}", line))
            continue
        seen_sources[article.source.file] = label
        articles.append(article)
    if problems:
        raise DigestError(problems)
    return articles


def parse_record(text: str, label: str, region: Region,
           indicators: frozenset[str] = frozenset()) -> tuple[Article | None, list[Problem]]:
    """One record's text to an Article, or the problems found in it."""
    try:
        meta, body, lines, figure_lines = split_record(text, label)
    except DigestError as exc:
        return None, list(exc.problems)
    article, found = validate(meta, body, label, lines, figure_lines, region, Path(label).stem, indicators)
    if article is not None:
        article = replace(article, checksum=hashlib.sha256(text.encode("utf-8")).hexdigest(), front=front_digest(article))
    return article, list(found)


def _label(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _named_source(path: Path, label: str) -> str | None:
    """The seed a record names in source.file (None when it names none);
    raise DigestError when the record cannot be read."""
    meta = split_record(read_text(path, label), label)[0]
    source = meta.get("source")
    if isinstance(source, dict) and isinstance(source.get("file"), str):
        return source["file"]
    return None


def record_source(path: Path) -> str | None:
    """The seed a record names in source.file; None when it names none or
    cannot be read (`check` and `build` report why, with the line)."""
    try:
        return _named_source(path, str(path))
    except DigestError:
        return None


def recorded_sources(content_dir: Path) -> dict[str, Path]:
    """Map each seed named by a record's source.file to that record's path.

    Raise DigestError naming every record that cannot be read: which seed
    such a record is for cannot be told, so nothing may be ingested as if
    that seed had no record.
    """
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    for path in record_paths(content_dir):
        try:
            source = _named_source(path, _label(path, content_dir.parent))
        except DigestError as exc:
            problems.extend(exc.problems)
            continue
        if source is not None:
            found[source] = path
    if problems:
        raise DigestError(problems)
    return found
