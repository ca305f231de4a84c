"""Public pages and the preview: the seed file is shown only in the preview."""

from __future__ import annotations

import http.server
import threading
import time
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


def test_a_file_error_in_a_rebuild_is_reported_and_the_watcher_goes_on(tmp_path, capsys):
    folder = tmp_path / "content"
    folder.mkdir()
    calls = []

    def rebuild() -> None:
        calls.append(len(calls))
        if len(calls) == 1:
            raise IsADirectoryError(21, "Is a directory", str(folder / "articles" / "x.md"))

    watcher = Watcher([folder], rebuild, interval=0.01)
    threading.Thread(target=watcher.run, daemon=True).start()
    time.sleep(0.05)
    (folder / "a.md").write_text("one", encoding="utf-8")
    deadline = time.monotonic() + 5
    while not calls and time.monotonic() < deadline:
        time.sleep(0.01)
    (folder / "b.md").write_text("two", encoding="utf-8")
    while watcher.generation < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert watcher.generation == 1 and len(calls) == 2
    assert f"{folder / 'articles' / 'x.md'}: Is a directory" in capsys.readouterr().err
