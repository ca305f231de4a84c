"""`digest init DIR`: a new digest for another region, built at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import DigestError, Problem

PROJECT = Path(__file__).resolve().parents[2]

REGION = """# The region's vocabulary: fill in your province, its cities and themes.
slug: example
name: Example Province
chinese: ""
title: Example Province Industrial Digest
description: News and figures on the industrial upgrading of Example Province.
aliases: [Example province]
# map: geo/example.geojson   # GeoJSON with one feature per city (name = city name)
cities:
  - {slug: north-city, name: North City, chinese: "", lat: 40.0, lon: 112.0, aliases: [], counties: [Hill County]}
  - {slug: south-city, name: South City, chinese: "", lat: 36.0, lon: 112.5, aliases: [], counties: [River County]}
themes:
  - {slug: coal, name: Coal, keywords: [coal, coal mine, colliery]}
  - {slug: hydrogen, name: Hydrogen, keywords: [hydrogen, fuel cell]}
  - {slug: tourism, name: Tourism, keywords: [tourism, tourist, scenic area]}
  - {slug: innovation, name: Innovation, keywords: [innovation, research and development, patent]}
"""

SEED = """North City opens its first hydrogen refuelling station

Updated: 2024-05-06

North City in Example Province opened its first hydrogen refuelling station on Monday, the city government said.

The station cost 45 million yuan ($6.2 million) and can serve 120 fuel cell buses a day.

The city plans to build 10 more stations by 2026, and its hydrogen output rose 18.5 percent year-on-year in 2023.
"""

MAKEFILE = """PYTHON ?= python3
DIGEST ?= digest

.PHONY: site serve check
site:
\t$(DIGEST) ingest
\t$(DIGEST) build
serve:
\t$(DIGEST) serve
check:
\t$(DIGEST) check
"""


def init(target: Path) -> list[str]:
    """Lay out a new digest in target; refuse to touch a folder that has files."""
    if target.exists() and any(target.iterdir()):
        raise DigestError([Problem(str(target), "folder is not empty: choose a new folder for the new digest")])
    templates = PROJECT / "templates"
    if not templates.is_dir():
        raise DigestError([Problem(str(templates), "templates not found beside the digest package")])
    (target / "content" / "articles").mkdir(parents=True)
    (target / "seeds").mkdir()
    (target / "content" / "region.yaml").write_text(REGION, encoding="utf-8")
    (target / "seeds" / "example.txt").write_text(SEED, encoding="utf-8")
    (target / "Makefile").write_text(MAKEFILE, encoding="utf-8")
    (target / ".gitignore").write_text("/site/\n", encoding="utf-8")
    shutil.copytree(templates, target / "templates")
    return ["content/region.yaml", "seeds/example.txt", "templates/", "Makefile"]
