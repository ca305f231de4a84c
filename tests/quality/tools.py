"""The outside tools the quality tests drive, found or installed, never skipped.

vnu.jar (the Nu HTML Checker) and axe-core come from npm, pinned in the root
package.json/package-lock.json; they are installed into node_modules/ with
`npm ci` when missing. Java runs vnu.jar and Debian's chromium runs axe-core.
A missing tool is an AssertionError that says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
NODE_MODULES = PROJECT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def require(program: str, why: str) -> str:
    path = shutil.which(program)
    if not path:
        raise AssertionError(f"{program} not found on PATH: {why}")
    return path


def ensure_node_modules() -> None:
    """Install the npm dev tools from the lock file when they are missing."""
    if VNU_JAR.is_file() and AXE_JS.is_file():
        return
    npm = require("npm", "install Node.js and npm (Debian: apt-get install nodejs npm); "
                  "the quality tests install vnu-jar and axe-core with it")
    # --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the
    # system's Java runs the jar, which the package itself ships.
    command = [npm, "ci" if (PROJECT / "package-lock.json").is_file() else "install",
               "--no-audit", "--no-fund", "--ignore-scripts"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "npm_config_update_notifier": "false"})
    if done.returncode != 0:
        raise AssertionError(f"`{' '.join(command)}` failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    for path in (VNU_JAR, AXE_JS):
        if not path.is_file():
            raise AssertionError(f"{path} still missing after `{' '.join(command)}`")


def java() -> str:
    path = require("java", "the Nu HTML Checker (vnu.jar) needs Java 11 or later "
                   "(Debian: apt-get install default-jre-headless)")
    done = subprocess.run([path, "-version"], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise AssertionError(f"`java -version` failed: {done.stderr}")
    return path


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise AssertionError("chromium not found: install Debian's chromium package (make test does, as root)")
    return path
