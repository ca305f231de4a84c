"""Where things are and how the site is addressed: passed, never global."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR = ".digest-cache"  # build caches, under the project root; deleting it costs only time
REGION_FILE = "region.yaml"  # in the content folder
ARTICLES_DIR = "articles"  # the records, in the content folder
INDICATORS_FILE = "indicators.yaml"  # what figures measure, in the content folder


@dataclass(frozen=True)
class Settings:
    root: Path
    seeds: Path
    content: Path
    templates: Path
    out: Path
    base_url: str = ""

    def rel(self, path: Path) -> str:
        """A path as the editor sees it: relative to the project root."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def rel_link(self, path: Path) -> str:
        """A path inside the project as the editor sees it, its last part not followed."""
        try:
            return (Path(os.path.realpath(path.parent)) / path.name).relative_to(os.path.realpath(self.root)).as_posix()
        except ValueError:
            return str(path)


def _pyproject_base_url(root: Path) -> str:
    try:
        data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return ""
    return str(data.get("tool", {}).get("digest", {}).get("base_url", "") or "")


def load_settings(root: Path | str = ".", *, seeds: str | None = None, content: str | None = None,
                  templates: str | None = None, out: str | None = None,
                  base_url: str | None = None) -> Settings:
    """Settings from defaults, pyproject's [tool.digest], the environment, then options."""
    root = Path(root)
    url = base_url if base_url is not None else os.environ.get("DIGEST_BASE_URL") or _pyproject_base_url(root)
    if url and not url.endswith("/"):
        url += "/"
    return Settings(
        root=root,
        seeds=root / (seeds or "seeds"),
        content=root / (content or "content"),
        templates=root / (templates or "templates"),
        out=root / (out or "site"),
        base_url=url,
    )


def outside_links(settings: Settings) -> list[tuple[str, str]]:
    """Each symlink in content/, seeds/ or templates/ (those folders themselves
    included) that leads outside the project, as (its name, where it leads):
    nothing from outside the project is read or published (#20)."""
    project = os.path.abspath(settings.root)
    found: list[tuple[str, str]] = []

    def outside(path: str, base: str) -> bool:
        target = os.path.realpath(path)
        return os.path.commonpath([base, target]) != base

    for folder in (settings.content, settings.seeds, settings.templates):
        top = os.path.abspath(folder)
        # A folder named on the command line outside the project is the
        # editor's choice: what lies in it must stay in it.
        named_outside = os.path.commonpath([project, top]) != project
        base = os.path.realpath(top if named_outside else project)
        if not named_outside and os.path.lexists(top) and outside(top, base):
            found.append((settings.rel_link(folder), os.path.realpath(top)))
            continue
        for here, dirs, files in os.walk(top):
            for name in (*dirs, *files):
                path = os.path.join(here, name)
                if os.path.islink(path) and outside(path, base):
                    found.append((settings.rel_link(Path(path)), os.path.realpath(path)))
    return found
