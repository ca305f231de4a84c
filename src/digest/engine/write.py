"""Write the whole site beside the old one, then swap it in."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from ..errors import DigestError, Problem

log = logging.getLogger(__name__)


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock beside out/; a second build refuses at once."""
    lock_path = out.parent / f".{out.name}.lock"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+")
    except OSError as exc:
        raise DigestError([Problem(str(out), f"cannot write the site here: {exc.strerror or exc}")]) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DigestError([Problem(str(out), "another build is writing this site; wait for it to finish")]) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _safe_target(root: Path, rel: str) -> str:
    """root/rel, refusing a path that could leave root. The new site is a fresh
    directory holding no symlinks, so checking the path's parts is enough.
    A string, not a Path: a site is thousands of files, and os.path is quicker."""
    parts = rel.split("/")
    if not rel or rel.startswith("/") or "\\" in rel or any(p in ("", ".", "..") for p in parts):
        raise DigestError([Problem(rel, "page path would write outside the site directory")])
    return os.path.join(root, rel)


def recover(out: Path) -> None:
    """Put back the previous site if a build died between its two renames."""
    old = out.parent / f".{out.name}.old"
    if not out.exists() and old.is_dir():
        os.replace(old, out)
        log.warning("restored %s from an interrupted build", out)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for stale in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _swap_in(new: Path, out: Path) -> None:
    """Put new in out's place so that out/ is never missing, where the system allows."""
    if out.is_dir() and _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # new now holds the previous site
        return
    # Fallback: two renames; a build killed between them is repaired by recover().
    old = out.parent / f".{out.name}.old"
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    shutil.rmtree(old, ignore_errors=True)


def _link_or_copy(source: Path, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class NewSite:
    """The fresh folder a build writes the site into before it is swapped in."""

    def __init__(self, root: Path):
        self.root = root
        self._made: set[str] = set()  # folders created in it so far

    def _target(self, rel: str) -> str:
        target = _safe_target(self.root, rel)
        folder = os.path.dirname(target)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        return target

    def write(self, rel: str, data: bytes) -> None:
        """Write one file of the new site."""
        with open(self._target(rel), "wb") as handle:
            handle.write(data)

    def link(self, rel: str, source: Path) -> None:
        """An unchanged file of the previous site, linked (or copied) into the new one."""
        _link_or_copy(source, self._target(rel))

    def open(self, rel: str) -> IO[str]:
        """A new text file of the site, for writing piece by piece (newline as given)."""
        return open(self._target(rel), "w", encoding="utf-8", newline="", buffering=1 << 16)


Files = Iterable[tuple[str, "bytes | Path | None"]]


def write_site(out: Path, files: Files | Callable[[NewSite], Files]) -> int:
    """Write every file into a fresh directory, then swap it for out/.

    files are (path, bytes), (path, file of the previous site to link) or
    (path, None) for a file already written into the new directory; a callable
    receives that directory (a NewSite) and returns them.
    """
    recover(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    new = NewSite(tmp)
    count = 0
    try:
        for rel, data in (files(new) if callable(files) else files):
            if isinstance(data, Path):
                new.link(rel, data)
            elif data is not None:
                new.write(rel, data)
            count += 1
        os.chmod(tmp, 0o755)
        _swap_in(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        recover(out)
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        hint = " (disk full)" if exc.errno == errno.ENOSPC else ""
        raise DigestError([Problem(str(out), f"cannot write the site: {reason}{hint}; the previous site is unchanged")]) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count
