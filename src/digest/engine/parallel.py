"""Worker processes for one step of the build, on concurrent.futures.

A pool's workers are forked when the pool starts, so they share this
process's data as it is then (the records, the assembled site) instead of
receiving it through a pipe; only the arguments of each call (indices, mostly)
and the results travel. Where fork is unavailable, or the work is small, the
same functions run in this process: the results are the same either way.

A worker that dies (killed, out of memory) breaks the pool: every call not yet
answered fails with BrokenProcessPool at once, so the build stops with an
error instead of waiting for an answer that will never come.
"""

from __future__ import annotations

import collections
import gc
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterator, Sequence

PARALLEL_MIN = 64  # fewer items than this are done faster than a pool starts
CHUNK = 8  # items per call sent to a worker
AHEAD = 4  # calls per worker whose results may wait for this process

# The functions a worker may call. A function made for one step (a closure
# over the records, say) cannot be pickled, so it is not sent with each call:
# the worker inherits it through fork and the pool's initializer puts it here,
# in the worker only. This process never sets it.
_functions: tuple[Callable[..., Any], ...] = ()


def _install(functions: tuple[Callable[..., Any], ...]) -> None:
    global _functions
    _functions = functions


def _call(index: int, args: tuple[Any, ...]) -> Any:
    return _functions[index](*args)


def _call_each(index: int, items: Sequence[Any]) -> list[Any]:
    function = _functions[index]
    return [function(item) for item in items]


def workers() -> int:
    """Cores this process may use (affinity-aware), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class Later(Future):  # type: ignore[type-arg]
    """Work for this process, done when its result is first asked for, or
    earlier by whoever holds it while it waits for workers."""

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...]):
        super().__init__()
        self._work = (function, args)

    def run(self) -> None:
        if self.running() or self.done() or not self.set_running_or_notify_cancel():
            return
        function, args = self._work
        try:
            value = function(*args)
        except BaseException as exc:
            self.set_exception(exc)
            if not isinstance(exc, Exception):
                raise  # an interrupt stops the build here, not when the result is asked for
        else:
            self.set_result(value)

    def result(self, timeout: float | None = None) -> Any:
        self.run()
        return super().result(timeout)


class Pool:
    """Processes forked for one step, each able to call the functions given
    here; or, with jobs below 2 or no fork, this process calling them itself.
    meanwhile() runs once, when this process first waits for a worker."""

    def __init__(self, functions: Sequence[Callable[..., Any]], jobs: int,
                 meanwhile: Callable[[], None] | None = None):
        self.functions = tuple(functions)
        self.jobs = jobs
        self._meanwhile = meanwhile
        self._executor: ProcessPoolExecutor | None = None
        if jobs >= 2 and can_fork():
            # Objects that exist now are shared with the workers; frozen, the workers'
            # garbage collector leaves them alone instead of copying the pages they sit on.
            gc.freeze()
            # With fork, the initializer and its arguments reach the workers by
            # inheritance, unpickled; the workers start at the first submit.
            self._executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                                                 initializer=_install, initargs=(self.functions,))

    @property
    def forked(self) -> bool:
        return self._executor is not None

    def _index(self, function: Callable[..., Any]) -> int:
        for i, known in enumerate(self.functions):
            if known is function:
                return i
        raise ValueError(f"{function!r}: expected one of the functions the pool started with")

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:  # type: ignore[type-arg]
        """function(*args) in a worker, started before any call submitted
        after it; in this process, when its result is asked for."""
        if self._executor is None:
            return Later(function, args)
        return self._executor.submit(_call, self._index(function), args)

    def map_ordered(self, function: Callable[[Any], Any], items: Sequence[Any],
                    ahead: int | None = AHEAD) -> Iterator[Any]:
        """function(item) for each item, in order. The workers start at once,
        before the first result is asked for; ahead bounds the calls per
        worker whose results may wait (None: no bound, for small results)."""
        if self._executor is None:
            return (function(item) for item in items)
        index = self._index(function)
        chunks = [items[s:s + CHUNK] for s in range(0, len(items), CHUNK)]
        limit = len(chunks) if ahead is None else self.jobs * ahead
        executor = self._executor
        waiting = collections.deque(executor.submit(_call_each, index, c) for c in chunks[:limit])

        def results() -> Iterator[Any]:
            following = limit
            meanwhile, self._meanwhile = self._meanwhile, None
            if meanwhile is not None:
                meanwhile()
            while waiting:
                done = waiting.popleft().result()
                if following < len(chunks):
                    waiting.append(executor.submit(_call_each, index, chunks[following]))
                    following += 1
                yield from done

        return results()

    def close(self) -> None:
        """Stop the workers: calls not started are dropped, running ones finish."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
            gc.unfreeze()
