"""Make content/geo/shanxi.geojson from the open map data in the npm package echarts.

The echarts package (Apache License 2.0) ships province maps with one polygon
per prefecture-level city, stored in a compact delta encoding. This script
decodes them, simplifies each ring and writes plain GeoJSON. Run it once when
the geometry should change:

    python tools/make_map.py path/to/echarts/map/json/province/shanxi.json content/geo/shanxi.geojson

(`npm pack echarts@4.9.0` and `tar xzf` give that path.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCALE = 1024.0
TOLERANCE = 0.01  # degrees, about 1 km: plenty for a page-wide map


def decode_ring(text: str, offset: list[int]) -> list[list[float]]:
    """Decode one ring: zigzag-encoded deltas in pairs of characters."""
    x_prev, y_prev = offset
    ring = []
    for i in range(0, len(text) - 1, 2):
        dx, dy = ord(text[i]) - 64, ord(text[i + 1]) - 64
        dx = (dx >> 1) ^ -(dx & 1)
        dy = (dy >> 1) ^ -(dy & 1)
        x_prev += dx
        y_prev += dy
        ring.append([x_prev / SCALE, y_prev / SCALE])
    return ring


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker on a ring, keeping its ends."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        if length == 0:
            d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        else:
            d = abs((x2 - x1) * (y1 - py) - (x1 - px) * (y2 - y1)) / length
        if d > best:
            best, index = d, i
    if best <= tolerance:
        return [points[0], points[-1]]
    left = simplify(points[: index + 1], tolerance)
    return left[:-1] + simplify(points[index:], tolerance)


def main(source: str, target: str) -> None:
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        rings = []
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        offsets = geometry["encodeOffsets"] if geometry["type"] == "MultiPolygon" else [geometry["encodeOffsets"]]
        for polygon, polygon_offsets in zip(polygons, offsets):
            for ring, offset in zip(polygon, polygon_offsets):
                points = simplify(decode_ring(ring, offset), TOLERANCE)
                rings.append([[round(x, 3), round(y, 3)] for x, y in points])
        features.append({
            "type": "Feature",
            "properties": {"name": feature["properties"]["name"]},
            "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]},
        })
    out = {"type": "FeatureCollection", "source": "npm package echarts 4.9.0, map/json/province/shanxi.json (Apache-2.0)", "features": features}
    Path(target).write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
