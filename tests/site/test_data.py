"""The figures as data: downloads match the records, parse, and validate."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
import pytest

from conftest import PROJECT, make_project
from digest.build import build
from digest.records.content import load_articles
from digest.site.data import FIGURE_COLUMNS
from digest.records.region import load_region
from sitecheck import parse


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    settings = make_project(tmp_path_factory.mktemp("data") / "p", PROJECT / "content")
    build(settings)
    region = load_region(settings.content)
    articles = load_articles(settings.content, region, settings.root)
    return settings, region, articles


def read_csv(path):
    data = path.read_bytes()
    assert b"\r\n" in data, "RFC 4180 line ends"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_downloads_hold_every_figure_of_the_records(built):
    settings, region, articles = built
    total = sum(len(a.figures) for a in articles)
    assert total > 0
    rows = read_csv(settings.out / "data/figures.csv")
    assert len(rows) == total
    assert list(rows[0].keys()) == list(FIGURE_COLUMNS)
    records = json.loads((settings.out / "data/figures.json").read_text(encoding="utf-8"))
    assert len(records) == total
    schema = json.loads((settings.out / "data/figures.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(records, schema)
    articles_json = json.loads((settings.out / "data/articles.json").read_text(encoding="utf-8"))
    assert len(articles_json) == len(articles) and all("body" not in a for a in articles_json)
    assert sum(len(a["figures"]) for a in articles_json) == total
    per_city = sum(len(read_csv(settings.out / f"data/cities/{slug}.csv")) for slug in region.places)
    per_theme = sum(len(read_csv(settings.out / f"data/themes/{t.slug}.csv")) for t in region.themes)
    # A national figure (the designated-size threshold) has no city file.
    assert per_city == sum(1 for a in articles for f in a.figures if f.city in region.places)
    assert per_theme == sum(1 for a in articles for f in a.figures if f.theme)


def test_csv_rows_point_at_their_sentence(built):
    settings, _, _ = built
    for row in read_csv(settings.out / "data/figures.csv"):
        page, _, anchor = row["url"].partition("#")
        ids = parse(settings.out / page).ids
        assert anchor in ids, row["url"]
        sentence = (settings.out / page).read_text(encoding="utf-8")
        # The sentence element holds the figure's exact words.
        match = re.search(rf'<span class="src" id="{anchor}">(.*?)</span>', sentence, re.S)
        assert match and row["text"].replace("&", "&amp;") in match.group(1), row["text"]


def test_a_schema_violation_is_caught(built):
    settings, _, _ = built
    records = json.loads((settings.out / "data/figures.json").read_text(encoding="utf-8"))
    schema = json.loads((settings.out / "data/figures.schema.json").read_text(encoding="utf-8"))
    records[0]["unit"] = "furlongs"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(records, schema)


def test_every_chart_and_the_map_have_text_alternatives(built):
    settings, _, _ = built
    charts = 0
    for page in sorted(settings.out.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for svg in re.findall(r"<svg\b.*?</svg>", html, re.S):
            if "favicon" in svg:
                continue
            charts += 1
            assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", svg), page
            assert re.search(r"<desc id=\"[^\"]+\">[^<]+</desc>", svg), page
        for figure in re.findall(r'<figure class="chart".*?</figure>', html, re.S):
            assert "<table>" in figure and "<caption>" in figure, page
    assert charts > 0


def test_conflicting_figures_are_flagged_with_both_links(tmp_path):
    from conftest import MINISITE

    settings = make_project(tmp_path / "p", MINISITE / "content")
    path = settings.content / "articles/northvale-tourism-rebounds.md"
    text = path.read_text(encoding="utf-8").replace(
        "figures:\n", "figures:\n- {metric: hub investment, value: 2600000000, unit: CNY, text: 3 million, period: '2023', city: ashford, theme: hydrogen}\n")
    path.write_text(text, encoding="utf-8")
    build(settings)
    page = (settings.out / "cities/ashford.html").read_text(encoding="utf-8")
    section = page.split('id="conflicts"', 1)[1].split("</section>", 1)[0]
    assert "ashford-builds-hydrogen-hub.html#s1" in section and "northvale-tourism-rebounds.html#s1" in section


def test_piece_log_finds_entries_after_additions_removals_and_moves(tmp_path):
    import pickle

    from digest.site.data import PieceLog

    path = tmp_path / "data.log"
    with path.open("wb") as handle:
        pickle.dump("salt", handle)
        for n in range(10):
            pickle.dump((f"k{n}", f"v{n}"), handle)
    log = PieceLog(path, "salt")
    # k3 removed, "new" added, k8 moved before k5: every old entry is still found.
    wanted = ["k0", "k1", "k2", "new", "k4", "k8", "k5", "k6", "k7", "k9"]
    assert [log.take(k) for k in wanted] == [None if k == "new" else "v" + k[1:] for k in wanted]
    log.close()
    assert PieceLog(path, "other salt").take("k0") is None  # another version of digest: ignored
    path.write_bytes(b"not a pickle")
    assert PieceLog(path, "salt").take("k0") is None  # damaged: ignored
    assert PieceLog(tmp_path / "missing.log", "salt").take("k0") is None


def test_csv_cells_a_spreadsheet_would_run_are_quoted():
    """OWASP's advice against CSV injection (#20): a leading single quote;
    a number, and text that is a plain number, stay as written."""
    from digest.site.data import _csv_lines

    cells = ["=1+1", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "-3.5", -3.5, "plain"]
    (line,) = _csv_lines([dict(zip("abcdefghi", cells))], "abcdefghi")
    row = next(csv.reader(io.StringIO(line, newline="")))
    assert row == ["'=1+1", "'+cmd", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "-3.5", "-3.5", "plain"]
