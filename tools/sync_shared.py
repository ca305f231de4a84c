"""Keep the repository's copies of the team's shared files in step.

The project never reads the team's shared folder when it runs or is tested (a
clone has nothing beside it); it keeps copies. Run this by hand when the shared
files change:

    python3 tools/sync_shared.py PATH/TO/SHARED          # list what differs
    python3 tools/sync_shared.py PATH/TO/SHARED --write  # copy it in

The indicator vocabulary is the project's own data as well: an editor adds terms
and indicators to content/indicators.yaml. Its copy is in step when it holds every
shared indicator with the shared fields and at least the shared terms; --write never
overwrites it, and what it lacks is listed to merge by hand.

Standard library and PyYAML (run it with the project's .venv/bin/python).
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


# Copies the project extends: in step when they hold all the shared file says (see lacking).
EXTENDED = {"indicators.yaml"}


def lacking(shared_text: str, copy_text: str) -> list[str]:
    """What the shared indicator vocabulary says that its extended copy does not: a missing
    indicator, a field that differs, a term left out ("raw-coal-output: term 'coal output'")."""
    import yaml  # the project's own dependency; the plain copies need none

    def by_id(text: str) -> dict[str, dict]:
        data = yaml.safe_load(text) or {}
        entries = data.get("indicators") if isinstance(data, dict) else data  # "indicators:" above the list
        return {e["id"]: e for e in (entries if isinstance(entries, list) else []) if isinstance(e, dict) and "id" in e}

    ours = by_id(copy_text)
    out = []
    for ident, entry in by_id(shared_text).items():
        mine = ours.get(ident)
        if mine is None:
            out.append(f"{ident}: missing")
            continue
        for key, value in entry.items():
            if key == "terms":
                out.extend(f"{ident}: term {term!r}" for term in value or [] if term not in (mine.get("terms") or []))
            elif mine.get(key) != value:
                out.append(f"{ident}: {key} differs")
    return out


def differences(shared: Path) -> list[tuple[Path, Path]]:
    """(source, copy) for every shared file whose copy is missing or differs (an extended copy:
    lacks something of the shared file)."""
    pairs = []
    for name, copy in COPIES.items():
        source = shared / name
        files = sorted(p for p in source.iterdir() if p.is_file()) if source.is_dir() else [source]
        for file in files:
            target = PROJECT / copy / file.name if source.is_dir() else PROJECT / copy
            if not target.is_file():
                pairs.append((file, target))
            elif name in EXTENDED:
                if lacking(file.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")):
                    pairs.append((file, target))
            elif target.read_bytes() != file.read_bytes():
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
    unmerged = False
    for source, target in pairs:
        if source.name in EXTENDED and target.is_file():
            # The project's extensions stay; what the shared file adds is merged by hand.
            unmerged = True
            for line in lacking(source.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")):
                print(f"to merge into {target.relative_to(PROJECT)}: {line}")
            continue
        if ns.write:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        print(f"{'copied' if ns.write else 'differs'}: {source} -> {target.relative_to(PROJECT)}")
    if not pairs:
        print("the copies are in step")
    return 1 if pairs and (not ns.write or unmerged) else 0


if __name__ == "__main__":
    sys.exit(main())
