"""Shared fixtures: small projects written into tmp_path, never the working tree."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from digest.settings import Settings, load_settings

# Property tests check what comes out, never how fast: Hypothesis's default
# 200 ms deadline per example fails on a busy machine, not on slow code. Run
# by hand they draw new examples each time, to find what no one thought of;
# under CI (CI set) they draw the same ones, so a red run is one the next run
# repeats, never a draw of luck (an example found by hand becomes a test).
hypothesis_settings.register_profile("digest", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "digest")

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
MINISITE = TESTS / "minisite"
GOLDEN = TESTS / "golden"


GOLD = TESTS / "gold" / "seeds.yaml"


def gold_path() -> Path:
    """The hand-made annotations of the five samples, kept in the repository."""
    return GOLD


def make_project(root: Path, content: Path = MINISITE / "content") -> Settings:
    """Copy a content folder and the project's templates into root."""
    shutil.copytree(content, root / "content")
    shutil.copytree(PROJECT / "templates", root / "templates")
    (root / "seeds").mkdir()
    return load_settings(root, base_url="")


@pytest.fixture
def mini(tmp_path: Path) -> Settings:
    return make_project(tmp_path / "mini")


@pytest.fixture
def samples(tmp_path: Path) -> Settings:
    """The project's own seeds, region file and records, in a scratch copy."""
    root = tmp_path / "samples"
    settings = make_project(root, PROJECT / "content")
    shutil.rmtree(root / "seeds")
    shutil.copytree(PROJECT / "seeds", root / "seeds")
    return settings
