"""What the search index costs: its build time and the bytes one query fetches.

    python bench/search_size.py DIR [QUERY ...]     (DIR: a project, e.g. from bench/corpus.py)

Builds the index of DIR's records in memory (median of 3 runs) and, for each
query, adds up the files search.js loads for it: the manifest, the shard of
each word, and the display files of the first 50 results.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from digest.build import load_site  # noqa: E402
from digest.settings import load_settings  # noqa: E402
from digest.site.search import CHUNK, article_terms, decode_postings, search_files, shard_file  # noqa: E402

SHOWN = 50


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    queries = argv[1:] or ["coal", "mining", "taiyuan hydrogen"]
    site = load_site(load_settings(root))
    times = []
    for _ in range(3):
        start = time.perf_counter()
        files = dict(search_files(site))
        times.append(time.perf_counter() - start)
    manifest = files["search/manifest.js"]
    key = int(manifest.split(b'"key":')[1][:1])
    total = sum(len(b) for b in files.values())
    print(f"{len(site.articles)} articles: index of {len(files)} files, {total:,} bytes, "
          f"built in {statistics.median(times):.2f} s (median of 3)")
    for q in queries:
        need = {"search/manifest.js"}
        docs: set[int] | None = None
        for t in article_terms(q, ""):
            path = f"search/index/{shard_file(t[:key])}.js"
            need.add(path)
            text = files.get(path, b"").decode("ascii")
            found: set[int] = set()
            if text:
                import json
                _, terms, postings, _ = json.loads("[" + text[text.index("(") + 1:-3] + "]")
                for term, p in zip(terms, postings):
                    if term.startswith(t):
                        found.update(decode_postings(p))
            docs = found if docs is None else docs & found
        for d in sorted(docs or ())[:SHOWN]:
            need.add(f"search/docs/{d // CHUNK}.js")
        print(f"  {q!r}: {len(docs or ())} results, {len(need)} files, {sum(len(files[p]) for p in need if p in files):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
