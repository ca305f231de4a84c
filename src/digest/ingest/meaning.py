"""What each figure is, where, when, and whether achieved.

The extractor reads value, unit and a first guess at kind, status and period
from the figure's sentence. This step settles them on the annotation rules
(tests/gold/seeds.yaml header, content/indicators.yaml header): the indicator
from the vocabulary's terms near the figure; status and period from the
figure's own clause first; a definition or threshold measures nothing;
additions to a stock are a change. Where a rule had to guess, the attribute is
named for review ("figures[3].indicator").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

from ..model import Figure, Indicator
from ..tables import read_table
from .extract import (BASE_BEFORE, BY_BREAKDOWN, JOINED_LIST, LINE_HEAD, MORE_ELIDED, REMAINING, Context,
                      _period_mentions, _status)

log = logging.getLogger(__name__)

_WORDS = read_table(Path(__file__).with_name("words.yaml"))
_ADDITIONS = frozenset(_WORDS["additions"].split())
_REMOVALS = frozenset(_WORDS["removals"].split())
_ADD_OR_REMOVE = re.compile(r"\b(?:%s)\s+(?:another\s+|an\s+additional\s+|a\s+further\s+)?(?:about\s+|nearly\s+|"
                            r"around\s+|over\s+|more\s+than\s+|some\s+)?$" % "|".join(_WORDS["stock_verbs"].split()),
                            re.I)
_REMOVED_AFTER = re.compile(r"(?:\s+[\w,.-]+){1,5}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                            r"(?:shut|closed|eliminated|demolished|retired|phased\s+out|torn\s+down)\b", re.I)
_AND_ANOTHER = re.compile(r"\s+(?:of\s+[\w -]{1,40}?\s*)?(?:,\s*and|,|and)\s+(?:about\s+|nearly\s+|some\s+)?", re.I)
# "built 11 intelligent coal mines and 47 intelligent working faces": the next count, its noun between.
# "The primary industry added 1.83 billion yuan, up 2.1 percent": its value added, a level.
_INDUSTRY_ADDED = re.compile(r"\b(?:industry|industries|sector|manufacturing|economy)\s+added\s+(?:about\s+|nearly\s+)?$", re.I)
_AND_NEXT_COUNT = re.compile(r"\s+(?:more\s+|new\s+)?(?:[A-Za-z-]+\s+){1,6}?(?:,\s*)?and\s+(?:another\s+|about\s+|"
                             r"nearly\s+|some\s+)?", re.I)
_GROWTH_OF = re.compile(r"\s*,?\s*(?:with\s+)?(?:an?\s+)?(?:average\s+)?(?:annual\s+|yearly\s+)?(?:growth|increase|rise)"
                        r"(?:\s+rate)?\s+of\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+|at\s+least\s+)?", re.I)
_CAPACITY_OF = re.compile(r"\bcapacity\s+of\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$", re.I)
_SO_FAR = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+|now\s+)?[a-z]+\s+(?:about\s+|nearly\s+|"
                     r"over\s+|more\s+than\s+)?$", re.I)
_TOTAL_TO = re.compile(r"\btotal\s+(?:to|of)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|above\s+)?$", re.I)
_AN_AMOUNT = re.compile(r"\b(?:set\s+up|establish|launch|create)\s+an?\s+$", re.I)
_CUT_OR_RAISE = re.compile(r"\b(?:%s)\b" % "|".join(_WORDS["cut_or_raise"].split()), re.I)
_BY = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+)?$", re.I)
_MORE_THAN_BASE = re.compile(r"\s*(?:[a-z-]+\s+)?(?:more|fewer|less)\s+than\s+(?:a\s+year|in\s+the\s+same|the\s+same|"
                             r"last\s+year|the\s+previous|(?:at\s+)?the\s+end\s+of\s+(?:(?:the\s+previous|last)\s+year|(?:19|20)\d\d)|in\s+(?:19|20)\d\d|"
                             r"(?:19|20)\d\d)", re.I)
_CONTRIBUTION = frozenset(_WORDS["contribution_cues"].split())
_PARTS: dict[str, str] = _WORDS["parts"]
_SEGMENTS = {whole: frozenset(ids.split()) for whole, ids in _WORDS["segments"].items()}
_OWN_PARTS = {generic: frozenset(ids.split()) for generic, ids in _WORDS["own_parts"].items()}
_SUBPLACES = "|".join(_WORDS["subplaces"].split())
# "A hydrogen plant in the city's Yungang district reached ...": one unit, not the place.
_SINGLE = re.compile(r"\b(?:a|an|the|its|one)\s+(?:[\w-]+\s+){0,3}?(?:%s)\b(?!s)" % "|".join(_WORDS["single_units"].split()),
                     re.I)

# "The park, set up in 2009 ..., generated 46.3 billion yuan", "Taxes paid by park firms came to":
# a sentence about one park, plant or zone (its figures are not its city's).
_SINGLE_SUBJECT = re.compile(r"\s*(?:(?:The|Its|This)\s+(?:[\w-]+\s+){0,2}?(?:%s)\b(?!s)(?:'s)?|[\w\s]{0,30}?\b(?:park|zone)\s+"
                             r"(?:firms|companies|enterprises)\b)" % "|".join(_WORDS["single_units"].split()))
_OF_GDP = re.compile(r"\s+of\s+(?:(?:its|their|the|the\s+(?:city|province|country|nation)'s)\s+)?(?:GDP|gross\s+"
                     r"domestic\s+product)\b", re.I)
_PLACE_WORD = re.compile(r"\b(?:city|province|county|district|nation|country)(?:'s)?\b|\bShanxi\b", re.I)

# A company or a county named before the figure: its figures are its own, not its city's
# ("Shanxi Huitong Hydrogen Energy Co ... reported revenue of", "In Shanyin county, 15 of").
_ONE_BODY = re.compile(
    r"\b[A-Z][\w&'\u2019-]*(?:\s+(?:\([A-Z][\w]*\)|[A-Z][\w&'\u2019-]*))*\s+(?:Co|Corp|Ltd|Inc)\b"
    r"|\b(?:%s)\b" % "|".join(
        re.escape(cue.strip()).replace(r"\ ", r"\s+") for cue in _WORDS["company_cues"].split(",")))
_COUNTY = re.compile(r"\b(?!(?:The|This|That|Each|Every|One|Its|Their|A|An)\b)[A-Z][a-z]+\s+(?:county|district)\b"
                     r"(?![\s-]+level)"
                     # "Per capita disposable income of the county's rural residents", "The county's copper
                     # processing industry had output value of 5 billion yuan": the county's own.
                     r"|\b(?:of\s+)?the\s+(?:county|district)(?:'s|\u2019s)\s"
                     # "Coke output in the county reached ...", "For the county of 220,000 people".
                     r"|\bin\s+the\s+(?:county|district)\b(?!\s+seat)|\bthe\s+(?:county|district)\s+of\s+$")

# A place's people: "a city of 4.77 million people", "the province, home to 35 million residents".
_INHABITANTS = re.compile(r"\s*(?:people|residents|inhabitants)\b", re.I)
_PLACE_OF = re.compile(r"\b(?:city|province|county|region|prefecture|home)\s+(?:of|to)\s+"
                       r"(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?$", re.I)
# A place's land: "a city of 3.1 million people spread over 14,176 square kilometers",
# "the county covers an area of 2,090 square kilometers".
_LAND_BEFORE = re.compile(r"(?:\b(?:people|residents|inhabitants)\s+(?:\w+\s+)?(?:over|on|across|in)"
                          r"|\b(?:covers?|covering|spans?|spanning)(?:\s+an?\s+(?:total\s+)?area\s+of)?"
                          r"|\b(?:total|land)\s+area\s+(?:of|is|was)"
                          r")\s+(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+|over\s+)?$", re.I)
# "Of the 6,912 industrial enterprises above designated size, 1,178 ...": a sentence that opens on the whole.
_OF_THE_WHOLE_FIRST = re.compile(r"\s*Of\s+(?:the|its|their|these|(?:the\s+)?[A-Z][a-z]+['\u2019]s)\s+(?:[\w-]+\s+)?\d[\d,]*\s+[^,;.]{3,90},\s*$")
# A count that names its things by pointing back: "Eight of them", "Of the 10, six are ...".
_POINTS_BACK = re.compile(r"\s*of\s+(?:them|these|those)\b(?!\s+[a-z-]+s\b)", re.I)
_OF_THE = re.compile(r"\bof\s+the\s+$", re.I)
_AND_THEN = re.compile(r"[^\d;:.]{0,60}?(?:\band|,)\s+", re.I)
# "181 of them, Jinzhong has 47 and Datong 38": the next place's part.
_PLACE_ITEM = re.compile(r"[^\d;:.]{0,60}?(?:,|\band)\s+[A-Z][a-z]+\s+(?:has\s+|had\s+|with\s+)?")
_PART_OF_ALL = re.compile(r"^\s*(?!(?:new|newly|industrial|more|additional|such|number|total)\b)[a-z][\w-]*\s+(?:[\w,-]+\s+){0,4}?"
                          r"(?:enterprises|companies|firms)\b|\bdesignated\s+size\s+(?:in|of)\s+"
                          r"(?!the\s+(?:city|province|county|region|quarter|year|period|month|first|second|third|"
                          r"fourth|past|last|same)\b|(?:19|20)\d\d\b|(?:this|last|that)\s+(?:year|quarter|month)\b)", re.I)
# "14 industrial enterprises above designated size": the statistics' own count (not "semiconductor
# materials enterprises above designated size", an industry's part of it).
_ABOVE_SIZE = re.compile(r"(?:\bindustrial\s+(?:enterprises|companies|firms)|(?<=\d\s)(?:enterprises|companies|firms))"
                         r"\s+above\s+designated\s+size\b"
                         r"|\babove-designated-size\s+list\b|\b(?:added|included)\s+above\s+designated\s+size\b", re.I)
# "There were 412 such enterprises", after a sentence on enterprises above designated size (their
# value added, say): the same ones.
_PART_OF_A_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")
_MILESTONE_IN_PART = re.compile(r"\b(?:production|operation|operations|completion|service)\s+(?:[a-z]+\s+){0,2}?"
                                r"(?:in|by)\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\b", re.I)
_THEIR = re.compile(r"\s*(?:[A-Z][\w ,'-]{0,40},\s*)?(?:their|they)\b", re.I)  # a sentence whose subject is the ones before
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those|which)\b(?!\s+(?:are|were|is|was)\b)", re.I)
_ABOVE_SIZE_NAMED = re.compile(r"\b(?:enterprises|companies|firms)\s+above\s+designated\s+size\b|"
                               r"\babove-designated-size\b", re.I)
_SUCH_FIRMS = re.compile(r"\bsuch\s+(?:enterprises|companies|firms)\b", re.I)
_EMPLOYS = re.compile(r"\b(?:employ|employs|employed|employing|provides?\s+(?:a\s+living|jobs)\s+for)\s+"
                      r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|around\s+|some\s+|almost\s+)?$", re.I)
_PEOPLE = re.compile(r"\s*(?:[a-z-]+\s+)?(?:people|workers|staff|employees|farmers|residents|engineers|technicians|"
                     r"students|graduates|professionals|talents)\b", re.I)
_AN_INDUSTRY = re.compile(r"\b(?:sector|industry|industries|cluster|they)\b", re.I)
_UNIT_NOUN = re.compile(r"\s*(?:units|sets|pieces)\b", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who)\b", re.I)
_IVA_PHRASE = re.compile(r"\bindustrial\s+(?:value\s+added|added\s+value)\b", re.I)
_OF_IVA_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?:the|its|their|our)\s+)?(?:[\w'\u2019-]+\s+){0,2}?industrial\s+"
                           r"(?:value\s+added|added\s+value)\b", re.I)
_EACH_EARNS = re.compile(r"\s+(?:(?:more|less)\s+)?(?:each|apiece|a\s+head|per\s+(?:person|head|capita|household|"
                         r"family|worker|employee|farmer|resident))\b", re.I)
_NEW_ENERGY = re.compile(r"\b(?:new(?:\s+and\s+clean)?\s+energy|renewables?|wind\s+and\s+solar|solar\s+and\s+wind|"
                         r"clean\s+energy|non-fossil)\b", re.I)
_PER_UNIT_OF_IVA = re.compile(r"\bper\s+(?:10,000\s+yuan|ten\s+thousand\s+yuan|unit)\s+(?:of\s+)?(?:the\s+)?industrial\s+"
                              r"(?:value\s+added|added\s+value)\b[^.;]{0,60}$", re.I)
_SHARE_OF_IVA = re.compile(r"\bshare\s+(?:of|in)\s+(?:(?:the|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,2}?industrial\s+"
                           r"(?:value\s+added|added\s+value)\b[^.;]{0,60}$", re.I)
BATCH_IDS = ("project-count", "project-investment")  # a batch of projects is counted wherever it is
_NUMBER_OF_PROJECTS = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}projects\b[^.;]{0,100}?\b(?:was|were|is|stood\s+at|"
                                 r"reached|totaled)\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)
_INVESTMENT_OF = re.compile(r"\binvestment\s+of\s+(?:about\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
_IN_PROJECTS = re.compile(r"\s+in\s+(?:[\w-]+\s+){0,2}projects\b", re.I)
_A_PLACE_OF = re.compile(r"\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:city|county|province|town|district|region|place|township)\s+of\s+(?:about\s+|some\s+|"
                         r"nearly\s+|more\s+than\s+|over\s+)?$|\bpeople\s+(?:covering|across|spread\s+over)\s+(?:about\s+|"
                         r"some\s+|nearly\s+)?$", re.I)
_CHANGE_OF_BEFORE = re.compile(r"\b(?:growth|increase|rise|reduction|decline|decrease|drop|cut)(?:\s+rate)?\s+of\s+(?:about\s+|"
                               r"around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|at\s+least\s+)?$", re.I)
_CHANGE_IN = re.compile(r"\s+in\s+(?:the\s+)?([^;:.()]{3,120})")
_AS_A_WHOLE = re.compile(r"\bas\s+a\s+whole\b", re.I)
# "against 10.6 percent growth in fixed-asset investment for the province": named after its growth.
_GROWTH_IN_AFTER = re.compile(r"\s+(?:growth|increase|rise|decline|drop)\s+in\s+(?:the\s+)?([^;:.(),]{3,120})", re.I)
_IT_TO = re.compile(r"\b(?:lift|raise|increase|boost|push|expand|grow|double|take)\s+(?:it|that(?:\s+figure)?|the\s+figure|this)\s+"
                    r"to\s+(?:about\s+|over\s+|more\s+than\s+|at\s+least\s+)?$|\b(?:it|that|the\s+figure)\s+to\s+(?:reach|exceed|top|"
                    r"hit|pass)\s+(?:about\s+|over\s+|more\s+than\s+)?$", re.I)
_POLICY_TERM = re.compile(r"\b(?:subsid(?:y|ies)|rewards?|awards?|allowances?|bonus(?:es)?|grants?|rebates?|stipends?)\s+of\s+"
                          r"(?:up\s+to\s+|about\s+|as\s+much\s+as\s+|between\s+)?$|\bcapped\s+at\s+$", re.I)
# A grant made, not a rule's term: "gave the project a subsidy of 20 million yuan", "37 enterprises will
# share subsidies of 41.6 million yuan", "12 projects, with subsidies of 8.4 million yuan".
_ONE_GRANT = re.compile(r"\b(?:gave|given|received|got|won|granted|awarded|paid|shared?|with)\b(?:(?!\beach\b)[^.;])*$", re.I)
# A rule's cap or rate per beneficiary: "up to 10 million yuan per company", "10 percent of the purchase
# price", "reward enterprises ... with 10 percent".
_PER_BENEFICIARY = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:per|for\s+each|to\s+each|each)\s+(?:new\s+)?(?:company|companies|"
                              r"enterprise|household|family|person|worker|engineer|project|firm|plant|student|"
                              r"technician|applicant|vehicle|truck)\b", re.I)
_UP_TO = re.compile(r"\b(?:up\s+to|capped\s+at|no\s+(?:more|higher)\s+than|at\s+most)\s+$", re.I)
_OF_THE_PRICE = re.compile(r"^\s+of\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:price|cost|costs|investment|spending|"
                           r"interest|bill|bills)\b", re.I)
_TERM_WORD = re.compile(r"\b(?:subsid(?:y|ies|ize|izes)|rewards?|awards?|rebates?|allowances?|grants?|cover|covers|pays?|"
                        r"refunds?|reimburses?)\b", re.I)
_NATIONAL_STANDARD = re.compile(r"\b(?:national|state)\s+(?:[\w-]+\s+){0,2}?(?:standard|limit)\b[^.;]{0,40}$", re.I)


# A ceiling a rule sets, whatever its unit: "capped at 5 million yuan", "can receive up to 30 million yuan",
# "70 percent of the price, up to 24,000 yuan" ("a block of up to 16 tons", "sells for up to 12,000 yuan"
# are sizes and prices).
_CEILING = re.compile(r"\b(?:capped\s+at|at\s+most|no\s+more\s+than|"
                      r"(?:(?:receive|get|offer|give|pay|cover|award|grant)s?\s+(?:[\w-]+\s+){0,2}?|\d[^,;.]{0,40},\s*)up\s+to)"
                      r"\s+(?:about\s+)?$", re.I)


def is_cap(ctx: Context) -> bool:
    """The most a rule gives each taker: "up to 10 million yuan per company"."""
    return bool(_UP_TO.search(ctx.sentence[max(0, ctx.start - 60):ctx.start])
                and _PER_BENEFICIARY.match(ctx.sentence[ctx.end:ctx.end + 60]))


def is_term(ctx: Context, unit: str | None) -> bool:
    """A policy's term, ceiling or standard, which holds whenever the rule applies and has no period:
    "a one-off award of 500,000 yuan", "a rebate of 5 percent of the purchase price, up to 10 million
    yuan per company", "can receive up to 3 million yuan", "the national standard of 35 micrograms"."""
    before = ctx.sentence[max(0, ctx.start - 60):ctx.start]
    after = ctx.sentence[ctx.end:ctx.end + 60]
    if unit in ("CNY", "USD", "percent", "percentage-points") and _POLICY_TERM.search(before) \
            and not _ONE_GRANT.search(before):
        return True
    if unit in ("CNY", "USD") and is_cap(ctx):
        return True
    if _CEILING.search(ctx.sentence, max(clause_of(ctx.sentence, ctx.start, ctx.end)[0], ctx.start - 40), ctx.start):
        return True
    if unit == "percent" and _OF_THE_PRICE.match(after) and _TERM_WORD.search(before):
        return True
    return bool(_NATIONAL_STANDARD.search(before)) and not re.search(r"\d", before[-40:])


_YEAR_FIGURE_OF = re.compile(r"\bthe\s+((?:19|20)\d\d)\s+(?:figure|level)\s+of\s+(?:about\s+|nearly\s+|around\s+|"
                             r"almost\s+|some\s+)?$", re.I)
# A batch of projects and its money: "three projects", "28 industrial projects"; "projects worth", "with
# (a) total investment of".
_PROJECTS_NOUN = re.compile(r"(?:[\w-]+\s+){0,3}(?:projects|deals|contracts)\b", re.I)
_BATCH_MONEY = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
                          r"\s+(?:[\w-]+\s+){0,3}(?:projects|deals|contracts)\b(?:,[^.;]{0,160}?,)?[^.;]{0,40}?\b(?:worth|(?:with|have|has|had)\s+(?:a\s+)?(?:total|combined|planned)"
                          r"(?:\s+annual)?\s+investment\s+of|(?:totaling|totalling)|account(?:s|ed)?\s+for)\s+(?:about\s+|nearly\s+|over\s+|"
                          r"more\s+than\s+|some\s+)?$", re.I)
_PROJECTS_WORD = re.compile(r"\bprojects\b", re.I)
_COMPLETED_INVESTMENT = re.compile(r"\bcompleted\s+(?:an?\s+)?investment\s+of\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|"
                                   r"some\s+)?$", re.I)
_INVESTMENT_COMPLETED = re.compile(r"\s+of\s+investment\s+(?:was\s+|were\s+|had\s+been\s+)?completed\b", re.I)
_AN_INDUSTRYS_MEASURE = re.compile(
    r"\b(?:output\s+value|revenue|sales(?:\s+revenue)?)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][a-z]+['\u2019]s\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:industry|industries|sector)\b[^.;]{0,40}$"
    r"|\b(?:industry|industries|sector)\s+(?:with\s+(?:an?\s+)?(?:annual\s+)?)?(?:output\s+value|revenue|sales)\b[^.;]{0,30}$",
    re.I)
# "The city's pharmaceutical industry reported revenue of 7.3 billion yuan": a company's cue said of an industry.
_AN_INDUSTRY_REPORTED = re.compile(r"\b(?:industry|industries|sector|sectors)\s+reported\b", re.I)
_GOAL_FOR_IT = re.compile(r"^[^;:.]{0,80}?\b(?:aims?\s+(?:for|at)|targets?|to\s+reach|plans?\s+(?:for|to\s+reach)|wants?"
                          r"|(?:is|are)\s+expected\s+to\s+reach|goal\s+(?:is|of))\s+(?:about\s+|nearly\s+|"
                          r"more\s+than\s+|over\s+|at\s+least\s+)?$", re.I)
_GOAL_SUBJECT = re.compile(r"\s*(?:The|Its|Their)\s+(?:plan|government|city|province|country|goal|target)\b|\s*It\b")
_OF_A_GOAL = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:annual\s+|yearly\s+|full-year\s+)?(?:target|goal|plan)\b",
                        re.I)
_EXPORTS_OF_A_PRODUCT = re.compile(r"\bexports?\s+of\s+(?:(?!(?:the|its|their|all|goods|products|services|shanxi|china)\b)"
                                   r"[a-z][\w-]*"
                                   # "Exports of the sector", "Exports of the province's medical devices",
                                   # "Exports of Shanxi's carbide products": an industry's, not the place's.
                                   r"|(?:the\s+)?(?:sector|industry)\b"
                                   r"|(?:the\s+)?(?:province|city|county|[A-Z][a-z]+)['\u2019]s\s+(?!(?:total|overall|goods)\b)"
                                   r"[a-z][\w-]*)", re.I)
_AND_BEFORE = re.compile(r"\d[^;:.]*?,\s*and\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_PART_SAID_AFTER = re.compile(r"(?:\s*,\s*or\s+[^,;]{1,30},)?\s+(?:was|were)\s+(?=[a-z])")
_OF_WHICH = re.compile(r",\s*(?:of|among)\s+which\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_INDUSTRIAL_OUTPUT_GREW = re.compile(r"\bindustrial\s+output\s+(?:of\s+(?:industrial\s+)?enterprises\s+above\s+"
                                     r"designated\s+size\s+|above\s+designated\s+size\s+)?(?:%s)\s+(?:by\s+)?$"
                                     % "|".join(_WORDS["growth_verbs"].split()), re.I)
# Words that hedge an amount: "about", "nearly", "more than" ...
_ABOUT = r"(?:about\s+|nearly\s+|around\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+|some\s+)?"
# The verbs of making, past and present, shared by the patterns below.
_MADE = r"(?:produced|made|manufactured|turned\s+out|mined)"
_MAKES_NOW = r"(?:produces|makes|manufactures|turns\s+out)"
_PRODUCED = re.compile(rf"\b(?:{_MADE}|rolled\s+out|assembled|{_MAKES_NOW})\s+" + _ABOUT + "$", re.I)
_MAKES = re.compile(r"(?<!\bIt\s)(?<!\bThey\s)(?<!\bcan\s)(?<!\bto\s)(?<!\bwill\s)\b(?:" + _MADE
                    + r"|(?:aims?|plans?|wants?)\s+to\s+(?:produce|make|manufacture|turn\s+out))\s+" + _ABOUT + "$", re.I)
_CITY_MADE = re.compile(r"(?:\b[A-Z][a-z]+(?:\s+(?:in|of)\s+[A-Z][a-z]+(?:\s+[Pp]rovince)?)?\s+" + _MADE +
                        # "China makes about 350 billion hollow capsules a year", "The city produced ...": not a
                        # firm's name ("Yuxin Building Materials turns out"), not "trains from the city made".
                        r"|(?:(?<![a-z]\s)[A-Z][a-z]+|(?<!\bfrom\s)(?<!\bin\s)(?<!\bof\s)\b[Tt]he\s+(?:city|county|province|country))"
                        r"\s+(?:" + _MADE + "|" + _MAKES_NOW + r"))\s+" + _ABOUT + "$")
# "Taiyuan's forklift makers produced", "Nationwide, robot makers produced": a place's makers, all of them.
_MAKERS_MADE = re.compile(r"(?:\b[A-Z][a-z]+['\u2019]s|\b(?:city|county|province|country|nation)['\u2019]s|"
                          r"^\s*(?:Nationwide|Across\s+(?:China|the\s+country|the\s+province)),)\s+(?:[a-z-]+\s+){0,3}?"
                          r"(?:makers|producers|manufacturers)\s+" + _MADE + r"\s+" + _ABOUT + "$"
                          # "The makers turned out ...", "Wind power equipment makers delivered ...": opening the
                          # sentence, the makers of the industry the article is about, not a few of them.
                          r"|^\s*(?:(?:From|In|During|Over|Since|By)\s+[^,;]{1,40},\s*)?"
                          r"(?!(?:[Tt]he\s+)?(?:two|three|four|five|both|these|those|its|their|some|several|many|most)\b)(?:[Tt]he\s+)?"
                          r"(?:[A-Za-z-]+\s+){0,3}?(?:makers|producers|manufacturers)\s+(?:" + _MADE + r"|delivered)\s+"
                          + _ABOUT + "$")
# "makes nearly a third of the world's magnesium alloy wheels", "supplies about a third of the country's
# codonopsis root": a place's share of what the world or the country makes of a product.
_MAKES_SHARE = re.compile(r"\b(?:makes|made|produces|produced|supplies|supplied|grows|grew|mines|mined|turns\s+out)\s+"
                          + _ABOUT + "$", re.I)
_COAL_ITSELF = re.compile(r"(?:raw\s+)?coal\b(?![\s-]+(?:products|chemicals|tar|gas|bed|based|derived|fired|mines?|mining|"
                          r"industry|sector|power|reserves|consumption|use))", re.I)
_OF_A_WHOLES_GOODS = re.compile(r"\s+of\s+(?:the\s+world|China|the\s+country|the\s+nation|Shanxi|the\s+province)"
                                r"['\u2019]s\s+(?!(?:GDP|economy|total\s+investment|investment|exports|imports|"
                                r"population|people|area|land|reserves)\b)[a-z]", re.I)
# "Nationwide, 237,000 industrial robots were made in 2020": a product's output, said in the passive.
_WERE_MADE = re.compile(r"\s*(?:[a-z-]+\s+){1,3}?(?:were|was)\s+(?:made|produced|manufactured)\b(?!\s+(?:by|at|in\s+the)\b)")
_SHARE_OF_OUTPUT = re.compile(r"\s+of\s+(?:the\s+)?(?:world|China|the\s+country|the\s+nation|Shanxi|the\s+province|"
                              r"national)(?:['\u2019]s)?\s+(?!(?:GDP|industrial|economy|total\s+investment)\b)"
                              r"(?:[a-z-]+\s+){1,3}?(?:output|production|supply)\b", re.I)
_COAL_MINES = re.compile(r"\b(?:coal\s+mines?|collier(?:y|ies)|coal\s+(?:production\s+)?capacity)\b", re.I)
_INTELLIGENT = re.compile(r"\b(?:intelligent|smart)\b", re.I)
_COKING = re.compile(r"\bcok(?:e|ing)\b", re.I)
_PRODUCT_OUTPUT = re.compile(r"\b(?!(?:industrial|economic|total|annual|its|their|the|of|new|energy|power)\b)[a-z-]{3,}"
                             r"\s+output\b(?!\s+(?:value|per)\b)", re.I)
_OF_IT_THERE = re.compile(r"\s+of\s+(?:it|them)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:in|at|from|exported|sold)\b",
                          re.I)
_BASE_YEAR = re.compile(r"\s+(?:(?:the|its|their|that\s+of|those\s+of)\s+((?:19|20)\d\d)"
                        r"(?:\s+(?:figure|level|total|output))?\b"
                        # "double the 880 million yuan of 2018": the base said as its amount
                        r"|(?:the|its|their)\s+(?:\d[\d.,]*\s+(?=[a-z]))?(?:[a-z-]+\s+){1,2}?(?:of|in)\s+((?:19|20)\d\d)\b)", re.I)
# What may stand between a goal and its deadline: its noun and a rate ("12 aircraft a year by ").
_OWN_DEADLINE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?(?:\s+(?:a|per|each)\s+year)?\s+", re.I)
_MULTIPLE_BASE = re.compile(r"\b(?:double|twice|triple|treble|quadruple|times|fold)\s+(?:the|its|their|that\s+of|"
                            r"those\s+of|what\s+it\s+was|what)\b(?:(?!\b(?:to|by)\b)[^.;,]){0,60}$", re.I)
_BASE_FROM = re.compile(r"\s+(?:(?:year[\s-]on[\s-]year\s+)?(?:more|less|fewer|higher|lower)\s+than|from|over|against|"
                        r"compared\s+with|below|above)\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:(?:same\s+\w+(?:\s+\w+)?|"
                        r"end|level|peak|figure|first\s+half|whole)\s+(?:of|in)\s+)?(?:a\s+peak\s+in\s+)?"
                        r"((?:19|20)\d\d)\b(?:\s+(?:level|figure|edition|peak))?(?!\s*[-\u2013]\s*\d)", re.I)
_LAST_YEARS = re.compile(r"\s+(?:the\s+)?(?:last|previous)\s+year['\u2019]s\b", re.I)
# "three times as many as five years ago", "twice as much as in 2015", "double its price two years
# ago": the base of a multiple.
_BASE_AGO = re.compile(r"\s+(?:as\s+(?:many|much|high|large|big)\s+as\s+(?:in\s+)?|(?:its|their|the)\s+[a-z-]+\s+)"
                       r"(?:(?P<y>(?:19|20)\d\d)\b"
                       r"|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<u>years?|decades?)\s+ago\b)",
                       re.I)
_ANNUAL_TARGET_OF = re.compile(r"\b(?:annual|yearly|full-year|this\s+year's)\s+(?:target|goal|plan)\s+of\s+"
                               r"(?:about\s+|nearly\s+|more\s+than\s+)?$", re.I)
_TARGET_OF = re.compile(r"\b(?:target|goal|(?:annual|yearly|full-year)\s+plan)\s+of\s+(?:about\s+|nearly\s+|more\s+than\s+)?$", re.I)
_WITH_INVESTMENT = re.compile(r"\bwith\s+(?:a\s+|an\s+)?(?:total\s+|planned\s+)?investment\s+of\s+"
                              r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+|around\s+)?$", re.I)
_IT_SUBJECT = re.compile(r"\s*(?:(?:In|Over|During|Since)\s+[^,]{1,40},\s*)?(?:it|its)\b", re.I)
_PROJECTS = re.compile(r"\b(?:key|major|listed|these|the)\s+(?:[\w-]+\s+)?projects\b", re.I)
# "The number of industrial enterprises above designated size reached 1,026": what the number is of.
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+([^,;:.\d]{3,80}?)\s+(?:(?:has|had|have|will)\s+)?(?:reached|rose|grew|"
                        r"increased|climbed|stood|was|were|hit|totaled|totalled|fell|dropped|reaches|reach|rises|rise|"
                        r"grows|grow|stands|stand|hits|hit|totals|total|is|are)\s+"
                        # "rose 23 percent to 287": the count after its growth
                        r"(?:(?:by\s+)?[\d.]+\s*(?:percent|%|per\s+cent)\s+(?:year[\s-]on[\s-]year\s+)?(?=to\s))?(?:to\s+|at\s+)?"
                        r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
_NO_NOUN = re.compile(r"\s*(?:by|in|at|this|next|before|[,.;:)]|$)", re.I)
_OUTPUT = re.compile(r"\boutput\b(?!\s+per\b)(?![^,;:]*\bof\b)", re.I)
_THE_RATE = re.compile(r"\b(?:the|this|that|its)\s+(?:[a-z-]+\s+)?(?:rate|share|ratio|proportion)\s+(?:[a-z]+\s+){0,2}?$", re.I)
_OF_THE_N = re.compile(r"\bof\s+(?:the|these|those|them,?)\s*(?:\d[\d,]*|[a-z]+)?\s*,\s*$", re.I)

# Units that measure the same thing: a yuan amount and its dollar conversion.
_FAMILY = {"USD": "CNY"}
# Indicators written in more units than their own ("7 billion cubic meters of coalbed methane").
_OF_NAMES: dict[str, str] = _WORDS["of_names"]
_MORE_UNITS = {ident: frozenset(u.strip() for u in units.split(",")) for ident, units in _WORDS["more_units"].items()}
_FACILITY = frozenset(_WORDS["single_units"].split()) | {"well", "wells", "line", "lines", "enterprise", "enterprises"}
_MORE_FAMILIES = {ident: frozenset(u.strip() for u in units.split(","))
                  for ident, units in _WORDS["more_unit_families"].items()}

# A definition or threshold: "those with annual revenues of 20 million yuan or
# more", "enterprises of designated size (annual sales revenue of more than ...)".
_DEFINITION = re.compile(
    r"\b(?:those|ones|enterprises|companies|firms|projects|units)(?:\s+(?:under\s+construction|in\s+operation|under\s+way|"
    r"(?:being\s+)?(?:planned|signed|started|built)))?(?:,?\s+each)?\s+(?:with|whose|of|worth)\b[^.;:]{0,60}$", re.I)
_AT_LEAST = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:or\s+(?:more|above)|and\s+above)\b", re.I)
_MORE_THAN = re.compile(r"\b(?:more\s+than|over|above|at\s+least|exceeding)\s*$", re.I)
_THRESHOLD_AFTER = re.compile(r"(?:[^.;]|\.\d){0,40}?,\s*(?:the|a)\s+(?:national\s+|statistical\s+)?(?:(?:threshold|line|bar)\s+"
                              r"(?:for|of)|(?:[\w-]+\s+){0,2}?(?:at|above)\s+which)\b", re.I)
_NATIONAL_RULE = re.compile(r"designated\s+size|above[\s-]scale", re.I)
# "enterprises above designated size, meaning annual main business revenue of 20 million yuan or more"
_SIZE_MEANING = re.compile(r"(?:designated\s+size|above[\s-]scale)\s*,?\s*(?:\(\s*)?(?:meaning|i\.e\.|that\s+is|defined\s+as|"
                           r"or\s+those\s+with|with|whose)\b[^.;:]{0,60}$", re.I)
# A bound on what a rule or plan covers: "all mines with an annual capacity of 1.2 million
# tonnes or more", "coking plants with an annual capacity below 1 million tonnes", "coke
# ovens of 4.3 meters or below". It measures nothing, has no period and keeps its place.
_BOUNDED = re.compile(r"\b[A-Za-z-]+s\s+(?:with|whose|of|worth)\b[^.;:,]{0,60}$", re.I)
_BOUND_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:or|and)\s+(?:more|above|over|below|less|under|fewer|lower|higher)\b",
                          re.I)
_BOUND_BEFORE = re.compile(r"\b(?:below|under|above|over|less\s+than|more\s+than|at\s+least|exceeding|up\s+to)\s*$",
                           re.I)

_REQUIRED = re.compile(r"\b(?:must|required\s+to|requires?|needs?|have\s+to|has\s+to)\b[^.;:]{0,50}?"
                       r"\b(?:at\s+least|no\s+(?:less|fewer|more|higher|lower)\s+than|not\s+(?:less|more)\s+than|"
                       r"below|under|above|a\s+minimum\s+of|a\s+maximum\s+of)\s+$", re.I)
_MUST = re.compile(r"\b(?:must|should|required\s+to|need\s+to|needs\s+to|has\s+to|have\s+to|"
                   r"(?:is|are)\s+(?:open|limited)\s+to)\b[^.;:]*$", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|combined|aggregate|overall)\b", re.I)
_EACH_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?each\b", re.I)

# Where one statement ends and the next begins inside a sentence.
_BOUNDARY = re.compile(r"[;:]|\s[\u2013\u2014]\s|,\s*(?:and|while|whereas|but|which|(?:of|among)\s+which)\b|,\s*(?=with\b|whose\b)"
                       # "..., as Shanxi province races to meet its targets": the reason, a statement of its own.
                       r"|,\s*as\s+(?=(?:the\s+|its\s+|their\s+)?(?:[A-Z][a-z]+\s+|[a-z]+\s+){0,2}?(?:races?|rushes|rush|"
                       r"seeks?|tries|try|moves?|pushes|push|works?|aims?|looks?|prepares?|plans?|steps\s+up|strives?)\b)"
                       r"|\s+and\s+(?=(?:plans?|aims?|will|intends?|expects?|hopes?|seeks?"
                       r"|(?:is|are)\s+(?:expected|set|projected|likely|due|scheduled)\s+to)\b)", re.I)
# Where the noun phrase before a figure may start: any comma or "with" too.
# A bulletin's list (Meaning._list_item): a header of words before a colon, an item of a few
# words and a comma right before the figure, and the header's first word or words ("Output",
# "Value added", "Investment") to read with the item.
_PART_ITEM = re.compile(r"\d[^,]*,[^;]*?,\s*(?:of\s+which|and)\s+([A-Za-z][A-Za-z' -]{0,40}?\s*)$")
_LIST_HEADER = re.compile(r"[A-Za-z][A-Za-z' ,()-]{2,80}")
_LIST_ITEM = re.compile(r"\s*(?:and\s+)?([A-Za-z][A-Za-z' -]{0,40}?)(?:,\s*|\s+)(?:about\s+|nearly\s+|around\s+)?")
_HEADER_HEAD = re.compile(r"(.*?)(?:\s+(?:of|by|in|for|from)\b.*)?$", re.I | re.S)
# An industry as the subject of a growth rate ("the coal industry grew", ", equipment
# manufacturing" with the verb left out in a list).
_SECTOR_GROWTH = re.compile(
    r"(?:^|[,;:]\s*(?:and\s+|while\s+|with\s+)?|\band\s+|\bwhile\s+|\bwith\s+)(?:the\s+)?((?:[\w-]+\s+){0,2}(?:industry|industries|sector)|"
    r"(?:[\w-]+\s+){0,2}(?:manufacturing|mining)|production\s+and\s+supply\s+of\s+(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){1,6}|"
    # "electric power and heat production rose 11.8 percent" (the statistics' name of the power sector)
    r"(?:electric\s+)?power(?:,\s*|\s+and\s+)heat(?:\s+(?:production|supply))?(?:\s+and\s+supply)?)"
    # "Equipment manufacturing led the way with growth of 14.7 percent"
    # "mining up 10.6 percent", "the coal industry grew only 1.8 percent"
    r"\s*(?:(?:%s|up|down|led\s+(?:the\s+way\s+)?with\s+growth\s+of)\s+(?:by\s+)?(?:just\s+|only\s+|slightly\s+)?)?$"
    % "|".join(_WORDS["growth_verbs"].split()), re.I)
_ASIDE_BEFORE_VERB = re.compile(r",\s[^,;:\d]{1,80},\s+((?:%s)\s+(?:by\s+)?(?:just\s+|only\s+|slightly\s+)?)$"
                                % "|".join(_WORDS["growth_verbs"].split()), re.I)
# "Fixed-asset investment grew 26.4 percent, and industrial investment 41.2 percent", "the coal
# industry rose 3.1 percent, that of electricity 8.1 percent": the verb said once for a list.
_GREW_THEN = re.compile(
    r"\b(?:%s|up|down)\s+(?:by\s+)?[\d.]+\s*(?:percent|%%)"
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:that\s+of\s+|those\s+of\s+)?[A-Za-z][^,;:.\d]{0,60}?\s+[\d.]+\s*(?:percent|%%))*"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:that\s+of\s+|those\s+of\s+)?([A-Za-z][^,;:.\d]{0,60}?)\s+$"
    % "|".join(_WORDS["growth_verbs"].split()), re.I)
_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|accounted|account|accounts|made|make|makes|reached|stood|"
                     r"took|takes|contributed|represented|share|of)\b", re.I)
_NP_BOUNDARY = re.compile(r"[;:,]|\s[\u2013\u2014]\s|\bwith\b", re.I)
# A clause that reports what happened or is: its figure is a result.
_ACTUAL = re.compile(
    r"\b(?:reached|was|were|produced|grew|rose|increased|decreased|declined|fell|dropped|totaled|totalled|"
    r"hit|stood|amounted|recorded|registered|posted|exceeded|has\s+been|have\s+been|saw|achieved|now|"
    r"used|consumed|generated|added|built|completed|invested|attracted|created|signed|handled|exported|"
    r"imported|earned|made|has|have|had|already|runs|operates|employs|covers|hosts|houses|home\s+to|"
    r"(?:is|are)\s+(?:building|investing|constructing)|under\s+(?:construction|way)|started|began|"
    r"upgraded|shut|closed|eliminated|planted|harvested|received|shipped|sent|went|turned\s+out|spent|paid|"
    r"assembled|treated|processed|mined|delivered|sold|installed(?!\s+(?:power\s+|generating\s+)?capacity)|connected|reduced|removed|trained|recycled|"
    r"reused|drilled|bought|purchased|hired|supplied|served|welcomed|launched|doubled|tripled|expanded)\b", re.I)
# Goals the extractor's words miss: "should reach", "would create", "expects the base to
# generate", "is designed to turn out", "is due to start", "proposed a dividend", "forecasting".
_MORE_TARGET = re.compile(r"\b(?:should|would|expects?\s+(?:[\w'\u2019-]+\s+){1,8}?to|(?:is|are)\s+designed\s+to|"
                          r"(?:is|are)\s+due\s+to|proposed|forecast(?:s|ing)?|projected|"
                          r"when\s+(?:fully\s+)?(?:complete|completed|finished)|in\s+full\s+production)\b", re.I)  # goals and designs
# A start value is a result: "up from 2.8 percent in 2020"; so is the cost of a phase under way.
# Words of a goal that name no goal of the figure's: "projects with planned investment of ...",
# "54 percent of the annual target" (progress towards a goal is a result).
_NOT_A_GOAL = re.compile(r"\bplanned\s+(?=(?:total\s+)?(?:investment|capacity|output|area)\b)"
                         r"|\bof\s+(?:the|its|their)\s+(?:annual\s+|yearly\s+|full-year\s+)?(?:target|goal|plan)\b"
                         # "fell 3.5 percent, exceeding the provincial target": a result measured against a goal.
                         r"|\b(?:exceed\w*|beat\w*|met|surpass\w*|short\s+of|ahead\s+of|above|below)\s+"
                         r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:targets?|goals?)\b",
                         re.I)
_GOALS_INTRO = re.compile(r"\b(?:targets?|goals?)\b[^.]{0,100}?(?:\(\s*by\s+(?:the\s+end\s+of\s+)?(?P<by2>(?:19|20)\d\d)\s*\))?\s*:\s*$"
                          r"|^\s*by\s+(?:the\s+end\s+of\s+)?(?P<by>(?:19|20)\d\d)\s*[:,]\s*$"
                          # "By 2025, the city aims to:", "The county plans to:"
                          r"|^\s*(?:by\s+(?:the\s+end\s+of\s+)?(?P<by3>(?:19|20)\d\d)\s*,?\s+)?[^.:;]{0,80}?\b"
                          r"(?:(?:aims?|plans?|wants?|strives?|seeks?|intends?)\s+to|will|is\s+to|are\s+to)\s*:\s*$", re.I)
_BASE_OF_GOAL = re.compile(r"\b(?:from|against|compared\s+with|figure\s+of|level\s+of)\s+(?:about\s+|nearly\s+|"
                           r"around\s+|almost\s+|some\s+|roughly\s+)?$", re.I)
_GOALS_HEADING = re.compile(r"\b(?:targets?|goals?|tasks)\b(?:\s+(?:for|by)\s+(?P<by>(?:19|20)\d\d))?(?P<by2>)(?P<by3>)", re.I)
_ADDED_COUNT = re.compile(r"\b(?:installed|add|added|adding|another|an\s+additional)\s+(?:about\s+|nearly\s+|some\s+)?$", re.I)
_GOAL_ITEM = re.compile(r"\s*(?:--?|[\u2013\u2014\u2022*\u00b7]|\(?\d{1,2}[.)])\s+")
# "The main expected targets for this year are: GDP growth of 6.5 percent; ...": a list of goals.
_GOALS_LISTED = re.compile(r"\b(?:targets?|goals?)\b[^.:;]{0,80}?\b(?:are|include|is)\s*:", re.I)
_START_VALUE = re.compile(r"\b(?:from(?:\s+a\s+(?:low|high|peak)\s+of)?|costing|worth|(?:figure|level)\s+of)\s+" r"(?:about\s+|nearly\s+|around\s+|almost\s+|over\s+|"
                          r"more\s+than\s+|less\s+than\s+|under\s+|just\s+|roughly\s+|some\s+)?$", re.I)
_STATISTIC = re.compile(r"\byear[\s-]on[\s-]year\b|\b(?:up|down|rose|fell|grew|increased|decreased|declined|"
                        r"dropped|surged|jumped|climbed|slid|edged\s+up|took|accounted\s+for|made\s+up)\b"
                        r"|\b(?:during|in)\s+the\s+period\b|\bfrom\s+a\s+year\s+earlier\b"
                        # "Rail transit equipment exports reached 3.17 billion yuan": a flow over the period.
                        r"|\b(?:exports|imports|sales|output|revenue|production)\s+(?:reached|totaled|totalled|came\s+to|"
                        r"amounted\s+to|stood\s+at)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|announced)\b", re.I)
# "The plant, commissioned in 2019, alone processes ...": the aside dates the plant, not the figure.
_DATED_ASIDE = re.compile(r",\s*(?:which\s+was\s+)?(?:commissioned|built|founded|established|opened|launched|completed|"
                          r"set\s+up|approved|fitted|refitted|retrofitted|upgraded|rebuilt|expanded|installed|acquired)"
                          r"(?:\s+with(?:\s+[a-z-]+){1,3}?)?\s+(?:last\s+year(?=\s*,)|in\s+(?:\w+\s+)?(?:19|20)\d\d)"
                          r"(?:\s+and\s+(?:[a-z]+\s+){1,5}?in\s+(?:\w+\s+)?(?:19|20)\d\d)?\s*,"
                          # "A maker that moved out of the city in 2012 now builds ...": the clause dates the maker.
                          r"|\b(?:that|which|who)\s+(?:[a-z]+\s+){1,6}?in\s+(?:19|20)\d\d(?=\s+now\b)", re.I)
_NOW = re.compile(r"\bnow\b", re.I)
_SPAN = re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)(?![\d-])")
_PLAN_ORDINAL = re.compile(r"\b(1[2-6])th\s+Five-Year\s+Plan\b", re.I)
_NEXT_YEARS = re.compile(r"\bover\s+the\s+(?:next|coming)\s+(two|three|four|five|\d)\s+years\b", re.I)
_THE_PLAN_YEARS = re.compile(r"\b(?:over|during|in|throughout|for)\s+the\s+(?:(?:two|three|four|five)\s+years|period)\b",
                             re.I)
_WHICH_NOW = re.compile(r",\s*(?:which|that|who)\s+(?:now\s+)?(?:covers|has|employs|houses|holds|spans|is\s+home\s+to)\s+"
                        r"(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|around\s+)?$", re.I)
# A describing aside in the present: ", which produces about", ", which mines nearly".
_WHICH_DOES = re.compile(r",\s*(?:which|who)\s+(?:now\s+)?(?:[a-z]+[^s\W]s|has|is|are)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|"
                         r"over\s+|around\s+|roughly\s+|almost\s+)?$", re.I)
_AT_FULL = re.compile(r"\bat\s+full\s+(?:output|capacity|production|operation)\b|\bwhen\s+(?:fully\s+)?operational\b"
                      r"|\bwhen\s+(?:fully\s+)?(?:complete|completed|finished)\b(?!\s+(?:in|by)\s+(?:\w+\s+)?(?:19|20)\d\d)"
                      r"|\bin\s+full\s+production\b"
                      r"|\bonce\s+(?:fully\s+)?operational\b|\bwhen\s+running\s+at\s+full\b", re.I)
_PER_ITEM = re.compile(r"\b(?:every|each)\s+(?:[\w-]+\s+){0,3}?(?:ton|tonne|unit|kilogram|truck|vehicle|car|bus|kilowatt-hour|kwh|"
                       r"gigawatt|megawatt|cow|mu|hectare|"
                       r"cubic\s+meter|square\s+meter|wafer|panel|battery|module)\b"
                       # "each cashmere goat yields 400 to 600 grams of fiber a year": what one of a kind gives.
                       # ("spends 11 percent each year and holds 63 patents": a time, then another verb)
                       r"|\beach\s+(?!(?:year|month|week|day)\b)(?:(?!and\b)[\w-]+\s+){0,3}?(?:yields|weighs|holds|carries)\b", re.I)
_ANNUAL = re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.I)
# An infinitive ("put to use", "plans to make") is no present tense.
# "Power use by manufacturers surged", "the share of industrial water use": a noun, no verb.
_PRESENT = re.compile(r"(?<!\bto\s)(?<!\bpower\s)(?<!\benergy\s)(?<!\bwater\s)(?<!\bland\s)(?<!\bfuel\s)"
                      r"(?<!\belectricity\s)(?<!-)\b(?:is|are|has|have|employs|employ|operates|operate|runs|covers|cover|hosts|stretches|"
                      r"make|makes|use|uses|remains|houses|accounts|processes|produces|handles|supplies|serves|"
                      r"work|works|hold|holds|grow|grows|take|takes|sell|sells|buy|buys|burn|burns|smelts|need|needs|"
                      r"costs|earn|earns|pays|ships|owns|lies|can|raises|lifts|brings)\b(?!\s+(?:been\s+)?(?:expected|planned|scheduled|set|due))",
                      re.I)
# ", which makes laser modules, optical fiber and LED lighting,": an aside that describes, not dates.
# "Investment in technological transformation, in which enterprises upgrade equipment, ...": the same.
_DESCRIBING = re.compile(r",\s*(?:which|who)\s+[^,;]*$|,\s*(?:in|by|through|under)\s+which\s+[^;]*$", re.I)


def _present(sentence: str, first: int, last: int, start: int) -> bool:
    """A present-tense verb in the clause, outside an aside that describes its subject and
    closes before the figure at start."""
    # The aside is looked for in a window before the verb, so a long sentence costs linear time.
    return any(not (_DESCRIBING.search(sentence, max(0, first - 12, m.start() - 160), m.start())
                    and "," in sentence[m.end():start])
               for m in _PRESENT.finditer(sentence, first, last))


_FROM_OTHER = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?:about\s+|nearly\s+|more\s+than\s+|"
                         r"over\s+|less\s+than\s+|under\s+|almost\s+|roughly\s+|around\s+|some\s+|just\s+)?"
                         r"(?:RMB\s*|US\$\s*|\$|\u00a5)?"
                         r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\b"
                         r"|(?:nothing|zero|none|scratch)\b)", re.I)
# A time right after an earlier clause's base ("from RMB 3.06 billion in 2021; earnings were
# RMB 1.46"): that figure's, not the later one's.
# A share said right after a level, of the whole it is part of.
_LEVEL_THEN_SHARE = re.compile(r"(?:\s+of\s+[a-z][a-z\s-]{0,40}?)?\s*(?:last\s+year|this\s+year|in\s+(?:19|20)\d\d)?\s*,\s*(?:or\s+|which\s+is\s+|making\s+up\s+)?"
                         r"(?:about|nearly|roughly|around|some|almost|more\s+than|over|close\s+to)?\s*", re.I)
_OF_A_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:province|country|nation|city|world|[A-Z][a-z]+)['\u2019]s\s+|national\s+|"
                         r"provincial\s+|global\s+)?(?:total|output|production)\b")
# A share of firms: "a third of them", "60 percent of the enterprises".
_OF_FIRMS = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+|the\s+city['\u2019]s\s+|"
                       r"the\s+province['\u2019]s\s+)?(?:[\w-]+\s+){0,3}?(?:enterprises|companies|firms|makers|"
                       r"manufacturers|producers|them|total)\b", re.I)
_BEING_BUILT = re.compile(r"\b(?:is|are)\s+(?:now\s+)?building\b|\bunder\s+construction\b|\bbeing\s+built\b|"
                          r"\bwill\s+(?:have|house|hold)\b", re.I)
_SPEC_BEFORE = re.compile(r"\b(?:capacity\s+of|with|have|house|hold)\s+(?:about\s+|some\s+|around\s+|up\s+to\s+|"
                          r"more\s+than\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
_EVERY_TIME = re.compile(r"\bevery\s+" + _ABOUT + "$", re.I)
# Capacity in a sentence about coal mines, and plants of other kinds that have capacity too.
_CAPACITY_NEAR = re.compile(r"\bcapacity\b", re.I)
_MINES = re.compile(r"\b(?:coal\s+mines?|mines|collier(?:y|ies)|pits)\b", re.I)
_OTHER_PLANTS = re.compile(r"\b(?:cok(?:e|ing)|ovens?|steel|iron|power|kilowatts?|kW|cement|alumin(?:um|a)|chemical)\b", re.I)
# "Exports to ASEAN were 2.94 billion yuan; to the European Union, 2.31 billion yuan", "Private enterprises
# imported and exported 15.07 billion yuan": a market's or a kind of firm's part of the trade, not the place's.
_EXPORTS_TO = re.compile(r"\bexports?\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])|countries\s+(?:along|in|of)\b)", re.I)
_GROUP_TRADED = re.compile(r"\b(?:enterprises|companies|firms)\s+(?:imported\s+and\s+exported|exported)\b", re.I)
# A sentence about a group of makers told by its pronoun: "They produced ...", "They turned out ...".
_THEY_MADE = re.compile(r"\s*They\s+(?:[a-z]+\s+)?(?:produced|made|turned\s+out|manufactured|"
                        r"shipped|sold|make|produce|turn\s+out)\b")
# A product's exports: a noun before "exports" that is no place and no total.
_ITEM_EXPORTS = re.compile(r"(?<![\w'\u2019-])(?!(?:total|its|their|our|the|overall|annual|foreign|all|of|and|whose|"
                           r"goods|merchandise|commodity|commodities|trade|monthly|yearly|combined|which|with|where|"
                           r"that|when|as|while|but|so|whose|city|county|province|country|nation|national|provincial)\b)"
                           r"(?-i:[a-z][a-z-]+)\s+exports\b|^\s*(?-i:[A-Z][a-z]+s)\s+exports\b"
                           r"|(?<![\w-])(?-i:[A-Z][a-z]+s)\s+exported\s+by\b", re.I)
# A time said as the one before: "in the period", "over the same period", "during the period".
_IN_THE_PERIOD = re.compile(r"\b(?:in|over|during)\s+the\s+(?:same\s+)?period\b(?!\s+(?:of|last|a\s+year|in|from)\b)",
                            re.I)
# "the national average of 36,883 yuan": a level another is compared with.
_AN_AVERAGE_OF = re.compile(r"(?<!\bby\san\s)(?<!\bby\sa\s)\b(?:average|level|figure)\s+of\s+" + _ABOUT + "$", re.I)
# What a thing built cost, said in an aside: "which cost", "built with an investment of".
_PAID_ASIDE = re.compile(r"(?:\b(?:which|that)\s+cost|\bbuilt\s+(?:with\s+(?:an\s+)?investment\s+of|at\s+a\s+cost\s+of))\s+"
                         + _ABOUT + "$", re.I)
# The base of a goal, said as a past result: "compared with 31 percent in 2017".
_A_BASE_BEFORE = re.compile(r"\b(?:compared\s+with|against|from|after|versus|stood\s+at|was)\s+(?:about\s+|nearly\s+|"
                            r"around\s+|some\s+|just\s+)?$", re.I)
_PAST_AFTER = re.compile(r"\s+(?:in|at\s+the\s+end\s+of)\s+((?:19|20)\d\d)\b|\s+(?:last\s+year|a\s+year\s+(?:earlier|ago)|"
                         r"in\s+the\s+previous\s+year)\b", re.I)
# A percentage said as a difference: "60 percent less energy", "30 percent below the same days of 2019".
_COMPARED_AFTER = re.compile(r"\s+(?:less|more|fewer|lighter|heavier|cheaper|dearer|lower|higher|faster|slower|smaller|"
                             r"larger|bigger|below|above|ahead|behind|shorter|longer)\b", re.I)
# Between a change and a percentage that is another change: "..., and that of X", "..., slowing from",
# "..., beating the annual target of", "..., and industrial investment".
_THEIRS_GREW = re.compile(r"[^;:.\d]{0,40}?,?\s*(?:while|and|but|against|compared\s+with)\s+(?:[A-Z][a-z]+|the\s+(?:country|nation|"
                          r"province|city))['\u2019]s\s+(?:grew|rose|expanded|increased|fell|declined|shrank)\s+(?:by\s+)?"
                          + _ABOUT + "$")
_PLACE_GROWTH_GOAL = re.compile(r"\b(?:city|province|county|district|[A-Z][a-z]+)\s+(?:aims|plans|expects|wants|targets|is\s+aiming)"
                                r"\s+(?:for\s+|at\s+)?(?:economic\s+)?growth\s+of\s+" + _ABOUT + "$")
_PERCENT_GROWTH_GOAL = re.compile(r"\s+(?:economic\s+)?growth\b(?!\s+(?:in|of)\b)", re.I)
_A_GOAL_OF = re.compile(r"\b(?:target|goal)\s+of\s+" + _ABOUT + "$", re.I)
_THE_RATE_START = re.compile(r"\s*(?:(?:The|This|That|Its)\s+(?:rate|growth|pace|increase|expansion)|(?:This|That)\s+(?:was|is)\s+"
                             r"(?:[\d.]+\s+percentage\s+points?\s+|[a-z]+\s+)?(?:faster|slower|higher|lower|above|below))\b")
_LIKE_THE_CHANGE = re.compile(r"(?:,\s*|\s+)(?:and|while|but)\s+(?:that|those)\s+of\s+[^,;:\d]{1,60}?\s*$"
                              r"|\b(?:slowing|accelerating|up|down|rising|falling|easing|picking\s+up)\s+from\s+"
                              + _ABOUT + "$"
                              r"|\b(?:the\s+)?(?:national|provincial|annual|full-year|average)\s+(?:rate|target|average|"
                              r"growth(?:\s+rate)?|pace)\s+of\s+" + _ABOUT + "$", re.I)
# The level a change came to: "rose to about 15,800 yuan a ton", "has fallen to 3 yuan".
_RISEN_TO = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|dropped|climbed|jumped|surged|slipped|soared|"
                       r"plunged|increased|decreased|declined)\s+to\s+(?:about\s+|nearly\s+|around\s+|some\s+|"
                       r"roughly\s+|almost\s+|more\s+than\s+|over\s+|a\s+record\s+)?$", re.I)
# Money said as what it is: "a fund of", "a combined investment of", "at a cost of".
_MONEY_OF = re.compile(r"\b(?:fund|funds|investment|budget|cost|capital|price|valuation)\s+of\s+(?:about\s+|nearly\s+|"
                       r"around\s+|some\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$", re.I)
# A change said as such: "an increase of 720", "a net decrease of 6,300".
_A_CHANGE_OF = re.compile(r"\b(?:an?\s+)?(?:net\s+)?(?:increase|decrease|rise|drop|fall|decline|reduction|gain)\s+of\s+"
                          + _ABOUT + "$", re.I)
_MORE_OR_FEWER = re.compile(r"\s+(?:more|fewer|less)\s+than\s+(?:in\s+|at\s+|a\s+year|the\s+|last\s+|before\b|(?:19|20)\d\d)",
                            re.I)
# What makes a count of workers an industry's employment: the industry or sector said, or
# people employed in something, or jobs.
_EMPLOYMENT_OF_AN_INDUSTRY = re.compile(r"\b(?:sector|industry|industries|cluster|chain|employed\s+in|jobs?|"
                                        r"farmers|economy|they\s+(?:together\s+)?employ)\b", re.I)
_OTHERS_TIME = re.compile(_FROM_OTHER.pattern + r"[\d.,]*\s*(?:[a-z]+\s+){0,3}(?:in\s+)?$", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_COUNT_STOP = re.compile(r"[,;:.()]|\s[\u2013\u2014]\s")
_VERB_BETWEEN = re.compile(r"\b(?:is|are|was|were|has|have|had|will|reached|grew|rose|increased|accounted)\b|[,;:]",
                           re.I)
_PART_AFTER = re.compile(
    rf"^\s+(?:of\s+(?!(?:the\s+)?(?:city|province|country|nation|whole|total|all)\b)(?!\d)"
    # "industrial growth of about 7 percent": the figure itself, not a part.
    rf"(?!(?:(?:about|around|nearly|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:\d|$))"
    rf"(?!(?:all\s+)?(?:industrial\s+)?enterprises\s+(?:above|of)\s+designated)"
    rf"|in\s+(?:[\w'\u2019-]+\s+){{0,5}}?(?:{_SUBPLACES})\b)", re.I)
_IN_SUBPLACE = re.compile(rf"\s+in\s+(?:[\w'\u2019-]+\s+){{0,5}}?(?:{_SUBPLACES})\b", re.I)
_PREPOSITION_START = re.compile(r"\s+(?:of|to|for)\b", re.I)
_PREPOSITION_END = re.compile(r"\b(?:of|to|for|in)$", re.I)
_GAP = re.compile(r"\s*(?:percentage\s+points?\s+|points?\s+|times\s+)?(?:higher|lower|faster|slower|more|less)\s+than\b",
                  re.I)
_NOUN_TAIL = re.compile(r"\s+(?:for|of|above|in)(?:\s+[\w'\u2019-]+){1,9}")
_CHANGE_LINK = re.compile(r"^[^;:.]{0,90}?,\s*(?:an?\s+|with\s+an?\s+)?(?:year-on-year\s+)?(?:%s)\s+(?:of\s+|by\s+)?"
                          r"(?:about\s+|nearly\s+|around\s+|almost\s+|over\s+|more\s+than\s+)?$"
                          % "|".join(_WORDS["change_links"].split()), re.I)
_ACTED_ON = re.compile(r"\b(?:with|serving|serve|serves|served|help|helping|helped|one\s+of|at|for)\s+"
                       r"(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)
# "Jincheng added 164 firms, followed by Datong with 149 and Shuozhou with 128": each place's count, not
# the ones an action reached.
_RANKED_WITH = re.compile(r"(?:\bfollowed\s+by|,|\band)\s+[A-Z][a-z]+\s+(?:with\s+)?$"
                          # "Taiyuan led with 1,486 enterprises": the first of a ranking.
                          r"|\b(?:led|leads|leading|topped(?:\s+the\s+(?:list|ranking))?|ranked\s+(?:first|second|third))"
                          r"\s+with\s+$")
_ACTED_AFTER = re.compile(r"(?:\s+[\w-]+){1,4}?\s+(?:have\s+|has\s+|had\s+)?(?:(?:received|took\s+part|taken\s+part|"
                          r"participated|attended|joined|exhibited|benefited|applied|were\s+(?:supported|helped|"
                          r"selected|invited|awarded))\b|from\s+(?:about\s+|more\s+than\s+|over\s+)?\d)", re.I)
# A place's makers counted: "the city's seven wheel makers", "Jincheng has four e-bike makers".
# ("58 machine tool makers above designated size": an industry's makers of that size)
_MAKERS_NOUN = re.compile(r"\b(?:[a-z]*makers|suppliers|smelters|foundries)(?:\s+above\s+designated\s+size\b.*|\s+of\s+(?!them\b)[^,;]+)?$",
                          re.I)
_PLACE_HAS = re.compile(r"(?:(?<!\b[Ww]e\s)\b(?:has|have|had|home\s+to)\s+" + _ABOUT + r"|\b[A-Z][a-z]+['\u2019]s\s+|\b(?:city|county|province)['\u2019]s\s+)$")
_PLACES_NOUN = re.compile(r"\b(?:countries|regions|provinces|nations|economies)\b", re.I)
_THAT_OF = re.compile(r"\b(?:that|those)\s+of\s+([^;:\d]{1,80})$", re.I)
# The next item of a list of sectors' growth: ", and food processing ", "; coking ", ", equipment manufacturing, up ".
_SECTOR_ITEM = re.compile(r"\s*(?:,|;|(?=\s*and\b))\s*(?:and\s+|while\s+)?(?:the\s+)?[A-Za-z][a-z -]{2,60}?(?:,\s*)?"
                          r"(?:(?:up|down|rose|grew|fell|increased|decreased|dropped|expanded)\s+(?:by\s+)?)?"
                          r"(?:about\s+|nearly\s+)?", re.I)
# "By sector, nonferrous metals rose 12.4 percent", "Food processing, the largest segment, grew 12.4 percent":
# a part that grew, named by a noun the vocabulary lacks, right after a report of value added.
_PART_GREW = re.compile(r"(?:^|[;:]\s*|,\s*(?:and\s+|while\s+)?|\bwhile\s+)(?:the\s+)?(?P<part>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,5}?)"
                        r"\s+(?:%s)\s+(?:by\s+)?(?:just\s+|only\s+|slightly\s+)?$" % "|".join(_WORDS["growth_verbs"].split()), re.I)
_NOT_A_PART = re.compile(r"\b(?:prices?|sales|output|production|revenues?|profits?|investment|exports?|imports?|consumption|"
                         r"demand|employment|jobs|wages|incomes?|it|they|growth|economy|GDP|volume|number|share)\b", re.I)
_VALUE_ADDED_REPORTS = frozenset(("industrial-value-added", "sector-value-added", "manufacturing-value-added"))
# "earned profits of 106.4 billion yuan (about 15.3 billion U.S. dollars) in the first nine months of 2018,
# up 38.6 percent": the change of the amount just said.
_UP_AFTER_LEVEL = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:in|during|for)\s+[^,;.()\d]{1,40}(?:\d{4})?\s*)?,\s*"
                             r"(?:up|down|rising|falling|growing)\s+(?:by\s+)?(?:about\s+|nearly\s+)?")
# "Their shares of GDP were 4.6, 50.3 and 45.1 percent respectively", "The three accounted for 1.6 percent,
# 47.5 percent and 50.9 percent of the total": the three industries' shares, in their order.
_THREE_PERCENTS = re.compile(r"(\d[\d.]*)(?:\s*(?:percent|%))?\s*,\s*(\d[\d.]*)(?:\s*(?:percent|%))?\s*,?\s*and\s+(\d[\d.]*)\s*(?:percent|%)")
_SHARES_WORDS = re.compile(r"\bshares?\b|\baccounted\s+for\b|\bmade\s+up\b|\bof\s+(?:the\s+)?(?:total|GDP|economy)\b", re.I)
_THREE_INDUSTRY_IDS = ("primary-industry-value-added", "secondary-industry-value-added", "tertiary-industry-value-added")
_CHANGE_THEN_LEVEL = re.compile(r"\s+to\s+(?:about\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?")
_GROWTH = re.compile(r"\bgrowth\b|percentage\s+points?", re.I)
# What an amount is of, right after it: "137.4 million tonnes of raw coal in ...".
_OF_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?of\s+((?:(?!(?:in|by|from|to|during|for|at|on|last|this|a|an|was|were|is|"
                       r"are|and|or|with|per|each|every)\b)[\w'\u2019-]+\s*){1,5})", re.I)
_SPENT = re.compile(r"\b(?:spent|spend|spends|spending|invested|invest|invests|investing)\s+(?:about\s+|nearly\s+|some\s+|"
                    r"more\s+than\s+|over\s+)?$", re.I)
_SPENT_ON = re.compile(r"\s+(?:on|in)\s+([^,;:.()\d]{3,80})", re.I)
# "they spend 6.1 percent of their revenue on research and development": what the share goes on.
_SPENT_SHARE_ON = re.compile(r"\s+of\s+(?:their|its|the)\s+(?:\w+\s+){0,2}?(?:revenue|sales|income|GDP|budget)\s+"
                             r"(?:on|in)\s+([^,;:.()\d]{3,80})", re.I)
_AN_INDUSTRY_OF = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:industry|industries|industrial\s+cluster|cluster|clusters|"
                             r"sector|industrial\s+base|industrial\s+chain)\b"
                             r"(?!\s+(?:fund|funds|park|parks|zone|project|projects|plan|investment|loans?)\b)", re.I)
_FROM_SOURCE = re.compile(r"\s+from\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?", re.I)
# "The city sent 28.5 billion kWh to other provinces": power sent out of the province.
_SENT_OUT = re.compile(r"\s+(?:of\s+(?:electricity|power)\s+)?(?:to\s+other\s+(?:provinces|regions)|outside\s+the\s+province)\b",
                       re.I)
# A share or change of the figure before it: "..., accounting for 70 percent of the province's output",
# "..., 3.2 percentage points higher than a year earlier".
_SHARE_LINK = re.compile(r"^[^;:.]{0,80}?(?:,\s*|\s+and\s+)(?:(?:now|still)\s+)?(?:accounting\s+for|accounts?\s+for|"
                         r"equal\s+to|making\s+up|makes?\s+up|or)\s+" + _ABOUT + "$", re.I)
# "..., and high-end products will account for 35 percent of it": a share of the amount just named.
# "... of it in Wenxi", "60 percent of it left the mines by road": a part, placed or acted on, not a share.
_OF_IT = re.compile(r"\s+of\s+(?:it|that)\s*(?:[,.;]|$)(?!\s*(?:the|its|a)\s+[\w\s'\u2019]{0,40}\bsaid\b)", re.I)
# "..., about 20.5 percent of the province's GDP": a bare share after a level is that level's.
_BARE_SHARE = re.compile(r"^\s*,\s*" + _ABOUT + "$", re.I)
# The start value of the figure before it: "rose to 61.3 percent last year, from 45 percent in 2016",
# "up from 28.6 percent", "climbed from 32.1 percent to 35.4 percent".
_FROM_LINK = re.compile(r"^[^;:.\d]{0,40}?(?:(?:,\s*|\s+)(?:(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+)?from"
                        r"|\s+to)\s+" + _ABOUT + "$", re.I)
# "reached 18,600 units, 2.3 times the figure a year earlier", "100 billion yuan by 2027, almost double ...":
# a multiple of the figure before it.
_THE_MULTIPLIED = re.compile(r"\s+(?:the|its|their)\s+(?!(?:\d{4}|figure|level|size|number|amount)\b)"
                             r"(?!(?:company|firm|plant|factory|group|mill)['\u2019]s\b)[a-z]", re.I)
_MULTIPLE_LINK = re.compile(r"^[^;:.]{0,60}?,\s*(?:or\s+|up\s+|which\s+is\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|"
                            r"over\s+|roughly\s+)*$", re.I)
_BASE_LINK = re.compile(r"^[^;:.]{0,60}?\b(?:figure|level)\s+of\s+" + _ABOUT + "$", re.I)
# A product's capacity in tonnes, named by the word before "capacity" (not a power, storage or handling one).
_NOT_PRODUCT = (r"(?!(?:power|installed|generating|generation|storage|handling|loading|transport|transmission|"
                r"treatment|carrying|design|designed|combined|total|its|their|the|annual|new|spare|idle|"
                r"production|productive|added|remaining|existing|current|full|rated|overall|processing|average)\s)")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,3}$", re.I)
_PRODUCT_CAPACITY = re.compile(r"\b" + _NOT_PRODUCT + r"[a-z][a-z-]{2,}\s+capacity\b", re.I)
_PRODUCT_CAPACITY_AFTER = re.compile(r"\s+(?:a\s+year\s+)?of\s+" + _NOT_PRODUCT + r"[a-z][a-z-]{2,}\s+capacity\b", re.I)
_OF_THE_ELECTRICITY = re.compile(r"(?:\s+(?:kWh|kilowatt-hours))?\s+of\s+(?:the\s+|all\s+(?:the\s+)?|(?:the\s+)?(?:province|city|country|"
                                 r"county|nation|[A-Z][a-z]+)['\u2019]s\s+)?(?:[\d.,]+\s+(?:billion\s+|million\s+)?(?:kWh|"
                                 r"kilowatt-hours)\s+of\s+)?(?:electricity|power)(?:\s+(generated|produced|generation|output)|"
                                 r"(?=\s*[,.;])|\s+(?:in|last|this)\b)")
_GENERATED = re.compile(r"\b(?:generated|generates|generate|produced|produces|supplied|supplies|made\s+up|makes\s+up|"
                        r"accounted\s+for|accounts\s+for)\s+" + _ABOUT + "$", re.I)
# An industry's or a part's profits named in a sentence on the statistics: "of which coal enterprises made".
_SUBSET_PROFIT = re.compile(r"\b(?:of\s+which|among\s+them|of\s+these|coal|non-coal|manufacturing|mining)\b", re.I)
_OF_A_NAMED_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?((?:value\s+added|added\s+value|output\s+value|revenue|profits?)\s+of\s+[^,;.]{3,80})",
                               re.I)
_A_PART_SUBJECT = re.compile(r"\b(?:industry|industries|sector|sectors|manufacturing|mining|enterprises|companies|firms)\b", re.I)
# "Power use by high-tech and equipment manufacturing surged 23.5 percent, while that of coal mining rose
# 2.1 percent": what the sectors used, not how their value added grew.
_USE_BY = re.compile(r"\b(?:power|electricity|energy|water|gas)\s+(?:use|consumption)\s+(?:by|of|in)\b", re.I)
_WHICH_ASIDE = re.compile(r",\s*(?:which|who)\s+(?:includes?|covers?|makes?|has|have|is|are|was|were|lies|spans?)\b", re.I)
# "produced 21,400 new energy vehicles, up 78.2 percent, and 1.86 million ...": a list after the verb.
_PRODUCED_LISTED = re.compile(r"\b(" + _MADE + r")\s+(?:[^;:.]|\.(?=\d)){1,120}?(?:,\s*(?:and\s+)?|\s+and\s+)" + _ABOUT + "$", re.I)
_OR_SHARE = re.compile(r"\s*(?:[a-z-]+(?:\s+[a-z-]+){0,2})?\s*,\s*or\s+" + _ABOUT)
_WASHED = re.compile(r"\b(?:washed|washes|wash)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|around\s+)?$", re.I)
_OF_RAW_COAL = re.compile(r"\s+of\s+(?:its\s+|the\s+|their\s+|[A-Z][a-z]+['\u2019]s\s+)?raw\s+coal\b")
_OF_RAW_COAL_WASHED = re.compile(r"\s+of\s+(?:its\s+|the\s+|their\s+|[A-Z][a-z]+['\u2019]s\s+)?raw\s+coal\s+"
                                 r"(?:output\s+)?(?:was|is|were|are|will\s+be|to\s+be)\s+washed\b")
_DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014.;]{1,160}?\s[-\u2013\u2014]\s|\u2014[^\u2014.;]{1,160}?\u2014")
_COUNT_LINK = re.compile(r"[^;:.\d]{0,90}?,\s*(?:or\s+|up\s+|down\s+)?")
_UP_BY_COUNT = re.compile(r",\s*(?:up|down)\s+$", re.I)
_SINCE_BASE = re.compile(r"\s+(?:from|over|compared\s+with|on)\s+(?:a\s+year|the\s+(?:previous|same|end)|last|(?:19|20)\d\d|"
                         r"the\s+year\s+before)", re.I)
_OVER_TIME = re.compile(r"\s*(?:percentage\s+points?\s+|points?\s+)?(?:higher|lower|more|less)\s+than\s+"
                        r"(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?(?:the\s+)?(?:previous|last|same)\b|in\s+(?:19|20)\d\d)",
                        re.I)

# Periods the extractor's list leaves out: a quarter or a run of months named without
# its year, a span of months, and a month-end (the stock at the end of September is
# that year's level).
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH = "|".join(m.capitalize() for m in _MONTH_NAMES)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11}
_YEAR_OF = r"(?:\s+of\s+(?:(?P<{0}y>(?:19|20)\d\d)|(?P<{0}r>this\s+year|last\s+year|the\s+year)))?"
_MORE_PERIODS = re.compile(
    rf"\b(?:from\s+)?(?P<m1>{_MONTH})\s*(?:to|-|\u2013|through|till|until|(?P<mand>and))\s*(?P<m2>{_MONTH})"
    rf"(?:,?\s+(?P<my>(?:19|20)\d\d))?\b"
    rf"|\bfirst\s+(?P<n>two|four|five|seven|eight|ten|eleven|[2-9]|1[01])\s+months" + _YEAR_OF.format("n") +
    rf"|\b(?P<q>first|second|third|fourth)[\s-]+quarter(?!\s+of)\b"
    rf"|\b(?:by|at|as\s+of)\s+the\s+end\s+of\s+(?P<e>{_MONTH})(?:\s+(?P<ey>(?:19|20)\d\d))?\b"
    rf"|\b(?:(?:in|during|for|over)\s+the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<hy>(?:19|20)\d\d)\b"
    rf"|\b(?:{_MONTH})\s+(?P<my2>(?:19|20)\d\d)\b"
    rf"|\b(?:from|starting\s+(?:in|from))\s+(?P<fy>(?:19|20)\d\d)\b(?![\s,]*(?:to|through|till|until|and|-|\u2013)\b)"
    rf"(?![\s-]*\d)"
    rf"|\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?P<past>two|three|four|five|six|seven|eight|nine|ten|[2-9])"
    rf"\s+years\b"
    rf"|(?<![\w$.,-])(?P<ay>(?:19|20)\d\d)(?=\s+(?:net\s+|gross\s+|annual\s+|full-year\s+)?(?:profit|revenue|sales|output|"
    rf"income|target|goal|budget|forecast)s?\b)"
    rf"|\bin\s+(?:(?:early|mid|late)[\s-]+)?(?P<bm>(?-i:{_MONTH}))\b(?!\s*,?\s*(?:\d|of\b|(?:last|this|next)\s+year\b))"
    rf"(?!\s*(?:and|to|through|till|until|-|\u2013)\s*(?:{_MONTH})\b)"
    rf"|(?<!from\s)(?<!than\s)(?<!over\s)\b(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+"
    rf"(?P<unit>years?|decades?)\s+(?:ago|earlier|before)\b"
    rf"|\bthis\s+(?P<season>spring|summer|autumn|fall|winter)\b"
    # "Over the first three years of the 14th Five-Year Plan period": the plan's first years.
    rf"|\bfirst\s+(?P<py>two|three|four|2|3|4)\s+years\s+of\s+the\s+(?P<po>1[2-6])th\s+Five-Year\s+Plan\b"
    rf"(?:\s+period)?(?:\s*\(\s*(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d\s*\))?"
    # "closed nine small mines in 2014 and 2015": two years running, together.
    rf"|\b(?:in|during|over)\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\b"
    # "Nine-month revenue up 46.3%": a release's reporting period, said as an adjective.
    rf"|\b(?P<nm>three|six|nine)-month(?=\s+(?:revenue|sales|net|profits?|output|results|earnings)\b)"
    # "growth of about 7 percent for the year": the article's year.
    rf"|\bfor\s+the\s+(?:full\s+|whole\s+)?(?P<theyear>year)\b(?!\s+(?:ago|before|earlier))"
    # "expects full-year sales of 1.6 million tons": this year's whole.
    rf"|\b(?P<fullyear>full-year|whole-year)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:sales|output|production|revenue|profits?|exports|"
    rf"shipments|investment|growth)\b)"
    # "6.4 percent in the first quarter, 6.0 percent in the second": a quarter said once.
    rf"|\bin\s+the\s+(?P<q2>second|third|fourth)\b(?=\s*(?:[,;.]|and\b|$))"
    # A headline's "in Q1", "in H1": this year's, or last year's when not over by the article's date.
    rf"|\bin\s+(?-i:(?P<qa>Q[1-4])|(?P<ha>H[12]))\b(?!\s*(?:[-\u2013/]|(?:19|20)?\d\d\b))",
    re.I)
_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ALONE = re.compile(r"\s+alone\b", re.I)
_GROWTH_WAS = re.compile(r"\s*(?:(?:The\s+)?(?:growth|increase)(?:\s+rate)?|It\s+grew)\s+(?:was|stood\s+at|came\s+to|"
                         r"reached|by)?", re.I)
_IN_THE = re.compile(r"\s+(?:in|during|over)\s+the\s+|\s+(?:at|by)\s+the\s+(?:end\s+(?:of\s+)?)?", re.I)  # "6.3 percent in the fourth quarter", "38 at the end of 2021"
_QUARTER_SAID = re.compile(r"\bquarter\b", re.I)


# What the vocabulary does not list, named so that a term further off does not take its
# figure: "the urbanization rate of the permanent population", "tax revenue" (words.yaml).
_UNLISTED = Indicator(id="", name="not an indicator", unit="other", measure="", scope="", definition="")
_UNLISTED_TERMS = tuple(t.strip().lower() for t in _WORDS["unlisted"].split(","))


@dataclass(frozen=True)
class _Term:
    indicator: Indicator
    pattern: re.Pattern[str]


def _term_pattern(term: str) -> str:
    """A term as a regex: words joined by spaces or hyphens, '...' any few words,
    an optional plural on the last word, a leading '-' glued to a number."""
    parts = []
    for word in term.split():
        if word == "...":
            parts.append(r"(?:[\w'\u2019$.,-]+\s+){0,6}?")
            continue
        word = word.lstrip("-")
        parts.append(re.escape(word).replace(r"\-", r"[\s-]") + r"[\s-]+")
    body = "".join(parts)
    if body.endswith(r"[\s-]+"):
        body = body[:-len(r"[\s-]+")]
        # "industry" also matches "industries", "output" "outputs", "process" "processes".
        body = body[:-1] + "(?:y|ies)" if re.search(r"[^aeiou]y$", body) else body + r"(?:s|es)?"
    return rf"{_TERM_START}{body}(?![\w])"


_TERM_START = r"(?<![\w-])"


class Meaning:
    """Settles indicator, kind, status, period and place for an article's figures."""

    def __init__(self, indicators: Sequence[Indicator], counties: Sequence[str] = (), cities: Sequence[str] = ()):
        self.by_id = {i.id: i for i in indicators}
        # A sentence that names a place ("the city", "Shanxi", "China", "Yangquan aims to ...") in a
        # company's release speaks of more than the company; a city's name that starts a longer
        # one ("the Yangquan Economic and Technological Development Zone") names a park.
        city_names = "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
        self.place_word = re.compile(_PLACE_WORD.pattern + (rf"|\b(?:China|{city_names})\b(?!\s+(?-i:[A-Z]))" if city_names
                                                            else r"|\bChina\b"), re.I)
        # A clause whose subject is one of the region's counties ("Xiaoyi's GDP reached ...",
        # "In 2021, Xiaoyi produced ...", "the district's GDP") measures the county, not a place
        # the site compares.
        # "Shuozhou, a coal and power base in northern Shanxi province, grew its economy by 3.4 percent", "The
        # economy of Luliang, a coal and aluminum base ..., grew": an epithet of a city, not a plant or a base
        # the figure is of.
        self.city_epithet = re.compile(rf"\b(?:{city_names})(,\s+(?:a|an|the|one)\s+[^,;]{{1,90}},\s*)" if city_names else "(?!)")
        names = "|".join(re.escape(c) for c in sorted(counties, key=len, reverse=True)) or "(?!)"
        self.county_subject = re.compile(rf"(?:[^,;]{{0,40}},\s*)?(?:the\s+(?:{names}\s+)?(?:county|district)\b(?![\s-]+level)"
                                         + rf"|(?:the\s+)?(?:{names})\b(?!\s+(?:city|province))"
                                         + ")", re.I)
        unlisted = [(t, _UNLISTED) for t in _UNLISTED_TERMS] if indicators else []
        terms = sorted([*((t, i) for i in indicators for t in i.terms), *unlisted], key=lambda ti: -len(ti[0]))
        self.terms = [_Term(i, re.compile(_term_pattern(t), re.I)) for t, i in terms]
        # Every term starts with the same look-behind: asked once per position, not once per term,
        # text inside a word is passed over without trying the hundreds of terms.
        self.any_term = re.compile(
            _TERM_START + "(?:" + "|".join(f"(?:{t.pattern.pattern[len(_TERM_START):]})" for t in self.terms) + ")",
            re.I) if self.terms else None
        # The firm lists the sentence just read names, and where its last "including" stands (see _firm_list).
        self._firm_lists_of: tuple[str, set[str], int] = ("", set(), -1)

    # ------------------------------------------------------------ indicator
    def _matches(self, text: str) -> list[tuple[int, int, Indicator]]:
        """Every term in text, leftmost-longest, with the indicator it signals."""
        if self.any_term is None:
            return []
        out = []
        for match in self.any_term.finditer(text):
            found = next(t.indicator for t in self.terms if t.pattern.fullmatch(match.group()))
            out.append((match.start(), match.end(), found))
        return out

    def _fits(self, indicator: Indicator, figure: Figure) -> bool:
        """Whether the figure can be a value of the indicator: its unit family, for a level."""
        if indicator is _UNLISTED:
            return True
        if figure.raw_unit and figure.unit in ("CNY", "USD"):
            # A price or a rate ("3.2 yuan per kilogram") measures no amount; only "per capita"
            # is a per-head indicator's.
            return indicator.id.endswith("per-capita") and figure.raw_unit.endswith(("capita", "person"))
        if figure.kind == "share" or figure.unit in ("percent", "percentage-points"):
            return True  # a percent is a share or a change of any indicator (a bare one is a share)
        if figure.unit == "other" and (figure.raw_unit or "").lower() == "times" and figure.text.lower().endswith("fold"):
            return True  # "expand its storage capacity more than sevenfold": a multiple of any indicator
        unit = _FAMILY.get(figure.unit, figure.unit)
        if figure.unit in _MORE_FAMILIES.get(indicator.id, ()):
            # ... but a count of plants, mines or wells is no output of a product.
            last = (figure.metric.split() or [""])[-1].lower()
            return not (figure.unit == "count" and (last.rstrip("s") in _FACILITY or last in _FACILITY))
        return unit == _FAMILY.get(indicator.unit, indicator.unit) or figure.unit == "other" == indicator.unit \
            or figure.unit == "other" and (figure.raw_unit or "").lower() in _MORE_UNITS.get(indicator.id, ())

    def _refine(self, found: Indicator, text: str, end: int, sentence_before: str) -> Indicator:
        """A whole named as a part ("industrial added value of the 86 enterprises")
        or after one of its segments is the part's or segment's id."""
        part = _PARTS.get(found.id)
        if part in self.by_id and _PART_AFTER.match(text[end:]):
            return self.by_id[part]
        segments = _SEGMENTS.get(found.id)
        if segments:
            earlier = [i for _, _, i in self._matches(sentence_before) if i.id in segments]
            if earlier:
                return earlier[-1]
        return found

    def multiplied(self, text: str) -> Indicator | None:
        """What a multiple multiplies, the first indicator the text names ("the output value of the core
        industries"), whatever its unit: a multiple has none of its own; None for a quantity the
        vocabulary leaves unlisted ("three times the price of a diesel truck")."""
        found = self._matches(text)
        return found[0][2] if found and found[0][2] is not _UNLISTED else None

    def _firm_list(self, sentence: str, ctx: Context) -> Indicator | None:
        """The one list of firms (high-tech, little giants, green factories, ...) a sentence
        names, when none is named as a part after the figure ("1,200 firms, including 30 little giants")."""
        # Read once per sentence: a long list of counts would otherwise read its sentence once per count.
        if self._firm_lists_of[0] != sentence:
            parts = [m.start() for m in _PART_NAMED.finditer(sentence)]
            self._firm_lists_of = (sentence, {found.id for _, _, found in self._matches(sentence) if found.id in _FIRM_LISTS},
                                   parts[-1] if parts else -1)
        _, named, last_part = self._firm_lists_of
        if last_part >= ctx.end:
            return None
        return self.by_id[next(iter(named))] if len(named) == 1 else None

    def _head(self, text: str, figure: Figure, prefer: str) -> Indicator | None:
        """The indicator a stretch of text names: the nearest term to the figure
        ('last') or the head of the noun phrase ('first'), with 'X of ... Y' read as X."""
        matches = [m for m in self._matches(text) if self._fits(m[2], figure)]
        if not matches:
            return None
        start, end, found = matches[-1] if prefer == "last" else matches[0]
        if prefer == "last":
            # "the added value of the city's 50 enterprises above designated size",
            # "loans to manufacturers": X of (to, for) Y is X.
            for s, e, other in reversed(matches[:-1]):
                between = text[e:start]
                if other.id in _OWN_PARTS.get(found.id, ()) and re.fullmatch(r"(?:['\u2019]s)?\s*", between):
                    # "The primary industry's value added", "Primary industry value added": the part's own id.
                    start, end, found = s, e, other
                    break
                if (_PREPOSITION_START.match(between) or _PREPOSITION_END.search(text[s:e])) \
                        and not _VERB_BETWEEN.search(between):
                    if found.id in _OWN_PARTS.get(other.id, ()):
                        break  # "the value added of strategic emerging industries": a part with its own id
                    start, end, found = s, e, other
        if found.id in _OWN_PARTS:
            # "value added of ... industries" read as one term round a part with its own id.
            inner = [i for _, _, i in self._matches(text[start + 1:end]) if i.id in _OWN_PARTS[found.id]]
            if inner:
                return inner[0]
        return self._refine(found, text, end, text[:start])

    def _list_item(self, figure: Figure, sentence: str, before: str) -> Indicator | None:
        """A statistical bulletin's list: "Output of major industrial products: raw coal,
        121 million tons, up 2.3 percent; coke 6.18 million tons, ...". A figure right
        after "item," in a list under a header is the item's quantity of the header's
        kind ("coke output"), else what the item names, else what the header names."""
        colon = sentence.find(":")
        if colon < 0 or colon > len(before):
            return None
        header = sentence[:colon].strip()
        segment = before[max(before.rfind(";"), colon) + 1:]
        # "power generation 41.37 billion kWh, up 8.6 percent, of which wind power 7.84 billion kWh, ...,
        # and solar power 3.06 billion kWh": a part of the item before is an item of the list too.
        part = _PART_ITEM.search(segment)
        item = _LIST_ITEM.fullmatch(segment[part.start(1) - 1:] if part else segment)
        if item is None or not _LIST_HEADER.fullmatch(header):
            return None
        name = item.group(1).strip()
        head = _HEADER_HEAD.match(header).group(1)
        for text in (f"{name} {head}", name, header):
            found = self._head(text, figure, "first")
            if found is not None:
                return found
        return None

    def indicator(self, figure: Figure, ctx: Context, previous_end: int) -> tuple[str | None, bool]:
        """The figure's indicator id (None: measures none) and whether that is a guess."""
        if figure.unit == "percent" and _OF_A_GOAL.match(ctx.sentence, ctx.end):
            return None, False  # "54 percent of the annual target": progress, not a quantity of its own
        if figure.unit == "percent" and _OF_IT_THERE.match(ctx.sentence, ctx.end):
            return None, False  # "three-fifths of it in Wenxi": where a part lies, not a share the site compares
        if figure.unit == "percent" and _OF_A_COUNTYS.match(ctx.sentence, ctx.end):
            return None, False  # "70 percent of the county's industrial output value": a county's, not a city's
        if figure.unit == "percent" and _OF_THE_ECONOMY.match(ctx.sentence, ctx.end):
            # "Services made up 52.4 percent of the economy", "Industry and construction made up 61.3 percent
            # of the economy": the three industries by their plain names.
            subject = _PLAIN_INDUSTRY.match(ctx.sentence, clause_of(ctx.sentence, ctx.start, ctx.end)[0], ctx.start)
            if subject is not None:
                ident = "tertiary-industry-value-added" if subject.group(1) else "secondary-industry-value-added"
                if ident in self.by_id:
                    return ident, False
        ident, unsure = self._indicator(figure, ctx, previous_end)
        if ident == _UNLISTED.id:
            return None, False  # named, and not in the vocabulary
        if ident and ident not in BATCH_IDS and _SINGLE_SUBJECT.match(ctx.sentence) \
                and not _PLACE_WORD.search(ctx.sentence, 0, ctx.start):
            return None, False  # a sentence about one park, plant or zone: not its city's (its projects are counted)
        if ident == "gdp" and figure.unit == "percent" and _OF_GDP.match(ctx.sentence, ctx.end):
            # "spent 11.8 billion yuan on research and development, or 2.1 percent of its GDP": a share
            # of GDP measures what it is a share of, named before it; GDP is only the whole.
            first = clause_of(ctx.sentence, ctx.start, ctx.end)[0]
            named = self._head(ctx.sentence[max(0, first - 160):ctx.start], figure, "last")
            return (named.id if named is not None and named.id != "gdp" else None), False
        if ident == "industrial-value-added" and _PER_UNIT_OF_IVA.search(ctx.sentence, max(0, ctx.start - 120), ctx.start):
            # "Energy consumption per 10,000 yuan of industrial value added fell 3.7 percent": an intensity
            # of industry, not its value added (the vocabulary's energy intensity is per unit of GDP).
            return None, False
        after_iva = _OF_IVA_AFTER.match(ctx.sentence, ctx.end) if figure.unit in ("percent", "percentage-points") else None
        # "growth of about 6.5 percent in industrial value added": the growth of the whole, not a part's share.
        of_iva = after_iva is not None and not (after_iva.group().split()[0].lower() == "in" and _CHANGE_OF_BEFORE.search(
            ctx.sentence, max(0, ctx.start - 40), ctx.start))
        if figure.unit in ("percent", "percentage-points") and "sector-value-added" in self.by_id and (
                ident == "industrial-value-added" and (of_iva or _SHARE_OF_IVA.search(ctx.sentence, 0, ctx.start))
                or of_iva and figure.unit == "percent" and not (ident or "").endswith("value-added")):
            # "Coal still accounts for about 60 percent of the city's industrial value added", "raw coal
            # output reached ..., and coal mining generated two-thirds of its industrial value added": a
            # part's share of the whole measures the part's value added, a sector's (or manufacturing's,
            # named before it), whatever else the sentence names.
            first = clause_of(ctx.sentence, ctx.start, ctx.end)[0]
            part = _IVA_PHRASE.sub(" ", ctx.sentence[max(0, first - 80):ctx.start])
            named = self._head(part, figure, "last")
            return (named.id if named is not None and named.id != "industrial-value-added"
                    and named.id.endswith("value-added") else "sector-value-added"), False
        if ident == "industry-revenue" and _EACH_EARNS.match(ctx.sentence, ctx.end):
            # "Guesthouse owners earned between 40,000 and 90,000 yuan each", "2,100 yuan more per person":
            # what one earns, not an industry's revenue.
            return None, False
        if ident == "installed-power-capacity" and figure.unit == "percent" and "new-energy-power-capacity" in self.by_id \
                and _NEW_ENERGY.search(ctx.sentence, 0, ctx.start):
            # "New energy now makes up 41 percent of Datong's installed power capacity": the share of the
            # new energy capacity in the whole.
            return "new-energy-power-capacity", False
        if ident == "exports" and any(part.search(ctx.sentence, max(0, ctx.start - 200), ctx.start)
                                      for part in (_EXPORTS_OF_A_PRODUCT, _EXPORTS_TO, _GROUP_TRADED)):
            return None, False  # "Exports of rail transit equipment reached ...": one product's, unnamed in the list
        if ident == "industry-output-value" and figure.kind == "change" and "industrial-value-added" in self.by_id \
                and _INDUSTRIAL_OUTPUT_GREW.search(ctx.sentence, max(0, ctx.start - 120), ctx.start):
            # "Industrial output of enterprises above designated size grew 9.4 percent": the
            # statistics' growth of industrial output is that of industrial value added.
            return "industrial-value-added", unsure
        if ident == "coal-mines" and "intelligent-coal-mines" in self.by_id:
            first, last = clause_of(ctx.sentence, ctx.start, ctx.end)
            comma = ctx.sentence.find(",", ctx.end, last)
            if _INTELLIGENT.search(ctx.sentence, first, comma if comma >= 0 else last):
                # "Eighteen coal mines passed acceptance as intelligent mines", "intelligent upgrading was
                # completed at 12 coal mines": intelligent ones.
                return "intelligent-coal-mines", unsure
        if ident == "production-capacity" and "coal-production-capacity" in self.by_id:
            first, last = clause_of(ctx.sentence, ctx.start, ctx.end)
            if re.match(r"[\s,]*with\b", ctx.sentence[first:]):
                # "There were 68 coal mines, with a combined production capacity of 226 million tons": the
                # capacity of what the clause before counted.
                first = clause_of(ctx.sentence, max(0, first - 2), max(0, first - 1))[0]
            if _COAL_MINES.search(ctx.sentence, first, last) and not _COKING.search(ctx.sentence, first, last):
                # "26 small coal mines were shut, cutting 15.6 million tons of annual production capacity"
                return "coal-production-capacity", unsure
        if ident == "industry-investment" and "project-investment" in self.by_id:
            first, last = clause_of(ctx.sentence, ctx.start, ctx.end)
            if _PROJECTS.search(ctx.sentence, first, last):
                # "completed 27.6 billion yuan of investment in key projects": a project list's investment.
                return "project-investment", unsure
        return ident, unsure

    def second_look(self, ident: str | None, figure: Figure, ctx: Context) -> str | None:
        """The indicator read from the figure's words, checked against its whole sentence."""
        if ident == "industry-enterprises" and figure.unit == "percent" and not _OF_FIRMS.match(ctx.sentence, ctx.end):
            # "a rebate of 5 percent of the purchase price", "45 percent of the fruit the companies
            # press": a share of something else in a sentence about firms, not a share of the firms.
            return None
        if ident is None and figure.unit == "t" and "coal-production-capacity" in self.by_id \
                and _CAPACITY_NEAR.search(ctx.sentence, max(0, ctx.start - 60), min(len(ctx.sentence), ctx.end + 30)) \
                and _MINES.search(ctx.sentence) and not _OTHER_PLANTS.search(ctx.sentence):
            # "Twelve small collieries with a combined capacity of 9 million tons a year have been shut",
            # "cut another 23 million tonnes of capacity and close 27 coal mines": the mines' capacity.
            return "coal-production-capacity"
        if ident == "product-output" and _THEY_MADE.match(ctx.sentence):
            # "They produced 1.6 million tons of flanges and forged rings last year": what a group of
            # makers turned out, told of them, not a place's output.
            return None
        if ident == "exports" and _ITEM_EXPORTS.search(ctx.sentence, 0, ctx.start):
            # "Ceramics exports came to $286 million", "Castings exported by companies in Jincheng were
            # worth ...": one product's exports, not the place's.
            return None
        if ident == "industry-profit" and "industrial-profit" in self.by_id \
                and _ABOVE_SIZE.search(ctx.sentence, 0, ctx.start) and not _SUBSET_PROFIT.search(ctx.sentence, 0, ctx.start):
            # "industrial enterprises above designated size earned operating revenue of ..., and total profits
            # of 14.86 billion yuan": the statistics' own profits ("coal enterprises made ..." stay an industry's).
            return "industrial-profit"
        if ident == "industry-employment" and not _EMPLOYMENT_OF_AN_INDUSTRY.search(ctx.sentence):
            # "The new line employs 620 workers", "Of the 140 workers at the plant": a plant's or a
            # company's staff, not the people an industry employs.
            return None
        return ident

    def _project_batch(self, figure: Figure, ctx: Context, first: int) -> str | None:
        """project-count for a count of projects, project-investment for the money of a batch of them."""
        if figure.unit == "count" and "project-count" in self.by_id and (
                _PROJECTS_NOUN.match(count_noun(figure, ctx).strip())
                or _NUMBER_OF_PROJECTS.search(ctx.sentence, first, ctx.start)):
            return "project-count"  # "three projects", "The number of projects under construction ... was 412"
        if _FAMILY.get(figure.unit, figure.unit) == "CNY" and "project-investment" in self.by_id \
                and (_BATCH_MONEY.search(ctx.sentence, first, ctx.start)
                     or _INVESTMENT_OF.search(ctx.sentence, first, ctx.start) and _IN_PROJECTS.match(ctx.sentence, ctx.end)
                     or _PROJECTS_WORD.search(ctx.sentence, 0, ctx.start) and (
                         _COMPLETED_INVESTMENT.search(ctx.sentence, max(0, ctx.start - 60), ctx.start)
                         or _INVESTMENT_COMPLETED.match(ctx.sentence, ctx.end))):
            # "complete investment of 32 billion yuan in key projects", "312 key projects were under construction,
            # with completed investment of 63.9 billion yuan", "146 key projects ..., with 61.5 billion yuan of
            # investment completed".
            return "project-investment"
        return None

    def _indicator(self, figure: Figure, ctx: Context, previous_end: int) -> tuple[str | None, bool]:
        if not self.terms:
            return None, False
        sentence = ctx.sentence
        # "Value added of industrial enterprises above designated size - those with annual main business
        # revenue of at least 20 million yuan - grew 5.1 percent": an aside between dashes names nothing
        # measured (blanked, so offsets stay).
        before = sentence[:ctx.start]
        if "\u2014" in before or " - " in before or " \u2013 " in before:
            before = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), before)
        after = sentence[ctx.end:ctx.end + 60]
        if _GAP.match(after) and not _OVER_TIME.match(after):
            return None, False  # "4.4 points higher than the average": a gap between two figures
        np_start = max((m.end() for m in _NP_BOUNDARY.finditer(before)), default=0)
        local = sentence[max(previous_end, np_start):ctx.start]
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", local)}
        if "growth-contribution" in self.by_id and words & _CONTRIBUTION and \
                (_GROWTH.search(local) or _GROWTH.search(after)):
            return "growth-contribution", False
        listed = self._list_item(figure, sentence, before)
        if listed is not None:
            return listed.id, False
        named_after = _CHANGE_IN.match(sentence, ctx.end) if _CHANGE_OF_BEFORE.search(before[-40:]) else \
            _GROWTH_IN_AFTER.match(sentence, ctx.end) if figure.unit == "percent" else None
        if named_after is not None and (found := self._head(named_after.group(1), figure, "first")) is not None:
            # "growth of 6 percent in the value added of industrial enterprises above designated size;
            # a reduction of 3.3 percent in energy consumption per 10,000 yuan of GDP": named after it.
            return found.id, False
        named_whole = _OF_A_NAMED_WHOLE.match(ctx.sentence, ctx.end) \
            if figure.unit == "percent" and not _A_PART_SUBJECT.search(before, np_start) else None
        if named_whole is not None and (found := self._head(named_whole.group(1), figure, "first")) is not None:
            # "Taiyuan produced 38.7 percent of the value added of the province's strategic emerging industries":
            # a place's share of the quantity named after it ("Non-coal industries accounted for 38.4 percent
            # of the value added of ..." is the part's own).
            return found.id, False
        spent = (_SPENT_ON.match(sentence, ctx.end) if figure.unit in ("CNY", "USD")
                 else _SPENT_SHARE_ON.match(sentence, ctx.end) if figure.unit == "percent" else None) \
            if _SPENT.search(sentence, max(0, ctx.start - 40), ctx.start) else None
        if spent is not None and (found := self._head(re.sub(r"\bR&D\b", "research and development", spent.group(1)),
                                                      figure, "first")) is not None:
            # "spent 11.8 billion yuan on research and development" (or "on R&D"): what the money went on
            # names it.
            return found.id, False
        if figure.unit == "CNY" and figure.text.endswith("-yuan") and "industry-output-value" in self.by_id \
                and _AN_INDUSTRY_OF.match(sentence, ctx.end):
            return "industry-output-value", False  # "into a 100-billion-yuan industry": its output value
        if figure.unit == "percent" and "solid-waste-utilization-rate" in self.by_id and _PUT_TO_USE.search(before) \
                and _OF_ITS_WASTE.match(sentence, ctx.end):
            return "solid-waste-utilization-rate", False  # "The city used 51.6 percent of its industrial solid waste"
        if figure.unit == "percent" and "product-output" in self.by_id and (
                _WASHED.search(before, max(0, ctx.start - 40)) and _OF_RAW_COAL.match(sentence, ctx.end)
                or _OF_RAW_COAL_WASHED.match(sentence, ctx.end)):
            # "Shanxi washed 71.2 percent of its raw coal", "68.9 percent of raw coal was washed": the share
            # washed is the washed coal's output, not the raw coal's.
            return "product-output", False
        electricity = _OF_THE_ELECTRICITY.match(sentence, ctx.end) \
            if figure.unit in ("percent", "kWh") and "electricity-generation" in self.by_id else None
        if electricity is not None and (electricity.group(1) or _GENERATED.search(before, max(0, ctx.start - 40))):
            # "generated 12.4 percent of the 305.9 billion kWh of electricity produced in the province",
            # "generated about four-fifths of the province's electricity": a share of the electricity
            # generated ("Pumps use about 20 percent of China's electricity" is what they consume).
            return "electricity-generation", False
        if figure.unit == "kWh" and "outbound-electricity" in self.by_id and _SENT_OUT.match(sentence, ctx.end):
            return "outbound-electricity", False
        source = _FROM_SOURCE.match(sentence, ctx.end) if figure.unit in ("CNY", "USD") else None
        if source is not None and (found := self._head(source.group(), figure, "first")) is not None:
            return found.id, False  # "earned 29.6 billion yuan from tourism": where the money came from names it
        label = _VALUE_LABEL.match(sentence, ctx.end) if LINE_HEAD.fullmatch(before) else None
        if label is not None:
            # "- 187 million tons: raw coal output." A line led by its figure names it after the colon.
            found = self._head(label.group(1), figure, "first")
            return (found.id if found is not None else None), False
        head = _LABEL_FIRST.fullmatch(before)
        if head is not None and figure.unit == "percent":
            # "- Comprehensive utilization rate of industrial solid waste: 70 percent": a rate
            # labelled so is what the label names, if that is measured in percent.
            found = self._head(head.group(1).strip(), figure, "first")
            if found is not None and found.unit == "percent":
                return found.id, False
            head = None
        if head is not None:
            # "- Raw coal: 1.05 billion tons", "- New energy vehicles: 118,600 units": a release's line
            # led by its label; a product alone is its output.
            name = head.group(1).strip()
            found = self._head(name, figure, "first") or self._head(f"{name} output", figure, "first") \
                or self._head(f"output of {name}", figure, "first")
            if found is not None:
                return found.id, False
        if figure.unit not in ("percent", "percentage-points") and _AND_BEFORE.search(before) \
                and (said := _PART_SAID_AFTER.match(sentence, ctx.end)) is not None:
            # "Power generation rose 9.4 percent to 61.7 billion kWh, and 38.5 billion kWh, or 62.4 percent,
            # was sent to Beijing, Tianjin and Hebei": a part, named by what is said of it.
            found = self._head(re.split(r"[;:]", sentence[said.end():said.end() + 120])[0], figure, "first")
            if found is not None:
                return found.id, False
        if _OF_WHICH.search(before):
            # "generation reached 441.6 billion kWh, of which 145.2 billion kWh was transmitted to
            # other regions": the part is named after it.
            found = self._head(sentence[ctx.end:clause_of(sentence, ctx.start, ctx.end)[1]], figure, "first")
            if found is not None:
                return found.id, False
        first = clause_of(sentence, ctx.start, ctx.end)[0]
        batch = self._project_batch(figure, ctx, first)
        if batch is not None:
            # "The park started three projects with total investment of 4.6 billion yuan": a batch of
            # projects is counted wherever it is, a park's or a county's too.
            return batch, False
        epithet = self.city_epithet.search(sentence, 0, ctx.start)
        # (the epithet blanked, offsets kept)
        plain = sentence if epithet is None else \
            sentence[:epithet.start(1)] + " " * (epithet.end(1) - epithet.start(1)) + sentence[epithet.end(1):]
        if not _AN_INDUSTRYS_MEASURE.search(sentence, max(first, ctx.start - 90), ctx.start) and (
                _SINGLE.search(plain, first, ctx.start) or _COUNTY.search(plain, first, ctx.start)) \
                or _ONE_BODY.search(before) and not _AN_INDUSTRY_REPORTED.search(before) \
                or self.county_subject.match(sentence, first, ctx.start) \
                or _RELATIVE.search(sentence, max(0, first - 12), first + 8) \
                and (self.county_subject.match(sentence, 0, ctx.start)
                     or _SINGLE.search(sentence, max(0, first - 80), first)):
            # A plant, a company or a county is not its city ("The new plant is part of Jinzhong's drive to
            # build a new materials industry with output value of RMB 100 billion": the industry's, named so).
            return None, False
        if figure.unit == "sqkm" and (figure.raw_unit or "") != "mu" and "land-area" in self.by_id \
                and _LAND_BEFORE.search(before):
            return "land-area", False  # a place's area (a park's or a plant's was left out above)
        if figure.unit == "count":
            noun = count_noun(figure, ctx)
            if "population" in self.by_id and _INHABITANTS.match(noun) and _PLACE_OF.search(before):
                return "population", False  # "a city of 4.77 million people", "home to 1.31 million people"
            if "industry-employment" in self.by_id and _EMPLOYS.search(before) and _PEOPLE.match(noun) \
                    and _AN_INDUSTRY.search(sentence, first, ctx.start):
                # "the sector employs more than 12,000 people" (a company's staff measure nothing reusable)
                return "industry-employment", False
            number_of = _NUMBER_OF.search(before)
            found = (self._head(number_of.group(1), figure, "first") if number_of else None) \
                or self._head(noun, figure, "first")
            above = _ABOVE_SIZE.search(sentence) if found is not None and found.id == "industry-enterprises" else None
            if above is not None and "enterprises-above-designated-size" in self.by_id \
                    and not _IN_SUBPLACE.match(sentence, above.end()):
                # "added 14 industrial enterprises above designated size, bringing the total to 281": the
                # statistics' own count ("... above designated size in its three development zones" is a part).
                found = self.by_id["enterprises-above-designated-size"]
            if found is not None and found.id == "industry-enterprises":
                # "Eighteen companies were recognized as national specialized and sophisticated 'little giant'
                # enterprises, raising the city's total to 71": firms on a list the vocabulary names.
                found = self._firm_list(sentence, ctx) or found
            if found is None and "industry-enterprises" in self.by_id and _MAKERS_NOUN.search(noun.strip()) \
                    and _PLACE_HAS.search(before):
                found = self.by_id["industry-enterprises"]
            listed = None if _PRODUCED.search(before) else _PRODUCED_LISTED.search(before, max(0, len(before) - 200))
            if found is None and (_PRODUCED.search(before) or listed is not None or _MAKERS_MADE.search(before)):
                # "Jinzhong produced 86,500 new energy vehicles": a count of a product the list names; "The city
                # produced 21,400 new energy vehicles, up 78.2 percent, and 1.86 million hydraulic components": the
                # list goes on.
                made = before if listed is None else before[:listed.end(1)] + " "
                head = noun.strip().lower()
                named = next((ident for name, ident in _OF_NAMES.items()
                              if head == name.lower() or head.startswith(name.lower() + " ")), None)
                found = self.by_id.get(named) if named else None
                if found is None and "product-output" in self.by_id \
                        and (_CITY_MADE.search(made) or _MAKERS_MADE.search(made)) and not _PEOPLE.match(noun):
                    # "Changzhi made 23.5 billion LED chips", "the province made 1,320 industrial robots":
                    # a place's output of a product the vocabulary does not name.
                    found = self.by_id["product-output"]
            if found is None and "product-output" in self.by_id and _WERE_MADE.match(sentence, ctx.end) \
                    and not _PEOPLE.match(noun) and not _PRODUCED.search(before):
                found = self.by_id["product-output"]  # "Nationwide, 237,000 industrial robots were made in 2020"
            if found is not None and found.id == "industry-enterprises" and _PEOPLE.match(noun):
                found = None  # "trained 1,200 engineers for the industry ... with local firms": people, not firms
            if found is not None and found.id == "enterprises-above-designated-size" and "industry-enterprises" in \
                    self.by_id and (_PART_OF_ALL.search(noun) or number_of and _PART_OF_ALL.search(number_of.group(1))):
                # "37 semiconductor enterprises above designated size", "86 ... in development
                # zones": a part of them, an industry's or an area's, not the place's count.
                found = self.by_id["industry-enterprises"]
            if found is not None and found.scope == "item" and (
                    _ACTED_ON.search(before) and not _RANKED_WITH.search(before)
                    or _ACTED_AFTER.match(ctx.sentence, ctx.end)):
                # "signed agreements with 23 companies", "platforms serving 50,000 enterprises", "214
                # enterprises have received support", "640 companies from 23 countries took part": the
                # ones an action reached, not the industry's number.
                return None, False
            if found is not None and _PLACES_NOUN.search(noun):
                return None, False  # "companies from 23 countries and regions": places, not firms
            if found is None and (figure.metric.split()[-1:] == ["total"] or not noun.strip()
                                  or _UNIT_NOUN.match(noun) or _COPULA_END.search(before)):
                # "The output of new energy vehicles was 3,460": the subject before the verb names it.
                # "output of new energy vehicles reached 18,600 units": what the units are of comes before.
                # "boosting its total to 264": what the total is of comes before it.
                found = self._head(before, figure, "last")
            return (found.id if found else None), False
        of = _OF_AFTER.match(sentence, ctx.end)
        if of and figure.kind == "level" and figure.unit not in ("percent", "percentage-points"):
            # "produced 137 million tonnes of raw coal": what the amount is of names it.
            found = self._head(of.group(1), figure, "first")
            named = _OF_NAMES.get(of.group(1).strip().lower())
            if found is None and named in self.by_id and self._fits(self.by_id[named], figure):
                # "sent 118.5 billion kWh of electricity to other provinces": the clause's own
                # words, after the amount, come before the name alone.
                rest = re.split(r"[,;:\d]", sentence[of.start(1):clause_of(sentence, ctx.start, ctx.end)[1]])[0]
                found = self._head(rest, figure, "first") or self.by_id[named]
            if found is None and "product-output" in self.by_id and _MAKES.search(before) \
                    and self._fits(self.by_id["product-output"], figure):
                # "China produced about 22.9 million tons of refractory materials": a made thing
                # the vocabulary does not name is a product's output; coal produced is raw coal.
                found = self.by_id["product-output"]
                if re.match(r"(?:(?:that|the|its|this|their)\s+)?(?:raw\s+)?coal\b(?![\s-]+(?:products|chemicals|tar|gas|bed|based|"
                            r"derived|fired))", of.group(1), re.I) \
                        and "raw-coal-output" in self.by_id:
                    found = self.by_id["raw-coal-output"]
            if found is not None:
                return found.id, False
        clause = before[np_start:]
        found = self._head(clause, figure, "last")
        if found is not None:
            # "..., while the city's industrial value added as a whole rose 4.8 percent": the whole.
            found = self._refine(found, clause, len(clause), before[:np_start]) \
                if found.id in _SEGMENTS and not _AS_A_WHOLE.search(clause) else found
            return found.id, False
        if first < np_start:
            # "The city's coal output, meanwhile, fell 3.1 percent": the clause's subject,
            # before an aside, names what its figures measure.
            found = self._head(sentence[first:np_start], figure, "first")
            if found is not None:
                return found.id, False
        aside = _WHICH_ASIDE.search(sentence, max(0, first - 12), first + 12) if first else None
        if aside is not None:
            # "The output value of the city's new materials industry, which includes magnesium alloys, ...,
            # rose 21.4 percent": the subject before the describing aside names what the figure measures.
            subject_start = clause_of(sentence, max(0, first - 3), max(0, first - 2))[0]
            found = self._head(sentence[subject_start:aside.start()], figure, "first")
            if found is not None:
                return found.id, True
        # "Equipment manufacturing, mostly auto parts and farm machinery, grew 15.2 percent", "The coking
        # industry, long the city's second pillar, shrank 4.1 percent": read past the aside.
        sector = _SECTOR_GROWTH.search(_ASIDE_BEFORE_VERB.sub(r" \1", before)) \
            if figure.unit in ("percent", "percentage-points") \
            and not _USE_BY.search(sentence, max(0, ctx.start - 200), ctx.start) else None
        if sector is not None:
            # "the coking industry dropped 2.6 percent, equipment manufacturing 18.5 percent": how an
            # industry grew, in a statistical report, is how its value added grew.
            named = self._head(sector.group(1), figure, "first")
            if named is not None and named.id.endswith("value-added"):
                return named.id, False
            for ident in ("manufacturing-value-added", "sector-value-added"):
                if ident in self.by_id and (ident == "sector-value-added" or sector.group(1).lower() == "manufacturing"):
                    return ident, False
        # After the figure, only in its own clause: the next item of a list is another's.
        own_after = sentence[ctx.end:min(clause_of(sentence, ctx.start, ctx.end)[1], ctx.end + 60)]
        for text in (figure.metric, own_after):
            found = self._head(text, figure, "first")
            if found is not None:
                if text is figure.metric and found.id in _SEGMENTS:
                    found = self._refine(found, text, len(text), before)
                # Read after the figure, not from its own noun phrase: a reader should check it.
                return found.id, text is not figure.metric
        if _FAMILY.get(figure.unit, figure.unit) == "CNY" and figure.kind == "level" \
                and "industry-output-value" in self.by_id and _OUTPUT.search(clause):
            # "raise the sector's annual output to 20 billion yuan": output counted in money is
            # output value.
            return "industry-output-value", True
        capacity = _PRODUCT_CAPACITY.search(clause) or _PRODUCT_CAPACITY_AFTER.match(sentence, ctx.end) \
            if figure.unit == "t" and "production-capacity" in self.by_id and not _COAL_MINES.search(clause) else None
        if capacity is not None and (not _ITS_BEFORE.search(capacity.string, 0, capacity.start())
                                     or self.place_word.search(sentence)):
            # "Shanxi's clinker capacity stood at 78.6 million tonnes", "4.5 million tonnes of carbide
            # capacity", "an annual washing capacity of 820 million tonnes": a product's capacity (a
            # firm's, "its electric furnace capacity" with no place named, is its own).
            return "production-capacity", True
        if figure.unit == "t" and figure.kind == "level" and "product-output" in self.by_id \
                and _OUTPUT.search(clause):
            return "product-output", True  # "its output reached 410,000 tons": a product's output
        if figure.unit == "percent" and "product-output" in self.by_id and (
                _SHARE_OF_OUTPUT.match(ctx.sentence, ctx.end)
                or _MAKES_SHARE.search(before) and _OF_A_WHOLES_GOODS.match(ctx.sentence, ctx.end)):
            # "about a tenth of Shanxi's total", "three-quarters of Shanxi's milk output", "a third of the
            # country's codonopsis supply": a place's share of a product's output ("a quarter of China's
            # coal": of raw coal's).
            whole = _OF_A_WHOLES_GOODS.match(ctx.sentence, ctx.end)
            if whole is not None and _COAL_ITSELF.match(ctx.sentence, whole.end() - 1) and "raw-coal-output" in self.by_id:
                return "raw-coal-output", False
            return "product-output", True
        if "product-output" in self.by_id and _PRODUCT_OUTPUT.search(clause) and (
                figure.unit in ("t", "percent") or figure.unit == "other" and self._fits(self.by_id["product-output"], figure)):
            # "Cement output fell 8.4 percent to 2.15 million tons", "shale gas output rose to 10.9 billion cubic meters"
            return "product-output", True
        if _FAMILY.get(figure.unit, figure.unit) == "CNY" and "project-investment" in self.by_id \
                and _PROJECTS.search(clause) and re.search(r"\binvest", sentence, re.I):
            # "Together these projects account for 26.4 billion yuan, about a fifth of the total investment"
            return "project-investment", True
        return None, True


def count_noun(figure: Figure, ctx: Context) -> str:
    """What a count counts, as written after it: the extractor's noun phrase up to its
    last word, with a short 'for ...'/'of ...' that completes it."""
    after = ctx.sentence[ctx.end:]
    words = figure.metric.split()
    if not words:
        return ""
    at = after.find(words[-1])
    if at < 0 or at > 160:
        return figure.metric
    end = at + len(words[-1])
    tail = _NOUN_TAIL.match(after, end)
    if tail:
        end = _COUNT_STOP.search(after, end).start() if _COUNT_STOP.search(after, end, tail.end()) else tail.end()
    return after[:end]


def is_bound(ctx: Context) -> bool:
    """A bound on the scope of a rule or plan ("all mines with an annual capacity of 1.2 million tonnes or more"),
    a rule's requirement ("projects must invest at least 4 million yuan per mu") or the line a group is
    counted above ("12 have an investment of more than 1 billion yuan each")."""
    before = ctx.sentence[:ctx.start]
    if _REQUIRED.search(before, max(0, ctx.start - 70)):
        return True
    if _BOUND_BEFORE.search(before) and _EACH_AFTER.match(ctx.sentence, ctx.end):
        return True
    if (_MUST.search(before, max(0, ctx.start - 90)) or _TO_QUALIFY.match(ctx.sentence)) \
            and (_BOUND_AFTER.match(ctx.sentence[ctx.end:]) or _BOUND_BEFORE.search(before)
                 or _TO_QUALIFY.match(ctx.sentence) and _MUST.search(before) and ":" not in before):
        # "Applicants must have annual sales revenue of 100 million yuan or more", "To be named, a cluster
        # must have ... an operating revenue of 1 billion yuan or more": a rule's line.
        return True
    bounded = _BOUNDED.search(before)
    if bounded is not None and _TOTAL_WORD.search(bounded.group()):
        return False  # "100 projects with total investment of more than 40 billion yuan": their sum
    return bounded is not None and (bool(_BOUND_AFTER.match(ctx.sentence[ctx.end:]))
                                    or bool(_BOUND_BEFORE.search(before)))


def is_definition(ctx: Context, qualifier: str | None) -> bool:
    """A threshold in a definition ("those with annual revenues of 20 million yuan or more")."""
    before = ctx.sentence[:ctx.start]
    defined = _DEFINITION.search(before)
    if defined is not None and _TOTAL_WORD.search(defined.group()):
        return False  # "projects with total investment of more than 40 billion yuan": their sum, not a line
    if not defined and not _SIZE_MEANING.search(before):
        # "Nine of them have annual revenue of 20 million yuan or more, the threshold for industrial
        # enterprises above designated size", "more than 20 million yuan last year, the revenue at which
        # China counts ...": the line, named after it.
        return (qualifier == "over" or bool(_AT_LEAST.match(ctx.sentence[ctx.end:]))
                or bool(_MORE_THAN.search(before))) and bool(_THRESHOLD_AFTER.match(ctx.sentence, ctx.end))
    return qualifier == "over" or bool(_AT_LEAST.match(ctx.sentence[ctx.end:])) or bool(_MORE_THAN.search(before))


def _year(written: str | None, relative: str | None, published: dt.date | None) -> int | None:
    if written:
        return int(written)
    if published is None:
        return None
    return published.year - 1 if relative and "last" in relative.lower() else published.year


def _not_over(last_month: int, published: dt.date | None, before: str) -> bool:
    """Whether a span of this year ending with last_month is not over by the article's date,
    for a result (a goal's words before it keep it this year's)."""
    return published is not None and published.month <= last_month and not _is_target(before, published)


def more_periods(sentence: str, published: dt.date | None) -> list[tuple[int, int, str]]:
    """Periods of the sentence the extractor does not list, with their spans."""
    out: list[tuple[int, int, str]] = []
    for match in _MORE_PERIODS.finditer(sentence):
        group = match.groupdict()
        if group["m1"]:
            year = _year(group["my"], None, published)
            first = _MONTH_NAMES.index(group["m1"].lower()) + 1
            last = _MONTH_NAMES.index(group["m2"].lower()) + 1
            if year is None or last <= first or group["mand"] and last != first + 1:
                continue  # "in January and February": the two months together ("May and October" are two)
            if not group["my"] and _not_over(last, published, sentence[:match.start()]):
                year -= 1  # "January-November" in a January release: last year's
            label = f"{year}-{first:02d}-{year}-{last:02d}"
            if (first, last) == (1, 6):
                label = f"{year}-H1"
            elif (first, last) == (1, 9):
                label = f"{year}-Q1-Q3"
        elif group["n"]:
            year = _year(group["ny"], group["nr"], published)
            count = _COUNT_WORDS.get(group["n"].lower()) or int(group["n"])
            if year is None:
                continue
            if not group["ny"] and not group["nr"] and _not_over(count, published, sentence[:match.start()]):
                year -= 1  # "the first 11 months" in a January release
            label = f"{year}-01-{year}-{count:02d}"
        elif group["q"] or group["q2"]:
            if published is None or group["q2"] and not _QUARTER_SAID.search(sentence, 0, match.start()):
                continue
            quarter = _QUARTER[(group["q"] or group["q2"]).lower()]
            # A quarter that has not begun by the article's date is last year's; so is the result
            # of one not over yet ("grew 6.4 percent in the first quarter" in a January release).
            begun = published.month > 3 * (quarter - 1)
            year = published.year if begun and not _not_over(3 * quarter, published, sentence[:match.start()]) \
                else published.year - 1
            label = f"{year}-Q{quarter}"
        elif group["qa"] or group["ha"]:
            if published is None:
                continue
            last = 3 * int(group["qa"][1]) if group["qa"] else 6 * int(group["ha"][1])
            year = published.year - 1 if _not_over(last, published, sentence[:match.start()]) else published.year
            label = f"{year}-{group['qa'] or group['ha']}"
        elif group["h"]:
            label = f"{group['hy']}-{'H1' if group['h'].lower() == 'first' else 'H2'}"
        elif group["my2"]:
            label = group["my2"]
        elif group["fy"]:
            label = group["fy"]  # "will produce 10,000 tonnes a year from 2025"
        elif group["past"]:
            if published is None:
                continue
            word = group["past"].lower()
            count = _COUNT_WORDS.get(word) or int(word)
            # "Over the past three years" up to the article's year; early in a year (a work report
            # in January) the years before it, whole.
            end = published.year - 1 if published.month <= 2 else published.year
            start = end - count + 1 if published.month <= 2 else end - count
            label = f"{start}-{end}"
        elif group["ay"]:
            label = group["ay"]  # "forecasting 2024 net profit of RMB 450 million"
        elif group["bm"]:
            if published is None:
                continue
            # "opened in April": the last April up to the article's date; "is due to start
            # in October": the next.
            month = _MONTH_NAMES.index(group["bm"].lower()) + 1
            ahead = month > published.month and not _is_target(sentence[:match.start()], published)
            label = str(published.year - 1 if ahead else published.year)
            if _ALONE.match(sentence, match.end()):
                label = f"{label}-{month:02d}-{label}-{month:02d}"  # "In March alone": that month
        elif group["theyear"] or group["fullyear"]:
            if published is None:
                continue
            label = str(published.year)
        elif group["py"]:
            begin = 2011 + 5 * (int(group["po"]) - 12)  # the 12th plan began in 2011
            count = _COUNT_WORDS.get(group["py"].lower()) or int(group["py"])
            label = f"{begin}-{begin + count - 1}"
        elif group["y1"]:
            if int(group["y2"]) != int(group["y1"]) + 1:
                continue  # "in 2015 and 2020": two years apart, each its own
            label = f"{group['y1']}-{group['y2']}"
        elif group["nm"]:
            if published is None:
                continue
            months = {"three": 3, "six": 6, "nine": 9}[group["nm"].lower()]
            year = published.year - 1 if _not_over(months, published, sentence[:match.start()]) else published.year
            label = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-Q1-Q3"}[months]
        elif group["season"]:
            if published is None:
                continue
            label = str(published.year)  # "will graduate this summer"
        elif group["ago"]:
            if published is None:
                continue
            word = group["ago"].lower()
            count = 1 if word in ("a", "one") else _COUNT_WORDS.get(word) or int(word)
            label = str(published.year - count * (10 if group["unit"].lower().startswith("decade") else 1))
        else:
            year = _year(group["ey"], None, published)
            if year is None:
                continue
            if not group["ey"] and _MONTH_NAMES.index(group["e"].lower()) + 1 > published.month \
                    and not _is_target(sentence, published) and not _period_mentions(sentence, published):
                # "By the end of December", said in March: the December before ("will ... by the end of
                # June": the next; "in the first three quarters ... by the end of September": theirs).
                year -= 1
            label = str(year)
        out.append((match.start(), match.end(), label))
    return out


_FOR_THE_YEAR = re.compile(r"(?:for\s+the\s+(?:full\s+|whole\s+)?year|full-year|whole-year)\b", re.I)


def _with_periods(ctx: Context, published: dt.date | None) -> Context:
    """The context with the periods the extractor left out, in sentence order."""
    # "first-half 2020 revenue": the year is the half's, already read, not a period of its own.
    found = [(s, e, label) for s, e, label in more_periods(ctx.sentence, published)
             if not any(pos < s <= pos + 24 and read.startswith(label + "-") for pos, read in ctx.periods)]
    if not found and not any(BASE_BEFORE.search(ctx.sentence, 0, pos) for pos, _ in ctx.periods):
        return ctx
    # A year the extractor read inside a longer mention ("September 2023") gives way to it.
    taken = [(pos, label) for pos, label in ctx.periods if not any(s <= pos < e for s, e, _ in found)
             and not BASE_BEFORE.search(ctx.sentence, 0, pos)]
    # A match may start at its preposition ("from 2023"): the base is read before the year too.
    merged = sorted({*taken, *((s, label) for s, e, label in found if not BASE_BEFORE.search(ctx.sentence, 0, s)
                               and not (label.isdigit() and BASE_BEFORE.search(ctx.sentence, 0, e - len(label))))})
    return dataclasses.replace(ctx, periods=tuple(merged))


_ITS_REVENUE = re.compile(r"\bits\s+(?:annual\s+|total\s+|sales\s+|operating\s+|main\s+business\s+)?revenues?\b", re.I)
# A sentence that goes on with a breakdown's places: "Lyuliang had 39, Yangquan 31 and Xinzhou 27."
_GOES_ON = re.compile(r"\s*[A-Z][a-z]+\s+(?:had|has|added)\s+(?:\d|[a-z]+[,;]|[a-z]+\s+and\b)")
_OF_ONES_OWN_REVENUE = re.compile(r"\s+(?:or\s+more\s+)?of\s+(?:its\s+|the\s+company's\s+)?"
                                  r"(?:annual\s+|total\s+|main\s+business\s+|sales\s+|operating\s+)?revenues?\b", re.I)


# "the installed power capacity was 15.82 million kilowatts, of which wind power was 4.31 million kilowatts
# and solar power 2.16 million kilowatts": the parts of a capacity by source.
_CAPACITY_PART = re.compile(r"(?:\bof\s+which|\bincluding|,|\band)\s+(?:that\s+of\s+)?(wind|solar|photovoltaic|PV)\s+"
                            r"(?:power\s+|energy\s+)?(?:capacity\s+)?(?:was\s+|stood\s+at\s+|reached\s+|at\s+)?$", re.I)
_CAPACITY_BY_SOURCE = {"wind": "wind-power-capacity", "solar": "solar-power-capacity",
                       "photovoltaic": "solar-power-capacity", "pv": "solar-power-capacity"}
_RD_SHARE = re.compile(r"\s+of\s+(its|their)\s+(?:[\w-]+\s+){0,2}?(?:revenue|revenues|sales)\s+(?:on|to|in)\s+"
                       r"(?:research|R&D)\b", re.I)
_TAX_SHARE = re.compile(r"\btax\s+revenues?\b[^;]{0,60}?,\s*(?:accounting\s+for|or|making\s+up)\s+"
                        r"(?:about\s+|nearly\s+|some\s+)?$", re.I)


def _semicolon_part(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of the part of sentence, between semicolons, that holds sentence[start:end]."""
    before = sentence.rfind(";", 0, start)
    after = sentence.find(";", end)
    return before + 1, after if after >= 0 else len(sentence)


def clause_of(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of the statement that holds sentence[start:end]."""
    first = max((m.end() for m in _BOUNDARY.finditer(sentence, 0, start)), default=0)
    nxt = _BOUNDARY.search(sentence, end)
    last = nxt.start() if nxt else len(sentence)
    if sentence.startswith("whose", first):
        # "Xinzhou, whose output reached 21.8 billion yuan last year, aims for ...": the relative
        # clause ends at its comma.
        comma = sentence.find(",", end, last)
        last = comma if comma >= 0 else last
    return first, last


def _is_target(text: str, published: dt.date | None) -> bool:
    text = _NOT_A_GOAL.sub(" ", text)
    return _status(text, published) == "target" or bool(_MORE_TARGET.search(text))


_IMPERATIVE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:%s)\b(?!\s+(?:by|in|of|to|from|up|on|with|at)\b)(?![-'])"
                         % "|".join(w.capitalize() for w in _WORDS["imperatives"].split()))
_SPENDING_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|already\s+)?(?:investing|spending|putting|pouring|injecting)\s+"
                           r"(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+|around\s+)?$", re.I)


_ITS_LAND = re.compile(r"\b(?:occupy|occupies|occupying|take\s+up|takes\s+up|taking\s+up|covers?|covering|"
                       r"(?:built|sit|sits|stand|stands)\s+(?:[a-z]+\s+){0,4}?on)\s+" + _ABOUT + "$", re.I)
_A_RULE_BEFORE = re.compile(r"\b(?:standard|limit|threshold|cap|ceiling)\s+of\s+(?:about\s+)?$", re.I)
_COPULA_END = re.compile(r"\b(?:was|were|stood\s+at|came\s+to|totaled|totalled)\s+" + _ABOUT + "$", re.I)
_IT_AFTER = re.compile(r"\s+(?:it|that(?:\s+figure)?|the\s+figure|this)\b(?!\s+(?:of|is|was)\b)", re.I)
_PUT_TO_USE = re.compile(r"\b(?:used|reused|utilized|utilised|recycled|put\s+to\s+use)\s+" + _ABOUT + "$", re.I)
_OF_ITS_WASTE = re.compile(r"\s+of\s+(?:its|their|the|the\s+[\w-]+['\u2019]s)\s+(?:industrial\s+)?(?:solid\s+)?waste\b", re.I)
_THAT_IS = re.compile(r"\s*(?:That|This)\s+(?:is|was|equals|amounts\s+to|represents|made\s+up|accounts\s+for)\b")


# A verb in the past tense before an amount, not a goal's word or an adjective: "the province closed 60
# mines and cut ...", "replaced 4,300 of them last year", "has set aside 2,400 mu".
_RESULT_VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+|also\s+)?(?:set|cut|put|built|made|won|shut|spent|sold|become|grown|"
    r"risen|fallen)\b|(?<!\bbeing\s)(?<!\bbe\s)(?!(?:%s)\b)[a-z]{3,}ed\s+(?:up\s+|off\s+|out\s+|aside\s+|down\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+|another\s+)?"
    r"(?:\d|RMB|\$|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b))"
    % "|".join(_WORDS["not_past_verbs"].split()))


_WILL_RECEIVE = re.compile(r"\bwill\s+(?:each\s+|jointly\s+)?(?:receive|share|be\s+(?:granted|awarded|allocated|given))\s+"
                           r"(?:[a-z-]+\s+){0,4}?(?:RMB\s?)?\d[\d,.]*(?:\s+(?:million|billion))?\s+yuan\b", re.I)
_GOAL_GOES_ON = re.compile(r"\s*,?\s*(?:(?:and|while)\s+)?(?:also\s+)?to\s+[a-z]+\b", re.I)


def status(ctx: Context, published: dt.date | None, unit: str | None = None) -> tuple[str, bool]:
    """actual or target, from the figure's own clause first; True when guessed across clauses
    (unit: the figure's, when known)."""
    first, last = clause_of(ctx.sentence, ctx.start, ctx.end)
    clause = ctx.sentence[first:last]
    start_value = _START_VALUE.search(ctx.sentence, first, ctx.start)
    if start_value is not None and not (start_value.group().lower().startswith("worth")
                                        and (_is_target(ctx.sentence[first:start_value.start()], published)
                                             or _BY_AFTER.match(ctx.sentence, ctx.end)
                                             and _is_target(ctx.sentence[ctx.end:ctx.end + 30], published))):
        # "up from 4,500 yuan", "projects worth 52.7 billion yuan": a value as it stands ("aims to make
        # the industry worth 10 billion yuan", "aims to sign projects worth 20 billion yuan" are goals).
        return "actual", False
    if _A_PLACE_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start):
        return "actual", False  # "Lyuliang, a city of 3.3 million people, wants ...": the place as it is
    if _WHICH_DOES.search(ctx.sentence, max(0, ctx.start - 40), ctx.start) and "," in ctx.sentence[ctx.end:last + 1] \
            and not _is_target(ctx.sentence[ctx.end:ctx.sentence.find(",", ctx.end)], published):
        return "actual", False  # "Shanxi, which produces about a quarter of China's coal, aims to ...": as it is
    if _GOALS_LISTED.search(ctx.sentence, 0, ctx.start):
        return "target", False  # "The main expected targets for this year are: ..., growth of 8 percent"
    if _IMPERATIVE.match(ctx.sentence) and not _START_VALUE.search(ctx.sentence, 0, ctx.start):
        # "Build 100 provincial-level digital workshops.", "Start 100 industrial projects with total
        # investment of more than 40 billion yuan.": a plan's task, said as a command.
        return "target", False
    if unit == "sqkm" and _ITS_LAND.search(ctx.sentence, max(0, ctx.start - 30), ctx.start):
        # "The plant will occupy 420 mu of land", "will be built in two phases on 1,200 mu": the site a
        # project stands on is settled, whatever it will do.
        return "actual", False
    with_investment = _WITH_INVESTMENT.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
    if with_investment is not None and _is_target(ctx.sentence[first:with_investment.start()], published):
        return "target", False  # "We will start 150 key projects with planned investment of 60 billion yuan"
    if ctx.sentence[ctx.start:ctx.end].endswith("-yuan") and not _is_target(ctx.sentence[first:ctx.start], published) \
            or with_investment:
        # "A 900-million-yuan dairy plant that will process ...", "Phase I, with an investment of RMB 1.8
        # billion, is scheduled for ...": what the project costs is committed, whatever it will do
        # ("will set up a 2-billion-yuan fund" stays a goal).
        return "actual", False
    if _TARGET_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start):
        return "target", False  # "54 percent of the annual target of 45,000": the target itself
    if is_term(ctx, unit):
        return "actual", False  # "a subsidy of 20 percent of the cost, up to 5 million yuan per company": a rule's term
    if _SPENDING_NOW.search(ctx.sentence, max(first, ctx.start - 40), ctx.start):
        # "Saishang is investing 380 million yuan in a forging line that will ...": money being spent
        # now, whatever the line will do.
        return "actual", False
    if _WILL_RECEIVE.search(ctx.sentence):
        # "A total of 37 enterprises will share subsidies of 41.6 million yuan", "21 digital workshops,
        # which will receive 18.9 million yuan": a list of grants published is decided, not a goal.
        return "actual", False
    if _is_target(clause, published):
        return "target", False
    if _GOAL_GOES_ON.match(clause) and _is_target(ctx.sentence[:first], published):
        # "aims to raise the industry's revenue to 160 billion yuan by 2025, and to have new materials
        # account for 30 percent": the goal's next infinitive.
        return "target", False
    if _ACTUAL.search(clause) or _RESULT_VERB.search(clause):
        return "actual", False
    # A clause with no verb of its own shares the sentence's: "Shanxi will ..., build
    # 150 mines"; "six platforms for research, design, and testing will be built".
    target = _is_target(ctx.sentence[:first], published) or _is_target(ctx.sentence[last:], published)
    mixed = target and bool(_ACTUAL.search(ctx.sentence))
    return ("target" if target else "actual"), mixed


def goal_items(paragraphs: Sequence[str], headings: Mapping[int, str] | None = None) -> dict[int, str | None]:
    """The paragraphs that are items of a list of goals, with the list's deadline if it names one:
    the lines after "The main targets for economic and social development are:" or "By 2025:", or
    under a heading "II. Targets for 2025" (headings: the heading right before a paragraph, by
    paragraph index), that start as list items."""
    out: dict[int, str | None] = {}
    intro: re.Match[str] | None = None
    for index, paragraph in enumerate(paragraphs):
        heading = (headings or {}).get(index)
        if heading is not None:
            intro = _GOALS_HEADING.search(heading)
        if intro is not None and _GOAL_ITEM.match(paragraph):
            # "By 2025:", "Main targets (by 2027):", "II. Targets for 2025"
            out[index] = intro.group("by") or intro.group("by2") or intro.group("by3")
            continue
        intro = _GOALS_INTRO.search(paragraph)
    return out


def plan_span(title: str, paragraphs: Sequence[str], published: dt.date | None) -> str | None:
    """The span of years the article's plan or review covers, when it names one: "targets for
    2023-2025", "the 13th Five-Year Plan period (2016-2020)", "over the next three years"."""
    if published is None:
        return None
    for text in (title, *paragraphs[:3]):
        for match in _SPAN.finditer(text):
            first, last = int(match.group(1)), int(match.group(2))
            if 2 <= last - first <= 5 and first - 6 <= published.year <= last + 1:
                return f"{first}-{last}"
        plan = _PLAN_ORDINAL.search(text)
        if plan is not None:
            first = 2011 + 5 * (int(plan.group(1)) - 12)
            return f"{first}-{first + 4}"
    ahead = _NEXT_YEARS.search(paragraphs[0]) if paragraphs else None
    if ahead is not None:
        count = _COUNT_WORDS.get(ahead.group(1).lower()) or int(ahead.group(1))
        return f"{published.year}-{published.year + count - 1}"
    return None


_PAST_VERB = (r"(?:[a-z]+ed|sold|made|paid|grew|rose|fell|won|spent|built|bought|took|brought|drew|ran|gave|got|"
              r"put|set|cut|turned\s+out|shipped|mined|dug|burned|burnt|sent|began|became|had|did|saw|hit|led)")
_AND_PAST = re.compile(r"\s+and\s+(?:also\s+|then\s+)?" + _PAST_VERB + r"\b", re.I)


_GENERIC_SUBJECT = re.compile(r"\s*[\"\u201c]?(?:A|An|One|Each|Every|(?:Making|Producing|Building)\s+(?:a|an|one))\s+(?:[\w-]+\s+){0,4}?(?:weighs|takes|needs|uses|"
                              r"lasts|contains|holds|requires|consumes|emits|saves|can\s+be|can|(?:is|are)(?!\s+\w+ing\b))\b[^,;:]*$")


_DESIGN = re.compile(r"\b(?:capacity|designed|make|produce|process|handle|turn\s+out|generate|treat)\b", re.I)
_NOW_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:now|today|currently|at\s+present)\b", re.I)
# ", those with annual main business revenue of 20 million yuan or more," and the same between dashes.
_DEFINITION_ASIDE = re.compile(r"(?:(?P<comma>,)|\s[-\u2013\u2014]|\u2014)\s*(?:those|ones|i\.e\.|meaning|namely)\s+"
                               r"(?:with|whose|having)\b[^,;:]{0,100}?(?:or\s+(?:more|above)|and\s+above)\s*"
                               r"(?(comma),|[-\u2013\u2014])", re.I)
_IT_GREW = re.compile(r"\s*(?:In\s+[^,]{1,40}?,?\s+)?(?:it|this|that)\s+(?:grew|rose|increased|climbed|jumped|fell|"
                      r"declined|dropped|expanded)\b", re.I)
_THIS_YEAR_GOAL = re.compile(r"\b(?:this|next)\s+year\b|\bfull[\s-]year\b", re.I)


def _not_its_time(ctx: Context, first: int, at: int) -> bool:
    """Whether the time after a figure belongs to another verb of its clause: a present-tense
    figure joined by "and" to a dated past one ("cover 1.6 million mu and produced ... last year")."""
    return bool(_PRESENT.search(ctx.sentence, first, ctx.start)) and bool(_AND_PAST.search(ctx.sentence, ctx.end, at))


def period(ctx: Context, figure: Figure, published: dt.date | None, lead: str | None,
           news_lead: bool = False, deadline: str | None = None, plan: str | None = None) -> tuple[str | None, bool]:
    """The figure's period (see _period), where a size said as an adjective ("a 260-mu treatment center",
    "a 0.6-square-kilometer park") is the thing as it stands, not the span a "since" clause runs over."""
    found, unsure = _period(ctx, figure, published, lead, news_lead, deadline, plan)
    base = _base_span(ctx, lead) if figure.kind != "change" else None
    if base is not None:
        return base, unsure
    since = _POINTS_FROM_YEAR.match(ctx.sentence, ctx.end) \
        if figure.unit == "percentage-points" and found is not None and re.fullmatch(r"\d{4}", found) else None
    if since is not None and since.group(1) < found:
        # "accounted for 38.4 percent of industrial value added, up 2.2 percentage points from 2019":
        # a share's change spans from the year it is measured against.
        return f"{since.group(1)}-{found}", unsure
    if published is not None and found is not None and _SIZE_ADJECTIVE.fullmatch(figure.text) \
            and figure.unit not in ("percent", "percentage-points") \
            and re.fullmatch(rf"(?:19|20)\d\d-{published.year}", found):
        return str(published.year), unsure
    return found, unsure


_POINTS_FROM_YEAR = re.compile(r"\s+(?:from|over|compared\s+with)\s+((?:19|20)\d\d)\b(?!\s*-)")
_ONCE = re.compile(r"\b(?:once|used\s+to)\s+(?:[\w-]+\s+){0,4}$", re.I)
_OF_A_COUNTYS = re.compile(r"\s+of\s+(?:the|this|that|its)\s+(?:county|district)['\u2019]s?\s", re.I)
_BY_AFTER = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")  # "a chain worth 50 billion yuan by 2027"
_CAUSE_AFTER = re.compile(r",\s+(?:as|because|after)\s+(?!(?:of|in|by|from|at|to|on|for|well|part|such|compared|against|"
                          r"planned|expected|scheduled|required|a\s+result|much|many|high|low|far|long|soon)\b)[A-Za-z]"
                          # "rose 63 percent, helped by a plant that started production in January"
                          r"|,\s+(?:helped|driven|boosted|lifted|thanks)\s+(?:by|to)\s+[A-Za-z]")
_OF_THE_ECONOMY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:city|province|country|region)['\u2019]s\s+|[A-Z][a-z]+['\u2019]s\s+)?"
                             r"(?:economy|GDP|gross\s+domestic\s+product)\b")
_PLAIN_INDUSTRY = re.compile(r"\s*(?:(?:The\s+)?(services?(?:\s+sector)?)|Industry\s+and\s+construction)\s+"
                             r"(?:accounted\s+for|made\s+up|contributed|took\s+up|represented)\s+(?:about\s+|nearly\s+|"
                             r"almost\s+|more\s+than\s+|over\s+|roughly\s+|some\s+)?$", re.I)
_AVERAGE_OF = re.compile(r"\b(?:the\s+)?(?:provincial|national|(?:city|province|country|nation)['\u2019]s)\s+(?:average|rate|"
                         r"level|figure|pace)(?:\s+growth)?\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.I)
_PLACE_FOLLOWED = re.compile(r"\s*[A-Z][a-z]+\s+(?:followed|came\s+(?:next|second)|was\s+(?:next|second))\s+(?:with\s+)?"
                             r"(?:about\s+|nearly\s+|some\s+)?")
_PLACE_LEADS = re.compile(r"\s*(?:By\s+(?:city|region|area|place),\s*)?(?:[A-Z][a-z]+\s+)(?:has|had|have)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?")
_TO_QUALIFY = re.compile(r"\s*To\s+(?:qualify|be\s+(?:named|listed|selected|accredited|eligible|recognized|certified))\b")
# A product set against another by what it weighs or consumes: "30 percent lighter than", "use 15
# percent less electricity than", "about 20 percent less pain than".
_PROPERTY_COMPARED = re.compile(r"\s+(?:lighter|heavier|stronger|thinner|thicker|quieter|louder|"
                                r"(?:less|more)\b(?!\s+than\s+(?:doubled|tripled)))\b(?:\s+[a-z-]+){0,4}?\s+than\s+"
                                r"(?!(?:last|the\s+previous\s+(?:year|period|quarter|month)|a\s+year|in\b|at\b|on\b|the\s+same|that\s+of|those\s+of|before|"
                                r"expected|planned|forecast|targeted|the\s+(?:national|provincial|city|county|city's|province's|"
                                r"country's|nation's)|(?:19|20)\d\d|\d|a\s+decade|ten\s+years|five\s+years|earlier|"
                                r"the\s+year|the\s+end|the\s+first|the\s+target|the\s+goal|the\s+plan))",
                                re.I)
# What a company or plant started with, dated by its founding: "founded in 2019 with an investment of".
_FOUNDED_WITH = re.compile(r"\b(?:founded|set\s+up|established|started|launched)(?:\s+(?:the|its|his|her|their|a|an)(?:\s+[\w-]+){1,3}?)?\s+in\s+(?:(?:early|late|mid-?)\s*)?"
                           r"((?:19|20)\d\d)\s+(?:with|at\s+a\s+cost\s+of|as\s+an?\s+(?:[\w-]+\s+){0,3}?(?:of|with))\s+(?:an?\s+)?(?:(?:total\s+|initial\s+|registered\s+)?"
                           r"(?:investment|capital)\s+of\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+|just\s+)?$", re.I)
_STARTED_WITH = re.compile(r"\b(?:started|began)\s+(?:out\s+)?with\b[^.;]{0,50}$", re.I)
_FOUNDING_YEAR = re.compile(r"\b(?:founded|set\s+up|established|opened)\s+in\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b", re.I)
_FIRM_LISTS = ("high-tech-enterprises", "specialized-smes", "intelligent-manufacturing-demonstrations", "green-factories")
_PART_NAMED = re.compile(r"\b(?:including|of\s+which|of\s+whom|among\s+them|among\s+which)\b", re.I)
_PRICED = re.compile(r"\b(?:yuan|sells?|sold|costs?|pays?|paid|prices?|labor|wages?)\b", re.I)
_SIZES_OF_A_THING = frozenset({"mm", "cm", "microns", "nm", "decibels", "megapascals", "parts per million"})  # raw units that measure a made thing
_TODAY = re.compile(r"\b(?:now|today|currently)\b", re.I)  # "The wire it sells today is 34 microns thick"
_SIZE_ADJECTIVE = re.compile(r"[\d.,]+(?:-[A-Za-z]+)+")
# A base said as the same part of another year, right after its figure: "compared with 31.2% in the
# same period of 2020", "up from 700 in the same period last year", "against 61% a year earlier".
_SAME_PART_BEFORE = re.compile(r"\s+(?:(?:in|during|over|for)\s+the\s+(?:same|corresponding)\s+(?:period|months?|quarter)"
                               r"\s+(?:of\s+(?P<y>(?:19|20)\d\d)\b|(?:of\s+)?(?:last|the\s+previous)\s+year|a\s+year\s+"
                               r"(?:earlier|ago|before))|a\s+year\s+(?:earlier|ago|before)\b)", re.I)
# "Net income rose 21.9% to RMB 17.8 million from RMB 14.6 million": the base of a change, its time unsaid.
_FROM_AT_END = re.compile(r"\b(?:%s)\s+[^,;]{0,80}?\bto\s+[^,;]{0,60}?\s+from\s+(?:about\s+|nearly\s+)?$"
                          % "|".join(_WORDS["growth_verbs"].split()), re.I)
_PART_OF_YEAR = re.compile(r"((?:19|20)\d\d)-(H[12]|Q[1-4](?:-Q[1-4])?|\d\d-((?:19|20)\d\d)-\d\d)")


def _base_span(ctx: Context, lead: str | None) -> str | None:
    """The period of a base said as the same part of an earlier year, when the figures it is
    compared with are for part of a year: "2021-H1" reported against "2020-H1"; None otherwise."""
    same = _SAME_PART_BEFORE.match(ctx.sentence, ctx.end)
    if same is None and not (_FROM_AT_END.search(ctx.sentence, max(0, ctx.start - 160), ctx.start)
                             and re.match(r"\s*(?:\([^()]{0,40}\))?\s*[.;]?\s*$", ctx.sentence[ctx.end:])):
        return None
    first = clause_of(ctx.sentence, ctx.start, ctx.end)[0]
    if _NOW.search(ctx.sentence, 0, ctx.start):
        return None  # "renewables now make up 46.8 percent, up from 41.5 percent a year earlier": a year ago
    parts = [label for pos, label in ctx.periods if first <= pos < ctx.start and _PART_OF_YEAR.fullmatch(label)]
    # The part of the year the clause names, else (when the sentence names no time) the paragraph's or the lead's.
    current = parts[-1] if parts else None if any(pos < ctx.start for pos, _ in ctx.periods) else next(
        (label for label in (ctx.carried, lead) if label and _PART_OF_YEAR.fullmatch(label)), None)
    if current is None:
        return None
    year = int(current[:4])
    earlier = int(same.group("y")) if same is not None and same.group("y") else year - 1
    if earlier >= year:
        return None
    return current.replace(str(year), str(earlier))


def _period(ctx: Context, figure: Figure, published: dt.date | None, lead: str | None,
            news_lead: bool = False, deadline: str | None = None, plan: str | None = None) -> tuple[str | None, bool]:
    """The figure's period: its clause, its sentence, its paragraph, the article's lead, the article's year.

    news_lead: the lead reports what someone said or told (a news story, not a statistical release);
    deadline: the last year ahead of the article its paragraph named before the figure."""
    first, last = clause_of(ctx.sentence, ctx.start, ctx.end)
    if plan is not None and _THE_PLAN_YEARS.search(ctx.sentence, first, last) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "Over the five years the city closed 27 coal mines", "will add 3 million kW during the
        # period": the span of the plan the article is about.
        return plan, False
    aside_end = ctx.sentence.find(",", ctx.end)
    aside_end = last if aside_end < 0 else min(aside_end, last)
    aside_start = max(first, ctx.sentence.rfind(",", 0, ctx.start))
    if published is not None and (figure.status == "actual" or _A_PLACE_OF.search(
            ctx.sentence, max(0, ctx.start - 40), ctx.start)) and (
            _WHICH_NOW.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
            or _A_PLACE_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
            and not any(aside_start <= pos < aside_end for pos, _ in ctx.periods)):
        # "Shuozhou, a city of 1.59 million people covering 10,600 square kilometers": a place as it is
        # ("Eight years ago ... Wuxiang county, a hilly place of about 180,000 people, ...": the aside's own time).
        # "Its park, which covers 12 square kilometers, has signed 17 projects since 2013": the
        # aside describes the park now.
        return str(published.year), False
    if figure.status == "target" and _AT_FULL.search(ctx.sentence) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "At full output, the plant will buy 150,000 tons of corn a year": a design figure, undated.
        return None, False
    if figure.status == "target" and figure.kind == "level" and figure.unit not in ("CNY", "USD") \
            and _ANNUAL.search(ctx.sentence, first, last) and _DESIGN.search(ctx.sentence, first, last) \
            and not ctx.periods and not ctx.carried and not _THIS_YEAR_GOAL.search(ctx.sentence):
        # "A photovoltaic company is building a factory that will make 5 gigawatts of cells a year":
        # a design's yearly capacity, with no year of its own.
        return None, False
    if figure.unit == "other" and (_EVERY_TIME.search(ctx.sentence, max(0, ctx.start - 24), ctx.start)
                                   and (figure.raw_unit or "") in ("seconds", "minutes", "hours", "days", "ms")
                                   or re.fullmatch(r"(?!units\s).+\sper\s(?:second|minute|hour)", figure.raw_unit or "")):
        # "a car every 90 seconds", "Every 38 minutes, the furnace taps a heat", "2,000 capsules a
        # minute": a tempo, at any time ("or roughly 580 every second" restates the output before it).
        return None, False
    if (_ONCE.search(ctx.sentence, max(first, ctx.start - 60), ctx.start) or _TO_QUALIFY.match(ctx.sentence)) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "Coal once provided more than 80 percent of the county's fiscal revenue", "Imported machines used
        # to cost 600,000 yuan": a past with no time of its own. "To qualify, an applicant must have main
        # business revenue of at least 50 million yuan": a rule's line, at any time.
        return None, False
    if _PROPERTY_COMPARED.match(ctx.sentence, ctx.end) and not _PRICED.search(ctx.sentence, first, last) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "The one-piece part is 10 percent lighter than the welded assembly", "fans that use 25 percent
        # less electricity than the induction motors they replace": what a product is, at any time.
        return None, False
    if figure.unit not in ("CNY", "USD") and figure.kind == "level" and _BEING_BUILT.search(ctx.sentence, first, last) \
            and _SPEC_BEFORE.search(ctx.sentence, max(first, ctx.start - 40), ctx.start) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "A local carmaker is building an assembly plant ... with an annual capacity of 150,000
        # vehicles", "The station will have four 300,000-kW units": a design still being built, undated.
        return None, False
    if figure.unit == "other" and figure.raw_unit in _SIZES_OF_A_THING \
            and not any(first <= pos < last for pos, _ in ctx.periods) and not _TODAY.search(ctx.sentence, first, last):
        # "Its particles measure 40 nanometers or less", "a resolution of 3 microns": a size a product
        # is made to, at any time.
        return None, False
    if _PER_ITEM.search(ctx.sentence, first, last) and not any(first <= pos < last for pos, _ in ctx.periods):
        # "Every ton of coke gives off about 430 cubic meters of gas", "each fuel cell truck saves
        # about 60 tons a year": a technical constant holds at any time.
        return None, False
    if figure.unit not in ("CNY", "USD") and _GENERIC_SUBJECT.match(ctx.sentence, first, ctx.start) \
            and not any(first <= pos < last for pos, _ in ctx.periods):
        # "A 17-inch wheel weighs about 10 kilograms", "One ton of dry pectin needs about 14 tons of
        # pomace", "A forged wheel can be 25 percent lighter": a thing of its kind, at any time.
        return None, False
    if is_term(ctx, figure.unit) and not any(first <= pos < last for pos, _ in ctx.periods):
        # "a one-off reward of 500,000 yuan", "a subsidy of 200 yuan per flight hour", "capped at 5 million
        # yuan": a rule's terms hold whenever it applies.
        return None, False
    founded = _FOUNDED_WITH.search(ctx.sentence, max(0, ctx.start - 100), ctx.start)
    if founded is not None:
        return founded.group(1), False  # "was set up in 2017 with an investment of 380 million yuan"
    if _STARTED_WITH.search(ctx.sentence, max(first, ctx.start - 60), ctx.start) \
            and (founding := _FOUNDING_YEAR.search(ctx.sentence, 0, ctx.start)) is not None:
        # "Hengda, founded in 2018 by a local miner, started with a single line and 40 workers": what it
        # started with is the founding year's.
        return founding.group(1), False
    dated_base = _YEAR_FIGURE_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
    if dated_base is not None:
        return dated_base.group(1), False  # "almost double the 2024 figure of 58 billion yuan"
    if published is not None and _ANNUAL_TARGET_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start):
        return str(published.year), False  # "54 percent of the annual target of 45,000": this year's goal
    # A time after another figure is that figure's ("14 companies, down from 49 in 2017").
    # "Its line, fitted with robots last year, turns out a wheelset every six minutes": the aside's time
    # is the fitting's.
    sentence_asides = [m.span() for m in _DATED_ASIDE.finditer(ctx.sentence) if not m.start() <= ctx.start < m.end()]
    asides = [(a, b) for a, b in sentence_asides if first <= a and b <= last]
    own = [(pos, label) for pos, label in ctx.periods if first <= pos < last
           and (pos < ctx.start or not _FROM_OTHER.search(ctx.sentence, ctx.end, pos)
                and not BASE_BEFORE.search(ctx.sentence, max(ctx.end, pos - 40), pos))
           and not any(a <= pos < b for a, b in asides)
           # "138 trips last year, up from 41 in 2020, carrying 6,900 containers": 2020 is the base's.
           and not (pos < ctx.start and _OTHERS_TIME.search(ctx.sentence, max(0, pos - 40), pos))
           # "earns 3,200 yuan a month, nearly double the wage of 2010": the multiple's base.
           and not (pos > ctx.end and _MULTIPLE_BASE.search(ctx.sentence, max(ctx.end, pos - 70), pos))
           # "dropped 9.6 percent, as the province stepped up inspections after accidents late last year":
           # the cause's time.
           and not (pos > ctx.end and _CAUSE_AFTER.search(ctx.sentence, ctx.end, pos))]
    found: str | None
    right_after = [label for pos, label in own if ctx.end <= pos <= ctx.end + 4
                   or ctx.end <= pos and _IN_THE.fullmatch(ctx.sentence, ctx.end, pos)
                   # "... next year and to convert 12 aircraft a year by 2026": a goal's own deadline.
                   or figure.status == "target" and ctx.end <= pos and ctx.sentence.startswith("by ", pos)
                   and _OWN_DEADLINE.fullmatch(ctx.sentence, ctx.end, pos)]
    if right_after:
        # "up from 2.8 percent in 2020": a time right after the figure is its own.
        found = right_after[0]
    elif own:
        before = [label for pos, label in own if pos <= ctx.start]
        found = before[-1] if before else own[0][1]
        if not before and figure.status == "actual" and published is not None \
                and re.fullmatch(r"\d{4}", found) and int(found) < published.year \
                and _not_its_time(ctx, first, own[0][0]):
            # "Its orchards cover 1.6 million mu and produced 4.2 million tons last year": the time
            # is the other verb's; the figure is as things stand.
            found = str(published.year)
        if not before and figure.status == "actual" and published is not None \
                and int(found[:4]) > published.year:
            # "The first phase, costing 3.4 billion yuan, will produce ... from 2025": a cost
            # paid is not dated by the goal's year after it.
            found = str(published.year)
    elif _NOW.search(ctx.sentence[first:last]):
        # "now" is the article's date, whatever the paragraph said before.
        found = str(published.year) if published else None
    elif figure.status == "actual" and (ctx.periods or ctx.carried or lead) \
            and _present(ctx.sentence, first, last, ctx.start):
        # "..., and the sector employs more than 12,000 people": a present-tense clause is
        # current at publication, whatever another clause or sentence dated.
        found = str(published.year) if published else None
    elif sentence_periods := [(pos, label) for pos, label in ctx.periods
                              if (pos < ctx.start and not _OTHERS_TIME.search(ctx.sentence, max(0, pos - 40), pos)
                                  or pos > ctx.start and not _FROM_OTHER.search(ctx.sentence, ctx.end, pos)
                                  # "..., and 0.5 points higher than in the first half": another figure's base.
                                  and not BASE_BEFORE.search(ctx.sentence, max(ctx.end, pos - 40), pos)
                                  # "Starts Production at 20,000-Ton Plant; 2021 Revenue Up 42.7%": the
                                  # statement after a semicolon dates its own figures.
                                  and ";" not in ctx.sentence[ctx.end:pos]
                                  and not _CAUSE_AFTER.search(ctx.sentence, ctx.end, pos)
                                  # "earn 5,600 yuan a month, twice what the mines paid in 2015": the multiple's base.
                                  and not _MULTIPLE_BASE.search(ctx.sentence, max(ctx.end, pos - 70), pos))
                              and not any(a <= pos < b for a, b in sentence_asides)]:
        before = [label for pos, label in sentence_periods if pos <= ctx.start]
        found = before[-1] if before else sentence_periods[0][1]
        deadlines = [label for _, label in ctx.periods if published is not None
                     and re.fullmatch(r"\d{4}", label) and int(label) > published.year]
        if figure.status == "target" and deadlines and found not in deadlines:
            # "By 2025, ..., up from 2.8 percent in 2020, and ... is expected to exceed
            # 600 billion yuan": a goal borrows the sentence's deadline, not a past year.
            found = deadlines[-1]
        elif figure.status == "actual" and found in deadlines:
            # "Thirty-five firms already use such lines, and the county wants half of them to do
            # so by 2021": a result does not borrow another clause's deadline.
            found = str(published.year)
    else:
        found = ctx.carried or lead
        if ctx.carried and lead and figure.status == "actual" and re.fullmatch(r"\d{4}", ctx.carried) \
                and lead.startswith(ctx.carried + "-") and re.fullmatch(r"(\d{4})-(?:Q[1-4].*|H[12]|\d\d-\1-\d\d)", lead):
            # "In January-October, ..." then "..., 26 of which were in production at the end of October.
            # The industrial output value ... was 7.46 billion yuan": a day in the period the report
            # covers dates its stock, not the report's flows after it.
            found = lead
        if figure.status == "target" and deadline and found and published is not None \
                and int(found[:4]) < published.year:
            # "By 2025, ... up from 28.6 percent in 2020. Revenue ... should reach 300 billion
            # yuan": a goal after a base year is due at the paragraph's deadline.
            found = deadline
        if news_lead and not ctx.carried and found and re.fullmatch(r"\d{4}-(?:H\d|Q.*|\d\d-\d{4}-\d\d)", found) \
                and figure.kind == "level" and figure.indicator is None and not _STATISTIC.search(ctx.sentence):
            # A half-year or a quarter in a news lead dates its statistics, not the plants, jobs and
            # prices the story goes on to: those are the lead's year.
            found = found[:4]
        span = re.fullmatch(r"(\d{4})-(\d{4})", found or "")
        if span and published is not None and span.group(2) == str(published.year):
            # "Since 2019, the city has ..." sums up to now; the sentences after it
            # report the present state, the article's year.
            found = span.group(2)
    if found is not None and published is not None and re.fullmatch(r"\d{4}", found) \
            and int(found) < published.year:
        at = next((pos for pos, label in ctx.periods if label == found), None)
        if at is not None and _SINCE.search(ctx.sentence, 0, at) and not any(
                p < at for p, _ in ctx.periods if p != at):
            # "Since the city was approved ... in 2017": from then to the article's year.
            return f"{found}-{published.year}", False
    if published is not None and _NOW_AFTER.match(ctx.sentence, ctx.end):
        # "cut coking capacity to below 20 million tons by 2020, from 24.5 million tons now": the base is now.
        return str(published.year), False
    if figure.status == "actual" and published is not None and found is not None \
            and re.fullmatch(r"\d{4}", found) and int(found) > published.year:
        # "... plans to raise the share to half by 2022. A lithium battery pack costs 1,400 to 2,000 yuan":
        # a result is not in the future; the deadline is another figure's.
        found = str(published.year)
    named_here = any(label == found for _, label in ctx.periods)
    base = _base_year(ctx, published) if figure.kind == "change" else None
    if base is not None and found == base:
        # "... to 50 billion yuan by 2022, nearly double last year's level": the year after the
        # multiple is its base; the figure ends at the clause's other time, or now.
        others = [label for pos, label in ctx.periods if label != base and re.fullmatch(r"\d{4}", label)
                  and first <= pos < last]
        found = others[-1] if others else str(published.year) if published is not None else None
    end = re.findall(r"(?:19|20)\d\d", found or "")[-1:] or [None]
    if base is None and figure.kind == "change" and found is not None and re.fullmatch(r"\d{4}", found):
        base = _base_before(ctx, found)
    if base is not None and end[0] is not None and base < end[0] \
            and (int(end[0]) - int(base) > 1 or not _BASE_FROM.match(ctx.sentence, ctx.end)):
        # "three times the 2015 figure", "2.3 times that of 2017", "five times its 2015 level",
        # "three times as many as five years ago": a change over a named base year.
        return f"{base}-{end[0]}", False
    if found is not None and figure.status == "target" and (
            figure.kind != "change" or not named_here and not _ANNUAL.search(ctx.sentence)):
        span = re.fullmatch(r"(\d{4})-(\d{4})", found)
        if span:
            # A goal is due at its deadline: a plan's "2021-2025" is 2025 for a level or a share,
            # and for an addition when the plan's span is not named in its sentence; a rate over
            # the plan ("grow 10 percent a year") and an addition "during ... (2021-2025)" keep it.
            return span.group(2), False
    if found is not None:
        return found, False
    if published is None:
        return None, False
    if figure.status == "target":
        return None, True  # a goal with no deadline: not the article's year
    return str(published.year), False


def _base_before(ctx: Context, year: str) -> str | None:
    """The base year of the statement a change follows, when the statement is dated `year`:
    "21.6 percent in 2020, up from 9.8 percent in 2015, a rise of 11.8 points" -> '2015'."""
    bases = [label for pos, label in ctx.periods if pos < ctx.start and re.fullmatch(r"\d{4}", label)
             and label < year and _OTHERS_TIME.search(ctx.sentence, max(0, pos - 40), pos)]
    return bases[-1] if bases else None


def _base_year(ctx: Context, published: dt.date | None) -> str | None:
    """The base year a multiple or a change names right after itself, if any."""
    named = _BASE_YEAR.match(ctx.sentence, ctx.end)
    if named is not None:
        return named.group(1) or named.group(2)
    if published is not None and _LAST_YEARS.match(ctx.sentence, ctx.end):
        return str(published.year - 1)  # "almost double last year's figure"
    from_year = _BASE_FROM.match(ctx.sentence, ctx.end)
    if from_year is not None:
        # "6,000 yuan more than in 2016" (said in 2020), "fall 14 percent from the 2020 level by 2025",
        # "38 percent more than in the same days of 2019": a change over a base year. The year just
        # before is a year-on-year change, dated by its own year alone ("up 4.8% from 2023" in 2024;
        # period() keeps a base that is not before the end out of the span).
        return from_year.group(1)
    ago = _BASE_AGO.match(ctx.sentence, ctx.end)
    if ago is None or ago.group("n") is None and ago.group("y") is None:
        return None
    if ago.group("y"):
        return ago.group("y")
    if published is None:
        return None
    word = ago.group("n").lower()
    count = 1 if word in ("a", "one") else _COUNT_WORDS.get(word) or int(word)
    return str(published.year - count * (10 if ago.group("u").lower().startswith("decade") else 1))


# Between a change (or the level it reached) and its base: " from ", " year-on-year from ".
_FROM_BASE = re.compile(r"\s*(?:year[- ]on[- ]year\s+|year[- ]over[- ]year\s+)?from\s+(?:about\s+|nearly\s+|around\s+)?")
_GROWTH_LABEL = re.compile(r"\s*:\s*(?:(?:annual|average|year-on-year)\s+)?(?:growth|increase|rise|decline|drop|fall|cut)\b",
                           re.I)


_GROWTH_AFTER = re.compile(r"(?:\s+(?!(?:of|in|to|the|and|for|from|on|at|by)\b)[A-Za-z-]+){0,2}\s+"
                           r"(?:rise|increase|growth|jump|gain|surge|drop|decline|fall)\b", re.I)


# "Thirty-one enterprises were newly added", "Eight factories were named national green factories", "9 smart
# factories ... were selected": an addition ("50 mines had been named intelligent mines by October": the stock).
_ADDED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,8}?(?:(?:were|was|have\s+been|had\s+been)\s+newly|(?:were|was)\s+(?:named|"
                          r"selected|recogni[sz]ed|certified|added))\b", re.I)
# "eight more enterprises", "another 18 companies" (not "31 more than last year", read above): for a
# stock the vocabulary names, an addition (a count that measures nothing is a level: "orders for 530 more").
_COUNT_MORE = re.compile(r"\s+(?:more|additional)\b(?!\s+than\b)(?!\s+(?:and|or)\b)", re.I)
_ANOTHER = re.compile(r"\banother\s+$", re.I)
# "A new 6,000-tonne line is expected to start production", "a second 20,000-ton line", "a new line with
# an annual capacity of 300,000 units": the capacity a line adds to a plant's.
_NEW_LINE_BEFORE = re.compile(r"\b(?:new|second|third|fourth|additional)\s+(?:[\w-]+\s+)?$", re.I)
_LINE_AFTER = re.compile(r"(?:\s+(?!(?:of|in|at|for|to|and|was|is|will|with)\b)[\w-]+){0,3}?\s+(?:production\s+)?lines?\b", re.I)
_NEW_LINE_OF = re.compile(r"\b(?:new|second|third|fourth|additional)\s+(?:[\w-]+\s+){0,2}?(?:production\s+)?lines?\s+"
                          r"with\s+(?:an?\s+)?(?:annual\s+|designed\s+)?(?:production\s+)?capacity\s+of\s+"
                          r"(?:about\s+|nearly\s+|some\s+)?$", re.I)
_GROWTH_TALK = re.compile(r"\b(?:grew|grow|grows|growth|rose|expanded|faster|slower|outpac\w*|percentage\s+points?)\b", re.I)
_BRINGING_TOTAL = re.compile(r"^[^.;:\d]*?,\s*(?:bringing|raising|lifting|taking)\s+(?:the|its|their|the\s+\w+'s)\s+"
                             r"(?:total|number|count)\s+to\b", re.I)


# What a process or a product spares against another: "each truck avoids about 85 tons of carbon dioxide a
# year", "saves about 1.6 tons of steel": a gap, so a change.
_SAVES = re.compile(r"\b(?:saves?|saving|saved|avoids?|avoided|avoiding)\s+" + _ABOUT + "$", re.I)


def kind(figure: Figure, ctx: Context, indicator: Indicator | None) -> str:
    """Settle kind: a percent that is not a change is a share; an addition to a stock is a change."""
    before = ctx.sentence[max(0, ctx.start - 60):ctx.start]
    percent = figure.unit in ("percent", "percentage-points")
    if _A_CHANGE_OF.search(before) or not percent and _MORE_OR_FEWER.match(ctx.sentence, ctx.end) \
            or not percent and _UP_BY_COUNT.search(before) and _SINCE_BASE.match(ctx.sentence, ctx.end):
        # "reached 3,368, an increase of 720", "a decrease of 6,300", "up 3,200 from a year earlier", "156 at the end of September,
        # 23 more than at the end of 2019", "27 fewer than at the end of 2014": a change.
        return "change"
    if _SAVES.search(before):
        return "change"
    if _RISEN_TO.search(before) or figure.unit in ("CNY", "USD") and _MONEY_OF.search(before):
        # "rose to about 15,800 yuan a ton", "fallen to about 3 yuan a parcel": the new level;
        # "a fund of 300 million yuan", "with a combined investment of 4.6 billion yuan": an amount.
        return "share" if figure.unit == "percent" else "level"
    if not percent and _AN_AVERAGE_OF.search(before):
        return "level"  # "higher than the Shanxi average of 33,262 yuan": the average compared with
    if _START_VALUE.search(before) or _TOTAL_TO.search(before) or _AN_AMOUNT.search(before) and not percent:
        # "up from 4,500 yuan", "bringing the total to 130", "set up a 10 billion yuan fund": an amount.
        return "share" if figure.unit == "percent" else "level"
    if figure.unit == "percent" and _SECTOR_GROWTH.search(ctx.sentence, max(0, ctx.start - 120), ctx.start) \
            and not re.match(r"\s+of\b", ctx.sentence[ctx.end:]):
        return "change"  # "By sector, mining grew 3.4 percent, manufacturing 12.6 percent"
    if percent and (_GROWTH_LABEL.match(ctx.sentence, ctx.end) or _GROWTH_AFTER.match(ctx.sentence, ctx.end)):
        # "8.6%" over "Growth in the value added of ...": a list of numbers' label; "posts 12.4%
        # revenue rise", "a 5 percent increase in output".
        return "change"
    if percent and _COMPARED_AFTER.match(ctx.sentence, ctx.end):
        return "change"  # "60 percent less energy", "25 percent lighter than", "30 percent below"
    if percent and _BY.search(before) or _MORE_THAN_BASE.match(ctx.sentence, ctx.end):
        return "change"  # "cut consumption by 35%", "37 more than in the same period last year"
    if not percent and figure.unit != "count" and _ADD_OR_REMOVE.search(before) \
            and not (figure.unit in ("CNY", "USD") and _INDUSTRY_ADDED.search(before)):
        return "change"  # "added 860 MW", "eliminated 12.6 million tons of capacity"
    if not percent and _BY.search(before) and _CUT_OR_RAISE.search(ctx.sentence, clause_of(ctx.sentence, ctx.start,
                                                                                             ctx.end)[0], ctx.start):
        return "change"  # "cutting coal use by about 96,000 tonnes a year"
    if not percent and "-" not in figure.text and _REMOVED_AFTER.match(ctx.sentence, ctx.end):
        return "change"  # "26 small coal mines were shut", "two 135,000-kilowatt units were shut"
    if not percent and figure.unit != "count" and _CAPACITY_OF.search(before) \
            and {w.lower() for w in re.findall(r"[A-Za-z-]+", before)} & _REMOVALS:
        return "change"  # "closed coke ovens with a combined capacity of 5.6 million tons"
    if not percent and figure.unit not in ("CNY", "USD") and (
            "-" in figure.text and _NEW_LINE_BEFORE.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
            and _LINE_AFTER.match(ctx.sentence, ctx.end) or _NEW_LINE_OF.search(ctx.sentence, max(0, ctx.start - 120), ctx.start)):
        return "change"  # "A new 6,000-tonne line": what the line adds
    if figure.unit == "percent" and figure.kind == "level" and not re.match(r"\s+of\b", ctx.sentence[ctx.end:]) \
            and (listed := _GREW_THEN.search(ctx.sentence, max(0, ctx.start - 240), ctx.start)) is not None \
            and not _A_VERB.search(listed.group(1)):
        return "change"  # the next item of a list of growth rates, its verb said once
    if figure.unit == "percent" and figure.kind == "level" and _AVERAGE_OF.search(before) \
            and _GROWTH_TALK.search(ctx.sentence, 0, ctx.start):
        # "0.6 percentage points below the provincial rate of 6.3 percent", "nearly three times the national
        # rate of 20.8 percent": the growth compared with is a change too.
        return "change"
    if figure.unit == "percent" and figure.kind == "level":
        return "share"
    if figure.unit == "other" and figure.raw_unit == "times":
        return "change"  # "2.4 times the 2017 level", "three times as much as corn": a multiple of a base
    if figure.unit == "count" and (_ADDED_AFTER.match(ctx.sentence, ctx.end)
                                   or indicator is not None and indicator.measure == "stock" and (
                                       _COUNT_MORE.match(ctx.sentence, ctx.end)
                                       or _ANOTHER.search(ctx.sentence, max(0, ctx.start - 12), ctx.start))
                                   or _BRINGING_TOTAL.match(ctx.sentence[ctx.end:ctx.end + 140])):
        # "15 more coal mines", "Fifty fuel cell buses were put into service, bringing the city's total to
        # 140", "Thirty-one enterprises were newly added": an addition to a stock.
        return "change"
    if figure.unit == "count" and indicator is not None and indicator.measure == "stock":
        near = ctx.sentence[max(0, ctx.start - 40):ctx.start]
        noun = count_noun(figure, ctx)
        words = re.findall(r"[A-Za-z-]+", " ".join([*near.split()[-3:], *noun.split()[:3]]))
        found = {w.lower() for w in words}
        if found & _REMOVALS:
            return "change"  # "closed 31 coal mines"
        if _SO_FAR.search(near) and not _SINCE.search(ctx.sentence):
            return "level"  # "the province has built 118 intelligent coal mines": the stock so far
        if found & _ADDITIONS or "newly-added" in noun.lower():
            return "change"
        return "level"
    if figure.unit == "count" and indicator is None:
        near = ctx.sentence[max(0, ctx.start - 40):ctx.start]
        if {w.lower() for w in near.split()[-3:]} & _REMOVALS:
            return "change"  # "the county has closed 37 workshops", "shut 21 ovens": a removal, whatever is counted
        if _ADDED_COUNT.search(near):
            return "change"  # "installed 48 rapier looms last year", "plant another 50,000 mu": an addition
        return "level"
    return figure.kind


# "... of raw coal and washed coal were 68 million tons and 21 million tons
# respectively, up 20.2 percent and 23.3 percent": figures listed side by side
# (joined by commas or "and") pair, in order, with the things listed before them.
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# Between a product's output (or its change) and the next product's: "; fruit ", ", and ", "; and crude steel ".
_NEXT_PRODUCT = re.compile(r"\s*[;,]\s*(?:and\s+)?(?:(?!(?:by|to|as|with|from|after|while|in|at|for|than|on|over|helped|driven|"
                           r"thanks|including|compared|the|a|an|its|their)\b)[a-z][a-z-]*\s+){0,3}")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*and\s+)")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_HEAD_OF = re.compile(r"^(.*\b(?:of|in|for))\s+", re.I)


def _runs(figures: Sequence[tuple[Figure, Context]]) -> list[list[int]]:
    """Indices of figures of one unit family listed side by side in a sentence, two or more."""
    runs: list[list[int]] = []
    for index, (figure, ctx) in enumerate(figures):
        if runs and index - 1 == runs[-1][-1]:
            before, before_ctx = figures[index - 1]
            if (before_ctx.paragraph, before_ctx.sentence) == (ctx.paragraph, ctx.sentence) \
                    and _FAMILY.get(before.unit, before.unit) == _FAMILY.get(figure.unit, figure.unit) \
                    and _LIST_JOIN.fullmatch(ctx.sentence[before_ctx.end:ctx.start]) \
                    and not _MORE_THAN_BASE.match(ctx.sentence, ctx.end):
                # "reached 2.86 million kW, 1.14 million kW more than a year earlier": a change, not an item.
                runs[-1].append(index)
                continue
        runs.append([index])
    return [run for run in runs if len(run) > 1]


_THREE_INDUSTRIES = re.compile(r"\bthree\s+(?:industries|sectors)\b", re.I)


def respectively(figures: Sequence[tuple[Figure, Context]], meaning: Meaning) -> dict[int, str]:
    """Indicators of figures listed "respectively", by index: the first list of a
    sentence takes the items named before it in order ("the output of A and B"
    read as "the output of A", "the output of B"); a later list of as many
    figures (their changes, their shares) takes the first list's indicators."""
    out: dict[int, str] = {}
    first: dict[tuple[int, str], list[str | None]] = {}
    for run in _runs(figures):
        figure, ctx = figures[run[0]]
        # Without "respectively" a list pairs with the items only when every item names its own
        # indicator: "Value added of the primary, secondary and tertiary industries grew 2.1, 6.8 and 7.2 percent".
        said = bool(RESPECTIVELY.search(ctx.sentence))
        key = (ctx.paragraph, ctx.sentence)
        if key in first:
            found = first[key]
            if len(found) == len(run) and said:
                out.update({i: ident for i, ident in zip(run, found) if ident})
            continue
        before = ctx.sentence[ctx.clause:ctx.start]
        items = _ITEM_SPLIT.split(before)[-len(run):]
        if len(run) == 3 and _THREE_INDUSTRIES.search(before):
            # "The three industries accounted for 7.2, 48.7 and 44.1 percent of GDP respectively".
            items = ["primary industry", "secondary industry", "tertiary industry"]
        if len(items) != len(run):
            first[key] = []
            continue
        # The head of the list, its plural folded: "the outputs of" reads as "the output of";
        # none when the items name themselves ("GDP and industrial output grew ...").
        head = _HEAD_OF.match(items[0])
        prefix = re.sub(r"s(\s+(?:of|in|for))$", r"\1", head.group(1), flags=re.I) + " " if head else ""
        # Items that share the last one's noun: "the primary, secondary and tertiary industries".
        shared = items[-1].split(None, 1)[1] if len(items[-1].split(None, 1)) > 1 else ""
        found = []
        for n, (index, item) in enumerate(zip(run, items)):
            text = item if n == 0 else prefix + item
            hit = meaning._head(f"{text} {shared}", figures[index][0], "last") if shared and n < len(items) - 1 \
                else None
            hit = hit or meaning._head(text, figures[index][0], "last")
            found.append(hit.id if hit else None)
        first[key] = found
        if not said and None in found:
            first[key] = []
        elif len(set(found)) == len(found):  # each item its own indicator, or the list was not read
            out.update({i: ident for i, ident in zip(run, found) if ident})
        else:
            first[key] = []
    return out


def _named_before(out: Sequence[Figure], paragraphs: Sequence[int], paragraph: int, unit: str,
                  kind: str | None = None) -> str | None:
    """The indicator of the nearest figure before, in this paragraph or the one before, of this
    unit (and kind) that has one: what "them" or "the rate" points back to (among the last 40
    figures, so that a hostile run of pointers stays linear)."""
    for figure, at in zip(reversed(out[-40:]), reversed(paragraphs[max(0, len(out) - 40):len(out)])):
        if paragraph - at > 1:
            return None
        if figure.unit == unit and (kind is None or figure.kind == kind) and figure.indicator:
            return figure.indicator
    return None


def _said_before(out: Sequence[Figure], sentences: Sequence[str], sentence: str, last: int) -> list[Figure]:
    """Of the last figures settled, those said in this sentence (sentences holds each settled
    figure's sentence, then the current one's)."""
    return [f for f, said in zip(out[-last:], sentences[-last - 1:-1]) if said == sentence]


def _in_paragraph(out: Sequence[Figure], paragraphs: Sequence[int], paragraph: int, last: int) -> list[Figure]:
    """Of the last figures settled, those said in this paragraph (paragraphs holds each settled
    figure's paragraph, then the current one's)."""
    return [f for f, at in zip(out[-last:], paragraphs[-last - 1:-1]) if at == paragraph]


def settle(figures: Sequence[tuple[Figure, Context]], meaning: Meaning, published: dt.date | None,
           lead: str | None, sections: Sequence[str | None] = (), news_lead: bool = False,
           company: bool = False, plan: str | None = None,
           goals: Mapping[int, str | None] | None = None) -> tuple[list[Figure], list[str]]:
    """Each figure with indicator, kind, status and period settled; the attributes guessed.

    sections: per paragraph, the year its section heading names (section_periods);
    company: the article is a company's own release of its results (is_company_release);
    plan: the span of the plan the article is about (plan_span); goals: the paragraphs that
    are items of a list of goals (goal_items)."""
    out: list[Figure] = []
    gdp_said = False  # a figure of GDP came before (kept as a flag, so the look stays linear)
    review: list[str] = []
    goals = goals or {}
    previous: tuple[int, str, int] | None = None
    # Per paragraph: the last sentence with a period, the extractor's carried period after
    # it and the one read here.
    carry: dict[int, tuple[str, str | None, str]] = {}
    listed = respectively(figures, meaning)
    paragraphs: list[int] = []  # the paragraph of each figure settled so far
    sentences: list[str] = []  # the sentence of each figure settled so far
    pointed = False  # the figure before pointed back to a count before it
    deadlines: dict[int, str] = {}  # per paragraph, the last year ahead of the article named so far
    county_paragraphs: set[int] = set()  # paragraphs with a sentence whose subject is a county
    rules: set[int] = set()  # the figures that are a definition's threshold or a rule's bound
    last_set: tuple[int, str] | None = None  # the last period a sentence set, with its paragraph
    for index, (figure, ctx) in enumerate(figures):
        same_sentence = previous is not None and previous[:2] == (ctx.paragraph, ctx.sentence)
        previous_end = previous[2] if same_sentence and previous else 0
        previous = (ctx.paragraph, ctx.sentence, ctx.end)
        paragraphs.append(ctx.paragraph)
        sentences.append(ctx.sentence)
        if is_definition(ctx, figure.qualifier):
            # The designated-size line is the nation's statistical rule; another threshold ("projects
            # with planned investment of 10 million yuan or more") is the report's own, its place's.
            national_rule = bool(_NATIONAL_RULE.search(ctx.sentence))
            rules.add(len(out))
            out.append(dataclasses.replace(figure, indicator=None, kind="level", status="actual", period=None,
                                           city="china" if national_rule else None))
            continue
        if is_bound(ctx):
            # (a line said as a percentage is a share: "at least 3 percent of revenue")
            rules.add(len(out))
            out.append(dataclasses.replace(figure, indicator=None, kind="share" if figure.unit == "percent" else "level",
                                           status="actual", period=None))
            continue
        read = ctx.periods
        ctx = _with_periods(ctx, published)
        if lead is not None and published is not None and re.fullmatch(r"\d{4}", lead) and int(lead) < published.year:
            # "Jincheng grew its economy by 4.1 percent last year ... Value added grew 6.2 percent for the
            # year": the year is the one the article reports, not the one it came out in.
            ctx = dataclasses.replace(ctx, periods=tuple(
                (pos, lead if label == str(published.year) and _FOR_THE_YEAR.match(ctx.sentence, pos) else label)
                for pos, label in ctx.periods))
        seen = carry.get(ctx.paragraph)
        if not ctx.periods and seen and seen[0] != ctx.sentence and seen[1] == ctx.carried:
            # A period only this step reads ("from January to October") carries like the others.
            ctx = dataclasses.replace(ctx, carried=seen[2])
        if not ctx.periods and not ctx.carried and last_set is not None and last_set[0] < ctx.paragraph \
                and re.fullmatch(r"\d{4}-(?:H\d|Q\d.*|\d\d-\d{4}-\d\d)", last_set[1]) and _IN_THE_PERIOD.search(ctx.sentence) \
                and not re.fullmatch(r"(\d{4}-\d\d)-\1", last_set[1]):
            # "Shanxi sent 52.4 billion kWh to other provinces in the period": the part of a year the
            # paragraphs before reported ("In August alone, ..." is an aside within it, not the period).
            ctx = dataclasses.replace(ctx, carried=last_set[1])
        if ctx.periods:
            set_here = [label for pos, label in ctx.periods
                        if not _OTHERS_TIME.search(ctx.sentence, max(0, pos - 40), pos)] or [ctx.periods[-1][1]]
            carry[ctx.paragraph] = (ctx.sentence, read[-1][1] if read else ctx.carried, set_here[-1])
            last_set = (ctx.paragraph, set_here[-1])
            ahead = [label for _, label in ctx.periods if published is not None
                     and re.fullmatch(r"\d{4}", label) and int(label) > published.year]
            if ahead:
                deadlines[ctx.paragraph] = ahead[-1]
        state, unsure_status = status(ctx, published, figure.unit)
        if ctx.paragraph in goals and not _BASE_OF_GOAL.search(ctx.sentence, max(0, ctx.start - 40), ctx.start):
            # An item of a list of goals ("- GDP growth of around 5 percent;"), but not the level it
            # starts from ("130 million tonnes a year, up from 96 million tonnes in 2024").
            state, unsure_status = "target", False
        if state == "target" and _PAID_ASIDE.search(ctx.sentence, max(0, ctx.start - 40), ctx.start):
            # "The line, which cost 460 million yuan, is designed to make ...", "The base, built with an
            # investment of 1.2 billion yuan, covers 86,000 square meters": money already spent.
            state, unsure_status = "actual", False
        if state == "target" and published is not None and _A_BASE_BEFORE.search(ctx.sentence, max(0, ctx.start - 30),
                                                                                  ctx.start):
            past = _PAST_AFTER.match(ctx.sentence, ctx.end)
            if past is not None and (past.group(1) is None or int(past.group(1)) < published.year):
                # "45 percent by 2020, compared with 31 percent in 2017", "which stood at 41 percent last
                # year, is to reach 60 percent": the base a goal starts from is a result.
                state, unsure_status = "actual", False
        figure = dataclasses.replace(figure, status=state)
        aside = _DEFINITION_ASIDE.search(ctx.sentence, 0, ctx.start)
        read_in = dataclasses.replace(ctx, sentence=ctx.sentence[:aside.start()] + " " * (aside.end() - aside.start())
                                      + ctx.sentence[aside.end():]) if aside else ctx
        # "Industrial value added of enterprises above designated size, those with annual main business revenue
        # of 20 million yuan or more, rose 6.5 percent": what is measured, read past the definition.
        ident, unsure_indicator = meaning.indicator(figure, read_in, previous_end)
        that_of = _THAT_OF.search(ctx.sentence, max(0, ctx.start - 80), ctx.start) if ident is None else None
        named = meaning._head(that_of.group(1), figure, "first") if that_of is not None else None
        if named is not None and named is not _UNLISTED:
            # "faster than that of the province's overall fixed-asset investment, which rose 4.8 percent": what
            # "that of" names itself.
            ident, unsure_indicator = named.id, False
        if ident is None and figure.unit == "percent" and _IT_GREW.match(ctx.sentence) and out \
                and paragraphs[-2:-1] == [ctx.paragraph] and out[-1].indicator and out[-1].kind == "change":
            # "... rose 6.5 percent. In September alone it grew 8.1 percent": the growth just reported.
            ident, unsure_indicator = out[-1].indicator, False
        if meaning.county_subject.match(ctx.sentence):
            county_paragraphs.add(ctx.paragraph)
        elif ctx.paragraph in county_paragraphs and _IT_SUBJECT.match(ctx.sentence) and ident not in BATCH_IDS:
            # "Xiaoyi is a county-level city ... In the past three years, it has eliminated ...": still the county.
            ident, unsure_indicator = None, False
        if ident is None and figure.unit == "percent" and _GROWTH_WAS.match(ctx.sentence) and out \
                and paragraphs[-2:-1] == [ctx.paragraph] and (grew := next(
                    (f for f in reversed(out[-6:]) if f.indicator and f.kind == "change"), None)) is not None:
            # "... reached 1.70 trillion yuan in 2019, up 6.2 percent. Growth was 6.4 percent in the
            # first quarter, 6.0 percent in the second ...": the growth just reported, by part.
            ident, unsure_indicator = grew.indicator, False
            figure = dataclasses.replace(figure, kind="change")
        if ident is None and same_sentence and out and out[-1].indicator and out[-1].kind == "change" \
                and out[-1].unit == "percent" and figure.unit != "percent" and _CHANGE_THEN_LEVEL.fullmatch(
                    ctx.sentence, previous_end, ctx.start):
            # "... and that of rural residents 7.1 percent to 13,802 yuan": the level the change reached.
            ident, unsure_indicator = out[-1].indicator, False
        if ident is None and same_sentence and figure.unit == "percent" and out and out[-1].indicator == "sector-value-added" \
                and out[-1].kind == "change" and _SECTOR_ITEM.fullmatch(ctx.sentence, previous_end, ctx.start) \
                and not meaning._matches(ctx.sentence[previous_end:ctx.start]):
            # "The non-ferrous metals industry expanded 11.5 percent, and food processing 7.9 percent",
            # "the coal industry grew 6.8 percent; coking 2.1 percent": the next sector of the list.
            ident, unsure_indicator = "sector-value-added", False
            figure = dataclasses.replace(figure, kind="change")
        if ident is None and figure.unit == "percent":
            report = next((f for f in reversed(_in_paragraph(out, paragraphs, ctx.paragraph, 8)) if f.indicator), None)
            part = _PART_GREW.search(_ASIDE_BEFORE_VERB.sub(r" \1", re.sub(r"^By\s+(?:sector|industry),\s*", "",
                                                                        ctx.sentence[:ctx.start], flags=re.I))) \
                if report is not None and report.indicator in _VALUE_ADDED_REPORTS and report.kind == "change" else None
            if part is not None and not _NOT_A_PART.search(part.group("part")) \
                    and not meaning.place_word.search(part.group("part")) and "sector-value-added" in meaning.by_id:
                # "The value added of industrial enterprises above designated size rose 6.3 percent. By sector,
                # nonferrous metals rose 12.4 percent": a part of the industry just reported.
                ident, unsure_indicator = "sector-value-added", False
                figure = dataclasses.replace(figure, kind="change")
        if same_sentence and figure.unit == "percent" and figure.kind == "change" and out and out[-1].kind == "level" \
                and out[-1].indicator and out[-1].unit in ("CNY", "USD", "t", "kWh", "kW", "count") \
                and ident != out[-1].indicator and _UP_AFTER_LEVEL.fullmatch(ctx.sentence, previous_end, ctx.start):
            ident, unsure_indicator = out[-1].indicator, False
        three = _THREE_PERCENTS.search(ctx.sentence) if figure.unit == "percent" else None
        if three is not None and three.start() <= ctx.start < three.end() and _SHARES_WORDS.search(ctx.sentence) \
                and all(i in meaning.by_id for i in _THREE_INDUSTRY_IDS) \
                and set(_THREE_INDUSTRY_IDS) <= {f.indicator for f in _in_paragraph(out, paragraphs, ctx.paragraph, 12)}:
            # "The value added of the primary industry was ...; the secondary ...; the tertiary .... Their shares
            # of GDP were 4.6, 50.3 and 45.1 percent": each industry's share, in the order they were named.
            place = max(n for n in range(3) if three.start(n + 1) <= ctx.start or n == 0)
            ident, unsure_indicator = _THREE_INDUSTRY_IDS[place], False
            figure = dataclasses.replace(figure, kind="share")
        if that_of is not None and ident is None:
            # "That of rural residents was 13,852 yuan": the quantity of the figure before, in another group.
            same = [f for f in reversed(out[-40:]) if f.indicator and _FAMILY.get(f.unit, f.unit) == _FAMILY.get(
                figure.unit, figure.unit)]
            if same:
                ident, unsure_indicator = same[0].indicator, False
                if ident in _OWN_PARTS.get("sector-value-added", ()) and "sector-value-added" in meaning.by_id:
                    # "manufacturing value added rose 8.6 percent, and that of electricity, heat, gas and
                    # water production and supply rose 1.2 percent": another sector's, not manufacturing's.
                    ident = "sector-value-added"
        pointing = ident is None and figure.unit == "count" and bool(
            # a city's part, its noun said sentences before (a county's or a district's part measures no city)
            figure.metric.lower() in ("them", "these", "those")
            and not (_COUNTY.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
                     or meaning.county_subject.search(ctx.sentence, max(0, ctx.start - 40), ctx.start))
            or _POINTS_BACK.match(ctx.sentence, ctx.end) or _OF_THE_N.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)
            or _OF_THE.search(ctx.sentence, 0, ctx.start) and ctx.sentence[ctx.end:ctx.end + 1] == ","
            or REMAINING.search(ctx.sentence, max(0, ctx.start - 30), ctx.start)
            or same_sentence and pointed and (_AND_THEN.fullmatch(ctx.sentence, previous_end, ctx.start)
                                              or _PLACE_ITEM.fullmatch(ctx.sentence, previous_end, ctx.start)))
        if pointing:
            # "Eight of them have started operation"; "Of the 10, six are ... and four ...": a part
            # of the things counted before it, in its paragraph or the one before.
            ident = _named_before(out, paragraphs, ctx.paragraph, "count") or ident
            if ident == "enterprises-above-designated-size" and "industry-enterprises" in meaning.by_id:
                # "Of these, 241 increased their output value": some of the enterprises above designated
                # size, not the statistics' count of them.
                ident = "industry-enterprises"
        pointed = pointing
        if ident == "enterprises-above-designated-size" and figure.unit == "count" \
                and _OF_THE_WHOLE_FIRST.match(ctx.sentence[:ctx.start]) and "industry-enterprises" in meaning.by_id:
            # "Of the 6,912 industrial enterprises above designated size, 1,178 reported losses": some of
            # them, not the statistics' count.
            ident = "industry-enterprises"
        if ident is None and figure.unit in ("kW", "kWh", "t") and figure.kind == "level" and (
                _PLACE_LEADS.fullmatch(ctx.sentence, 0, ctx.start)
                or same_sentence and out and out[-1].indicator and _PLACE_ITEM.fullmatch(ctx.sentence, previous_end, ctx.start)):
            # "... added 3.9 million kilowatts of wind and solar capacity. Datong has 9.8 million kilowatts,
            # Xinzhou 8.7 million kilowatts": each place's share of what was just measured.
            ident = _named_before(out, paragraphs, ctx.paragraph, figure.unit) or ident
        if ident is None and figure.unit == "percent" and same_sentence \
                and _AVERAGE_OF.search(ctx.sentence, max(0, ctx.start - 60), ctx.start):
            # "GDP reached 154.26 billion yuan, and growth was 0.5 percentage points faster than the provincial
            # average of 6.2 percent": the same quantity, measured for the wider place.
            named_before = next((f.indicator for f in reversed(_said_before(out, sentences, ctx.sentence, 6)) if f.indicator),
                                None)
            if named_before is not None:
                ident, unsure_indicator = named_before, False
        if ident is None and figure.unit == "percent" and (
                _PLACE_FOLLOWED.fullmatch(ctx.sentence, 0, ctx.start)
                or out and out[-1].indicator and out[-1].kind == "share" and paragraphs[-2:-1] == [ctx.paragraph] and (
                    same_sentence and _PLACE_ITEM.fullmatch(ctx.sentence, previous_end, ctx.start)
                    or REMAINING.search(ctx.sentence, max(0, ctx.start - 30), ctx.start))):
            # "Taiyuan took the largest share, 22.4 percent of the province's manufacturing investment. Jinzhong
            # followed with 15.1 percent, Yuncheng 13.7 percent", "the other seven cities shared the remaining 38
            # percent": each place's share of the same whole.
            named_share = _named_before(out, paragraphs, ctx.paragraph, "percent", "share")
            if named_share is not None:
                ident, unsure_indicator = named_share, False
                figure = dataclasses.replace(figure, kind="share")
        if ident is None and same_sentence and figure.kind == "level" and figure.unit in ("t", "other", "count") \
                and out and out[-1].indicator == "product-output" and _NEXT_PRODUCT.fullmatch(ctx.sentence, previous_end, ctx.start):
            # "Output of vegetables was 2.17 million tonnes, up 1.4 percent; fruit 486,000 tonnes", "produced
            # 812,000 tonnes of vinegar, up 6.7 percent, and 143,000 kiloliters of baijiu": the next product of the list.
            ident, unsure_indicator = "product-output", False
        if ident is None and figure.raw_unit == "times" and _IT_AFTER.match(ctx.sentence, ctx.end) and out \
                and out[-1].indicator and paragraphs[-2:-1] == [ctx.paragraph]:
            # "... had output value of RMB13.2 billion in 2023, and the city aims to double it by 2027": a
            # multiple of the figure before.
            ident = out[-1].indicator
        if ident is None and figure.raw_unit == "times" and _THE_MULTIPLIED.match(ctx.sentence, ctx.end):
            # "double the output value of the core industries of the digital economy": what is multiplied.
            named = meaning.multiplied(re.split(r"[,;:\d]|\s(?:to|by|and|from|in)\s", ctx.sentence[ctx.end:ctx.end + 120])[0])
            ident = named.id if named is not None else None
        if ident is None and _IT_TO.search(ctx.sentence, max(0, ctx.start - 50), ctx.start):
            # "... had output value of 41.6 billion yuan last year, and the city aims to lift it to 60
            # billion yuan by 2022", "The city wants the figure to reach 25 billion yuan": the figure before.
            ident = _named_before(out, paragraphs, ctx.paragraph, figure.unit) or ident
        if ident is None and figure.unit == "percent" \
                and (rate := _THE_RATE.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)) \
                and not any(term in rate.group().lower() for term in _UNLISTED_TERMS):
            # "Shuozhou aims to raise the rate to 70 percent": the share named before it.
            ident = _named_before(out, paragraphs, ctx.paragraph, "percent", "share") or ident
        between = ctx.sentence[previous_end:ctx.start]
        if same_sentence and out and out[-1].indicator and out[-1].unit == figure.unit and _FROM_LINK.match(between):
            ident, unsure_indicator = out[-1].indicator, False
        elif same_sentence and out and out[-1].indicator and out[-1].unit == figure.unit and _BASE_LINK.match(between):
            # "100 billion yuan, almost double the 2024 figure of 58 billion yuan": the base a multiple
            # is of measures what the figure before measures.
            ident, unsure_indicator = out[-1].indicator, False
        elif same_sentence and figure.unit in ("percent", "percentage-points") and out and out[-1].indicator is None \
                and len(out) - 1 not in rules \
                and ident is not None and _CHANGE_LINK.match(between) and figure.kind == "change" \
                and out[-1].unit not in ("percent", "percentage-points", "count"):
            # "Exports of stainless steel products reached 1.12 million tonnes, up 9.3 percent": the
            # change of an amount that measures nothing the site compares measures nothing either.
            ident, unsure_indicator = None, False
        elif same_sentence and figure.unit in ("percent", "percentage-points") and out and out[-1].indicator and (
                _CHANGE_LINK.match(between)
                or _SHARE_LINK.match(between)
                or _BARE_SHARE.match(between) and re.match(r"\s+of\b", ctx.sentence[ctx.end:])
                or out[-1].unit not in ("percent", "percentage-points", "count") and _OF_IT.match(ctx.sentence, ctx.end)
                and ";" not in between
                or _OVER_TIME.match(ctx.sentence, ctx.end) and re.fullmatch(r"[^;:\d]{0,80},\s*", between)):
            # A share of the figure before it is of that figure's indicator (its part), so is
            # a change of that share.
            ident, unsure_indicator = out[-1].indicator, False
        elif ident is None and same_sentence and (same_unit := next(
                (f for f in reversed(out[-4:]) if f.unit == figure.unit and f.indicator), None)) is not None \
                and _GOAL_FOR_IT.match(between) and (figure.unit != "count" or _NO_NOUN.match(ctx.sentence, ctx.end)):
            # "... reached 1,026 at the end of 2023, and the city aims for 1,200 by 2025"; "produced
            # 86,500 NEVs, up 41.2 percent, and the plan targets 150,000 by 2025": the goal for the
            # same quantity.
            ident, unsure_indicator = same_unit.indicator, False
        elif ident is None and not same_sentence and out and out[-1].indicator and out[-1].unit == figure.unit \
                and paragraphs[-2:-1] == [ctx.paragraph] and _GOAL_FOR_IT.match(ctx.sentence[:ctx.start]) \
                and _GOAL_SUBJECT.match(ctx.sentence):
            # "... stood at 4 million kilowatts at the end of 2021. The plan aims for more than 30 million
            # kW by 2025": the goal for the quantity just reported.
            ident, unsure_indicator = out[-1].indicator, True
        elif same_sentence and figure.unit == "count" and out and out[-1].indicator and out[-1].unit == "count" \
                and _COUNT_LINK.fullmatch(between) and _MORE_THAN_BASE.match(ctx.sentence, ctx.end):
            # "4,917 industrial enterprises above designated size at year-end, 462 more than a year
            # earlier": the change of the count before it.
            ident, unsure_indicator = out[-1].indicator, False
        elif same_sentence and figure.unit == "count" and out and out[-1].indicator and out[-1].unit == "count" \
                and _COUNT_LINK.fullmatch(between) and _UP_BY_COUNT.search(between) \
                and _SINCE_BASE.match(ctx.sentence, ctx.end):
            # "employed about 21,000 people at the end of last year, up 3,200 from a year earlier": the
            # change of the count before it.
            ident, unsure_indicator = out[-1].indicator, False
        elif same_sentence and figure.unit == "count" and ident is None and len(out) >= 2 \
                and out[-2].indicator and out[-2].unit == "count" and out[-1].indicator is None \
                and sentences[-3:-2] == [ctx.sentence] and _MORE_THAN_BASE.match(ctx.sentence, ctx.end) \
                and ";" not in between:
            # "2,236 projects worth 100 million yuan or more were under construction, 103 more than in
            # 2019": the change of the count before the threshold.
            ident, unsure_indicator = out[-2].indicator, False
        elif same_sentence and ident is None and figure.kind == "change" and figure.unit == "percent" and out \
                and out[-1].indicator and out[-1].unit != "percent" and _GROWTH_OF.fullmatch(between):
            # "reaches 20 billion yuan, with average annual growth of more than 30 percent": its growth.
            ident, unsure_indicator = out[-1].indicator, False
        elif same_sentence and ident is None and figure.kind == "change" and out and out[-1].indicator \
                and out[-1].kind == "change" and out[-1].unit == figure.unit and _THEIRS_GREW.fullmatch(between):
            # "Shanxi's economy grew 5.1 percent in the first half, while China's grew 5 percent": the same
            # quantity of another place.
            ident, unsure_indicator = out[-1].indicator, False
        elif ident is None and figure.unit == "percent" and _THE_RATE_START.match(ctx.sentence) \
                and _LIKE_THE_CHANGE.search(ctx.sentence, 0, ctx.start) and (rate_of := next(
                    (f for f in reversed(out[-6:]) if f.kind == "change" and f.indicator and f.unit == "percent"), None)):
            # "GDP grew 4.9 percent. The rate was ... 1.9 points above the national rate of 3 percent": the
            # same rate of another place.
            ident, unsure_indicator = rate_of.indicator, False
            figure = dataclasses.replace(figure, kind="change")
        elif ident is None and figure.kind == "change" and figure.unit == "percent" and "gdp" in meaning.by_id \
                and gdp_said and (
                    _PLACE_GROWTH_GOAL.search(ctx.sentence, max(0, ctx.start - 60), ctx.start)
                    or _PERCENT_GROWTH_GOAL.match(ctx.sentence, ctx.end)
                    and _A_GOAL_OF.search(ctx.sentence, max(0, ctx.start - 40), ctx.start)):
            # In a story on a place's GDP, "the city aims for growth of around 5.5 percent for the full year",
            # "its full-year target of about 6 percent growth": the economy's.
            ident, unsure_indicator = "gdp", True
        elif same_sentence and out and out[-1].indicator and figure.raw_unit == "times" \
                and _MULTIPLE_LINK.match(between):
            # "reached 18,600 units, 2.3 times the figure a year earlier", "almost double": a multiple of
            # the level before it.
            ident, unsure_indicator = out[-1].indicator, False
        if not ident and figure.unit == "percent" and "fiscal-revenue" in meaning.by_id \
                and _TAX_SHARE.search(ctx.sentence, max(0, ctx.start - 100), ctx.start) \
                and not re.match(r"\s+of\b", ctx.sentence[ctx.end:]):
            # "... of which tax revenue was 8.52 billion yuan, accounting for 74.3 percent": taxes' share
            # of the budget revenue, a share of fiscal revenue (tax revenue alone measures nothing listed).
            ident, unsure_indicator = "fiscal-revenue", False
        part = _CAPACITY_PART.search(between) if same_sentence and not ident and figure.unit == "kW" and out \
            and out[-1].unit == "kW" and out[-1].indicator else None
        if part is not None and _CAPACITY_BY_SOURCE[part.group(1).lower()] in meaning.by_id:
            ident, unsure_indicator = _CAPACITY_BY_SOURCE[part.group(1).lower()], False
        share_of_count = same_sentence and figure.unit == "percent" and bool(out) and bool(out[-1].indicator) \
            and out[-1].unit == "count" and out[-1].kind == "level" and bool(_OR_SHARE.fullmatch(between))
        if share_of_count:
            # "Of these, 401 enterprises, or 65.5 percent, increased their output": the count as a share.
            ident, unsure_indicator = out[-1].indicator, False
        if same_sentence and figure.unit == "percent" and out and out[-1].indicator and out[-1].kind == "level" \
                and out[-1].unit not in ("percent", "percentage-points") and _LEVEL_THEN_SHARE.fullmatch(between) \
                and _OF_A_TOTAL.match(ctx.sentence, ctx.end):
            # "produced 17.2 million tons of crude steel last year, about a quarter of the province's
            # total": the level's share of its whole measures what the level measures.
            ident, unsure_indicator = out[-1].indicator, False
        if ident == "industry-enterprises" and "enterprises-above-designated-size" in meaning.by_id \
                and _SUCH_FIRMS.search(ctx.sentence, max(0, ctx.start - 80), ctx.end + 80) \
                and paragraphs[-2:-1] == [ctx.paragraph] \
                and sentences[-2] != ctx.sentence and _ABOVE_SIZE_NAMED.search(sentences[-2]):
            # "The value added of industrial enterprises above designated size ... grew 4.8 percent.
            # The city had 215 such enterprises at the end of the year": the ones just named.
            ident, unsure_indicator = "enterprises-above-designated-size", False
        if ident == "industry-profit" and "industrial-profit" in meaning.by_id and _THEIR.match(ctx.sentence) \
                and paragraphs[-2:-1] == [ctx.paragraph] and sentences[-2] != ctx.sentence \
                and _ABOVE_SIZE_NAMED.search(sentences[-2]):
            # "The province had 4,917 industrial enterprises above designated size at year-end. Their total
            # profits were 71.32 billion yuan": the statistics' own profits.
            ident, unsure_indicator = "industrial-profit", False
        if figure.unit == "count" and ident in (None, "industry-enterprises") and same_sentence and out \
                and out[-1].unit == "count" and out[-1].indicator and len(between) < 80 and ";" not in between \
                and _OF_THEM_AFTER.match(ctx.sentence, ctx.end):
            # "The city had 1,026 such enterprises at the end of June, 58 of them added this year": a part
            # of the count before, of what it counts.
            ident, unsure_indicator = out[-1].indicator, False
        if index in listed:
            ident, unsure_indicator = listed[index], False
        narrowed = ident if share_of_count else meaning.second_look(ident, figure, ctx)
        if narrowed != ident:
            ident, unsure_indicator = narrowed, False
        if ident == "industry-revenue" and _ITS_REVENUE.search(ctx.sentence, max(0, ctx.start - 60), ctx.start):
            # "In the first 10 months, its revenue reached 86 million yuan": one firm's, not an industry's
            # ("their revenue", a group's, stays).
            ident, unsure_indicator = None, False
        if ident == "industry-revenue" and figure.unit == "percent" and _OF_ONES_OWN_REVENUE.match(ctx.sentence, ctx.end):
            # "Overseas sales accounted for 17 percent of revenue", "35 percent of its revenue": how one
            # firm's revenue splits, not an industry's ("60 percent of the industry's revenue" is).
            ident, unsure_indicator = None, False
        rd_share = _RD_SHARE.match(ctx.sentence, ctx.end) if figure.unit == "percent" else None
        if rd_share is not None:
            # "spent on average 6.3 percent of their revenue on research and development": a group's R&D
            # intensity; "spends 5.2 percent of its revenue on R&D": one firm's profile.
            ident = "rd-expenditure" if rd_share.group(1).lower() == "their" and "rd-expenditure" in meaning.by_id \
                else None
            unsure_indicator = False
        if company and ident and not meaning.place_word.search(ctx.sentence, *_semicolon_part(ctx.sentence, ctx.start, ctx.end)):
            # A listed company's revenue, profit, staff and R&D are its own, not an industry's or a place's
            # (a place in another part of a headline is the plant's: "... Plant in Shuocheng, Shuozhou; 2020
            # Revenue Up 36.2%").
            ident, unsure_indicator = None, False
        found = meaning.by_id.get(ident) if ident else None
        figure = dataclasses.replace(figure, indicator=ident, kind=kind(figure, ctx, found))
        # The sentence a breakdown's items go on in ("... Linfen 54. Lyuliang had 39, Yangquan 31"): the breakdown's.
        went_on = next((said for said, where in zip(reversed(sentences[-41:-1]), reversed(paragraphs[-41:-1]))
                        if said != ctx.sentence), None) if figure.unit == "count" and _GOES_ON.match(ctx.sentence) else None
        broken_down = ctx.sentence if same_sentence and BY_BREAKDOWN.match(ctx.sentence) else \
            went_on if went_on is not None and BY_BREAKDOWN.match(went_on) and paragraphs[-2:-1] == [ctx.paragraph] else None
        if figure.unit == "count" and broken_down is not None:
            # "By location, Yaodu district has 7 of the 33 listed projects, Houma 6, Hongtong county 5": each
            # item is what the first is, a part of the same kind.
            first_item = next((f for f, said in zip(out[-40:], sentences[-41:-1]) if said == broken_down
                               and f.unit == "count"), None)
            if first_item is not None and (broken_down == ctx.sentence or first_item.indicator is not None):
                # (A sentence the breakdown goes on in may say its own verb: "Datong added 503" is a change.)
                own_change = broken_down != ctx.sentence and figure.kind == "change"
                figure = dataclasses.replace(figure, indicator=first_item.indicator,
                                             kind=figure.kind if own_change else first_item.kind)
        if figure.unit == "count" and (MORE_ELIDED.match(ctx.sentence, ctx.end) or JOINED_LIST.match(ctx.sentence, ctx.end)) \
                and not re.search(r"\b(?:for|least)\s+(?:about\s+|nearly\s+)?$", ctx.sentence[max(0, ctx.start - 20):ctx.start]):
            # "has built 4,860 public charging piles, and plans to add 2,000 more": an addition to the
            # count before, of what it counts ("holds orders for 530 more" is a count of orders).
            before_it = out[-1] if out and paragraphs[-2:-1] == [ctx.paragraph] and out[-1].unit == "count" else None
            joined = before_it is not None and before_it.indicator and JOINED_LIST.match(ctx.sentence, ctx.end)
            # ("Nineteen joined the list": the list of the count before, whatever noun the extractor gave them.)
            figure = dataclasses.replace(figure, kind="change", indicator=before_it.indicator if joined else (
                figure.indicator or (before_it.indicator if before_it is not None else None)))
        # The change said before, or the one before the level it reached ("rose 4.9 percent to 31,262 yuan").
        prior_change = out[-1] if out and out[-1].unit == "percent" else out[-2] if len(out) >= 2 \
            and out[-1].kind == "level" and sentences[-3:-2] == [ctx.sentence] else None
        if same_sentence and figure.unit == "percent" and figure.kind == "share" and prior_change is not None \
                and prior_change.kind == "change" and prior_change.unit == "percent" and _LIKE_THE_CHANGE.search(between):
            # "the coal industry rose 4.3 percent, and that of non-coal industries 7.9 percent", "income of
            # urban residents rose 4.9 percent to 31,262 yuan, and that of rural residents 7.8 percent",
            # "grew 4.1 percent, slowing from 6.2 percent", "fell 3.1 percent, exceeding the annual target
            # of 3 percent": another change said after a change.
            figure = dataclasses.replace(figure, kind="change")
        if same_sentence and figure.kind == "level" and out and out[-1].kind == "change" \
                and out[-1].unit == figure.unit and figure.unit not in ("percent", "percentage-points") \
                and (_AND_ANOTHER.fullmatch(ctx.sentence, previous_end, ctx.start)
                     or figure.unit == "count" and (_RANKED_WITH.search(ctx.sentence, previous_end, ctx.start)
                                                    or _AND_NEXT_COUNT.fullmatch(ctx.sentence, previous_end, ctx.start))):
            # "will add 3 million kW of wind power and 5 million kW of solar": one verb, two additions.
            figure = dataclasses.replace(figure, kind="change")
        section = sections[ctx.paragraph] if ctx.paragraph < len(sections) else None
        when, unsure_period = period(ctx, figure, published, section or lead, news_lead,
                                     deadlines.get(ctx.paragraph), plan)
        if when and figure.status == "target" and _PART_OF_A_YEAR.fullmatch(when) and _MILESTONE_IN_PART.search(ctx.sentence):
            # "will add 5,000 tonnes of annual capacity when it starts trial production in the third quarter
            # of 2019": the quarter dates the start, the figure is the year's.
            when = when[:4]
        if goals.get(ctx.paragraph) and figure.status == "target" and figure.kind != "change" \
                and not any(pos < ctx.start or not _FROM_OTHER.search(ctx.sentence, ctx.end, pos) for pos, _ in ctx.periods):
            # "By 2025:" then "- Revenue ... reaches 20 billion yuan" ("..., up from 96 million tonnes in 2024":
            # that year is the base's).
            when, unsure_period = goals[ctx.paragraph], False
        if _THAT_IS.match(ctx.sentence) and not ctx.periods and out and out[-1].period \
                and paragraphs[-2:-1] and paragraphs[-2] >= ctx.paragraph - 1 and sentences[-2] != ctx.sentence \
                and figure.status == "actual" and figure.kind != "change" \
                and not _A_RULE_BEFORE.search(ctx.sentence, max(0, ctx.start - 30), ctx.start):
            # "... produced 4.6 billion yuan last year. That is about 35 percent of the 13.1 billion yuan
            # turned out by Shanxi's pump industry": the time of the figure it sizes up.
            when, unsure_period = out[-1].period, False
        if when and same_sentence and figure.kind == "level" and figure.unit not in ("percent", "percentage-points") \
                and _FROM_BASE.fullmatch(ctx.sentence, previous_end, ctx.start) and out and out[-1].period == when \
                and any(f.kind == "change" and f.unit == "percent" for f in _said_before(out, sentences, ctx.sentence, 3)) \
                and not any(ctx.start < pos < clause_of(ctx.sentence, ctx.start, ctx.end)[1] for pos, _ in ctx.periods):
            # "Net income was RMB 38.7 million, up 41.8% from RMB 27.3 million": the base of a change over a
            # year is a year earlier.
            when = re.sub(r"(?:19|20)\d\d", lambda m: str(int(m.group()) - 1), when)
        out.append(dataclasses.replace(figure, period=when))
        gdp_said = gdp_said or figure.indicator == "gdp"
        for name, unsure in (("indicator", unsure_indicator), ("status", unsure_status), ("period", unsure_period)):
            if unsure:
                review.append(f"figures[{index}].{name}")
    return out, review


# "Yunzhong Carbon Materials Co., Ltd. (SSE: 688417) ... today announced its audited financial results":
# a company's release of its own results.
_COMPANY_RELEASE = re.compile(
    r"\((?:SSE|SZSE|HKEX|SEHK|NYSE|NASDAQ|Nasdaq|BSE|STAR)(?:\s+(?:STAR|ChiNext|Main\s+Board))?\s*[:\uff1a]\s*[\w.]+\)"
    r"|/\s*PR\s?Newswire\s*/|\bBusiness\s+Wire\b|\bGLOBE\s+NEWSWIRE\b"
    r"|\b(?:announced|reported|released)\s+(?:its|their)\s+(?:(?:unaudited|audited|preliminary)\s+)?"
    r"(?:financial|annual|interim|quarterly|half-year|first-half|full-year)\s+(?:financial\s+)?results\b")


_STATEMENT_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*\s*$")


def lead_of(paragraphs: Sequence[str]) -> list[str]:
    """The article's lead paragraph (none when it has no text): the first, or the one under a
    release's subtitle ("New plant adds 120,000 parts of annual capacity" has no stop) or under
    its provider's line ("News provided by Kunyu Master Alloys Ltd.", a few words)."""
    index = 0
    while index < min(2, len(paragraphs) - 1) and (not _STATEMENT_END.search(paragraphs[index])
                                                   or _PROVIDER_LINE.fullmatch(paragraphs[index].strip())):
        index += 1
    return list(paragraphs[index:index + 1])


# "News provided by Kunyu Master Alloys Ltd.", "Puzhou Imaging Technology Co., Ltd.": a wire's provider line.
_PROVIDER_LINE = re.compile(r"(?:News\s+provided\s+by\b[^.]{0,80}|[A-Z][\w&.,' -]{0,80}\b(?:Ltd|Inc|Co|Corp|Limited))\.?")


def is_company_release(paragraphs: Sequence[str]) -> bool:
    """Whether the lead is a listed company announcing its own results."""
    return any(_COMPANY_RELEASE.search(lead) for lead in lead_of(paragraphs))


def is_news_lead(paragraphs: Sequence[str]) -> bool:
    """Whether the article's lead reports what someone said, told or announced (a company's
    release of its own results is a statistical release of its own)."""
    return any(_SAID.search(lead) for lead in lead_of(paragraphs)) and not is_company_release(paragraphs)


_DATELINE_END = re.compile(r"\s(?:--|\u2014|\u2013)\s")


_AGO = re.compile(r"(?:[\w-]+\s+){1,3}ago\b", re.I)


def lead_period(paragraphs: Sequence[str], published: dt.date | None) -> str | None:
    """The period the article's lead (its first paragraph) reports on, when it names one
    (not the base of a comparison: "up 21 percent from the same period last year")."""
    for paragraph in lead_of(paragraphs):
        # A dateline ("YUNCHENG, China, Aug. 27, 2025 /PR Newswire/ -- ...") dates the release, not
        # what it reports ("results for the six months ended June 30, 2025").
        dateline = _DATELINE_END.search(paragraph, 0, 200)
        start = dateline.end() if dateline else 0
        # At one place the finer reading comes first: "the first half of 2025" is 2025-H1, not 2025.
        # "Three years ago the county had no garment factory. Now ...": the past the story starts from.
        found = sorted([(pos, 1, label) for pos, label in _period_mentions(paragraph, published)
                        if pos >= start and not BASE_BEFORE.search(paragraph, 0, pos) and not _AGO.match(paragraph, pos)
                        and not _OTHERS_TIME.search(paragraph, max(0, pos - 40), pos)]
                       + [(pos, 0, label) for pos, _, label in more_periods(paragraph, published)
                          if pos >= start and not _AGO.match(paragraph, pos)])
        if found:
            return found[0][2]
    return None


# A line led by its label: "- Raw coal: 1.05 billion tons".
_LABEL_FIRST = re.compile(r"\s*(?:[-\u2022*]\s*)?([A-Za-z][A-Za-z ,'-]{1,60}):\s*(?:about\s+|nearly\s+|over\s+)?")
# After a line led by its figure (extract.LINE_HEAD, "- 9.1 percent: growth of the value added ..."):
# what it measures follows the colon, up to the first comma or stop.
_VALUE_LABEL = re.compile(r"\s*:\s*([^,;:.()]{3,160})")
_TITLE_YEAR = re.compile(r"(?<![\w-])(?<!by )(?<!By )(?<!before )(?<!until )((?:19|20)\d\d)(?![\w-])")


def title_period(title: str, published: dt.date | None) -> str | None:
    """The year a headline reports on ("Lüliang by the numbers: a coal city's 2024",
    "... Reports 2022 Results"), for an article whose lead names none: the last year
    it names up to the article's own (a later one is a goal's deadline)."""
    if published is None:
        return None
    years = [y for y in _TITLE_YEAR.findall(title) if int(y) <= published.year]
    return years[-1] if years else None


def by_section(blocks: Sequence[tuple[str, str]], read: Callable[[str, str | None], str | None]) -> list[str | None]:
    """For each paragraph of (kind, text) blocks, what its section's heading says:
    read(heading, what the heading before said) gives it, for the paragraphs up to
    the next heading."""
    out: list[str | None] = []
    current: str | None = None
    for kind, text in blocks:
        if kind == "heading":
            current = read(text, current)
        elif kind == "paragraph":
            out.append(current)
    return out


def section_periods(blocks: Sequence[tuple[str, str]], published: dt.date | None) -> list[str | None]:
    """For each paragraph of (kind, text) blocks, the year its section's heading names
    ("Review of 2023", "Main targets for 2024"), or None; a heading with no year keeps the one before."""
    def year(heading: str, before: str | None) -> str | None:
        # "First-Half 2025 Financial Highlights": the half, not the year alone.
        # "... grows steadily in the first half of 2018": read as the sentences are (more_periods too).
        finer = [label for label in [*(m[1] for m in _period_mentions(heading, published)),
                                     *(m[2] for m in more_periods(heading, published))]
                 if re.fullmatch(r"\d{4}-[HQ].*", label)]
        if finer:
            return finer[-1]
        plan = _PLAN_ORDINAL.search(heading)
        if plan is not None and not re.search(r"\b(?:19|20)\d\d\b", heading):
            # "Main Targets for the 14th Five-Year Plan Period": the plan's years.
            first = 2011 + 5 * (int(plan.group(1)) - 12)
            return f"{first}-{first + 4}"
        years = re.findall(r"\b(?:19|20)\d\d\b", heading)
        return years[-1] if years else before
    # A line above a dateline's lead is a release's subtitle ("Phase II plant on track for 2024"),
    # not a section's heading ("Review of 2021" above a report's first paragraph is one).
    lead = next((i for i, (kind, _) in enumerate(blocks) if kind == "paragraph"), len(blocks))
    if lead < len(blocks) and _DATELINE_END.search(blocks[lead][1], 0, 200):
        blocks = [b for i, b in enumerate(blocks) if i >= lead or b[0] != "heading"]
    return by_section(blocks, year)
