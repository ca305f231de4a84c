"""Read the region's vocabulary file into a Region."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import DigestError, Problem
from ..model import City, Region, Theme
from ..settings import REGION_FILE


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def load_region(content_dir: Path) -> Region:
    """Load content/region.yaml; raise DigestError naming the file and line."""
    path = content_dir / REGION_FILE
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
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
