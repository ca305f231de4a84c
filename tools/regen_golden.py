"""Rebuild tests/golden from tests/minisite after an intended change to the pages.

`make golden` runs this. tests/test_build.py::test_golden_minisite builds the
mini-site and compares every file with tests/golden; it never writes the
golden site itself, so a test run cannot pass by regenerating what it checks.
Review `git diff tests/golden` before committing: only the intended change
should show.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from digest.build import build
from digest.errors import DigestError
from digest.settings import load_settings

PROJECT = Path(__file__).resolve().parents[1]
MINISITE = PROJECT / "tests" / "minisite"
GOLDEN = PROJECT / "tests" / "golden"


def regenerate(golden: Path = GOLDEN) -> int:
    """Build the mini-site in a scratch project and put its pages at golden; return the file count."""
    with tempfile.TemporaryDirectory(prefix="digest-golden-") as scratch:
        # The project the golden test's `mini` fixture lays out: the
        # mini-site's content, the project's templates, no seeds, no base URL.
        root = Path(scratch) / "mini"
        shutil.copytree(MINISITE / "content", root / "content")
        shutil.copytree(PROJECT / "templates", root / "templates")
        (root / "seeds").mkdir()
        settings = load_settings(root, base_url="")
        build(settings)
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(settings.out, golden)
    return sum(1 for p in golden.rglob("*") if p.is_file())


def main() -> int:
    try:
        count = regenerate()
    except DigestError as exc:
        print(exc, file=sys.stderr)
        print("the mini-site does not build; tests/golden is unchanged", file=sys.stderr)
        return 1
    print(f"wrote {count} files into {GOLDEN.relative_to(PROJECT)}/: review `git diff --stat tests/golden` before committing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
