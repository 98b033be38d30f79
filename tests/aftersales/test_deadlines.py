"""Deadlines, SLA timers and who pays shipping on a case, from the rules engine, with the clock
injected: each answer names its rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from kefu.aftersales import service
from kefu.aftersales.deadlines import evaluate_case
from kefu.aftersales.models import AfterSalesCase
from kefu.aftersales.schemas import CaseOpen
from kefu.auth.principal import Principal
from kefu.clock import FixedClock
from kefu.errors import ValidationFailed
from tests.aftersales.world import World, build_world


def _open(
    db: Session, w: World, now: datetime, case_type: str, reason: str, **kw: object
) -> AfterSalesCase:
    data = CaseOpen(case_type=case_type, reason_code=reason, message_id=w.message.id, **kw)  # type: ignore[arg-type]
    case = service.do_open_case(db, w.principal, data, now=now)
    db.commit()
    return case


def _listed(db: Session, principal: Principal, now: datetime, **filters: object) -> list[int]:
    query = service.case_query(principal, now=now, **filters)  # type: ignore[arg-type]
    return [c.id for c in db.scalars(query)]


def test_a_refund_asked_before_shipping_must_be_answered_in_24_hours(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), complaint="还没发货吧？我不要了，退款")
    opened = clock.now()
    case = _open(db, w, opened, "refund_only", "changed_mind")
    sla, _rules = evaluate_case(db, case, opened)
    assert (sla.key, sla.rule_id, sla.status) == ("refund_unshipped_response", "TB-REF-01", "ok")
    assert sla.due_at == opened + timedelta(hours=24)
    assert sla.alert_at == sla.due_at - timedelta(hours=6)  # the data file's default lead time
    assert sla.consequence == "refund_granted_automatically"
    assert case.sla_due_at == sla.due_at

    clock.advance(timedelta(hours=19))
    assert evaluate_case(db, case, clock.now())[0].status == "at_risk"
    assert _listed(db, w.principal, clock.now(), at_risk=True) == [case.id]
    assert _listed(db, w.principal, clock.now(), overdue=True) == []
    clock.advance(timedelta(hours=5))
    assert evaluate_case(db, case, clock.now())[0].status == "overdue"
    assert _listed(db, w.principal, clock.now(), overdue=True) == [case.id]


def test_not_received_after_shipping_gives_the_seller_36_hours(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), shipped=True, complaint="一直没收到货，物流也不动了")
    case = _open(db, w, clock.now(), "not_received", "not_received")
    sla, rules = evaluate_case(db, case, clock.now())
    assert (sla.key, sla.rule_id) == ("refund_not_received_response", "TB-REF-01")
    assert sla.due_at == clock.now() + timedelta(hours=36)
    assert rules["freight_payer"]["legs"]["outbound"] == "seller"


def test_an_aliexpress_dispute_has_five_days_then_no_seller_clock_once_escalated(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(
        db,
        clock.now(),
        marketplace="aliexpress",
        currency="USD",
        delivered=True,
        complaint="Abrí una disputa, la talla no coincide con la descripción",
        buyer_overrides={"country": "MX", "language": "es", "timezone": "America/Mexico_City"},
    )
    case = _open(db, w, clock.now(), "dispute", "not_as_described")
    sla, rules = evaluate_case(db, case, clock.now())
    assert (sla.key, sla.rule_id) == ("ae_dispute_response", "AE-DSP-02")
    assert sla.due_at == clock.now() + timedelta(days=5)
    assert sla.source.startswith("https://")
    keys = {d["key"]: d["rule_id"] for d in rules["deadlines"]}
    assert keys["ae_platform_proposal"] == "AE-DSP-03"
    # not as described: the store pays the return (AE-DSP-04)
    assert rules["freight_payer"]["legs"]["return"] == "seller"
    assert rules["freight_payer"]["legs"]["decided_by"]["return_leg"] == "AE-DSP-04"

    service.do_transition_case(db, case, "escalated", now=clock.now(), user_id=w.agent.user.id)
    assert case.sla_due_at is None and case.sla_key is None


def test_the_jd_quality_ticket_clock_applies_from_its_rule_version_on(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), marketplace="jd", delivered=True, complaint="屏幕有划痕")
    before = _open(db, w, clock.now(), "quality_complaint", "quality")
    assert before.sla_due_at is None  # JD-Q-01 (2026-06-15 text) is not in force on 2026-05-01

    clock.current = datetime(2026, 7, 1, 2, 0, tzinfo=UTC)
    later = _open(db, w, clock.now(), "quality_complaint", "quality")
    assert (later.sla_key, later.sla_rule_id) == ("jd_ticket_review", "JD-Q-01")
    assert later.sla_due_at == clock.now() + timedelta(hours=48)


def test_the_platform_countdown_wins_and_ends_with_the_state(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(
        db,
        clock.now(),
        marketplace="aliexpress",
        currency="USD",
        delivered=True,
        complaint="I filed a chargeback with my bank",
    )
    countdown = clock.now() + timedelta(days=6, hours=3)
    case = _open(
        db, w, clock.now(), "chargeback", "unauthorized_payment", platform_due_at=countdown
    )
    assert (case.sla_key, case.sla_rule_id, case.sla_due_at) == (
        "platform_response",
        "ENG-02",
        countdown,
    )
    service.do_transition_case(db, case, "responding", now=clock.now(), user_id=None)
    assert case.sla_due_at is None  # a new state needs the platform's new countdown
    service.do_transition_case(db, case, "evidence_submitted", now=clock.now(), user_id=None)
    assert case.sla_due_at is None
    with pytest.raises(ValidationFailed, match="no seller countdown"):
        service.do_transition_case(db, case, "won", now=clock.now(), user_id=None,
                                   platform_due_at=countdown)  # fmt: skip


def test_the_shop_sets_its_own_alert_lead_time(db: Session, clock: FixedClock) -> None:
    w = build_world(db, clock.now(), shop_settings={"aftersales": {"sla_alert_lead_hours": 12}})
    case = _open(db, w, clock.now(), "refund_only", "changed_mind")
    assert case.sla_due_at is not None and case.sla_alert_at == case.sla_due_at - timedelta(
        hours=12
    )


def test_an_edited_request_after_a_rejection_restarts_the_clock(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), complaint="No lo quiero, quiero el reembolso")
    case = _open(db, w, clock.now(), "refund_only", "changed_mind")
    service.do_transition_case(db, case, "seller_reviewing", now=clock.now(), user_id=None)
    service.do_transition_case(db, case, "rejected", now=clock.now(), user_id=None)
    assert case.sla_due_at is None  # the buyer's move now
    clock.advance(timedelta(days=2))
    service.do_transition_case(
        db, case, "seller_reviewing", now=clock.now(), user_id=None, note="买家修改了申请"
    )
    assert case.sla_key == "refund_unshipped_response"
    assert case.sla_due_at == clock.now() + timedelta(hours=24)


def test_a_received_return_must_be_refunded_within_the_legal_week(
    db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint="鞋码偏小，七天无理由退货")
    case = _open(db, w, clock.now(), "return_refund", "changed_mind")
    for state in ("seller_reviewing", "approved", "awaiting_return"):
        service.do_transition_case(db, case, state, now=clock.now(), user_id=None)
    assert case.sla_due_at is None  # waiting for the buyer's parcel
    clock.advance(timedelta(days=3))
    service.do_transition_case(db, case, "received", now=clock.now(), user_id=None)
    assert case.sla_key == "refund_after_return"
    assert case.sla_rule_id is not None and case.sla_rule_id.startswith("CN-LAW")
    assert case.sla_due_at == clock.now() + timedelta(days=7)


@pytest.mark.parametrize(
    ("case_type", "reason", "free_shipping", "legs", "decided_by"),
    [
        ("return_refund", "changed_mind", False, ("buyer", "buyer", None), "TB-7D-05"),
        ("return_refund", "changed_mind", True, ("seller", "buyer", None), "TB-7D-05"),
        ("return_refund", "quality", False, ("seller", "seller", "seller"), "TB-FEE-03"),
        ("exchange", "size", False, (None, "buyer", "buyer"), "TB-7D-06"),
        ("exchange", "wrong_item", False, ("seller", "seller", "seller"), "TB-FEE-03"),
        ("dispute", "other", False, ("seller", "buyer", None), "TB-FEE-02"),
        ("resend", "damaged_in_transit", False, ("seller", "seller", "seller"), "TB-FEE-03"),
    ],
)
def test_who_pays_shipping_depends_on_the_case_and_its_reason(
    db: Session,
    clock: FixedClock,
    case_type: str,
    reason: str,
    free_shipping: bool,
    legs: tuple[str | None, str | None, str | None],
    decided_by: str,
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    w.order.free_shipping = free_shipping
    db.commit()
    case = _open(db, w, clock.now(), case_type, reason)
    _sla, rules = evaluate_case(db, case, clock.now())
    payer = rules["freight_payer"]
    assert (payer["legs"]["outbound"], payer["legs"]["return"], payer["legs"]["resend"]) == legs
    assert decided_by in payer["legs"]["decided_by"].values()
    assert all(r["source"] for r in payer["rules"])
