"""Preview: serve site/ on 127.0.0.1, rebuild on change, reload the open page.

The preview server adds one script to every HTML page it serves (never to the
files on disk): it listens for rebuilds and shows the editor which fields of
an article the loader guessed and which seed the article was read from (a
path inside the project, so never on the public pages).
"""

from __future__ import annotations

import html
import http.server
import logging
import stat
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from .records.content import ARTICLES_DIR, record_source
from .errors import DigestError
from .settings import Settings

log = logging.getLogger(__name__)

PREFIX = "/__digest__/"
SCRIPT = b"""(function () {
  "use strict";
  var article = document.querySelector("article");
  var seed = document.currentScript.getAttribute("data-seed");
  function note(text) {
    var p = document.createElement("p");
    p.className = "review-note";
    p.setAttribute("role", "note");
    p.textContent = text;
    article.insertBefore(p, article.firstChild);
  }
  // Each note goes first: the guessed fields, added last, lead.
  if (article && seed) {
    note("Preview: seed file " + seed + " (source.file in the record; not shown on the public page).");
  }
  if (article && article.hasAttribute("data-review")) {
    note("Preview: check what the loader guessed: " + article.getAttribute("data-review") +
      " (listed under review: in the record; remove it from there once checked).");
  }
  var source = new EventSource("/__digest__/events");
  var seen = null;
  source.onmessage = function (event) {
    if (seen !== null && event.data !== seen) { location.reload(); }
    seen = event.data;
  };
}());
"""
STYLE = b".review-note{background:#fff1a8;border:2px solid #8a4b00;padding:.5rem 1rem;color:#1d2430}\n"


class Watcher:
    """Polls the editor's folders; on change, runs the rebuild and counts generations."""

    def __init__(self, folders: list[Path], rebuild: Callable[[], None], interval: float = 0.5):
        self.folders = folders
        self.rebuild = rebuild
        self.interval = interval
        self.generation = 0
        self.changed = threading.Condition()

    def stamp(self) -> tuple[tuple[str, float, int], ...]:
        out = []
        for folder in self.folders:
            for path in folder.rglob("*") if folder.exists() else ():
                try:
                    st = path.stat()
                except OSError:
                    continue  # removed while we looked: the next poll sees the folder as it is
                if stat.S_ISREG(st.st_mode):
                    out.append((str(path), st.st_mtime, st.st_size))
        return tuple(sorted(out))

    def run(self) -> None:
        last = self.stamp()
        while True:
            time.sleep(self.interval)
            now = self.stamp()
            if now == last:
                continue
            last = now
            try:
                self.rebuild()
            except DigestError as exc:
                print(exc, file=sys.stderr, flush=True)
                continue
            except OSError as exc:
                # A record that is a folder, a file removed mid-build: say so and
                # keep watching, or the preview would silently stop rebuilding.
                print(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), file=sys.stderr, flush=True)
                continue
            with self.changed:
                self.generation += 1
                self.changed.notify_all()
            print(f"rebuilt (generation {self.generation})", flush=True)


def make_handler(site: Path, watcher: Watcher, records: Path) -> type[http.server.SimpleHTTPRequestHandler]:
    """Serve site/, with the preview script in every page; records is where
    the article pages' records are (content/articles), read for their seed."""
    articles = (site / "articles").resolve()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            if self.path == PREFIX + "preview.js":
                return self._send(SCRIPT, "text/javascript")
            if self.path == PREFIX + "preview.css":
                return self._send(STYLE, "text/css")
            if self.path == PREFIX + "events":
                return self._events()
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix == ".html" and path.is_file():
                seed = self._seed(path)
                seed_attr = f' data-seed="{html.escape(seed)}"' if seed else ""
                page = path.read_bytes().replace(
                    b"</body>",
                    f'<link rel="stylesheet" href="{PREFIX}preview.css">'
                    f'<script src="{PREFIX}preview.js"{seed_attr}></script></body>'.encode(),
                )
                return self._send(page, "text/html; charset=utf-8")
            return super().do_GET()

        def _seed(self, page: Path) -> str | None:
            """The seed file of an article page, read from its record now: the
            page is named after the record, and the record is what the editor
            changes."""
            if page.resolve().parent != articles:
                return None
            record = records / f"{page.stem}.md"
            return record_source(record) if record.is_file() else None

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            try:
                seen = -1
                while True:
                    with watcher.changed:
                        if watcher.generation == seen:
                            watcher.changed.wait(timeout=15)
                        seen = watcher.generation
                    self.wfile.write(f"data: {seen}\n\n".encode())
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args) -> None:  # noqa: A002
            log.debug(format, *args)

    return Handler


def serve(settings: Settings, port: int, rebuild: Callable[[], None]) -> None:
    """Build, then serve until interrupted, rebuilding on every change."""
    rebuild()
    watcher = Watcher([settings.seeds, settings.content, settings.templates], rebuild)
    threading.Thread(target=watcher.run, daemon=True).start()
    handler = make_handler(settings.out, watcher, settings.content / ARTICLES_DIR)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.daemon_threads = True
        print(f"previewing {settings.rel(settings.out)}/ at http://127.0.0.1:{port}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
