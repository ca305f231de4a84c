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
from ..settings import INDICATORS_FILE, REGION_FILE, Settings
from . import parallel
from .cache import BodyCache, Cache, PageCache, RecordCache
from .salt import salt

log = logging.getLogger(__name__)

WORKER_DIED = ("a worker process stopped before finishing its work (killed, or out of memory); "
               "the build stopped and the previous site is unchanged")


class Engine:
    """Held for one build (or one check): the cache store and its views (records,
    bodies, pages), the worker pools, and chores for this process.

    The store (.digest-cache/cache.sqlite) is read when the engine starts and
    committed when it closes after a success (or earlier, by save()); after a
    failure nothing of this build is kept. A chore (submit) runs while the
    engine next waits for workers, so that this process is not idle
    meanwhile; or when its result is asked for; or when the engine closes.
    Without settings, an engine has no caches.
    """

    def __init__(self, settings: Settings | None = None, reuse_pages: bool = True, jobs: int | None = None):
        self.jobs = jobs or parallel.workers()
        self.where = str(settings.out) if settings is not None else "digest"
        self.store: Cache | None = None
        self.records: RecordCache | None = None
        self.pages: PageCache | None = None
        if settings is not None:
            salt()  # computed once here, before workers fork, rather than in each of them
            self.store = Cache(settings.root)
            self.records = RecordCache(self.store, settings.content / REGION_FILE,
                                       settings.content / INDICATORS_FILE)
            if reuse_pages:
                self.pages = PageCache(settings, self.store)
        self.bodies = BodyCache(self.store)
        self._chores: list[parallel.Later] = []

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: Any) -> None:
        try:
            if kind is None:
                self.run_chores()
                self.save()
            else:
                for chore in self._chores:
                    chore.cancel()  # a failed build saves what it saved already, no more
                self._chores.clear()
        finally:
            if self.store is not None:
                self.store.close()  # after a failure, what this build wrote is rolled back

    def write(self) -> None:
        """Write the store's new entries into its open transaction (a chore for
        while the workers render: after the last fork, so no worker inherits the connection)."""
        if self.store is not None:
            self.store.write()

    def save(self) -> None:
        """Commit the store: what this build put, without what it did not use."""
        if self.store is not None:
            self.store.save()

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
