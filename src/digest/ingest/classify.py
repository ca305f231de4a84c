"""Find the region's places and themes in text, using the region file's words."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..model import Region
from ..tables import read_table

_WORDS = read_table(Path(__file__).with_name("words.yaml"))
# A locator phrase ("in North China's Shanxi province") names the province only
# to place a city; it says nothing about what the article is about.
_LOCATOR = re.compile(r"(?:North|Northern|northern|north)\s+China's\s+$|(?:in|(?<!province\s)of)\s+(?:(?:north|south|east|west|central|"
                      r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$")
# "Shanxi Hongying Lithium Materials Co., Ltd.": the province in a company's name.
_IN_A_NAME = re.compile(r"(?:\s+[A-Z][\w&-]*){1,5}\s+(?:Co\b|Company\b|Group\b|Corp\b|Corporation\b|Ltd\b|Limited\b|Inc\b)")
# "lets Shanxi county scrap coal boilers", "a Shanxi company": the province names where one place
# or one firm is, which the story is about.
_ONE_OF_ITS = re.compile(r"(?:\s+(?:%s))?\s+(?:%s)\b" % ("|".join(_WORDS["one_of_its_between"].split()),
                                                         "|".join(_WORDS["one_of_its"].split()))
                         # "Shanxi mask-fabric maker", "a Shanxi auto parts producer": one firm of its trade.
                         + r"|(?:\s+[a-z]+(?:-[a-z]+)*){1,2}\s+(?:makers?|producers?|manufacturers?|firms?|companies|company)\b")


# The proper name of an institution ("Department of Industry and Information
# Technology") names an office, not what the article is about.
_INSTITUTION = re.compile(
    r"\b(?:Department|Ministry|Bureau|Commission|Office|Administration|Institute|"
    r"University|Academy|Committee|Association|Center|Centre)\s+of\s+"
    r"(?:(?:[A-Z][\w&'-]*|and|the|for|of)\s*)+"
    # Every province has one, and articles often write its name in lower case.
    r"|(?i:(?:department|ministry|bureau|commission)\s+of\s+industry\s+and\s+information\s+technology)"
    # A zone's or park's proper name ("Jinzhong National Agricultural High-tech Industries Demonstration Zone")
    # names a place, not what the article is about.
    # (Each name starts after a space: a word is never re-read from inside, so a long hyphenated run stays linear.)
    r"|(?<![\w&'-])(?:[A-Z][\w&'-]*+\s+){1,7}(?:Demonstration\s+Zone|Development\s+Zone|Industrial\s+Park|Zone|Park)\b"
)


WEAK = 0.5  # a weak phrase needs a second mention (or a strong one) to make a theme


# Passing mentions (issue #18): a theme's word that does not say the text is about
# the theme. A company's name ("Shanxi Coking Coal Group") names a firm.
# Here and in _PUBLICATION a name's word starts only where no letter or hyphen
# comes before it and is taken whole (*+): otherwise a run of hyphenated
# capitals ("Datong-Datong-…") is read again from every hyphen, which grows
# with the square of its length (#20, tests/hostile.py).
COMPANY_NAME = r"(?<![\w&'-])(?:[A-Z][\w&'-]*+\s+){1,6}(?:Group|Co\.?|Company|Corp\.?|Corporation|Ltd\.?|Holdings?|Inc\.?)(?![\w])"
_COMPANY = re.compile(COMPANY_NAME)
# "Data" that are the source of a statistic ("citing provincial data", "data from
# the bureau"), and a government's budget ("public finance", "fiscal revenue").
_NOT_THEMES = re.compile(
    r"\b(?:according\s+to|citing|cited|based\s+on|official|statistical|provincial|municipal)\s+(?:\w+\s+){0,2}data\b"
    r"|\bdata\s+(?:from|released|showed|shows|published|compiled)\b"
    r"|\bpublic\s+finances?\b|\bfiscal\b"
    # A company's own accounts are not the finance industry.
    r"|\bfinancial\s+(?:results|highlights|statements?|report|performance|year)\b"
    # A company's own patents and R&D spending or staff are its profile, not the innovation theme.
    r"|\b(?:holds|has|applied\s+for|owns)\s+(?:about\s+|more\s+than\s+|over\s+)?[\d,]+\s+(?:\w+\s+)?patents\b"
    r"|\bresearch\s+and\s+development\s+expenses\b|\bR&D\s+expenses\b"
    r"|\b(?:spends?|spent|spending)\s+(?:about\s+)?[\d.]+\s*(?:percent|%)\s+of\s+(?:its|their)\s+(?:\w+\s+)?revenue\s+on\s+"
    r"(?:research\s+and\s+development|R&D)\b"
    r"|\bincluding\s+[\d,]+\s+in\s+(?:research\s+and\s+development|R&D)\b",
    re.I,
)
# A theme's word that only describes something else: "coal-rich Shanxi",
# "5G-enabled networks"; a cost or a buyer ("coking coal costs", "coal and coke
# haulers"); a cargo ("trucks carrying coke and coal").
_DESCRIBES = re.compile(r"-(?:rich|based|enabled|dependent|reliant|related|linked|heavy|themed|style|fired)\b", re.I)
_COST_OR_BUYER = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:costs?|prices?|bills?|customers?|clients?|buyers?|users?|haulers?|"
    r"suppliers?|shippers?)\b",
    re.I,
)
_CARGO = re.compile(
    r"\b(?:carry|carries|carrying|carried|haul|hauls|hauling|hauled|transport|transports|transporting|"
    r"ship|ships|shipping|deliver|delivers|delivering)\s+(?:[\w-]+\s+(?:and|or)\s+|(?:[\w,]+\s+){0,3}?(?:tons?|tonnes?)\s+of\s+)?$",
    re.I,
)


# What a story moves away from or sets its subject against: "grow beyond coal", "switched
# from coal to natural gas", "small next to its coal mines", "less reliant on coal".
_CONTRAST = re.compile(
    r"\b(?:beyond|away\s+from|switched\s+from|shift\s+from|instead\s+of|rather\s+than|next\s+to|not\s+just|not\s+only|"
    r"reliance\s+on|dependence\s+on|reliant\s+on|dependent\s+on|leans?\s+on|relie[sd]\s+on|"
    r"(?:better\s+|best\s+|long\s+|once\s+)?known\s+(?:mainly\s+|chiefly\s+)?for|(?:long\s+|once\s+)?dominated\s+by|"
    r"(?:prices?|costs?)\s+of)\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:[\w-]+,?\s+(?:and|or)\s+|[\w-]+,\s+)(?:[\w-]+\s+)?)?$",
    re.I,
)


# A material a thing is made of: "the steel shell of a sewage unit", "lightweight steel frames",
# "a red-hot steel bar".
_MADE_OF = re.compile(r"\s+(?:%s)\b" % "|".join(_WORDS["made_of"].split()), re.I)


# What a product is for ("materials for solar panels, electric cars and medical devices"), and
# "organic silicone" (a chemical, not farming).
_USED_FOR = re.compile(r"\b(?:materials?|parts|components|inputs|products)\s+(?:used\s+)?(?:for|in)\s+"
                       r"([^.;:,]{2,40},[^.;:]{2,80}?\b(?:and|or)\s+[^.;:,]{2,40})", re.I)
_CHEMICAL_AFTER = re.compile(r"\s+(?:silicone|silicon|chemicals?|compounds?|solvents?|matter)\b"
                             # "gasified into hydrogen and carbon monoxide": a gas in a chemical process
                             r"|\s+and\s+(?:carbon\s+monoxide|carbon\s+dioxide|nitrogen|oxygen)\b", re.I)


def _in_a_list_of_uses(text: str, start: int) -> bool:
    """Whether text[start] lies in a list of three or more things a product is for ("materials for
    solar panels, electric cars and medical devices"): its buyers, not the story's subjects (two,
    "parts for aircraft and trains", still make themes)."""
    window = max(0, start - 160)
    return any(m.start(1) <= start < m.end(1) for m in _USED_FOR.finditer(text, window, start + 160))


# What an economy once rested on: "whose industry long relied on a handful of small iron ore mines and
# coal mines", "Its economy rested on pears, walnuts and a few small coal mines".
_RESTED_ON = re.compile(r"\b(?:rested|relied|depended|leaned|lived)\s+(?:mainly\s+|largely\s+|mostly\s+)?on\s+"
                        r"(?:[\w'-]+,?\s+){0,9}$", re.I)
# A past livelihood set against the story's: "a team leader who used to farm millet", "more than many
# could make from farming", "three times what her family made from farming".
_USED_TO = re.compile(r"\bused\s+to\s+(?:[\w-]+\s+){0,2}$"
                      r"|\b(?:could|would|what\s+(?:[\w'-]+\s+){0,3}?)(?:make|made|earn|earned)\s+from\s+$", re.I)
# What a place turns from: "the transformation of Lyuliang's industry from coal to new industries".
_FROM_IT_TO = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,2}$", re.I)
_TO_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+to\s+(?!the\b|a\b|\d)", re.I)
# A unit of energy, not the fuel: "saves 38,000 tonnes of standard coal a year".
_STANDARD = re.compile(r"\bstandard\s+$", re.I)
# Said not to be there: "It has no coal either", "something that did not need coal".
_NEGATED = re.compile(r"\b(?:no|not|without|never|nor)\s+(?:[\w-]+\s+){0,2}$", re.I)


# "China's coal province of Shanxi", "a coal city": an epithet for a place, not what the story is about.
_EPITHET = re.compile(r"\s+(?:province|city|county|town|capital|heartland)\b", re.I)
# "a county whose coal mines once filled most of its budget", "Coal made Datong rich once": the past.
_ONCE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+once\b", re.I)


def _in_passing(text: str, start: int, end: int) -> bool:
    """True when the theme word at text[start:end] describes, prices or carries something else,
    is what something is made of or a product is for, or is what the story sets its subject against."""
    return bool(_DESCRIBES.match(text, end) or _COST_OR_BUYER.match(text, end) or _MADE_OF.match(text, end)
                or _EPITHET.match(text, end) or _ONCE_AFTER.match(text, end)
                or _CHEMICAL_AFTER.match(text, end) or _in_a_list_of_uses(text, start)
                or _CARGO.search(text[max(0, start - 40):start])
                or _NEGATED.search(text[max(0, start - 30):start])
                or _STANDARD.search(text[max(0, start - 12):start]) and text[start:end].lower() == "coal"
                or _FROM_IT_TO.search(text[max(0, start - 30):start]) and _TO_AFTER.match(text, end)
                or _RESTED_ON.search(text[max(0, start - 90):start])
                or _USED_TO.search(text[max(0, start - 40):start])
                or _CONTRAST.search(text[max(0, start - 50):start]))


# The end of an article's own text: what follows lists other stories.
_RELATED = re.compile(
    r"(?:related(?:\s+(?:news|stories|articles|reading|links))?|read\s+more|more\s+stories|recommended|see\s+also)"
    r"\s*:?",
    re.I,
)


def links_elsewhere(line: str) -> bool:
    """True for a line such as "Related: Shanxi universities open new majors": another story's title."""
    return _RELATED.match(line.strip()) is not None and ":" in line and not ends_article(line)


def ends_article(line: str) -> bool:
    """True for a line such as "Related:" or "Read more", after which come links to other stories."""
    return _RELATED.fullmatch(line.strip()) is not None


# A newspaper or broadcaster named after a place ("Shanxi Daily", "Yangquan
# Evening News") is a source, not a statement about the place or a theme.
_PUBLICATION = re.compile(
    r"(?<![\w-])(?:[A-Z][\w-]*+\s+){1,3}(?:Daily|Evening\s+News|Morning\s+Post|Economic\s+News|Radio|Television|TV)"
    r"(?:\s+English)?\b"
)


def _phrase_pattern(phrase: str, place: bool = False) -> str:
    """Regex for a phrase as whole words, an optional plural on the last word.

    "factory" also matches "factories". A place name may follow a hyphen
    ("the Taiyuan-Jinzhong area"); a theme word may not ("non-coal").
    """
    # In a place's name a common word is a title's word too: "Xing county" is "Xing County" in a headline.
    words = [re.escape(w) if not place or any(ch.isupper() for ch in w) else f"(?i:{re.escape(w)})"
             for w in phrase.split()]
    plural = r"(?:s|es)?"
    if not place and re.search(r"[^aeiou]y$", words[-1]):
        words[-1] = words[-1][:-1]
        plural = r"(?:y|ies)"
    body = r"[\s-]+".join(words)
    return rf"{_before(place)}{body}{plural}(?![\w])"


def _before(place: bool) -> str:
    """What may not come right before a phrase: a letter or digit, or for a theme word a hyphen too."""
    return r"(?<![\w])" if place else r"(?<![\w-])"


def _case_sensitive(phrase: str) -> bool:
    # Acronyms and names (LED, PV, 5G, R&D, "traditional Chinese medicine") must
    # keep their case; an ordinary phrase matches in any case.
    return any(ch.isupper() for ch in phrase)


def _compile(phrases: Iterable[str], place: bool = False) -> re.Pattern[str] | None:
    phrases = sorted(set(phrases), key=len, reverse=True)
    if not phrases:
        return None
    # Every phrase starts with the same look-behind: asked once per position, not once per
    # phrase, text inside a word is passed over without trying each phrase.
    before = _before(place)
    bodies = [_phrase_pattern(p, place)[len(before):] for p in phrases]
    parts = [body if _case_sensitive(p) else f"(?i:{body})" for p, body in zip(phrases, bodies)]
    return re.compile(before + "(?:" + "|".join(parts) + ")")


class Classifier:
    """Counts mentions of the region's cities, counties and themes."""

    def __init__(self, region: Region):
        self.region = region
        self._places: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = []
        for city in region.cities:
            names = {city.name, *city.aliases}
            if city.chinese:
                names.add(city.chinese)
            self._places.append((city.slug, _compile(names, place=True), _compile(city.counties, place=True)))
        self._province = _compile({region.name, *region.aliases})
        self._themes: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = []
        for theme in region.themes:
            strong = [k for k in (theme.keywords or (theme.name,)) if k not in theme.weak]
            self._themes.append((theme.slug, _compile(strong), _compile(theme.weak)))

    def cities(self, text: str, counties: bool = True) -> Counter[str]:
        """Count mentions of each city: its names, and its counties unless told not to."""
        counts: Counter[str] = Counter()
        for slug, names, places in self._places:
            n = len(names.findall(text)) if names else 0
            if counties and places:
                n += len(places.findall(text))
            if n:
                counts[slug] = n
        return counts

    def cities_in_order(self, text: str) -> list[str]:
        """The cities a text names by name (not by county), in the order it first names them."""
        first: dict[str, int] = {}
        for slug, names, _ in self._places:
            found = names.search(text) if names else None
            if found is not None:
                first[slug] = found.start()
        return sorted(first, key=first.__getitem__)

    def province(self, text: str) -> int:
        """Count mentions of the province that are not mere locators."""
        if self._province is None:
            return 0
        text = _PUBLICATION.sub(" ", text)
        return sum(
            1 for m in self._province.finditer(text)
            if not _LOCATOR.search(text[max(0, m.start() - 24):m.start()]) and not _ONE_OF_ITS.match(text, m.end())
            and not _IN_A_NAME.match(text, m.end(), m.end() + 80)
        )

    def themes(self, text: str) -> Counter[str]:  # type: ignore[type-var]
        """Count keyword hits for each theme, weak ones as half, passing mentions not at all."""
        counts: Counter[str] = Counter()
        for pattern in (_INSTITUTION, _PUBLICATION, _COMPANY, _NOT_THEMES):
            text = pattern.sub(lambda m: " " * len(m.group()), text)  # blanked, so offsets stay
        for slug, strong, weak in self._themes:
            n = 0.0
            for pattern, weight in ((strong, 1.0), (weak, WEAK)):
                if pattern is not None:
                    n += weight * sum(1 for m in pattern.finditer(text) if not _in_passing(text, m.start(), m.end()))
            if n:
                counts[slug] = n
        return counts

    def city_of(self, sentence: str) -> str | None:
        """The one city a sentence names, or None when it names none or several."""
        found = self.cities(sentence)
        return next(iter(found)) if len(found) == 1 else None

    def theme_of(self, sentence: str, preferred: Iterable[str] = ()) -> str | None:
        """The theme a sentence speaks of most, ties going to the preferred order."""
        found = self.themes(sentence)
        if not found:
            return None
        order = {slug: i for i, slug in enumerate(preferred)}
        return min(found, key=lambda s: (-found[s], order.get(s, len(order)), s))
