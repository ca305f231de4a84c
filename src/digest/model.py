"""The digest's nouns: frozen records with no I/O."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import operator
import re
from dataclasses import dataclass, field

KINDS = ("level", "change", "share")
STATUSES = ("actual", "target")
QUALIFIERS = ("over", "under", "about", "exactly")
MEASURES = ("flow", "stock", "rate")
SCOPES = ("place", "item")
# A figure's place beyond the region's cities and province: the country (national
# totals, averages and rules such as the designated-size threshold) and anywhere
# else in the world.
OUTSIDE_PLACES = {"china": "China", "other": "Elsewhere"}

# A span of months inside one year ('2023-01-2023-09') that is also a half, quarters or the year.
_MONTHS = re.compile(r"((?:19|20)\d\d)-(\d\d)-\1-(\d\d)")
_HALVES = {(1, 6): "H1", (7, 12): "H2"}


def canonical_period(period: str) -> str:
    """One spelling for one span of time, so that equal periods compare equal: the first nine months
    written '2023-01-2023-09' are '2023-Q1-Q3', January to June '2023-H1', the twelve months the year;
    any other period is returned as written."""
    match = _MONTHS.fullmatch(period)
    if match is None:
        return period
    year, first, last = match.group(1), int(match.group(2)), int(match.group(3))
    if (first, last) == (1, 12):
        return year
    if (first, last) in _HALVES:
        return f"{year}-{_HALVES[first, last]}"
    if first in (1, 4, 7, 10) and last in (3, 6, 9, 12) and first < last:
        a, b = (first + 2) // 3, last // 3
        return f"{year}-Q{a}" if a == b else f"{year}-Q{a}-Q{b}"
    return period


def _setstate(self: object, state: tuple[object, ...]) -> None:
    # Caches written before records were pickled by _compact's reduce still load.
    for name, value in zip(self.__slots__, state):  # type: ignore[attr-defined]
        object.__setattr__(self, name, value)


def _compact(cls: type) -> type:
    """Pickle a frozen slots dataclass as its class and a plain tuple of its
    values, restored by calling the class: the build cache holds 100,000s of
    them, and the workers send every record to the main process."""
    values = operator.attrgetter(*cls.__slots__)  # type: ignore[attr-defined]

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    cls.__reduce__ = reduce  # type: ignore[method-assign]
    cls.__setstate__ = _setstate  # type: ignore[attr-defined]
    return cls


@_compact
@dataclass(frozen=True, slots=True)
class Figure:
    """One quantitative statement found in an article."""

    metric: str
    value: float
    unit: str
    text: str
    usd: float | None = None
    value_max: float | None = None
    raw_unit: str | None = None
    qualifier: str | None = None
    kind: str = "level"
    period: str | None = None
    status: str = "actual"
    city: str | None = None  # the place: a city, the province, or one of OUTSIDE_PLACES
    theme: str | None = None
    # An id of content/indicators.yaml; None when the figure measures none
    # (a definition, a gap, one company's number). Last, so older pickles load.
    indicator: str | None = None


@_compact
@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from, and the header lines that said so."""

    file: str
    publisher: str | None = None
    byline: str | None = None
    breadcrumb: str | None = None
    dateline: str | None = None
    date_line: str | None = None
    source_line: str | None = None
    credit: str | None = None
    encoding: str = "utf-8"


@_compact
@dataclass(frozen=True, slots=True)
class Article:
    """A record: front matter plus the Markdown body, as read from content/."""

    slug: str
    title: str
    date: dt.date | None
    city: str
    cities: tuple[str, ...]
    sector: str | None
    themes: tuple[str, ...]
    source: Source
    figures: tuple[Figure, ...] = ()
    review: tuple[str, ...] = ()
    body: str = ""
    path: str = ""
    checksum: str = ""  # hash of the record file, for the build cache
    front: str = ""  # front_digest(): what is made from the records without their bodies is keyed by it

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


def front_digest(article: Article) -> str:
    """A hash of the article without its body (nor the hashes it carries): a
    body edited leaves it unchanged. The reprs of the record's values (text,
    numbers, dates, and tuples and frozen dataclasses of them) are stable."""
    if article.front:
        return article.front
    bare = dataclasses.replace(article, body="", checksum="", front="")
    return hashlib.sha256(repr(bare).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class City:
    slug: str
    name: str
    chinese: str = ""
    aliases: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    keywords: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()  # phrases that count half: often a passing mention


@dataclass(frozen=True)
class Indicator:
    """What a figure can measure: one entry of content/indicators.yaml (its header gives the rules)."""

    id: str
    name: str
    unit: str  # the unit family it is normally written in: a unit of units.yaml
    measure: str  # flow, stock or rate
    scope: str  # place: the whole place; item: one item of it, described by item
    definition: str
    terms: tuple[str, ...] = ()  # phrases that signal it
    item: str | None = None


@dataclass(frozen=True)
class Region:
    """The vocabulary of one digest: its province, cities and themes."""

    slug: str
    name: str
    chinese: str
    title: str
    aliases: tuple[str, ...]
    cities: tuple[City, ...]
    themes: tuple[Theme, ...]
    description: str = ""
    map_file: str = ""
    city_index: dict[str, City] = field(default_factory=dict, compare=False, repr=False)
    theme_index: dict[str, Theme] = field(default_factory=dict, compare=False, repr=False)

    def place_name(self, slug: str) -> str:
        if slug == self.slug:
            return self.name
        city = self.city_index.get(slug)
        if city:
            return city.name
        return OUTSIDE_PLACES.get(slug, slug)

    def theme_name(self, slug: str) -> str:
        theme = self.theme_index.get(slug)
        return theme.name if theme else slug

    @functools.cached_property
    def places(self) -> tuple[str, ...]:
        """Every slug an article's `city` may take (worked out once: asked for every figure)."""
        return (self.slug, *(c.slug for c in self.cities))

    @functools.cached_property
    def figure_places(self) -> tuple[str, ...]:
        """Every slug a figure's `city` may take: the places, the country and elsewhere."""
        return (*self.places, *OUTSIDE_PLACES)
