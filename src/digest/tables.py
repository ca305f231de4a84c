"""Vocabulary tables shipped with the package (units, the extractor's words): YAML read safely."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def read_table(path: Path) -> Any:
    """The table in a YAML file beside the code (libyaml's loader when present)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
