"""Public pages and the preview: the seed file is shown only in the preview."""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.build import build
from digest.records.content import ARTICLES_DIR, record_source
from digest.serve import Watcher, make_handler
from digest.settings import Settings

# The records' own export: "every record, without its body" (README, data page),
# source.file included, as the record has it.
RECORD_EXPORT = "data/articles.json"


@pytest.fixture
def preview(samples: Settings) -> Iterator[str]:
    """The samples site built and served as `digest serve` serves it."""
    build(samples)
    handler = make_handler(samples.out, Watcher([], lambda: None), samples.content / ARTICLES_DIR)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read().decode("utf-8")


def test_no_public_page_names_a_seed_file(samples):
    build(samples)
    seeds = sorted(p.name for p in samples.seeds.iterdir())
    assert len(seeds) == 5
    named = []
    for path in sorted(samples.out.rglob("*")):
        name = path.relative_to(samples.out).as_posix()
        if not path.is_file() or name == RECORD_EXPORT or path.suffix in (".ico", ".png", ".woff2"):
            continue
        text = path.read_text(encoding="utf-8")
        named += [f"{name}: {word}" for word in ["seeds/", *(Path(s).stem for s in seeds)] if word in text]
    assert named == []


def test_the_preview_shows_each_article_its_seed_file(samples, preview):
    records = sorted((samples.content / ARTICLES_DIR).glob("*.md"))
    assert len(records) == 5
    for record in records:
        seed = record_source(record)
        assert seed is not None and seed.startswith("seeds/") and (samples.root / seed).is_file()
        page = _get(f"{preview}articles/{record.stem}.html")
        assert f'<script src="/__digest__/preview.js" data-seed="{seed}"></script></body>' in page, record.name
        assert seed not in (samples.out / "articles" / f"{record.stem}.html").read_text(encoding="utf-8")
    assert "data-seed" not in _get(preview) and "data-seed" not in _get(f"{preview}cities/taiyuan.html")
    script = _get(f"{preview}__digest__/preview.js")
    assert 'document.currentScript.getAttribute("data-seed")' in script
    assert '"Preview: seed file " + seed' in script


def test_the_preview_escapes_a_seed_file_name(samples, preview):
    record = sorted((samples.content / ARTICLES_DIR).glob("*.md"))[0]
    text = record.read_text(encoding="utf-8")
    seed = record_source(record)
    record.write_text(text.replace(f"file: {seed}", """file: 'seeds/"quoted" <b>&.txt'"""), encoding="utf-8")
    page = _get(f"{preview}articles/{record.stem}.html")
    assert 'data-seed="seeds/&quot;quoted&quot; &lt;b&gt;&amp;.txt"></script>' in page
