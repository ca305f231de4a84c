"""Read the region's vocabulary file into a Region."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import DigestError, Problem
from ..model import City, Region, Theme
from ..settings import REGION_FILE
from .content import load_yaml


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
    lines = _lines(node)
    _shape(data, label, lines)
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
