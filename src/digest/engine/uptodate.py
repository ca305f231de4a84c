"""Skip a build when nothing it reads has changed since the last one.

Before loading anything, the build compares the size, modification time and
inode of every file it reads (records, region file, templates, settings, the
digest's own code, the files of the libraries that shape the output, as
salt.library_files finds them) and the Python running it with those recorded
after the last successful build, and the identity of the site/ folder that
build swapped in. A library upgraded, reinstalled or found first elsewhere
on the path has other files, so the build runs; its caches, keyed by the
libraries' versions and files too (salt.py), then redo what the change touches. All equal: site/ is
already what a build would write. Anything different, added or removed: the
full build runs and its content-hash caches decide what to redo. Standard
library only, so that this check does not pay for importing the renderer.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .. import __version__
from .salt import library_files, python, walk
from ..settings import CACHE_DIR, Settings
from .write import SITE_HASHES, site_is_intact

STAMP = "inputs.sha256"


def inputs(settings: Settings) -> str:
    """A hash of the identity of every file the build reads, taken before it reads them."""
    digest = hashlib.sha256(f"{__version__}\0{python()}\0{settings!r}\n".encode())
    for env in ("DIGEST_BASE_URL",):
        digest.update(f"{env}={os.environ.get(env, '')}\n".encode())
    for folder in (settings.content, settings.templates, Path(__file__).resolve().parents[1]):
        walk(digest, folder)
    library_files(digest)
    pyproject = settings.root / "pyproject.toml"
    if pyproject.is_file():
        st = pyproject.stat()
        digest.update(f"{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def site_identity(out: Path) -> str | None:
    """The identity of the site folder: each build swaps in a new one."""
    try:
        st = os.stat(out)
    except OSError:
        return None
    return f"{st.st_ino}:{st.st_mtime_ns}"


def _stamp_path(settings: Settings) -> Path:
    return settings.root / CACHE_DIR / STAMP


def site_hashes(settings: Settings) -> Path:
    """Where the sha256 of the site's files are remembered (write._manifest)."""
    return settings.root / CACHE_DIR / SITE_HASHES


def is_current(settings: Settings, now: str | None = None) -> bool:
    """True when the last build's inputs and output are exactly as they were
    (now: inputs(settings), when taken already)."""
    try:
        recorded = _stamp_path(settings).read_text(encoding="ascii").split()
    except OSError:
        return False
    site = site_identity(settings.out)
    return site is not None and recorded == [now or inputs(settings), site] \
        and site_is_intact(settings.out, site_hashes(settings))


def forget(settings: Settings) -> None:
    """Called before the site changes: a build killed midway leaves no stamp."""
    _stamp_path(settings).unlink(missing_ok=True)


def remember(settings: Settings, before: str) -> None:
    """Record the inputs (hashed before the build read them) and the new site;
    a failure here only costs one full build next time."""
    site = site_identity(settings.out)
    path = _stamp_path(settings)
    try:
        if site is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{before}\n{site}\n", encoding="ascii")
    except OSError:
        pass
