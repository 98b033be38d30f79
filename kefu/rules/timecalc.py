"""Deadline arithmetic in a named zone. Day-based periods are counted on the local calendar, so a
daylight-saving change never moves a deadline off its local midnight; hour-based ones are elapsed.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kefu.rules.errors import NaiveDatetime
from kefu.rules.schema import Duration


def check_aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetime(f"{name} must be timezone-aware, got naive {value.isoformat()}")
    return value


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC).astimezone(zone)


def days_from_next_day(event: datetime, days: int, zone: ZoneInfo) -> datetime:
    """End of a period of `days` whole days that opens at 00:00 of the day after `event`.

    CN-LAW-04 / TB-7D-01: signed 05-01 15:20 in Shanghai opens at 05-02 00:00 and closes at
    05-09 00:00 (168 h later). EU-CRD-01 counts its 14 days the same way in the buyer's zone.
    """
    start_day = event.astimezone(zone).date() + timedelta(days=1)
    return local_midnight(start_day + timedelta(days=days), zone)


def _add_wall_days(local: datetime, days: int, zone: ZoneInfo) -> datetime:
    # Aware + timedelta keeps the wall clock; re-normalising fixes the offset across DST.
    return (local + timedelta(days=days)).astimezone(UTC).astimezone(zone)


def _add_months(local: datetime, months: int, zone: ZoneInfo) -> datetime:
    month_index = local.month - 1 + months
    year, month = local.year + month_index // 12, month_index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(UTC).astimezone(zone)


def _add_business_days(local: datetime, days: int, zone: ZoneInfo) -> datetime:
    # Weekends are skipped; public holidays are not known here, so the result can only be early.
    current, counted = local, 0
    while counted < days:
        current = _add_wall_days(current, 1, zone)
        if current.weekday() < 5:
            counted += 1
    return current


def _add_window_hours(
    local: datetime, hours: int, start: time, end: time, zone: ZoneInfo
) -> datetime:
    """JD-DIS-04: count only inside [start, end) each day, weekends included."""
    remaining = timedelta(hours=hours)
    current = local
    while True:
        day = current.date()
        opens = datetime.combine(day, start, tzinfo=zone)
        closes = datetime.combine(day, end, tzinfo=zone)
        if current < opens:
            current = opens
        if current >= closes:
            current = datetime.combine(day + timedelta(days=1), start, tzinfo=zone)
            continue
        available = closes - current
        if remaining <= available:
            return (current + remaining).astimezone(UTC).astimezone(zone)
        remaining -= available
        current = datetime.combine(day + timedelta(days=1), start, tzinfo=zone)


def add_duration(event: datetime, duration: Duration, zone: ZoneInfo) -> datetime:
    check_aware(event, "event time")
    local = event.astimezone(zone)
    amount = duration.amount
    if duration.unit == "hours":
        return (event.astimezone(UTC) + timedelta(hours=amount)).astimezone(zone)
    if duration.unit == "days":
        return _add_wall_days(local, amount, zone)
    if duration.unit == "days_from_next_day":
        return days_from_next_day(event, amount, zone)
    if duration.unit == "business_days":
        return _add_business_days(local, amount, zone)
    if duration.unit == "months":
        return _add_months(local, amount, zone)
    assert duration.window_start is not None and duration.window_end is not None
    return _add_window_hours(local, amount, duration.window_start, duration.window_end, zone)
