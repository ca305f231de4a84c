"""Turn records into HTML: Markdown bodies with sentence anchors, Jinja pages."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence
from urllib.parse import urlsplit

import markdown
from markdown.extensions.attr_list import AttrListExtension
import nh3
from markupsafe import Markup, escape

from ..anchor import locate_figures
from ..errors import DigestError, Problem
from ..model import Article, Figure
from ..units import UNITS

if TYPE_CHECKING:
    import jinja2

ALLOWED_TAGS = {
    "p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "a", "span",
    "ul", "ol", "li", "blockquote", "code", "pre", "br", "hr", "table", "thead",
    "tbody", "tr", "th", "td", "sup", "sub",
}
ALLOWED_ATTRIBUTES = {"span": {"id", "class"}, "p": {"class"}, "a": {"href", "title"}, "th": {"scope"}}
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


@dataclass(frozen=True)
class Page:
    """One file of the site: where it goes, which template, what it shows."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    # Costly context, computed only if the page is rendered: a functools.partial,
    # whose function and arguments are part of the page's cache key.
    later: Callable[[], dict[str, Any]] | None = None


@dataclass(frozen=True)
class ArticleView:
    """An article ready for its page: body as HTML, each figure's sentence id."""

    article: Article
    body_html: str
    anchors: tuple[str | None, ...]
    terms: str | None = None  # search terms of title and body with their counts (search.counts_text), when computed with the HTML

    @property
    def figures(self) -> list[tuple[Figure, str | None]]:
        return list(zip(self.article.figures, self.anchors))

    @property
    def rows(self) -> list[FigureRow]:
        return [FigureRow(self, f, a) for f, a in zip(self.article.figures, self.anchors)]


@dataclass(frozen=True)
class FigureRow:
    """One figure with its article and the id of its sentence there."""

    view: ArticleView
    figure: Figure
    anchor: str | None


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def human_amount(value: float | None) -> str:
    """7000000000 -> '7 billion'; 151000 -> '151,000'."""
    if value is None:
        return ""
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{_number(round(value / scale, 3))} {word}"
    return _number(value)


def format_value(fig: Figure) -> str:
    """A figure's value in words with its unit, e.g. '7 billion yuan', '73.9%'."""
    amount = human_amount(fig.value)
    if fig.value_max is not None:
        amount = f"{amount}–{human_amount(fig.value_max)}"
    return UNITS[fig.unit].format(amount, fig.raw_unit)


def format_date(value: dt.date | None) -> str:
    return f"{value.day} {value.strftime('%B %Y')}" if value else "undated"


def atom_date(value: dt.date | None) -> str:
    """RFC 3339 midnight UTC; an empty feed uses the epoch so output stays fixed."""
    return f"{(value or dt.date(1970, 1, 1)).isoformat()}T00:00:00Z"


def name_uuid(name: str) -> str:
    """A stable urn:uuid for an Atom id, derived from a name."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script."""
    digest = hashlib.sha256(str(text).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def summary(body: str, words: int = 40) -> str:
    """The first words of a Markdown body's first paragraph, as plain text."""
    for block in body.split("\n\n"):
        if block.strip() and not block.startswith("#") and "{: ." not in block:
            text = re.sub(r"[\\*_`]", "", block).replace("&lt;", "<")
            cut = text.split()
            return " ".join(cut[:words]) + ("…" if len(cut) > words else "")
    return ""


def sanitise(html: str) -> str:
    """Only the tags and attributes a body may have; links get rel=noopener."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


HEADLINE = "main"  # where a figure of the headline links: the top of the article
_CODE_START = re.compile(r"(?: {4}|\t)")  # a block python-markdown reads as code
_SENTENCE_ID = re.compile(r'<span class="src" id="(s\d+)">')


def headline_figures(title: str, texts: Sequence[str]) -> int:
    """How many figures at the head of a record were read from its headline: the
    loader puts those first ("Shanxi's economy grows 6.2%"), each found in the
    title after the one before."""
    pos = count = 0
    for text in texts:
        found = title.find(text, pos) if text else -1
        if found < 0:
            break
        pos, count = found + len(text), count + 1
    return count


def body_html(body: str, texts: Sequence[str], md: markdown.Markdown | None = None,
              title: str = "") -> tuple[str, tuple[str | None, ...]]:
    """Markdown body to safe HTML, each figure's sentence wrapped with an id;
    the headline's own figures link to the top of the article (HEADLINE).

    Takes plain values so that it can run in a worker process.
    """
    blocks = body.split("\n\n")
    top = headline_figures(title, texts)
    hits: list[tuple[int, int] | None] = [None] * top
    places = [None] * top + locate_figures(list(texts[top:]), blocks, hits)
    for n, place in enumerate(places):
        if place is not None and _CODE_START.match(blocks[place[0]].lstrip("\n")):
            # An indented block is code to python-markdown, which shows markup inside it as text.
            places[n] = hits[n] = None
    ids: dict[tuple[int, int], str] = {}
    for place in sorted({p for p in places if p is not None}):
        ids[(place[0], place[1])] = f"s{len(ids) + 1}"
    marked = list(blocks)
    # Insertions per block as (offset, rank, markup), rank giving the order at one offset:
    # a mark closes, then a sentence; a sentence opens, then a mark; each figure's words link to its row (#f1 …) in the figures table.
    by_block: dict[int, list[tuple[int, int, str]]] = {}
    for place in {p for p in places if p is not None}:
        sid = ids[(place[0], place[1])]
        by_block.setdefault(place[0], []).extend(
            [(place[1], 2, f'<span class="src" id="{sid}">'), (place[2], 1, "</span>")])
    for number, (hit, text) in enumerate(zip(hits, texts), 1):
        if hit is not None:
            by_block.setdefault(hit[0], []).extend(
                [(hit[1], 3, f'<a href="#f{number}" title="Figure {number} in the table below">'),
                 (hit[1] + len(text), 0, "</a>")])
    for index, inserts in by_block.items():
        text, pieces, done = marked[index], [], 0
        for offset, _, markup in sorted(inserts):  # one pass, in reading order
            pieces += [text[done:offset], markup]
            done = offset
        pieces.append(text[done:])
        marked[index] = "".join(pieces)
    # Every body, plain prose too, goes through the sanitiser, so what a body
    # may hold is decided there alone (it drops a level-one heading, for
    # instance: that is the page's title).
    safe = sanitise(convert_blocks(blocks, marked, md))
    anchors = tuple(HEADLINE if n < top else ids[(p[0], p[1])] if p is not None else None
                    for n, p in enumerate(places))
    # Only an id the page holds is linked to, whatever python-markdown made of a block.
    held = set(_SENTENCE_ID.findall(safe))  # read once: a body may hold thousands of figures
    anchors = tuple(a if a is None or a == HEADLINE or a in held else None for a in anchors)
    return safe, anchors


# A block with none of these needs no Markdown parser: it is one paragraph of text.
_SYNTAX_CHARS = re.compile(r"[\\`*_\[\]{}<>\t\r]| \n")
_ENTITY = re.compile(r"&#?\w+;")
_LINE_SYNTAX = re.compile(r"^(?:[\s#>=+*-]|\d+[.)])", re.MULTILINE)
_HEADING = re.compile(r"(#{1,6}) (?=\S)([^#\n]*[^#\s])$")
# "[Photo/VCG]": brackets that cannot open a link stay text (reference definitions send the body whole).
_LITERAL_BRACKETS = re.compile(r"(?<!!)\[[^\[\]\n]*\](?![(\[])")
_CLASS_LINE = re.compile(r"\n\{: ?\.([A-Za-z][\w-]*) ?\}\Z")
# These reach across blocks (reference links, raw HTML blocks), or make python-markdown's
# reading of the blocks around them depend on each other (lines of nothing but spaces or
# tabs): convert such a body whole.
_WHOLE_BODY = re.compile(r"^(?: {0,3}(?:\[[^\]\n]+\]:|<)|[ \t]+$)", re.MULTILINE)


def _inline_syntax(text: str) -> bool:
    """True when text has inline Markdown or HTML: syntax characters, a
    line ending in a space, a character reference, or white space at an end.
    (One pattern scan and string tests: several times faster than one
    regular expression with all of them as alternatives.)"""
    return (_SYNTAX_CHARS.search(text) is not None or text[:1].isspace() or text[-1:].isspace()
            or ("&" in text and _ENTITY.search(text) is not None))


def _plain_html(block: str, marked: str) -> str | None:
    """The HTML python-markdown gives a plain paragraph or heading, or None if
    the block has any Markdown syntax. `marked` is the block with sentence spans."""
    # Line breaks at either end are extra blank lines between blocks, or the
    # end of the body: python-markdown ignores them.
    block, marked = block.strip("\n"), marked.strip("\n")
    heading = _HEADING.fullmatch(block)
    if heading:
        text = heading.group(2)
        if _inline_syntax(text):
            return None
        if not marked.startswith(heading.group(1) + " "):
            return None  # a sentence span around the marks: python-markdown's business
        level = len(heading.group(1))
        start = marked.index(" ") + 1
        return f"<h{level}>{marked[start:].replace('&', '&amp;')}</h{level}>"
    css = _CLASS_LINE.search(block)
    if css:
        line = block[css.start():]
        if not marked.endswith(line):
            return None  # a sentence span reaches into the class line: python-markdown's business
        block, marked, attr = block[:css.start()], marked[:-len(line)], f' class="{css.group(1)}"'
    else:
        attr = ""
    # Brackets that cannot open a link become a letter, so "… [Photo/VCG]" does not end in a space.
    probe = _LITERAL_BRACKETS.sub("x", block) if "[" in block else block
    if not block or _inline_syntax(probe) or _LINE_SYNTAX.search(block):
        return None
    return f"<p{attr}>{marked.replace('&', '&amp;')}</p>"


def convert_blocks(blocks: Sequence[str], marked: Sequence[str], md: markdown.Markdown | None = None) -> str:
    """Convert a body split on blank lines, giving exactly python-markdown's HTML.

    Plain paragraphs and headings, most of a news article, are written
    directly; each run of other blocks goes through python-markdown together.
    Tested equal to converting the whole body on every corpus in the repository
    and on generated bodies (tests/test_render.py).
    """
    converter = md

    def convert(text: str) -> str:
        nonlocal converter
        if converter is None:
            converter = markdown_converter()  # made only when a block needs python-markdown
        converter.reset()
        return converter.convert(text)

    if _WHOLE_BODY.search("\n\n".join(blocks)):
        return convert("\n\n".join(marked))
    out: list[str] = []
    pending: list[str] = []
    for block, text in zip(blocks, marked):
        plain = _plain_html(block, text)
        if plain is None:
            pending.append(text)
            continue
        if pending:
            out.append(convert("\n\n".join(pending)))
            pending = []
        out.append(plain)
    if pending:
        out.append(convert("\n\n".join(pending)))
    return "\n".join(o for o in out if o)


@dataclass(frozen=True, slots=True)
class RowCells:
    """What a figure's table row shows, the same on every page: its text,
    escaped here once (a row is on up to four pages, and the template's loop
    writes these without escaping each again), the site paths its links
    point to, and the cells from metric to status as HTML."""

    status: Markup
    cells: Markup  # the figure's own cells, laid out by the template's macro
    place: Markup
    theme: Markup
    city_path: str  # "" when the figure names no place
    theme_path: str
    article_path: str
    fragment: str  # "#s1": the figure's sentence in its article, or ""
    title: Markup
    text: Markup
    indicator: Markup  # the indicator's name, "" for none
    indicator_path: str  # its page, "" for none


# A row of one page's figure table: the figure's cells and the links to its
# place, its theme, its indicator and its sentence, relative to that page and
# escaped ("" for no link).
PageRow = tuple[RowCells, Markup, Markup, Markup, Markup]

_SPAN = re.compile(r"((?:19|20)\d\d)(?:-((?:19|20)\d\d)(?![\d]))?")


def period_years(period: str | None) -> tuple[int, ...]:
    """The years a period spans: '2021-2025' -> 2021 … 2025; '2023-H1' -> 2023; None -> ()."""
    match = _SPAN.match(period or "")
    if match is None:
        return ()
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else first
    return tuple(range(first, max(first, last) + 1))


def figure_rows(rows: Sequence[FigureRow], layout: Callable[[Figure], Markup], url: Callable[[str], str],
                region: Any, memo: dict[int, RowCells] | None = None,
                indicators: dict[str, Any] | None = None) -> list[PageRow]:
    """Each row of a page's figure table, for templates/_figures.html to lay
    out; layout is its macro for the cells that depend on the figure alone.

    A site has one row per figure on up to four pages: memo keeps each
    figure's cells for the rest of a build, so layout runs once per figure
    (keyed by the figure object's id: the build's site holds every figure
    until the build ends, so an id is not reused meanwhile; every table is
    laid out by the one macro, so its output for a figure is the same on
    every page). The links are
    made here rather than in the template: a call out of a template costs
    several times a call within Python, and a table has four per row.
    indicators maps each id of the vocabulary to its Indicator: a figure's
    indicator links to its page, which every indicator with a figure has.
    """
    memo = {} if memo is None else memo
    indicators = indicators or {}
    out: list[PageRow] = []
    for r in rows:
        c = memo.get(id(r.figure))
        if c is None:
            f, a = r.figure, r.view.article
            measured = indicators.get(f.indicator) if f.indicator else None
            # China and elsewhere have no page of their own: their name is not a link.
            paged = f.city in region.places
            c = memo[id(r.figure)] = RowCells(
                status=escape(f.status), cells=layout(f),
                place=escape(region.place_name(f.city) if f.city else ""),
                theme=escape(region.theme_name(f.theme) if f.theme else ""),
                city_path=f"cities/{f.city}.html" if paged else "", theme_path=f"themes/{f.theme}.html" if f.theme else "",
                article_path=f"articles/{a.slug}.html", fragment=f"#{r.anchor}" if r.anchor else "",
                title=escape(a.title), text=escape(f.text),
                indicator=escape(measured.name if measured else ""),
                indicator_path=f"indicators/{measured.id}.html" if measured else "",
            )
        out.append((c, escape(url(c.city_path)) if c.city_path else _NO_LINK,
                    escape(url(c.theme_path)) if c.theme_path else _NO_LINK,
                    escape(url(c.indicator_path)) if c.indicator_path else _NO_LINK,
                    escape(url(c.article_path) + c.fragment)))
    return out


_NO_LINK = Markup("")


def markdown_converter() -> markdown.Markdown:
    # The extension given as an object: by name, python-markdown looks it up
    # among the installed packages' entry points, which takes longer than
    # converting a few bodies.
    return markdown.Markdown(extensions=[AttrListExtension()], output_format="html")


def relative_url(page_path: str, target: str) -> str:
    """A link from one site file to another that works at any base and from disk.

    Site paths never contain '..', so climbing to the root and walking down
    is always right; a link within the same folder is shortened.
    """
    depth = page_path.count("/")
    folder = page_path.rsplit("/", 1)[0] + "/" if depth else ""
    if folder and target.startswith(folder) and "/" not in target[len(folder):]:
        return target[len(folder):]
    return "../" * depth + target


def make_env(templates: Path, bytecode: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """The template environment; with bytecode, compiled templates are kept
    there between builds (Jinja recompiles any template whose source changed)."""
    # Imported here, not with this module: the workers that parse records and
    # convert bodies start before the templates are needed, and sooner without it.
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=bytecode,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # an environment lives for one build: no need to stat every template at each use
    )
    env.filters["value"] = format_value
    env.filters["amount"] = human_amount
    env.filters["date"] = format_date
    env.filters["atomdate"] = atom_date
    # Memos held by the environment, so they last one build: an article's
    # id and summary are in several feeds and lists.
    env.filters["uuid"] = functools.lru_cache(maxsize=8192)(name_uuid)
    env.filters["summary"] = functools.lru_cache(maxsize=4096)(summary)
    env.filters["csp_hash"] = csp_hash
    return env


def compile_templates(env: jinja2.Environment, names: set[str]) -> list[Problem]:
    """Load and compile templates ahead of rendering; return the syntax error
    of each template that has one (a missing or failing template is otherwise
    left for render_page, which reports it with the page that needs it)."""
    import jinja2

    problems = []
    for name in sorted(names):
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(_syntax_problem(env, exc, name))
        except jinja2.TemplateError:
            pass
    return problems


ROW_MEMO = "_row_memo"  # key in the shared context: a build's memo of figure row cells


def render_page(env: jinja2.Environment, page: Page, shared: dict[str, Any]) -> bytes:
    """Render one page; template errors name the template file and line."""
    import jinja2

    base = urlsplit(shared.get("base_url") or "").path
    from_root = bool(page.context.get("from_root") and base)

    links: dict[str, str] = {}

    def url(target: str) -> str:
        # The 404 page is served at any depth, so relative links cannot work
        # there; with a known base URL it links from the site's root path.
        found = links.get(target)
        if found is None:
            found = links[target] = base + target if from_root else relative_url(page.path, target)
        return found

    def rows(items: Sequence[FigureRow], layout: Callable[[Figure], Markup]) -> list[PageRow]:
        site = shared.get("site")
        return figure_rows(items, layout, url, shared["region"], shared.get(ROW_MEMO),
                           site.indicator_index if site is not None else None)

    context = {**shared, **page.context, **(page.later() if page.later else {}),
               "page_path": page.path, "url": url, "figure_rows": rows}
    try:
        template = env.get_template(page.template)
        return template.render(context).encode("utf-8")
    except jinja2.TemplateSyntaxError as exc:
        raise DigestError([_syntax_problem(env, exc, page.template)]) from None
    except jinja2.TemplateNotFound as exc:
        raise DigestError([Problem(f"templates/{exc.name}", f"template missing (needed for {page.path})")]) from None
    except jinja2.UndefinedError as exc:
        name, line = _error_location(env, exc)
        raise DigestError([Problem(f"templates/{name or page.template}",
                                   f"undefined variable while rendering {page.path}: {exc.message}", line)]) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        name, line = _error_location(env, exc)
        raise DigestError([Problem(f"templates/{name or page.template}",
                                   f"error while rendering {page.path}: {exc}", line)]) from None


def _syntax_problem(env: jinja2.Environment, exc: jinja2.TemplateSyntaxError, fallback: str) -> Problem:
    """A syntax error at the template and line Jinja found it: the template
    being compiled, which may be one that another extends, includes or imports."""
    name = exc.name or (_template_name(env, exc.filename) if exc.filename else None)
    return Problem(f"templates/{name or fallback}", f"template syntax error: {exc.message}", exc.lineno)


def _error_location(env: jinja2.Environment, exc: BaseException) -> tuple[str | None, int | None]:
    """The template and line of the innermost template frame in exc's traceback.

    The page's own template is not enough: the error may be in the template it
    extends, in a partial it includes or in a macro it imports, and each of
    those runs as code of its own template. Jinja rewrites the frames of
    template code into frames whose file is the template's file and whose line
    is the template's line; a frame it has not rewritten still carries its
    template, which maps the compiled line to the source line. Both are the
    same whether the template was compiled now or read from the bytecode
    cache, which keeps each template's file name and line table.
    """
    found: tuple[str | None, int | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None and template.name:
            found = (template.name, template.get_corresponding_lineno(tb.tb_lineno))
        else:
            name = _template_name(env, tb.tb_frame.f_code.co_filename)
            if name is not None:
                found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _template_name(env: jinja2.Environment, filename: str) -> str | None:
    """The template name of a file under the loader's folders, else None."""
    for folder in getattr(env.loader, "searchpath", ()):
        relative = os.path.relpath(filename, folder)
        if not relative.startswith(os.pardir) and not os.path.isabs(relative):
            return Path(relative).as_posix()
    return None
