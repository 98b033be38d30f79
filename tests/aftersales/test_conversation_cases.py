"""The cases shown beside a conversation: opened from it or about its order, open ones first,
never another shop's."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from kefu.aftersales import service
from kefu.aftersales.schemas import CaseOpen
from kefu.clock import FixedClock
from tests.aftersales.world import build_world


def test_cases_beside_a_conversation_are_its_own_and_its_orders_open_first(
    db: Session, clock: FixedClock
) -> None:
    now = clock.now()
    w = build_world(db, now, delivered=True, complaint="Llegó roto, quiero devolverlo")
    other = build_world(db, now, delivered=True, complaint="别家店:鞋子开胶")
    closed = service.do_open_case(
        db, w.principal, CaseOpen(case_type="resend", reason_code="missing_parts", order_id=w.order.id),
        now=now - timedelta(days=1),
    )  # fmt: skip
    for target in ("withdrawn", "closed"):
        service.do_transition_case(db, closed, target, now=now - timedelta(hours=20), user_id=None)
    from_message = service.do_open_case(
        db, w.principal, CaseOpen(case_type="quality_complaint", reason_code="quality",
                                  message_id=w.message.id),
        now=now,
    )  # fmt: skip
    service.do_open_case(
        db, other.principal, CaseOpen(case_type="quality_complaint", reason_code="quality",
                                      message_id=other.message.id),
        now=now,
    )  # fmt: skip
    db.commit()
    found = service.cases_for_conversation(db, w.principal, w.conversation.id, w.order.id)
    assert [c.id for c in found] == [from_message.id, closed.id]
    # Without the order, only the case opened from this conversation.
    only = service.cases_for_conversation(db, w.principal, w.conversation.id, None)
    assert [c.id for c in only] == [from_message.id]
    # Another shop's agent sees nothing here, even when naming the conversation.
    assert service.cases_for_conversation(db, other.principal, w.conversation.id, w.order.id) == []
    db.commit()
