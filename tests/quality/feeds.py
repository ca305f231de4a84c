"""Well-formed XML and the essentials of Atom (RFC 4287), with the standard library."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _date(text: str | None) -> bool:
    """An RFC 3339 date-time, as Atom's updated/published require."""
    if not text or "T" not in text:
        return False
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    return value.tzinfo is not None


def _text(element: ET.Element, name: str) -> str:
    child = element.find(ATOM + name)
    return (child.text or "").strip() if child is not None else ""


def _local_file(site: Path, document: Path, href: str, base_url: str) -> Path | None:
    """The file a feed link points at, or None when it leaves the site."""
    if base_url and href.startswith(base_url):
        return site / href[len(base_url):]
    if urlsplit(href).scheme:
        return None
    target = Path(urljoin(document.relative_to(site).as_posix(), href))
    return site / target


def atom_problems(site: Path, path: Path, base_url: str = "") -> list[str]:
    """Everything wrong with one Atom feed; [] when it is whole."""
    name = path.relative_to(site).as_posix()
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{name}: not well-formed XML: {error}"]
    problems: list[str] = []
    if root.tag != ATOM + "feed":
        return [f"{name}: root element is {root.tag}, not Atom's feed"]
    for required in ("id", "title"):
        if not _text(root, required):
            problems.append(f"{name}: feed has no {required}")
    if not _date(_text(root, "updated")):
        problems.append(f"{name}: feed updated {_text(root, 'updated')!r} is not an RFC 3339 date-time")
    entries = root.findall(ATOM + "entry")
    ids = [_text(entry, "id") for entry in entries]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: entry ids repeat")
    for number, entry in enumerate(entries, 1):
        where = f"{name} entry {number} ({_text(entry, 'title')!r})"
        for required in ("id", "title"):
            if not _text(entry, required):
                problems.append(f"{where}: no {required}")
        if not _date(_text(entry, "updated")):
            problems.append(f"{where}: updated {_text(entry, 'updated')!r} is not an RFC 3339 date-time")
        published = entry.find(ATOM + "published")
        if published is not None and not _date(published.text):
            problems.append(f"{where}: published {published.text!r} is not an RFC 3339 date-time")
        links = [link for link in entry.findall(ATOM + "link") if link.get("rel", "alternate") == "alternate"]
        if not links or not links[0].get("href"):
            problems.append(f"{where}: no alternate link")
            continue
        target = _local_file(site, path, links[0].get("href"), base_url)
        if target is not None and not target.is_file():
            problems.append(f"{where}: link {links[0].get('href')} points at no page of the site")
    return problems


def sitemap_problems(site: Path, base_url: str) -> list[str]:
    path = site / "sitemap.xml"
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        return [f"sitemap.xml: {error}"]
    if root.tag != SITEMAP + "urlset":
        return [f"sitemap.xml: root element is {root.tag}, not urlset"]
    problems: list[str] = []
    locations = [(url.findtext(SITEMAP + "loc") or "").strip() for url in root.findall(SITEMAP + "url")]
    if not locations:
        problems.append("sitemap.xml: no url")
    for location in locations:
        if not location.startswith(base_url):
            problems.append(f"sitemap.xml: {location!r} is not under {base_url}")
            continue
        rest = location[len(base_url):] or "index.html"
        if rest.endswith("/"):
            rest += "index.html"
        if not (site / rest).is_file():
            problems.append(f"sitemap.xml: {location} points at no page of the site")
    return problems
