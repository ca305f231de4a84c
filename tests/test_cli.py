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


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run a command with a pseudo-terminal as its stderr; return what it printed there."""
    import os
    import pty

    main, child = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "digest", *args], stdout=subprocess.PIPE, stderr=child, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert done.returncode == 0
    return b"".join(chunks).decode()


def test_progress_on_a_terminal_and_quiet_in_ci(mini):
    import os

    env = {k: v for k, v in os.environ.items() if k != "CI"}
    shown = _run_in_terminal(["build", "--root", str(mini.root)], env)
    assert "rendering pages:" in shown
    quiet = _run_in_terminal(["build", "--root", str(mini.root)], {**env, "CI": "true"})
    assert "rendering pages:" not in quiet


def test_build_with_nothing_changed_is_skipped_and_any_change_rebuilds(mini, monkeypatch):
    import os

    root = str(mini.root)
    first = run("build", "--root", root)
    assert first.returncode == 0 and first.stdout.startswith("built "), first.stderr
    page = mini.out / "index.html"
    inode = page.stat().st_ino
    again = run("build", "--root", root)
    assert again.returncode == 0 and "up to date" in again.stdout
    assert page.stat().st_ino == inode  # nothing was written

    record = sorted((mini.content / "articles").glob("*.md"))[0]
    record.write_text(record.read_text().replace("title: ", "title: Changed ", 1))
    assert run("build", "--root", root).stdout.startswith("built ")
    assert "Changed" in (mini.out / "articles" / f"{record.stem}.html").read_text()
    assert "up to date" in run("build", "--root", root).stdout

    template = mini.templates / "404.html"
    template.write_text(template.read_text() + "\n")
    assert run("build", "--root", root).stdout.startswith("built ")

    forced = run("build", "--root", root, "--force")
    assert forced.stdout.startswith("built ")

    monkeypatch.setenv("DIGEST_BASE_URL", "https://example.org/digest/")
    changed_url = subprocess.run([sys.executable, "-m", "digest", "build", "--root", root],
                                 capture_output=True, text=True, env=dict(os.environ))
    assert changed_url.stdout.startswith("built ")
    monkeypatch.delenv("DIGEST_BASE_URL")

    import shutil
    shutil.rmtree(mini.out)
    assert run("build", "--root", root).stdout.startswith("built ")
    assert page.is_file()


def test_site_ingests_new_seeds_then_builds_in_one_command(samples):
    import shutil

    root = str(samples.root)
    shutil.rmtree(samples.content / "articles")
    done = run("site", "--root", root)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith("wrote content/articles/") for line in lines) == 5
    assert lines[-1].startswith("built ")
    assert len(list((samples.out / "articles").glob("*.html"))) == 5
    again = run("site", "--root", root)
    assert again.stdout.splitlines() == ["nothing to ingest: every seed has a record",
                                         "site/ is up to date: nothing it is built from has changed"]
    (samples.seeds / "empty.txt").write_text("  \n")
    bad = run("site", "--root", root)
    assert bad.returncode == 1 and "seeds/empty.txt" in bad.stderr
