"""A build cache keyed by content hashes: deleting it changes nothing but time.

Every key starts from salt.salt(): the digest's code, the Python and the
libraries that made the entry, then what shapes that cache as a whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence


from ..model import Article
from .salt import salt
from ..settings import CACHE_DIR

log = logging.getLogger(__name__)

BODIES = "bodies.pickle"


def body_key(article: Article) -> str:
    digest = hashlib.sha256(salt().encode())
    digest.update(article.title.encode("utf-8") + b"\0")
    digest.update(article.body.encode("utf-8"))
    for fig in article.figures:
        digest.update(b"\0" + fig.text.encode("utf-8"))
    return digest.hexdigest()


def _load_one(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
        return data if isinstance(data, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}  # a missing or damaged cache only costs time


def _delta(path: Path) -> Path:
    return path.with_name(path.name + ".delta")


class Stored(dict):
    """A cache as loaded: its base file's entries plus the newer ones kept beside it."""

    base: frozenset[str] = frozenset()


def _load(path: Path) -> Stored:
    base = _load_one(path)
    out = Stored(base)
    out.base = frozenset(base)
    out.update(_load_one(_delta(path)))
    return out


def _save_changes(path: Path, stored: dict[str, Any], used: dict[str, Any]) -> None:
    """Save used, the entries this build needed. Keys are content hashes, so a
    changed entry is a new key: when few entries are new or unused, only the
    entries missing from the base file are written, beside it; otherwise the
    base is rewritten whole. An edit at 10,000 articles writes one entry, not all."""
    base = stored.base if isinstance(stored, Stored) else frozenset()
    new = {k: v for k, v in used.items() if k not in base}
    stale = len(base) - (len(used) - len(new))
    if not new and not stale and not _delta(path).exists():
        return
    if base and len(new) + stale <= len(used) // 10 + 32:
        _save(_delta(path), new)
    else:
        _save(path, used)
        _delta(path).unlink(missing_ok=True)


def _save(path: Path, data: dict[str, Any]) -> None:
    # Pickled straight into the file: a 100 MB cache never exists twice in memory.
    _store(path, lambda handle: pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL))


def _store(path: Path, write: bytes | Callable[[Any], None]) -> None:
    """Write a cache file atomically; a failure only makes the next build colder."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                if isinstance(write, bytes):
                    handle.write(write)
                else:
                    write(handle)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.warning("build cache not saved (%s); the next build is a cold one", exc)


Converted = tuple[str, tuple[str | None, ...], str]  # HTML, sentence ids, search terms joined by spaces


class BodyCache:
    """Converted bodies by body_key; what a build does not use is dropped when it saves."""

    def __init__(self, cache_dir: Path | None):
        self.path = cache_dir / BODIES if cache_dir else None
        self.stored: Stored = _load(self.path) if self.path else Stored()
        self.used: dict[str, Converted] = {}

    def get(self, key: str) -> Converted | None:
        found = self.stored.get(key)
        return found if isinstance(found, tuple) and len(found) == 3 else None

    def put(self, key: str, converted: Converted) -> None:
        self.used[key] = converted

    def save(self) -> None:
        if self.path:
            _save_changes(self.path, self.stored, self.used)


PAGES = "pages.json"
TEMPLATES = "templates"  # compiled templates, in a folder named by the salt


def site_salt(settings: Any) -> str:
    """The salt of what is made from the whole site (pages, download rows):
    the base URL, the region file, its map and anything else beside the records."""
    digest = hashlib.sha256()
    beside = [p for p in settings.content.iterdir() if p.name != "articles"] if settings.content.is_dir() else []
    for file in sorted(f for p in beside for f in ([p] if p.is_file() else p.rglob("*"))):
        if file.is_file():
            digest.update(file.relative_to(settings.content).as_posix().encode() + b"\0" + file.read_bytes())
    return salt(settings.base_url, digest.hexdigest())


def template_cache(root: Path) -> Path:
    """Where compiled templates are kept. Jinja checks only that a template's
    source is unchanged, not which Jinja, Python or environment options (the
    digest's code) compiled it: so a folder per salt()."""
    return root / CACHE_DIR / TEMPLATES / salt()[:32]


def drop_other_template_caches(root: Path) -> None:
    """Remove compiled templates made under another salt: they are never read again."""
    keep = template_cache(root)
    try:
        stale = [p for p in keep.parent.iterdir() if p != keep]
    except OSError:
        return
    for path in stale:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


_REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+(?:"([^"]+)"|'([^']+)'|(\S))""")


def template_hashes(templates: Path) -> dict[str, str]:
    """For each template, a hash of it and of every template it extends, includes or imports.

    A page is keyed by its own template's hash, so editing one template
    re-renders only the pages drawn from it (and editing _base.html, all).
    Static files are not templates: pages link to them, they never embed them.
    """
    own: dict[str, str] = {}
    refs: dict[str, set[str | None]] = {}
    for file in sorted(templates.rglob("*")):
        name = file.relative_to(templates).as_posix()
        if not file.is_file() or name.startswith("static/"):
            continue
        source = file.read_bytes()
        own[name] = hashlib.sha256(source).hexdigest()
        # A name given by an expression (group 3) could be any template: None.
        refs[name] = {m.group(1) or m.group(2) for m in _REFERENCE.finditer(source.decode("utf-8", "replace"))}
    everything = "".join(own[n] for n in sorted(own))
    out: dict[str, str] = {}
    for name in own:
        seen, stack = {name}, [name]
        while stack:
            for ref in refs.get(stack.pop(), ()):
                if ref is None:
                    seen |= set(own)
                elif ref not in seen:
                    seen.add(ref)
                    stack.append(ref)
        out[name] = everything if len(seen) == len(own) else \
            hashlib.sha256("".join(f"{n}\0{own.get(n, '-')}\n" for n in sorted(seen)).encode()).hexdigest()
    return out


class PageCache:
    """Which page of the current site/ was rendered from which inputs.

    A page whose key (its inputs, its templates, the region file, the
    settings, and the code, Python and libraries that render it) is unchanged
    is taken from the previous site instead of rendered again. The key is
    recorded only after a build succeeds.
    """

    def __init__(self, settings: Any):
        self.out = settings.out
        self.path = settings.root / CACHE_DIR / PAGES
        self.salt = site_salt(settings)
        self.templates = template_hashes(settings.templates)
        try:
            self.previous: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.previous = {}
        self.current: dict[str, str] = {}

    def lookup(self, page: Any) -> Path | None:
        """The previous site's file for this page if its inputs are unchanged."""
        if page.inputs is None:
            return None
        return self.lookup_path(page.path, (self.templates.get(page.template, "missing"), *page.inputs))

    def lookup_path(self, path: str, inputs: Sequence[str]) -> Path | None:
        """The previous site's file at path if it was made from the same inputs."""
        key = hashlib.sha256("\0".join((self.salt, path, *inputs)).encode()).hexdigest()
        self.current[path] = key
        old = self.out / path
        if self.previous.get(path) == key and old.is_file():
            return old
        return None

    def forget(self) -> None:
        """Drop the record before the site changes, so a build killed midway
        leaves no record that could describe the wrong files."""
        self.path.unlink(missing_ok=True)

    def save(self) -> None:
        _store(self.path, json.dumps(self.current, sort_keys=True).encode("utf-8"))


RECORDS = "records.pickle"
DATA_LOG = "data.log"  # each article's formatted download rows, in build order (data.PieceLog)


@contextlib.contextmanager
def new_cache_file(path: Path) -> Iterator[Any]:
    """A binary file that replaces path if the block completes; None when the
    cache folder cannot be written (that only makes the next build colder)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError as exc:
        log.warning("build cache not saved (%s); the next build is a cold one", exc)
        yield None
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


class RecordCache:
    """Validated records by the hash of their path, text, the vocabulary files
    they are checked against (region, indicators) and the salt; what a build
    does not use is dropped when it saves."""

    def __init__(self, cache_dir: Path, *vocabulary: Path):
        contents: list[bytes] = []
        for path in vocabulary:
            try:
                contents.append(path.read_bytes())
            except OSError:
                contents.append(b"")
        self.path = cache_dir / RECORDS
        self.salt = salt(*contents)
        self.stored: Stored = _load(self.path)
        self.used: dict[str, Article] = {}

    def __len__(self) -> int:
        return len(self.stored)

    def _key(self, key: str) -> str:
        return hashlib.sha256(f"{self.salt}\0{key}".encode()).hexdigest()

    def get(self, key: str) -> Article | None:
        found = self.stored.get(self._key(key))
        return found if isinstance(found, Article) else None

    def put(self, key: str, article: Article) -> None:
        self.used[self._key(key)] = article

    def save(self) -> None:
        _save_changes(self.path, self.stored, self.used)
