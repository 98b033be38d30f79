"""The case state machines: only moves in a type's table succeed, with a message that says why."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.aftersales import service
from kefu.aftersales.schemas import CaseOpen
from kefu.aftersales.states import (
    CASE_TYPES,
    FINAL_STATES,
    INITIAL_STATE,
    RESOLVED_STATES,
    TRANSITIONS,
    allowed_moves,
    check_case_transition,
    refund_kind,
)
from kefu.audit.models import AuditEntry
from kefu.clock import FixedClock
from kefu.errors import IllegalTransition, ValidationFailed
from tests.aftersales.world import build_world

# Every state of every type, then two that belong to none (kept last).
ALL_STATES = [*sorted({s for table in TRANSITIONS.values() for s in table}), "shipped", "解决"]


@settings(max_examples=300, deadline=None)
@given(
    case_type=st.sampled_from(CASE_TYPES),
    moves=st.lists(st.sampled_from(ALL_STATES), min_size=1, max_size=25),
)
def test_random_move_sequences_succeed_exactly_when_the_table_allows(
    case_type: str, moves: list[str]
) -> None:
    state = INITIAL_STATE[case_type]
    for target in moves:
        legal = target in TRANSITIONS[case_type].get(state, frozenset())
        try:
            check_case_transition(case_type, state, target)
        except IllegalTransition as exc:
            assert not legal
            assert state in exc.message and target in exc.message
        else:
            assert legal
            state = target
    assert state in TRANSITIONS[case_type]


@pytest.mark.parametrize("case_type", CASE_TYPES)
def test_every_state_is_reachable_and_every_path_can_end_closed(case_type: str) -> None:
    table = TRANSITIONS[case_type]
    seen, frontier = {INITIAL_STATE[case_type]}, [INITIAL_STATE[case_type]]
    while frontier:
        for nxt in table[frontier.pop()]:
            assert nxt in table, f"{case_type}: {nxt} has no row"
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(table)
    for state in table:  # from any state, closed is reachable
        reach, todo = {state}, [state]
        while todo:
            for nxt in table[todo.pop()] - reach:
                reach.add(nxt)
                todo.append(nxt)
        assert "closed" in reach
    assert all(not table[s] for s in FINAL_STATES)


def test_a_closed_case_refuses_every_move_and_says_so() -> None:
    with pytest.raises(IllegalTransition, match="the case is closed"):
        check_case_transition("dispute", "closed", "escalated")


def test_a_dispute_escalates_and_is_ruled_but_cannot_skip_to_ruled() -> None:
    check_case_transition("dispute", "opened", "responding")
    check_case_transition("dispute", "responding", "escalated")
    check_case_transition("dispute", "escalated", "ruled")
    with pytest.raises(IllegalTransition, match="allowed: escalated, responding, settled"):
        check_case_transition("dispute", "opened", "ruled")


def test_a_state_of_another_type_is_named_as_unknown() -> None:
    with pytest.raises(IllegalTransition, match="has no state 'awaiting_return'"):
        check_case_transition("chargeback", "opened", "awaiting_return")
    with pytest.raises(ValidationFailed):
        allowed_moves("纠纷", "opened")


def test_resolved_states_are_states_of_some_type() -> None:
    every = {s for table in TRANSITIONS.values() for s in table}
    assert every >= RESOLVED_STATES


def test_a_refund_request_before_shipping_is_the_unshipped_full_refund() -> None:
    assert refund_kind("refund_only", order_shipped=False) == "unshipped_full_refund"
    assert refund_kind("refund_only", order_shipped=True) == "refund_only"
    assert refund_kind("not_received", order_shipped=True) == "not_received_refund_only"
    assert refund_kind("exchange", order_shipped=True) is None


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    case_type=st.sampled_from(CASE_TYPES),
    moves=st.lists(st.sampled_from(ALL_STATES[:-2]), min_size=1, max_size=8),
)
def test_through_the_service_every_accepted_move_is_stamped_and_audited(
    db: Session, clock: FixedClock, case_type: str, moves: list[str]
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint="Recibí el artículo equivocado")
    case = service.do_open_case(db, w.principal, CaseOpen(case_type=case_type, reason_code="wrong_item",
                                message_id=w.message.id), now=clock.now())  # type: ignore[arg-type]  # fmt: skip
    accepted = [INITIAL_STATE[case_type]]
    for target in moves:
        clock.advance(timedelta(minutes=1))
        try:
            service.do_transition_case(db, case, target, now=clock.now(), user_id=w.agent.user.id)
        except IllegalTransition:
            assert target not in TRANSITIONS[case_type][accepted[-1]]
        else:
            accepted.append(target)
    db.commit()
    assert case.state == accepted[-1] and case.state_seq == len(accepted) - 1
    assert [t.to_state for t in case.transitions] == accepted
    stamps = [t.at for t in case.transitions]
    assert stamps == sorted(stamps)
    audited = db.scalars(select(AuditEntry.changes).where(
        AuditEntry.action == "case.transition", AuditEntry.entity_id == str(case.id))).all()  # fmt: skip
    assert [c["state"] for c in audited] == [list(p) for p in pairwise(accepted)]
    assert (case.closed_at is not None) == (case.state == "closed")
