"""Time ingest and build on adversarial inputs at 1x, 4x and 16x (#20): `make bench-hostile`.

    .venv/bin/python bench/hostile.py [--n 4000] [--record-n 200000] [--repeat 3]

The shapes are those of tests/hostile.py (which `make test` runs on small
sizes); this runs them larger, prints median seconds and the worst growth per
4x of input, and exits 1 when a shape grows faster than 6x (linear is 4x).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from hostile import RECORD_SHAPES, SEED_SHAPES, build_time, growth, ingest_time  # noqa: E402

MAX_GROWTH = 6.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=4000, help="seed size in characters at 1x")
    parser.add_argument("--record-n", type=int, default=200000, help="record size in characters at 1x")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from digest.ingest.classify import Classifier
    from digest.records.indicators import load_indicators
    from digest.records.region import load_region
    region = load_region(ROOT / "content")
    classifier, indicators = Classifier(region), load_indicators(ROOT / "content", ROOT)
    bad = 0
    print(f"| path | shape | 1x CPU s | 4x CPU s | 16x CPU s | worst growth per 4x |\n| --- | --- | ---: | ---: | ---: | ---: |")
    for name, make in SEED_SHAPES.items():
        times, worst = growth(lambda n: ingest_time(make(n), region, classifier, indicators), args.n, args.repeat)
        bad += worst > MAX_GROWTH
        print(f"| ingest | {name} | " + " | ".join(f"{t:.3f}" for t in times) + f" | {worst:.1f} |", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        for file in ("region.yaml", "indicators.yaml"):
            shutil.copy(ROOT / "content" / file, content / file)
        for name, make in RECORD_SHAPES.items():
            times, worst = growth(lambda n: build_time(content, make(n), region), args.record_n, args.repeat)
            bad += worst > MAX_GROWTH
            print(f"| build | {name} | " + " | ".join(f"{t:.3f}" for t in times) + f" | {worst:.1f} |", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
