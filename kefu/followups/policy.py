"""The follow-up rules a send must obey, as pure functions: per-shop settings (defaults from a
data file merged with the shop's own), quiet hours in the buyer's zone, and the frequency cap.

No database, no clock: callers pass `now` and the facts; the handlers and tests share these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kefu.clock import require_aware
from kefu.errors import ValidationFailed

DATA_DIR = Path(__file__).parent / "data"

AUTOMATIONS: tuple[str, ...] = (
    "payment_reminder",
    "payment_received",
    "shipped",
    "logistics_stalled",
    "delivered_checkin",
    "review_request",
    "review_thanks",
    "bad_review_alert",
    "holiday_greeting",
)

# notice: an order message the buyer needs (sent even to buyers who opted out of marketing);
# marketing: nice to have, never sent after an opt-out; internal: a note for the agent only.
Category = Literal["notice", "marketing", "internal"]


def _clock_time(value: str) -> str:
    try:
        time.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a time of day like 21:00") from exc
    return value


class QuietHours(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: str = "21:00"
    end: str = "09:00"

    _check = field_validator("start", "end")(_clock_time)


class FrequencyCap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_messages: int = Field(3, ge=1, le=50)
    window_hours: int = Field(24, ge=1, le=24 * 30)


class Automation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    category: Category = "notice"
    delay_minutes: int = Field(0, ge=0, le=60 * 24 * 60)
    # How long after its first due time a deferred message is still worth sending.
    valid_hours: int | None = Field(None, ge=1, le=24 * 60)
    before_close_minutes: int = Field(120, ge=0, le=60 * 24 * 7)
    stall_days: int = Field(5, ge=1, le=90)
    min_rating: int = Field(4, ge=1, le=5)
    max_rating: int = Field(2, ge=1, le=5)
    send_at: str = "10:00"
    days_before: int = Field(0, ge=0, le=14)
    key_tags: tuple[str, ...] = ()
    min_paid_orders: int = Field(3, ge=1, le=1000)

    _check = field_validator("send_at")(_clock_time)


class FollowupSettingsData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    quiet_hours: QuietHours = QuietHours()
    frequency_cap: FrequencyCap = FrequencyCap()
    stale_after_hours: int = Field(24, ge=1, le=24 * 365)
    automations: dict[str, Automation]

    @field_validator("automations")
    @classmethod
    def _known(cls, value: dict[str, Automation]) -> dict[str, Automation]:
        unknown = sorted(set(value) - set(AUTOMATIONS))
        if unknown:
            raise ValueError(f"unknown automations {unknown}; known: {', '.join(AUTOMATIONS)}")
        missing = sorted(set(AUTOMATIONS) - set(value))
        if missing:
            raise ValueError(f"automations missing from the settings: {missing}")
        return value

    def automation(self, name: str) -> Automation:
        return self.automations[name]


class _DefaultsFile(FollowupSettingsData):
    schema_version: Literal[1]
    version: str
    source: str


@lru_cache(maxsize=1)
def _defaults_raw() -> dict[str, Any]:
    path = DATA_DIR / "settings.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        _DefaultsFile.model_validate(raw)
    except ValidationError as exc:
        raise ValidationFailed(f"{path.name} is invalid: {exc}") from exc
    return {k: v for k, v in raw.items() if k not in ("schema_version", "version", "source")}


def defaults_version() -> str:
    raw = yaml.safe_load((DATA_DIR / "settings.yaml").read_text(encoding="utf-8"))
    return str(raw["version"])


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def effective_settings(overrides: Mapping[str, Any] | None) -> FollowupSettingsData:
    """The shipped defaults with a shop's overrides laid over them, validated as a whole."""
    merged = _merge(_defaults_raw(), overrides or {})
    try:
        return FollowupSettingsData.model_validate(merged)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise ValidationFailed(f"invalid follow-up settings: {problems}") from exc


# --- time zones and quiet hours ----------------------------------------------------------------


def zone(name: str | None, fallback: str) -> ZoneInfo:
    for candidate in (name, fallback, "UTC"):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def _local(day: date, clock: str, tz: ZoneInfo) -> datetime:
    """`clock` on `day` in `tz`; a time skipped by a DST jump resolves to the later offset."""
    naive = datetime.combine(day, time.fromisoformat(clock))
    aware = naive.replace(tzinfo=tz)
    # Round-trip through UTC normalises a non-existent local time (spring forward).
    return aware.astimezone(ZoneInfo("UTC")).astimezone(tz)


def in_quiet_hours(at: datetime, tz: ZoneInfo, quiet: QuietHours) -> bool:
    require_aware(at, "at")
    local = at.astimezone(tz).time()
    start, end = time.fromisoformat(quiet.start), time.fromisoformat(quiet.end)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def next_send_time(at: datetime, tz: ZoneInfo, quiet: QuietHours) -> datetime:
    """`at` itself when the buyer is awake; otherwise the end of their night, in their zone."""
    require_aware(at, "at")
    if not in_quiet_hours(at, tz, quiet):
        return at
    local = at.astimezone(tz)
    end = time.fromisoformat(quiet.end)
    day = local.date() if local.time() < end else local.date() + timedelta(days=1)
    return _local(day, quiet.end, tz).astimezone(at.tzinfo)


def local_time_on(day: date, clock: str, tz: ZoneInfo) -> datetime:
    return _local(day, clock, tz)


# --- frequency cap -------------------------------------------------------------------------------


def cap_release(sent_at: Sequence[datetime], now: datetime, cap: FrequencyCap) -> datetime | None:
    """None when one more message fits the cap; otherwise when the oldest counted send leaves the
    window (the earliest time the next message may go)."""
    window = timedelta(hours=cap.window_hours)
    recent = sorted(t for t in sent_at if t > now - window)
    if len(recent) < cap.max_messages:
        return None
    # The message may go once enough old sends have left the window to make room for one more.
    return recent[len(recent) - cap.max_messages] + window
