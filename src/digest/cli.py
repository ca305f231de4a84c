"""The command line: ingest, build, check, serve, eval."""

from __future__ import annotations

import argparse
import errno
import gc
import logging
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .errors import DigestError, Problem
from .settings import ARTICLES_DIR, REGION_FILE, Settings, load_settings

if TYPE_CHECKING:
    from .ingest import IngestReport

log = logging.getLogger(__name__)

DEFAULT_GOLD = Path("tests/gold/seeds.yaml")  # the samples' annotations, in the repository


def _settings(args: argparse.Namespace) -> Settings:
    """The settings of the options, once the folders and files the command
    reads and writes are found to be there and of the right kind."""
    root = _expect(Path(args.root), "the project folder (--root)", folder=True)
    if root is not None:
        raise DigestError([root])  # everything else is inside it
    settings = load_settings(
        args.root, seeds=args.seeds, content=args.content, templates=args.templates,
        out=args.out, base_url=args.base_url,
    )
    content = _expect(settings.content, "the content folder (--content)", folder=True)
    problems = [content] if content else [p for p in (
        _expect(settings.content / REGION_FILE, "the region file", folder=False, required=False),
        _expect(settings.content / ARTICLES_DIR, "the folder of records", folder=True, required=False),
    ) if p]
    needs = getattr(args, "needs", ())
    if "seeds" in needs:
        # seeds/ may be absent (a digest whose records are written by hand has
        # nothing to ingest), but a folder named with --seeds must be there.
        problems.append(_expect(settings.seeds, "the seeds folder (--seeds)", folder=True,
                                required=args.seeds is not None))
    if "templates" in needs:
        problems.append(_expect(settings.templates, "the templates folder (--templates)", folder=True))
    if "out" in needs:
        # A file there would be moved aside by the swap that puts the new site in place.
        problems.append(_expect(settings.out, "the site folder (--out)", folder=True, required=False))
    problems = [p for p in problems if p is not None]
    if problems:
        raise DigestError(problems)
    return settings


def _expect(path: Path, what: str, *, folder: bool, required: bool = True) -> Problem | None:
    """A problem when path is missing (and required) or is not a folder or file as expected."""
    if not path.exists():
        return Problem(str(path), f"not found: expected {what}") if required else None
    if folder and not path.is_dir():
        return Problem(str(path), f"expected {what}, got a file")
    if not folder and path.is_dir():
        return Problem(str(path), f"expected {what}, got a folder")
    return None


def cmd_ingest(args: argparse.Namespace) -> int:
    return _ingest(_settings(args), args.refresh)


def _ingest(settings: Settings, refresh: bool = False) -> int:
    from .ingest import ingest

    return _show_ingest(ingest(settings, refresh=refresh))


def _show_ingest(report: IngestReport) -> int:
    """Print what ingest did to each record; 1 if a seed could not be read."""
    for path in report.written:
        print(f"wrote {path}")
    for path in report.refreshed:
        print(f"refreshed {path}")
    for path in report.unchanged:
        print(f"unchanged {path}: the seed gives the same record")
    for path in report.skipped:
        print(f"skipped {path}: edited by hand since ingest")
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if not (report.written or report.refreshed or report.problems):
        print(_nothing_written(report))
    return 1 if report.problems else 0


def _nothing_written(report: IngestReport) -> str:
    """The summary when ingest wrote no file: why not."""
    counts = [f"{len(paths)} record{'s' if len(paths) != 1 else ''} {what}"
              for paths, what in ((report.unchanged, "unchanged"), (report.skipped, "edited by hand"))
              if paths]
    return f"nothing written: {', '.join(counts)}" if counts else "nothing to ingest: every seed has a record"


def terminal_progress() -> Callable[[int, int], None] | None:
    """A progress line on an interactive terminal; nothing in CI or when piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            end = "\n" if done == total else ""
            print(f"\rrendering pages: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def cmd_build(args: argparse.Namespace) -> int:
    return _build(_settings(args), args.force)


def cmd_site(args: argparse.Namespace) -> int:
    """ingest then build, in one process: what `make site` runs."""
    settings = _settings(args)
    from .ingest import ingest

    report = ingest(settings)
    code = _show_ingest(report)
    if code:
        return code
    try:
        return _build(settings, args.force)
    except DigestError as exc:
        if not (report.written or report.refreshed):
            raise
        # The new records are on disk (the editor's to fix); only the site is untouched.
        _report(exc, f"the records above were written; {settings.rel(settings.out)}/ was left as it was")
        return 1


def _build(settings: Settings, force: bool = False) -> int:
    from .engine import uptodate

    before = uptodate.inputs(settings)  # taken once, before anything is read
    if not force and uptodate.is_current(settings, before):
        print(f"{settings.rel(settings.out)}/ is up to date: nothing it is built from has changed")
        return 0
    from .build import build

    count = build(settings, terminal_progress(), before)
    print(f"built {count} files into {settings.rel(settings.out)}/")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .build import check

    from .records.contradictions import contradictions

    site = check(_settings(args))
    warnings = contradictions((v.article for v in site.articles), site.indicators)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    tail = f", {len(warnings)} warning{'s' if len(warnings) != 1 else ''}" if warnings else ""
    print(f"ok: {len(site.articles)} records, {len(site.figures)} figures{tail}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .records.content import read_text, record_paths, split_record
    from .records.region import load_region
    from .evaluate import evaluate

    settings = _settings(args)
    gold = _load_gold(Path(args.gold) if args.gold else settings.root / DEFAULT_GOLD)
    records, bodies = {}, {}
    problems: list[Problem] = []
    for path in record_paths(settings.content):
        label = settings.rel(path)
        try:
            meta, body = split_record(read_text(path, label), label)[:2]
        except DigestError as exc:
            problems.extend(exc.problems)
            continue
        source = meta.get("source")
        name = Path(str(source.get("file", "")) if isinstance(source, dict) else "").name
        records[name], bodies[name] = meta, body
    if problems:
        raise DigestError(problems)
    report = evaluate(records, gold, province=load_region(settings.content).slug, bodies=bodies)
    print(report.format())
    if args.sets:
        print()
        print(_score_sets(settings, [Path(folder) for folder in args.sets]))
    return 0


# The columns of the table of annotated sets: what the loader finds, then what its figures mean.
_SET_COLUMNS = (("figure_precision", "prec"), ("figure_recall", "rec"), ("city_accuracy", "city"),
                ("date_accuracy", "date"), ("themes_f1", "themes"), ("indicator_accuracy", "ind"),
                ("kind_accuracy", "kind"), ("status_accuracy", "status"), ("period_accuracy", "period"),
                ("place_accuracy", "place"), ("all_five_accuracy", "all5"), ("title_accuracy", "title"))


def _score_sets(settings: Settings, folders: list[Path]) -> str:
    """The loader scored afresh on each folder's seeds/ against its gold.yaml, one row a set
    (nothing is written: the records of the project are not these)."""
    from .evaluate import score_seeds
    from .ingest.classify import Classifier
    from .records.indicators import load_indicators
    from .records.region import load_region

    problems = [p for folder in folders for p in (_expect(folder, "a set folder (seeds/ and gold.yaml)", folder=True),
                                                  _expect(folder / "seeds", "its seeds", folder=True),
                                                  _expect(folder / "gold.yaml", "its gold annotations", folder=False))
                if p is not None]
    if problems:
        raise DigestError(problems[:1])
    region = load_region(settings.content)
    indicators = load_indicators(settings.content, settings.root)
    classifier = Classifier(region)
    width = max(len(str(f)) for f in folders)
    lines = [f"{'set':<{width}}  {'art':>4} {'figs':>5}  " + " ".join(f"{short:>6}" for _, short in _SET_COLUMNS)]
    for folder in folders:
        seeds = sorted((folder / "seeds").glob("*.txt"))
        totals = score_seeds(seeds, _load_gold(folder / "gold.yaml"), region, classifier, indicators).totals
        cells = " ".join("   n/a" if totals[key] is None else f"{totals[key]:6.3f}" for key, _ in _SET_COLUMNS)
        lines.append(f"{str(folder):<{width}}  {totals['articles']:>4} {totals['gold_figures']:>5}  {cells}")
    return "\n".join(lines)


def _load_gold(path: Path) -> dict[Any, Any]:
    """The gold annotations: a mapping of seed file names to what they hold."""
    import yaml

    missing = _expect(path, "the gold annotations (--gold FILE)", folder=False)
    if missing is not None:
        raise DigestError([missing])
    try:
        # Bytes: the reader finds the encoding (UTF-8 or UTF-16 with a BOM) and names a bad byte.
        loader = yaml.SafeLoader(path.read_bytes())
        try:
            node = loader.get_single_node()
            gold = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as exc:
        what = (f"not valid YAML: character U+{exc.character:04X} is not allowed" if exc.encoding == "unicode"
                else f"not UTF-8: byte 0x{exc.character:02x} cannot be decoded; save the file as UTF-8")
        raise DigestError([Problem(str(path), what)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DigestError([Problem(str(path), f"not valid YAML: {what}", mark.line + 1 if mark else None)]) from None
    if not isinstance(gold, dict):
        raise DigestError([Problem(str(path), f"expected a mapping of seed file names to annotations, "
                                              f"got {_kind(gold)}")])
    lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
    problems = [Problem(str(path), f"{name}: expected a mapping of date, city, cities, themes and figures, "
                                   f"got {_kind(entry)}", lines.get(str(name)))
                for name, entry in gold.items() if not isinstance(entry, dict)]
    if problems:
        raise DigestError(problems)
    return gold


def _kind(value: Any) -> str:
    """What a YAML value is, in an editor's words."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value}'" if len(value) <= 40 else "a text"
    if isinstance(value, (bool, int, float)):
        return f"the value {value!r}"
    return f"a {type(value).__name__}"


def cmd_serve(args: argparse.Namespace) -> int:
    from .build import build
    from .ingest import ingest
    from .serve import serve

    settings = _settings(args)
    _free_port(args.port)  # before the first build, which would otherwise write the site first

    def rebuild() -> None:
        report = ingest(settings)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        build(settings)

    serve(settings, args.port, rebuild)
    return 0


def _port(text: str) -> int:
    """A TCP port for --port: a number from 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, got '{text}'")
    return port


def _free_port(port: int) -> None:
    """Raise DigestError when the preview could not listen on 127.0.0.1:port."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as http.server does
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            reason = "already in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)
            raise DigestError([Problem(f"127.0.0.1:{port}", f"cannot listen: {reason}; "
                                                             "choose another port with --port")]) from None


def cmd_init(args: argparse.Namespace) -> int:
    from .init import init

    target = Path(args.directory)
    made, count = init(target)
    for name in made:
        print(f"made {target / name}")
    site = target / "site"
    print(f"built {count} files into {site}/: open {site / 'index.html'}")
    example = " and ".join(str(p) for p in [target / "seeds" / "example.txt",
                                           *sorted((target / "content" / ARTICLES_DIR).glob("*.md"))])
    print(f"next: fill in {target / 'content' / 'region.yaml'}; delete the example ({example}) and add your "
          f"articles to {target / 'seeds'}/; then run `make -C {shlex.quote(str(target))} site`")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .records.content import load_articles
    from .records.indicators import load_indicators
    from .records.region import load_region

    settings = _settings(args)
    region = load_region(settings.content)
    indicators = load_indicators(settings.content, settings.root)
    flagged = [a for a in load_articles(settings.content, region, settings.root, indicators=indicators)
               if a.review]
    hints = {
        "title": "inferred from the first sentence: write the headline",
        "date": "no publication date found: add it (YYYY-MM-DD) or leave null",
        "encoding": "the seed was not UTF-8 and was decoded: check quotes and dashes",
    }
    for article in flagged:
        print(article.path)
        for name in article.review:
            print(f"  {name}: {hints.get(name) or _figure_hint(article, name)}")
    print(f"{len(flagged)} record{'s' if len(flagged) != 1 else ''} to review; remove a field from review: once checked")
    return 0


def _figure_hint(article: Any, name: str) -> str:
    """What the loader guessed of one figure ('figures[3].status'), with the figure's words."""
    index, _, field = name.removeprefix("figures[").partition("].")
    if not (index.isdigit() and int(index) < len(article.figures) and field):
        return "guessed by the loader: check it"
    figure = article.figures[int(index)]
    return f'"{figure.text}" ({figure.metric}) read as {field} {getattr(figure, field, None)}: check it'


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="digest", description="Build the regional industrial-upgrading digest.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", default=".", help="project root (default: .)")
    common.add_argument("--seeds", help="seed folder (default: seeds)")
    common.add_argument("--content", help="content folder (default: content)")
    common.add_argument("--templates", help="templates folder (default: templates)")
    common.add_argument("--out", help="output folder (default: site)")
    common.add_argument("--base-url", help="public URL of the site (or DIGEST_BASE_URL)")
    sub = top.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", parents=[common], help="write a record for every seed that has none")
    p.add_argument("--refresh", action="store_true", help="also regenerate records not edited since ingest")
    p.set_defaults(func=cmd_ingest, needs=("seeds",))
    p = sub.add_parser("build", parents=[common], help="build site/ from content/ and templates/")
    p.add_argument("--force", action="store_true", help="build even when nothing has changed since the last build")
    p.set_defaults(func=cmd_build, needs=("templates", "out"))
    p = sub.add_parser("site", parents=[common], help="ingest new seeds, then build site/ (what `make site` runs)")
    p.add_argument("--force", action="store_true", help="build even when nothing has changed since the last build")
    p.set_defaults(func=cmd_site, needs=("seeds", "templates", "out"))
    p = sub.add_parser("check", parents=[common], help="validate everything without writing")
    p.set_defaults(func=cmd_check, needs=("templates",))
    p = sub.add_parser("serve", parents=[common], help="serve site/ on 127.0.0.1 and rebuild on change")
    p.add_argument("--port", type=_port, default=8000, help="port on 127.0.0.1 (default: 8000)")
    p.set_defaults(func=cmd_serve, needs=("seeds", "templates", "out"))
    p = sub.add_parser("init", help="start a digest for another region in a new folder")
    p.add_argument("directory")
    p.set_defaults(func=cmd_init)
    sub.add_parser("review", parents=[common], help="list the records with guessed fields").set_defaults(func=cmd_review)
    p = sub.add_parser("eval", parents=[common], help="score the records against a gold file")
    p.add_argument("--gold", help=f"gold annotations (default: {DEFAULT_GOLD})")
    p.add_argument("--sets", nargs="+", metavar="DIR",
                   help="also score the loader afresh on each DIR's seeds/ against its gold.yaml, one row a set")
    p.set_defaults(func=cmd_eval)
    return top


def _report(exc: DigestError, outcome: str) -> None:
    print(exc, file=sys.stderr)
    count = len(exc.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found; {outcome}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DigestError as exc:
        _report(exc, "nothing was written")
        return 1
    except OSError as exc:
        # The last resort, for a file that could not be read or written where
        # no check named it first: one line with the file and the reason.
        where = f"{exc.filename}: " if exc.filename is not None else ""
        reason = exc.strerror or str(exc)
        print(f"{where}{reason[:1].lower()}{reason[1:]}", file=sys.stderr)
        return 1


def run() -> None:
    """The `digest` command and `python -m digest`: main(), then exit."""
    code = main()
    # The interpreter's last garbage collection walks every object the build
    # made (tens of milliseconds on a large site) to find cycles nobody will
    # use again: frozen, they are left to the ordinary clean-up at exit.
    gc.freeze()
    sys.exit(code)
