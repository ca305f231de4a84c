"""Turn one raw seed article into a record: fields, figures and a Markdown body."""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
import unicodedata
from collections import Counter
from pathlib import Path

from typing import Sequence

from .classify import COMPANY_NAME, Classifier, ends_article, links_elsewhere
from .extract import EACH_AFTER, Context, extract_in_context
from .meaning import (BATCH_IDS, RESPECTIVELY, Meaning, by_section, clause_of, is_company_release, is_news_lead,
                      goal_items, lead_period, plan_span, section_periods, settle, title_period)
from ..model import Article, Figure, Indicator, Region, Source
from .seedtext import Block, ParsedSeed, decode, parse_seed

log = logging.getLogger(__name__)

TITLE_WORDS = 12
SLUG_CHARS = 64
# A theme must be named this often (or in the title) to count as a theme of
# the article; one passing mention of "bank" does not make a finance story.
THEME_MIN_HITS = 1
CAPTION_WEIGHT = 1.0
TITLE_WEIGHT = 3  # a theme named in the headline counts three times
DATELINE_WEIGHT = 0.5


# Units of a made thing's size, weight or working conditions (its specification, no place's figure).
# (Grams, decibels and parts per million are as often a place's: a county's yield, a city's noise or air.)
_SPECIFICATIONS = frozenset({"mm", "cm", "microns", "nm", "kilograms", "milligrams", "megapascals", "degree celsius",
                             "degrees celsius", "kilonewtons", "kilometers per hour"})

_AMOUNT_OF = re.compile(r"\s+of\s+(?!(?:the|its|their|a|an)\b)", re.I)


def slugify(text: str, limit: int = SLUG_CHARS) -> str:
    """Lower-case ASCII words joined by '-', cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug


def infer_title(blocks: tuple[Block, ...]) -> str:
    """A headline made from the first sentence of the first paragraph."""
    first = next((b.text for b in blocks if b.kind == "paragraph"), "")
    if not first:
        first = next((b.text for b in blocks), "Untitled article")
    sentence = re.split(r"(?<=[.!?])\s+", first, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) > TITLE_WORDS:
        return " ".join(words[:TITLE_WORDS]) + "…"
    return sentence


def _escape_markdown(text: str) -> str:
    """Keep a line of prose from being read as Markdown structure."""
    text = re.sub(r"^(\s*)([#>*+-]|\d+[.)])(\s)", r"\1\\\2\3", text)
    return text.replace("<", "&lt;")


def to_markdown(parsed: ParsedSeed) -> str:
    """The article body as Markdown: headings, captions as captions, paragraphs."""
    parts: list[str] = []
    for block in parsed.blocks:
        if block.kind == "heading":
            parts.append(f"## {_escape_markdown(block.text)}")
        elif block.kind == "caption":
            parts.append(f"{_escape_markdown(block.text)}\n{{: .caption }}")
        else:
            parts.append(_escape_markdown(block.text))
    if parsed.credit:
        parts.append(f"{_escape_markdown(parsed.credit)}\n{{: .credit }}")
    return "\n\n".join(parts) + "\n"


# "Testing labs become growth industry in China's coal province": the province, named by what it is.
_THE_PROVINCE_TITLE = re.compile(r"\b(?:north(?:ern)?\s+)?China['\u2019]s\s+(?:[\w-]+\s+){0,2}?province\b", re.I)


def primary_place(classifier: Classifier, title: str, text: str, captions: str, dateline: str = "") -> str:
    """The article's place: a city it is about, or the province as a whole.

    A wire's dateline counts half a mention: it names where the story was filed, often the
    agency's bureau in the provincial capital ("TAIYUAN, June 21 (Xinhua) --" over a county
    elsewhere), not always what it is about."""
    region = classifier.region
    in_title = classifier.cities(title)
    names = "|".join(re.escape(n) for n in (region.name, *region.aliases))
    # "Manufacturing investment in Shanxi up 14.6 pct": "in" locates a statistic here, not a plant.
    province_in_title = classifier.province(title) or bool(re.search(_STATISTIC_IN.format(province=names), title)) \
        or bool(re.search(_OF_PROVINCES.format(province=names), title)) or bool(_THE_PROVINCE_TITLE.search(title))
    body = classifier.cities(text)
    caption_counts = classifier.cities(captions)
    if len(in_title) >= 2 and len(set(in_title.values())) == 1 and _ACROSS.search(title):
        # "Reform zone between Taiyuan and Jinzhong ...": a story about two cities together is the province's.
        return region.slug
    if in_title:
        return max(in_title, key=lambda s: (in_title[s], body[s], s))
    if province_in_title and not _A_COUNTY.search(title):
        # "Pet treats from a Shanxi hill county ...": a county story, its city read from the text.
        return region.slug
    filed = classifier.cities(dateline)
    scores = Counter({s: body[s] + CAPTION_WEIGHT * caption_counts[s] + DATELINE_WEIGHT * filed[s]
                      for s in set(body) | set(caption_counts) | set(filed)})
    if not scores:
        return region.slug
    top, score = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    province = classifier.province(text)
    runner_up = max((v for k, v in scores.items() if k != top), default=0)
    # One city dominating the text makes it the article's place; a province-wide
    # article names the province more often than any one of its cities.
    if score >= 2 and score >= province and score >= 2 * runner_up:
        return top
    return region.slug


def theme_counts(classifier: Classifier, title: str, text: str, captions: str) -> Counter[str]:
    """How often the article names each theme: the title's mentions weigh TITLE_WEIGHT, a caption's CAPTION_WEIGHT."""
    counts = classifier.themes(text)
    for slug, n in classifier.themes(title).items():
        counts[slug] += TITLE_WEIGHT * n
    for slug, n in classifier.themes(captions).items():
        counts[slug] += CAPTION_WEIGHT * n
    return counts


def article_themes(classifier: Classifier, title: str, text: str, captions: str) -> list[str]:
    """Themes the article is about, most prominent first."""
    counts = theme_counts(classifier, title, text, captions)
    order = {t.slug: i for i, t in enumerate(classifier.region.themes)}
    kept = [s for s, n in counts.items() if n >= THEME_MIN_HITS]
    return sorted(kept, key=lambda s: (-counts[s], order[s]))


def theme_texts(parsed: ParsedSeed) -> tuple[str, str]:
    """The article's own prose (headings, then paragraphs) and captions, which its themes are read from:
    what follows "Related:" lists other stories."""
    own = [b for b in itertools.takewhile(lambda b: not ends_article(b.text), parsed.blocks)
           if not links_elsewhere(b.text)]
    prose = "\n".join([*(b.text for b in own if b.kind == "heading"), *(b.text for b in own if b.kind == "paragraph")])
    return prose, "\n".join(b.text for b in own if b.kind == "caption")


def _dateline_place(dateline: str | None) -> str:
    """The place of a wire dateline, in the case the region file spells it."""
    if not dateline:
        return ""
    place = re.split(r"[,(/]|\s-|\s\u2014", dateline, maxsplit=1)[0].strip()
    return place.title() if place.isupper() else place


# A company's seat: "Founded in 2011 and headquartered in Shenzhen, Jinlong ...".
_HEADQUARTERS = re.compile(r"\b(?:headquartered|based)\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# What a press release calls the company: ("Jinlong" or "the Company").
_CALLED = re.compile(r'\(\s*["\u201c]([A-Z][\w-]+)["\u201d](?:\s+or\s+["\u201c]([A-Za-z][\w -]+)["\u201d])?\s*\)')
# What a company builds in the region: its figures are the place's.
_LOCAL_UNIT = re.compile(r"\b(?:base|plant|project|phase|line|factory|facility|park|zone)\b", re.I)
# A clause about the whole country: its subject is China or the country, or it says "nationwide".
_NATION = re.compile(r"\s*(?:[^,;]{0,40},\s*)?(?:China|the\s+country|the\s+nation|National(?=\s+[a-z])|Chinese(?=\s+[a-z]))(?:'s|\u2019s)?\s+"
                     r"(?!(?:largest|biggest|top|first|leading|major|main)\b)", re.I)
_NATIONWIDE = re.compile(r"\b(?:nationwide|nationally|across\s+the\s+country|in\s+the\s+whole\s+country|across\s+China|"
                         # "about one in eight rollers sold in China": the market a share is taken of, not the place.
                         r"(?<!sold\s)(?<!made\s)(?<!used\s)(?<!built\s)(?<!bought\s)(?<!produced\s)(?<!installed\s)"
                         r"in\s+China(?![\'\u2019]s))\b"
                         r"(?!\s+(?:to|for|from)\b)", re.I)
# A sentence about a firm's own ("Its revenue rose 58 percent last year"): a nation named in the sentence
# before ("it now supplies nine panel makers in China") does not go on into it.
_ITS_OWN = re.compile(r"\s*(?:Its|The\s+(?:company|firm|plant|group)(?:'s|\u2019s)?)\s")
# "below the national rate of 12.7 percent", "the national standard of 35 micrograms": the nation's figure.
_NATIONAL_OF = re.compile(r"\b(?:the|a)\s+national\s+(?:[\w-]+\s+){0,3}?(?:average|rate|level|standard|figure|total|target|goal|"
                          r"growth(?:\s+rate)?|ratio|limit)\s+(?:(?:of|is|was|stood\s+at|reached)\s+)?"
                          r"(?:about\s+|nearly\s+|around\s+|some\s+|more\s+than\s+)?$", re.I)
# "Its refractory makers, which line furnaces across the country, turned out 586,000 tonnes": an aside
# that tells what a subject does elsewhere does not make the clause the nation's.
_WHICH_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;]{0,160},")


def _nationwide(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] says "nationwide" or "across China" outside a "which" aside."""
    said = [m.start() for m in _NATIONWIDE.finditer(sentence, start, end)]
    if not said:
        return False
    asides = [m.span() for m in _WHICH_ASIDE.finditer(sentence, 0, end)]
    return any(not any(a <= at < b for a, b in asides) for at in said)


# "against more than 4 percent nationwide": the nation's, said right after the figure.
_NATION_AFTER = re.compile(r"\s+(?:nationwide|nationally|across\s+the\s+country|in\s+the\s+whole\s+country)\b"
                           r"(?=\s*[,.;:)]|\s*$|\s+(?:and|in|last|this|over|during|while|but|as)\b)"  # not "nationally accredited"
                           # "the 6.1 million tonnes China made over the same period": what the nation made.
                           r"|\s+(?:that\s+)?(?:China|the\s+country)\s+(?:made|produced|used|consumed|exported|imported|"
                           r"mined|generated)\b", re.I)
# "against 12.7 percent for the country as a whole": the nation's, said after the figure.
_WHOLE_NATION_AFTER = re.compile(r"\s+(?:for|in)\s+(?:the\s+country|China|the\s+nation)\s+as\s+a\s+whole\b", re.I)
# "2.5 points higher than the provincial average of 6.7 percent", "against 4.2 percent for Shanxi as a
# whole": the province's, whatever city the clause names.
_PROVINCIAL_OF = re.compile(r"\b(?:the|a)\s+provincial\s+(?:average|rate|level|figure|total|growth(?:\s+rate)?)\s+"
                            r"(?:(?:of|is|was|stood\s+at|reached)\s+)?(?:about\s+|nearly\s+|around\s+|some\s+)?$", re.I)
_WHOLE_PROVINCE_AFTER = re.compile(r"\s+(?:for|in)\s+(?:the\s+province|{province})\s+as\s+a\s+whole\b", re.I)
# A share of the province's whole said right after the figure: "about a quarter of the province's total".
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the\s+province|{province})['\u2019]s\b")
# "0.4 percentage points faster than the province's 3.4 percent", "Shanxi's total of 1.79 trillion yuan": the
# province's own figure, whatever city the sentence is about.
_PROVINCES_OWN = re.compile(r"\b(?:the\s+province|{province})['\u2019]s\s+(?:(?:total|average|figure|rate|level|growth)\s+"
                            r"(?:of\s+)?)?(?:about\s+|nearly\s+|around\s+|some\s+|more\s+than\s+)?$", re.I)
# The nation's own amount: "about 11 percent of China's total output of 710,000 tons", "and China's 5.2 percent",
# "one-eighth of the country's 26.7 million tonnes", "above the national 2.65 percent", "while the national
# figure grew 9.7 percent".
_NATIONS_OWN = re.compile(r"(?:\b(?:China|the\s+country|the\s+nation)['\u2019]s\s+(?:(?:[\w-]+\s+){0,4}?(?:of|was|is|reached|"
                          r"stood\s+at)\s+)?|\bthe\s+national\s+(?:(?:figure|rate|average|total|level)\s+(?:grew|rose|fell|"
                          r"was|reached|stood\s+at)\s+)?)(?:about\s+|nearly\s+|around\s+|some\s+|more\s+than\s+)?$", re.I)
# A headline's statistic of the province: "Manufacturing investment in Shanxi up 14.6 pct", "... in
# north China's Shanxi rises 6 pct".
_STATISTIC_IN = (r"\bin\s+(?:(?:north|northern)\s+China['\u2019]s\s+)?(?:{province})(?:\s+[Pp]rovince)?\s+(?:up|down|"
                 r"rises?|rose|grows?|grew|jumps?|surges?|falls?|fell|hits?|tops?|reaches|expands?|climbs?|soars?|"
                 r"increases?|declines?|drops?)\b")
# "Coal's share of Shanxi's industry dips below half": the province's own, not a locator.
_OF_PROVINCES = (r"\bof\s+(?:{province})['\u2019]s\s+(?!(?:[a-z-]+\s+){{0,2}}(?:county|counties|district|districts|town|towns|"
                 r"village|villages|city|cities)\b)[a-z]")
# A headline about one of the province's counties, districts, towns or villages, unnamed.
_A_COUNTY = re.compile(r"\b(?:county|district|town|village)\b", re.I)
# Two places joined by "and" ("in neighboring Datong and Xinzhou"): a figure spanning both.
_ACROSS = re.compile(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b")
# A place name joined to another by a hyphen names a route or a line ("the
# Datong-Huailai transmission channel"), not where a figure is.
_ROUTE = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b")
# The province as what a clause measures ("the province's raw coal output").
_PROVINCE_WORDS = re.compile(r"\bthe\s+province(?:'s|\u2019s)?\b|\bprovince[\s-]?wide\b"
                             # "The provincial government plans to put 1,000 working faces into operation"
                             r"|\bthe\s+provincial\s+(?:government|authorities)\s+(?:plans|aims|wants|expects|targets|"
                             r"hopes|has\s+set|set|will)\b", re.I)


def _place_of(text: str, classifier: Classifier) -> str | None:
    """The one city a stretch of text names, or the province when it names it as a whole."""
    text = _ROUTE.sub(" ", text)
    named = classifier.cities(text)
    if len(named) == 1:
        return next(iter(named))
    if len(named) > 1 and _ACROSS.search(text):
        # "in neighboring Datong and Xinzhou, where two lines ... are being built": the figure
        # spans both, so it is the province's.
        return classifier.region.slug
    if classifier.province(text) or _PROVINCE_WORDS.search(text):
        return classifier.region.slug
    return None


def _outside_company(prose: str, classifier: Classifier) -> re.Pattern[str] | None:
    """The names a company headquartered outside the region goes by in the article
    ("Jinlong", "the Company", "Its"), as the start of a sentence; None when there is none."""
    headquarters = [m.group(1) for m in _HEADQUARTERS.finditer(prose)]
    if not any(not classifier.cities(place) and not classifier.province(place) for place in headquarters):
        return None
    names = {name for pair in _CALLED.findall(prose) for name in pair if name}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\s*(?:In\s+[^,]{{1,40}},\s*)?(?:the\s+company\b|its\b|it\b"
                      + (rf"|(?:{alternatives})\b" if alternatives else "") + ")", re.I)


_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def _section_places(blocks: Sequence[tuple[str, str]], classifier: Classifier) -> list[str | None]:
    """For each paragraph of (kind, text) blocks, the one city its section's heading
    names ("DATONG: More hydrogen buses hit the road"), or None."""
    # A word in capitals is read as a name: "DATONG: ..." names Datong.
    return by_section(blocks, lambda heading, _before: classifier.city_of(
        _CAPITALS.sub(lambda m: m.group().capitalize(), heading)))


# A press conference's answer led by its speaker: "Li Xiuqin, deputy mayor of Datong: Our factories ...".
_SPEAKER_OF = re.compile(r"(?:[A-Z][\w'-]+\s+){1,3}?[A-Z][\w'-]+,\s+[^:,]{3,80}?\s+of\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)\s*:")


def _speakers_city(paragraph: str, classifier: Classifier) -> str | None:
    """The city of an answer's speaker, for the figures it gives without naming a place ("Our factories
    turned out 48,900 new energy vehicles"), or None."""
    speaker = _SPEAKER_OF.match(paragraph)
    return classifier.city_of(speaker.group(1)) if speaker is not None else None


_IN_CITY_AFTER = re.compile(r"\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:are|were|is|was)\s+)?(?:(?:based|located|registered)\s+)?"
                            r"in\s+(?:the\s+(?:provincial\s+capital|city\s+of)\s+)?([A-Z][a-z]+)\b")
_CITY_THEN = re.compile(r"(?:^|[,;]\s*|\b(?:and|while)\s+|\bfollowed\s+by\s+)([A-Z][a-z]+)\s+(?:with\s+|had\s+|has\s+|added\s+|registered\s+|at\s+|to\s+)?"
                        r"(?:about\s+|nearly\s+|some\s+)?$")


def _county_story(title: str, region: Region) -> bool:
    """Whether the headline is about a county or a county-level city ("Xiaoyi turns coke oven gas
    into a chemicals business") and names no prefecture-level city."""
    words = set(re.findall(r"[A-Z][a-z]+", title))
    counties = {word for c in region.cities for county in c.counties for word in county.split()[:1]}
    return bool(words & counties) and not words & {c.name for c in region.cities}


# "Precision Drive's revenue rose 31 percent to 640 million yuan", "The company's revenue was ...":
# one company's results, which no indicator of a place charts.
_COMPANY_MEASURE = re.compile(r"(?:\b(?P<name>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)|\b(?:[Tt]he|[Ii]ts)\s+(?:company|firm|group|"
                              r"plant|factory|maker|mill))['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:revenue|sales|net\s+profits?|"
                              r"profits?|output|exports|shipments|earnings)\b[^.;:]{0,50}$")
# "Exports account for about 45 percent of Saishang's sales": a share of one company's results.
_COMPANY_SHARE = re.compile(r"\s+of\s+(?:(?P<name>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)|the\s+(?:company|firm|group))['\u2019]s\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:revenue|sales|output|exports|shipments|earnings)\b")
_RESULTS = r"(?:[\w-]+\s+){0,2}?(?:revenue|sales|net\s+profits?|profits?|earnings)\b"
_ITS_RESULTS = re.compile(r"\s*Its\s+" + _RESULTS)  # a sentence that opens on "Its revenue"
# A sentence led by a company's registered name: "Jinyao Pharmaceutical Group", "Shanxi Huitong Co., Ltd.".
_NAMED_COMPANY_FIRST = re.compile(r"\s*(?:[A-Z][a-z]+-based\s+)?" + COMPANY_NAME)
_BARE_RESULTS = re.compile(r"\s*(?:Sales\s+revenue|Operating\s+revenue|Revenue|Sales|Net\s+profits?|Profits?)\s+"
                           r"(?:reached|rose|grew|jumped|climbed|fell|dropped|was|were|totaled|totalled|hit|came\s+to|"
                           r"increased|decreased|doubled|topped|exceeded)\b")
# Whose results a sentence says: an industry, a sector, a place, companies as a group.
_WHOSE = re.compile(r"\b(?:industry|industries|sector|cluster|chain|city|county|province|national|nationwide|"
                    r"enterprises|companies|firms|makers)\b", re.I)
_AND_ITS_RESULTS = re.compile(r"\band\s+its\s+" + _RESULTS)
_NAME_FIRST = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?=[\s,])")
_THE_COMPANY_FIRST = re.compile(r"(?:The|Its)\s+(?:company|firm|group|maker|plant|mill|factory)\b")
# A sentence that opens on a name and its results: "Zeyuan had revenue of ...", "Taohe employs 640 people and earned".
_NAME_RESULTS = re.compile(r"\s*(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*\s+(?:had|has|reported|posted|earned|booked|"
                           r"recorded|employs|expects)\s+(?:[\w-]+\s+){0,2}?(?:revenue|sales|profits?|earnings|[\d,.]+\s+"
                           r"(?:people|workers|staff|employees))\b")
_RESULT_IDS = frozenset({"industry-revenue", "industry-profit", "industry-employment", "industry-tax", "exports"})
_NOT_A_COMPANY = frozenset({"China", "Shanxi", "The", "This", "Its", "Their", "Province", "City", "County"})


def _a_place(name: str, classifier: Classifier) -> bool:
    """Whether a capitalised name is a place or the start of a sentence, not a company."""
    return bool(set(name.split()) & _NOT_A_COMPANY or classifier.cities(name) or classifier.province(name))


def _about_a_company(sentence: str, classifier: Classifier) -> bool:
    """Whether a sentence opens on a company: "The company spent ...", "Haina, listed on ...", not a place."""
    subject = _NAME_FIRST.match(sentence)
    return bool(_THE_COMPANY_FIRST.match(sentence)) or subject is not None and not _a_place(subject.group(), classifier)


def _company_figure(fig: Figure, ctx: Context, classifier: Classifier, paragraphs: Sequence[str] = ()) -> Figure:
    """No indicator for a figure of one company's own results."""
    if fig.indicator is None or fig.indicator in BATCH_IDS:
        return fig
    if _ITS_RESULTS.match(ctx.sentence) and ctx.paragraph < len(paragraphs):
        # "The company spent ... Its sales revenue rose 34 percent": "its" is the company the sentence
        # before is about, not a city.
        text = paragraphs[ctx.paragraph]
        at = text.find(ctx.sentence)
        before = re.split(r"(?<=[.!?])\s+", text[:at].strip())[-1] if at > 0 else ""
        if _about_a_company(before, classifier):
            return dataclasses.replace(fig, indicator=None)
    if _NAMED_COMPANY_FIRST.match(ctx.sentence):
        # "Taiyuan-based Jinyao Pharmaceutical Group, the province's largest drugmaker, had revenue of
        # 11.2 billion yuan": a sentence led by a company's registered name tells its own results.
        return dataclasses.replace(fig, indicator=None)
    if _BARE_RESULTS.match(ctx.sentence) and not _WHOSE.search(ctx.sentence) \
            and not classifier.cities(ctx.sentence) and not classifier.province(ctx.sentence):
        # "Revenue reached 86 million yuan last year, up 40 percent, Zhao said": results with no
        # owner named are those of the company the story is about; an industry's or a place's say whose.
        return dataclasses.replace(fig, indicator=None)
    if _AND_ITS_RESULTS.search(ctx.sentence, max(0, ctx.start - 80), ctx.start) \
            and _about_a_company(ctx.sentence, classifier):
        # "Haina, listed on the ChiNext board, shipped 4.6GWh last year, and its revenue rose 37 percent".
        return dataclasses.replace(fig, indicator=None)
    if fig.indicator in _RESULT_IDS and _NAME_RESULTS.match(ctx.sentence) and _about_a_company(ctx.sentence, classifier):
        # "Zeyuan had revenue of 2.1 billion yuan last year and employs 850 people", "Taohe employs 640
        # people and earned 1.2 billion yuan": a sentence led by one name, not a place's, tells its results.
        return dataclasses.replace(fig, indicator=None)
    said = _COMPANY_MEASURE.search(ctx.sentence, max(0, ctx.start - 110), ctx.start) \
        or _COMPANY_SHARE.match(ctx.sentence, ctx.end)
    if said is None:
        return fig
    if said.group("name") is not None and _a_place(said.group("name"), classifier):
        return fig  # "Shanxi's revenue", "Datong's output": a place's
    return dataclasses.replace(fig, indicator=None)


# A subtitle reports: a verb of change or a figure with its unit, not a kicker or a label.
_SUBTITLE = re.compile(r"\b(?:up|down|rises?|rose|grows?|grew|jumps?|falls?|fell|adds?|tops?|reaches|doubles?|"
                       r"more\s+than\s+double)\b", re.I)


def _own_paragraphs(blocks: Sequence[Block]) -> int:
    """How many paragraphs come before a "Related:" line: those after it list other stories,
    whose headlines' numbers are not this article's figures."""
    count = 0
    for block in blocks:
        if ends_article(block.text):
            break
        count += block.kind == "paragraph"
    return count


def _names_a_county(heading: str, region: Region) -> bool:
    """Whether a section heading is about a county or a county-level city ("1. Xiaoyi (Lyuliang)"),
    naming no prefecture-level city outside brackets."""
    return _county_story(re.sub(r"\([^)]*\)", " ", heading), region)


# "1. Hongda Iron and Steel Group (Quwo county, Linfen)": a list's item named with where it is.
_NAMED_WITH_PLACE = re.compile(r"(?:\d{1,3}[.)]\s*)?(?P<name>[A-Z][^()]{2,80}?)\s*\((?P<where>[^()]{2,60})\)\s*")


def _names_a_company(heading: str, classifier: Classifier) -> bool:
    """Whether a section heading names one company by where it is ("3. Taihang Special Steel (Changzhi)"):
    a name that is no place, with a place in brackets."""
    named = _NAMED_WITH_PLACE.fullmatch(heading)
    return bool(named and (classifier.cities(named.group("where")) or classifier.province(named.group("where")))
                and not _a_place(named.group("name"), classifier))


# What a county story's sentence says about more than the county: its city, the province, the nation.
_WIDER = re.compile(r"\b(?:the\s+province(?:'s)?|provincewide|national|nationwide|China's|the\s+country(?:'s)?)"
                    r"(?![\w-])", re.I)


def _item_figure(fig: Figure, ctx: Context, item: str | None, classifier: Classifier, city: str) -> Figure:
    """A figure under a list item's heading: a county's or a company's own, which no indicator charts
    (what it says of the province or the nation keeps its indicator)."""
    if item == "county":
        return _county_figures([fig], [ctx], classifier, fig.city or city)[0]
    if item == "company" and fig.indicator not in BATCH_IDS and not _WIDER.search(ctx.sentence):
        return dataclasses.replace(fig, indicator=None)
    return fig


def _headings_before(blocks: Sequence[Block]) -> dict[int, str]:
    """For each paragraph right after a heading, that heading (by paragraph index)."""
    out: dict[int, str] = {}
    heading: str | None = None
    index = 0
    for block in blocks:
        if block.kind == "heading":
            heading = block.text
        elif block.kind == "paragraph":
            if heading is not None:
                out[index] = heading
                heading = None
            index += 1
    return out


# "The city's equipment manufacturing revenue reached ...", "the city aims to ...": in a county story,
# the county's city speaks (unless the county is itself a county-level city, which "the city" names);
# "the city's industry bureau said" only says who told.
_THE_CITY = re.compile(r"(?<!according\sto\s)\bthe\s+city(?:['\u2019]s(?!(?:\s+[\w-]+){0,5}?\s+(?:bureau|commission|office|department)\b)|\s+(?:aims|plans|wants|had|has|is|was|will|"
                       r"expects|targets|hopes)\b)", re.I)
_COMPARED_WITH = re.compile(r"\b(?:higher|lower|faster|slower|more|less|above|below)\s+than\b|\bcompared\s+with\b", re.I)
_COUNTY_LEVEL_CITY = re.compile(r"\bcounty-level\s+city\b", re.I)


def _county_figures(figures: list[Figure], contexts: Sequence[Context], classifier: Classifier, city: str,
                    city_speaks: bool = False) -> list[Figure]:
    """A county story's own figures measure the county, which no indicator charts (indicators.yaml:
    a county is null); what the story says of its city, the province or the nation keeps its indicator.
    city_speaks: "the city" in the story is the county's city, not the county."""
    out = []
    for fig, ctx in zip(figures, contexts):
        # "Industrial value added grew 6.8 percent, 2.1 percentage points higher than the Xinzhou average of
        # 4.7 percent": a place named after the figure only to compare it with is not what it measures.
        compared = _COMPARED_WITH.search(ctx.sentence, ctx.end)
        said = ctx.sentence[:compared.start()] if compared else ctx.sentence
        own = fig.city == city and not _WIDER.search(said) and not classifier.cities(said, counties=False) \
            and not (city_speaks and _THE_CITY.search(said))
        # A batch of projects is counted wherever it is, a county's too.
        out.append(dataclasses.replace(fig, indicator=None) if own and fig.indicator
                   and fig.indicator not in BATCH_IDS else fig)
    return out


def _listed_places(figures: Sequence[tuple[Figure, Context]], classifier: Classifier) -> dict[int, str]:
    """Places of figures listed "respectively" after as many cities, by index: "Output in
    Datong and Shuozhou rose 4.1 and 6.2 percent respectively", and a second list of as many
    ("..., to 3.2 and 2.7 billion yuan, respectively") pairs with the same cities."""
    out: dict[int, str] = {}
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for index, (_, ctx) in enumerate(figures):
        by_sentence.setdefault((ctx.paragraph, ctx.sentence), []).append(index)
    for (_, sentence), indices in by_sentence.items():
        if len(indices) < 2 or not RESPECTIVELY.search(sentence):
            continue
        cities = classifier.cities_in_order(sentence[:figures[indices[0]][1].start])
        if len(cities) < 2 or len(indices) % len(cities):
            continue
        out.update({index: cities[n % len(cities)] for n, index in enumerate(indices)})
    return out


def _assign_places(figures: list[tuple[Figure, Context]], classifier: Classifier,
                   city: str, themes: list[str], sector: str | None,
                   outsider: re.Pattern[str] | None = None, sections: Sequence[str | None] = ()) -> list[Figure]:
    """Give each figure the place its own clause names, else what its sentence names
    before it, else the city an earlier sentence of its paragraph named, else what its
    section's heading names, else the article's; and the theme its sentence speaks of.

    outsider: how a company based outside the region starts a sentence about itself; such a
    sentence's figures that name no place and no local plant are 'other' (its own totals);
    sections: per paragraph, the city its section's heading names (_section_places)."""
    out: list[Figure] = []
    province_names = "|".join(re.escape(n) for n in (classifier.region.name, *classifier.region.aliases))
    province_after = re.compile(_WHOLE_PROVINCE_AFTER.pattern.format(province=province_names), re.I)
    province_own = re.compile(_PROVINCES_OWN.pattern.format(province=province_names), re.I)
    of_the_whole = re.compile(_OF_THE_WHOLE.pattern.format(province=province_names))
    theme_of: dict[str, str | None] = {}  # a sentence's theme, looked for once however many figures it has
    national: tuple[int, str] | None = None  # the paragraph and sentence of the last national figure
    city_in: dict[str, str | None] = {}  # the one city a sentence names, looked for once per sentence
    said_before: dict[int, tuple[str, str]] = {}  # per paragraph, the city its last sentence with one named, and that sentence
    listed = _listed_places(figures, classifier)
    for index, (fig, ctx) in enumerate(figures):
        sentence = ctx.sentence
        first, last = clause_of(sentence, ctx.start, ctx.end)
        # What the clause names up to the figure, and a place word right after it ("75 percent provincewide").
        # ("about a quarter of the province's total": the share is of the province, not the province's)
        named = _place_of(sentence[first:ctx.end if of_the_whole.match(sentence, ctx.end) else min(last, ctx.end + 16)],
                          classifier)
        in_city = _IN_CITY_AFTER.match(sentence, ctx.end) if fig.city is None else None
        if in_city is not None:
            # "Twenty-seven of them are in the provincial capital Taiyuan, 14 in Jinzhong and nine in
            # Yuncheng": the city said right after the count.
            named = classifier.city_of(in_city.group(1)) or named
        right_before = _CITY_THEN.search(sentence, max(0, ctx.start - 40), ctx.start)
        if right_before is not None and fig.city is None:
            # "Taiyuan has 53 of them, Changzhi 17 and Jinzhong 14": the city said right before the count.
            named = classifier.city_of(right_before.group(1)) or named
        if fig.city is None and EACH_AFTER.match(sentence, ctx.end):
            # "followed by Jinzhong and Changzhi with five each": a count several places have, none of them alone.
            prior = figures[index - 1][1] if index else None
            item = prior.end if prior is not None and prior.sentence == sentence and prior.end < ctx.start else 0
            if len(classifier.cities_in_order(sentence[item:ctx.start])) > 1:
                named = None  # "Jinzhong and Changzhi with five each": the place of the whole
        if index in listed and fig.city is None:
            # "Growth in Shuozhou and Yuncheng was 3.2 percent and 5.1 percent respectively".
            named = listed[index]
        # What the sentence names before the clause, read only when the clause names nothing.
        before = None if fig.city or named else _place_of(sentence[:first], classifier)
        national_of = fig.city is None and bool(_NATIONAL_OF.search(sentence, max(0, ctx.start - 50), ctx.start))
        # "11 percent of China's total output of 710,000 tons", "against 4 percent nationwide": the
        # nation's, whatever else the clause names; unlike "the national rate of", it speaks of the nation.
        nation_said = fig.city is None and not national_of and bool(
            _NATION_AFTER.match(sentence, ctx.end) or _NATIONS_OWN.search(sentence, max(0, ctx.start - 60), ctx.start)
            or _WHOLE_NATION_AFTER.match(sentence, ctx.end))
        own_company = outsider is not None and outsider.match(sentence) is not None
        of_the_nation = fig.city is None and named is None and not own_company and (
                _NATION.match(sentence, first) or _nationwide(sentence, first, min(last, ctx.end + 30))
                or national is not None and national[0] == ctx.paragraph and before is None
                and (national[1] == sentence or not _place_of(sentence, classifier) and not _ITS_OWN.match(sentence)))
        if national_of or nation_said or of_the_nation:
            # "The country's installed capacity stood at ...", "had 36.39 million kW nationwide";
            # the paragraph's next figures that name no place are the nation's too ("the national rate
            # of 12.7 percent" and a national amount inside a sentence about the province are the
            # nation's alone).
            if of_the_nation and not national_of:
                national = (ctx.paragraph, sentence)
            out.append(dataclasses.replace(fig, city="china", theme=None))
            continue
        if fig.city is None and (_PROVINCIAL_OF.search(sentence, max(0, ctx.start - 50), ctx.start)
                                 or province_after.match(sentence, ctx.end)
                                 or province_own.search(sentence, max(0, ctx.start - 40), ctx.start)):
            # "the provincial average of 6.7 percent", "4.2 percent for Shanxi as a whole", "faster than the
            # province's 3.4 percent", "Shanxi's total of 1.79 trillion yuan": the province's.
            out.append(dataclasses.replace(fig, city=classifier.region.slug, theme=None))
            continue
        if fig.city is None and fig.indicator is None and fig.unit == "other" \
                and (fig.raw_unit or "").lower() in _SPECIFICATIONS:
            # "machined to a tolerance of 0.05 millimeter", "weighs about 4.1 kilograms", "fired at 820
            # degrees Celsius": what a made thing measures belongs to no place, and to no time unless it is
            # an amount of something or dated ("620 kilograms of standard coal in 2017", "32 kilograms of milk
            # a day", "to about 380 kg last year").
            if _AMOUNT_OF.match(sentence, ctx.end) or any(first <= at < last for at, _ in ctx.periods):
                out.append(dataclasses.replace(fig, city="other", theme=None))
            else:
                out.append(dataclasses.replace(fig, city="other", theme=None, period=None, kind="level"))
            continue
        if outsider is not None and fig.city is None and named is None and before is None \
                and outsider.match(sentence) and not _LOCAL_UNIT.search(sentence):
            # "In fiscal year 2022, Jinlong reported revenue of US$312 million": the company's own.
            out.append(dataclasses.replace(fig, city="other", theme=None))
            continue
        section = sections[ctx.paragraph] if ctx.paragraph < len(sections) else None
        # A sentence that names no place goes on with the city an earlier sentence of its paragraph named.
        said = said_before.get(ctx.paragraph)
        earlier = said[0] if said is not None and said[1] != sentence else None
        fig_city = fig.city or named or before or earlier or section or city
        if sentence not in theme_of:
            theme_of[sentence] = classifier.theme_of(sentence, preferred=themes)
        fig_theme = theme_of[sentence] or sector
        out.append(dataclasses.replace(fig, city=fig_city, theme=fig_theme))
        if sentence not in city_in:
            city_in[sentence] = classifier.city_of(sentence)
        one = city_in[sentence]
        if one is not None:
            said_before[ctx.paragraph] = (one, sentence)
    return out


# "Eight of them are in Taiyuan": a count named by a word that points back.
_POINTER_METRIC = re.compile(r"(?:[\w-]+\s+of\s+)?(?:them|these|those)", re.I)


def _name_pointers(figures: Sequence[Figure], contexts: Sequence[Context]) -> list[Figure]:
    """A count whose metric is only "them" takes the metric of the count it points back to: the
    nearest count before it, in its paragraph or the one before, that names what it counts (what a
    reader of the record and the site sees; the indicator was settled before)."""
    out: list[Figure] = []
    named: tuple[int, str] | None = None  # the paragraph and metric of the last count that names its noun
    for fig, ctx in zip(figures, contexts):
        if fig.unit == "count" and _POINTER_METRIC.fullmatch(fig.metric or ""):
            if named is not None and ctx.paragraph - named[0] in (0, 1):
                fig = dataclasses.replace(fig, metric=named[1])
        elif fig.unit == "count" and fig.metric:
            named = (ctx.paragraph, fig.metric)
        out.append(fig)
    return out


def load_seed(data: bytes, source_file: str, region: Region, classifier: Classifier | None = None,
              indicators: Sequence[Indicator] = ()) -> Article:
    """Parse a seed's bytes into a record; raise SeedError for unusable input.

    Each figure's indicator is one of indicators (None without any)."""
    classifier = classifier or Classifier(region)
    text, encoding = decode(data)
    parsed = parse_seed(text)
    review: list[str] = []
    title = parsed.title
    if not title:
        title = infer_title(parsed.blocks)
        review.append("title")
    if parsed.date is None or parsed.date_in_body:
        review.append("date")
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        review.append("encoding")

    paragraphs = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    headings = [b.text for b in parsed.blocks if b.kind == "heading"]
    captions = "\n".join(b.text for b in parsed.blocks if b.kind == "caption")
    prose = "\n".join([*headings, *paragraphs])

    # A wire dateline names its place in capitals ("TAIYUAN, Jan. 9 (Xinhua) --").
    dateline_place = _dateline_place(parsed.dateline)
    city = primary_place(classifier, title if "title" not in review else "", prose, captions, dateline_place)
    # `cities` lists the cities named; a county places a figure but names no city.
    header = [parsed.byline or "", parsed.date_line or "", parsed.source_line or "", dateline_place]
    cities = classifier.cities("\n".join([title, *header, prose, captions]), counties=False)
    city_order = [c.slug for c in region.cities]
    themes = article_themes(classifier, title if "title" not in review else "", *theme_texts(parsed))
    sector = themes[0] if themes else None

    # A headline's figures ("Shanxi's economy grows 6.2% in 2019") come first, read as part of the lead.
    # A release's subtitle ("2020 net profit up 41.5% as polysilicon makers add capacity"), a line
    # between the headline and the lead, is read with the headline.
    lead_at = next((i for i, b in enumerate(parsed.blocks) if b.kind == "paragraph"), len(parsed.blocks))
    subtitles = [b.text for b in parsed.blocks[:lead_at] if b.kind == "heading" and _SUBTITLE.search(b.text)]
    found = [*(found_in for line in [title, *subtitles] for found_in in extract_in_context([line], parsed.date)
               if "title" not in review),
             *extract_in_context(paragraphs[:_own_paragraphs(parsed.blocks)], parsed.date)]
    blocks = [(b.kind, b.text) for b in parsed.blocks]
    sections = section_periods(blocks, parsed.date)
    meaning = Meaning(indicators, [county for c in region.cities for county in c.counties],
                      [name for c in region.cities for name in (c.name, *c.aliases)])
    lead = lead_period(paragraphs, parsed.date) or title_period(title, parsed.date)
    settled, doubts = settle(found, meaning, parsed.date, lead, sections,
                             is_news_lead(paragraphs), is_company_release(paragraphs),
                             plan_span(title, paragraphs, parsed.date),
                             goal_items(paragraphs, _headings_before(parsed.blocks)))
    figures = _assign_places([(f, ctx) for f, (_, ctx) in zip(settled, found)], classifier, city, themes, sector,
                             _outside_company(prose, classifier),
                             [section or _speakers_city(text, classifier) for section, text
                              in zip(_section_places(blocks, classifier), paragraphs)])
    contexts = [ctx for _, ctx in found]
    figures = [_company_figure(fig, ctx, classifier, paragraphs) for fig, ctx in zip(figures, contexts)]
    if _county_story(title, region):
        figures = _county_figures(figures, contexts, classifier, city, not _COUNTY_LEVEL_CITY.search(prose))
    # A list's items named in their headings: "1. Xiaoyi (Lyuliang)" a county, "2. Jinfeng Coal Chemical
    # Group (Xiaoyi, Lyuliang)" a company; the figures under each ("GDP: 112.6 billion yuan", "Revenue:
    # 61.8 billion yuan") are the item's own.
    items = by_section(blocks, lambda heading, _before: "county" if _names_a_county(heading, region)
                       else "company" if _names_a_company(heading, classifier) else None)
    if any(items):
        figures = [_item_figure(fig, ctx, items[ctx.paragraph] if ctx.paragraph < len(items) else None,
                                classifier, city) for fig, ctx in zip(figures, contexts)]
    figures = _name_pointers(figures, contexts)
    review.extend(doubts)
    # A figure read from weak cues ("aims to have 40,000 by 2025", a bare ratio): check it is one.
    review.extend(f"figures[{i}].value" for i, (_, ctx) in enumerate(found) if ctx.doubt)

    return Article(
        slug=slugify(title) or slugify(Path(source_file).stem) or "article",
        title=title,
        date=parsed.date,
        city=city,
        cities=tuple(sorted(cities, key=city_order.index)),
        sector=sector,
        themes=tuple(themes),
        source=Source(
            file=source_file,
            publisher=parsed.publisher,
            byline=parsed.byline,
            breadcrumb=parsed.breadcrumb,
            dateline=parsed.dateline,
            date_line=parsed.date_line,
            source_line=parsed.source_line,
            credit=parsed.credit,
            encoding=encoding,
        ),
        figures=tuple(figures),
        review=tuple(review),
        body=to_markdown(parsed),
    )
