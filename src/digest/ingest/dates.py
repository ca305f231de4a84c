"""Dates as news pages print them: ISO and other numeric forms, English month
names, Chinese year-month-day, with or without a weekday, a time or a label."""

from __future__ import annotations

import datetime as dt
import re

# Outside this range a four-digit number pair is far more likely a code, a
# phone number or a range of figures than the date of a news article.
MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|(?:星期|周|礼拜)[一二三四五六日天])"
)
_TIME = (
    r"(?:(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?:[:：][0-5][0-9](?:\.[0-9]+)?)?"
    r"(?:\s*[ap]\.?\s?m\.?)?"
    r"|[0-9]{1,2}\s*[时點点]\s*(?:[0-9]{1,2}\s*分)?)"
)
_ZONE = (
    # (a wire service's US zones too: "Mar 26, 2024, 07:30 ET")
    r"(?:\(?\s*(?:BJT|CST|GMT|UTC|HKT|ET|EST|EDT|PT|PST|PDT)(?:\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?)?\s*\)?"
    r"|\(?\s*Beijing\s+time\s*\)?|[+-][0-9]{2}:?[0-9]{2}|Z)"
)

_ISO = re.compile(
    r"(?<![0-9.])(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?![0-9])(?![-/.][0-9])"
)
_CHINESE = re.compile(
    r"(?<![0-9])(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]"
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![a-z])(?P<mon>{_MONTH})(?![a-z])\.?\s*(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9])"
    r"\s*,?\s*(?P<y>[0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![0-9.])(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?(?P<mon>{_MONTH})(?![a-z])"
    r"\.?[\s,-]*(?P<y>[0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_PATTERNS = (_ISO, _CHINESE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR)

# Full-width digits and separators, as Chinese pages print them; mapped one
# character to one so that match positions stay those of the original text.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")

# A clock time may come first, as on CGTN-style pages: "Updated 18:45, 12-Nov-2023".
_BEFORE_DATE = re.compile(
    rf"\s*(?:{_TIME}(?:\s*{_ZONE})?\s*,?\s*)?(?:{_WEEKDAY}\s*,?\s*)?", re.IGNORECASE
)
_AFTER_DATE = re.compile(
    rf"(?:\s*,?\s*\(?{_WEEKDAY}\)?)?(?:\s*(?:[,T]|at)?\s*{_TIME})?(?:\s*{_ZONE})?\s*[.,;]?\s*",
    re.IGNORECASE,
)

_LABELS = (
    r"last\s+updated(?:\s+on)?", r"updated(?:\s+on)?", r"update\s+time",
    r"release\s+date", r"release\s+time", r"released(?:\s+on)?",
    r"publish(?:ed)?\s+(?:on|date|time)", r"publication\s+date", r"date\s+published",
    r"published", r"posted(?:\s+on)?", r"issued(?:\s+on)?",
    r"date", r"time",
    "发布时间", "发布日期", "更新时间", "日期", "时间",
)
DATE_LINE = re.compile(
    r"^\s*(?P<label>" + "|".join(_LABELS) + r")(?![a-z])\s*(?P<colon>[:：])?\s*(?P<value>.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
"""A line opening with a date label: ``Updated:``, ``Date:``, ``发布时间：``..."""

_META_LABELS = (
    r"source|sources|from|editor|editors|author|authors|reporter|reporters|writer"
    r"|views|clicks|font\s+size|来源|作者|编辑|责任编辑|记者|浏览次数|点击数|字号"
)
# Fields of a page's meta line: "Source: Xinhua | 2022-06-21 10:30 | Editor: X",
# "发布时间：2022-06-21  来源：山西日报".
_FIELD_BREAK = re.compile(
    r"\s*[|｜丨]\s*|\s{2,}|\t+"
    # a label further on starts a field, unless the word before belongs to it
    r"|(?<!release)(?<!publication)(?<!update)(?<!last)(?<!font)(?<!date)"
    rf"\s+(?=(?:{'|'.join(_LABELS)}|{_META_LABELS})\s*[:：])"
    r"|(?<=[0-9日])(?=(?:来源|作者|编辑|责任编辑|记者)\s*[:：])",
    re.IGNORECASE,
)
_LABELLED_FIELD = re.compile(r"^[^\W\d_][\w .'’-]{0,25}?\s*[:：]", re.UNICODE)
_LEADING_DATE = re.compile(rf"\s*[0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}(?:\s+{_TIME})?(?=\s+[^\W\d_])")
_PAREN_PUBLISHER = re.compile(r"\s*\([^()\d]{2,40}\)\s*")
_TIME_ONLY = re.compile(rf"\s*{_TIME}(?:\s*{_ZONE})?\s*", re.IGNORECASE)
META_FIELD_CHARS = 60
META_SOURCE_CHARS = 160
_SOURCE_FIELD = re.compile(r"^(?:sources?|from|editors?|authors?|reporters?|writers?|来源|作者|编辑|责任编辑|记者)\s*[:：]",
                           re.IGNORECASE)
META_FIELD_WORDS = 6


def _candidates(text: str) -> list[re.Match[str]]:
    """Every date-shaped span of text, in reading order."""
    plain = text.translate(_FULL_WIDTH)
    found = [m for pattern in _PATTERNS for m in pattern.finditer(plain)]
    return sorted(found, key=lambda m: (m.start(), -m.end()))


def _year_in_range(match: re.Match[str]) -> bool:
    return MIN_YEAR <= int(match["y"]) <= MAX_YEAR


def _to_date(match: re.Match[str]) -> dt.date | None:
    """The date a matched span names, or None when there is no such day."""
    groups = match.groupdict()
    month = _MONTH_NUMBERS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
    year, day = int(groups["y"]), int(groups["d"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # 30 February and its kind
        return None


def parse_date(text: str) -> dt.date | None:
    """Return the first date written in text, or None if there is none or it cannot exist."""
    for match in _candidates(text):
        if _year_in_range(match):
            return _to_date(match)
    return None


def _date_only(text: str) -> dt.date | None:
    """The date of text that holds a date and nothing else but a weekday, a time or a zone."""
    plain = text.translate(_FULL_WIDTH)
    for match in _candidates(plain):
        if not _year_in_range(match):
            continue
        if _BEFORE_DATE.fullmatch(plain, 0, match.start()) and _AFTER_DATE.fullmatch(plain, match.end()):
            return _to_date(match)
        return None
    return None


def split_fields(line: str) -> list[str]:
    """Split a page's meta line into its fields (on '|', wide gaps and labels).

    A line with no field but separators ('|') is one field, itself.
    """
    fields = [part.strip() for part in _FIELD_BREAK.split(line) if part and part.strip()]
    return fields or [line.strip()]


def _date_field(field: str) -> dt.date | None:
    label = DATE_LINE.match(field)
    return _date_only(label["value"] if label else field)


def is_meta_field(field: str) -> bool:
    """Whether a field of a meta line is short page furniture: 'Source: X', 'Xinhua', '10:30'."""
    if len(field) > META_FIELD_CHARS:
        # "Source: Shanxi Provincial Department of Industry and Information Technology"
        return len(field) <= META_SOURCE_CHARS and _SOURCE_FIELD.match(field) is not None
    if _TIME_ONLY.fullmatch(field) or _LABELLED_FIELD.match(field):
        return True
    return len(field.split()) <= META_FIELD_WORDS and not field.endswith((".", "。", "!", "?"))


def date_from_line(line: str) -> dt.date | None:
    """Return the date of a date line: label + date, or a date alone, maybe with a time.

    A page's meta line whose other fields are short page furniture
    (``Source: Xinhua | 2022-06-21 10:30``) counts as a date line too.
    Any other line, even one that mentions a date, gives None.
    """
    text = line.replace("\u00a0", " ").strip()
    if not text or len(text) > 200:
        return None
    fields = split_fields(text)
    if len(fields) <= 1:
        return _date_field(text) or _date_then_furniture(text)
    found: dt.date | None = None
    for field in fields:
        day = _date_field(field) or _date_then_furniture(field)
        if day is not None:
            found = found or day
        elif not is_meta_field(field):
            return None
    return found


def _date_then_furniture(field: str) -> dt.date | None:
    """The date of a field led by a date and a time, then a publisher: "2016-11-23 14:20 China
    News Service"."""
    plain = field.translate(_FULL_WIDTH)
    publisher = _PAREN_PUBLISHER.match(plain)
    if publisher is not None:
        # "(People's Daily Online) 14:26, November 09, 2021"
        return _date_only(plain[publisher.end():])
    lead = _LEADING_DATE.match(plain)
    if lead is None or not is_meta_field(plain[lead.end():].strip()):
        return None
    return _date_only(lead.group())


def labelled_date(line: str) -> dt.date | None:
    """The date of a labelled field anywhere on a header line, whatever else the line holds.

    "By Han Lei and Jia Ruiqi in Luliang, Shanxi | China Daily | Updated:
    2021-11-30 07:46" is a byline too long to pass as page furniture, so
    date_from_line refuses it; its "Updated: <date>" field still dates the
    article. Only a field that opens with a date label and a colon and holds
    a date and nothing else (but a weekday, a time or a zone) counts.
    """
    text = line.replace("\u00a0", " ").strip()
    if not text or len(text) > 200:
        return None
    for field in split_fields(text):
        label = DATE_LINE.match(field)
        if label is None or not label["colon"]:
            continue
        day = _date_only(label["value"])
        if day is not None:
            return day
    return None
