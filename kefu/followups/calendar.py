"""The holiday calendar for greetings: which holidays a buyer's country keeps, and on which date
in a given year. Loaded from `data/holidays.yaml` (versioned, with sources) and checked on load.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kefu.errors import ValidationFailed
from kefu.replies.formatting import LANGS

CALENDAR_FILE = Path(__file__).parent / "data" / "holidays.yaml"


class _Fixed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)


class _NthWeekday(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    month: int = Field(ge=1, le=12)
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    nth: int = Field(ge=1, le=5)


class _HolidayIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]{2,40}$")
    names: dict[str, str]
    countries: list[str] = Field(min_length=1)
    fixed: _Fixed | None = None
    nth_weekday: _NthWeekday | None = None
    dates: dict[int, date] | None = None

    @model_validator(mode="after")
    def _one_rule(self) -> _HolidayIn:
        rules = [r for r in (self.fixed, self.nth_weekday, self.dates) if r is not None]
        if len(rules) != 1:
            raise ValueError(f"{self.id}: give exactly one of fixed, nth_weekday or dates")
        missing = sorted(set(LANGS) - set(self.names))
        if missing:
            raise ValueError(f"{self.id}: names missing for {missing}")
        if self.dates and any(d.year != y for y, d in self.dates.items()):
            raise ValueError(f"{self.id}: a date is filed under the wrong year")
        if any(len(c) != 2 or not c.isupper() for c in self.countries):
            raise ValueError(f"{self.id}: countries are ISO 3166 alpha-2 codes")
        return self


class _CalendarFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1]
    version: str
    source: str
    holidays: list[_HolidayIn]


@dataclass(frozen=True)
class Holiday:
    id: str
    names: dict[str, str]
    countries: frozenset[str]
    rule: _HolidayIn

    def on(self, year: int) -> date | None:
        """The holiday's date in `year`, or None when the calendar has no date for that year."""
        if self.rule.fixed is not None:
            return date(year, self.rule.fixed.month, self.rule.fixed.day)
        if self.rule.nth_weekday is not None:
            spec = self.rule.nth_weekday
            first = date(year, spec.month, 1)
            offset = (spec.weekday - first.weekday()) % 7
            day = first + timedelta(days=offset + 7 * (spec.nth - 1))
            if day.month != spec.month or day.day > _cal.monthrange(year, spec.month)[1]:
                return None
            return day
        assert self.rule.dates is not None
        return self.rule.dates.get(year)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class HolidayCalendar:
    version: str
    holidays: tuple[Holiday, ...]

    def for_country(self, country: str | None) -> tuple[Holiday, ...]:
        code = (country or "").upper()
        return tuple(h for h in self.holidays if code in h.countries)

    def between(self, start: date, end: date) -> list[tuple[Holiday, date]]:
        """Every (holiday, date) with start <= date <= end, in date order."""
        found: list[tuple[Holiday, date]] = []
        for year in range(start.year, end.year + 1):
            for holiday in self.holidays:
                day = holiday.on(year)
                if day is not None and start <= day <= end:
                    found.append((holiday, day))
        return sorted(found, key=lambda pair: (pair[1], pair[0].id))


def load_calendar(path: Path = CALENDAR_FILE) -> HolidayCalendar:
    try:
        data = _CalendarFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise ValidationFailed(f"{path.name} is invalid: {exc}") from exc
    ids = [h.id for h in data.holidays]
    if len(ids) != len(set(ids)):
        raise ValidationFailed(f"{path.name}: duplicate holiday ids")
    return HolidayCalendar(
        version=data.version,
        holidays=tuple(
            Holiday(id=h.id, names=dict(h.names), countries=frozenset(h.countries), rule=h)
            for h in data.holidays
        ),
    )


@lru_cache(maxsize=1)
def default_calendar() -> HolidayCalendar:
    return load_calendar()
