"""Tie each figure to the sentence it was read from."""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from .sentences import split_sentences

Place = tuple[int, int, int]  # paragraph index, sentence start, sentence end
_HEADING_MARKS = re.compile(r"#{1,6} +")


def locate_figures(texts: Sequence[str], paragraphs: Sequence[str],
                   hits: list[tuple[int, int] | None] | None = None) -> list[Place | None]:
    """Find each figure's text in the paragraphs, in reading order.

    Figures are searched from where the previous one was found, so a value
    stated twice ties each figure to its own sentence; a figure an editor moved
    or added out of order is searched from the start. None when not found.
    hits, when given, receives each figure's own words' place: (paragraph, offset) or None.
    """
    claimed: set[tuple[int, int]] = set()
    cursor = (0, 0)
    out: list[Place | None] = []
    sentences: dict[int, list[tuple[int, int]]] = {}  # paragraph index -> its sentence spans, split once
    for text in texts:
        hit = _find(text, paragraphs, cursor, claimed) if text else None
        if hit is None and text:
            hit = _find(text, paragraphs, (0, 0), claimed)
        if hits is not None:
            hits.append(hit)
        if hit is None:
            out.append(None)
            continue
        para, pos = hit
        claimed.add(hit)
        cursor = (para, pos + len(text))
        if para not in sentences:
            sentences[para] = split_sentences(paragraphs[para])
        out.append(_sentence_at(sentences[para], paragraphs[para], para, pos))
    return out


def _find(text: str, paragraphs: Sequence[str], cursor: tuple[int, int],
          claimed: set[tuple[int, int]]) -> tuple[int, int] | None:
    para, pos = cursor
    for index in range(para, len(paragraphs)):
        start = pos if index == para else 0
        while True:
            found = paragraphs[index].find(text, start)
            if found < 0:
                break
            if (index, found) not in claimed:
                return index, found
            start = found + 1
    return None


def _sentence_at(spans: list[tuple[int, int]], paragraph: str, para: int, pos: int) -> Place:
    # A heading's marks ("## ") stay outside the span, or it would no longer be a heading.
    marks = _HEADING_MARKS.match(paragraph)
    floor = marks.end() if marks else 0
    # Spans are in reading order and do not overlap: the last one starting at or before pos.
    index = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= pos < spans[index][1]:
        start, end = spans[index]
        return para, max(start, floor), end
    return para, floor, len(paragraph)
