"""Keep the repository's copies of the team's shared files in step.

The project never reads the team's shared folder when it runs or is tested (a
clone has nothing beside it); it keeps copies. Run this by hand when the shared
files change:

    python3 tools/sync_shared.py PATH/TO/SHARED          # list what differs
    python3 tools/sync_shared.py PATH/TO/SHARED --write  # copy it in

Standard library only.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

# shared file or folder -> its copy in the repository
COPIES = {
    "seeds": "seeds",
    "seeds_gold.yaml": "tests/gold/seeds.yaml",
    "indicators.yaml": "content/indicators.yaml",
}


def differences(shared: Path) -> list[tuple[Path, Path]]:
    """(source, copy) for every shared file whose copy is missing or differs."""
    pairs = []
    for name, copy in COPIES.items():
        source = shared / name
        files = sorted(p for p in source.iterdir() if p.is_file()) if source.is_dir() else [source]
        for file in files:
            target = PROJECT / copy / file.name if source.is_dir() else PROJECT / copy
            if not target.is_file() or target.read_bytes() != file.read_bytes():
                pairs.append((file, target))
    return pairs


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("shared", type=Path, help="the team's shared folder")
    args.add_argument("--write", action="store_true", help="copy what differs into the repository")
    ns = args.parse_args()
    missing = [n for n in COPIES if not (ns.shared / n).exists()]
    if missing:
        print(f"{ns.shared}: no {', '.join(missing)} there", file=sys.stderr)
        return 2
    pairs = differences(ns.shared)
    for source, target in pairs:
        if ns.write:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        print(f"{'copied' if ns.write else 'differs'}: {source} -> {target.relative_to(PROJECT)}")
    if not pairs:
        print("the copies are in step")
    return 1 if pairs and not ns.write else 0


if __name__ == "__main__":
    sys.exit(main())
