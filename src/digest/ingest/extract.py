"""Find the quantitative figures of an article: money, shares, tonnages, counts.

The extractor reads one sentence at a time. It finds every number (digits or
spelled out), reads the scale words and the unit that follow it, and keeps it
when the unit makes it a measurement or a counted noun makes it a count (a
noun on the list, or any plural noun right after a number in digits). Bare
numbers (years, ranks, numbers inside names) are dropped; a year never opens a
range. Multiples said as verbs ("tripled") are figures too. The sentence then
gives each figure its qualifier, kind, status, period and metric.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..model import Figure
from ..sentences import split_sentences
from ..tables import read_table
from ..units import SURFACES, UNITS

# The word lists that steer extraction: words.yaml.
_WORD_LISTS = read_table(Path(__file__).with_name("words.yaml"))


def _word_list(name: str) -> frozenset[str]:
    return frozenset(_WORD_LISTS[name].split())


# ---------------------------------------------------------------- numbers

_SMALL = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# "one" is left out on purpose: as a count it is mostly an article ("one of the
# ...", "one new base"); with a scale word it is read by _NUMBER, beside
# another count ("one base plus four counties") by _one.
_WORD_NUM = (
    r"(?:" + "|".join(sorted(_TENS, key=len, reverse=True))
    + r")(?:-(?:one|" + "|".join(k for k in _SMALL if _SMALL[k] < 10) + r"))?"
    + r"|" + "|".join(sorted(_SMALL, key=len, reverse=True))
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_SCALES = {
    "dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tln": 1e12, "b": 1e9, "m": 1e6,
}
# "52.7b yuan": a lone b or m is a scale only right before the currency's name.
_SCALE = (r"(?:dozen|hundred|thousand|million|billion|trillion|mln|mn|bln|bn|tln|(?:b|m)(?=\s*(?:yuan|dollars)\b))"
          r"(?![A-Za-z])")

# A number token: digits, or a spelled number (with "one" only before a scale).
_NUMBER = re.compile(
    rf"(?:(?<![\w.,])|(?<=RMB)|(?<=USD)|(?<=CNY))(?P<num>{_DIGITS})(?![\d])"
    rf"|(?<![\w-])(?=[TtFfSsEeNnOoAaHh])(?P<word>(?i:{_WORD_NUM}|one(?=[\s-]+{_SCALE})"
    r"|(?:half\s+)?a(?=\s+(?:dozen|hundred|thousand|million|billion)\b)))(?![\w])"
)
_SCALE_RUN = re.compile(rf"(?:[\s\u00a0-]*{_SCALE})+", re.I)
_SCALE_TOKEN = re.compile(r"[A-Za-z]+")  # the words of a run _SCALE_RUN matched

# ---------------------------------------------------------------- units

# How units are written, in the order they are tried: units.yaml.
_UNIT = re.compile(
    r"[\s\u00a0-]*(?:" + "|".join(f"(?P<u{i}>{s.pattern})" for i, s in enumerate(SURFACES)) + r")",
    re.I,
)
# Currency written before the number: "$3 billion", "RMB 5 billion", "yuan 5 billion".
_PREFIX_MONEY = re.compile(
    r"(?P<cur>US\s?\$|\$|USD|RMB|CNY|\u00a5|HK\$|\u20ac)\s?$|(?P<yuan>\byuan\s)$", re.I
)
_PREFIX_UNIT = {"us$": "USD", "us $": "USD", "$": "USD", "usd": "USD", "rmb": "CNY", "cny": "CNY", "\u00a5": "CNY"}
# "yuan per ton", "yuan per capita": a price or a rate, in yuan with raw_unit "yuan per ton".
_PER = re.compile(r"\s*(?:per|/|a|an)\s*(ton|tonne|mu|hectare|square meter|cubic meter|kilowatt-hour|kwh|kilowatt|"
                  r"kilogram|kg|gram|liter|litre|"
                  r"person|capita|household|day|month|hour|unit|head|share|barrel|liter|litre)\b",
                  re.I)
_ENERGY_PER = re.compile(r"\s*(?:of\s+(?:electricity|power)\s+)?(?:per|/|a|for\s+(?:each|every)|to\s+(?:make|produce)\s+"
                         r"(?:a|one|each|every))\s+(ton|tonne|kilogram|kg|unit|cubic\s+meter|square\s+meter)\b", re.I)
# "1,500 tons of milk a day", "1,200-ton-per-day": tonnage a day (up to 50 characters on, no number between).
_A_DAY = re.compile(r"(?:-per-day\b|[^\d.;:,()]{0,50}?\b(a|per|each|every)\s+day\b)(?!\s+(?:of|in|for)\b)", re.I)
# "Each kilogram of hydrogen takes about 55 kWh", "Making a ton of electrodes takes about 4,500 kWh".
_ENERGY_EACH = re.compile(r"\b(?:each|every|a|one|making\s+a|to\s+make\s+a|producing\s+a)\s+"
                          r"(ton|tonne|kilogram|kg|unit|cubic\s+meter|square\s+meter)\s+of\s+[\w\s-]{1,40}?\s+"
                          r"(?:takes|needs|uses|consumes|requires)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|"
                          r"almost\s+|more\s+than\s+|less\s+than\s+)?$", re.I)
# A dollar conversion in parentheses after a yuan amount.
_USD_PAREN = re.compile(
    rf"\s*\(\s*(?:(?:about|around|approximately|roughly|nearly|almost|over|some|more than|less than)\s+)?"
    rf"(?:(?:US\s?\$|\$|USD)\s?(?P<n1>{_DIGITS})(?P<s1>(?:[\s-]*{_SCALE})*)"
    rf"|(?P<n2>{_DIGITS})(?P<s2>(?:[\s-]*{_SCALE})*)\s+(?:U\.?S\.?\s+)?dollars)\s*\)",
    re.I,
)
# "1.9 billion yuan, or about 270 million U.S. dollars": a conversion said after a comma.
_USD_OR = re.compile(
    rf",\s*or\s+(?:(?:about|around|approximately|roughly|nearly|almost|some)\s+)?"
    rf"(?:(?:US\s?\$|\$|USD)\s?(?P<n1>{_DIGITS})(?P<s1>(?:[\s-]*{_SCALE})*)"
    rf"|(?P<n2>{_DIGITS})(?P<s2>(?:[\s-]*{_SCALE})*)\s+(?:U\.?S\.?\s+)?dollars)(?![\w-])",
    re.I,
)
# A yuan conversion in parentheses after a dollar amount.
_CNY_PAREN = re.compile(
    rf"\s*\(\s*(?:(?:about|around|approximately|roughly|nearly|over|some)\s+)?"
    rf"(?:(?:RMB|\u00a5|CNY)\s?(?P<n1>{_DIGITS})(?P<s1>(?:[\s-]*{_SCALE})*)"
    rf"|(?P<n2>{_DIGITS})(?P<s2>(?:[\s-]*{_SCALE})*)[\s-]+yuan)\s*\)",
    re.I,
)

# ---------------------------------------------------------------- counts

_COUNT_NOUNS = _word_list("count_nouns")
_NOT_MODIFIER = _word_list("not_modifiers")
_NOT_COUNTED = _word_list("not_counted")
_FUNCTION_S = _word_list("function_s")
# A word between a number and its noun: plain, in quotes ("little giant"), or a
# measure ("5G", "450-cubic-meter", "5 million-ton").
_MODIFIER = re.compile(r"\s+[\"\u201c\u201d]?([A-Za-z][A-Za-z'\u2019&-]*|\d+[A-Za-z]{1,3}(?:-[A-Za-z]+)*(?![\w-])"
                       r"|\d[\d,.]*-[A-Za-z][A-Za-z-]*|\d[\d,.]*\s+(?:hundred|thousand|million|billion)-[A-Za-z][A-Za-z-]*)"
                       r"[\"\u201c\u201d]?")
# "specialized, refined, distinctive and innovative enterprises": a list of modifiers.
_MODIFIER_COMMA = re.compile(r",(?=\s+[A-Za-z])")
_COUNT_REPEAT = re.compile(r"\s+(consecutive|successive|straight)\s+(times|years)\b", re.I)
_COORD = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s+(?=\S)", re.I)
_OR_RESTATED = re.compile(r"\s*,\s*or\s+(?=(?:about\s+|nearly\s+)?\d[\d.]*\s*(?:%|per\s?cent))", re.I)
_TOTAL_TO = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(_word_list("total_nouns"))) + r")\b(?:\s+[\w'-]+){0,10}?\s+"
    r"(?:to|of|at|reached|hit|was|is|were|stood\s+at|reach(?:es)?|pass(?:es|ed)?|"
    r"(?:fell|dropped|declined|rose|grew|increased|decreased|went\s+up|went\s+down)\s+from|"
    r"tops?|topped|exceed(?:s|ed)?|surpass(?:es|ed)?)"
    r"(?:\s+(?:about|around|nearly|almost|some|roughly|approximately|over|more\s+than|just))?\s*$", re.I
)

# ---------------------------------------------------------------- not figures

_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_BAD_BEFORE = re.compile(
    rf"(?:\b(?:No|Nos|Number|NO|no)\.?\s*#?|#|(?<!\bwill\s)(?<!\bto\s)(?<!\bmay\s)\b(?:top|Top)\s+|\b(?:per|every|aged?|age\s+of|Phase|phase|Article|"
    rf"Line|Room|Gate|Building|Section|Chapter|Grade|Level|Class|Category|Type|Version|Station|"
    rf"{_MONTHS})\s+|[:/]|[A-Za-z]-|\+)$"
)
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTHS})\b")
_AGE_AFTER = re.compile(r"[\s-]+years?[\s-]+old\b|-year-old", re.I)
_EVERY = re.compile(r"\bevery\s+$", re.I)
_TIME_UNIT = re.compile(r"[\s-]*(?:seconds|minutes?|hours?)\b", re.I)
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?![A-Za-z])", re.I)

# ---------------------------------------------------------------- qualifiers

_QUALIFIER_BEFORE = re.compile(
    r"(?P<over>\b(?:more\s+than|over|above|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|at\s+least|"
    r"in\s+excess\s+of|upwards\s+of|topp(?:ed|ing)|tops)\s*)$"
    r"|(?P<under>\b(?:nearly|almost|less\s+than|fewer\s+than|under|below|close\s+to|up\s+to|"
    r"no\s+more\s+than|not\s+more\s+than|short\s+of)\s*)$"
    r"|(?P<about>\b(?:about|around|approximately|approx\.?|some|roughly|an\s+estimated|estimated|circa)\s*)$"
    r"|(?P<exactly>\b(?:exactly|precisely|a\s+full)\s*)$",
    re.I,
)
_QUALIFIER_AFTER = re.compile(r"\s*(?P<over>or\s+more|and\s+above|or\s+above|plus)\b"
                              r"|\s*(?P<under>or\s+less|and\s+below|or\s+below)\b", re.I)

# ---------------------------------------------------------------- kind

_KIND_WORDS = re.compile(
    # "grows apples on 2.1 million mu": to grow a crop on land is no change.
    r"(?P<change>\bgrowth\s+rate|\b(?:(?:grow|grew|grown|growing|grows)(?!\s+(?:[A-Za-z-]+\s+){1,3}?on\b)|growth|"
    r"increas(?:e|ed|es|ing)|"
    # "was set up with 86 million yuan", "adds up to", "up to 5 million yuan": no rise.
    r"ris(?:e|es|ing)|rose|risen|(?<!\bset\s)(?<!\bsets\s)up(?!\s+to\b)|down|"
    r"declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
    r"f(?:a|e)ll(?:s|ing|en)?|drop(?:s|ped|ping)?|surg(?:e|ed|es|ing)|jump(?:s|ed|ing)?|"
    r"climb(?:s|ed|ing)?|gain(?:s|ed)?|expand(?:s|ed|ing)?|expansion|shr(?:ank|unk|ink|inks)|"
    r"dip(?:s|ped|ping)?|slump(?:s|ed|ing)?|plung(?:e|ed|es|ing)|tumbl(?:e|ed|es|ing)|soar(?:s|ed|ing)?|"
    r"slid(?:e|es|ing)?|plummet(?:s|ed|ing)?|"
    r"contract(?:ed|ion)|cut|reduc(?:e|ed|es|ing|tion)|boost(?:ed|ing)?|hike|higher|lower|faster|slower|"
    r"year[\s-]on[\s-]year|yoy|y-o-y)\b)"
    r"|(?P<share>\b(?:account(?:s|ed|ing)?\s+for|mak(?:e|es|ing)\s+up|made\s+up|proportion|share|ratio|rate|percentage|"
    r"coverage|of\s+the\s+total)\b)",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:(?:year[\s-]on[\s-]year|yoy|y-o-y)\b|(?:(?:year[\s-]on[\s-]year|annual)\s+)?"
    r"(?:increase|growth|rise|jump|gain|surge|decline|decrease|drop|fall|reduction|cut|hike)\b"
    r"|(?:higher|lower|more|less|faster|slower)\s+than\b)",
    re.I,
)
_SHARE_AFTER = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?total\b", re.I)
_DOWN = re.compile(r"\b(?:down|declin\w*|decreas\w*|f[ae]ll\w*|drop\w*|shr[aiu]nk\w*|contract\w*|"
                   r"reduc\w*|cut|lower|slower)\b", re.I)
_TO_LEVEL = re.compile(r"\bto\s*$", re.I)
_NEXT_ITEM = re.compile(r"[;,]")

# ---------------------------------------------------------------- status

_TARGET = re.compile(
    r"\b(?:will|shall|expects?|wants?(?=\s+(?:to\b|\d|about\b|nearly\b|more\b|over\b|at\s+least\b))|calls?\s+for|"
    r"aims?\s+for|plans?\s+to|plans\s+(?:a|an)(?=\s)|(?<!the\s)(?<!its\s)(?<!their\s)plans\s+(?!to\b)(?:[\w-]+\s+){1,3}?of(?=\s)|planned|planning\s+to|aims?\s+to|aiming\s+to|aimed\s+at|targets?|"
    r"targeted|goal|goals|strives?\s+to|striving\s+to|expected\s+to|expects?\s+to|is\s+set\s+to|"
    r"are\s+set\s+to|projected\s+to|intends?\s+to|seeks?\s+to|is\s+to|are\s+to|is\s+scheduled\s+to|"
    r"are\s+scheduled\s+to|by\s+(?:the\s+end\s+of\s+)?(?P<by>(?:19|20)\d\d))\b",
    re.I,
)

_PAST_AFTER_BY = re.compile(r"[\s,]+(?:(?:the|its|their|this|that|[A-Z][\w'\u2019-]*)\s+){0,4}?(?:[\w'\u2019-]+\s+)?"
                            r"(?:had|was|were|reached|stood|totaled|totalled|registered|recorded)\b")

# ---------------------------------------------------------------- period

_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_REL = r"this\s+year|last\s+year|next\s+year|the\s+(?:past|previous|current|coming)\s+year"
_PERIOD = re.compile(
    rf"\b(?:from|between)\s+(?P<r1>{_YEAR})\s*(?:to|and|-|\u2013|through|till|until)\s*(?P<r2>{_YEAR}|\d\d)\b"
    rf"|(?<![\d-])(?P<d1>{_YEAR})\s*[-\u2013]\s*(?P<d2>{_YEAR}|\d\d)(?![\d%])(?!\s*(?:percent|per\s+cent))"
    rf"|\b(?P<half>first|second)[\s-]+half(?:\s+of\s+(?:(?P<hy>{_YEAR})|(?P<hr>{_REL}|the\s+year))|\s+(?P<hy2>{_YEAR}))"
    # "the six months ended June 30, 2025": a company's reporting period.
    rf"|\b(?P<sm>three|six|nine|twelve)\s+months\s+ended\s+(?:[A-Z][a-z]+\s+\d{{1,2}},?\s+)?(?P<smy>{_YEAR})"
    rf"|\b(?P<q>first|second|third|fourth)\s+quarter\s+of\s+(?:(?P<qy>{_YEAR})|(?P<qr>{_REL}|the\s+year))"
    rf"|\bfirst\s+three\s+quarters(?:\s+of\s+(?:(?P<ty>{_YEAR})|(?P<tr>{_REL}|the\s+year)))?"
    rf"|\b(?:the\s+)?first\s+(?P<mn>three|six|nine|3|6|9)\s+months(?:\s+of\s+(?:(?P<my>{_YEAR})|(?P<mr>{_REL})))?"
    rf"|\b(?P<hh>first|second)[\s-]+half(?:\s+of\s+the\s+year)?\b"
    rf"|\b(?P<prep>in|during|for|by|throughout|through|of|since|until|till|as\s+of|year)\s+"
    rf"(?:the\s+(?:end\s+of\s+|year\s+|whole\s+year\s+of\s+|first\s+half\s+of\s+)?)?"
    # "As of December 31, 2019, the Company had ...": the day's year.
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+)?(?P<y>{_YEAR})\b(?![\s-]*\d)"
    rf"|\b(?P<rel>{_REL})\b"
    # "a 2022 survey": the year a report or survey covers.
    rf"|\b(?:a|an|the|its)\s+(?P<sy>{_YEAR})\s+(?:survey|report|census|study|ranking|assessment|evaluation)\b",
    re.I,
)
_PERIOD_HINT = re.compile(r"(?:19|20)\d\d|[Yy]ear|half|quarter|months")
_TIME_PHRASE = re.compile(r"(?:first|second|third|fourth|last|this|past|previous|next|current|year|month|"
                          r"quarter|half|period|week|day)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
_MONTHS_PART = {"three": "Q1", "3": "Q1", "six": "H1", "6": "H1", "nine": "Q1-Q3", "9": "Q1-Q3"}
_QUARTERS = {"first": "Q1", "second": "Q2", "third": "Q3", "fourth": "Q4"}

# ---------------------------------------------------------------- metric

_VERBS = _word_list("verbs")
_LEADING_JUNK = _word_list("leading_junk")
_TRAILING_JUNK = _word_list("trailing_junk")
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?:city|province|county|country|nation|region|sector|company|group)'s\s+", re.I)
_CLAUSE_CUT = re.compile(r"[;:()\u2013\u2014\"\u201c\u201d]|,(?!\d)\s*|\b(?:with|while|whereas|that)\b", re.I)
_CLAUSE_MARK = re.compile(r"[;\u2013\u2014]")
_ONLY_COORD = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*", re.I)
_SUBJECT_STOP = re.compile(r"[,;:()\u2013\u2014]|\d")
_AFTER_STOP = re.compile(r"[,;.()]|\d|\b(?:in|of|for|to|by|from|with|and)\s+\d")
_TERMS_STOP = re.compile(r"[,;.()]|\bin\s+the\b|\d")
_KIND_SUFFIX = re.compile(r" (?:growth|decline|share|multiple)$")
_CHANGE_NOUN = re.compile(r"growth|increase|decline|decrease|rise|drop|change|fall")
_SHARE_NOUN = re.compile(r"share|proportion|ratio|rate|percentage")
_ADVERBS = _word_list("adverbs")
_ACTORS = _word_list("actors")
_MEASURED_WORDS = _word_list("measured_words")
_IN_TERMS = re.compile(r"\s*(?:[\w-]+\s+){0,4}?in\s+terms\s+of\s+([A-Za-z][\w\s'-]*)", re.I)
_AFTER_NP = re.compile(r"\s*(?:in|of|for)\s+([A-Za-z][\w\s'&-]*)", re.I)
_WORDS = re.compile(r"\d+[A-Za-z][\w-]*|[A-Za-z&][\w&'\u2019-]*")
_YOY = re.compile(r"\b(?:year|month|quarter)[\s-]on[\s-](?:year|month|quarter)\b", re.I)
_CHANGE_WORDS = _word_list("change_words")
# "founded in 1998" dates the firm, not the figure; "to be completed by the end of 2025" is a deadline.
_AS_OF = re.compile(r"by\s+the\s+end\s+of\b", re.I)
_PERIOD_SKIP = re.compile(r"(?<!\bbe\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?:founded|established|set\s+up|built|launched|opened|born|approved|"
                          r"created|started|began|completed)\b[^.;]{0,40}$", re.I)
# "The turnaround began in 2018, when the county closed 126 hammer shops": the year the clause after it tells of.
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
_AUX_END = re.compile(r"(?:\s+(?:has|have|had|has\s+been|have\s+been|nearly|almost|more\s+than|roughly|"
                      r"about|reportedly|since|all|also|already))*\s*$", re.I)
_FROM_LEVEL = re.compile(r"\bfrom\s*$", re.I)
_METRIC_WORDS = 9
_BRACKET = re.compile(r"\[[^\]]*\]")


@dataclass
class _Mention:
    """A number read from a sentence, before the sentence gives it its context."""

    start: int
    end: int
    value: float
    unit: str | None = None
    raw_unit: str | None = None
    value_max: float | None = None
    usd: float | None = None
    qualifier: str | None = None
    noun: str | None = None  # counted noun phrase
    noun_of: float | None = None  # a restated count ("of the 47,"): the noun of the article's earlier 47
    modifiers: list[str] = field(default_factory=list)
    pending: bool = False  # a bare number coordinated with the next one
    has_scale: bool = False
    scale: float = 1.0  # the scale words' factor, shared by a coordinated bare number
    skip_to: int = 0  # text consumed after the figure (a conversion, a range)
    kind: str | None = None  # set when the words themselves say it ("tripled" is a change)
    # How a count whose noun is elsewhere takes it (see _bare): from the count
    # before it in the sentence, or, restated ("of the 47,"), from the article.
    inherit: str | None = None
    doubt: bool = False  # read from weak cues: listed under review:


def _number(token: str) -> float | None:
    """The value of a number token: digits with commas, or a spelled number."""
    low = token.lower()
    if low[0].isdigit():
        try:
            return float(low.replace(",", ""))
        except ValueError:
            return None
    if low in ("one", "a"):
        return 1.0
    if low.startswith("half"):
        return 0.5  # "half a million"
    if low in _SMALL:
        return float(_SMALL[low])
    tens, _, unit = low.partition("-")
    total = _TENS.get(tens)
    if total is None:
        return None
    if unit:
        total += 1 if unit == "one" else _SMALL.get(unit, 0)
    return float(total)


def _scale(run: str) -> float:
    factor = 1.0
    for word in _SCALE_TOKEN.findall(run):
        factor *= _SCALES[word.lower()]
    return factor


def _plain(value: float) -> float | int:
    """An int where the value is whole, so 7e9 reads 7000000000."""
    rounded = round(value, 6)
    if rounded.is_integer() and abs(rounded) < 1e18:
        return int(rounded)
    return rounded


def _unit_at(text: str, pos: int) -> tuple[re.Match[str], str, float, str | None] | None:
    match = _UNIT.match(text, pos)
    if match is None or match.lastgroup is None:
        return None
    # The unit must end a word: "5 tons" but not "5 tonsils"; "%" needs no check.
    end = match.end()
    if end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        return None
    surface = SURFACES[int(match.lastgroup[1:])]
    unit, factor, raw = surface.unit, surface.factor, surface.raw
    if match.group(match.lastgroup) == "m" and _million_m(text, end):
        return None  # "5m tonnes", "2m visitors": a million, not meters
    return match, unit, factor, raw


_FOLLOW_WORDS = re.compile(r"[\s\u00a0]+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")


def _million_m(text: str, pos: int) -> bool:
    """Whether a bare "m" abbreviates million: a unit or a counted noun follows within two words."""
    words = _FOLLOW_WORDS.match(text, pos)
    if words is None:
        return False
    for word in words.groups():
        if word and (_UNIT.fullmatch(" " + word) or word.lower() in _COUNT_NOUNS or _plural_noun(word)):
            return True
    return False


def _paren_amount(match: re.Match[str]) -> float | None:
    number = match.group("n1") or match.group("n2")
    run = match.group("s1") if match.group("n1") else match.group("s2")
    value = _number(number)
    return None if value is None else value * _scale(run or "")


def _plural_noun(word: str) -> bool:
    """Whether a word reads as a plural noun that can be counted ("engineers", "boxes")."""
    low = word.lower()
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "412 specialized and innovative SMEs", "1,200 NEVs"
    return (len(low) > 3 and low[0].isalpha() and word[0].islower() and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "'s", "\u2019s")) and low.isalpha()
            and low not in _NOT_COUNTED and low not in _FUNCTION_S and low not in _VERBS
            and low not in _NOT_MODIFIER and _UNIT.fullmatch(" " + word) is None)


# Places where something is done ("1,200 collection points"), never a score or percentage points.
_POINTS_OF = re.compile(r"(?!(?:percentage|basis|base|more|fewer|less|extra|bonus|key|main)\b)[a-z][a-z-]+ points")
# A generic plural noun may follow at most this many modifiers.
_GENERIC_MODIFIERS = 2
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def _read_count(text: str, pos: int, generic: bool = False) -> tuple[list[str], str | None, int, bool]:
    """Read modifiers and a counted noun after a number.

    Returns (modifiers, noun, end, coordinated): coordinated is True when the
    modifiers run into "and"/"," and another number, whose noun they share.
    With generic, a plural noun not on the list counts too (see _plural_noun):
    the last of a run of plurals ("5 sales managers") within two modifiers.
    """
    modifiers: list[str] = []
    plural: tuple[int, int] | None = None  # (index in modifiers, end)
    while len(modifiers) < 10:
        coord = _COORD.match(text, pos)
        if coord and _NUMBER.match(text, coord.end()) and not _OR_RESTATED.match(text, pos):
            # ("mining accounted for 74,200, or 44.0 percent": the same number said as a share)
            if plural is not None:
                break  # "600 boxes and 300 crates": each number has its noun
            return modifiers, None, coord.end(), True
        word = _MODIFIER.match(text, pos)
        comma = None if word or not modifiers or plural else _MODIFIER_COMMA.match(text, pos)
        if comma:
            word = _MODIFIER.match(text, comma.end())
            if word and word.group(1).lower() in _NOT_MODIFIER:
                break
        if word is None:
            break
        low = word.group(1).lower()
        if low in _COUNT_NOUNS:
            return modifiers, word.group(1), word.end(), False
        if plural is not None and not _plural_noun(word.group(1)):
            break  # the noun phrase ended with its plural
        if low == "and" and modifiers:
            modifiers.append(word.group(1))
            pos = word.end()
            continue
        if low in _NOT_MODIFIER or low in _SCALES or low in _SMALL or low in _TENS:
            break
        if generic and len([m for m in modifiers if m.lower() != "and"]) <= _GENERIC_MODIFIERS + 1 \
                and (_plural_noun(word.group(1)) or _POINTS_OF.fullmatch(" ".join([*modifiers[-1:], low]))):
            plural = (len(modifiers), word.end())
        modifiers.append(word.group(1))
        pos = word.end()
    if plural is not None:
        index, end = plural
        return modifiers[:index], modifiers[index], end, False
    return modifiers, None, pos, False


_SPAN_BEFORE = re.compile(r"\b(?:first|last|past|next|previous|final|coming)\s+$", re.I)
_SPAN_AFTER = re.compile(r"\s+(?:quarters|months|years|weeks|days|decades)\b", re.I)
_EXCHANGE_RATE = re.compile(r"\bexchange\s+rate\s+of\s*(?:RMB|US\$|\$|USD|CNY|HK\$)?\s?$"
                            r"|\b(?:rate\s+of|=)\s*(?:RMB|US\$|\$|USD|CNY|HK\$)\s?$"
                            r"|\brate\s+of\s+(?:RMB|CNY)?\s?[\d.]+\s+(?:to|per|=)\s*(?:US\$|\$|USD)\s?$"
                            # "made at RMB 6.3614 = US$1.00": the dollar of a stated rate.
                            r"|\b(?:RMB|CNY)\s?[\d.]+\s*=\s*(?:US\$|\$|USD)?\s?$"
                            # "at the rate of US$1.00 = RMB 7.0700": the yuan of a rate said dollar first.
                            r"|(?:US\$|\$|USD)\s?1(?:\.0+)?\s*=\s*(?:RMB|CNY)?\s?$", re.I)
# "translated into US dollars at RMB 6.52 to US$1.00": the one dollar of a stated rate.
_ONE_DOLLAR_OF_A_RATE = re.compile(r"\b(?:RMB|CNY)\s?\d+\.\d+\s+to\s*(?:US\$|\$|USD)?\s?$", re.I)
# "the 10 largest private manufacturers": the size of a ranking, not a count of anything.
_SUPERLATIVE_AFTER = re.compile(r"\s+(?:largest|biggest)\b", re.I)
_OF_THE_FIRST = re.compile(r"[\s\"'\u201c\u2018]*Of\s+the\s+$", re.I)
_PER_DOLLAR = re.compile(r"\s*(?:to|=|per)\s*(?:US\$|\$|USD)\s?1(?:\.0+)?\b", re.I)


def _excluded(sentence: str, start: int, end: int, value: float, token: str) -> bool:
    """Numbers that are never figures whatever follows: ranks, dates, names, times."""
    before = sentence[max(0, start - 24):start]
    if _BAD_BEFORE.search(before) and not (_EVERY.search(before) and _TIME_UNIT.match(sentence, end)):
        return True  # "per 10,000 residents" is a denominator; "every 90 seconds" a rate
    if end < len(sentence) and sentence[end] in "'\u2019" and sentence[end + 1:end + 2].lower() == "s":
        return True  # "2021's"
    after = sentence[end:end + 16]
    if _MONTH_AFTER.match(after) or _AGE_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if _SUPERLATIVE_AFTER.match(sentence, end) and not _OF_THE_FIRST.match(sentence[:start]):
        return True  # ("Of the ten largest battery makers, five ...": the counts after it need its noun)
    if _SPAN_BEFORE.search(before) and _SPAN_AFTER.match(sentence, end):
        return True  # "in the first three quarters": a span of time, not a count of quarters
    if _EXCHANGE_RATE.search(sentence, max(0, start - 40), start) or _PER_DOLLAR.match(sentence, end) \
            or value == 1 and _ONE_DOLLAR_OF_A_RATE.search(sentence, max(0, start - 40), start):
        return True  # "at the rate of RMB 7.1775 to US$1.00": a conversion, not a figure
    if _THE_OTHER.search(before) and _PLACES_AFTER.match(sentence, end):
        return True  # "while the other seven cities had 38 in total": which places, not how many of something
    # A capitalized spelled number inside a sentence is part of a name ("Two Sessions").
    if not token[0].isdigit() and token[0].isupper() and start > 0 and not _SPEAKER.fullmatch(sentence, 0, start):
        return True  # ("A: Twenty-seven companies now operate in the park": an answer's first word)
    return False


_NUMBER_OF_THEN = re.compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,3}?)([a-z][\w-]*s)\b(?:\s+[a-z][\w-]*){0,3}\s+from\s+"
                             r"(?:about\s+|nearly\s+|some\s+)?$")
_THE_OTHER = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)
_PLACES_AFTER = re.compile(r"\s+(?:prefecture-level\s+)?(?:cities|counties|districts|provinces|regions|municipalities)\b")
_SPEAKER = re.compile(r"\s*(?:[QA]|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*:\s*|\s*[-\u2022*\u2013\u2014]\s*|[\"\u201c\s]+")
_LENGTH_OF = re.compile(r"\s+of\s+(?!(?:the|a|an|its|their)\b)[a-z]", re.I)
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|approximately|nearly|some|or)\s+)?$", re.I)
_AMOUNTS = ("count", "percent", "percentage-points", "CNY", "USD")


def _restated(sentence: str, before: _Mention, mention: _Mention) -> bool:
    """"2,400 mu (about 160 hectares)", "40 mu (2.7 hectares)": a measure said again in another
    unit, in brackets, is the figure before, not one of its own (dollars are its usd)."""
    if before.unit in (None, *_AMOUNTS) or mention.unit in (None, *_AMOUNTS):
        return False
    return bool(_CONVERSION_OPEN.fullmatch(sentence, max(before.end, before.skip_to), mention.start))


_LABEL_BEFORE = re.compile(r"\s*(?:[-\u2022*\u00b7]\s*)?([A-Z][^:;,.]{2,80}):\s*(?:(?:about|nearly|around|over|some|more\s+than)\s+)?")


def _labelled_count(sentence: str, start: int) -> str | None:
    """The counted noun of a line "Label: N" whose label names plural things, or None."""
    label = _LABEL_BEFORE.fullmatch(sentence, 0, start)
    if label is None:
        return None
    for word in label.group(1).split():
        low = word.lower()
        if low in _COUNT_NOUNS or _plural_noun(low) and low not in _NOT_COUNTED:
            return word
    return None


def _is_year(token: str, value: float) -> bool:
    return token.isdigit() and len(token) == 4 and 1900 <= value <= 2100


# "cooled to minus 196 C": a temperature below zero.
_MINUS = re.compile(r"\bminus\s+$", re.I)
# Nouns that point back ("2,575 of them"): a count read with one names nothing a breakdown can take.
_POINTERS = frozenset({"them", "these", "those", "which"})

# "Of its 860 workers, about a quarter are women, and 40 are engineers": the whole, then its parts.
_WHOLE_FIRST = re.compile(r"\b[Oo]f\s+(?:its|the|their|our|these|those|the\s+city's|the\s+county's)\s+$")


def _scan(sentence: str, carried: _Mention | None = None) -> list[_Mention]:
    """Every figure of one sentence, in order, before context is applied. carried: the last
    count of the sentence before when that one broke a total down ("By city, ..."), whose noun
    a place's bare number in this one takes ("Lyuliang had 39, Yangquan 31 and Xinzhou 27")."""
    found: list[_Mention] = []
    consumed = 0
    last_count: _Mention | None = carried  # the latest count, whose noun a bare number may take
    partitive = False  # a partitive ("Of them, 142 ...") was read: "and four ..." goes on with it
    for match in _NUMBER.finditer(sentence):
        start = match.start()
        if start < consumed:
            continue
        token = match.group()
        value = _number(token)
        if value is None or _excluded(sentence, start, match.end(), value, token):
            continue
        mention = _read_mention(sentence, start, match.end(), token, value, carried is not None)
        if mention is None:
            continue
        below = _MINUS.search(sentence, max(0, start - 8), start)
        if below is not None and mention.raw_unit == "degree Celsius":
            # "cooled to minus 196 C": a temperature below zero, the word in its text.
            mention.start, mention.value = below.start(), -mention.value
        if (mention.noun == "from" or mention.inherit) and not _inherit(
                sentence, mention, found[-1] if found else None, last_count, partitive):
            continue
        if found and _restated(sentence, found[-1], mention):
            consumed = max(mention.end, mention.skip_to)
            continue
        found.append(mention)
        if mention.unit == "count":
            last_count = mention
            # "Of them, 142 ...", "Six of the projects are ...": a partitive, which "and four ..." goes on.
            partitive = partitive or mention.inherit == "part" or bool(_OF_WHOLE.match(sentence, mention.end)) \
                or bool(_WHOLE_FIRST.search(sentence, max(0, mention.start - 14), mention.start))
        # A count's modifiers may hold a measure ("two 450-cubic-meter furnaces"): read on.
        consumed = mention.end if mention.unit == "count" else max(mention.end, mention.skip_to)
    _resolve_coordination(found)
    found = [m for m in found if m.unit is not None]
    spans = _Spans(found)
    for match in _FRACTION.finditer(sentence):
        # "about two-thirds of the city's output", "a fifth who are engineers": a share.
        if spans.overlap(match.start(), match.end()) \
                or _ORDINAL_BEFORE.search(sentence, max(0, match.start() - 12), match.start()):
            continue  # "the first three quarters" is a period
        more = _FRACTION_MORE.match(sentence, match.end()) or re.match(r"\s+as\s+(?:much|many)\b",
                                                                        sentence[match.end():], re.I)
        if not re.match(r"\s+(?:of|who)\b|\s+(?:are|were)\s+(?:the\s+)?[a-z]", sentence[match.end():]) and not more \
                and not _FRACTION_AFTER.match(sentence, match.end()) \
                and not _FRACTION_ALONE.search(sentence, max(0, match.start() - 24), match.start()) \
                and not _CHANGE_OF.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # (after "a drop of", _CHANGE_OF below, the fraction is a change)
        numerator = 1.0 if match.group("num").lower() in ("a", "an", "one") else _number(match.group("num"))
        denominator = _FRACTIONS[match.group("den").lower()]
        if numerator is not None and numerator < denominator:
            # "a quarter less than", "rose by a third", "cut ... by a fifth": a change, not a share.
            by = _BY_BEFORE.search(sentence, max(0, match.start() - 24), match.start()) \
                or _CHANGE_OF.search(sentence, max(0, match.start() - 30), match.start())
            found.append(_Mention(match.start(), match.end(), round(100 * numerator / denominator, 2), "percent",
                                  kind="change" if more or by else "share"))
    spans = _Spans(found)
    for match in _HALF.finditer(sentence):
        if spans.overlap(match.start(), match.end()):
            continue
        after = sentence[match.end():]
        if not re.match(r"\s+of\b", after) \
                and not _FRACTION_ALONE.search(sentence, max(0, match.start() - 24), match.start()):
            continue
        # "less than half the national ratio": a comparison with another figure, a change.
        found.append(_Mention(match.start(), match.end(), 50.0, "percent",
                              kind="change" if re.match(r"\s+the\b", after) else "share"))
    spans = _Spans(found)
    counts = [m for m in found if m.unit == "count"]
    starting = {m.start: m for m in counts}
    ending = {max(m.end, m.skip_to): m for m in counts}
    for match in _ONE.finditer(sentence):
        one = None if spans.overlap(match.start(), match.start() + 1) else _one(sentence, match, starting, ending)
        if one is not None:
            found.append(one)
    spans = _Spans(found)
    for match in _MULTIPLE_VERB.finditer(sentence):
        # "income has tripled": a multiple said as a verb, 3 times.
        if spans.overlap(match.start(), match.end()):
            continue
        times = _FOLD[match.group("fold").lower()] if match.group("fold") else _MULTIPLES[match.group().lower()]
        found.append(_Mention(match.start(), match.end(), times, "other", "times", kind="change"))
    spans = _Spans(found)
    for match in _ONE_IN.finditer(sentence):
        inside = [m for m in found if m.start < match.end() and max(m.end, m.skip_to) > match.start()]
        if any(m.start != match.start("den") and (m.unit != "count" or m.start < match.start("den"))
               and not (m.start == match.start() and m.unit == "count") for m in inside):
            continue  # (the numerator read as a count of its own, "and seven ...", is the share's)
        # "one in seven working residents", "one in six tons of the steel used": the share, not a
        # count or an amount of seven.
        found = [m for m in found if m not in inside]
        numerator = 1 if match.group("num").lower() == "one" else _SMALL[match.group("num").lower()]
        denominator = 10 if match.group("den") == "10" else _SMALL[match.group("den").lower()]  # "seven in 10"
        if numerator < denominator:
            found.append(_Mention(match.start(), match.end(), round(100 * numerator / denominator, 2), "percent",
                                  kind="share"))
    found.sort(key=lambda m: m.start)
    return found


class _Spans:
    """The text a sentence's mentions cover, to ask in log time whether a span overlaps any."""

    def __init__(self, mentions: list[_Mention]) -> None:
        spans = sorted((m.start, max(m.end, m.skip_to)) for m in mentions)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((stop for _, stop in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.reach[index] > start


_FROM_TO = re.compile(r"\s+to\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?")


def _inherit(sentence: str, mention: _Mention, previous: _Mention | None, last_count: _Mention | None,
             partitive: bool) -> bool:
    """Give a count whose noun is elsewhere its noun; False when the sentence names none."""
    if mention.inherit == "more":
        return _more_than(sentence, mention, previous, last_count)
    if mention.inherit in ("elided", "joined"):
        # "has built 4,860 charging piles and plans to add 2,000 more": the count before's noun (with
        # no count before, "plans to add 300 more" says of what; "19 joined the list" are firms).
        if last_count is None:
            if mention.inherit == "joined":
                mention.noun = "enterprises"
                return True
            return False
        mention.noun, mention.modifiers, mention.noun_of = last_count.noun, last_count.modifiers, last_count.noun_of
        return True
    if mention.noun == "from":
        to = _FROM_TO.match(sentence, mention.end)
        if to is not None and not mention.has_scale and not re.search(r"illion", to.group()):
            # "raise its annual capacity from 22,000 to 40,000 excavators": what the range's end counts.
            unit = _unit_at(sentence, to.end())
            if unit is not None:
                _match, mention.unit, factor, mention.raw_unit = unit
                mention.value *= factor
                mention.noun = None
                return mention.unit != "count" or mention.raw_unit is not None
            noun = _FOLLOW_WORDS.match(sentence, to.end())
            if noun is not None and _plural_noun(noun.group(1)):
                mention.unit, mention.noun = "count", noun.group(1)
                return True
    if mention.noun == "from" or mention.inherit == "change":
        # "to eight from 14", "386 enterprises, an increase of 57": the count just before.
        gap = sentence[max(previous.end, previous.skip_to):mention.start] if previous else ";"
        # ("1,260 fuel cell trucks in operation, most of them hauling coal ..., up from 430 a year ago": a
        # base said after a long aside is still the count's)
        reach = 160 if _UP_FROM_END.search(gap) else 60
        if previous is None or previous.unit is None or len(gap) > reach or ";" in gap:
            return False
        counted = _NUMBER_OF_THEN.search(gap) if mention.noun == "from" else None
        if counted is not None and previous.unit != "count":
            # "raise its rate to 70 percent and cut the number of waste dumps in use from 64 to 40":
            # the number of things, not the measure before.
            mention.unit, mention.noun, mention.modifiers = "count", counted.group(2), counted.group(1).split()
            return True
        if previous.unit != "count":
            if mention.noun != "from" or previous.raw_unit == "times" or mention.has_scale != previous.has_scale:
                # A measure lends its unit to a number said like it: "to 1.2 billion yuan from 900
                # million", "to 52 micrograms from 86", not "to 1.2 billion yuan from 900".
                return False
            # "fell to 52 micrograms per cubic meter in 2019 from 86 in 2016": the unit said before.
            mention.unit, mention.raw_unit, mention.noun = previous.unit, previous.raw_unit, None
            return True
        mention.unit, mention.noun, mention.modifiers = "count", previous.noun, previous.modifiers
        mention.noun_of = previous.noun_of
        return True
    if mention.inherit == "and":
        # "Of the 10, six are ... and four upgrade ...": the partitive goes on; "By sector, ...
        # 29 non-ferrous metal enterprises and 37 in power generation": so does a breakdown.
        again = previous is not None and previous is last_count and _TIME_NEXT.match(sentence, mention.end) \
            and _TIME_THEN_AND.search(sentence, max(previous.end, previous.skip_to), mention.start)
        listed = last_count is not None and (BY_BREAKDOWN.match(sentence) or _COLON_COUNT.search(sentence, 0, mention.start)
                                             and _IN_ITEM.match(sentence, mention.end))
        if not partitive and not again and not listed:
            return False
        mention.unit, mention.inherit = "count", "part"
    if mention.inherit == "bare" and last_count is None:
        return False
    if mention.noun is None and last_count is not None and mention.inherit in ("part", "bare"):
        source = last_count
        mention.unit, mention.noun, mention.modifiers = "count", source.noun, source.modifiers
        mention.noun_of = source.noun_of
    return True


def _more_than(sentence: str, mention: _Mention, previous: _Mention | None, last_count: _Mention | None) -> bool:
    """"251 days of good air, 17 more than in 2020", "2,236 projects worth 100 million yuan or
    more, 103 more than": a change of the figure before in its unit, or of the count before;
    a count of its own when nothing before has a unit ("rose to 231, 37 more")."""
    gap = sentence[max(previous.end, previous.skip_to):mention.start] if previous else ";"
    if previous is None or previous.unit is None or len(gap) > 120 or ";" in gap:
        return mention.unit is not None
    if previous.unit != "count" and previous.raw_unit != "times" and previous.has_scale == mention.has_scale:
        mention.unit, mention.raw_unit, mention.noun = previous.unit, previous.raw_unit, None
    elif last_count is not None and not mention.has_scale:
        mention.unit, mention.noun, mention.modifiers = "count", last_count.noun, last_count.modifiers
        mention.noun_of = last_count.noun_of
    return mention.unit is not None


_FRACTIONS = {word: int(den) for word, den in _WORD_LISTS["fractions"].items()}
_FRACTION = re.compile(
    r"(?<![\w-])(?P<num>an?|one|two|three|four|five|six|seven|nine)[\s-]+"
    r"(?P<den>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")"
    r"(?=\s+(?:of|who)\b|\s*[,.;]|\s+to\b|\s+(?:more|less)\s+than\b|\s+(?:through|nationwide)\b"
    r"|\s+(?:are|were)\s+(?:the\s+)?[a-z]"
    r"|\s+by\s+(?:19|20)\d\d\b|\s+(?:last|this)\s+year\b"
    r"|\s+in\s+(?:19|20)\d\d\b|\s+as\s+(?:much|many)\b|\s+when\b|\s+(?:in|during|over|since)\s+the\b"
    r"|\s+compared\s+(?:with|to)\b|\s+(?:more|less|fewer|higher|lower)(?=\s*[,.;]))"
    r"(?!\s+of\s+(?:a|an)\s+(?:century|hour|minute|mile|second)\b)",
    re.I,
)
# "half" said plainly is a share in the same places ("sells half of its apples
# online", "raise that to half by 2026"), but not as a time or an amount ("the
# first half", "half a century", "half of the year", "two and a half"). Hedged
# ("more than half", "nearly half") it is a share with its hedge, as every blind
# set annotates it (69 of 69; the samples leave their one, "more than half of the
# province's photovoltaic output value", out).
_HALF = re.compile(
    r"(?<![\w-])(?<!first )(?<!second )(?<!the )(?<!a )(?<!and )half(?![\w-])"
    r"(?!\s+(?:a|an)\b|\s+of\s+(?:the|this|last|next)\s+(?:year|month)\b|\s+(?:year|month|hour|day)s?\b)"
    r"(?=\s+(?:of|the)\b|\s*[,.;]|\s+by\s+(?:19|20)\d\d\b"
    # "fell by almost half in 2020", "have risen by about half since 2016": a change, with its time after
    # (read only after "by", "from" and the like: see _FRACTION_ALONE).
    r"|\s+(?:in|since|during|over|within)\b)",
    re.I,
)
# A fraction with no "of" after it is a share only as a change or a range: "cut scrap by about a third",
# "from two-fifths to more than half".
_FRACTION_ALONE = re.compile(r"\b(?:by|from|for|up|than|against|covered|to|(?:share|proportion)\s+(?:was|is|stood\s+at))\s+"
                             r"(?:about\s+|nearly\s+|just\s+over\s+|a\s+little\s+(?:over|under)\s+|slightly\s+(?:over|under)\s+|"
                             r"almost\s+|roughly\s+|around\s+|more\s+than\s+|less\s+than\s+|over\s+|some\s+)?$",
                             re.I)
# "a fifth in 2015", "four-fifths nationwide": a share said beside its year or place.
_FRACTION_AFTER = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|nationwide|through|as\s+(?:much|many)|when)\b", re.I)
# "118,000 visitors, a fifth more than at the 2018 edition": a rise said as a fraction.
_FRACTION_MORE = re.compile(r"\s+(?:more|less)\s+than\b|\s+(?:more|less|fewer|higher|lower)(?=\s*[,.;])", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|nearly|almost|roughly|around|more\s+than|over|some)\s+)?$", re.I)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|last|past|next|previous|latest|recent|the)\s+$", re.I)
# "one" counts only beside another count: "three 5 million-ton plants and one 2
# million-ton plant", "one demonstration base plus four pilot counties".
_ONE = re.compile(r"(?<![\w-])[Oo]ne(?=\s)")
_SINGULAR = frozenset(
    {n[:-1] for n in _COUNT_NOUNS} | {n[:-2] for n in _COUNT_NOUNS if n.endswith("es")}
    | {n[:-3] + "y" for n in _COUNT_NOUNS if n.endswith("ies")})
# "It has one production base and one research center": a company's sites are counted, one too
# (75 of the 76 such phrases in the annotated sets are figures).
_ONE_SITE = frozenset({"base", "center", "centre", "institute", "laboratory", "facility"})
_RESEARCH_AND = re.compile(r"\s*(research\s+and\s+development)\b", re.I)  # one modifier, "and" within
_ONE_SITE_SAID = re.compile(r"(?<![\w-])[Oo]ne\s+(?:[\w-]+\s+){0,3}?(?:%s)\b" % "|".join(sorted(_ONE_SITE)))
_JOIN_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|plus)\s+$", re.I)
_JOIN_BEFORE = re.compile(r"\s*(?:,\s*)?(?:and|plus)\s+", re.I)


def _one(sentence: str, match: re.Match[str], starting: dict[int, _Mention],
         ending: dict[int, _Mention]) -> _Mention | None:
    """A count of one beside another count (the counts by where they start and end), or None."""
    pos, words, noun_at = match.end(), [], None
    for _ in range(4):
        word = _RESEARCH_AND.match(sentence, pos) or _MODIFIER.match(sentence, pos)
        if word is None or word.group(1).lower() in _NOT_MODIFIER or word.group(1).lower() == "plus":
            break
        words.append(word)
        pos = word.end()
        if word.group(1).lower() in _SINGULAR or word.group(1).lower() in _ONE_SITE:
            noun_at = len(words) - 1  # "one demonstration base": the last noun of the run
    if noun_at is None:
        return None
    noun, pos = words[noun_at].group(1), words[noun_at].end()
    modifiers = [w.group(1) for w in words[:noun_at]]
    after = _JOIN_BEFORE.match(sentence, pos)
    before = _JOIN_AFTER.search(sentence, max(0, match.start() - 20), match.start())
    if (after and after.end() in starting) or (before and before.start() in ending) or noun.lower() in _ONE_SITE:
        return _Mention(match.start(), match.end(), 1.0, "count", noun=noun, modifiers=modifiers, skip_to=pos)
    return None


# A multiple said as a verb in the past: "doubled", "tripled", "quadrupled".
# The base form ("will double") is left alone: it is mostly a loose aim.
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0,
              "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0,
              "twice": 2.0, "doubling": 2.0, "tripling": 3.0, "doubles": 2.0, "triples": 3.0}
_FOLD = {word: float(n) for word, n in _SMALL.items() if n <= 10}
# "income has tripled", "aims to double its output", "expand ... more than sevenfold": a multiple.
# "more than double the national pace", "twice its population", "twice as large", "a doubling of
# capacity": the same, said as a comparison.
_MULTIPLE_VERB = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|(?:double|triple|treble|quadruple|twice|doubles|triples)"
                            r"(?=\s+(?:its|their|the|his|her|our|that|what|it|them|capacity|output|exports|sales|"
                            r"revenue|production)\b|\s+(?:last|this|next)\s+year['\u2019]s\b"
                            # "expects that number to double this year", "aims to double by 2025"
                            r"|(?<=\bto\s(?:double|triple))\s+(?:this\s+year|next\s+year|by\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)\b"
                            r"|\s+(?:19|20)\d\d['\u2019]s\b)|twice(?=\s+as\s)"
                            r"|(?:doubling|tripling)(?=\s+(?:of|its|their|the|our|from|since|over)\b)"
                            r"|(?P<fold>%s)fold)\b" % "|".join(_FOLD), re.I)
# "nearly one in seven working residents": a share.
_ONE_IN = re.compile(r"(?<![\w-])(?P<num>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?"
                     r"(?P<den>three|four|five|six|seven|eight|nine|ten|10)(?!\s+(?:years?|months?|days?)\b)(?=\s)", re.I)


# "1.5 million to 1.7 million units": the upper end of a range of counts, with its own scale.
_SCALED_TO = re.compile(r"\s*(?:to|-|\u2013)\s*(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)\b", re.I)
_RANGE = re.compile(rf"\s*(?:-|\u2013|~|to|and)\s*(?:(?:RMB|US\$|\$|CNY|USD)\s?)?({_DIGITS})(?![\d])")
_SAME_UNIT_TO = re.compile(rf"\s+to\s+({_DIGITS})(?![\d])")
_RANGE_INTRO = re.compile(r"\b(?:from|between)\s+(?:\S+\s+){0,2}(?:RMB|US\$|\$|CNY|USD)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s)?(?:RMB|US\$|\$|CNY|USD)?$", re.I)


_TIMES_RANGE = re.compile(r"\s*(?:to|or|-|\u2013)\s*([a-z]+|\d+(?:\.\d+)?)\s+times\b", re.I)


def _read_mention(sentence: str, start: int, end: int, token: str, value: float,
                  continuing: bool = False) -> _Mention | None:
    pos = end
    times = _TIMES_RANGE.match(sentence, end)
    second = _number(times.group(1)) if times else None
    if second is not None and value < second <= 100:
        # "sells for two to three times as much": a range of multiples.
        mention = _Mention(start, times.end(), value, "other", "times", kind="change")
        mention.value_max = second
        return mention
    scale_run = _SCALE_RUN.match(sentence, pos)
    factor = 1.0
    if scale_run:
        factor = _scale(scale_run.group())
        pos = scale_run.end()
    value_max = None
    # A range: "50-60 percent", "50 to 60 percent", "5 billion to 6 billion yuan".
    range_match = _RANGE.match(sentence[pos:pos + 40])
    # A year is never the low end of a range: "in the first half of 2023 to 3.1
    # billion yuan", "from 52 percent in 2020 to 44.5 percent".
    range_ok = range_match is not None and not (_is_year(token, value) and not scale_run) and (
        range_match.group().strip()[0] in "-\u2013~" and not _is_year(token, value)
        or _RANGE_INTRO.search(sentence[max(0, start - 30):start])
        or range_match.group().strip().startswith("to")
    )
    if range_match and range_ok and not (range_match.group().strip().startswith("and")
                                         and not _BETWEEN.search(sentence[max(0, start - 20):start])):
        second = _number(range_match.group(1))
        after_range = pos + range_match.end()
        second_scale = _SCALE_RUN.match(sentence, after_range)
        factor2 = factor
        if second_scale:
            factor2 = _scale(second_scale.group())
            after_range = second_scale.end()
            if not scale_run:
                factor = factor2
        unit = _unit_at(sentence, after_range) if second is not None else None
        # "RMB 4.8 billion to RMB 5.1 billion": a range in a currency written before each number.
        same_prefix = re.search(r"RMB|US\$|\$|CNY|USD", range_match.group()) is not None \
            and _PREFIX_MONEY.search(sentence, max(0, start - 6), start) is not None
        if second is not None and (unit is not None and unit[1] != "count" or same_prefix):
            value_max = second * factor2  # type: ignore[operator]
            pos = after_range
    has_scale = scale_run is not None
    # Currency written before the number.
    prefix = _PREFIX_MONEY.search(sentence, max(0, start - 6), start)
    if prefix and prefix.group("cur"):
        cur = prefix.group("cur").lower().replace(" ", "")
        unit_name = _PREFIX_UNIT.get(cur, "other")
        raw = None if unit_name != "other" else {"hk$": "HK dollars", "\u20ac": "euros"}.get(cur, cur)
        # "$3bn", "$5m": short scales only count after a currency sign.
        short = re.match(r"(?:m|k)(?![A-Za-z])", sentence[pos:pos + 2], re.I)
        if short and not has_scale:
            factor = 1e6 if short.group().lower() == "m" else 1e3
            pos += 1
        mention = _Mention(start - len(prefix.group()), pos, value * factor, unit_name, raw,
                           has_scale=has_scale, scale=factor)
        if value_max is not None:
            mention.value_max = value_max
        return _finish_money(sentence, mention)
    if prefix and prefix.group("yuan") and has_scale:
        return _finish_money(sentence, _Mention(start - len(prefix.group()), pos, value * factor, "CNY",
                                                has_scale=True))
    repeat = _COUNT_REPEAT.match(sentence, pos)
    if repeat and not has_scale and value.is_integer():
        # "five consecutive times": how often something happened.
        return _Mention(start, end, value, "count", noun=f"{repeat.group(1).lower()} {repeat.group(2).lower()}",
                        skip_to=repeat.end())
    unit = _unit_at(sentence, pos)
    if unit is not None and unit[3] == "days" and (has_scale or sentence[start:end].lower() == "one"
                                                    or _DAYS_AS_PERIOD.search(sentence, max(0, start - 12), start)):
        # "over the seven days", "in the past 10 days", "one day": when, not how long or how many.
        unit = None
    if unit is not None and unit[3] == "days" and not has_scale and value.is_integer() \
            and _AIR_DAYS.match(sentence, unit[0].end()):
        # "262 days of good or fair air quality": a count of days, as the sets annotate it since blind25.
        return _Mention(start, unit[0].end(), value, "count", noun="days")
    if unit is not None:
        umatch, unit_name, ufactor, raw = unit
        if raw == "meters" and not has_scale and not _LENGTH_OF.match(sentence, umatch.end()):
            # "coke ovens of 4.3 meters or below", "wells 2,600 meters deep", "6 meters wide": a height,
            # a depth or a width specifies a thing, as blind4, blind5, blind11 and blind12 annotate it
            # ("3.6 million meters of silk fabric", "60 meters of fabric a day" are what is made).
            return None
        if raw == "times":
            if not has_scale and value.is_integer() and not re.match(
                    r"\s*(?:that|those|what|as|the|its|their|his|her|higher|more|larger|greater|bigger|over|[A-Z][\w-]*'s|"
                    r"compared|of|a\s+year|last|previous)\b",
                    sentence[umatch.end():umatch.end() + 14], re.I) and not re.search(
                    r"\b(?:by|grew|rose|increased|expanded|multiplied|doubled)\s*$", sentence[max(0, start - 16):start], re.I):
                return _Mention(start, umatch.end(), value, "count", noun="times")
        if _is_year(token, value) and not has_scale and unit_name in ("other", "count"):
            return None
        text_end = umatch.end()
        mention = _Mention(start, text_end, value * factor * ufactor, unit_name, raw, has_scale=has_scale,
                           scale=factor)
        if unit_name == "count":
            mention.noun = raw  # "person-times" is what is counted
        if value_max is not None:
            mention.value_max = value_max * ufactor
        elif (upper := _SAME_UNIT_TO.match(sentence, umatch.end())) is not None \
                and not _RANGE_INTRO.search(sentence[max(0, start - 30):start]):
            # "to ship 55,000 tons to 65,000 tons": a range with its unit at each end ("from 55,000 tons to
            # 65,000 tons" is two levels).
            high, top_end = _number(upper.group(1)), upper.end()
            top_scale = _SCALE_RUN.match(sentence, top_end)
            top_factor = _scale(top_scale.group()) if top_scale else 1.0
            top_unit = _unit_at(sentence, top_scale.end() if top_scale else top_end)
            if high is not None and top_unit is not None and top_unit[1:] == unit[1:] \
                    and high * top_factor > value * factor:
                mention.value_max = high * top_factor * ufactor
                mention.end = top_unit[0].end()
        if unit_name in ("CNY", "USD"):
            return _finish_money(sentence, mention)
        daily = _A_DAY.match(sentence, umatch.end()) if unit_name == "t" and not has_scale else None
        if daily is not None:
            # "can process 1,500 tons of milk a day", "a 1,200-ton-per-day furnace": a rate a day, kept as
            # written (unit other), never added to a yearly tonnage.
            mention.unit, mention.raw_unit = "other", f"tons {(daily.group(1) or 'per').lower()} day"
        per = (_ENERGY_PER.match(sentence, umatch.end()) or _ENERGY_EACH.search(sentence, max(0, start - 90), start)) \
            if unit_name == "kWh" else None
        if per is not None:
            # "about 55 kWh per kilogram of hydrogen", "9,000 kWh to make a tonne of foil": what making
            # one unit takes, not an amount of electricity; kept as written (unit other).
            mention.unit, mention.raw_unit = "other", f"kWh per {per.group(1).lower()}"
        return mention
    if _is_year(token, value):
        return None  # a year is never a count
    label = _LABEL_COLON.match(sentence, pos) if LINE_HEAD.fullmatch(sentence, 0, start) else None
    if label is not None and (has_scale or value.is_integer()):
        # "- 3,326,000: permanent residents at the end of 2024", "52: coal mines, after two
        # were closed": a line led by its count names what it counts after the colon.
        modifiers, noun, after, _coordinated = _read_count(sentence, label.end(), generic=True)
        if noun is not None:
            return _Mention(start, pos, value * factor, "count", noun=noun, modifiers=modifiers)
    if has_scale:
        # "1.5 million electric vehicles", "the number of users will top 2 million";
        # a bare "5 million" with nothing counted is too vague.
        # "two dozen beef processors": a dozen is always a count of something.
        dozen = "dozen" in scale_run.group().lower()  # type: ignore[union-attr]
        upper = _SCALED_TO.match(sentence, pos)
        if upper is not None and (high := _number(upper.group(1))) is not None:
            # "shipments of 1.5 million to 1.7 million units": a range of counts, each end scaled.
            top = high * _scale(upper.group(2))
            modifiers, noun, after, _coordinated = _read_count(sentence, upper.end(), generic=True)
            if noun is not None and top > value * factor:
                mention = _Mention(start, upper.end(), value * factor, "count", noun=noun, modifiers=modifiers,
                                   skip_to=after)
                mention.value_max = top
                return mention
        modifiers, noun, after, _coordinated = _read_count(sentence, pos, generic=token[0].isdigit() or dozen)
        if noun is not None:
            return _Mention(start, pos, value * factor, "count", noun=noun, modifiers=modifiers, skip_to=after)
        total = _TOTAL_TO.search(sentence[max(0, start - 80):start])
        if total:
            return _Mention(start, pos, value * factor, "count", noun=_total_noun(total), modifiers=_number_of(total))
        if _PARTITIVE.search(sentence, max(0, start - 80), start):
            return _Mention(start, pos, value * factor, "count", inherit="part")  # "of whom 22.21 million lived in towns"
        raised = _RAISED_TO.search(sentence, max(0, start - 80), start)
        if raised:
            return _Mention(start, pos, value * factor, "count", noun=raised.group(1))
        if _FROM_BEFORE.search(sentence[max(0, start - 20):start]):
            return _Mention(start, pos, value * factor, None, noun="from",
                            has_scale=True)  # "..., from 71.2 million in 2023"
        if _MORE_THAN.match(sentence, pos):
            return _Mention(start, pos, value * factor, None, has_scale=True, kind="change",
                            inherit="more")  # "5 million tons, 2 million more than in 2020"
        if _FROM_COUNT_TO.search(sentence, max(0, start - 100), start) \
                and (_BARE_AFTER.match(sentence, pos) or _AND_NEXT.match(sentence, pos)):
            # "lift its capacity from 500,000 trays a year to 1.2 million": the range's end counts what
            # its start does.
            return _Mention(start, pos, value * factor, None, has_scale=True, inherit="bare")
        return None
    if not token[0].isdigit() or value.is_integer():
        ranged = _count_range(sentence, start, end, token, value)
        if ranged is not None:
            return ranged
        modifiers, noun, after, coordinated = _read_count(sentence, end, generic=token[0].isdigit())
        if noun is not None:
            rate = _EVERY_TIME.match(sentence, after)
            if rate is not None:
                # "Each machine turns out about 2,000 capsules a minute": a machine's rate, not a count.
                return _Mention(start, end, value, "other", f"{noun} per {rate.group(1).lower()}", skip_to=rate.end())
            if not re.search(r"\btop\s*$", sentence[max(0, start - 5):start], re.I):
                return _Mention(start, end, value, "count", noun=noun, modifiers=modifiers, skip_to=after)
            return None
        if not modifiers and _RESTATED.search(sentence[max(0, start - 10):start]) \
                and _COMMA_AFTER.match(sentence, end):
            return _Mention(start, end, value, "count", inherit="restated", noun_of=value)  # "Of the 47, ..."
        labelled = _labelled_count(sentence, start) if not modifiers and token[0].isdigit() else None
        if labelled is not None:
            # "- Enterprises in the solid waste utilization industry: 600": a list line led by what it counts.
            return _Mention(start, end, value, "count", noun=labelled)
        if coordinated and not (token[0].isdigit() and not modifiers
                                and _TOTAL_TO.search(sentence[max(0, start - 80):start])):
            return _Mention(start, end, value, None, modifiers=modifiers, pending=True)
        total = _TOTAL_TO.search(sentence[max(0, start - 80):start])
        if total and not modifiers:
            return _Mention(start, end, value, "count", noun=_total_noun(total), modifiers=_number_of(total))
        raised = _RAISED_TO.search(sentence, max(0, start - 80), start)
        if raised and not modifiers:
            # "capped daily entries at 45,000", "raise annual tourist visits to 100 million".
            return _Mention(start, end, value, "count", noun=raised.group(1))
        grew = _GREW_TO.search(sentence, max(0, start - 160), start)
        if grew and (not modifiers or modifiers[0].lower() in _TIME_WORDS):
            # "Invention patents granted to the city's companies rose 24 percent to 5,630": the subject's count.
            return _Mention(start, end, value, "count", noun=grew.group(1))
        numbered = _NUMBERED.search(sentence, max(0, start - 80), start)
        if numbered and not modifiers:
            # "Industrial enterprises above designated size numbered 156", "New urban jobs totalled 24,600":
            # the plural before counts.
            return _Mention(start, end, value, "count", noun=numbered.group(1))
        if _MORE_THAN.match(sentence, end):
            # "rose to 231, 37 more than a year ago", "251 days of good air, 17 more than in 2020": a
            # change of the figure just before, in its unit ("10, four more than now": a word number
            # only beside the figure it adds to, never a count of its own).
            return _Mention(start, end, value, "count" if token[0].isdigit() else None, noun="more", kind="change",
                            inherit="more")
        if JOINED_LIST.match(sentence, end) and value.is_integer():
            # "after 23 joined the list in the first quarter": firms added to a list, counted like the
            # count before (enterprises when the sentence names none).
            return _Mention(start, end, value, "count", noun="more", kind="change", inherit="joined")
        elided = MORE_ELIDED.match(sentence, end)
        if elided and (token[0].isdigit() or elided.group(1)):
            # "plans to hire 200 more when the new plant opens", "eight more of our factories were named":
            # an addition to the count before, its noun not said again.
            return _Mention(start, end, value, "count", noun="more", kind="change", inherit="elided")
        if not modifiers:
            part = _part_of(sentence, end)
            if part:
                # "21 of them", "7 of the world's top 10 battery makers"
                return _Mention(start, end, value, "count", noun=part)
        if (not modifiers or modifiers[0].lower() in _TIME_WORDS | _WHEN_WORDS) \
                and _FROM_BEFORE.search(sentence[max(0, start - 20):start]):
            # "14 coking companies, down from 49", "five people a shift, down from 17 before
            # the face was automated": the count of a figure said before
            return _Mention(start, end, value, None, noun="from")
        return _bare(sentence, start, end, token, value, bool(modifiers), continuing)
    elif token[0].isdigit():
        if _LIST_NEXT.match(sentence, end):
            # "shares of 4.6, 50.3 and 45.1 percent": the unit is said once, after the last.
            return _Mention(start, end, value, None, pending=True)
        return _bare(sentence, start, end, token, value, False, continuing)
    return None


_LIST_NEXT = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?={_DIGITS}(?:\s*,|\s+(?:and|or)\s|\s*%|\s+per"
                        r"|\s+(?:yuan|tons?|tonnes?|kilowatts?|kilowatt-hours|square\s+kilomet(?:er|re)s)\b))", re.I)
_NUMBER_OF = re.compile(
    r"\b(?i:number|production|output|fleet)\s+of\s+(?:(?:the|its|their|our|this|these|those)\s+|[A-Z][\w'\u2019]*'s\s+)?"
    r"((?:[\w-]+\s+){0,4}?[\w-]+s)\b")


def _number_of(match: re.Match[str]) -> list[str]:
    """What "the number of its steel mills ... to 8" counts, as words: ["steel", "mills"]."""
    named = _NUMBER_OF.search(match.group())
    return named.group(1).split() if named else []


_RAISED_TO = re.compile(r"\b(?:raise|raised|raising|increase|increased|lift|lifted|boost|boosted|expand|expanded|"
                        r"cap|capped|caps|cut|reduce|reduced|bring|brought|grow)\s+(?:(?:the|its|their|annual|daily|"
                        r"yearly|total)\s+)*((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+s)\s+(?:to|at)\s+(?:about\s+|around\s+|"
                        r"nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_TIME_WORDS = frozenset({"last", "this", "next", "in", "during", "by"})  # "to 5,630 last year": no noun follows
_WHEN_WORDS = frozenset({"before", "after", "when", "at", "a", "two", "three", "five", "ten", "today", "now",
                         "earlier"})  # "from 17 before ...", "from about 420 today"
_GREW_TO = re.compile(r"(?:^|[;:]\s*)(?:[A-Za-z-]+\s+){0,3}?([a-z-]+s)\b[^.;:\d]{0,80}?\b(?:rose|grew|increased|climbed|"
                      r"jumped|fell|dropped|declined)\s+(?:by\s+)?[\d.]+\s*(?:%|percent)\s+to\s+(?:about\s+|nearly\s+)?$")
_NUMBERED = re.compile(r"\b([A-Za-z-]+s)\b(?:\s+[\w-]+){0,4}?\s+(?:numbered|totall?ed)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                       r"more\s+than\s+|over\s+)?$", re.I)


def _total_noun(match: re.Match[str]) -> str:
    """What "the total reached 310" counts: the total of the noun said before, the population,
    or a fleet ("bringing the city's hydrogen-powered bus fleet to 120")."""
    noun = match.group("noun").lower()
    if noun == "fleet":
        words = re.findall(r"[\w-]+(?:'s)?", match.string[max(0, match.start() - 40):match.start()])
        kept = []
        for word in reversed(words[-3:]):
            if word.lower() in ("the", "its", "their", "a", "an", "this", "that") or word.endswith("'s"):
                break
            kept.insert(0, word)
        return " ".join([*kept, "fleet"])
    return "population" if noun == "population" else "total"


# Days are a measure ("246 days of good air", "take 12 to 15 days to reach", "a shelf life of seven
# days") unless they name a stretch of time: "over the seven days", "in the past 10 days", "opened
# 14 parks in 90 days", "one day".
_AIR_DAYS = re.compile(r"\s+(?:of|with)\s+(?:good|fine|excellent|fair|moderate|blue[\s-]+sky|clean)\b"
                       r"(?:\s+(?:or|and|to)\s+(?:good|fine|excellent|fair|moderate))?(?:\s+(?:air|weather)\b|\s+days?\b)", re.I)
_DAYS_AS_PERIOD = re.compile(r"\b(?:(?:over|during|in|for|within|after)\s+the|in|within|these|those|past|last|next|first"
                             r"|coming|recent)\s+$", re.I)


# "21 of them", "42 of its large coal mines", "7 of the world's top 10 battery makers"
_PART_OF = re.compile(r"\s+of\s+(?:(?P<them>them|these|those|which|whom)\b|(?P<det>the|its|their|our|this|these|those|all)\b)",
                      re.I)
_PART_WORD = re.compile(r"\s+([\w'\u2019-]+)")
_PART_ENDS = re.compile(r"\s*[,.;:]|\s+(?:are|were|is|was|have|had|has|in|on|at|from|with|will|can|now|also)\b")


def _part_of(sentence: str, pos: int) -> str | None:
    """The counted noun of "N of (them | the ... NOUN)", or None."""
    part = _PART_OF.match(sentence, pos)
    if part is None:
        return None
    if part.group("them"):
        return "them"
    pos = part.end()
    for _ in range(6):
        word = _PART_WORD.match(sentence, pos)
        if word is None:
            return None
        low = word.group(1).lower()
        if low in _COUNT_NOUNS:
            return word.group(1)
        if _plural_noun(word.group(1)) and _PART_ENDS.match(sentence, word.end()):
            return word.group(1)  # "34 of the gazelles are in new materials": a plural off the list, said last
        if low[0].isdigit() or low in _SMALL or low in _TENS:
            # "six of the 23 champions": the whole's number says its noun, on the list or not.
            number = _NUMBER.match(sentence, word.start(1))
            return _read_count(sentence, number.end(), generic=True)[1] if number else None
        if low in _NOT_MODIFIER and low not in ("the", "a", "an"):
            return None
        pos = word.end()
    return None


# "23 joined the list", "19 were added to the list": firms added to a list said before.
JOINED_LIST = re.compile(r"\s+(?:(?:have|had|has)\s+)?(?:joined|entered|(?:were|was|have\s+been|had\s+been)\s+added\s+to)"
                         r"\s+the\s+(?:[\w-]+\s+){0,3}?(?:list|ranks)\b", re.I)
# "hire 80 more this year", "eight more of our factories": a count whose noun is not said again.
MORE_ELIDED = re.compile(r"\s+more(?=\s*[,.;]|\s+(?:when|this|next|by|in|are|were|will|to|at|over|during|within|"
                          r"before|after|each|a|as|if|once|later|soon|so)\b|\s+(of)\b)", re.I)
_MORE_THAN = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.I)
# A line led by its figure: "- 1,268: fuel cell heavy trucks on the city's roads".
LINE_HEAD = re.compile(r"\s*(?:[-\u2022*\u00b7]\s*)?(?:(?:about|nearly|over|more\s+than|some)\s+)?"
                       r"(?:RMB\s*|US\$\s*|\$)?", re.I)
_LABEL_COLON = re.compile(r"\s*:(?=\s)")
# "down from 49", "to eight from 14", "17, from nine", "nine made a profit, against three":
# _inherit wants the count just before.
_FROM_BEFORE = re.compile(r"\b(?:from|against)(?:\s+(?:about|nearly|around|some|roughly|almost))?\s*$", re.I)


_COUNT_RANGE = re.compile(rf"\s*(?:to|-|\u2013)\s*(?P<n>{_DIGITS}|(?i:{_WORD_NUM}))(?![\w])", re.I)
# "Of them, 142 ...", "of which nine", "among them 30", "Of the 47, 12 ...", "Of the city's 41 coal
# mines, 29 ...".
_PARTITIVE = re.compile(
    r"\b(?:(?:of|among)\s+(?:them|those|these|which|whom)\s*,?|of\s+"
    rf"(?:the|its|their|these|those)\s+(?:[^,.;:()]{{0,50}}?\s)?(?:\d[\d,]*|[A-Za-z-]+s|{_WORD_NUM})\s*,"
    # "Of the 58 projects the city signed last year, 41 have started": the whole, then what it did.
    r"|(?:^|[.;]\s*)of\s+the\s+\d[\d,]*\s+[A-Za-z][^,.;:()]{0,70},)\s*$", re.I)
_PART_OF_NUMBER = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+\d[\d,]*\s+(?:are|were)\b", re.I)
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|them|its|their|these|those)\b", re.I)
_RESTATED = re.compile(r"\bof\s+the\s*$", re.I)
_COMMA_AFTER = re.compile(r"\s*,")
_COPULA = re.compile(r"\s+(?:are|were|is|was)\b", re.I)
_AND_BEFORE = re.compile(r"(?:\band|,)\s*(?:the\s+(?:remaining|other)\s+)?$", re.I)  # "..., 22 in ...", "and the remaining 15"
_EVERY_TIME = re.compile(r"\s+(?:every|each|a|per)\s+(second|minute|hour)\b", re.I)
_INCLUDING = re.compile(r"\bincluding\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?$", re.I)
_UP_FROM_END = re.compile(r",\s*(?:up|down)\s+from\s+(?:about\s+|nearly\s+)?$", re.I)
# "with the remaining 32 spread across the other cities": the rest of the count before (meaning.py reads it too).
REMAINING = re.compile(r"\b(?:the|its|their)\s+remaining\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)
_UP_FROM = re.compile(r",\s*(?:up|down)\s+(?:by\s+)?$", re.I)
_FROM_AFTER = re.compile(r"\s+(?:from|over|compared\s+with|on)\b", re.I)
# "386 high-tech enterprises, an increase of 57": a change of the count before.
_CHANGE_OF = re.compile(r"\b(?:an?\s+)?(?:net\s+)?(?:increase|decrease|rise|drop|decline|reduction|addition)\s+of\s*$",
                        re.I)
# "23,800 racks ... and aims to have 40,000 by 2025": a count of the same noun, said bare.
_BARE_BEFORE = re.compile(
    r"\b(?:have|has|had|add|adding|reach|reaching|for|build|building|install|installing|open|opening|operate|"
    r"operating|targets?|wants?|target\s+of|goal\s+of)\s+(?:(?:about|around|nearly|some|more\s+than|over)\s+)?$",
    re.I)
_WORKFORCE_BEFORE = re.compile(r"\b(?:workforce|headcount|payroll)\b[^.;:\d]{0,30}?\b(?:(?:from\s+[\d,]+\s+)?to|from|of|at)\s+"
                               r"(?:about\s+|nearly\s+|some\s+|more\s+than\s+|around\s+)?$", re.I)
_BARE_MORE = re.compile(r"\s+more\b(?!\s+than)", re.I)
_ANOTHER = re.compile(r"\b(?:and\s+)?another\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)
_ONES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?ones\b", re.I)
_AND_AFTER = re.compile(r"\s+and\s+[A-Z]")
# A sentence that breaks a total down ("By city, ...", "By sector, ..."), and an item of it before its number.
BY_BREAKDOWN = re.compile(r"\s*(?:By|In\s+terms\s+of)\s+(?:city|cities|county|counties|location|place|region|sector|"
                           r"sectors|industry|industries|category|categories|type|types|product|products|field|fields|"
                           r"area|areas)\s*,", re.I)
_ITEM_THEN = re.compile(r"(?:,|\band)\s+(?:the\s+)?(?:[A-Za-z][\w-]*,?\s+){1,6}?(?:for\s+|with\s+)?$")
_FROM_COUNT_TO = re.compile(r"\bfrom\s+(?:about\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:million|billion))?(?:\s+in\s+(?:19|20)\d\d|"
                            r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?:\s+(?:a|per)\s+year)?)\s+to\s+"
                            r"(?:about\s+|nearly\s+|more\s+than\s+)?$")
_AND_NEXT = re.compile(r"\s+and\s+[A-Za-z]")
_PLACE_THEN = re.compile(r"(?:,|\band|\bfollowed\s+by)\s+[A-Z][a-z]+\s+(?:with\s+|to\s+)?$")
# "..., Yuanping city seven, Wutai county and Baode county three each, and the Xinzhou Economic and
# Technological Development Zone two": a named place before its number, in a breakdown.
_NAMED_THEN = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,6}"
                         r"(?:\s+(?:city|county|district|zone|counties|districts))?\s+$")
# "Wutai county and Baode county three each": one count several places have (loader.py reads it too).
EACH_AFTER = re.compile(r"\s+each\b")
# "By sector, 13 are in equipment manufacturing, nine in new materials and four in electronic information".
_ITEM_START = re.compile(r"(?:^\s*(?:By|In\s+terms\s+of)\s+[a-z]+\s*,|,|\band|:)\s*$")
# "Shanxi has 17 makers of such vehicles: nine in Taiyuan, five in Jinzhong and three in Jincheng": a
# count, then its parts after a colon.
_COLON_COUNT = re.compile(rf"(?<![\w.,-])(?:\d{{1,3}}(?:,\d{{3}})*|(?i:{_WORD_NUM}))\s+[A-Za-z][^.;:\d]{{0,60}}:\s")
# "delivered 212 chambers in 2020 and 96 in the first half": a count said again for another time.
_TIME_THEN_AND = re.compile(r"\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:first|second|third|fourth|last|past|same)\s+[\w-]+"
                            r"(?:\s+of\s+[\w-]+)?|(?:last|this)\s+year)\s*,?\s+and\s+$", re.I)
_TIME_NEXT = re.compile(r"\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:first|second|third|fourth|last|past|same)\b)|"
                        r"\s+(?:last|this)\s+year\b", re.I)
_IN_ITEM = re.compile(r"\s+(?:(?:are|were)\s+)?in\s+(?:the\s+)?[A-Za-z]")
_PLACE_HAS = re.compile(r"(?:^|[;,]|\band|\bwhile)\s*(?:[A-Z][a-z]+(?:\s+(?:county|district|city))?|"
                        r"[Tt]he\s+(?:other|remaining)\s+[\w-]+\s+(?:cities|counties|districts))\s+(?:had|has|have|added|registered)\s+$")
# "The provincial capital Taiyuan accounted for 2,575 of them": a place's part of a count, which the
# next sentence may go on breaking down ("Jinzhong had 736, followed by Changzhi with 551").
_PLACES_PART = re.compile(r"\b[A-Z][a-z]+\s+(?:alone\s+)?(?:accounted\s+for|was\s+home\s+to|is\s+home\s+to|had|has|"
                          r"led\s+with)\s+(?:about\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$")
# "Taiyuan led the cities with 2,613 new manufacturers, followed by Jinzhong with 1,152, ..., Linfen with 861.
# Lyuliang registered 702, Jincheng 633": a list of places' counts, which the next sentence may go on.
_FOLLOWED_BY_PLACE = re.compile(r"\bfollowed\s+by\s+[A-Z][a-z]+\s+(?:with\s+)?\d")
# "Taiyuan is home to 17 of them, Datong nine": a place's count that starts a list of places' counts.
_COUNT_ITEM = re.compile(r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?))"
                          r"(?:\s+of\s+(?:them|the\s+[a-z]+(?:\s+[a-z]+)?))?\s*(?:[,;]|\s+and\b)")
_PER_EVERY = re.compile(r"^(?:for\s+every|for\s+each)\s+", re.I)
_MOST_WITH = re.compile(r"\b(?:the\s+)?(?:most|largest\s+number\s+of)\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*)"
                        r"\s+with\s+(?:about\s+|nearly\s+|some\s+)?$")
_BARE_AFTER = re.compile(r"\s*(?:[,.;]|$)|\s+(?:by|in|next|this|last|within|before|between|together|combined)\b", re.I)
# "4,260 base stations, or 32 for every 10,000 residents": a density.
_DENSITY = re.compile(rf"\s+(?:for\s+every|for\s+each|per)\s+(?:(?:{_DIGITS})\s+)?[A-Za-z][\w-]*", re.I)
_RATIO_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_word_list("ratio_words"))) + r")\b", re.I)
_RATIO_CUT = re.compile(r"[;:.]|,\s")


def _count_range(sentence: str, start: int, end: int, token: str, value: float) -> _Mention | None:
    """A range of counts: "three to four workers", "10-12 projects" (never "from 10 to 12")."""
    match = _COUNT_RANGE.match(sentence, end)
    if match is None or _RANGE_INTRO.search(sentence[max(0, start - 30):start]):
        return None
    high = _number(match.group("n"))
    if high is None or high <= value or not high.is_integer() or _is_year(match.group("n"), high):
        return None
    modifiers, noun, after, _coordinated = _read_count(sentence, match.end(), generic=token[0].isdigit())
    if noun is None:
        return None
    return _Mention(start, match.end(), value, "count", value_max=high, noun=noun, modifiers=modifiers, skip_to=after)


def _bare(sentence: str, start: int, end: int, token: str, value: float, words_after: bool,
          continuing: bool = False) -> _Mention | None:
    """A number with no unit and no noun of its own that the sentence still makes a figure.

    With words_after, words that name no counted noun follow the number ("of
    which nine make stacks"): only a partitive or its continuation count then.
    """
    before = sentence[max(0, start - 80):start]
    if _ANOTHER.search(before) and value.is_integer() and token[0].isdigit():
        # "employs 9,800 people at its plant ... and another 1,200 at a second site": the count before's noun.
        return _Mention(start, end, value, None, inherit="bare")
    ones = _ONES.match(sentence, end)
    if ones and value.is_integer():
        # "200 national little giants and 3,000 provincial-level ones": the noun of the count before.
        return _Mention(start, end, value, None, inherit="bare", skip_to=ones.end())
    if _PARTITIVE.search(before):
        # "Of them, 142 are industrial projects", "of which nine make stacks".
        copula = _COPULA.match(sentence, end)
        if copula:
            modifiers, noun, after, _coordinated = _read_count(sentence, copula.end(), generic=True)
            if noun is not None:
                return _Mention(start, end, value, "count", noun=noun, modifiers=modifiers, inherit="part")
        return _Mention(start, end, value, "count", inherit="part")
    part_of = _PART_OF_NUMBER.match(sentence, end)
    if part_of is not None and value.is_integer():
        # "Eleven of the 88 are state-level zones": a part of a number said before, counted by
        # the noun after the verb.
        modifiers, noun, _after, _coordinated = _read_count(sentence, part_of.end(), generic=True)
        if noun is not None:
            return _Mention(start, end, value, "count", noun=noun, modifiers=modifiers, inherit="part")
    if _AND_BEFORE.search(before) and value.is_integer():
        copula = _COPULA.match(sentence, end)
        noun, modifiers = None, []
        if copula:
            modifiers, noun, _after, _coordinated = _read_count(sentence, copula.end(), generic=True)
        # "... and four upgrade traditional ones": a count only after a partitive (see _scan).
        return _Mention(start, end, value, None, noun=noun, modifiers=modifiers if noun else [], inherit="and")
    if _WORKFORCE_BEFORE.search(sentence, max(0, start - 60), start) and value.is_integer():
        # "brought the company's workforce to 850", "cutting its workforce from 2,400 to 1,500": people.
        return _Mention(start, end, value, "count", noun="workers")
    breakdown = continuing or BY_BREAKDOWN.match(sentence) is not None \
        or _COLON_COUNT.search(sentence, 0, start) is not None
    if breakdown and value.is_integer() and _PLACE_HAS.search(before) \
            and (_BARE_AFTER.match(sentence, end) or _AND_AFTER.match(sentence, end)):
        # "By city, Taiyuan led with 512 ..., Linfen 54. Lyuliang had 39, Yangquan 31": a place's count
        # in a breakdown, or in the sentence that goes on with one.
        return _Mention(start, end, value, None, inherit="bare")
    if breakdown and value.is_integer() and _ITEM_START.search(before) and _IN_ITEM.match(sentence, end):
        # "By sector, 13 are in equipment manufacturing, nine in new materials": each sector's count.
        return _Mention(start, end, value, None, inherit="bare")
    if REMAINING.search(before) and value.is_integer():
        # "134 of them are based in Taiyuan, ..., with the remaining 32 (eight) spread across the other
        # cities": the rest of the count before.
        return _Mention(start, end, value, None, inherit="bare")
    if not token[0].isdigit():
        # "Taiyuan is home to 29 of them, Changzhi 11 and Jinzhong eight": a list of places' counts that
        # began in digits goes on in words.
        breakdown = breakdown or _COUNT_ITEM.search(sentence, 0, start) is not None
        has = _PLACE_HAS.search(before)
        if breakdown and value.is_integer() and (_PLACE_THEN.search(before) or _NAMED_THEN.search(before) or has) \
                and (_BARE_AFTER.match(sentence, end) or _AND_AFTER.match(sentence, end) or EACH_AFTER.match(sentence, end)
                     or has and _AND_NEXT.match(sentence, end)):
            # "By city, Taiyuan has 11 of the new centers, Jinzhong five, Changzhi four", "..., while
            # Changzhi has six": each place's count, in words too.
            return _Mention(start, end, value, None, inherit="bare")
        if breakdown and value.is_integer() and _ITEM_START.search(before) and _IN_ITEM.match(sentence, end):
            return _Mention(start, end, value, None, inherit="bare")  # "...: nine in Taiyuan, five in Jinzhong"
        return None
    if _UP_FROM.search(before) and _FROM_AFTER.match(sentence, end) and value.is_integer():
        # "employed about 21,000 people, up 3,200 from a year earlier": a change of the count before.
        return _Mention(start, end, value, None, kind="change", inherit="change")
    if _INCLUDING.search(before) and value.is_integer():
        # "3,912 5G base stations, including 627 built since January": a part of the count before.
        return _Mention(start, end, value, None, inherit="bare")
    if (_PLACE_THEN.search(before) or _PLACE_HAS.search(before)) and value.is_integer() \
            and (_BARE_AFTER.match(sentence, end) or _AND_AFTER.match(sentence, end)):
        # "Taiyuan has 53 of the little giants, Changzhi 17 and Jinzhong 14", "Taiyuan is home to 181 of them,
        # Jinzhong has 47 and Datong 38": each place's count.
        return _Mention(start, end, value, None, inherit="bare")
    most = _MOST_WITH.search(before)
    if most and value.is_integer() and (_plural_noun(most.group(2)) or most.group(2).lower() in _COUNT_NOUNS):
        # "Lvliang had the most inspected enterprises with 52": what the place has most of.
        return _Mention(start, end, value, "count", noun=most.group(2), modifiers=most.group(1).split())
    if _FROM_COUNT_TO.search(before) and (_BARE_AFTER.match(sentence, end) or _AND_NEXT.match(sentence, end)):
        # "lift its capacity from 500,000 trays a year to 1.2 million": the range's end counts what its start does.
        return _Mention(start, end, value, None, inherit="bare")
    if BY_BREAKDOWN.match(sentence) and value.is_integer() and _ITEM_THEN.search(before) \
            and (_BARE_AFTER.match(sentence, end) or _AND_NEXT.match(sentence, end)):
        # "By sector, equipment manufacturing accounted for 21 of the new centers, new materials 12, coal
        # and coal chemicals 10, and other industries 15": a breakdown's items, counted like the first.
        return _Mention(start, end, value, None, inherit="bare")
    if _BARE_BEFORE.search(before) and _BARE_MORE.match(sentence, end):
        return _Mention(start, end, value, None, inherit="bare", doubt=True)  # "plans to add 2,000 more"
    if words_after:
        return None
    if _CHANGE_OF.search(before) and value.is_integer():
        return _Mention(start, end, value, None, kind="change", inherit="change")
    rate = _EVERY_TIME.match(sentence, end)
    if rate and value.is_integer():
        # "1.5 billion LED units a month, or roughly 580 every second": a rate.
        return _Mention(start, end, value, "other", f"units per {rate.group(1).lower()}", skip_to=rate.end())
    density = _DENSITY.match(sentence, end)
    if density:
        per = _PER_EVERY.sub("per ", " ".join(density.group().split()))
        return _Mention(start, end, value, "other", per, skip_to=density.end())
    if not value.is_integer():
        clause = _RATIO_CUT.split(before)[-1]
        if _RATIO_WORDS.search(clause):
            # "capped the power usage effectiveness at 1.25": a ratio, unit other.
            return _Mention(start, end, value, "other", doubt=True)
        return None
    if _BARE_BEFORE.search(before) and _BARE_AFTER.match(sentence, end):
        return _Mention(start, end, value, None, inherit="bare", doubt=True)
    return None


def _finish_money(sentence: str, mention: _Mention) -> _Mention:
    """Attach a parenthesized conversion and a per-unit rate to a money figure."""
    pos = mention.end
    per = _PER.match(sentence, pos)
    if per:
        base = "yuan" if mention.unit == "CNY" else "US dollars" if mention.unit == "USD" else mention.raw_unit
        # The amount keeps its currency; raw_unit says what it is paid for, so it is never
        # charted or compared with plain amounts (site/charts.series_key).
        mention.raw_unit = f"{base} per {per.group(1).lower()}"
        mention.end = per.end()
        return mention
    if mention.unit == "CNY":
        conv = _USD_PAREN.match(sentence, pos) or _USD_OR.match(sentence, pos)
        if conv:
            mention.usd = _paren_amount(conv)
            mention.skip_to = conv.end()
    elif mention.unit == "USD":
        conv = _CNY_PAREN.match(sentence, pos)
        if conv:
            cny = _paren_amount(conv)
            if cny is not None:
                # The yuan amount is the figure; the dollars are its conversion.
                inner = conv.group()
                offset = inner.find(conv.group("n1") or conv.group("n2"))
                usd = mention.value
                mention = _Mention(pos + offset, conv.end() - len(inner) + len(inner.rstrip(" )")),
                                   cny, "CNY", usd=usd, has_scale=mention.has_scale)
                mention.start, mention.end = _yuan_span(sentence, pos + offset, conv.end())
                mention.skip_to = conv.end()
    return mention


def _yuan_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Trim "(RMB 7 billion)" to the amount itself."""
    inner = sentence[start:end].rstrip(" )")
    prefix = re.search(r"(?:RMB|\u00a5|CNY)\s?$", sentence[max(0, start - 5):start], re.I)
    return (start - len(prefix.group()) if prefix else start), start + len(inner)


def _resolve_coordination(found: list[_Mention]) -> None:
    """Give "16 national-level and 284 provincial-level enterprises" the noun of its partner."""
    for index in range(len(found) - 1, -1, -1):
        mention = found[index]
        if not mention.pending or index + 1 >= len(found):
            continue
        partner = found[index + 1]
        if partner.unit is None:
            continue
        if mention.modifiers and partner.unit != "count":
            continue
        mention.unit = partner.unit
        mention.raw_unit = partner.raw_unit
        if partner.unit == "count":
            shared = partner.modifiers[1:] if mention.modifiers else partner.modifiers
            mention.modifiers = mention.modifiers + shared
            mention.noun = partner.noun
        elif partner.has_scale and not mention.has_scale:
            # "between 5 and 6 billion": the scale is said once.
            mention.value *= partner.scale
        mention.pending = False


# ---------------------------------------------------------------- context

def _qualifier(sentence: str, mention: _Mention) -> str | None:
    match = _QUALIFIER_BEFORE.search(sentence, max(0, mention.start - 24), mention.start)
    if match:
        return match.lastgroup
    after = _QUALIFIER_AFTER.match(sentence, max(mention.end, mention.skip_to))
    return after.lastgroup if after else None


def _kind(sentence: str, mention: _Mention, clause_start: int) -> str:
    if mention.kind is not None:
        return mention.kind
    if mention.unit == "count":
        return "level"
    tail = max(mention.end, mention.skip_to)
    if _CHANGE_AFTER.match(sentence, tail):
        return "change"
    if _SHARE_AFTER.match(sentence, tail):
        return "share"
    hits = list(_KIND_WORDS.finditer(sentence, clause_start, mention.start))
    if hits:
        last = hits[-1]
        if last.lastgroup == "change" and _FROM_LEVEL.search(sentence, last.end(), mention.start):
            return "level"  # "dropped from 1,200 yuan"
        if last.lastgroup == "change" and _TO_LEVEL.search(sentence, last.end(), mention.start) \
                and mention.unit != "percentage-points":
            # "rose to 47 percent" states a level; "its share rose to 40 percent" a share.
            return "share" if any(h.lastgroup == "share" for h in hits) else "level"
        if last.lastgroup == "share" and mention.unit not in ("percent", "percentage-points"):
            return "level"  # a share is a percentage; "of the total, reaching 80 GW" is a level
        return last.lastgroup or "level"
    return "change" if mention.unit == "percentage-points" else "level"


def _period_mentions(sentence: str, published: dt.date | None) -> list[tuple[int, str]]:
    """Each period the sentence names, with its position."""
    out: list[tuple[int, str]] = []
    if not _PERIOD_HINT.search(sentence):
        return out  # most sentences name no period: skip the long pattern
    for match in _PERIOD.finditer(sentence):
        if match.group("y") and _PERIOD_SKIP.search(sentence, max(0, match.start() - 60), match.start()) \
                and not _AS_OF.match(match.group()) and not _WHEN_AFTER.match(sentence, match.end()):
            continue  # "founded in 1998" dates the firm, not the figure ("built by the end of 2020" dates a count)
        label = _period_label(match, published)
        if label:
            out.append((match.start(), label))
    return out


def _relative_year(phrase: str | None, published: dt.date | None) -> int | None:
    if published is None or not phrase:
        return None
    low = " ".join(phrase.lower().split())
    if "last" in low or "past" in low or "previous" in low:
        return published.year - 1
    if "next" in low or "coming" in low:
        return published.year + 1
    return published.year


def _full_year(first: str, second: str) -> str:
    if len(second) == 2:
        second = first[:2] + second
    return f"{first}-{second}"


def _period_label(match: re.Match[str], published: dt.date | None) -> str | None:
    group = match.groupdict()
    if group["r1"]:
        return _full_year(group["r1"], group["r2"])
    if group["d1"]:
        return _full_year(group["d1"], group["d2"])
    part, year, rel = None, None, None
    if group["half"]:
        part = "H1" if group["half"].lower() == "first" else "H2"
        year, rel = group["hy"] or group["hy2"], group["hr"]
    elif group["sm"]:
        part = {"three": "Q1", "six": "H1", "nine": "Q1-Q3", "twelve": None}[group["sm"].lower()]
        year = group["smy"]
    elif group["q"]:
        part, year, rel = _QUARTERS[group["q"].lower()], group["qy"], group["qr"]
    elif match.group().lower().startswith("first three quarters"):
        part, year, rel = "Q1-Q3", group["ty"], group["tr"]
    elif group["mn"]:
        part, year, rel = _MONTHS_PART[group["mn"].lower()], group["my"], group["mr"] or "this year"
    elif group["hh"]:
        part, rel = ("H1" if group["hh"].lower() == "first" else "H2"), "this year"
    elif group["y"]:
        prep = group["prep"].lower()
        if prep == "since" and published is not None and int(group["y"]) < published.year:
            return f"{group['y']}-{published.year}"
        return group["y"]
    elif group["rel"]:
        rel = group["rel"]
    elif group["sy"]:
        return group["sy"]
    if year is None:
        resolved = _relative_year(rel if rel and "the year" != rel.lower() else "this year", published)
        if resolved is None:
            return None
        year = str(resolved)
    return f"{year}-{part}" if part else year


def _period(mentions: list[tuple[int, str]], pos: int) -> str | None:
    before = [label for start, label in mentions if start <= pos]
    if before:
        return before[-1]
    return mentions[0][1] if mentions else None


def _status(sentence: str, published: dt.date | None) -> str:
    for match in _TARGET.finditer(sentence):
        year = match.group("by")
        if year and published is not None and int(year) < published.year:
            continue  # "by 2020" in a 2022 article looks back
        if year and _PAST_AFTER_BY.match(sentence, match.end()):
            continue  # "By the end of 2017 the county had 186 stations": a look back, whatever the date
        return "target"
    return "actual"


def _clean_words(words: list[str]) -> list[str]:
    words = [w for w in words if w.lower() not in _ADVERBS]
    while words and (words[0].lower() in _LEADING_JUNK or words[0].lower() in _VERBS):
        words = words[1:]
    while words and (words[-1].lower() in _TRAILING_JUNK or words[-1].lower() in _VERBS):
        words = words[:-1]
    return words


def _is_actor(words: list[str]) -> bool:
    """A clause subject that does the measuring, not what is measured ("Shanxi", "it")."""
    if not words:
        return True
    if len(words) == 1:
        word = words[0]
        # "Shanxi" acts; "GDP" and "Sales" are measured.
        return (word[0].isupper() and not word.isupper() and word.lower() not in _MEASURED_WORDS) \
            or word.lower() in _ACTORS
    return all(w[0].isupper() and not w.isupper() for w in words)


def _noun_phrase(text: str, prefer_object: bool = False) -> str:
    """The measured thing in a clause that ends where the number starts."""
    text = _YOY.sub(" ", _POSSESSIVE.sub("", text.strip()))
    words = _WORDS.findall(text)
    words = [w for w in words if not w.lower().endswith(("'s", "\u2019s")) or len(words) < 3] or words
    if len(words) > 1 and words[-1].lower() == "of":
        # "a registered capital of", "with total investment of": the noun before "of".
        head: list[str] = []
        for word in reversed(words[:-1]):
            low = word.lower()
            if low in _LEADING_JUNK or (low in _VERBS and not low.endswith("ed")):
                break
            head.insert(0, word)
        head = _clean_words(head)
        if head and not all(w.lower() in _CHANGE_WORDS for w in head):
            return " ".join(head[-_METRIC_WORDS:])
        if head:
            return ""
    verbs = [i for i, w in enumerate(words) if w.lower() in _VERBS]
    if verbs:
        subject = _clean_words(words[:verbs[0]])
        if not subject or (prefer_object and _is_actor(subject)):
            subject = _clean_words(words[verbs[-1] + 1:])
        words = subject
    else:
        words = _clean_words(words)
    return " ".join(_clean_words(words[:_METRIC_WORDS]))


def _after_phrase(after: str) -> str:
    np = _AFTER_NP.match(after)
    if np is None:
        return ""
    phrase = _noun_phrase(_AFTER_STOP.split(np.group(1))[0])
    # "in the first three quarters", "in 2022": a time, not a measure.
    return "" if _TIME_PHRASE.match(phrase) else phrase


def _subject(sentence: str) -> str:
    """The noun phrase that opens a sentence, up to its first verb."""
    head = _SUBJECT_STOP.split(sentence, maxsplit=1)[0]
    words = _WORDS.findall(_POSSESSIVE.sub("", head))
    verbs = [i for i, w in enumerate(words) if w.lower() in _VERBS]
    if not verbs:
        return ""
    subject = _clean_words(words[:verbs[0]])
    return "" if _is_actor(subject) else " ".join(subject[:_METRIC_WORDS])


# What a multiple said as a verb or a comparison multiplies: "double its output", "a doubling of capacity".
_MULTIPLE_OBJECT = re.compile(r"(?<=[A-Za-z])\s+(?:of\s+)?(?:the|its|their|our|his|her)\s+([^,;.]{3,100})", re.I)


def _metric(sentence: str, mention: _Mention, clause_start: int, kind: str, previous: str | None,
            after_count: bool = False) -> tuple[str, bool]:
    """A short phrase naming what the figure measures; True when it is only a fallback."""
    if mention.unit == "count":
        phrase = " ".join([*mention.modifiers, mention.noun or ""]).strip()
        if mention.noun == "total" and previous:
            return previous, False
        if mention.noun == "total" and mention.modifiers:
            return " ".join(mention.modifiers), False  # "the number of its steel mills"
        if (mention.noun or "").endswith("fleet") and mention.modifiers:
            return f"{mention.noun} of {' '.join(mention.modifiers)}", False  # "its fleet of fuel cell vehicles"
        return phrase or "number", not phrase
    tail = max(mention.end, mention.skip_to)
    after = sentence[tail:tail + 120]
    if mention.kind == "change" and mention.raw_unit == "times":
        obj = _MULTIPLE_OBJECT.match(sentence, tail) if mention.value_max is None else None
        phrase = _noun_phrase(_CLAUSE_CUT.split(obj.group(1))[0]) if obj else ""
        if phrase:
            return f"{phrase} multiple", False  # "plans to double its magnesium alloy output": what is doubled
        # "her family's income has tripled": what was multiplied, before the verb.
        before = _AUX_END.sub("", sentence[clause_start:mention.start])
        cuts = list(_CLAUSE_CUT.finditer(before))
        phrase = _noun_phrase(before[cuts[-1].end():] if cuts else before, prefer_object=True)
        return (f"{phrase} multiple" if phrase else "multiple"), not phrase
    phrase = ""
    terms = _IN_TERMS.match(after)
    if terms:
        phrase = _noun_phrase(_TERMS_STOP.split(terms.group(1))[0])
    if not phrase:
        before = sentence[clause_start:mention.start]
        cuts = list(_CLAUSE_CUT.finditer(before))
        if cuts:
            before = before[cuts[-1].end():]
        raw_words = _WORDS.findall(before)
        head_words = _WORDS.findall(sentence[:clause_start])
        if after_count and raw_words and not any(w.lower() in _VERBS for w in head_words):
            # "The added value of the 86 enterprises rose 9 percent": the figure
            # before this one sits inside the subject.
            before = sentence[:mention.start]
        phrase = _noun_phrase(before, prefer_object=True)
        if phrase and _is_actor(phrase.split()) and raw_words:
            phrase = ""
    if not phrase and (aside := _SUBJECT_BEFORE_ASIDE.search(sentence[clause_start:mention.start])) is not None \
            and all(w.lower() in _VERBS or w.lower() == "by" for w in _WORDS.findall(aside.group(2))):
        # "Equipment manufacturing, mostly auto parts and farm machinery, grew 15.2 percent": the subject
        # before the aside.
        phrase = _noun_phrase(aside.group(1))
    if not phrase and kind != "change":
        phrase = _after_phrase(after)
    if not phrase and (clause_start == 0 or sentence[clause_start - 1] in "\u2013\u2014"):
        # Nothing between the figure and the last aside: the sentence's subject.
        phrase = _subject(sentence)
    if not phrase and previous:
        phrase = previous
    fallback = False
    if not phrase:
        phrase = mention.raw_unit or (UNITS[mention.unit].metric if mention.unit in UNITS else "figure")
        fallback = True
    # (what follows counts up to the next item: "up 1.4 percent; fruit ..., down 3.5 percent" rose)
    return _with_kind(phrase, kind, sentence[clause_start:mention.start] + " " + _NEXT_ITEM.split(after, 1)[0][:30]), \
        fallback


_SUBJECT_BEFORE_ASIDE = re.compile(r"(?:^|[;:]\s*)([^,;:\d]{3,60}),\s[^,;:\d]{1,80},\s*([A-Za-z]+(?:\s+[A-Za-z]+)?\s*)$")


def _with_kind(phrase: str, kind: str, context: str) -> str:
    low = phrase.lower()
    if kind == "change" and not _CHANGE_NOUN.search(low):
        return phrase + (" decline" if _DOWN.search(context) else " growth")
    if kind == "share" and not _SHARE_NOUN.search(low):
        return phrase + " share"
    return phrase


def _clause_start(sentence: str, mention: _Mention, previous_end: int) -> int:
    """Where the clause that states this figure begins."""
    start = previous_end
    for match in _CLAUSE_MARK.finditer(sentence, previous_end, mention.start):
        start = match.end()
    return start


@dataclass
class _Placed:
    """A mention with the context its sentence gives it."""

    mention: _Mention
    kind: str
    metric: str
    fallback: bool
    clause: int = 0


def _sentence_figures(sentence: str, carried: _Mention | None = None) -> list[_Placed]:
    """Read the figures of one sentence with their kind and metric (carried: see _scan)."""
    placed: list[_Placed] = []
    previous_end = 0
    previous_metric: str | None = None
    for mention in _scan(sentence, carried):
        between = sentence[previous_end:mention.start]
        if placed and _ONLY_COORD.fullmatch(between) and placed[-1].mention.unit == mention.unit \
                and not placed[-1].fallback:
            # "grew 14.9 percent and 3.0 percent": the second shares the first's context.
            last = placed[-1]
            inherited = last.metric
            if mention.unit == "count":
                inherited, _ = _metric(sentence, mention, previous_end, "level", previous_metric)
            placed.append(_Placed(mention, last.kind, inherited, last.fallback, last.clause))
        else:
            clause = _clause_start(sentence, mention, previous_end)
            kind = _kind(sentence, mention, clause)
            after_count = bool(placed) and placed[-1].mention.unit == "count" and clause == previous_end
            metric, fallback = _metric(sentence, mention, clause, kind, previous_metric, after_count)
            placed.append(_Placed(mention, kind, metric, fallback, clause))
        previous_end = max(mention.end, mention.skip_to)
        if not placed[-1].fallback:
            previous_metric = _KIND_SUFFIX.sub("", placed[-1].metric)
    # "180 billion yuan, 170 billion yuan ... in revenue": a list is named once, at its end.
    for index in range(len(placed) - 2, -1, -1):
        here, later = placed[index], placed[index + 1]
        if here.fallback and not later.fallback and here.mention.unit == later.mention.unit:
            here.metric, here.fallback = later.metric, False
    return placed


@dataclass(frozen=True)
class Context:
    """Where a figure was read: its paragraph, its sentence and its span in it."""

    paragraph: int
    sentence: str
    start: int
    end: int
    clause: int  # where the clause that states it begins, in the sentence
    periods: tuple[tuple[int, str], ...]  # the periods the sentence names, with their positions
    carried: str | None  # the period set earlier in the paragraph
    doubt: bool = False  # the figure itself was read from weak cues: the loader lists it under review:


def extract_figures(paragraphs: Sequence[str], published: dt.date | None = None) -> list[Figure]:
    """Return every quantitative figure of an article's paragraphs, in text order."""
    return [figure for figure, _ in extract_in_context(paragraphs, published)]


def is_figure_line(line: str) -> bool:
    """A line that is a figure alone: "131", "4.48 million kW", "68%" (not a year)."""
    match = FIGURE_LINE.fullmatch(line.strip())
    return match is not None and not _is_year(match.group("n"), _number(match.group("n")) or 0)


def extract_in_context(paragraphs: Sequence[str], published: dt.date | None = None) -> list[tuple[Figure, Context]]:
    """Every figure of an article's paragraphs with where it was read, in text order."""
    figures: list[tuple[Figure, Context]] = []
    counted: dict[float, str] = {}  # what each count said with its noun counts: "Of the 47," restates one
    called: dict[str, str] = {}  # "gazelles" for the "128 gazelle enterprises" said before: their metric
    breakdown: _Mention | None = None  # the last count of a sentence that broke a total down
    said_count: _Mention | None = None  # the first count with its own noun in the sentence just read
    for index, paragraph in enumerate(paragraphs):
        if not isinstance(paragraph, str) or not paragraph:
            continue
        # Photo credits in brackets carry no figures; blank them out without
        # moving any offsets.
        text = _BRACKET.sub(lambda m: " " * len(m.group()), paragraph)
        own = len(text)
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if isinstance(following, str) and following and is_figure_line(paragraph):
            # "131" over "Enterprises that crossed the designated-size line during the year": a
            # list of numbers says under each what it counts; read the two as "131: Enterprises ...".
            # The line below keeps its own figures, read with its own paragraph.
            text = f"{text}: {following}"
        carried: str | None = None  # the period a paragraph has set stays set
        if not BY_BREAKDOWN.match(text):
            breakdown = None  # "By sector, 13 are in ..." after a paragraph "By location, ...": still its count
        for s_start, s_end in split_sentences(text):
            if s_start >= own:
                break
            sentence = text[s_start:s_end]
            periods = _period_mentions(sentence, published)
            if _HAS_DIGIT.search(sentence) or _ANY_WORD_NUMBER.search(sentence) or _ONE_SITE_SAID.search(sentence) \
                    or _MULTIPLE_VERB.search(sentence) or _FRACTION.search(sentence) or _HALF.search(sentence):
                status = _status(sentence, published)
                # "Shanxi now has 137 special vehicle makers. By city, Taiyuan has 41, Jinzhong 29": a
                # breakdown opening a sentence breaks down the count just said.
                opening = said_count if breakdown is None and BY_BREAKDOWN.match(sentence) else None
                items = _sentence_figures(sentence, breakdown or opening)
                counts = [item.mention for item in items if item.mention.unit == "count"]
                said_count = next((c for c in counts if c.noun and c.noun.lower() not in _POINTERS), None)
                breakdown = counts[-1] if counts and (BY_BREAKDOWN.match(sentence) or breakdown is not None
                                                      or _PLACES_PART.search(sentence, 0, counts[-1].start)
                                                      and _OF_WHOLE.match(sentence, counts[-1].end)
                                                      or _FOLLOWED_BY_PLACE.search(sentence, 0, counts[-1].start)
                                                      and _PLACE_THEN.search(sentence, 0, counts[-1].start)) else None
                for item in items:
                    mention = item.mention
                    if s_start + mention.start >= own:
                        break
                    context = Context(index, sentence, mention.start, mention.end,
                                      item.clause, tuple(periods), carried, mention.doubt)
                    metric = item.metric
                    if mention.unit == "count" and mention.noun_of is not None and mention.noun is None:
                        metric = counted.get(mention.noun_of, metric)
                    elif mention.unit == "count" and mention.noun and mention.noun.lower() in called \
                            and mention.noun.lower() not in _COUNT_NOUNS:
                        metric = called[mention.noun.lower()]  # "34 of the gazelles": the gazelle enterprises
                    elif mention.unit == "count" and mention.noun and mention.noun != "total":
                        counted.setdefault(mention.value, metric)
                        if mention.modifiers and mention.modifiers[-1].isalpha() and mention.noun.lower() in _COUNT_NOUNS:
                            called.setdefault(mention.modifiers[-1].lower() + "s", metric)
                    figures.append((Figure(
                        metric=metric,
                        value=_plain(mention.value),
                        unit=mention.unit or "other",
                        text=paragraph[s_start + mention.start:s_start + mention.end],
                        usd=None if mention.usd is None else _plain(mention.usd),
                        value_max=None if mention.value_max is None else _plain(mention.value_max),
                        raw_unit=mention.raw_unit if mention.unit in ("other", "CNY", "USD", "sqkm") else None,
                        qualifier=_qualifier(sentence, mention),
                        kind=item.kind,
                        period=_period(periods, mention.start) if periods else carried,
                        status=status,
                    ), context))
            # A comparison's base ("2.3 times that of the same period last year") sets no period
            # for the sentences after it.
            set_here = [label for pos, label in periods if not BASE_BEFORE.search(sentence, max(0, pos - 40), pos)
                        # "bringing the total to 27, up from 11 in 2020": the base's year sets nothing either
                        and not _FROM_A_BASE.search(sentence, max(0, pos - 50), pos)
                        # "As of February 28, 2021, the Company had 520 employees": a day, for its sentence alone
                        and not _ON_A_DAY.match(sentence, pos)]
            if set_here:
                carried = set_here[-1]
    return figures


_ON_A_DAY = re.compile(rf"\s*(?:as\s+of|on|by)\s+(?:the\s+end\s+of\s+)?{_MONTH}\s+\d{{1,2}},", re.I)
_FROM_A_BASE = re.compile(r"\b(?:from|against|compared\s+with)\s+(?:about\s+|nearly\s+|around\s+)?[\d,.]+\s*"
                          r"(?:[a-z%]+\s+){0,3}(?:in\s+|at\s+the\s+end\s+of\s+)?$", re.I)


# The base of a comparison, not a figure's time: "37 more than in the same period last year",
# "up 11.8 percent from the same holiday last year", "up 4.8% from 2023" (what comes right before it).
BASE_BEFORE = re.compile(r"\b(?:(?:same|corresponding)\s+(?:period|holiday|festival|quarter|months?|time|season)\s+"
                         r"(?:of\s+|in\s+)?|(?:up|down)\s+[\d.]+\s*(?:%|percent|per\s+cent|percentage\s+points?|points?)\s+(?:from|over|on|against)\s+"
                         r"|(?:more|fewer|less|higher|lower|faster|slower|bigger|smaller|larger|greater)\s+than\s+"
                         r"(?:in\s+|during\s+|at\s+the\s+end\s+of\s+)?(?:the\s+whole(?:\s+of)?\s+|all(?:\s+of)?\s+|the\s+)?"
                         r"|\bthe\s+(?:figure|level|total|number)\s+(?:of\s+|in\s+|for\s+)?"
                         # "1.5 times that of a year earlier"
                         r"|\b(?:that|those)\s+of\s+(?:the\s+)?"
                         r"|\bas\s+(?:many|much|high|large|big)\s+as\s+(?:in\s+)?"
                         # "21 more than at the end of 2016", "up 6.8 percentage points from the end of 2016"
                         r"|\b(?:than|from|against|compared\s+with)\s+(?:at\s+)?the\s+end\s+)$",
                         re.I)


# A figure said alone on its line, as "by the numbers" lists put it: "131", "4.48 million kW",
# "68%", "RMB 2.1 billion", "2,400 mu".
FIGURE_LINE = re.compile(r"(?:[-\u2022*]\s*)?(?:RMB\s*|US\$\s*|\$\s*)?(?P<n>\d[\d,]*(?:\.\d+)?)"
                         r"(?:\s*%|(?:\s+(?:thousand|million|billion|trillion))?(?:\s+[A-Za-z]+){0,2})")


# A sentence is read when it holds a number of any kind: a spelled one, or "a million", "half a dozen".
_ANY_WORD_NUMBER = re.compile(rf"\b(?=[TtFfSsEeNnOo])(?i:{_WORD_NUM})\b"
                              r"|\b[Aa]\s+(?:dozen|hundred|thousand|million|billion)\b")
