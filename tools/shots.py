"""make shots: a screenshot of every page type at 390 px (a phone) and 1280 px, in shots/ (git-ignored).

The site is built into shots/site/ and served under /digest/, as a project site is; Debian's chromium
(`chromium` on PATH) is driven by Playwright. Look at shots/ to see the whole site in a minute.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from digest.build import build  # noqa: E402
from digest.settings import load_settings  # noqa: E402
from test_browser import CHROMIUM_ARGS, SUBPATH, _SubpathHandler, chromium_path  # noqa: E402

WIDTHS = {"phone": (390, 844), "desktop": (1280, 800)}


def page_types(site: Path) -> dict[str, str]:
    """One page of each type: name -> path under the site."""
    def first(folder: str, skip: str = "index.html") -> str:
        names = sorted(p.name for p in (site / folder).glob("*.html") if p.name != skip)
        return f"{folder}/{names[0]}" if names else f"{folder}/index.html"

    years = sorted(p.name for p in (site / "archive").glob("*.html") if p.name[:4].isdigit()) \
        if (site / "archive").is_dir() else []
    types = {"home": "index.html", "article": first("articles"), "city": first("cities"),
             "theme": first("themes"), "indicator": first("indicators"),
             "indicators": "indicators/index.html", "explorer": "figures/index.html", "search": "search/index.html",
             "archive": "archive.html" if (site / "archive.html").exists() else "archive/index.html",
             "404": "404.html"}
    if years:
        types["year"] = f"archive/{years[-1]}"
    return {name: rel for name, rel in types.items() if (site / rel).exists()}


def main() -> int:
    out = ROOT / "shots"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    settings = load_settings(ROOT, out="shots/site", base_url="")
    build(settings)
    handler = functools.partial(_SubpathHandler, directory=str(settings.out))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}{SUBPATH}"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            for width_name, (w, h) in WIDTHS.items():
                page = browser.new_page(viewport={"width": w, "height": h})
                for name, rel in page_types(settings.out).items():
                    page.goto(base + rel)
                    page.wait_for_load_state("load")
                    target = out / f"{name}-{width_name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    print(f"{target.relative_to(ROOT)}  <- {rel}")
                page.close()
            browser.close()
    finally:
        httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
