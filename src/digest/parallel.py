"""Spread page rendering over all cores, keeping the output in page order.

Workers are forked after the site is assembled, so they share it with the
parent instead of receiving it through a pipe; each returns the bytes of its
pages and the parent writes them. Where fork is unavailable, or the work is
small, pages are rendered in this process: the bytes are the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable, Iterator, Sequence

PARALLEL_MIN = 64  # fewer pages than this render faster than a pool starts
CHUNK = 8

_job: tuple[Callable[[int], Any], ...] = ()


def _run(index: int) -> Any:
    return _job[0](index)


def workers() -> int:
    """Cores this process may use (affinity-aware), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def ordered_map(task: Callable[[int], Any], indices: Sequence[int], jobs: int | None = None) -> Iterator[Any]:
    """task(i) for each i, in order; over a forked pool when it pays."""
    global _job
    jobs = jobs or workers()
    if jobs < 2 or len(indices) < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        yield from (task(i) for i in indices)
        return
    _job = (task,)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_run, indices, chunksize=CHUNK)
    finally:
        _job = ()
