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
import gc
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


def ordered_map(task: Callable[[int], Any], indices: Sequence[int], jobs: int | None = None,
                ahead: int | None = AHEAD, minimum: int | None = None, background: int = 0) -> Iterator[Any]:
    """task(i) for each i, in order; over a forked pool when it pays.

    The pool starts work at once, before the first result is asked for, so
    the caller can do other work meanwhile. ahead bounds the tasks per worker
    whose results may wait for the caller (None: no bound, for small results).
    The first `background` items are long tasks: each is sent to a worker on
    its own before the others, and their results come after all the others',
    so that the caller is not kept waiting for them.
    """
    global _job
    jobs = jobs or workers()
    small = len(indices) < (PARALLEL_MIN if minimum is None else minimum)
    late, rest = list(indices[:background]), indices[background:]
    if jobs < 2 or small or "fork" not in multiprocessing.get_all_start_methods():
        return (task(i) for i in (*rest, *late))
    _job = (task,)
    # Objects that exist now are shared with the workers; frozen, the workers'
    # garbage collector leaves them alone instead of copying the pages they sit on.
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(jobs)
    started = [pool.apply_async(_run, ([i],)) for i in late]
    chunks = [rest[s:s + CHUNK] for s in range(0, len(rest), CHUNK)]
    limit = len(chunks) if ahead is None else jobs * ahead
    waiting = collections.deque(pool.apply_async(_run, (c,)) for c in chunks[:limit])

    def results() -> Iterator[Any]:
        global _job
        try:
            following = limit
            while waiting:
                yield from waiting.popleft().get()
                if following < len(chunks):
                    waiting.append(pool.apply_async(_run, (chunks[following],)))
                    following += 1
            for one in started:
                yield from one.get()
        finally:
            pool.terminate()
            pool.join()
            gc.unfreeze()
            _job = ()

    return results()
