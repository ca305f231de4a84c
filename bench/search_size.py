"""What the search index costs: its build time and the bytes one query fetches.

    python bench/search_size.py DIR [QUERY ...]     (DIR: a project, e.g. from bench/corpus.py)

Builds the index of DIR's records in memory (median of 3 runs) and, for each
query, adds up the files search.js loads for it: the manifest, the shard of
each word, and the display file of each of the first 50 results as search.js
ranks them (each word's weight times its idf, newest first on a tie).
"""

from __future__ import annotations

import json
import math
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from digest.build import load_site  # noqa: E402
from digest.settings import load_settings  # noqa: E402
from digest.site.search import article_terms, decode_weighted, search_files, shard_file  # noqa: E402

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
    n = len(site.articles)
    print(f"{n} articles: index of {len(files)} files, {total:,} bytes, "
          f"built in {statistics.median(times):.2f} s (median of 3)")
    for q in queries:
        need = {"search/manifest.js"}
        scores: dict[int, float] | None = None
        for t in article_terms(q, ""):
            path = f"search/index/{shard_file(t[:key])}.js"
            need.add(path)
            text = files.get(path, b"").decode("ascii")
            found: dict[int, int] = {}
            if text:
                _, terms, postings = json.loads("[" + text[text.index("(") + 1:-3] + "]")
                for term, p in zip(terms, postings):
                    if term.startswith(t):
                        for d, w in zip(*decode_weighted(p)):
                            found[d] = found.get(d, 0) + w
            idf = math.log(1 + (n - len(found) + 0.5) / (len(found) + 0.5))
            scores = ({d: idf * w for d, w in found.items()} if scores is None else
                      {d: s + idf * found[d] for d, s in scores.items() if d in found})
        ranked = sorted((scores or {}).items(), key=lambda ds: (-ds[1], ds[0]))
        for d, _ in ranked[:SHOWN]:
            need.add(f"search/docs/{d}.js")
        print(f"  {q!r}: {len(ranked)} results, {len(need)} files, {sum(len(files[p]) for p in need if p in files):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
