"""Adversarial inputs of a given size, and the CPU time ingest and build take on them
(the process's own CPU time: other processes on a busy machine barely move it).

Used by tests/test_hostile_shapes.py (small sizes, in `make test`) and by
bench/hostile.py (16 times larger, `make bench-hostile`). Each shape
is a function of n, a size in characters; the benchmark times it at n, 4n and
16n and exits 1 when the time grows faster than 6x per 4x of input (linear is
4x; quadratic 16x).
"""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path
from typing import Callable

HEAD = "Shanxi boosts industry\n\nTAIYUAN, Jan. 9 (Xinhua) -- The province grew.\n\n"
SENTENCE = ("In 2023 the industrial output of Taiyuan rose by 5.2 percent to 120 billion yuan "
            "($16.9 billion), and 35 new factories opened in Datong. ")


def _fill(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


# name -> a seed's text of about n characters
SEED_SHAPES: dict[str, Callable[[int], str]] = {
    "figures 5m": lambda n: HEAD + "Output was " + _fill("5m ", n) + "in 2023.\n",
    "figures percent": lambda n: HEAD + "Output was " + _fill("5 percent, ", n) + "in 2023.\n",
    "figures yuan": lambda n: HEAD + "Output was " + _fill("5 yuan ", n) + "in 2023.\n",
    "spaces in a line": lambda n: HEAD + "Output rose" + " " * n + "by 5 percent.\n",
    "many short lines": lambda n: HEAD + "".join(f"Line {i} here.\n" for i in range(n // 15)),
    "long digits": lambda n: HEAD + "Output was " + "9" * n + " yuan.\n",
    "long word": lambda n: HEAD + "Output of " + "a" * n + " rose 5 percent.\n",
    "dots": lambda n: HEAD + "Output rose" + "." * n + "x 5 percent.\n",
    "deep brackets": lambda n: HEAD + "Output " + "(" * (n // 2) + "5 percent" + ")" * (n // 2) + ".\n",
    "units and periods": lambda n: HEAD + _fill("in 2021 5 tonnes in 2022 6 kWh ", n) + ".\n",
    "ordinary prose": lambda n: HEAD + _fill(SENTENCE, n) + "\n",
    "ordinary paragraphs": lambda n: HEAD + _fill(SENTENCE + "\n\n", n),
    "digits with commas": lambda n: HEAD + "Output was " + _fill("123,", n) + "5 yuan.\n",
    "hyphenated capitals": lambda n: HEAD + "The " + _fill("Datong-", n) + "Daily said 5 percent.\n",
    # Figures that point back to ones before them ("Eight of them", "that of"): each looks back a bounded way.
    "pointers": lambda n: HEAD + _fill("Eight of them use 5 lines, and that of the city was 6 yuan. ", n) + "\n",
}




def ingest_time(text: str, region, classifier, indicators) -> float:
    from digest.ingest.loader import load_seed
    gc.collect()  # the last run's garbage is not this run's cost
    start = time.process_time()
    load_seed(text.encode("utf-8"), "seeds/hostile.txt", region, classifier, indicators)
    return time.process_time() - start


def record_text(body: str, figures: int) -> str:
    """A record (front matter and body) with the given body and number of figures."""
    lines = ["---", "title: Hostile record", "date: 2023-01-09", "city: taiyuan", "cities: [taiyuan]",
             "sector: coal", "themes: [coal]", "source:", "  file: seeds/hostile.txt", "figures:"]
    for i in range(figures):
        lines += ["- metric: output", f"  value: {i + 1}", "  unit: percent", f"  text: {i + 1} percent",
                  "  kind: level", "  period: '2023'", "  status: actual", "  city: taiyuan", "  theme: coal"]
    if not figures:
        lines[-1] = "figures: []"
    lines += ["review: []", "---", ""]
    return "\n".join(lines) + body


# name -> a record's text of about n characters (the build path)
RECORD_SHAPES: dict[str, Callable[[int], str]] = {
    "huge body": lambda n: record_text(_fill("Coal output rose by 5 percent in 2023. ", n) + "\n", 0),
    "many paragraphs": lambda n: record_text(_fill("Coal output rose by 5 percent.\n\n", n), 0),
    "many figures": lambda n: record_text(
        " ".join(f"{i + 1} percent" for i in range(n // 160)) + ".\n", n // 160),  # 16x stays under the limit
}


def growth(run_at: Callable[[int], float], n: int, repeat: int = 3, steps: int = 2,
           pick: Callable[[list[float]], float] = statistics.median) -> tuple[list[float], float]:
    """Times at n, 4n (and 16n when steps is 2), each the median of `repeat` runs
    (or what `pick` takes), and the worst growth per 4x step."""
    times = [pick([run_at(size) for _ in range(repeat)]) for size in (n, 4 * n, 16 * n)[:steps + 1]]
    worst = max(later / max(earlier, 1e-6) for earlier, later in zip(times, times[1:]))
    return times, worst


def build_time(content: Path, text: str, region) -> float:
    """The build's work on one record, timed: read and validate it, then its body to
    HTML with its figures' sentence ids and its search terms."""
    from digest.records.content import load_articles
    from digest.site.bodies import convert
    (content / "articles").mkdir(parents=True, exist_ok=True)
    (content / "articles" / "hostile.md").write_text(text, encoding="utf-8")
    gc.collect()  # the last run's garbage is not this run's cost
    start = time.process_time()
    for article in load_articles(content, region, content.parent):
        convert(article)
    return time.process_time() - start
