"""What the figures explorer's data costs on a built site (#19): file sizes,
the bytes a first filter fetches, and the time to apply it in Chromium.

    .venv/bin/python bench/explorer.py SITE [--runs 5]

SITE is a built site (e.g. a `bench/corpus.py --n 10000` project after
`digest build`). Serves it on a local port, opens figures/index.html in
Debian's chromium (Playwright) in a fresh context for every run, applies one
filter or sort and times it from the change to the count of matches shown;
prints the median of the runs and the bytes of figures/data/ the page fetched.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import threading
from pathlib import Path

# Each case: what it does, and the script that starts it (given the page's index).
CASES = {
    "indicator (the most common)": """index => { const sizes = index.groups.map((g, n) => [n ? g[1] - g[0] : -1, n]).sort((a, b) => b[0] - a[0]);
        const s = document.querySelector('select[data-filter=indicator]'); s.value = String(sizes[0][1]); s.dispatchEvent(new Event('change')); }""",
    "indicator (the least common)": """index => { const sizes = index.groups.map((g, n) => [n ? g[1] - g[0] : 1e9, n]).filter(x => x[0] > 0).sort((a, b) => a[0] - b[0]);
        const s = document.querySelector('select[data-filter=indicator]'); s.value = String(sizes[0][1]); s.dispatchEvent(new Event('change')); }""",
    "place (the first)": """index => { const s = document.querySelector('select[data-filter=city]'); s.value = s.options[1].value; s.dispatchEvent(new Event('change')); }""",
    "year 2023": """index => { const s = document.querySelector('select[data-filter=years]'); s.value = '2023'; s.dispatchEvent(new Event('change')); }""",
    "sort by value": """index => { document.querySelectorAll('#explorer thead th button')[1].click(); }""",
    "words 'coal'": """index => { const t = document.querySelector('input[data-filter=text]'); t.value = 'coal'; t.dispatchEvent(new Event('input')); }""",
}

TIMED = """async (index) => {
  const shown = document.getElementById('shown');
  const began = performance.now();
  const finished = new Promise(done => new MutationObserver((_, o) => {
    if (/ match/.test(shown.textContent)) { o.disconnect(); done(performance.now() - began); }
  }).observe(shown, {childList: true, characterData: true, subtree: true}));
  (START)(index);
  return [await finished, shown.textContent];
}"""
READY = """() => new Promise(done => {
  const wait = () => document.querySelector('select[data-filter=city]').options.length > 1 ? done() : setTimeout(wait, 20);
  wait();
})"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def sizes(site: Path) -> dict[str, int]:
    """Bytes of the explorer's data files, by kind."""
    out: dict[str, int] = {"index": 0, "columns": 0, "rows": 0, "files": 0}
    for path in (site / "figures" / "data").iterdir():
        kind = "index" if path.name == "index.js" else "columns" if path.name.startswith("col-") else "rows"
        out[kind] += path.stat().st_size
        out["files"] += 1
    return out


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("site", type=Path)
    args.add_argument("--runs", type=int, default=5)
    opts = args.parse_args()
    from playwright.sync_api import sync_playwright

    site = opts.site.resolve()
    found = sizes(site)
    print(f"figures/data: {found['files']} files, index {found['index']:,} B, key columns {found['columns']:,} B,"
          f" rows {found['rows']:,} B, total {found['index'] + found['columns'] + found['rows']:,} B")
    text = (site / "figures" / "data" / "index.js").read_text(encoding="utf-8")
    index = json.loads(text[len("digestFigures.index("):-len(");\n")])
    print(f"{index['total']:,} figures")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/figures/index.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--headless", "--no-sandbox"])
        for name, start in CASES.items():
            if name.startswith("indicator") and len(index["groups"]) < 2:
                print(f"{name}: no figure has an indicator")
                continue
            times, fetched, shown = [], [], ""
            for _ in range(opts.runs):
                context = browser.new_context()
                page = context.new_page()
                got: list[str] = []
                page.goto(url)
                page.wait_for_load_state("load")
                page.evaluate(READY)  # the index is loaded for the filters' choices before anyone filters
                page.on("request", lambda r: got.append(r.url.split("/figures/data/")[1]) if "/figures/data/" in r.url else None)
                elapsed, shown = page.evaluate(TIMED.replace("(START)", f"({start})"), index)
                times.append(elapsed)
                fetched.append(sum((site / "figures" / "data" / name).stat().st_size for name in set(got)))
                context.close()
            print(flush=True, end="")
            print(f"{name}: median {statistics.median(times):.0f} ms (runs {', '.join(f'{t:.0f}' for t in times)}),"
                  f" fetched {statistics.median(fetched):,.0f} B of figures/data/ after the index; {shown}")
        browser.close()
    httpd.shutdown()


if __name__ == "__main__":
    main()
