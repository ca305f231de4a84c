"""What shapes every output besides the inputs, as the one salt of every cache.

A cached record, body, page, compiled template or download row is only as
good as the code that made it: the digest's own source, the Python running it
and the libraries that turn records into pages. Every cache key starts from
salt(), so that a change to any of them (a security upgrade of the sanitiser,
say) reaches every page at the next build, exactly as deleting the caches
would. Standard library only, and no library is imported here: the up-to-date
check reads the libraries' files through the same functions.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from .. import __version__

# The libraries whose code shapes the output: module name, distribution name.
LIBRARIES = (
    ("jinja2", "Jinja2"),
    ("markupsafe", "MarkupSafe"),
    ("markdown", "Markdown"),
    ("nh3", "nh3"),
    ("yaml", "PyYAML"),
    ("frontmatter", "python-frontmatter"),
)


def python() -> str:
    """The interpreter: its implementation and full version (with its build)."""
    return f"{sys.implementation.name} {sys.version}"


def walk(digest: Any, folder: Path | str) -> None:
    """Add the path, size, modification time and inode of every file under
    folder. Compiled bytecode (__pycache__) is left out: Python writes it as
    it imports, and it follows from the sources anyway."""
    for base, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            stat_file(digest, os.path.join(base, name))


def stat_file(digest: Any, path: str) -> None:
    """Add a file's path, size, modification time and inode (nothing if it is gone)."""
    try:
        st = os.stat(path)
    except OSError:
        return
    digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())


def library_files(digest: Any) -> None:
    """Add the identity of the files of each library as this Python would import it.

    A package is its folder; a module of one file is that file (not the
    folder it sits in, which may be all of site-packages); a module inside an
    archive is the archive. Reinstalling a library, at another version or the
    same, writes new files, and a library found first elsewhere on the path
    has other files: either changes this.
    """
    for module, _ in LIBRARIES:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        if spec is None:
            digest.update(f"{module}: not found\n".encode())
            continue
        places = list(spec.submodule_search_locations or []) or ([spec.origin] if spec.origin else [])
        for place in places:
            existing = Path(place)
            while not existing.exists() and existing != existing.parent:
                existing = existing.parent  # a path inside a zip archive: the archive
            digest.update(f"{module}: {place}\n".encode())
            if existing.is_dir():
                walk(digest, existing)
            else:
                stat_file(digest, str(existing))


@functools.cache
def engine() -> str:
    """The digest's version and source, the Python running it, and each
    library's version and files, as one hash; computed once per process."""
    # Imported here, not with the module: the up-to-date check does without it.
    from importlib import metadata

    digest = hashlib.sha256(f"{__version__}\0{python()}\n".encode())
    package = Path(__file__).resolve().parents[1]
    # The code and the tables it reads (units, the extractor's words, header shapes).
    for file in sorted(f for f in package.rglob("*") if f.suffix in (".py", ".yaml")):
        digest.update(file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    for _, distribution in LIBRARIES:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = "not installed"
        digest.update(f"{distribution}=={version}\n".encode())
    library_files(digest)
    return digest.hexdigest()


def salt(*parts: str | bytes) -> str:
    """The start of every cache key: engine() and the inputs that shape the
    whole of one cache (the region file, the base URL); with no parts, engine()."""
    if not parts:
        return engine()
    digest = hashlib.sha256(engine().encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        # Each part after its length: two parts can never read as one.
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()
