"""Read the region's vocabulary file into a Region."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import DigestError, Problem
from ..model import OUTSIDE_PLACES, City, Region, Theme
from ..settings import REGION_FILE
from .content import SLUG_RE, load_yaml


def _lines(node: Any) -> dict[Any, int]:
    """File line of each top-level key and of each item of cities and themes."""
    lines: dict[Any, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[key.value] = key.start_mark.line + 1
            if isinstance(value, yaml.SequenceNode):
                for i, item in enumerate(value.value):
                    lines[(key.value, i)] = item.start_mark.line + 1
    return lines


def _shape(data: dict[str, Any], label: str, lines: dict[Any, int]) -> None:
    """Refuse wrong shapes (cities: oops, a city without slug) with the line."""
    problems: list[Problem] = []
    for key in ("cities", "themes"):
        items = data[key]
        if not isinstance(items, list):
            problems.append(Problem(label, f"{key}: expected a list of mappings, got {type(items).__name__}",
                                    lines.get(key)))
            continue
        for i, item in enumerate(items):
            line = lines.get((key, i))
            if not isinstance(item, dict):
                problems.append(Problem(label, f"{key}[{i}]: expected a mapping with slug and name,"
                                               f" got {type(item).__name__}", line))
                continue
            for field in ("slug", "name"):
                if not isinstance(item.get(field), str) or not item[field].strip():
                    problems.append(Problem(label, f"{key}[{i}]: {field}: expected text,"
                                                   f" got {item.get(field)!r}", line))
            for field in ("aliases", "counties", "keywords", "weak"):
                if item.get(field) is not None and not isinstance(item[field], list):
                    problems.append(Problem(label, f"{key}[{i}]: {field}: expected a list,"
                                                   f" got {type(item[field]).__name__}", line))
    for field in ("aliases",):
        if data.get(field) is not None and not isinstance(data[field], list):
            problems.append(Problem(label, f"{field}: expected a list, got {type(data[field]).__name__}",
                                    lines.get(field)))
    if problems:
        raise DigestError(problems)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


# Names the site gives its own pages in cities/ and themes/: a slug taking one
# would replace the list page, a later page of a list, or a figure's place.
_LIST_PAGE = re.compile(r"^.+-page-[0-9]+$")
_RESERVED = {"index", *OUTSIDE_PLACES}


def _slug_lines(text: str) -> dict[tuple[str, int], int]:
    """The line of each city's and theme's `slug` (and the region's, at ("", 0))."""
    lines: dict[tuple[str, int], int] = {}
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return lines
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        if key.value == "slug":
            lines[("", 0)] = value.start_mark.line + 1
        if key.value in ("cities", "themes") and isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                for k, v in item.value if isinstance(item, yaml.MappingNode) else ():
                    if k.value == "slug":
                        lines[(key.value, index)] = v.start_mark.line + 1
    return lines


def _check_slugs(path: Path, text: str, data: dict[str, Any]) -> None:
    """Every slug of the region file is a slug, unique ignoring case and none a
    name the site uses for a page of its own (#20); all problems together."""
    problems: list[Problem] = []
    lines = _slug_lines(text)
    seen: dict[tuple[str, str], str] = {}

    def check(kind: str, index: int, slug: Any, field: str) -> None:
        line = lines.get((kind, index))
        shown = str(slug)
        if not SLUG_RE.match(shown):
            problems.append(Problem(str(path), f"{field}: expected a slug (lower-case letters, digits and "
                                               f"single hyphens), got {shown[:40]!r}", line))
            return
        if kind and (shown in _RESERVED or _LIST_PAGE.match(shown)):
            problems.append(Problem(str(path), f"{field}: {shown!r} is a name the site gives a page of "
                                               "its own; choose another slug", line))
        group = "themes" if kind == "themes" else "places"
        other = seen.get((group, shown.lower()))
        if other is not None:
            problems.append(Problem(str(path), f"{field}: {shown!r} is already the slug of {other} "
                                               "(slugs are compared ignoring case)", line))
        seen[(group, shown.lower())] = "the province" if not kind else f"{kind}[{index}] ({shown})"

    check("", 0, data["slug"], "slug")
    for kind in ("cities", "themes"):
        entries = data[kind]
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            if isinstance(entry, dict) and "slug" in entry:
                check(kind, index, entry["slug"], f"{kind}[{index}].slug")
    if problems:
        raise DigestError(problems)


def load_region(content_dir: Path) -> Region:
    """Load content/region.yaml; raise DigestError naming the file and line."""
    path = content_dir / REGION_FILE
    label = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DigestError([Problem(label, "region file missing: expected the region's vocabulary here")]) from None
    node, data = load_yaml(text, label)
    if not isinstance(data, dict):
        raise DigestError([Problem(label, "expected a mapping with slug, name, cities and themes")])
    missing = [k for k in ("slug", "name", "cities", "themes") if k not in data]
    if missing:
        raise DigestError([Problem(label, f"missing field: {k}") for k in missing])
    _shape(data, label, _lines(node))
    _check_slugs(path, text, data)
    cities = tuple(
        City(
            slug=str(c["slug"]),
            name=str(c["name"]),
            chinese=str(c.get("chinese", "")),
            aliases=_strings(c.get("aliases")),
            counties=_strings(c.get("counties")),
            lat=c.get("lat"),
            lon=c.get("lon"),
        )
        for c in data["cities"]
    )
    themes = tuple(
        Theme(slug=str(t["slug"]), name=str(t["name"]), keywords=_strings(t.get("keywords")),
              weak=_strings(t.get("weak")))
        for t in data["themes"]
    )
    return Region(
        slug=str(data["slug"]),
        name=str(data["name"]),
        chinese=str(data.get("chinese", "")),
        title=str(data.get("title", f"{data['name']} digest")),
        description=str(data.get("description", "")).strip(),
        map_file=str(data.get("map", "") or ""),
        aliases=_strings(data.get("aliases")),
        cities=cities,
        themes=themes,
        city_index={c.slug: c for c in cities},
        theme_index={t.slug: t for t in themes},
    )
