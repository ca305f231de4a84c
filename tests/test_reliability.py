"""Bad input and faults: clear errors, nothing lost, nothing injected."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from conftest import PROJECT, make_project
from digest.build import build, check
from digest.cli import main
from digest.ingest.classify import Classifier
from digest.errors import DigestError
from digest.ingest.loader import load_seed
from digest.records.region import load_region
from digest.ingest.seedtext import SeedError
from digest.engine.write import build_lock
from sitecheck import broken_links
from test_build import tree

RECORD = (PROJECT / "tests/minisite/content/articles/ashford-builds-hydrogen-hub.md").read_text(encoding="utf-8")


def test_script_and_event_handlers_never_reach_a_page(mini):
    path = mini.content / "articles/ashford-builds-hydrogen-hub.md"
    evil = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> '
            '[click](javascript:alert(3)) <a href="data:text/html,hi">d</a> <iframe src="https://x"></iframe>')
    path.write_text(RECORD + "\n" + evil + "\n", encoding="utf-8")
    build(mini)
    page = (mini.out / "articles/ashford-builds-hydrogen-hub.html").read_text()
    body = page.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    for bad in ("<script", "onerror", "javascript:", "data:text", "<iframe", "<img"):
        assert bad not in body, bad
    assert "Content-Security-Policy" in page and "script-src 'self'" in page


def test_title_with_markup_is_escaped(mini):
    path = mini.content / "articles/ashford-builds-hydrogen-hub.md"
    path.write_text(RECORD.replace("title: Ashford builds a hydrogen hub", "title: '<script>x</script> hub'"), encoding="utf-8")
    build(mini)
    page = (mini.out / "articles/ashford-builds-hydrogen-hub.html").read_text()
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt; hub" in page


def test_missing_template_is_named(mini):
    (mini.templates / "theme.html").unlink()
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert str(caught.value.problems[0]) == "templates/theme.html: template missing (needed for themes/coal.html)"


def test_undefined_variable_in_template_names_file_and_line(mini):
    (mini.templates / "cities.html").write_text("{% extends '_base.html' %}\n{% block main %}\n{{ nothing_here }}\n{% endblock %}\n")
    with pytest.raises(DigestError) as caught:
        check(mini)
    message = str(caught.value.problems[0])
    assert message.startswith("templates/cities.html:3: undefined variable while rendering cities/index.html")


def _insert_line(path: Path, number: int, text: str) -> None:
    """Put text at line number (1-based) of a template, pushing the rest down."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(number - 1, text)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("template, line, how", [
    ("_base.html", 31, "extended by index.html"),
    ("_nav.html", 3, "included by _base.html"),
    ("_article_list.html", 3, "a macro imported by index.html"),
])
def test_undefined_variable_is_named_where_it_is_written(mini, template, line, how):
    _insert_line(mini.templates / template, line, "{{ nothing_here }}")
    expected = f"templates/{template}:{line}: undefined variable while rendering index.html: 'nothing_here' is undefined"
    messages = []
    for _ in ("compiled now", "read from the compiled-template cache"):
        with pytest.raises(DigestError) as caught:
            check(mini)
        messages.append([str(p) for p in caught.value.problems])
        with sqlite3.connect(mini.root / ".digest-cache/cache.sqlite") as store:
            compiled = store.execute("SELECT count(*) FROM entries WHERE kind = 'template'").fetchone()[0]
        store.close()
        assert compiled, "no compiled template was cached"
    assert messages == [[expected], [expected]], how


def test_check_lists_the_syntax_error_of_every_template(mini):
    _insert_line(mini.templates / "_nav.html", 3, "{% if %}")  # included by every page
    _insert_line(mini.templates / "_pager.html", 2, "{{ paths | no_such_filter }}")  # a macro file
    (mini.templates / "_unused.html").write_text("<p>\n{% for x in %}\n</p>\n", encoding="utf-8")
    with pytest.raises(DigestError) as caught:
        check(mini)
    assert [str(p) for p in caught.value.problems] == [
        "templates/_nav.html:3: template syntax error: Expected an expression, got 'end of statement block'",
        "templates/_pager.html:2: template syntax error: No filter named 'no_such_filter'.",
        "templates/_unused.html:2: template syntax error: Expected an expression, got 'end of statement block'",
    ]


def test_second_build_refuses_while_one_runs(mini):
    with build_lock(mini.out):
        run = subprocess.run([sys.executable, "-m", "digest", "build", "--root", str(mini.root)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "another build is writing this site; wait for it to finish" in run.stderr


def test_disk_full_keeps_previous_site(mini, monkeypatch):
    build(mini)
    before = tree(mini.out)
    import builtins

    import digest.engine.write

    def full(path, mode="r", *args, **kwargs):
        if os.path.basename(path) == "index.html" and "w" in mode:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return builtins.open(path, mode, *args, **kwargs)

    monkeypatch.setattr(digest.engine.write, "open", full, raising=False)  # the site's files are opened there
    # Without its cache the build renders every page again, instead of reusing the unchanged ones.
    shutil.rmtree(mini.root / ".digest-cache")
    with pytest.raises(DigestError) as caught:
        build(mini)
    assert "(disk full); the previous site is unchanged" in str(caught.value)
    monkeypatch.undo()
    assert tree(mini.out) == before
    assert not list(mini.root.glob(".site.tmp-*"))


def test_output_that_cannot_be_written_is_reported(tmp_path):
    settings = make_project(tmp_path / "p")
    blocker = tmp_path / "p" / "blocked"
    blocker.write_text("a file where the output folder's parent should be")
    from digest.settings import load_settings

    settings = load_settings(settings.root, out="blocked/site")
    with pytest.raises(DigestError) as caught:
        build(settings)
    assert "blocked" in str(caught.value)


def test_build_killed_at_any_moment_leaves_a_whole_site(tmp_path):
    settings = make_project(tmp_path / "p", PROJECT / "content")
    build(settings)
    before = tree(settings.out)
    for delay in (0.05, 0.15, 0.3, 0.45, 0.6, 0.8):
        proc = subprocess.Popen([sys.executable, "-m", "digest", "build", "--root", str(settings.root)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert tree(settings.out) == before, f"site changed after a kill at {delay}s"
    build(settings)
    assert tree(settings.out) == before
    assert not list(settings.root.glob(".site.tmp-*")) and not (settings.root / ".site.old").exists()


REGION = load_region(PROJECT / "content")
CLASSIFIER = Classifier(REGION)
LINES = st.sampled_from([
    "Home > News", "Updated: 2023-05-06", "By Wang Li (China Daily)", "TAIYUAN, May 3 (Xinhua) -- Output rose 5 percent.",
    "Workers at a plant in Datong. [Photo/Xinhua]", "Energy transition", "Shanxi produced 1.2 billion tons of coal in 2022.",
    "Li Ming contributed to this story.", "", "   ", "\u00a0", "Output grew 12.5 percent year-on-year to 300 billion yuan ($41 billion).",
])


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=25), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_loader_gives_a_record_or_a_clear_error(lines, encoding):
    text = "\n".join(lines)
    data = text.encode(encoding, errors="replace")
    try:
        article = load_seed(data, "seeds/fuzz.txt", REGION, CLASSIFIER)
    except SeedError as exc:
        assert exc.message
        return
    assert article.title and article.city in REGION.places
    for fig in article.figures:
        assert fig.text


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_build_of_mutated_record_gives_a_site_or_a_clear_error(tmp_path_factory, data):
    settings = make_project(tmp_path_factory.mktemp("fuzz") / "p")
    build(settings)
    before = tree(settings.out)
    lines = RECORD.splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    replacement = data.draw(st.one_of(st.text(max_size=40), st.sampled_from(["", "---", "city: [a", "date: 2020-13-45", "value: x", "- {", "title:", "!!python/object:os.system"])))
    lines[index] = replacement
    path = settings.content / "articles/ashford-builds-hydrogen-hub.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        build(settings)
    except DigestError as exc:
        assert exc.problems and all(p.path for p in exc.problems)
        assert tree(settings.out) == before
        return
    # A record that reads is published whole: every record has its page, and
    # every link between the pages resolves.
    pages = {f"articles/{p.stem}.html" for p in (settings.content / "articles").glob("*.md")}
    assert pages == {name for name in tree(settings.out) if name.startswith("articles/") and name.endswith(".html")}
    assert broken_links(settings.out) == []


def test_build_makes_no_network_request(mini, monkeypatch):
    import socket

    tried: list[tuple] = []

    def refuse(*args, **kwargs):
        # Noted as well as refused: code that caught the error would hide it.
        tried.append(args)
        raise OSError(f"network request during the build: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    count = build(mini)  # the search index too is written by Python from the records
    assert tried == []
    assert count == sum(1 for p in mini.out.rglob("*") if p.is_file()) and (mini.out / "search/index.html").is_file()


def test_interrupted_ingest_leaves_no_partial_record(tmp_path, monkeypatch):
    from digest.records import content
    from digest.ingest import ingest

    settings = make_project(tmp_path / "p")
    (settings.seeds / "one.txt").write_text("Ashford builds a dam\n\nUpdated: 2023-01-02\n\nAshford will spend 3 billion yuan on a dam.\n", encoding="utf-8")
    before = sorted(p.name for p in (settings.content / "articles").iterdir())

    def killed(src, dst):
        raise KeyboardInterrupt  # the editor pressed Ctrl-C at the worst moment

    monkeypatch.setattr(content.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest(settings)
    assert sorted(p.name for p in (settings.content / "articles").iterdir()) == before


def test_seed_in_windows_1252_is_decoded_and_noted(tmp_path):
    from digest.records.content import split_record
    from digest.ingest import ingest

    settings = make_project(tmp_path / "p")
    text = "Ashford\u2019s coal output rises\n\nUpdated: 2023-03-04\n\n\u201cOutput rose 5 percent,\u201d the bureau said \u2013 a record.\n"
    (settings.seeds / "win.txt").write_bytes(text.encode("cp1252"))
    report = ingest(settings)
    record = (settings.root / report.written[0]).read_text(encoding="utf-8")
    meta, body, _, _ = split_record(record, "x")
    assert meta["title"] == "Ashford\u2019s coal output rises"
    assert meta["source"]["encoding"] == "cp1252" and "encoding" in meta["review"]
    assert "\u201cOutput rose 5 percent,\u201d the bureau said \u2013 a record." in body


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("out", [".", "content", "content/articles", "seeds", "templates", "templates/static", ".."])
def test_no_out_folder_can_delete_the_editors_work(mini, capsys, out):
    """--out on the project, its content, seeds or templates, inside them or above them: refused, nothing deleted (#20)."""
    (mini.root / "README.md").write_text("the editor's notes\n", encoding="utf-8")
    (mini.seeds / "one.txt").write_text("Ashford doubles its output\n", encoding="utf-8")
    before = _files(mini.root)
    target = mini.root / out
    assert main(["build", "--root", str(mini.root), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "refusing to write the site here" in err and str(target) in err
    assert _files(mini.root) == before


def test_a_non_empty_folder_the_digest_did_not_write_is_not_replaced(mini, capsys):
    """Only a folder carrying the stamp every built site has is replaced (#20)."""
    other = mini.root.parent / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8 not a site")
    assert main(["build", "--root", str(mini.root), "--out", str(other)]) == 1
    assert ".digest-site" in capsys.readouterr().err
    assert _files(other) == {"holiday.jpg": b"\xff\xd8 not a site"}
    empty = mini.root.parent / "empty"
    empty.mkdir()
    assert main(["build", "--root", str(mini.root), "--out", str(empty)]) == 0
    assert main(["build", "--root", str(mini.root), "--out", str(empty), "--force"]) == 0  # its own site: replaced


def test_a_page_edited_deleted_or_added_in_site_is_noticed_and_rebuilt(mini, capsys):
    """The site's manifest of hashes: a hand change is never "up to date" (#20)."""
    args = ["build", "--root", str(mini.root)]
    assert main(args) == 0
    built = _files(mini.out)
    page = mini.out / "index.html"
    for change in (lambda: page.write_bytes(page.read_bytes().replace(b"</main>", b"<p>tampered</p></main>")),
                   lambda: page.unlink(),
                   lambda: (mini.out / "extra.html").write_text("added by hand"),
                   lambda: (mini.out / "linked.html").symlink_to(mini.root / "content" / "region.yaml")):
        change()
        capsys.readouterr()
        assert main(args) == 0
        assert "up to date" not in capsys.readouterr().out
        assert _files(mini.out) == built and not any(p.is_symlink() for p in mini.out.rglob("*"))


def test_a_page_changed_at_its_own_size_right_after_the_build_is_noticed(mini, capsys):
    """The hashes of site files are remembered by size, inode and time
    (.digest-cache/site-hashes): a page rewritten at once, at the same
    size, is still read again and found changed."""
    args = ["build", "--root", str(mini.root)]
    assert main(args) == 0
    built = _files(mini.out)
    for page in (mini.out / "index.html", next(p for p in sorted(mini.out.rglob("*.html")) if p.name != "index.html")):
        data = page.read_bytes()
        page.write_bytes(data.replace(b"<main", b"<maim", 1))
        assert len(page.read_bytes()) == len(data)
        capsys.readouterr()
        assert main(args) == 0
        assert "up to date" not in capsys.readouterr().out
        assert _files(mini.out) == built


def test_remembered_hashes_give_the_manifest_hashing_gives(mini, monkeypatch):
    import digest.engine.write as write

    assert main(["build", "--root", str(mini.root)]) == 0
    for file in mini.out.rglob("*"):  # written long enough ago to be remembered
        os.utime(file, ns=(time.time_ns() - 10**10,) * 2)
    hashes = mini.root / ".digest-cache" / "site-hashes"
    hashed = write._manifest(mini.out)
    assert write._manifest(mini.out, hashes) == hashed
    assert len(hashes.read_text().splitlines()) == len(hashed)
    reads: list[str] = []
    monkeypatch.setattr(write, "_hash_file", lambda path: reads.append(path) or "")
    assert write._manifest(mini.out, hashes) == hashed and reads == []


def test_force_never_keeps_a_tampered_page(mini):
    """An unchanged page is linked from the previous site only when that file is what the build wrote (#20)."""
    assert main(["build", "--root", str(mini.root)]) == 0
    built = _files(mini.out)
    page = next(p for p in sorted(mini.out.rglob("*.html")) if p.name != "index.html")
    with open(page, "ab") as handle:  # the same inode: a hard link would carry it over
        handle.write(b"<!-- tampered -->")
    assert main(["build", "--root", str(mini.root), "--force"]) == 0
    assert _files(mini.out) == built


def test_a_read_only_site_folder_is_reported_and_left_alone(mini, capsys):
    """chmod a-w site/: a clear message, exit 1, no .site.tmp-* left behind (#20)."""
    assert main(["build", "--root", str(mini.root)]) == 0
    built = _files(mini.out)
    mini.out.chmod(0o555)
    try:
        assert main(["build", "--root", str(mini.root), "--force"]) == 1
        assert "read-only" in capsys.readouterr().err
        assert _files(mini.out) == built
        assert not list(mini.root.glob(".site.tmp-*"))
    finally:
        mini.out.chmod(0o755)


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text("Ashford in Northvale province produced 1.5 million tons of coal.\n", encoding="utf-8")
    return outside


@pytest.mark.parametrize("link", ["content/articles", "seeds/stolen.txt", "templates/static/stolen.css",
                                  "templates/static/borrowed", "templates/stolen.html"])
@pytest.mark.parametrize("command", ["build", "check", "ingest"])
def test_nothing_from_outside_the_project_is_read(mini, tmp_path, capsys, link, command):
    """A symlink under content/, seeds/ or templates/ leading outside the project: refused, named (#20)."""
    outside = _outside(tmp_path)
    path = mini.root / link
    if link == "content/articles":
        shutil.move(path, outside / "articles")
        path.symlink_to(outside / "articles")
    elif link.endswith("borrowed"):
        path.symlink_to(outside)
    else:
        path.symlink_to(outside / "secret.txt")
    assert main([command, "--root", str(mini.root)]) == 1
    err = capsys.readouterr().err
    assert f"{link}: symlink pointing outside the project" in err
    assert not mini.out.exists() or not any(str(outside) in p.read_text(encoding="utf-8", errors="replace")
                                            for p in mini.out.rglob("*") if p.is_file())


def test_a_symlink_inside_the_project_is_still_read(mini, capsys):
    """Only links that lead out are refused: one to a seed kept elsewhere in the project is fine."""
    (mini.root / "drafts").mkdir()
    (mini.root / "drafts" / "one.txt").write_text("Ashford doubles its hydrogen output\n\nAshford in Northvale "
                                                   "province produced 1.5 million tons of coal last year.\n",
                                                   encoding="utf-8")
    (mini.seeds / "one.txt").symlink_to(mini.root / "drafts" / "one.txt")
    assert main(["check", "--root", str(mini.root)]) == 0
