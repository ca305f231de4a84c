"""The search index: Pagefind, run over the finished site before it is swapped in."""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
from pathlib import Path

from .errors import DigestError, Problem

log = logging.getLogger(__name__)
BUNDLE = "_pagefind"


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def index_site(site: Path) -> None:
    """Build the search bundle into site/_pagefind; raise DigestError if Pagefind fails."""
    if not available():
        log.warning("pagefind is not installed: the site is built without a search index")
        return
    run = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE, "--silent"],
        capture_output=True, text=True,
    )
    if run.returncode != 0:
        detail = (run.stderr or run.stdout).strip().splitlines()
        raise DigestError([Problem(str(site), f"search index failed: {detail[-1] if detail else run.returncode}")])
