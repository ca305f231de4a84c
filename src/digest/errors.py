"""Problems found in the editor's files, reported all together."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, at one line where known."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class DigestError(Exception):
    """One or more problems that stop a command; str() lists them all."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type, tuple[tuple[Problem, ...]]]:
        # Raised in a worker process, it crosses back whole.
        return (DigestError, (self.problems,))


def closest(word: str, choices: Iterable[str]) -> str:
    """Return ' (did you mean X?)' for the nearest choice, or ''."""
    match = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {match[0]}?)" if match else ""
