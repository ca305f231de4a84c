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
