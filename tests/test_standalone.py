"""The repository is the whole project: a clone with nothing beside it tests, builds and scores."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import GOLD, PROJECT

# A path that climbs out of the project to the team's sibling folder: two dots and a
# slash before its name, parent / its name, parents[2] / its name and the like. The
# name is kept apart so that this file does not itself read as reaching outside.
_SIBLING = "sha" + "red"
_OUTSIDE = re.compile(rf"""\.\./{_SIBLING}|parents?(?:\[\d\])?\s*/\s*["']{_SIBLING}["']""")


def _code_files() -> list[Path]:
    files = [PROJECT / "Makefile", *sorted((PROJECT / ".ci").iterdir())]
    for folder in ("src", "tests", "tools", "bench"):
        files += sorted((PROJECT / folder).rglob("*.py"))
    return files


def test_nothing_reads_a_folder_beside_the_project():
    here = Path(__file__).resolve()
    offenders = [str(p.relative_to(PROJECT)) for p in _code_files()
                 if p != here and _OUTSIDE.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert offenders == []


def test_the_pattern_catches_the_ways_of_reaching_outside():
    sibling = _SIBLING
    assert _OUTSIDE.search(f'root.parent / "{sibling}" / "seeds_gold.yaml"')
    assert _OUTSIDE.search(f"here.parents[2] / '{sibling}'")
    assert _OUTSIDE.search(f"cat ../{sibling}/seeds_gold.yaml")
    assert not _OUTSIDE.search('shared = {"site": site}')


def test_the_gold_copy_annotates_every_sample_seed_and_no_other():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    seeds = sorted(p.name for p in (PROJECT / "seeds").iterdir() if p.is_file())
    assert sorted(gold) == seeds
    # The semantic keys every figure carries in the current annotations.
    for name, article in gold.items():
        for figure in article["figures"]:
            missing = {"indicator", "kind", "status", "period", "place"} - set(figure)
            assert not missing, f"{name}: {figure['text']} lacks {sorted(missing)}"


def test_ci_runs_the_readme_test_command_in_a_copy_with_nothing_beside_it():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    first = readme.split("\n## ", 1)[0]
    assert "make test" in first
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert "mktemp -d" in ci and re.search(r"^make test$", ci, re.M)


def test_eval_scores_the_samples_with_the_gold_copy_by_default(samples):
    (samples.root / "tests").mkdir()
    shutil.copytree(GOLD.parent, samples.root / "tests" / "gold")
    done = subprocess.run([sys.executable, "-m", "digest", "eval", "--root", str(samples.root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("articles scored: 5   gold figures: 73")
