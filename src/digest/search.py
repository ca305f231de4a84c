"""The search index: Pagefind, run over the finished site before it is swapped in."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import logging
import subprocess
import sys
from pathlib import Path

from .errors import DigestError, Problem

log = logging.getLogger(__name__)
BUNDLE = "_pagefind"
KEY_FILE = "pages.sha256"


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def _pages_key(site: Path) -> str:
    """Hash of every indexed page: the bundle depends on nothing else."""
    digest = hashlib.sha256()
    for page in sorted((site / "articles").glob("*.html")):
        digest.update(page.name.encode() + b"\0" + page.read_bytes() + b"\0")
    return digest.hexdigest()


def index_site(site: Path, previous: Path | None = None) -> None:
    """Build the search bundle into site/_pagefind, reusing the previous site's
    bundle when no indexed page changed; raise DigestError if Pagefind fails."""
    if not available():
        log.warning("pagefind is not installed: the site is built without a search index")
        return
    key = _pages_key(site)
    old = previous / BUNDLE if previous else None
    if old and (old / KEY_FILE).is_file() and (old / KEY_FILE).read_text() == key:
        shutil.copytree(old, site / BUNDLE, copy_function=_link_or_copy)
        return
    run = subprocess.run(
        # Only the articles are indexed: list pages repeat their text.
        [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "articles/*.html",
         "--output-subdir", BUNDLE, "--silent"],
        capture_output=True, text=True,
    )
    if run.returncode != 0:
        detail = (run.stderr or run.stdout).strip().splitlines()
        raise DigestError([Problem(str(site), f"search index failed: {detail[-1] if detail else run.returncode}")])
    (site / BUNDLE / KEY_FILE).write_text(key)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
