"""The engine of a build: its worker pools fail loudly, and no module keeps state between builds."""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import subprocess
import sys
import textwrap

import pytest

from conftest import PROJECT, make_project
from digest.build import build
from digest.engine.core import WORKER_DIED

# Run in a child interpreter with a deadline: a pool that waits forever for a
# dead worker fails this test instead of hanging the suite.
DEADLINE = 120


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "src") + os.pathsep + str(PROJECT / "tests")}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=DEADLINE, env=env, cwd=PROJECT)


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_a_killed_worker_stops_the_work_with_an_error_not_a_hang():
    run = _run("""
        import os, signal
        from digest.engine.core import Engine
        from digest.errors import DigestError

        def work(i):
            if i == 5:
                os.kill(os.getpid(), signal.SIGKILL)
            return i

        try:
            Engine(jobs=2).map(work, list(range(200)), minimum=1)
        except DigestError as exc:
            print(exc)
    """)
    assert run.stdout.strip() == f"digest: {WORKER_DIED}", run.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
def test_a_worker_killed_while_rendering_fails_the_build_and_keeps_the_previous_site(tmp_path):
    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    before = sorted(p.relative_to(settings.out).as_posix() for p in settings.out.rglob("*"))
    run = _run(f"""
        import os, signal
        import digest.build
        import digest.engine.parallel as parallel
        from digest.errors import DigestError
        from digest.settings import load_settings

        parent = os.getpid()
        real = digest.build.render_page

        def render_page(env, page, shared):
            if os.getpid() != parent and page.path.startswith("cities/"):
                os.kill(os.getpid(), signal.SIGKILL)
            return real(env, page, shared)

        digest.build.render_page = render_page
        parallel.PARALLEL_MIN = 1
        parallel.workers = lambda: 2
        settings = load_settings({str(settings.root)!r})
        (settings.root / ".digest-cache").rename(settings.root / "cold")  # every page rendered again
        try:
            digest.build.build(settings)
        except DigestError as exc:
            print(exc)
    """)
    assert run.stdout.strip() == f"{settings.out}: {WORKER_DIED}", run.stderr
    assert sorted(p.relative_to(settings.out).as_posix() for p in settings.out.rglob("*")) == before


def _module_state() -> dict[str, object]:
    """Every mutable value held at module level in the digest package: its
    contents (dicts, lists, sets) or its size (memo caches)."""
    import digest

    state: dict[str, object] = {}
    for info in pkgutil.walk_packages(digest.__path__, "digest."):
        if info.name == "digest.__main__":
            continue  # running it is the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            key = f"{info.name}.{name}"
            if isinstance(value, (dict, list, set, bytearray)):
                state[key] = repr(value)
            elif isinstance(value, functools._lru_cache_wrapper) and value.__module__ == info.name:
                state[key] = value.cache_info().currsize
    return state


def test_a_build_leaves_no_state_in_any_module(tmp_path):
    # The second build, of another site, finds the modules as the first left
    # them: settings, memos and the pool's task live with one build, not in globals.
    # (salt.engine() is a memo too: of the code and libraries of this process,
    # the same for every build, so it does not change here.)
    first = make_project(tmp_path / "one", PROJECT / "content")
    build(first)
    state = _module_state()
    second = make_project(tmp_path / "two", PROJECT / "tests" / "minisite" / "content")
    build(second)
    assert _module_state() == state


def test_a_frozen_objects_fingerprint_is_made_once_and_reads_as_its_fields():
    # Page keys: an indicator is on many pages; its text is remembered by id (the object is
    # held meanwhile) and is what reading its fields one by one gives, so keys do not change.
    import dataclasses as dc

    from digest.engine.cache import Fingerprint

    @dc.dataclass(frozen=True)
    class Thing:
        name: str
        terms: tuple[str, ...]

    @dc.dataclass
    class Loose:
        name: str

    fp = Fingerprint([], [])
    thing = Thing("coal", ("raw coal", "coal output"))
    first: list[str] = []
    fp.add(thing, first)
    second: list[str] = []
    fp.add([thing, thing], second)
    by_field = [f"o{Thing.__qualname__}", "s4:coal", "[2", "s8:raw coal", "s11:coal output"]
    assert first == ["\0".join(by_field)] and second == ["[2", first[0], first[0]]
    assert thing in fp.kept
    loose: list[str] = []
    fp.add(Loose("coke"), loose)
    assert loose == [f"o{Loose.__qualname__}", "s4:coke"]  # a mutable object is read each time
