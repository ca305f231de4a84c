"""Print the Python interpreter `make` should create .venv with.

Of the interpreters installed (CPython 3.11 or newer, able to create a
virtual environment with pip), the one that runs a short pure-Python workload
fastest. CPython builds differ a lot in speed: one built with profile-guided
and link-time optimisation (Debian's python3.11, for one) runs `digest build`
about a fifth faster than a plain build from source of the same version
(pyenv's default), and the site it writes is the same to the byte.

make runs this only when it creates .venv; `make site PYTHON=python3.12`
chooses the interpreter yourself. Standard library only: it runs before
anything is installed. With no usable candidate it prints "python3".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

NAMES = ("python3", "python3.11", "python3.12", "python3.13", "python3.14")
PLACES = ("/usr/bin", "/usr/local/bin")

# Run by each candidate: refuse an old or venv-less Python, then time a loop
# of the kind the build is made of (calls, string and dict work), best of 5.
PROBE = """
import sys, time
if sys.version_info < (3, 11) or sys.implementation.name != "cpython":
    raise SystemExit(1)
import ensurepip, venv
def work():
    seen = {}
    for i in range(200000):
        key = f"k{i % 500}"
        seen[key] = seen.get(key, 0) + len(key.upper())
    return seen
work()
times = []
for _ in range(5):
    start = time.perf_counter(); work(); times.append(time.perf_counter() - start)
import os
print(min(times), os.path.realpath(sys.executable))
"""


def candidates() -> list[str]:
    """Every interpreter of the names above on PATH or in the usual places, once each."""
    folders = [*os.environ.get("PATH", "").split(os.pathsep), *PLACES]
    found: dict[str, str] = {}
    for folder in folders:
        for name in NAMES:
            path = Path(folder or ".") / name
            if path.is_file() and os.access(path, os.X_OK):
                found.setdefault(os.path.realpath(path), str(path))
    return list(found.values())


def speed(python: str) -> tuple[float, str] | None:
    """Seconds the probe's loop takes and the interpreter that ran it (a
    launcher such as pyenv's shims resolved), or None if this Python will not do."""
    try:
        run = subprocess.run([python, "-I", "-c", PROBE], capture_output=True, text=True, timeout=60)
        seconds, executable = run.stdout.split(maxsplit=1)
        return (float(seconds), executable.strip()) if run.returncode == 0 else None
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def main() -> int:
    timed = [found for python in candidates() if (found := speed(python)) is not None]
    fallback = shutil.which("python3") or "python3"
    print(min(timed)[1] if timed else fallback)
    return 0


if __name__ == "__main__":
    sys.exit(main())
