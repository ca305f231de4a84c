"""The engine of one build: its caches, its worker pools, and the work this
process does while the workers work. Stages call it; none of them passes
another a callback."""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterator, Sequence

from ..errors import DigestError, Problem
from ..settings import CACHE_DIR, INDICATORS_FILE, REGION_FILE, Settings
from . import parallel
from .cache import BodyCache, PageCache, RecordCache
from .salt import salt

log = logging.getLogger(__name__)

WORKER_DIED = ("a worker process stopped before finishing its work (killed, or out of memory); "
               "the build stopped and the previous site is unchanged")


class Engine:
    """Held for one build (or one check): the caches of records, bodies and
    pages, the worker pools, and chores for this process.

    A chore (submit) runs while the engine next waits for workers, so that
    this process is not idle meanwhile; or when its result is asked for; or
    when the engine closes. Without settings, an engine has no caches.
    """

    def __init__(self, settings: Settings | None = None, reuse_pages: bool = True, jobs: int | None = None):
        self.jobs = jobs or parallel.workers()
        self.where = str(settings.out) if settings is not None else "digest"
        self.records: RecordCache | None = None
        self.pages: PageCache | None = None
        self.bodies = BodyCache(settings.root / CACHE_DIR if settings is not None else None)
        if settings is not None:
            self.records = RecordCache(settings.root / CACHE_DIR, settings.content / REGION_FILE,
                                       settings.content / INDICATORS_FILE)
            if reuse_pages:
                self.pages = PageCache(settings)
            salt()  # computed once here, before workers fork, rather than in each of them
        self._chores: list[parallel.Later] = []

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: Any) -> None:
        if kind is None:
            self.run_chores()
        else:
            for chore in self._chores:
                chore.cancel()  # a failed build saves what it saved already, no more
            self._chores.clear()

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:  # type: ignore[type-arg]
        """function(*args) as a chore of this process: see the class."""
        chore = parallel.Later(function, args)
        self._chores.append(chore)
        return chore

    def run_chores(self) -> None:
        """Do the chores not done yet, in the order they were submitted."""
        while self._chores:
            self._chores.pop(0).run()

    @contextlib.contextmanager
    def pool(self, *functions: Callable[..., Any], size: int, minimum: int | None = None) -> Iterator[parallel.Pool]:
        """Workers for a step of size items that may call functions, forked
        now; this process alone when size is under minimum (PARALLEL_MIN).
        A dead worker stops the build with an error naming the site."""
        small = size < (parallel.PARALLEL_MIN if minimum is None else minimum)
        pool = parallel.Pool(functions, 1 if small else self.jobs, meanwhile=self.run_chores)
        try:
            yield pool
        except BrokenProcessPool:
            raise DigestError([Problem(self.where, WORKER_DIED)]) from None
        finally:
            pool.close()

    def map(self, function: Callable[[Any], Any], items: Sequence[Any], minimum: int | None = None) -> list[Any]:
        """[function(item) for item in items], over the workers when there are at least minimum items."""
        with self.pool(function, size=len(items), minimum=minimum) as pool:
            return list(pool.map_ordered(function, items, ahead=None))
