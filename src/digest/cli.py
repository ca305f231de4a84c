"""The command line: ingest, build, check, serve, eval."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import DigestError
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .ingest import IngestReport

log = logging.getLogger(__name__)

DEFAULT_GOLD = Path("tests/gold/seeds.yaml")  # the samples' annotations, in the repository


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        args.root, seeds=args.seeds, content=args.content, templates=args.templates,
        out=args.out, base_url=args.base_url,
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    return _ingest(_settings(args), args.refresh)


def _ingest(settings: Settings, refresh: bool = False) -> int:
    from .ingest import ingest

    report = ingest(settings, refresh=refresh)
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
    return _ingest(settings) or _build(settings, args.force)


def _build(settings: Settings, force: bool = False) -> int:
    from .engine import uptodate

    if not force and uptodate.is_current(settings):
        print(f"{settings.rel(settings.out)}/ is up to date: nothing it is built from has changed")
        return 0
    from .build import build

    count = build(settings, terminal_progress())
    print(f"built {count} files into {settings.rel(settings.out)}/")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .build import check

    site = check(_settings(args))
    print(f"ok: {len(site.articles)} records, {len(site.figures)} figures")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import yaml

    from .records.content import record_paths, split_record
    from .records.region import load_region
    from .evaluate import evaluate

    settings = _settings(args)
    gold_path = Path(args.gold) if args.gold else settings.root / DEFAULT_GOLD
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    records, bodies = {}, {}
    for path in record_paths(settings.content):
        meta, body = split_record(path.read_text(encoding="utf-8"), settings.rel(path))[:2]
        name = Path(str((meta.get("source") or {}).get("file", ""))).name
        records[name], bodies[name] = meta, body
    report = evaluate(records, gold, province=load_region(settings.content).slug, bodies=bodies)
    print(report.format())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .build import build
    from .ingest import ingest
    from .serve import serve

    settings = _settings(args)

    def rebuild() -> None:
        report = ingest(settings)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        build(settings)

    serve(settings, args.port, rebuild)
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from .build import build
    from .ingest import ingest
    from .init import init

    target = Path(args.directory)
    for made in init(target):
        print(f"made {target / made}")
    settings = load_settings(target)
    ingest(settings)
    count = build(settings)
    print(f"built {count} files into {target / 'site'}/: open {target / 'site' / 'index.html'}")
    print(f"next: fill in {target / 'content' / 'region.yaml'}, add seeds, run `make site` there")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .records.content import load_articles
    from .records.region import load_region

    settings = _settings(args)
    region = load_region(settings.content)
    flagged = [a for a in load_articles(settings.content, region, settings.root) if a.review]
    hints = {
        "title": "inferred from the first sentence: write the headline",
        "date": "no publication date found: add it (YYYY-MM-DD) or leave null",
        "encoding": "the seed was not UTF-8 and was decoded: check quotes and dashes",
    }
    for article in flagged:
        print(article.path)
        for name in article.review:
            print(f"  {name}: {hints.get(name, 'guessed by the loader: check it')}")
    print(f"{len(flagged)} record{'s' if len(flagged) != 1 else ''} to review; remove a field from review: once checked")
    return 0


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
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("build", parents=[common], help="build site/ from content/ and templates/")
    p.add_argument("--force", action="store_true", help="build even when nothing has changed since the last build")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("site", parents=[common], help="ingest new seeds, then build site/ (what `make site` runs)")
    p.add_argument("--force", action="store_true", help="build even when nothing has changed since the last build")
    p.set_defaults(func=cmd_site)
    sub.add_parser("check", parents=[common], help="validate everything without writing").set_defaults(func=cmd_check)
    p = sub.add_parser("serve", parents=[common], help="serve site/ on 127.0.0.1 and rebuild on change")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("init", help="start a digest for another region in a new folder")
    p.add_argument("directory")
    p.set_defaults(func=cmd_init)
    sub.add_parser("review", parents=[common], help="list the records with guessed fields").set_defaults(func=cmd_review)
    p = sub.add_parser("eval", parents=[common], help="score the records against a gold file")
    p.add_argument("--gold", help=f"gold annotations (default: {DEFAULT_GOLD})")
    p.set_defaults(func=cmd_eval)
    return top


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DigestError as exc:
        print(exc, file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written", file=sys.stderr)
        return 1
