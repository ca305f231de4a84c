"""Cost of each build stage per article, measured in one process (no workers).

    .venv/bin/python bench/profile.py [--n 1000]

Uses the benchmark corpus (made by bench/corpus.py if missing) and prints
milliseconds per article for: reading and validating records, converting
bodies (Markdown, sentence anchors, sanitising, search terms), each page
template, the search index, the downloads, and writing the files. For where
the time goes inside a stage, run the whole build under cProfile:

    .venv/bin/python -m cProfile -s tottime -m digest build --root .bench/corpus-1000 --force
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from digest import __version__  # noqa: E402
from digest.build import Content, assemble, pages  # noqa: E402
from digest.engine.core import Engine  # noqa: E402
from digest.records.content import load_articles  # noqa: E402
from digest.site.bodies import convert_bodies  # noqa: E402
from digest.site.data import data_files  # noqa: E402
from digest.records.region import load_region  # noqa: E402
from digest.site.render import ROW_MEMO, compile_templates, make_env, render_page  # noqa: E402
from digest.site.search import search_files  # noqa: E402
from digest.settings import load_settings  # noqa: E402
from digest.engine.write import NewSite  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args(argv)
    root = corpus.generate(args.n, HERE.parent / ".bench" / f"corpus-{args.n}")
    engine = Engine(jobs=1)  # everything in this process, no caches
    settings = load_settings(root)
    costs: dict[str, float] = {}

    def timed(label: str, work):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        out = work()
        costs[label] = costs.get(label, 0.0) + time.perf_counter() - start
        return out

    region = load_region(settings.content)
    articles = timed("records: read, parse, validate",
                     lambda: load_articles(settings.content, region, settings.root, engine))
    views = timed("bodies: Markdown, anchors, nh3, terms", lambda: convert_bodies(articles, engine))
    site = timed("assemble (group, related, map)", lambda: assemble(Content(region, (), articles, {}), views))
    env = make_env(settings.templates)
    shared = {"site": site, "region": site.region, "base_url": settings.base_url, "version": __version__,
              ROW_MEMO: {}}
    todo = pages(site, settings.base_url)
    compile_templates(env, {p.template for p in todo})
    out = Path(tempfile.mkdtemp(prefix="digest-profile-"))
    new = NewSite(out)
    per_template: dict[str, float] = collections.Counter()
    count: dict[str, int] = collections.Counter()
    try:
        for page in todo:
            start = time.perf_counter()
            data = render_page(env, page, shared)
            per_template[page.template] += time.perf_counter() - start
            count[page.template] += 1
            timed("writing files", lambda: new.write(page.path, data))
        for path, data in timed("search index", lambda: search_files(site)):
            timed("writing files", lambda: new.write(path, data))
        for path, data in timed("downloads", lambda: data_files(site, settings.base_url)):
            timed("writing files", lambda: new.write(path, data))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    n = len(articles)
    print(f"{n} articles, {len(site.figures)} figures, {len(todo)} pages; ms per article, one process")
    for label, seconds in costs.items():
        print(f"  {label:<40} {seconds * 1000 / n:7.2f}")
    for name, seconds in sorted(per_template.items(), key=lambda kv: -kv[1]):
        print(f"  page {name:<20} ({count[name]:>5} pages)    {seconds * 1000 / n:7.2f}")
    print(f"  {'total':<40} {(sum(costs.values()) + sum(per_template.values())) * 1000 / n:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
