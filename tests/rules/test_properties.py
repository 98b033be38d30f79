"""Property tests: deadlines never precede their event, never undercut the law floor, stay on local
midnight across DST, and move forward (never back) when the sign-for time moves forward.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from kefu.rules.errors import LawFloorViolation
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import RULESETS, get_ruleset
from kefu.rules.returns import eu_withdrawal, no_reason_return
from kefu.rules.schema import Duration
from kefu.rules.timecalc import add_duration
from kefu.rules.timers import timer_deadlines

from .factories import order

ZONES = ["Asia/Shanghai", "Europe/Berlin", "Europe/Lisbon", "Europe/Helsinki", "America/New_York",
         "America/Los_Angeles", "America/Chicago", "UTC"]  # fmt: skip
EU_COUNTRIES = ["DE", "FR", "ES", "PT", "FI", "IE", "PL", "GR"]
FAR_FUTURE = datetime(2030, 1, 1, tzinfo=UTC)

instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)  # fmt: skip
zones = st.sampled_from(ZONES).map(ZoneInfo)
durations = st.builds(
    Duration,
    amount=st.integers(min_value=1, max_value=400),
    unit=st.sampled_from(["hours", "days", "days_from_next_day", "business_days", "months"]),
)
PROPS = settings(max_examples=60, deadline=None)


@PROPS
@given(instants, durations, zones)
def test_a_deadline_is_never_before_the_event_it_counts_from(event: datetime, duration: Duration,
                                                             zone: ZoneInfo) -> None:  # fmt: skip
    assert add_duration(event, duration, zone) > event


@PROPS
@given(instants, st.integers(min_value=1, max_value=40), zones)
def test_window_hours_deadline_lies_inside_the_window(
    event: datetime, hours: int, zone: ZoneInfo
) -> None:
    duration = Duration(
        amount=hours, unit="window_hours", window_start=time(9), window_end=time(18)
    )
    due = add_duration(event, duration, zone)
    assert due > event
    local = due.astimezone(zone).time()
    assert time(9) < local <= time(18)


@PROPS
@given(instants, st.sampled_from(["taobao", "tmall", "jd", "aliexpress", "ebay", "amazon", "own"]))
def test_every_timer_deadline_follows_its_event(event: datetime, name: str) -> None:
    ruleset = get_ruleset(name)
    events = {e: event for e in ("dispute_opened", "refund_requested", "return_received",
                                 "evidence_requested", "withdrawal_notified", "return_opened",
                                 "estimated_delivery_max", "buyer_message", "public_complaint")}  # fmt: skip
    facts = order(name, created_at=event, paid_at=None, shipped_at=event, signed_at=event,
                  confirmed_at=None, events=events, refund_kind="unshipped_full_refund",
                  buyer_country="DE", site="US")  # fmt: skip
    for decision in timer_deadlines(facts, ruleset, event):
        deadline = decision.deadlines[0]
        assert deadline.at > event, (deadline.key, deadline.at, event)


@PROPS
@given(instants, st.sampled_from(["taobao", "tmall", "jd"]))
def test_chinese_return_deadline_is_local_midnight_at_least_seven_days_after_signing(
    signed: datetime, name: str
) -> None:
    decision = no_reason_return(order(name, signed_at=signed), get_ruleset(name), signed)
    deadline = decision.deadlines[0].at
    local = deadline.astimezone(ZoneInfo("Asia/Shanghai"))
    assert local.time() == time(0)
    assert timedelta(days=7) < deadline - signed <= timedelta(days=8)


@PROPS
@given(instants, st.integers(min_value=7, max_value=90), st.integers(min_value=0, max_value=6))
def test_an_accepted_override_never_gives_less_than_the_law(
    signed: datetime, days: int, short: int
) -> None:
    floor = no_reason_return(order(signed_at=signed), RULESETS["cn_law"], signed).deadlines[0].at
    shop = apply_overrides(get_ruleset("taobao"), {"TB-7D-01": {"window_days": days}})
    assert no_reason_return(order(signed_at=signed), shop, signed).deadlines[0].at >= floor
    try:
        apply_overrides(get_ruleset("taobao"), {"TB-7D-01": {"window_days": short}})
    except LawFloorViolation:
        pass
    else:
        raise AssertionError(f"a {short}-day window was accepted")


@PROPS
@given(instants, st.sampled_from(EU_COUNTRIES))
def test_eu_withdrawal_ends_at_buyer_local_midnight_even_across_dst(
    signed: datetime, country: str
) -> None:
    facts = order("own", buyer_country=country, currency="EUR", signed_at=signed)
    decision = eu_withdrawal(facts, get_ruleset("own"), signed)
    zone = ZoneInfo(decision.deadlines[0].zone)
    local_deadline = decision.deadlines[0].at.astimezone(zone)
    assert local_deadline.time() == time(0)
    assert local_deadline.date() == signed.astimezone(zone).date() + timedelta(days=15)
    # never shorter than 14 full days, whatever the clock change
    assert decision.deadlines[0].at - signed > timedelta(days=14) - timedelta(hours=1)


@PROPS
@given(
    instants,
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["America/New_York", "America/Los_Angeles"]),
)
def test_us_business_days_keep_the_wall_clock_across_dst(
    event: datetime, days: int, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    due = add_duration(event, Duration(amount=days, unit="business_days"), zone)
    start_local, due_local = event.astimezone(zone), due.astimezone(zone)
    if start_local.fold == 0 and due_local.fold == 0:
        assert (due_local.hour, due_local.minute) == (start_local.hour, start_local.minute) or \
            due_local.utcoffset() != start_local.utcoffset()  # fmt: skip
    assert due_local.weekday() < 5


@PROPS
@given(instants, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)),
       st.sampled_from(["taobao", "jd", "own_de"]))  # fmt: skip
def test_a_later_sign_for_time_never_gives_an_earlier_deadline(signed: datetime, later: timedelta,
                                                               name: str) -> None:  # fmt: skip
    if name == "own_de":
        first = eu_withdrawal(
            order("own", buyer_country="DE", signed_at=signed), get_ruleset("own"), signed
        )
        second = eu_withdrawal(order("own", buyer_country="DE", signed_at=signed + later),
                               get_ruleset("own"), signed)  # fmt: skip
    else:
        first = no_reason_return(order(name, signed_at=signed), get_ruleset(name), signed)
        second = no_reason_return(order(name, signed_at=signed + later), get_ruleset(name), signed)
    assert second.deadlines[0].at >= first.deadlines[0].at
