"""Write the whole site beside the old one, then swap it in."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import time
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


SITE_STAMP = ".digest-site"  # in every site the digest writes: what it wrote, file by file
SITE_HASHES = "site-hashes"  # in .digest-cache: the sha256 of the site's files by their identity (_manifest)
_STAMP_HEAD = "digest site: the files this build wrote and their sha256; a build may replace this folder\n"


def refuse_unsafe_out(out: Path, root: Path, kept: Iterable[Path]) -> None:
    """Refuse a site folder whose replacement would delete the editor's work:
    the project root, content/, seeds/ or templates/ (kept), a folder holding
    one of them or lying inside one, or a non-empty folder without the stamp
    every site the digest writes carries (#20). Nothing is written or deleted."""
    target = Path(os.path.realpath(out))
    named = out.as_posix()
    for folder in (root, *kept):
        real = Path(os.path.realpath(folder))
        inside = folder is not root and target.is_relative_to(real)
        if inside or real.is_relative_to(target):
            raise DigestError([Problem(named, f"refusing to write the site here: replacing it would delete "
                                              f"{folder.as_posix()}; choose another --out")])
    if os.path.islink(out):
        raise DigestError([Problem(named, "refusing to write the site here: it is a symlink; choose another --out")])
    if out.is_dir() and not (out / SITE_STAMP).is_file() and any(out.iterdir()):
        raise DigestError([Problem(named, f"refusing to replace a folder the digest did not write (no {SITE_STAMP} "
                                          "in it); empty it or choose another --out")])
    if out.is_dir() and not os.stat(out).st_mode & 0o200:
        raise DigestError([Problem(named, "the site folder is read-only; make it writable or choose another --out")])


def _hash_file(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# A file's identity: its path in the site, device, inode, size and modification time (ns).
_Identity = tuple[str, int, int, int, int]
# A file modified less than this before it was hashed is hashed again next
# time: the kernel stamps a write with a clock that advances in ticks (up to
# 10 ms), so a later write in the same tick could leave the same time (git's
# "racily clean" entries).
_RACY_NS = 50_000_000


def _read_hashes(hashes: Path | None) -> dict[_Identity, str]:
    known: dict[_Identity, str] = {}
    try:
        text = hashes.read_text(encoding="utf-8") if hashes is not None else ""
    except (OSError, UnicodeDecodeError):
        return known
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 6 and all(p.isdigit() for p in parts[1:5]):
            known[(parts[0], *map(int, parts[1:5]))] = parts[5]  # type: ignore[index]
    return known


def _write_hashes(hashes: Path, known: dict[_Identity, str]) -> None:
    lines = "".join(f"{rel}\t{dev}\t{ino}\t{size}\t{mtime}\t{digest}\n"
                    for (rel, dev, ino, size, mtime), digest in sorted(known.items()))
    try:
        hashes.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=hashes.name, dir=hashes.parent)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(lines)
        os.replace(tmp, hashes)
    except OSError as exc:  # only the next check is slower
        log.warning("%s: not saved (%s)", hashes, exc)


def _manifest(root: Path, hashes: Path | None = None) -> dict[str, str] | None:
    """Each regular file under root (the stamp aside) and its sha256; None when
    root holds anything else (a symlink, a device) or cannot be read.

    hashes (in .digest-cache) remembers each file's sha256 by its identity
    (path, device, inode, size, modification time), so that a file unchanged
    since it was last hashed is not read again: the unchanged pages of a
    rebuild are hard links to the previous site's files, with their inodes
    and times. Writing a file changes its time, unless the write falls in
    the tick of the clock in which it was hashed; such files are not
    remembered (_RACY_NS)."""
    known = _read_hashes(hashes)
    seen: dict[_Identity, str] = {}
    found: dict[str, str] = {}
    now = time.time_ns()
    folders = [(os.fspath(root), "")]
    try:
        while folders:
            folder, prefix = folders.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    rel = prefix + entry.name
                    if entry.is_dir(follow_symlinks=False):
                        folders.append((entry.path, rel + "/"))
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if not stat.S_ISREG(info.st_mode):
                        return None  # a symlink, a device, a pipe
                    if rel == SITE_STAMP:
                        continue
                    identity = (rel, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
                    digest = known.get(identity)
                    if digest is None:
                        digest = _hash_file(entry.path)
                    if now - info.st_mtime_ns >= _RACY_NS:
                        seen[identity] = digest
                    found[rel] = digest
    except OSError:
        return None
    if hashes is not None:
        _write_hashes(hashes, seen)
    return found


def _write_stamp(root: Path, hashes: Path | None = None) -> None:
    files = _manifest(root, hashes) or {}
    lines = "".join(f"{digest}\t{rel}\n" for rel, digest in sorted(files.items()))
    with open(os.path.join(root, SITE_STAMP), "w", encoding="utf-8") as handle:
        handle.write(_STAMP_HEAD + lines)


def intact_files(out: Path, hashes: Path | None = None) -> frozenset[str] | None:
    """The files of out/ (paths from its root, the stamp aside) when it holds
    exactly what the last build wrote, byte for byte: no page edited, deleted
    or added by hand, no symlink placed in it; else None (hashes: see _manifest)."""
    try:
        text = (out / SITE_STAMP).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith(_STAMP_HEAD):
        return None
    recorded: dict[str, str] = {}
    for line in text[len(_STAMP_HEAD):].splitlines():
        digest, _, rel = line.partition("\t")
        recorded[rel] = digest
    return frozenset(recorded) if _manifest(out, hashes) == recorded else None


def site_is_intact(out: Path, hashes: Path | None = None) -> bool:
    """True when out/ holds exactly what the last build wrote (intact_files)."""
    return intact_files(out, hashes) is not None


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


def write_site(out: Path, files: Files | Callable[[NewSite], Files], hashes: Path | None = None) -> int:
    """Write every file into a fresh directory, then swap it for out/.

    files are (path, bytes), (path, file of the previous site to link) or
    (path, None) for a file already written into the new directory; a callable
    receives that directory (a NewSite) and returns them. hashes: see _manifest.
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
        _write_stamp(tmp, hashes)
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
