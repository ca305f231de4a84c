"""Editor commands: init a new region's digest, review guessed fields."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import socket
from pathlib import Path
from typing import Callable

import pytest

from conftest import PROJECT
from sitecheck import broken_links


def run(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def test_init_makes_a_digest_that_builds_and_browses(tmp_path):
    target = tmp_path / "newregion"
    done = run("init", str(target))
    assert done.returncode == 0, done.stderr
    assert (target / "content/region.yaml").is_file() and (target / "Makefile").is_file()
    # The indicator vocabulary is region-free: the new digest starts with the project's.
    assert (target / "content/indicators.yaml").read_bytes() == (PROJECT / "content/indicators.yaml").read_bytes()
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


def test_review_names_each_guessed_figure_attribute_with_the_figure_s_words(mini):
    record = mini.content / "articles/northvale-tourism-rebounds.md"
    text = record.read_text(encoding="utf-8")
    assert "review: [date]" in text
    record.write_text(text.replace("review: [date]", "review: [date, 'figures[0].status', 'figures[9].kind']"),
                      encoding="utf-8")
    lines = run("review", "--root", str(mini.root)).stdout.splitlines()
    first = yaml_figures(record)[0]
    assert lines[2] == f'  figures[0].status: "{first["text"]}" ({first["metric"]}) read as status {first["status"]}: check it'
    assert lines[3] == "  figures[9].kind: guessed by the loader: check it"  # no such figure


def yaml_figures(record: Path) -> list[dict]:
    import yaml

    return yaml.safe_load(record.read_text(encoding="utf-8").split("---")[1])["figures"]


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


def test_site_says_the_new_records_stay_when_the_build_then_fails(samples):
    import shutil

    shutil.rmtree(samples.content / "articles")
    (samples.templates / "archive.html").write_text("{{ no_such_thing.field }}", encoding="utf-8")
    done = run("site", "--root", str(samples.root))
    assert done.returncode == 1
    assert sum(line.startswith("wrote content/articles/") for line in done.stdout.splitlines()) == 5
    assert done.stderr.splitlines()[-1] == "1 problem found; the records above were written; site/ was left as it was"
    assert len(list((samples.content / "articles").glob("*.md"))) == 5 and not samples.out.exists()


# Bad paths and arguments: one line naming what is wrong, exit 1, no traceback,
# nothing written. Each case: its setup of the project mini/ (made in
# tmp_path, the commands' working folder), the arguments, and stderr.
ROOTED = ["ingest", "build", "site", "check", "review", "eval", "serve"]
ONE = "1 problem found; nothing was written"


def _file_at(rel: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        target = root / rel
        if target.is_dir():
            shutil.rmtree(target)
        target.write_text("not a folder\n")
    return setup


def _folder_at(rel: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        target = root / rel
        target.unlink(missing_ok=True)
        target.mkdir(parents=True)
    return setup


def _bytes_at(rel: str, data: bytes) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / rel).write_bytes(data)
    return setup


def _gold(data: bytes) -> Callable[[Path], None]:
    return _bytes_at("gold.yaml", data)


def _both(first: Callable[[Path], None], then: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        first(root)
        then(root)
    return setup


def _nothing(root: Path) -> None:
    pass


ENTRY = "expected a mapping of date, city, cities, themes and figures"
BAD_PATHS = [
    *[(f"{c}-root-missing", _nothing, [c, "--root", "nowhere"],
       ["nowhere: not found: expected the project folder (--root)", ONE]) for c in ROOTED],
    *[(f"{c}-root-is-a-file", _nothing, [c, "--root", "mini/content/region.yaml"],
       ["mini/content/region.yaml: expected the project folder (--root), got a file", ONE]) for c in ROOTED],
    *[(f"{c}-content-missing", _nothing, [c, "--root", "mini", "--content", "nowhere"],
       ["mini/nowhere: not found: expected the content folder (--content)", ONE]) for c in ROOTED],
    *[(f"{c}-content-is-a-file", _file_at("content"), [c, "--root", "mini"],
       ["mini/content: expected the content folder (--content), got a file", ONE]) for c in ROOTED],
    *[(f"{c}-region-file-is-a-folder", _folder_at("content/region.yaml"), [c, "--root", "mini"],
       ["mini/content/region.yaml: expected the region file, got a folder", ONE]) for c in ROOTED],
    *[(f"{c}-records-folder-is-a-file", _file_at("content/articles"), [c, "--root", "mini"],
       ["mini/content/articles: expected the folder of records, got a file", ONE]) for c in ROOTED],
    *[(f"{c}-seeds-missing", _nothing, [c, "--root", "mini", "--seeds", "nowhere"],
       ["mini/nowhere: not found: expected the seeds folder (--seeds)", ONE]) for c in ("ingest", "site", "serve")],
    *[(f"{c}-seeds-is-a-file", _file_at("seeds"), [c, "--root", "mini"],
       ["mini/seeds: expected the seeds folder (--seeds), got a file", ONE]) for c in ("ingest", "site", "serve")],
    *[(f"{c}-templates-missing", _nothing, [c, "--root", "mini", "--templates", "nowhere"],
       ["mini/nowhere: not found: expected the templates folder (--templates)", ONE])
      for c in ("build", "site", "check", "serve")],
    *[(f"{c}-templates-is-a-file", _file_at("templates"), [c, "--root", "mini"],
       ["mini/templates: expected the templates folder (--templates), got a file", ONE])
      for c in ("build", "site", "check", "serve")],
    *[(f"{c}-out-is-a-file", _nothing, [c, "--root", "mini", "--out", "content/region.yaml"],
       ["mini/content/region.yaml: expected the site folder (--out), got a file", ONE])
      for c in ("build", "site", "serve")],
    # A file that cannot be read (a folder where a record should be): the last resort names it.
    *[(f"{c}-record-is-a-folder", _folder_at("content/articles/a-folder.md"), [c, "--root", "mini"],
       ["mini/content/articles/a-folder.md: is a directory"]) for c in ("ingest", "build", "site", "check", "review")],
    ("eval-record-is-a-folder", _both(_gold(b"a.txt: {}\n"), _folder_at("content/articles/a-folder.md")),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml"], ["mini/content/articles/a-folder.md: is a directory"]),
    ("eval-record-not-utf8", _both(_gold(b"a.txt: {}\n"), _bytes_at("content/articles/latin.md", b"---\ncaf\xe9\n")),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     ["content/articles/latin.md:2: not UTF-8: byte 0xe9 cannot be decoded; save the file as UTF-8", ONE]),
    ("eval-default-gold-missing", _nothing, ["eval", "--root", "mini"],
     ["mini/tests/gold/seeds.yaml: not found: expected the gold annotations (--gold FILE)", ONE]),
    ("eval-gold-missing", _nothing, ["eval", "--root", "mini", "--gold", "nowhere.yaml"],
     ["nowhere.yaml: not found: expected the gold annotations (--gold FILE)", ONE]),
    ("eval-gold-is-a-folder", _nothing, ["eval", "--root", "mini", "--gold", "mini/content"],
     ["mini/content: expected the gold annotations (--gold FILE), got a folder", ONE]),
    ("eval-gold-not-yaml", _gold(b"a.txt:\n  figures: [\n"), ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     ["mini/gold.yaml:3: not valid YAML: expected the node content, but found '<stream end>'", ONE]),
    ("eval-gold-not-utf8", _gold(b"caf\xe9.txt: {}\n"), ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     ["mini/gold.yaml: not UTF-8: byte 0xe9 cannot be decoded; save the file as UTF-8", ONE]),
    ("eval-gold-empty", _gold(b""), ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     ["mini/gold.yaml: expected a mapping of seed file names to annotations, got nothing", ONE]),
    ("eval-gold-a-list", _gold(b"- a.txt\n- b.txt\n"), ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     ["mini/gold.yaml: expected a mapping of seed file names to annotations, got a list", ONE]),
    ("eval-gold-entries-not-mappings", _gold(b"a.txt: {city: x}\nb.txt: 3\nc.txt: [1, 2]\nd.txt:\n"),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml"],
     [f"mini/gold.yaml:2: b.txt: {ENTRY}, got the value 3", f"mini/gold.yaml:3: c.txt: {ENTRY}, got a list",
      f"mini/gold.yaml:4: d.txt: {ENTRY}, got nothing", "3 problems found; nothing was written"]),
    ("eval-set-missing", _gold(b"a.txt: {}\n"),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml", "--sets", "nowhere"],
     ["nowhere: not found: expected a set folder (seeds/ and gold.yaml)", ONE]),
    ("eval-set-without-gold", _both(_gold(b"a.txt: {}\n"), _folder_at("set/seeds")),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml", "--sets", "mini/set"],
     ["mini/set/gold.yaml: not found: expected its gold annotations", ONE]),
    ("eval-set-seed-unreadable", _both(_both(_gold(b"a.txt: {}\n"), _folder_at("set/seeds")),
                                       _both(_bytes_at("set/gold.yaml", b"bad.txt: {}\n"),
                                             _bytes_at("set/seeds/bad.txt", b"\x00\x01binary"))),
     ["eval", "--root", "mini", "--gold", "mini/gold.yaml", "--sets", "mini/set"],
     ["mini/set/seeds/bad.txt: binary file: NUL byte at offset 0; expected the article pasted as plain text", ONE]),
    ("init-into-a-file", _nothing, ["init", "mini/content/region.yaml"],
     ["mini/content/region.yaml: expected a new or empty folder, got a file", ONE]),
    ("init-under-a-file", _nothing, ["init", "mini/content/region.yaml/new"],
     ["mini/content/region.yaml/new: cannot make the new digest here: mini/content/region.yaml is a file, "
      "not a folder", ONE]),
]


def _tree(folder: Path) -> dict[str, tuple[int, int] | None]:
    """Every path under folder, a file with its size and modification time; the
    caches aside (a folder's time changes when the cache folder is made in it)."""
    return {str(p.relative_to(folder)): None if p.is_dir() else (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if ".digest-cache" not in p.parts}


@pytest.mark.parametrize("setup, args, stderr", [case[1:] for case in BAD_PATHS], ids=[c[0] for c in BAD_PATHS])
def test_bad_path_is_named_in_one_line_and_nothing_is_written(mini, setup, args, stderr):
    work = mini.root.parent
    setup(mini.root)
    before = _tree(work)
    done = run(*args, cwd=work, timeout=60)
    assert (done.returncode, done.stderr.splitlines()) == (1, stderr)
    assert "Traceback" not in done.stderr
    assert _tree(work) == before


def test_an_explicit_seeds_folder_must_exist_but_the_default_may_be_missing(mini):
    """A digest whose records are written by hand has no seeds/: nothing to
    ingest. A folder named with --seeds is meant to be there: a typo is an error."""
    shutil.rmtree(mini.seeds)
    named = run("ingest", "--root", str(mini.root), "--seeds", "seeds")
    assert (named.returncode, named.stderr) == (1, f"{mini.seeds}: not found: expected the seeds folder (--seeds)\n{ONE}\n")
    default = run("ingest", "--root", str(mini.root))
    assert (default.returncode, default.stdout) == (0, "nothing to ingest: every seed has a record\n")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode; a folder stands in for it above")
def test_unreadable_record_is_named_in_one_line(mini):
    record = sorted((mini.content / "articles").glob("*.md"))[0]
    record.chmod(0)
    for command in ("build", "check", "review", "ingest"):
        done = run(command, "--root", "mini", cwd=mini.root.parent)
        assert (done.returncode, done.stderr) == (1, f"mini/content/articles/{record.name}: permission denied\n")


@pytest.mark.parametrize("port", ["0", "65536", "80x"])
def test_serve_port_out_of_range_is_a_usage_error(mini, port):
    done = run("serve", "--root", str(mini.root), "--port", port, timeout=60)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (f"digest serve: error: argument --port: expected a port number "
                                            f"from 1 to 65535, got '{port}'")
    assert not mini.out.exists()


def test_serve_on_a_port_in_use_says_so_before_building(mini):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run("serve", "--root", str(mini.root), "--port", str(port), timeout=60)
    assert (done.returncode, done.stderr) == (
        1, f"127.0.0.1:{port}: cannot listen: already in use; choose another port with --port\n{ONE}\n")
    assert not mini.out.exists()


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


def test_eval_scores_the_loader_on_each_annotated_set_one_row_a_set():
    done = run("eval", "--sets", "tests/blind2", "tests/blind", cwd=PROJECT)
    assert done.returncode == 0, done.stderr
    table = done.stdout[done.stdout.index("\nset "):].strip().splitlines()
    assert table[0].split()[:5] == ["set", "art", "figs", "prec", "rec"]
    rows = {line.split()[0]: line.split()[1:] for line in table[1:]}
    assert rows["tests/blind2"][:2] == ["6", "129"] and rows["tests/blind"][:2] == ["8", "135"]
    assert all(0.0 <= float(cell) <= 1.0 for row in rows.values() for cell in row[2:])
