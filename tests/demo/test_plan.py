"""The plan is decided by the seed and the clock alone; content files are checked on load."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.demo.content import Dialogue
from kefu.demo.plan import plan_demo
from kefu.demo.tracking import (
    is_valid_s10,
    is_valid_ups,
    s10_check_digit,
    tracking_number,
)
from kefu.orders.models import Order
from tests.demo.conftest import DEMO_NOW


def test_same_seed_and_clock_give_the_same_plan() -> None:
    first = plan_demo(now=DEMO_NOW, seed=7)
    second = plan_demo(now=DEMO_NOW, seed=7)
    assert first == second
    other = plan_demo(now=DEMO_NOW, seed=8)
    assert [o.number for o in other.orders] != [o.number for o in first.orders]


def test_times_move_with_the_clock() -> None:
    later = DEMO_NOW + timedelta(days=10)
    first, second = plan_demo(now=DEMO_NOW), plan_demo(now=later)
    assert [o.placed_at + timedelta(days=10) for o in first.orders] == [
        o.placed_at for o in second.orders
    ]


def test_database_holds_exactly_the_plan(db: Session) -> None:
    plan = plan_demo(now=DEMO_NOW, seed=7)
    stored = dict(db.execute(select(Order.order_number, Order.status)).all())
    assert stored == {o.number: o.status for o in plan.orders}
    totals = dict(db.execute(select(Order.order_number, Order.total)).all())
    assert all(totals[o.number] == o.total for o in plan.orders)


def test_s10_check_digit_matches_the_upu_example() -> None:
    assert s10_check_digit("47312482") == 9  # UPU S10 worked example: EE473124829GB
    assert is_valid_s10("RR123456785CN")
    assert not is_valid_s10("RR123456784CN")


def test_generated_tracking_numbers_validate() -> None:
    rng = random.Random(3)
    for _ in range(200):
        assert is_valid_s10(tracking_number("chinapost", rng))
        assert is_valid_ups(tracking_number("ups", rng))
    assert is_valid_ups("1Z999AA10123456784")
    assert not is_valid_ups("1Z999AA10123456785")


def test_a_script_marked_unanswered_cannot_hold_an_agent_reply() -> None:
    with pytest.raises(ValidationError, match="unanswered"):
        Dialogue.model_validate(
            {
                "id": "x",
                "lang": "es",
                "stage": "pre_sale",
                "intent": "stock",
                "order": "none",
                "end": "unanswered",
                "turns": [["buyer", "¿Hay talla 42?"], ["agent", "Sí, hay."]],
            }
        )
