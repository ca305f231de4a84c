"""Ingest: one record per new seed, editor's work never overwritten."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from conftest import PROJECT, make_project
from digest.build import build
from digest.cli import main
from digest.records.content import is_unedited, recorded_sources
from digest.ingest import ingest

SEED = """Ashford doubles its hydrogen output

Updated: 2023-04-05

Ashford in Northvale province produced 1.5 million tons of coal last year, up 4.2 percent year-on-year.

The city will build 12 hydrogen refuelling stations by 2025.
"""


def _seeded(tmp_path):
    settings = make_project(tmp_path / "p")
    shutil.rmtree(settings.content / "articles")
    (settings.content / "articles").mkdir()
    (settings.seeds / "one.txt").write_text(SEED, encoding="utf-8")
    return settings


def test_ingest_writes_one_record_per_new_seed(tmp_path):
    settings = _seeded(tmp_path)
    report = ingest(settings)
    assert report.written == ["content/articles/ashford-doubles-its-hydrogen-output.md"]
    assert recorded_sources(settings.content) == {
        "seeds/one.txt": settings.content / "articles/ashford-doubles-its-hydrogen-output.md"
    }
    again = ingest(settings)
    assert again.written == [] and again.refreshed == []


def test_ingest_never_rewrites_a_record_even_unedited(tmp_path):
    settings = _seeded(tmp_path)
    ingest(settings)
    record = settings.content / "articles/ashford-doubles-its-hydrogen-output.md"
    before = record.read_bytes()
    (settings.seeds / "one.txt").write_text(SEED.replace("12 hydrogen", "14 hydrogen"), encoding="utf-8")
    ingest(settings)
    assert record.read_bytes() == before


def test_refresh_regenerates_unedited_and_skips_edited(tmp_path):
    settings = _seeded(tmp_path)
    (settings.seeds / "two.txt").write_text(SEED.replace("Ashford doubles", "Brenton doubles"), encoding="utf-8")
    ingest(settings)
    edited = settings.content / "articles/ashford-doubles-its-hydrogen-output.md"
    untouched = settings.content / "articles/brenton-doubles-its-hydrogen-output.md"
    assert is_unedited(edited.read_text()) and is_unedited(untouched.read_text())
    text = edited.read_text().replace("title: Ashford doubles its hydrogen output", "title: Ashford doubles hydrogen output")
    edited.write_text(text)
    assert not is_unedited(text)
    (settings.seeds / "one.txt").write_text(SEED.replace("12 hydrogen", "14 hydrogen"), encoding="utf-8")
    (settings.seeds / "two.txt").write_text(SEED.replace("Ashford doubles", "Brenton doubles").replace("12 hydrogen", "16 hydrogen"), encoding="utf-8")
    report = ingest(settings, refresh=True)
    assert report.skipped == ["content/articles/ashford-doubles-its-hydrogen-output.md"]
    assert report.refreshed == ["content/articles/brenton-doubles-its-hydrogen-output.md"]
    assert report.unchanged == []
    assert edited.read_text() == text
    assert "16 hydrogen" in untouched.read_text()


def test_refresh_leaves_records_it_would_write_the_same_untouched(tmp_path, capsys):
    settings = _seeded(tmp_path)
    (settings.seeds / "two.txt").write_text(SEED.replace("Ashford doubles", "Brenton doubles"), encoding="utf-8")
    ingest(settings)
    records = sorted((settings.content / "articles").glob("*.md"))
    long_ago = 1_000_000_000_000_000_000  # ns: 2001, so any rewrite shows in the mtime
    for record in records:
        os.utime(record, ns=(long_ago, long_ago))
    before = {record: record.read_bytes() for record in records}
    assert main(["ingest", "--root", str(settings.root)]) == 0
    assert capsys.readouterr().out == "nothing to ingest: every seed has a record\n"
    assert main(["ingest", "--root", str(settings.root), "--refresh"]) == 0
    assert capsys.readouterr().out == (
        "unchanged content/articles/ashford-doubles-its-hydrogen-output.md: the seed gives the same record\n"
        "unchanged content/articles/brenton-doubles-its-hydrogen-output.md: the seed gives the same record\n"
        "nothing written: 2 records unchanged\n"
    )
    for record in records:
        assert record.read_bytes() == before[record]
        assert record.stat().st_mtime_ns == long_ago, record.name
    assert sorted((settings.content / "articles").iterdir()) == records  # no temporary file left


def test_refresh_says_what_it_did_to_each_record(tmp_path, capsys):
    settings = _seeded(tmp_path)
    (settings.seeds / "two.txt").write_text(SEED.replace("Ashford doubles", "Brenton doubles"), encoding="utf-8")
    (settings.seeds / "three.txt").write_text(SEED.replace("Ashford doubles", "Calder doubles"), encoding="utf-8")
    ingest(settings)
    articles = settings.content / "articles"
    edited = articles / "calder-doubles-its-hydrogen-output.md"
    edited.write_text(edited.read_text().replace("title: Calder doubles its", "title: Calder doubles"))
    assert main(["ingest", "--root", str(settings.root), "--refresh"]) == 0
    assert capsys.readouterr().out == (
        "unchanged content/articles/ashford-doubles-its-hydrogen-output.md: the seed gives the same record\n"
        "unchanged content/articles/brenton-doubles-its-hydrogen-output.md: the seed gives the same record\n"
        "skipped content/articles/calder-doubles-its-hydrogen-output.md: edited by hand since ingest\n"
        "nothing written: 2 records unchanged, 1 record edited by hand\n"
    )
    (settings.seeds / "two.txt").write_text(
        SEED.replace("Ashford doubles", "Brenton doubles").replace("12 hydrogen", "16 hydrogen"), encoding="utf-8")
    assert main(["ingest", "--root", str(settings.root), "--refresh"]) == 0
    assert capsys.readouterr().out == (
        "refreshed content/articles/brenton-doubles-its-hydrogen-output.md\n"
        "unchanged content/articles/ashford-doubles-its-hydrogen-output.md: the seed gives the same record\n"
        "skipped content/articles/calder-doubles-its-hydrogen-output.md: edited by hand since ingest\n"
    )
    assert "16 hydrogen" in (articles / "brenton-doubles-its-hydrogen-output.md").read_text()


def test_bad_seeds_are_named_and_make_no_record(tmp_path):
    settings = _seeded(tmp_path)
    (settings.seeds / "empty.txt").write_bytes(b"")
    (settings.seeds / "blank.txt").write_bytes(b"  \n\n \t\n")
    (settings.seeds / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    report = ingest(settings)
    assert [p.path for p in report.problems] == ["seeds/binary.txt", "seeds/blank.txt", "seeds/empty.txt"]
    assert len(report.written) == 1
    assert sorted(p.name for p in (settings.content / "articles").iterdir()) == ["ashford-doubles-its-hydrogen-output.md"]


def test_ingest_cli_exits_nonzero_on_a_bad_seed(tmp_path):
    settings = _seeded(tmp_path)
    (settings.seeds / "empty.txt").write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "digest", "ingest", "--root", str(settings.root)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "seeds/empty.txt" in run.stderr and "Traceback" not in run.stderr
    assert "wrote content/articles/ashford-doubles-its-hydrogen-output.md" in run.stdout


def test_ingested_records_build(tmp_path):
    settings = _seeded(tmp_path)
    ingest(settings)
    build(settings)
    assert (settings.out / "articles/ashford-doubles-its-hydrogen-output.html").is_file()


def test_committed_records_match_a_fresh_ingest(tmp_path):
    """The records in content/ are what ingest makes of seeds/, or were edited by hand."""
    root = tmp_path / "fresh"
    settings = make_project(root, PROJECT / "content")
    shutil.rmtree(settings.content / "articles")
    shutil.rmtree(settings.seeds)
    shutil.copytree(PROJECT / "seeds", settings.seeds)
    report = ingest(settings)
    assert len(report.written) == len(list(settings.seeds.iterdir())) and report.problems == []
    compared = 0
    for path in sorted((PROJECT / "content/articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if is_unedited(text):
            assert (settings.content / "articles" / path.name).read_text(encoding="utf-8") == text, path.name
            compared += 1
    assert compared > 0, "every record is edited by hand: nothing left to compare with a fresh ingest"


def test_ingest_writes_nothing_while_a_record_cannot_be_read(tmp_path):
    """The unreadable record may be the new seed's: a second record of it would follow."""
    settings = _seeded(tmp_path)
    ingest(settings)
    record = settings.content / "articles/ashford-doubles-its-hydrogen-output.md"
    record.write_text(record.read_text().replace("city: ashford", "city: ashford: x"), encoding="utf-8")
    (settings.seeds / "two.txt").write_text(SEED.replace("Ashford doubles", "Brenton doubles"), encoding="utf-8")
    report = ingest(settings)
    assert [str(p) for p in report.problems] == [
        "content/articles/ashford-doubles-its-hydrogen-output.md:4: front matter is not valid YAML: "
        "mapping values are not allowed in this context"]
    assert report.written == [] and len(list((settings.content / "articles").iterdir())) == 1


def test_a_record_whose_fingerprint_cannot_be_read_counts_as_edited(tmp_path):
    settings = _seeded(tmp_path)
    ingest(settings)
    text = (settings.content / "articles/ashford-doubles-its-hydrogen-output.md").read_text()
    assert is_unedited(text)
    broken = text.replace("fingerprint: sha256:", "fingerprint: 'sha256:")  # the quote is never closed
    assert broken != text and not is_unedited(broken)


def test_refresh_keeps_a_hand_edit_on_a_body_line_beginning_with_fingerprint(tmp_path):
    """The fingerprint covers the whole record but its own front-matter line (#20)."""
    settings = _seeded(tmp_path)
    ingest(settings)
    record = settings.content / "articles/ashford-doubles-its-hydrogen-output.md"
    text = record.read_text(encoding="utf-8") + "fingerprint: a line the editor wrote\n"
    record.write_text(text, encoding="utf-8")
    assert not is_unedited(text)
    (settings.seeds / "one.txt").write_text(SEED.replace("12 hydrogen", "14 hydrogen"), encoding="utf-8")
    report = ingest(settings, refresh=True)
    assert report.skipped == ["content/articles/ashford-doubles-its-hydrogen-output.md"]
    assert record.read_text(encoding="utf-8") == text


def test_a_seed_folder_outside_the_project_leaves_no_path_of_the_machine_in_a_record(tmp_path):
    """--seeds elsewhere: the record names its seed by folder and file, never by absolute path (#20)."""
    settings = _seeded(tmp_path)
    elsewhere = tmp_path / "elsewhere" / "inbox"
    elsewhere.mkdir(parents=True)
    shutil.move(settings.seeds / "one.txt", elsewhere / "one.txt")
    assert main(["ingest", "--root", str(settings.root), "--seeds", str(elsewhere)]) == 0
    (record,) = (settings.content / "articles").glob("*.md")
    text = record.read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "inbox/one.txt" in text


def test_a_seed_over_the_size_limit_is_named_in_one_line_and_makes_no_record(tmp_path):
    from digest.ingest import MAX_SEED_BYTES
    settings = _seeded(tmp_path)
    line = b"The city's output rose by 5 percent to 120 billion yuan in 2023.\n"
    (settings.seeds / "huge.txt").write_bytes(b"Huge seed\n\n" + line * (MAX_SEED_BYTES // len(line) + 1))
    run = subprocess.run([sys.executable, "-m", "digest", "ingest", "--root", str(settings.root)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    lines = [l for l in run.stderr.splitlines() if "huge.txt" in l]
    assert len(lines) == 1 and "too large" in lines[0] and "Traceback" not in run.stderr
    assert sorted(p.name for p in (settings.content / "articles").iterdir()) == ["ashford-doubles-its-hydrogen-output.md"]
