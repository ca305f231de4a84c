"""Editor commands: init a new region's digest, review guessed fields."""

from __future__ import annotations

import subprocess
import sys

from sitecheck import broken_links


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, text=True)


def test_init_makes_a_digest_that_builds_and_browses(tmp_path):
    target = tmp_path / "newregion"
    done = run("init", str(target))
    assert done.returncode == 0, done.stderr
    assert (target / "content/region.yaml").is_file() and (target / "Makefile").is_file()
    records = list((target / "content/articles").glob("*.md"))
    assert len(records) == 1
    assert (target / "site/index.html").is_file()
    assert broken_links(target / "site") == []
    again = run("init", str(target))
    assert again.returncode == 1 and "folder is not empty" in again.stderr


def test_review_lists_guessed_fields(mini):
    done = run("review", "--root", str(mini.root))
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "content/articles/northvale-tourism-rebounds.md",
        "  date: no publication date found: add it (YYYY-MM-DD) or leave null",
        "1 record to review; remove a field from review: once checked",
    ]
