"""Crawl a served site: every internal href/src answers 200, every #fragment exists."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

LINK_ATTRIBUTES = {"href", "src", "xlink:href", "poster", "data", "action"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES:
                self.links.append(value.strip())
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name == "srcset":
                self.links += [part.split()[0] for part in value.split(",") if part.strip()]


@dataclass
class Crawl:
    pages: int = 0                      # HTML pages fetched and parsed
    links: int = 0                      # internal link occurrences checked
    targets: set[str] = field(default_factory=set)  # distinct URLs fetched
    broken: list[str] = field(default_factory=list)


def _fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


def crawl(root: str, starts: tuple[str, ...] = ("index.html",), aliases: tuple[str, ...] = ()) -> Crawl:
    """Breadth-first from root+each start over every link inside root.

    root is the served site's URL (ending in '/'); an absolute link starting with
    an alias (the site's public base URL) counts as internal and is checked at
    the same path under root. A link to the same host outside root is broken.
    """
    origin = urlsplit(root)
    result = Crawl()
    status: dict[str, tuple[int, set[str] | None]] = {}   # url -> (code, ids if HTML)
    queue = [urljoin(root, start) for start in starts]
    referrers: dict[str, str] = {url: "(start)" for url in queue}
    fragments: list[tuple[str, str, str]] = []             # (page, link, target url)

    def visit(url: str) -> tuple[int, set[str] | None]:
        if url not in status:
            code, kind, body = _fetch(url)
            ids = None
            if code == 200 and kind == "text/html":
                parsed = _Page()
                parsed.feed(body.decode("utf-8"))
                ids = parsed.ids
                result.pages += 1
                for link in parsed.links:
                    check(url, link)
            status[url] = (code, ids)
            result.targets.add(url)
        return status[url]

    def check(page: str, link: str) -> None:
        for alias in aliases:
            if link.startswith(alias):
                link = root + link[len(alias):]
        absolute = urljoin(page, link)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != origin.netloc:
            return  # external, mailto:, data:, javascript: — not ours to check
        result.links += 1
        if not parts.path.startswith(origin.path):
            result.broken.append(f"{page} -> {link} (outside {origin.path})")
            return
        target, fragment = urldefrag(absolute)
        if target not in status and target not in referrers:
            referrers[target] = page
            queue.append(target)
        if fragment:
            fragments.append((page, link, target))

    while queue:
        url = queue.pop(0)
        code, _ = visit(url)
        if code != 200:
            result.broken.append(f"{referrers[url]} -> {url} (HTTP {code})")
    for page, link, target in fragments:
        code, ids = status[target]
        fragment = unquote(urldefrag(urljoin(page, link))[1])
        if code == 200 and ids is not None and fragment not in ids:
            result.broken.append(f"{page} -> {link} (no id {fragment!r} in {target})")
        elif code == 200 and ids is None:
            result.broken.append(f"{page} -> {link} (fragment into a non-HTML resource)")
    return result
