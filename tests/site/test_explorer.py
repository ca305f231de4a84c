"""The figures explorer's data files (#19): valid scripts, every figure once, keys that sort and filter as the table reads."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import PROJECT, make_project
from digest.build import load_site
from digest.site import explorer
from digest.site.explorer import COLUMNS, DIGITS, encode, explorer_files, explorer_paths, ranks
from digest.site.render import period_years


def call_args(data: bytes, call: str) -> list:
    """The arguments of the one `digestFigures.<call>(...)` a file makes."""
    text = data.decode("utf-8")
    prefix = f"digestFigures.{call}("
    assert text.startswith(prefix) and text.endswith(");\n"), text[:80]
    return json.loads("[" + text[len(prefix):-3] + "]")


def decode(text: str, width: int) -> list[int]:
    out = []
    for start in range(0, len(text), width):
        n = 0
        for ch in text[start:start + width]:
            n = n * len(DIGITS) + DIGITS.index(ch)
        out.append(n)
    return out


@pytest.fixture(scope="module")
def samples_site(tmp_path_factory):
    return load_site(make_project(tmp_path_factory.mktemp("explorer") / "p", PROJECT / "content"))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(explorer, "CHUNK", 7)


def test_encode_keeps_every_number_in_one_width():
    width, text = encode([0, 63, 64, 4095])
    assert width == 2 and decode(text, width) == [0, 63, 64, 4095]
    assert encode([]) == (1, "")


def test_ranks_are_dense_and_shared_by_equal_keys():
    assert ranks([3.5, 1.0, 3.5, 2.0]) == [2, 0, 2, 1]


def test_every_figure_is_in_the_data_once(samples_site, small_chunks):
    files = dict(explorer_files(samples_site))
    total = len(samples_site.figures)
    assert total > 7 * 3, "the samples should fill several chunks"
    assert list(files) == explorer_paths(total)
    index = call_args(files["figures/data/index.js"], "index")[0]
    assert index["total"] == total and index["chunk"] == 7
    columns = {}
    for key in COLUMNS:
        got_key, text = call_args(files[f"figures/data/col-{key}.js"], "column")
        assert got_key == key
        columns[key] = decode(text, index["widths"][key])
        assert len(columns[key]) == total
    # order is a permutation: each stored row is one figure of the site, and each figure is stored once.
    assert sorted(columns["order"]) == list(range(total))
    stored = []
    for n in range((total + 6) // 7):
        got_n, articles, rows = call_args(files[f"figures/data/rows-{n}.js"], "rows")
        assert got_n == n and len(articles) == len({row[10] for row in rows})
        stored += [(articles[row[10]][0], row[11] or None, row[12], row) for row in rows]
    assert len(stored) == total
    for i, (slug, anchor, text, row) in enumerate(stored):
        site_row = samples_site.figures[columns["order"][i]]
        f = site_row.figure
        assert (slug, anchor, text) == (site_row.view.article.slug, site_row.anchor, f.text)
        # Each key says what the row shows.
        assert index["period"][columns["period"][i]][0] == (f.period or "") == row[5]
        assert index["period"][columns["period"][i]][1] == list(period_years(f.period))
        assert index["status"][columns["status"][i]] == f.status == row[6]
        assert columns["city"][i] == row[8] and columns["theme"][i] == row[9]
        assert index["unit"][columns["unit"][i]][0] == f.unit
        group = index["groups"][row[7]]
        assert group[0] <= i < group[1]
    # Grouped by indicator, each group in the site's order.
    for start, end in index["groups"]:
        assert columns["order"][start:end] == sorted(columns["order"][start:end])
    # A sort key orders as the value does.
    values = [samples_site.figures[o].figure.value for o in columns["order"]]
    pairs = sorted(zip(columns["value"], values))
    assert [v for _, v in pairs] == sorted(values)


def test_names_are_sorted_so_that_a_code_is_a_rank(samples_site):
    index = call_args(dict(explorer_files(samples_site))["figures/data/index.js"], "index")[0]
    for key in ("indicator", "city", "theme"):
        names = [name.lower() for name, _ in index[key]]
        assert names == sorted(names), key


def test_the_files_are_the_same_from_one_build_to_the_next(tmp_path):
    one = explorer_files(load_site(make_project(tmp_path / "one", PROJECT / "content")))
    two = explorer_files(load_site(make_project(tmp_path / "two", PROJECT / "content")))
    assert one == two


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_files_are_javascript_that_hands_over_their_data(samples_site, small_chunks, tmp_path):
    files = explorer_files(samples_site)
    script = ["const got = {}; globalThis.digestFigures = {",
              " index: i => { got.index = i.total; }, column: (k, t) => { got[k] = t.length; },",
              " rows: (n, a, r) => { got.rows = (got.rows || 0) + r.length; } };"]
    script += [data.decode("utf-8") for _, data in files]
    script.append("console.log(JSON.stringify(got));")
    (tmp_path / "all.js").write_text("\n".join(script), encoding="utf-8")
    out = subprocess.run(["node", str(tmp_path / "all.js")], capture_output=True, text=True, check=True).stdout
    got = json.loads(out)
    assert got["index"] == got["rows"] == len(samples_site.figures)
