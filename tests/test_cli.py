"""Editor commands: init a new region's digest, review guessed fields."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from sitecheck import broken_links


def run(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


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


RECORD = "north-city-opens-its-first-hydrogen-refuelling-station.md"
OTHER_REGION = """slug: westmark
name: Westmark
title: Westmark Industrial Digest
cities:
  - {slug: harbour-town, name: Harbour Town, lat: 30.0, lon: 120.0}
themes:
  - {slug: steel, name: Steel, keywords: [steel, steel mill]}
"""
OTHER_SEED = """Harbour Town steel mill cuts emissions

Updated: 2024-03-01

Harbour Town in Westmark said its steel mill cut emissions by 12 percent in 2023.
"""


def _without_digest_on_path() -> dict[str, str]:
    """The environment with no folder on PATH that holds this Python or a `digest` command."""
    here = Path(sys.executable).parent
    folders = [f for f in os.environ["PATH"].split(os.pathsep)
               if f and Path(f) != here and not (Path(f) / "digest").exists()]
    env = {**os.environ, "PATH": os.pathsep.join(folders)}
    assert shutil.which("make", path=env["PATH"]) and not shutil.which("digest", path=env["PATH"])
    return env


def test_init_says_what_to_do_next_and_each_step_works_without_the_venv(tmp_path):
    done = run("init", "other region", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "next: fill in other region/content/region.yaml; delete the example (other region/seeds/example.txt"
        f" and other region/content/articles/{RECORD}) and add your articles to other region/seeds/;"
        " then run `make -C 'other region' site`")
    target = tmp_path / "other region"
    (target / "content/region.yaml").write_text(OTHER_REGION)
    (target / "seeds/example.txt").unlink()
    (target / "content/articles" / RECORD).unlink()
    (target / "seeds/mill.txt").write_text(OTHER_SEED)
    command = done.stdout.split("`")[-2]
    made = subprocess.run(command, shell=True, cwd=tmp_path, env=_without_digest_on_path(),
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "wrote content/articles/harbour-town-steel-mill-cuts-emissions.md" in made.stdout
    assert (target / "site/articles/harbour-town-steel-mill-cuts-emissions.html").is_file()
    assert not (target / "site/articles" / RECORD.replace(".md", ".html")).exists()
    checked = subprocess.run(["make", "-s", "-C", str(target), "check"], env=_without_digest_on_path(),
                             capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "ok: 1 records, 1 figures\n", checked.stderr


def test_init_makefile_quotes_an_interpreter_path_with_spaces_and_make_characters(tmp_path):
    from digest.init import makefile

    folder = tmp_path / "py dir" / "$HOME #1 'q'"
    folder.mkdir(parents=True)
    python = folder / "python"
    python.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} \"$@\"\n")
    python.chmod(0o755)
    assert run("init", str(tmp_path / "new")).returncode == 0
    (tmp_path / "new/Makefile").write_text(makefile(str(python)))
    made = subprocess.run(["make", "-C", str(tmp_path / "new"), "check"], env=_without_digest_on_path(),
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[1] == f"{shlex.quote(str(python))} -m digest check"
    other = subprocess.run(["make", "-s", "-C", str(tmp_path / "new"), "check", f"DIGEST={shlex.quote(sys.executable)} -m digest"],
                           env=_without_digest_on_path(), capture_output=True, text=True)
    assert other.returncode == 0 and other.stdout.strip() == "ok: 1 records, 4 figures", other.stderr


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


ONE = "1 problem found; nothing was written"


def test_init_that_fails_midway_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    import errno

    import digest.build
    from digest.cli import main

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "x"))

    monkeypatch.setattr(digest.build, "build", disk_full)
    target = tmp_path / "made" / "above" / "new"
    assert main(["init", str(target)]) == 1
    assert capsys.readouterr().err == f"{target}: cannot make the new digest here: No space left on device\n{ONE}\n"
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "empty").mkdir()
    assert main(["init", str(tmp_path / "empty")]) == 1
    assert [p.name for p in tmp_path.rglob("*")] == ["empty"]
