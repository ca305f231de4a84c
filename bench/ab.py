"""digest at an earlier commit against digest now, on the same corpus, in turns.

    .venv/bin/python bench/ab.py REF [--n 1000] [--runs 5]      (make bench-ab REF=...)

Checks REF out beside the corpus (a detached git worktree), writes the corpus
with REF's own generator (records in the format both versions read), gives
each version its own copy with its own templates and region file, then takes
turns: a cold build (no cache, no site/) of A, of B, then a rebuild after
editing one article's body in each, and so on for every run. Each build is its
own process; wall time is measured around it, CPU time and peak memory are the
child's own (os.wait4). Prints medians and B ÷ A ratios, and writes them to
bench/ab.md. Both versions run under this interpreter.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def build(src: Path, root: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MiB of one `digest build` of root."""
    env = {**os.environ, "PYTHONPATH": str(src), "CI": "1"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "digest", "build", "--root", str(root)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{root}: build failed: {child.stderr.read().decode() if child.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def clear(root: Path) -> None:
    shutil.rmtree(root / ".digest-cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)


def edit(root: Path, k: int) -> None:
    """Append a sentence to one article's body: a different article each run."""
    records = sorted((root / "content" / "articles").glob("*.md"))
    path = records[(k * 7919) % len(records)]
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\nThe bench edited this article (run {k}).\n")


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("ref", help="the earlier commit (A); B is this checkout")
    args.add_argument("--n", type=int, default=1000)
    args.add_argument("--runs", type=int, default=5)
    args.add_argument("--work", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None)
    ns = args.parse_args()
    work = Path(tempfile.mkdtemp(prefix="digest-ab-", dir=ns.work))
    ref = work / "ref"
    try:
        subprocess.run(["git", "-C", str(PROJECT), "worktree", "add", "--detach", "-q", str(ref), ns.ref], check=True)
        sides = {"A": (ref / "src", work / "a"), "B": (PROJECT / "src", work / "b")}
        subprocess.run([sys.executable, str(ref / "bench" / "corpus.py"), "--n", str(ns.n), "--out", str(work / "a")],
                       check=True, env={**os.environ, "PYTHONPATH": str(ref / "src")}, stdout=subprocess.DEVNULL)
        shutil.copytree(work / "a" / "content" / "articles", work / "b" / "content" / "articles")
        corpus.copy_project_files(PROJECT, work / "b")
        times: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for k in range(ns.runs):
            for name in (("A", "B") if k % 2 == 0 else ("B", "A")):
                src, root = sides[name]
                clear(root)
                times.setdefault((name, "cold"), []).append(build(src, root))
            for name in (("A", "B") if k % 2 == 0 else ("B", "A")):
                src, root = sides[name]
                edit(root, k)
                times.setdefault((name, "edit one body"), []).append(build(src, root))
            print(f"run {k + 1}/{ns.runs} done", file=sys.stderr)
        lines = [f"# digest {ns.ref} (A) against {subprocess.run(['git', '-C', str(PROJECT), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()} (B)",
                 "", f"{ns.n} articles, {ns.runs} runs in turns, medians; {sys.version.split()[0]}", "",
                 "| scenario | A wall s | B wall s | B ÷ A | A CPU s | B CPU s | B ÷ A | A peak MiB | B peak MiB |",
                 "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for scenario in ("cold", "edit one body"):
            a = [statistics.median(x) for x in zip(*times[("A", scenario)])]
            b = [statistics.median(x) for x in zip(*times[("B", scenario)])]
            lines.append(f"| {scenario} | {a[0]:.2f} | {b[0]:.2f} | {b[0] / a[0]:.3f} | {a[1]:.2f} | {b[1]:.2f} "
                         f"| {b[1] / a[1]:.3f} | {a[2]:.0f} | {b[2]:.0f} |")
        text = "\n".join(lines) + "\n"
        print(text)
        (HERE / "ab.md").write_text(text, encoding="utf-8")
    finally:
        subprocess.run(["git", "-C", str(PROJECT), "worktree", "remove", "--force", str(ref)], check=False)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
