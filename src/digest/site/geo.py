"""The region's map: city outlines projected to SVG paths at build time."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import DigestError, Problem
from ..model import Region

WIDTH = 400.0
SHADES = ("#eef4f8", "#c9deea", "#93bdd4", "#5b97b8", "#2d6f94")


@dataclass(frozen=True)
class Shape:
    slug: str
    name: str
    path: str
    label_x: float
    label_y: float
    count: int
    fill: str


@dataclass(frozen=True)
class Map:
    width: float
    height: float
    shapes: tuple[Shape, ...]
    legend: tuple[tuple[int, str], ...] = ()  # (shade's index in SHADES, what it stands for), lightest first


def load_geometry(content: Path, region: Region) -> dict[str, list[list[list[float]]]]:
    """Rings of each city, matched by the Chinese or English name in the file."""
    if not region.map_file:
        return {}
    path = content / region.map_file
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DigestError([Problem(str(path), f"map geometry unreadable: {exc}")]) from None
    rings: dict[str, list[list[list[float]]]] = {}
    for feature in data.get("features", []):
        name = str(feature.get("properties", {}).get("name", ""))
        city = next((c for c in region.cities if name in (c.name, c.chinese) or (c.chinese and name.startswith(c.chinese))), None)
        if city is None:
            continue
        geometry = feature.get("geometry", {})
        polygons = geometry.get("coordinates", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        rings[city.slug] = [ring for polygon in polygons for ring in polygon]
    return rings


def build_map(region: Region, rings: dict[str, list[list[list[float]]]], counts: dict[str, int]) -> Map | None:
    """Project the outlines (equirectangular at the region's mid latitude) and shade them."""
    if not rings:
        return None
    points = [p for city in rings.values() for ring in city for p in ring]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    squash = math.cos(math.radians((south + north) / 2))
    scale = (WIDTH - 8) / ((east - west) * squash)
    height = (north - south) * scale + 8

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return 4 + (lon - west) * squash * scale, 4 + (north - lat) * scale

    top = max(counts.values(), default=0)
    shapes = []
    for city in region.cities:
        if city.slug not in rings:
            continue
        parts = []
        for ring in rings[city.slug]:
            coords = [xy(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
        lx, ly = xy(*_centroid(max(rings[city.slug], key=len)))
        count = counts.get(city.slug, 0)
        level = 0 if not count else 1 + min(len(SHADES) - 2, int((len(SHADES) - 2) * count / max(top, 1)))
        shapes.append(Shape(city.slug, city.name, "".join(parts), round(lx, 1), round(ly, 1), count, SHADES[level]))
    # The legend names the counts each shade stands for, as the shapes use them.
    spans: dict[str, list[int]] = {}
    for shape in shapes:
        spans.setdefault(shape.fill, []).append(shape.count)
    legend = []
    for level, fill in enumerate(SHADES):
        if fill in spans:
            low, high = min(spans[fill]), max(spans[fill])
            words = "no article" if high == 0 else f"{low} article{'s' if low != 1 else ''}" if low == high \
                else f"{low}–{high} articles"
            legend.append((level, words))
    return Map(width=WIDTH, height=round(height, 1), shapes=tuple(shapes), legend=tuple(legend))


def _centroid(ring: list[list[float]]) -> tuple[float, float]:
    """The area centroid of a ring, where a label sits inside its shape."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(area) < 1e-12:
        return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return cx / (3 * area), cy / (3 * area)
