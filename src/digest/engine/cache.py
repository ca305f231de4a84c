"""The build's one cache store, keyed by content hashes: deleting it changes nothing but time.

One SQLite file, .digest-cache/cache.sqlite, holds every key → value cache
of the build, each entry under a kind: validated records, converted bodies,
compiled templates, the template graph and the keys of the pages of the
current site/. Every key starts from salt.salt() (the digest's code, the
Python and the libraries that made the entry) and what shapes that kind as a
whole (the region file, the settings); the rest of the key is the entry's own
inputs. The build's Engine (engine/core.py) opens the store, reading the
file once, and closes it; the records, bodies and pages caches are views of
it. The build's new entries are written into one transaction while the
workers render (a chore of the engine), and committed
once the new site is in place, with the entries the build did not use
dropped: a build that fails or is killed changes nothing in it. The workers
never touch it. An unreadable file only makes the build colder.

The download rows (data.log) stay a stream of their own: a worker writes them
while the pages render and the next build reads them back in order, so that
memory stays flat at any size; keeping them here would bring every row through
this process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import os
import pickle
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from ..model import Article, Region, front_digest
from ..site.render import ArticleView, FigureRow, Page
from .salt import salt
from .uptodate import site_hashes, site_identity
from .write import intact_files
from ..settings import CACHE_DIR

if TYPE_CHECKING:
    import jinja2

log = logging.getLogger(__name__)

STORE = "cache.sqlite"
RECORDS, BODIES, TEMPLATES, GRAPH, PAGES, SITE = "record", "body", "template", "graph", "page", "site"
# A plain rowid table and SQLite's default rollback journal: with entries of
# a few KB, measured quicker to write and to read than WITHOUT ROWID or WAL,
# and the file is written once per build.
_SCHEMA = ("CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, "
           "PRIMARY KEY (kind, key))")
_FORMER = ("records.pickle", "records.pickle.delta", "bodies.pickle", "bodies.pickle.delta", "pages.json", "templates")
_INSERT = "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)"
# What a pickled entry may raise when the file holds something else than we wrote.
_UNREADABLE = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError)


class Cache:
    """Every key → value cache of a build, read from one file and written back in one transaction.

    Keys are content hashes, so one key always means one value: putting a
    key that is stored already only marks it used. Of each kind the build
    asked for, what it neither found nor put is dropped by save().
    """

    def __init__(self, root: Path):
        self.path = root / CACHE_DIR / STORE
        self._raw: dict[str, dict[str, bytes]] = {}  # as read, until decoded
        self._decoded: dict[str, dict[str, Any]] = {}  # read and decoded (the build holds these objects anyway)
        self._new: dict[str, dict[str, Any]] = {}  # put by this build, not written yet
        self._written: dict[str, set[str]] = {}  # put by this build and written into the open transaction
        self._used: dict[str, set[str]] = {}
        self._read_keys: dict[str, set[str]] = {}  # every key the file held, by kind
        self._damaged = False  # the file is no SQLite store of ours: replaced when written
        self._failed = False  # writing failed: this build writes nothing more
        self._connection: sqlite3.Connection | None = None  # while this build's transaction is open
        self._read()

    def _read(self) -> None:
        if not self.path.is_file():
            return
        try:
            # Closed at once: workers forked later inherit no connection. Not
            # read-only, so that SQLite can roll back what a killed build left.
            connection = sqlite3.connect(self.path)
            try:
                rows = connection.execute("SELECT kind, key, value FROM entries").fetchall()
            finally:
                connection.close()
        except sqlite3.Error as exc:
            log.warning("%s: build cache unreadable (%s); building without it", self.path, exc)
            # Busy (another process writing it) is no damage: the file is kept.
            self._damaged = not isinstance(exc, sqlite3.OperationalError) or "no such table" in str(exc)
            return
        for kind, key, value in rows:
            self._raw.setdefault(kind, {})[key] = value
            self._read_keys.setdefault(kind, set()).add(key)

    def count(self, kind: str) -> int:
        """The entries of kind read from the file."""
        return len(self._read_keys.get(kind, ()))

    def has(self, kind: str, key: str) -> bool:
        """Whether key is stored or put (without marking it used)."""
        return any(key in table.get(kind, ()) for table in (self._new, self._written, self._decoded, self._raw))

    def get(self, kind: str, key: str) -> Any:
        """The value under key, or None; a value found is kept by save()."""
        for table in (self._new, self._decoded):
            if key in table.get(kind, ()):
                self._used.setdefault(kind, set()).add(key)
                return table[kind][key]
        raw = self._raw.get(kind, {}).pop(key, None)
        if raw is None:
            return None
        try:
            value = pickle.loads(raw)
        except _UNREADABLE:
            return None  # not marked used: save() drops it
        self._decoded.setdefault(kind, {})[key] = value
        self._used.setdefault(kind, set()).add(key)
        return value

    def put(self, kind: str, key: str, value: Any) -> None:
        """Keep value under key from this build on."""
        self._used.setdefault(kind, set()).add(key)
        if not self.has(kind, key):
            self._new.setdefault(kind, {})[key] = value

    def write(self) -> None:
        """Write what this build put so far into its transaction, which save()
        commits (done while workers render: the main process would wait anyway)."""
        if self._new:
            self._in_transaction(lambda connection: connection.executemany(_INSERT, self._pickled()))

    def save(self) -> None:
        """Commit what this build put and drop what it did not use: one transaction."""
        stale = [(kind, key) for kind, used in self._used.items()
                 for key in self._read_keys.get(kind, ()) if key not in used]
        if not stale and not self._new and self._connection is None and not self._damaged:
            return

        def finish(connection: sqlite3.Connection) -> None:
            connection.executemany(_INSERT, self._pickled())
            connection.executemany("DELETE FROM entries WHERE kind = ? AND key = ?", stale)
            connection.execute("COMMIT")
            for kind, key in stale:  # so that saving again commits nothing more
                self._read_keys[kind].discard(key)

        self._in_transaction(finish)
        self.close()

    def close(self) -> None:
        """Release the file; what was not committed (a build that failed) is rolled back."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _pickled(self) -> Iterator[tuple[str, str, bytes]]:
        # One entry pickled at a time, straight into SQLite, whose own cache of
        # pages is small: the new entries never exist twice in memory.
        new, self._new = self._new, {}
        for kind, entries in new.items():
            for key, value in entries.items():
                yield kind, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            self._written.setdefault(kind, set()).update(entries)

    def _in_transaction(self, work: Callable[[sqlite3.Connection], Any]) -> None:
        if self._failed:
            return
        try:
            if self._connection is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if self._damaged:
                    self.path.unlink(missing_ok=True)
                    self.path.with_name(STORE + "-journal").unlink(missing_ok=True)
                    self._damaged = False
                # Transactions begun and committed here, not by the sqlite3 module.
                self._connection = sqlite3.connect(self.path, isolation_level=None)
                self._connection.execute("BEGIN IMMEDIATE")
                self._connection.execute(_SCHEMA)
            work(self._connection)
        except (sqlite3.Error, OSError) as exc:
            log.warning("%s: build cache not saved (%s); the next build is a colder one", self.path, exc)
            self._failed = True
            self.close()
        else:
            if self._connection is not None and not self._connection.in_transaction:
                self._remove_former()

    def _remove_former(self) -> None:
        for name in _FORMER:  # what the digest kept before this store: never read again
            former = self.path.with_name(name)
            if former.is_dir():
                shutil.rmtree(former, ignore_errors=True)
            else:
                former.unlink(missing_ok=True)


class Shelf:
    """One kind of entry of a cache, under keys salted by what shapes all of them."""

    def __init__(self, cache: Cache, kind: str, expect: type, *salt_parts: str | bytes):
        self.cache, self.kind, self.expect = cache, kind, expect
        self.salt = salt(*salt_parts)

    def __len__(self) -> int:
        return self.cache.count(self.kind)

    def _key(self, key: str) -> str:
        return hashlib.sha256(f"{self.salt}\0{key}".encode()).hexdigest()

    def get(self, key: str) -> Any:
        found = self.cache.get(self.kind, self._key(key))
        return found if isinstance(found, self.expect) else None

    def put(self, key: str, value: Any) -> None:
        self.cache.put(self.kind, self._key(key), value)


class RecordCache(Shelf):
    """Validated records by the hash of their path and text, the vocabulary
    files they are checked against (region, indicators) and the salt."""

    def __init__(self, cache: Cache, *vocabulary: Path):
        contents: list[bytes] = []
        for path in vocabulary:
            try:
                contents.append(path.read_bytes())
            except OSError:
                contents.append(b"")
        super().__init__(cache, RECORDS, Article, *contents)


def body_key(article: Article) -> str:
    digest = hashlib.sha256(salt().encode())
    digest.update(article.title.encode("utf-8") + b"\0")
    digest.update(article.body.encode("utf-8"))
    for fig in article.figures:
        digest.update(b"\0" + fig.text.encode("utf-8"))
    return digest.hexdigest()


Converted = tuple[str, tuple[str | None, ...], str]  # HTML, sentence ids, search terms with counts (search.counts_text)


class BodyCache:
    """Converted bodies by body_key (which holds the salt), in the store; without one, none."""

    def __init__(self, cache: Cache | None):
        self.cache = cache

    def get(self, key: str) -> Converted | None:
        found = self.cache.get(BODIES, key) if self.cache is not None else None
        return found if isinstance(found, tuple) and len(found) == 3 else None

    def put(self, key: str, converted: Converted) -> None:
        if self.cache is not None:
            self.cache.put(BODIES, key, converted)


def bytecode_cache(cache: Cache) -> jinja2.BytecodeCache:
    """Jinja's compiled templates kept in the store. Jinja checks only that a
    template's source is unchanged, not which Jinja, Python or environment
    options (the digest's code) compiled it: so the key holds salt() too."""
    import jinja2  # with the renderer, not with this module: workers parsing records start sooner

    def key(bucket: jinja2.bccache.Bucket) -> str:
        return hashlib.sha256(f"{salt()}\0{bucket.key}\0{bucket.checksum}".encode()).hexdigest()

    class Stored(jinja2.BytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            found = cache.get(TEMPLATES, key(bucket))
            if isinstance(found, bytes):
                bucket.bytecode_from_string(found)  # Jinja checks its own version and the source

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            cache.put(TEMPLATES, key(bucket), bucket.bytecode_to_string())

    return Stored()


def site_salt(settings: Any) -> str:
    """The salt of what is made from the whole site (pages, download rows):
    the base URL, the region file, its map and anything else beside the records."""
    digest = hashlib.sha256()
    beside = [p for p in settings.content.iterdir() if p.name != "articles"] if settings.content.is_dir() else []
    for file in sorted(f for p in beside for f in ([p] if p.is_file() else p.rglob("*"))):
        if file.is_file():
            digest.update(file.relative_to(settings.content).as_posix().encode() + b"\0" + file.read_bytes())
    return salt(settings.base_url, digest.hexdigest())


WHOLE_SITE = "site"  # the name under which templates receive the whole site


@dataclasses.dataclass(frozen=True)
class Closure:
    """A template with every template it extends, includes or imports."""

    hash: str  # of their sources
    names: frozenset[str]  # the names they read (from the context and their own)


def _references(env: jinja2.Environment, name: str, source: bytes) -> tuple[frozenset[str | None], frozenset[str]]:
    """The templates a template names, as jinja2.meta finds them (None: a
    name given by an expression), and every name it reads."""
    import jinja2
    import jinja2.meta
    from jinja2 import nodes

    try:
        ast = env.parse(source.decode("utf-8"), name)
        # Every name read, its own variables too: a superset of what it reads
        # from the context, found in a walk of the tree, where
        # meta.find_undeclared_variables runs the code generator (20 times slower).
        read = frozenset(node.name for node in ast.find_all(nodes.Name) if node.ctx == "load")
        return frozenset(jinja2.meta.find_referenced_templates(ast)), read
    except (UnicodeDecodeError, jinja2.TemplateError):
        # Rendering reports the error; until then it may depend on anything.
        return frozenset({None}), frozenset({WHOLE_SITE})


def template_graph(env: jinja2.Environment, templates: Path, cache: Cache | None = None) -> dict[str, Closure]:
    """For each template, the hash of it and every template it extends, includes
    or imports, and what they read from the context.

    A page is keyed by its template's closure, so editing one template
    re-renders only the pages drawn from it (and editing _base.html, all).
    Each template's references are kept in the cache by its source, so only
    an edited template is parsed again. Static files are not templates: pages
    link to them, they never embed them.
    """
    own: dict[str, str] = {}
    refs: dict[str, frozenset[str | None]] = {}
    names: dict[str, frozenset[str]] = {}
    for file in sorted(templates.rglob("*")):
        name = file.relative_to(templates).as_posix()
        if not file.is_file() or name.startswith("static/"):
            continue
        source = file.read_bytes()
        own[name] = hashlib.sha256(source).hexdigest()
        key = hashlib.sha256(f"{salt()}\0{name}\0{own[name]}".encode()).hexdigest()
        found = cache.get(GRAPH, key) if cache is not None else None
        if not (isinstance(found, tuple) and len(found) == 2):
            found = _references(env, name, source)
            if cache is not None:
                cache.put(GRAPH, key, found)
        refs[name], names[name] = found
    everything = "".join(own[n] for n in sorted(own))
    out: dict[str, Closure] = {}
    for name in own:
        seen, stack = {name}, [name]
        while stack:
            for ref in refs.get(stack.pop(), ()):
                if ref is None:
                    seen |= set(own)
                elif ref not in seen:
                    seen.add(ref)
                    stack.append(ref)
        closure_hash = everything if len(seen) == len(own) else \
            hashlib.sha256("".join(f"{n}\0{own.get(n, '-')}\n" for n in sorted(seen)).encode()).hexdigest()
        out[name] = Closure(closure_hash, frozenset().union(*(names.get(n, frozenset()) for n in seen)))
    return out


class Fingerprint:
    """Stable texts of what pages' templates receive, for the page keys of one build.

    A record is its checksum (its whole text): whatever field a template
    shows of it, a change to the record changes the text. The region is the
    region file, which is in site_salt. A type met for the first time is an
    error, not a guess: teach add() what of it shapes a page.
    """

    def __init__(self, views: Sequence[ArticleView], rows: Sequence[FigureRow]):
        # The site's articles and figure rows, on many pages each, by id: held
        # here, so that no other object can have their ids while this lives.
        self.held = (views, rows)
        self.kept: list[Any] = []  # frozen objects whose text is in self.texts
        self.texts = {id(v): f"v{v.article.checksum}" for v in views}
        positions = {id(f): i for v in views for i, f in enumerate(v.article.figures)}
        self.texts.update((id(r), f"r{r.view.article.checksum}:{positions[id(r.figure)]}:{r.anchor}") for r in rows)

    def add(self, value: Any, out: list[str]) -> None:
        """Append value's text to out."""
        known = self.texts.get(id(value))
        if known is not None:
            out.append(known)
        elif isinstance(value, ArticleView):
            out.append(f"v{value.article.checksum}")
        elif isinstance(value, FigureRow):
            figures = value.view.article.figures
            out.append(f"r{value.view.article.checksum}:{figures.index(value.figure)}:{value.anchor}")
        elif isinstance(value, str):
            out.append(f"s{len(value)}:{value}")
        elif value is None or isinstance(value, (bool, int, float)):
            out.append(f"{type(value).__name__}:{value!r}")
        elif isinstance(value, (tuple, list)):
            out.append(f"[{len(value)}")
            texts = self.texts
            for item in value:
                # The long lists are of the site's rows and articles: those without a call each.
                known = texts.get(id(item))
                if known is not None:
                    out.append(known)
                else:
                    self.add(item, out)
        elif isinstance(value, dict):
            out.append(f"{{{len(value)}")
            for key, item in value.items():
                self.add(key, out)
                self.add(item, out)
        elif isinstance(value, dt.date):
            out.append(f"d{value.isoformat()}")
        elif isinstance(value, Region):
            out.append("region")
        elif isinstance(value, functools.partial):
            out.append(f"p{value.func.__module__}.{value.func.__qualname__}")
            self.add(value.args, out)
            self.add(value.keywords, out)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            if value.__dataclass_params__.frozen:  # type: ignore[attr-defined]
                # A frozen object (an indicator, a theme) is on many pages: its text is made once,
                # and the object held so that no other can take its id while this lives.
                parts: list[str] = [f"o{type(value).__qualname__}"]
                for f in dataclasses.fields(value):
                    self.add(getattr(value, f.name), parts)
                self.texts[id(value)] = text = "\0".join(parts)
                self.kept.append(value)
                out.append(text)
                return
            out.append(f"o{type(value).__qualname__}")
            for f in dataclasses.fields(value):
                self.add(getattr(value, f.name), out)
        else:
            raise TypeError(f"no fingerprint for a {type(value).__name__} in a page's context: "
                            "say in engine/cache.Fingerprint.add what of it shapes the page")


def site_fingerprint(views: Sequence[ArticleView]) -> str:
    """The whole site as templates receive it: every record, in site order
    (the region, its map and the settings are in site_salt)."""
    return hashlib.sha256("\0".join(v.article.checksum for v in views).encode()).hexdigest()


def figures_fingerprint(views: Sequence[ArticleView]) -> str:
    """Every record without its body, in site order, and the sentence id of
    each figure: what the downloads and the explorer are made from (with
    site_salt), so that a body edited leaves them as they were."""
    digest = hashlib.sha256()
    for v in views:
        digest.update(f"{front_digest(v.article)}:{v.anchors!r}\0".encode("utf-8"))
    return digest.hexdigest()


class PageCache:
    """Which page of the current site/ was rendered from which inputs.

    A page's key is the hash of the site salt, its path, its template's
    closure and everything its context holds (Fingerprint), and the whole
    site's fingerprint when the closure reads `site`: nothing is listed by
    hand, so a field a template starts to show is always in the key. A page
    whose key is unchanged is taken from the previous site instead of
    rendered again. The keys are saved with the identity of the site folder
    they describe: a build killed after swapping in its site, before saving
    them, leaves keys that match no folder.
    """

    def __init__(self, settings: Any, cache: Cache):
        self.out, self.cache = settings.out, cache
        self.salt = site_salt(settings)
        identity = site_identity(self.out)
        # A site edited by hand since it was written lends no page (#20): the
        # files of the site in place, when the keys describe it and it is intact.
        self.files = (intact_files(self.out, site_hashes(settings)) or frozenset()) \
            if identity is not None and cache.has(SITE, identity) else frozenset()
        # What pages are drawn from, once the site is assembled: see know().
        self.templates: dict[str, Closure] = {}
        self.whole = ""
        self.figures = ""
        self.fingerprint: Fingerprint | None = None

    def know(self, templates: dict[str, Closure], views: Sequence[ArticleView], rows: Sequence[FigureRow]) -> None:
        """Take the template graph (template_graph()) and the site's articles and
        figure rows, which the keys of its pages are made from."""
        self.templates = templates
        self.whole = site_fingerprint(views)
        self.figures = figures_fingerprint(views)
        self.fingerprint = Fingerprint(views, rows)

    def lookup(self, page: Page) -> Path | None:
        """The previous site's file for this page if what it receives is unchanged."""
        if self.fingerprint is None:
            raise RuntimeError(f"{page.path}: page looked up before PageCache.know() was given the site")
        closure = self.templates.get(page.template)
        parts = [closure.hash if closure else "missing"]
        if closure is None or WHOLE_SITE in closure.names:
            parts.append(self.whole)
        self.fingerprint.add(page.context, parts)
        if page.later is not None:
            self.fingerprint.add(page.later, parts)
        return self.lookup_path(page.path, parts)

    def lookup_path(self, path: str, inputs: Sequence[str]) -> Path | None:
        """The previous site's file at path if it was made from the same inputs;
        the key is kept for the next build either way."""
        old = self.reusable(path, inputs)
        self.keep(path, inputs)
        return old

    def _key(self, path: str, inputs: Sequence[str]) -> str:
        return hashlib.sha256("\0".join((self.salt, path, *inputs)).encode()).hexdigest()

    def reusable(self, path: str, inputs: Sequence[str]) -> Path | None:
        """The previous site's file at path if it was made from the same inputs.
        Reads only: a worker may ask, and this process keep()s the key."""
        if path not in self.files or not self.cache.has(PAGES, self._key(path, inputs)):
            return None
        return self.out / path

    def keep(self, path: str, inputs: Sequence[str]) -> None:
        """Keep the key of the file at path made from inputs, for the next build."""
        self.cache.put(PAGES, self._key(path, inputs), None)

    def swapped(self) -> None:
        """Record that the keys looked up describe the site folder now in place."""
        identity = site_identity(self.out)
        if identity is not None:
            self.cache.put(SITE, identity, None)


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
