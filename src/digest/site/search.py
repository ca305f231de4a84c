"""The search index: plain files written by the build, read by static/search.js.

Every file is a small JavaScript file that hands its data to `digestSearch`, so
the page loads it with a <script> element: that works from a web server and
from a site opened on disk, where a page may not fetch() its own files.

    search/manifest.js        digestSearch.manifest({...})
        format version, number of documents, documents per chunk, key length, the shard keys
    search/index/<key>.js     digestSearch.shard("<key>", [terms], [postings])
        every term whose first characters (one on a small site, else two: the
        manifest's key length) are <key>, sorted; for each, the documents that
        contain it with how much the term weighs in each (weight(),
        encode_weighted())
    search/docs/<n>.js        digestSearch.doc(<n>, [url, title, date, city, themes, year, text])
        what result n shows: one file per document, so a page of results
        loads only its own results, and its text (at most TEXT_CHARS
        characters of the body as plain text) is what the excerpt around the
        query's words is cut from
    search/facets.js          digestSearch.facets({"city": {...}, "theme": {...}, "year": {...}})
        the documents of each place, theme and year, for the search form's filters

Documents are numbered in the site's article order (newest first), so a lower
number is a newer article. A postings list is a string of ascending document
numbers, each written as its distance from the one before minus one (the first
from -1), in base 32 with the alphabet DIGITS, most significant digit first:
every digit but a number's last comes from the upper half of the alphabet. A
document less than 33 places after the previous one costs one character.

A term's weight in a document is its BM25 term-frequency part (k1 = 1.2,
b = 0.75), with an occurrence in the title, or the name of a place the article
is about, counting as TITLE_WEIGHT occurrences in the body; scaled to
1..LEVELS and written in the postings with each document's number.
search.js multiplies it by the query word's idf, which it knows from the
postings, and adds the words up.

The same word rules are written a second time, in JavaScript, in
templates/static/search.js: a change to one is a change to both.
"""

from __future__ import annotations

import html
import json
import operator
import re
import unicodedata
import math
from array import array
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

if TYPE_CHECKING:  # build imports this module: no import back at run time
    from pathlib import Path

    from ..build import Site
    from .render import ArticleView

FORMAT = 2
SHARD_BYTES = 60_000  # shards keyed by one character while none would be larger than this
SUMMARY_CHARS = 200
# The text of a result that its excerpt is cut from: a cap on what one result
# costs a query (50 results, under 300 KB), long enough for all of most articles.
TEXT_CHARS = 5_000
TITLE_WEIGHT = 8  # a word in the title (or a place's name) counts as eight in the body
K1, B = 1.2, 0.75  # BM25's usual constants
LEVELS = 32  # a term's weight in a document is one of 1..LEVELS
MAX_TERM = 40  # longer "words" are codes or junk, not something a reader types
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

# A small list of English words too common to search for. search.js has the same list.
STOP_WORDS = frozenset("""
a an and are as at be been but by for from had has have he her his if in into is it its
of on or our she so than that the their them then there these they this those to was
we were which who will with would you
""".split())

# Words ending in s that are not plurals, or whose plural rule below goes wrong.
KEEP_S = frozenset("""
news series species means always perhaps towards afterwards whereas lens chaos atlas
canvas christmas
""".split())

_WORD = re.compile(r"[^\W_]+")  # runs of Unicode letters and digits
# Markdown and HTML that is not text: a link's or image's address, attribute
# lists such as {: .caption }, tags and character references.
_NOT_TEXT = re.compile(r"\]\([^)\s]*\)|\{:[^}]*\}|</?[A-Za-z][^<>]*>|&#?\w+;")
_PLAIN_DROP = re.compile(r"!?\[([^\]]*)\]\([^)\s]*\)|\{:[^}]*\}|</?[A-Za-z][^<>]*>")
_PLAIN_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", re.MULTILINE)
_EMPHASIS = str.maketrans("", "", "*_`\\")

# Lower-cases ASCII letters and turns every other ASCII byte but digits into a space.
_ASCII_WORDS = bytes((c | 32 if chr(c).isalpha() else c) if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def normalise(word: str) -> str:
    """A lower-case word with a plural ending taken off, conservatively:
    plants -> plant, batteries -> battery, processes -> process, approaches ->
    approach; process, status, analysis, logistics, gas and news stay as they are."""
    if len(word) <= 3 or word[-1] != "s" or word in KEEP_S:
        return word
    if word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y" if len(word) > 4 else word[:-1]
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


_DOUBLED = frozenset("bdgmnprt")


def ending(word: str) -> str:
    """A word without the ending of its verb form, so that mine, mines, mined
    and mining are one term ("min"), coke and coking one ("cok"): -ing and -ed
    off when at least three letters stay (a doubled last consonant made single:
    planned -> plan), then a final e when at least three stay. Words in -eed
    (need, speed) keep their letters. Index and query fold the same way; a
    query word this changes matches its term exactly, not as a prefix."""
    if word.endswith(("ing", "ed")) and not word.endswith("eed"):
        stem = word[:-3] if word.endswith("ing") else word[:-2]
        if len(stem) >= 3:
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                stem = stem[:-1]
            return stem
    if len(word) >= 4 and word.endswith("e") and not word.endswith("ee"):
        return word[:-1]
    return word


def fold(word: str) -> str:
    """A lower-case word without its accents, and pinyin's ü however it is
    typed: Lüliang, Luliang and Lvliang are all "luliang" (a word beginning
    lv or nv is read as lu, nu: no English word begins so)."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"))
    if word.startswith(("lv", "nv")):
        word = word[0] + "u" + word[2:]
    return word


def term(word: str) -> str | None:
    """The search term of one lower-case word, or None when it is not indexed:
    one character, longer than MAX_TERM, or a stop word. Accents are folded
    away, a plural and a verb's ending taken off."""
    word = fold(word)
    if len(word) < 2 or len(word) > MAX_TERM or word in STOP_WORDS:
        return None
    return ending(normalise(word))


def words(text: str) -> list[str]:
    """The lower-case words of a text, in order: runs of Unicode letters and digits."""
    if text.isascii():  # the common case, several times faster than the regular expression
        return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    return _WORD.findall(text.lower())


def term_counts(title: str, body: str, memo: dict[str, str | None] | None = None) -> dict[str, int]:
    """How often each search term is in an article's title and Markdown body,
    a title's word counting TITLE_WEIGHT times; sorted by term.

    memo keeps each word's term (or None) across the calls given it: most
    words of a corpus are in many articles.
    """
    memo = {} if memo is None else memo
    counts: Counter[str] = Counter()
    for text, times in ((title, TITLE_WEIGHT), (body, 1)):
        for word, n in Counter(words(_NOT_TEXT.sub(" ", text))).items():
            if word in memo:
                t = memo[word]
            else:
                t = term(word)
                if len(memo) < 200_000:  # a memo of a pure function: the same answer either way
                    memo[word] = t
            if t is not None:
                counts[t] += n * times
    return dict(sorted(counts.items()))


def article_terms(title: str, body: str, memo: dict[str, str | None] | None = None) -> tuple[str, ...]:
    """The sorted, unique search terms of an article's title and Markdown body."""
    return tuple(term_counts(title, body, memo))


def counts_text(counts: dict[str, int]) -> str:
    """Term counts as one string, "coal:3 hydrogen" (a count of 1 left out),
    as the body cache keeps them; search_files reads it back."""
    return " ".join(t if n == 1 else f"{t}:{n}" for t, n in counts.items())


_COUNT_SUFFIX = re.compile(r":(\d+)")


def counts_total(text: str) -> int:
    """The sum of the counts of a counts_text string, without reading them into a dict."""
    if not text:
        return 0
    found = _COUNT_SUFFIX.findall(text)
    return text.count(" ") + 1 + sum(map(int, found)) - len(found)


def weight(count: int, length: int, average: float) -> int:
    """A term's weight in a document, 1..LEVELS: BM25's term-frequency part
    for a term counted `count` times in a document of `length` counted words,
    where documents have `average` on average; scaled by its ceiling, K1 + 1."""
    norm = K1 * (1 - B + B * length / average) if average else K1
    part = count * (K1 + 1) / (count + norm)
    return max(1, min(LEVELS, round(part / (K1 + 1) * LEVELS)))


def plain_summary(body: str, limit: int = SUMMARY_CHARS) -> str:
    """The start of a Markdown body as plain text, at most `limit` characters,
    cut between words; headings, captions and credits are skipped. With
    limit=TEXT_CHARS, the text a result's excerpt is cut from."""
    parts: list[str] = []
    size = 0
    for block in body.split("\n\n"):
        stripped = block.strip()
        if not stripped or stripped.startswith("#") or "{:" in stripped:
            continue
        text = _PLAIN_DROP.sub(r"\1", stripped) if "[" in stripped or "<" in stripped else stripped
        text = _PLAIN_MARKS.sub("", text).translate(_EMPHASIS)
        text = " ".join((html.unescape(text) if "&" in text else text).split())
        if text:
            parts.append(text)
            size += len(text) + 1
            if size > limit:
                break
    text = " ".join(parts)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


def shard_key(term: str, length: int = 2) -> str:
    return term[:length]


def key_length(sizes: dict[str, int]) -> int:
    """Characters of a term that name its shard: one while every shard of
    one-character keys stays under SHARD_BYTES (a small site, a few dozen
    files), else two."""
    by_first: defaultdict[str, int] = defaultdict(int)
    for t, size in sizes.items():
        by_first[t[:1]] += size
    return 1 if max(by_first.values(), default=0) <= SHARD_BYTES else 2


def shard_file(key: str) -> str:
    """The file name of a shard: the key itself when it is ASCII letters and
    digits, otherwise 'u' and each character's code point in five hex digits."""
    if key.isascii() and key.isalnum():
        return key
    return "u" + "".join(f"{ord(c):05x}" for c in key)


def _number(n: int) -> str:
    digits = [DIGITS[n & 31]]
    n >>= 5
    while n:
        digits.append(DIGITS[32 + (n & 31)])
        n >>= 5
    return "".join(reversed(digits))


_STEP = ["", *(_number(n) for n in range(1024))]  # the string of a step d from one document to the next: d - 1


def encode_postings(docs: Iterable[int]) -> str:
    """Ascending document numbers as a postings string (see the module's doc)."""
    docs = list(docs)
    step = _STEP
    return "".join([step[d] if d <= 1024 else _number(d - 1) for d in map(operator.sub, docs, [-1, *docs])])


def encode_weighted(docs: Iterable[int], weights: Iterable[int]) -> str:
    """Ascending document numbers with a weight (1..LEVELS) each, as a
    postings string whose numbers are (step - 1) * LEVELS + weight - 1: the
    next document and its weight cost one character, a document up to 32
    places on two."""
    return _encode_packed([d * LEVELS + w - 1 for d, w in zip(docs, weights)])


def _encode_packed(packed: Sequence[int]) -> str:
    """encode_weighted of postings packed as doc * LEVELS + weight - 1, ascending."""
    numbers = _STEP[1:]  # the string of each number under 1024
    # A posting's number is its packed value less the packed start of the document after the one before.
    starts = [0, *(p - p % LEVELS + LEVELS for p in packed[:-1])]
    return "".join([numbers[v] if v < 1024 else _number(v) for v in map(operator.sub, packed, starts)])


def decode_weighted(text: str) -> tuple[list[int], list[int]]:
    """The document numbers and weights of a weighted postings string: the reverse of encode_weighted."""
    docs: list[int] = []
    weights: list[int] = []
    previous = -1
    for value in decode_postings(text, steps=True):
        previous += value // LEVELS + 1
        docs.append(previous)
        weights.append(value % LEVELS + 1)
    return docs, weights


def decode_postings(text: str, steps: bool = False) -> list[int]:
    """The document numbers of a postings string: the reverse of encode_postings.
    With steps, the numbers as written instead (the steps from one document to the next, less one)."""
    docs: list[int] = []
    previous = -1
    value = 0
    for char in text:
        digit = DIGITS.index(char)
        value = value * 32 + (digit & 31)
        if digit < 32:
            previous += value + 1
            docs.append(value if steps else previous)
            value = 0
    return docs


def _js(call: str, *args: object) -> bytes:
    data = ",".join(json.dumps(a, ensure_ascii=True, separators=(",", ":")) for a in args)
    return f"digestSearch.{call}({data});\n".encode("ascii")


def _utf16(term: str) -> bytes:
    # JavaScript compares strings by UTF-16 code units: sort so, for its binary search.
    return term.encode("utf-16-be")


def _themes(view: ArticleView) -> list[str]:
    a = view.article
    themes = list(a.themes)
    if a.sector and a.sector not in themes:
        themes.append(a.sector)
    return themes


def place_terms(site: Site) -> dict[str, tuple[str, ...]]:
    """The search terms of each place's names: English, Chinese and aliases,
    so that "太原" finds the articles about Taiyuan even where they never write it."""
    region = site.region
    out = {region.slug: article_terms(" ".join((region.name, region.chinese, *region.aliases)), "")}
    for city in region.cities:
        out[city.slug] = article_terms(" ".join((city.name, city.chinese, *city.aliases)), "")
    return out


def place_names(site: Site) -> dict[str, str]:
    """The term of each one-word name of the region and its cities, with the
    name to show: search.js offers one when a query word is a letter off it
    ("Taiyaun" -> Taiyuan)."""
    region = site.region
    out: dict[str, str] = {}
    for name, aliases in [(region.name, region.aliases), *((c.name, c.aliases) for c in region.cities)]:
        for spelling in (name, *aliases):
            found = article_terms(spelling, "")
            if len(found) == 1:
                out.setdefault(found[0], name)
    return dict(sorted(out.items()))


def doc_path(doc: int) -> str:
    """The file of one result's details: what search_files writes there is made
    from the article's record alone (and the region's names)."""
    return f"search/docs/{doc}.js"


def search_files(site: Site, docs_old: Sequence[Path | None] = ()) -> list[tuple[str, bytes | Path]]:
    """Every file of the search index, as (path from the site's root, bytes).

    docs_old gives the previous site's file of a document, where its article
    is unchanged, to be linked instead of written again. Each article's term
    counts are read from the string cached with its body (ArticleView.terms),
    or counted here when it has none.
    """
    views = site.articles
    places = place_terms(site)
    texts = [v.terms if v.terms is not None else counts_text(term_counts(v.article.title, v.article.body))
             for v in views]

    def boosts(view: ArticleView) -> dict[str, int]:
        """The terms of the names of the places an article is about, each counting TITLE_WEIGHT."""
        a = view.article
        extra: dict[str, int] = {}
        for slug in dict.fromkeys((a.city, *a.cities)):
            for t in places.get(slug, ()):
                extra[t] = extra.get(t, 0) + TITLE_WEIGHT
        return extra

    # The counts are read from each document's string as its turn comes, not
    # kept: they would be millions of dictionary entries at 10,000 articles (170 MB).
    lengths = [counts_total(text) + sum(boosts(view).values()) for view, text in zip(views, texts)]
    average = sum(lengths) / len(lengths) if lengths else 0.0
    # Each term's postings packed one number each, doc * LEVELS + weight - 1.
    postings: defaultdict[str, array[int]] = defaultdict(lambda: array("Q"))
    for doc, (view, text) in enumerate(zip(views, texts)):
        extra = boosts(view)
        base = doc * LEVELS - 1
        scale: dict[int, int] = {}  # count -> packed posting in this document: most counts are small and repeat
        once = base + weight(1, lengths[doc], average)
        for item in text.split():
            t, _, n = item.partition(":")
            if t in extra:
                count = (int(n) if n else 1) + extra.pop(t)
            elif not n:
                postings[t].append(once)
                continue
            else:
                count = int(n)
            packed = scale.get(count)
            if packed is None:
                packed = scale[count] = base + weight(count, lengths[doc], average)
            postings[t].append(packed)
        for t, count in extra.items():  # a place's name the article never writes
            postings[t].append(base + weight(count, lengths[doc], average))

    coded = {t: _encode_packed(packed) for t, packed in postings.items()}
    length = key_length({t: len(t) + len(c) + 6 for t, c in coded.items()})
    shards: dict[str, list[str]] = {}
    for t in postings:
        shards.setdefault(shard_key(t, length), []).append(t)
    files: list[tuple[str, bytes | Path]] = []
    for key in sorted(shards, key=_utf16):
        members = sorted(shards[key], key=_utf16)
        files.append((f"search/index/{shard_file(key)}.js", _js(
            "shard", key, members, [coded[t] for t in members])))

    region = site.region
    for doc, view in enumerate(views):
        old = docs_old[doc] if doc < len(docs_old) else None
        if old is not None:
            files.append((doc_path(doc), old))
            continue
        a = view.article
        files.append((doc_path(doc), _js("doc", doc, [
            f"articles/{a.slug}.html", a.title, a.date.isoformat() if a.date else "", region.place_name(a.city),
            _themes(view), a.year, plain_summary(a.body, TEXT_CHARS)])))

    facets: dict[str, dict[str, list[int]]] = {"city": {}, "theme": {}, "year": {}}
    for doc, view in enumerate(views):
        a = view.article
        for slug in dict.fromkeys((a.city, *a.cities)):
            facets["city"].setdefault(slug, []).append(doc)
        for slug in _themes(view):
            facets["theme"].setdefault(slug, []).append(doc)
        facets["year"].setdefault(str(a.year) if a.year else "undated", []).append(doc)
    files.append(("search/facets.js", _js("facets", {
        kind: {key: encode_postings(docs) for key, docs in sorted(groups.items())}
        for kind, groups in facets.items()
    })))

    files.append(("search/manifest.js", _js("manifest", {
        "format": FORMAT,
        "documents": len(views),
        "key": length,
        "levels": LEVELS,
        "shards": sorted(shards, key=_utf16),
        "places": place_names(site),
    })))
    return files
