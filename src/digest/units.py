"""The unit vocabulary, read once from units.yaml: what every stage knows of units."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .tables import read_table

TABLE = Path(__file__).with_name("units.yaml")


@dataclass(frozen=True)
class Unit:
    """One value of a figure's unit field; see units.yaml for the fields."""

    id: str
    means: str
    show: str
    chart: str
    base: str
    metric: str

    def format(self, amount: str, raw: str | None) -> str:
        """A value in words with its unit: '7 billion yuan', '73.9%', '$2 billion', and an amount
        paid per something with what it is paid for: '3.2 yuan per kilogram'."""
        shown = self.show.format(n=amount, raw=raw or "").strip()
        if raw and "{raw}" not in self.show and is_rate(raw):
            shown += raw[raw.index(" per "):]
        return shown


def is_rate(raw: str | None) -> bool:
    """Whether a raw unit says what an amount is paid per ("yuan per kilogram"): such an
    amount is shown, charted and documented with it, never as a plain amount."""
    return bool(raw) and " per " in raw  # type: ignore[operator]


@dataclass(frozen=True)
class Surface:
    """One way of writing a unit after a number."""

    pattern: str
    unit: str
    factor: float
    raw: str | None


def _load() -> tuple[dict[str, Unit], tuple[Surface, ...]]:
    data = read_table(TABLE)
    units = {name: Unit(id=name, **fields) for name, fields in data["units"].items()}
    surfaces = tuple(Surface(pattern=s["pattern"], unit=s["unit"], factor=float(s.get("factor", 1)), raw=s.get("raw"))
                     for s in data["surfaces"])
    unknown = sorted({s.unit for s in surfaces} - set(units))
    if unknown:
        raise ValueError(f"{TABLE}: surfaces name units the table lacks: {', '.join(unknown)}")
    return units, surfaces


UNITS, SURFACES = _load()
UNIT_IDS = tuple(UNITS)
