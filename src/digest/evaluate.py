"""Score extracted records against a hand-made gold file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .anchor import locate_figures
from .errors import DigestError, Problem
from .model import canonical_period

if TYPE_CHECKING:
    from .ingest.classify import Classifier
    from .model import Indicator, Region

# Two values match when they differ by at most this fraction of the larger.
TOLERANCE = 0.005

# What, where, when and whether achieved: scored over matched figures, each only
# where the gold figure carries the key (older gold files lack them).
ATTRIBUTES = ("indicator", "kind", "status", "period", "place")
# The record's name of an attribute where it differs from the gold's.
RECORD_FIELD = {"place": "city"}
# The gold format's word for the whole province (tests/gold/seeds.yaml header);
# a record names the province by the region's slug.
GOLD_PROVINCE = "shanxi"
# How much of a figure's sentence a misses list quotes.
QUOTE_CHARS = 60


def _get(item: Any, name: str) -> Any:
    """A field of a figure given as a mapping or as a Figure."""
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def close(a: Any, b: Any, tolerance: float = TOLERANCE) -> bool:
    """True when two numbers agree within the tolerance (relative to the larger)."""
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return False
    return abs(x - y) <= tolerance * max(abs(x), abs(y))


def slug(name: Any) -> str:
    """Compare place names as the records spell them: lower case, hyphens."""
    if name is None:
        return ""
    return re.sub(r"[^a-z0-9]+", "-", str(name).strip().lower()).strip("-")


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()[:10]


def _slugs(values: Any) -> set[str]:
    if not values or isinstance(values, (str, bytes)):
        return {slug(values)} if isinstance(values, str) and values else set()
    if isinstance(values, Mapping):
        values = list(values)
    try:
        return {slug(v) for v in values if v is not None}
    except TypeError:
        return set()


def _figures(values: Any) -> list[Any]:
    if not values or isinstance(values, (str, bytes, Mapping)):
        return []
    try:
        return list(values)
    except TypeError:
        return []


def _same(gold: Any, found: Any) -> bool:
    if _get(gold, "unit") != _get(found, "unit"):
        return False
    return close(_get(gold, "value"), _get(found, "value")) or _rounded_alike(gold, found)


def _rounded_alike(gold: Any, found: Any) -> bool:
    """A converted value the annotation rounds ("260-mu" is 0.17 square km to two decimals; the
    loader keeps 0.173333): the same mention, equal at the annotation's decimals."""
    x, y = _number(_get(gold, "value")), _number(_get(found, "value"))
    if x is None or y is None or _get(gold, "raw_unit") is None or _get(gold, "text") != _get(found, "text"):
        return False
    decimals = len(repr(x).partition(".")[2].rstrip("0"))
    return 0 < decimals <= 3 and round(y, decimals) == x


def match_figures(gold: list[Any], found: list[Any]) -> list[tuple[int, int]]:
    """Pair gold and found figures one to one: same unit, value within tolerance.

    Greedy, in text order; a pair that also agrees on the text is taken first,
    so a value stated twice pairs with its own mention where it can.
    """
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for same_text in (True, False):
        for g, gold_fig in enumerate(gold):
            if g in used_gold:
                continue
            for f, found_fig in enumerate(found):
                if f in used_found or not _same(gold_fig, found_fig):
                    continue
                if same_text and _get(gold_fig, "text") != _get(found_fig, "text"):
                    continue
                pairs.append((g, f))
                used_gold.add(g)
                used_found.add(f)
                break
    return sorted(pairs)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one set comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @classmethod
    def of_sets(cls, gold: set[str], found: set[str]) -> "Counts":
        return cls(len(gold & found), len(found - gold), len(gold - found))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """How many of the counted figures had an attribute right."""

    right: int = 0
    total: int = 0

    def add(self, other: "Tally") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def accuracy(self) -> float | None:
        """The share right, or None (n/a) when nothing was counted."""
        return self.right / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.right}/{self.total}" if self.total else "-"


@dataclass(frozen=True)
class WrongAttribute:
    """One attribute of a matched figure that differs from the gold."""

    attribute: str
    expected: str | None
    got: str | None
    text: str
    sentence: str  # the found figure's sentence, "" when the record's body was not given


@dataclass
class ArticleScore:
    """How one record compares with its gold annotation."""

    name: str
    figures: Counts
    misses: list[Any]
    false_hits: list[Any]
    date_ok: bool
    date: tuple[str | None, str | None]  # (gold, found)
    city_ok: bool
    city: tuple[str, str]
    title_ok: bool | None  # None when the gold gives no title
    cities: Counts
    themes: Counts
    usd_total: int
    usd_ok: int
    attributes: dict[str, Tally] = field(default_factory=lambda: {a: Tally() for a in ATTRIBUTES})
    all_five: Tally = field(default_factory=Tally)  # figures whose gold carries all five keys
    wrong: list[WrongAttribute] = field(default_factory=list)


@dataclass
class Report:
    """Scores of every article present in both the records and the gold file."""

    articles: list[ArticleScore] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # gold articles with no record
    unscored: list[str] = field(default_factory=list)  # records with no gold annotation

    def attribute_tallies(self) -> dict[str, Tally]:
        """Each attribute's tally over every article, and all_five's."""
        tallies = {name: Tally() for name in (*ATTRIBUTES, "all_five")}
        for art in self.articles:
            for name in ATTRIBUTES:
                tallies[name].add(art.attributes[name])
            tallies["all_five"].add(art.all_five)
        return tallies

    @property
    def totals(self) -> dict[str, float | None]:
        """Every score; an attribute's accuracy is None (n/a) when no gold figure carries it."""
        figures, cities, themes = Counts(), Counts(), Counts()
        usd_total = usd_ok = dates = places = 0
        for art in self.articles:
            figures.add(art.figures)
            cities.add(art.cities)
            themes.add(art.themes)
            usd_total += art.usd_total
            usd_ok += art.usd_ok
            dates += art.date_ok
            places += art.city_ok
        n = len(self.articles)
        titled = [art.title_ok for art in self.articles if art.title_ok is not None]
        return {
            "articles": n,
            "gold_figures": figures.tp + figures.fn,
            "found_figures": figures.tp + figures.fp,
            "matched_figures": figures.tp,
            "figure_precision": figures.precision,
            "figure_recall": figures.recall,
            "figure_f1": figures.f1,
            "date_accuracy": dates / n if n else 1.0,
            "city_accuracy": places / n if n else 1.0,
            "title_accuracy": sum(titled) / len(titled) if titled else 1.0,
            "cities_f1": cities.f1,
            "themes_f1": themes.f1,
            "usd_accuracy": usd_ok / usd_total if usd_total else 1.0,
            **{f"{name}_accuracy": tally.accuracy for name, tally in self.attribute_tallies().items()},
        }

    def format(self) -> str:
        """A plain-text table of the totals and each article, then what went wrong."""
        t = self.totals
        tallies = self.attribute_tallies()
        lines = [
            f"articles scored: {t['articles']}   gold figures: {t['gold_figures']}   "
            f"found: {t['found_figures']}   matched: {t['matched_figures']}",
            "",
            f"{'metric':<18}{'score':>8}",
        ]
        for key in ("figure_precision", "figure_recall", "figure_f1", "usd_accuracy",
                    "date_accuracy", "city_accuracy", "title_accuracy", "cities_f1", "themes_f1"):
            lines.append(f"{key:<18}{t[key]:>8.3f}")
        lines += ["", "over matched figures, where the gold carries the key:"]
        for name, tally in tallies.items():
            key = f"{name}_accuracy"
            score = "n/a" if tally.accuracy is None else f"{tally.accuracy:.3f}"
            lines.append(f"{key:<18}{score:>8}  {'' if tally.accuracy is None else tally}".rstrip())
        lines.append("")
        header = (f"{'article':<28}{'gold':>5}{'found':>6}{'prec':>7}{'rec':>7}{'f1':>7}{'usd':>6}  date  city"
                  f"{'all5':>8}  wrong")
        lines.append(header)
        lines.append("-" * len(header))
        for art in self.articles:
            usd = f"{art.usd_ok}/{art.usd_total}" if art.usd_total else "-"
            lines.append((
                f"{art.name[:27]:<28}{art.figures.tp + art.figures.fn:>5}{art.figures.tp + art.figures.fp:>6}"
                f"{art.figures.precision:>7.2f}{art.figures.recall:>7.2f}{art.figures.f1:>7.2f}{usd:>6}"
                f"  {'ok' if art.date_ok else 'NO':<4}  {'ok' if art.city_ok else 'NO':<2}"
                f"{str(art.all_five):>8}  {_wrong_counts(art)}"
            ).rstrip())
        if any(tally.total for tally in tallies.values()):
            lines.append("(all5: matched figures with all five attributes right; wrong: how many had each "
                         "wrong, i indicator, k kind, s status, p period, P place)")
        if self.missing:
            lines += ["", "gold articles with no record: " + ", ".join(self.missing)]
        if self.unscored:
            lines += ["records with no gold annotation: " + ", ".join(self.unscored)]
        for art in self.articles:
            problems = _problems(art)
            if problems:
                lines += ["", f"{art.name}:", *problems]
        return "\n".join(lines) + "\n"


def _describe(fig: Any) -> str:
    extra = f" usd={_get(fig, 'usd')}" if _get(fig, "usd") is not None else ""
    return f"{_get(fig, 'text')!r} = {_get(fig, 'value')} {_get(fig, 'unit')}{extra}"


_LETTERS = {"indicator": "i", "kind": "k", "status": "s", "period": "p", "place": "P"}


def _wrong_counts(art: ArticleScore) -> str:
    """'i2 s1': two figures with the wrong indicator, one with the wrong status."""
    return " ".join(f"{_LETTERS[name]}{tally.total - tally.right}"
                    for name, tally in art.attributes.items() if tally.total > tally.right)


def _quote(sentence: str) -> str:
    """The start of a sentence, cut at a word, to recognise it by."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= QUOTE_CHARS:
        return sentence
    # One character more, so that a word ending at the limit is kept whole.
    return sentence[:QUOTE_CHARS + 1].rsplit(" ", 1)[0] + "…"


def _show(value: str | None) -> str:
    return "null" if value is None else value


def _describe_wrong(wrong: WrongAttribute) -> str:
    where = f" ({_quote(wrong.sentence)})" if wrong.sentence else ""
    return (f"  {wrong.attribute}: expected {_show(wrong.expected)}, got {_show(wrong.got)}"
            f" — \"{wrong.text}\"{where}")


def _words(text: Any) -> str:
    """A title compared word for word, whatever its spacing."""
    return " ".join(str(text or "").split())


def _problems(art: ArticleScore) -> list[str]:
    out: list[str] = []
    if not art.date_ok:
        out.append(f"  date: expected {art.date[0]}, got {art.date[1]}")
    if not art.city_ok:
        out.append(f"  city: expected {art.city[0]!r}, got {art.city[1]!r}")
    if art.title_ok is False:
        out.append("  title: not the annotated headline")
    out += [f"  miss:      {_describe(f)}" for f in art.misses]
    out += [f"  false hit: {_describe(f)}" for f in art.false_hits]
    out += [_describe_wrong(w) for w in art.wrong]
    return out


def _has(item: Any, name: str) -> bool:
    if isinstance(item, Mapping):
        return name in item
    return hasattr(item, name)


def _attribute(value: Any) -> str | None:
    """An attribute as compared: text, or None for null and blank (a period may be read as a number)."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _place(value: Any, province: str) -> str | None:
    name = slug(value)
    if not name:
        return None
    return GOLD_PROVINCE if name == province else name


def _sentences(body: str | None, found: list[Any]) -> list[str]:
    """Each found figure's sentence in the body, as the site ties them ("" where not found)."""
    if not body:
        return [""] * len(found)
    blocks = body.split("\n\n")
    texts = [str(_get(f, "text") or "") for f in found]
    return ["" if p is None else blocks[p[0]][p[1]:p[2]] for p in locate_figures(texts, blocks)]


def _score_attributes(art: ArticleScore, pairs: list[tuple[int, int]], gold_figs: list[Any],
                      found_figs: list[Any], province: str, body: str | None) -> None:
    sentences = _sentences(body, found_figs) if pairs else []
    for g, f in pairs:
        gold_fig, found_fig = gold_figs[g], found_figs[f]
        carried = [name for name in ATTRIBUTES if _has(gold_fig, name)]
        all_right = True
        for name in carried:
            found_value = _get(found_fig, RECORD_FIELD.get(name, name))
            if name == "place":
                expected, got = _place(_get(gold_fig, name), GOLD_PROVINCE), _place(found_value, province)
            else:
                expected, got = _attribute(_get(gold_fig, name)), _attribute(found_value)
            if name == "period":
                # One span, two spellings ('2023-01-2023-09' and '2023-Q1-Q3'), is one period.
                expected, got = (None if p is None else canonical_period(p) for p in (expected, got))
            right = expected == got
            art.attributes[name].right += right
            art.attributes[name].total += 1
            all_right &= right
            if not right:
                art.wrong.append(WrongAttribute(name, expected, got, str(_get(found_fig, "text")), sentences[f]))
        if len(carried) == len(ATTRIBUTES):
            art.all_five.right += all_right
            art.all_five.total += 1


def score_article(name: str, record: Mapping[str, Any], gold: Mapping[str, Any],
                  province: str = GOLD_PROVINCE, body: str | None = None) -> ArticleScore:
    """Compare one record with its gold annotation.

    province is the slug by which the record names the whole province; body,
    the record's Markdown body, lets the misses quote each figure's sentence.
    """
    gold_figs = _figures(gold.get("figures"))
    found_figs = _figures(record.get("figures"))
    pairs = match_figures(gold_figs, found_figs)
    matched_gold = {g for g, _ in pairs}
    matched_found = {f for _, f in pairs}
    usd_total = usd_ok = 0
    for g, f in pairs:
        if _get(gold_figs[g], "usd") is not None:
            usd_total += 1
            usd_ok += close(_get(gold_figs[g], "usd"), _get(found_figs[f], "usd"))
    # A gold conversion whose figure was missed counts as a missed conversion.
    usd_total += sum(1 for g, fig in enumerate(gold_figs) if g not in matched_gold and _get(fig, "usd") is not None)
    gold_date, found_date = _iso(gold.get("date")), _iso(record.get("date"))
    gold_city, found_city = slug(gold.get("city")), slug(record.get("city"))
    art = ArticleScore(
        name=name,
        figures=Counts(len(pairs), len(found_figs) - len(pairs), len(gold_figs) - len(pairs)),
        misses=[fig for g, fig in enumerate(gold_figs) if g not in matched_gold],
        false_hits=[fig for f, fig in enumerate(found_figs) if f not in matched_found],
        date_ok=gold_date == found_date,
        date=(gold_date, found_date),
        city_ok=gold_city == found_city,
        city=(gold_city, found_city),
        title_ok=None if not gold.get("title") else _words(gold.get("title")) == _words(record.get("title")),
        cities=Counts.of_sets(_slugs(gold.get("cities")), _slugs(record.get("cities"))),
        themes=Counts.of_sets(_slugs(gold.get("themes")), _slugs(record.get("themes"))),
        usd_total=usd_total,
        usd_ok=usd_ok,
    )
    _score_attributes(art, pairs, gold_figs, found_figs, province, body)
    return art


def evaluate(records: Mapping[str, Mapping[str, Any]], gold: Mapping[str, Any],
             province: str = GOLD_PROVINCE, bodies: Mapping[str, str] | None = None) -> Report:
    """Score each record that has a gold annotation, keyed by seed file name.

    province: the region's slug, which records use for province-wide figures;
    bodies: the records' Markdown bodies by the same names, to quote sentences.
    """
    report = Report()
    for name in _names(gold):
        entry = gold[name]
        if name not in records:
            report.missing.append(name)
            continue
        record = records[name]
        if not isinstance(entry, Mapping) or not isinstance(record, Mapping):
            report.missing.append(name)
            continue
        report.articles.append(score_article(name, record, entry, province, (bodies or {}).get(name)))
    report.unscored = [n for n in _names(records) if n not in gold]
    return report


def score_seeds(seeds: Iterable[Path], gold: Mapping[str, Any], region: Region, classifier: Classifier,
                indicators: Sequence[Indicator]) -> Report:
    """The loader run afresh on seed files (nothing is written) and scored
    against gold: what `digest eval --sets` prints and tests/test_sets.py checks."""
    from .ingest.loader import load_seed
    from .ingest.seedtext import SeedError
    from .records.content import parse_record, record_to_dict, render_record

    ids = frozenset(i.id for i in indicators)
    records = {}
    for seed in seeds:
        try:
            article = load_seed(seed.read_bytes(), f"seeds/{seed.name}", region, classifier, indicators)
        except SeedError as exc:
            raise DigestError([Problem(str(seed), exc.message, exc.line)]) from None
        # The record ingest would write must pass `digest check`: a loader that writes one it
        # rejects stops the editor's next build.
        _, problems = parse_record(render_record(article), f"{seed}: its record", region, ids)
        if problems:
            raise DigestError(problems)
        records[seed.name] = record_to_dict(article)
    return evaluate(records, gold, province=region.slug)


def _names(mapping: Mapping[str, Any]) -> Iterable[str]:
    return sorted(str(k) for k in mapping)
