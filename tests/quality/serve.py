"""Serve a built site under /digest/ only, like a GitHub Pages project site."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

SUBPATH = "/digest/"


class SubpathHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        if not path.startswith(SUBPATH):
            return str(Path(self.directory) / "__outside_the_subpath__")
        return super().translate_path("/" + path[len(SUBPATH):])

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Yield the served site's root URL, http://127.0.0.1:PORT/digest/."""
    handler = functools.partial(SubpathHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{SUBPATH}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
