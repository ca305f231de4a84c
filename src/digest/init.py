"""`digest init DIR`: a new digest for another region, built at once."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from .errors import DigestError, Problem
from .settings import INDICATORS_FILE

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

MAKEFILE = """# Made by `digest init`. DIGEST is the digest that made this folder, run by
# the Python it was installed in: `make site` works without an activated venv.
# Another one: make site DIGEST=digest (or DIGEST="python3 -m digest").
DIGEST ?= {command}

.PHONY: site serve check
site:
\t$(DIGEST) site
serve:
\t$(DIGEST) serve
check:
\t$(DIGEST) check
"""


def makefile(python: str) -> str:
    """The new digest's Makefile, calling `python -m digest`.

    The path is quoted for the shell, then `$` and `#` escaped for make, so
    that a Python under a folder with spaces or such characters still runs.
    """
    command = f"{shlex.quote(python)} -m digest".replace("$", "$$").replace("#", "\\#")
    return MAKEFILE.format(command=command)


def init(target: Path) -> tuple[list[str], int]:
    """Lay out a new digest in target and build it; return the files made and
    the number of site files. All or nothing: the digest is made and built in
    a temporary folder beside target, then renamed to it, so a failure leaves
    nothing behind. target may be missing or an empty folder."""
    from .build import build
    from .ingest import ingest
    from .settings import load_settings

    templates = PROJECT / "templates"
    if not templates.is_dir():
        raise DigestError([Problem(str(templates), "templates not found beside the digest package")])
    if target.is_dir():
        if any(target.iterdir()):
            raise DigestError([Problem(str(target), "folder is not empty: choose a new folder for the new digest")])
    elif target.exists() or target.is_symlink():
        raise DigestError([Problem(str(target), "expected a new or empty folder, got a file")])
    made: list[Path] = []  # the folders above target made here, removed again on failure
    try:
        _make_parents(target, made)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.init-", dir=target.parent))
        try:
            _lay_out(tmp, templates)
            report = ingest(load_settings(tmp))
            if report.problems:
                raise DigestError(report.problems)
            count = build(load_settings(tmp))
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private
            os.replace(tmp, target)  # over an empty folder too
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    except BaseException as exc:
        for folder in reversed(made):
            shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            raise DigestError([Problem(str(target), f"cannot make the new digest here: {reason}")]) from None
        raise
    laid_out = ["content/region.yaml", f"content/{INDICATORS_FILE}", "seeds/example.txt", "templates/", "Makefile"]
    return [name for name in laid_out if (target / name).exists()], count


def _make_parents(target: Path, made: list[Path]) -> None:
    """Make the missing folders above target, noting each in made."""
    missing: list[Path] = []
    folder = target.parent
    while not folder.exists() and not folder.is_symlink():
        missing.append(folder)
        folder = folder.parent
    if not folder.is_dir():
        raise DigestError([Problem(str(target), f"cannot make the new digest here: {folder} is a file, not a folder")])
    for folder in reversed(missing):
        folder.mkdir()
        made.append(folder)


def _lay_out(root: Path, templates: Path) -> None:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "content" / "region.yaml").write_text(REGION, encoding="utf-8")
    (root / "seeds" / "example.txt").write_text(SEED, encoding="utf-8")
    (root / "Makefile").write_text(makefile(sys.executable), encoding="utf-8")
    (root / ".gitignore").write_text("/site/\n/.site.*\n/.digest-cache/\n", encoding="utf-8")
    shutil.copytree(templates, root / "templates")
    # What figures measure is not tied to a region: the new digest starts with the same vocabulary.
    indicators = PROJECT / "content" / INDICATORS_FILE
    if indicators.is_file():
        shutil.copyfile(indicators, root / "content" / INDICATORS_FILE)
