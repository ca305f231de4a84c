"""Read the region's vocabulary file into a Region."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import DigestError, Problem
from ..model import OUTSIDE_PLACES, City, Region, Theme
from ..settings import REGION_FILE
from .content import SLUG_RE


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
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise DigestError([Problem(str(path), "region file missing: expected the region's vocabulary here")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise DigestError([Problem(str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}", line)]) from None
    if not isinstance(data, dict):
        raise DigestError([Problem(str(path), "expected a mapping with slug, name, cities and themes")])
    missing = [k for k in ("slug", "name", "cities", "themes") if k not in data]
    if missing:
        raise DigestError([Problem(str(path), f"missing field: {k}") for k in missing])
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
