"""Spread page rendering over all cores, keeping the output in page order.

Workers are forked after the site is assembled, so they share it with the
parent instead of receiving it through a pipe; each returns the bytes of its
pages and the parent writes them. At most a few chunks per worker wait for the
parent at any time, so memory stays flat however many pages there are. Where
fork is unavailable, or the work is small, pages are rendered in this process:
the bytes are the same either way.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
from typing import Any, Callable, Iterator, Sequence

PARALLEL_MIN = 64  # fewer items than this are done faster than a pool starts
CHUNK = 8  # items per task sent to a worker
AHEAD = 4  # tasks per worker allowed to wait for the parent

_job: tuple[Callable[[int], Any], ...] = ()


def _run(indices: Sequence[int]) -> list[Any]:
    return [_job[0](i) for i in indices]


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
            waiting: collections.deque[Any] = collections.deque()
            for start in range(0, len(indices), CHUNK):
                if len(waiting) >= jobs * AHEAD:
                    yield from waiting.popleft().get()
                waiting.append(pool.apply_async(_run, (indices[start:start + CHUNK],)))
            while waiting:
                yield from waiting.popleft().get()
    finally:
        _job = ()
