"""Run the Nu HTML Checker (vnu.jar) on served pages and collect its messages."""

from __future__ import annotations

import json
import subprocess

from .tools import VNU_JAR, java

# vnu refuses to fetch from loopback addresses unless told to; the pages are
# fetched over HTTP (not as files) so that the Content-Security-Policy's 'self'
# has a real origin to match, as it does for a reader.
ALLOW_LOOPBACK = "-Dnu.validator.servlet.allow-forbidden-hosts=true"


def validate(urls: list[str]) -> list[str]:
    """Every error and warning vnu reports for the URLs."""
    command = [java(), ALLOW_LOOPBACK, "-jar", str(VNU_JAR), "--format", "json", "--stdout", *urls]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    try:
        messages = json.loads(done.stdout)["messages"]
    except (ValueError, KeyError) as error:
        raise AssertionError(f"vnu gave no JSON report ({error}); exit {done.returncode}\n"
                             f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}") from None
    problems = []
    for message in messages:
        kind = message.get("type")
        if kind == "info" and message.get("subType") != "warning":
            continue  # a note, neither error nor warning
        label = "warning" if kind == "info" else kind
        problems.append(f"{message.get('url')}:{message.get('lastLine', '?')}: {label}: {message.get('message')}"
                        f" [{message.get('extract', '').strip()[:120]!r}]")
    return problems
