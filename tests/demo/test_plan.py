"""The plan is decided by the seed and the clock alone; content files are checked on load."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from pydantic import ValidationError

from kefu.demo.content import Dialogue
from kefu.demo.plan import DemoPlan, plan_demo
from kefu.demo.tracking import (
    is_valid_s10,
    is_valid_ups,
    s10_check_digit,
    tracking_number,
)
from tests.demo.conftest import DEMO_NOW


@pytest.fixture(scope="module")
def base_plan() -> DemoPlan:
    return plan_demo(now=DEMO_NOW, seed=7)


def test_same_seed_and_clock_give_the_same_plan(base_plan: DemoPlan) -> None:
    first = base_plan
    second = plan_demo(now=DEMO_NOW, seed=7)
    assert first == second
    other = plan_demo(now=DEMO_NOW, seed=8)
    assert [o.number for o in other.orders] != [o.number for o in first.orders]


def test_times_move_with_the_clock(base_plan: DemoPlan) -> None:
    later = DEMO_NOW + timedelta(days=10)
    first, second = base_plan, plan_demo(now=later)
    assert [o.placed_at + timedelta(days=10) for o in first.orders] == [
        o.placed_at for o in second.orders
    ]


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


def test_plan_does_not_depend_on_string_hashing(base_plan: DemoPlan) -> None:
    """Set and dict order of strings changes with PYTHONHASHSEED; the plan must not."""
    import hashlib
    import os
    import subprocess
    import sys

    script = (
        "import hashlib; from datetime import UTC, datetime; from kefu.demo.plan import DemoPlan, plan_demo; "
        "print(hashlib.sha256(repr(plan_demo(now=datetime(2026, 5, 1, 8, tzinfo=UTC))).encode())"
        ".hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    here = hashlib.sha256(repr(base_plan).encode()).hexdigest()
    assert other == here
