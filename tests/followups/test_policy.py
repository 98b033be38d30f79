"""Pure follow-up rules: quiet hours in the buyer's own zone (DST included), the frequency cap,
settings merging and the holiday calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kefu.errors import ValidationFailed
from kefu.followups.calendar import default_calendar
from kefu.followups.policy import (
    AUTOMATIONS,
    FrequencyCap,
    QuietHours,
    cap_release,
    effective_settings,
    in_quiet_hours,
    next_send_time,
)

QUIET = QuietHours(start="21:00", end="09:00")
SHANGHAI, MEXICO, MADRID = (
    ZoneInfo("Asia/Shanghai"),
    ZoneInfo("America/Mexico_City"),
    ZoneInfo("Europe/Madrid"),
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "tz", "expected"),
    [
        # 14:00 UTC is 22:00 in Shanghai: wait for 09:00 there (01:00 UTC next day).
        (utc(2026, 5, 1, 14), SHANGHAI, utc(2026, 5, 2, 1)),
        # 02:00 in Shanghai (18:00 UTC the day before): morning of the same local day.
        (utc(2026, 5, 1, 18), SHANGHAI, utc(2026, 5, 2, 1)),
        # Mexico City keeps UTC-6 all year since 2022: 04:00 UTC is 22:00 there -> 15:00 UTC.
        (utc(2026, 7, 2, 4), MEXICO, utc(2026, 7, 2, 15)),
        (utc(2026, 1, 15, 4), MEXICO, utc(2026, 1, 15, 15)),
        # Madrid the night DST starts (29 March 2026): 09:00 CEST is 07:00 UTC.
        (utc(2026, 3, 28, 22, 30), MADRID, utc(2026, 3, 29, 7)),
        # ...and the night before, still on CET: 09:00 is 08:00 UTC.
        (utc(2026, 3, 27, 22, 30), MADRID, utc(2026, 3, 28, 8)),
        # The night DST ends (25 October 2026): back to CET, 09:00 is 08:00 UTC.
        (utc(2026, 10, 24, 21, 30), MADRID, utc(2026, 10, 25, 8)),
    ],
)
def test_a_message_due_at_night_waits_for_the_buyers_morning(
    at: datetime, tz: ZoneInfo, expected: datetime
) -> None:
    assert in_quiet_hours(at, tz, QUIET)
    assert next_send_time(at, tz, QUIET) == expected
    assert next_send_time(expected, tz, QUIET) == expected


def test_the_same_instant_is_night_for_one_buyer_and_day_for_another() -> None:
    at = utc(2026, 5, 1, 14)  # 22:00 Shanghai, 08:00 Mexico City, 16:00 Madrid
    assert in_quiet_hours(at, SHANGHAI, QUIET)
    assert in_quiet_hours(at, MEXICO, QUIET)
    assert not in_quiet_hours(at, MADRID, QUIET)
    assert next_send_time(at, MADRID, QUIET) == at
    assert next_send_time(at, MEXICO, QUIET) == utc(2026, 5, 1, 15)


@given(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31)),
    st.sampled_from([SHANGHAI, MEXICO, MADRID, ZoneInfo("America/New_York")]),
)
def test_the_send_time_is_never_earlier_never_at_night_and_within_a_day(
    naive: datetime, tz: ZoneInfo
) -> None:
    at = naive.replace(tzinfo=UTC)
    sent = next_send_time(at, tz, QUIET)
    assert at <= sent < at + timedelta(hours=13)
    assert not in_quiet_hours(sent, tz, QUIET)


def test_the_frequency_cap_releases_when_the_oldest_send_leaves_the_window() -> None:
    cap = FrequencyCap(max_messages=2, window_hours=24)
    now = utc(2026, 5, 2, 12)
    assert cap_release([utc(2026, 5, 2, 1)], now, cap) is None
    sends = [utc(2026, 5, 2, 1), utc(2026, 5, 2, 6)]
    assert cap_release(sends, now, cap) == utc(2026, 5, 3, 1)
    # Older sends outside the window do not count.
    assert cap_release([utc(2026, 4, 30, 1), utc(2026, 5, 2, 6)], now, cap) is None


def test_shop_overrides_merge_over_the_defaults_and_bad_ones_are_refused() -> None:
    settings = effective_settings({"automations": {"review_request": {"enabled": False}}})
    assert not settings.automation("review_request").enabled
    assert settings.automation("review_request").delay_minutes == 2880  # default kept
    assert set(settings.automations) == set(AUTOMATIONS)
    with pytest.raises(ValidationFailed):
        effective_settings({"automations": {"spam_blast": {"enabled": True}}})
    with pytest.raises(ValidationFailed):
        effective_settings({"quiet_hours": {"start": "25:00"}})


@pytest.mark.parametrize(
    ("holiday", "year", "expected"),
    [
        ("spring_festival", 2027, date(2027, 2, 6)),
        ("mid_autumn", 2026, date(2026, 9, 25)),
        ("thanksgiving_us", 2026, date(2026, 11, 26)),
        ("thanksgiving_us", 2027, date(2027, 11, 25)),
        ("thanksgiving_ca", 2026, date(2026, 10, 12)),
        ("christmas", 2026, date(2026, 12, 25)),
        ("orthodox_christmas", 2027, date(2027, 1, 7)),
    ],
)
def test_the_calendar_dates_each_holiday(holiday: str, year: int, expected: date) -> None:
    found = {h.id: h for h in default_calendar().holidays}[holiday]
    assert found.on(year) == expected


def test_holidays_follow_the_buyers_country_and_are_named_in_their_language() -> None:
    cal = default_calendar()
    cn = {h.id for h in cal.for_country("CN")}
    mx = {h.id for h in cal.for_country("mx")}
    assert {"spring_festival", "mid_autumn"} <= cn and "christmas" not in cn
    assert {"christmas", "three_kings"} <= mx and "spring_festival" not in mx
    festival = {h.id: h for h in cal.holidays}["spring_festival"]
    assert festival.name("zh-Hans") == "春节" and festival.name("es") == "Año Nuevo Chino"
    # A lunar holiday with no date for a year is not guessed.
    assert festival.on(2031) is None
