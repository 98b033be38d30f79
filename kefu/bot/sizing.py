"""Size advice read from a product's size chart: which row matches the size or foot length the
buyer gave. Pure. No match, or two rows that fit equally, means no advice (a person decides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)\s*$")

# Column labels in the buyer's language for the row we quote.
_FOOT = {"zh-Hans": "脚长", "zh-Hant": "腳長", "en": "foot length", "es": "largo del pie"}


@dataclass(frozen=True)
class SizeAdvice:
    usual: str  # what the buyer said, normalised ("EU 42", "CM 26.5")
    recommended: str  # the chart's size label
    row: dict[str, Any]

    def row_text(self, lang: str) -> str:
        parts: list[str] = []
        for key, label in (("eu", "EU"), ("us", "US"), ("uk", "UK")):
            if self.row.get(key):
                parts.append(f"{label} {self.row[key]}")
        foot = self.row.get("foot_length_cm")
        if foot not in (None, ""):
            parts.append(f"{_FOOT.get(lang, 'foot length')} {_number(foot)} cm")
        return " / ".join(parts)


def _number(value: Any) -> str:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return f"{number:.1f}"


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None


def _covers(cell: Any, wanted: Decimal) -> bool:
    """A chart cell ("42", "39–42", 26.0) holds the wanted number."""
    text = str(cell).strip()
    found = _RANGE.match(text)
    if found:
        low, high = Decimal(found.group(1)), Decimal(found.group(2))
        return low <= wanted <= high
    value = _decimal(text)
    return value is not None and value == wanted


def _column(system: str) -> str | None:
    return {"EU": "eu", "US": "us", "UK": "uk", "CM": "foot_length_cm"}.get(system)


def recommend(
    chart: Sequence[dict[str, Any]], system: str, size: str, *, larger_between: bool = True
) -> SizeAdvice | None:
    """The chart row for a size the buyer gave in `system` (EU/US/UK/CM/letter), or None.

    A foot length between two rows takes the larger row (the seeds' and our fit notes' rule:
    toes need room); any other ambiguity gives no advice.
    """
    usual = f"{system} {size}" if system != "letter" else size
    if system == "letter":
        rows = [r for r in chart if str(r.get("size", "")).upper() == size.upper()]
        labels = {str(r["size"]) for r in rows}
        return SizeAdvice(usual, rows[0]["size"], rows[0]) if len(labels) == 1 else None
    column = _column(system)
    wanted = _decimal(size)
    if column is None or wanted is None:
        return None
    rows = [r for r in chart if column in r and _covers(r[column], wanted)]
    if not rows and system == "CM" and larger_between:
        longer = [
            r
            for r in chart
            if (v := _decimal(r.get("foot_length_cm", ""))) is not None and v >= wanted
        ]
        if longer:
            first = min(longer, key=lambda r: _decimal(r["foot_length_cm"]) or Decimal(0))
            rows = [r for r in longer if r["foot_length_cm"] == first["foot_length_cm"]]
    labels = {str(r["size"]) for r in rows}
    if len(labels) != 1:
        return None
    return SizeAdvice(usual, str(rows[0]["size"]), rows[0])
