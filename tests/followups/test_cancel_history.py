"""Bulk-loaded history: follow-ups that fell due long ago are cancelled with the reason, newer
ones stay queued, and jobs of other kinds (case alerts) are not touched."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kefu.clock import FixedClock
from kefu.db import transaction
from kefu.followups import service
from kefu.jobs import service as jobs
from kefu.jobs.models import Job
from kefu.runtime import Runtime
from tests.factories import make_shop

pytestmark = pytest.mark.parametrize("runtime", ["sqlite"], indirect=True)


def test_only_follow_ups_due_before_the_cut_are_cancelled(
    runtime: Runtime, clock: FixedClock
) -> None:
    now = clock.now()
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, now)
        other = make_shop(db, now)
        specs = {
            "old": ("followup.shipped", shop.id, now - timedelta(days=3)),
            "recent": ("followup.shipped", shop.id, now - timedelta(hours=1)),
            "future": ("followup.logistics_stalled", shop.id, now + timedelta(days=2)),
            "alert": ("case.sla_alert", shop.id, now - timedelta(days=3)),
            "other_shop": ("followup.shipped", other.id, now - timedelta(days=3)),
        }
        ids = {}
        for key, (kind, shop_id, due) in specs.items():
            job, _ = jobs.do_enqueue(
                db,
                kind,
                due_at=due,
                now=now - timedelta(days=4),
                idempotency_key=key,
                shop_id=shop_id,
            )
            ids[key] = job.id
    with transaction(runtime.sessions) as db:
        n = service.do_cancel_due_before(
            db, before=now - timedelta(hours=6), now=now, reason="history: 旧订单", shop_id=shop.id
        )
    assert n == 1
    with transaction(runtime.sessions) as db:
        states = {key: db.get(Job, job_id).state for key, job_id in ids.items()}  # type: ignore[union-attr]
        old = db.get(Job, ids["old"])
        assert old is not None and old.result == {
            "outcome": "cancelled",
            "reason": "history: 旧订单",
        }
    assert states == {
        "old": "cancelled",
        "recent": "pending",
        "future": "pending",
        "alert": "pending",
        "other_shop": "pending",
    }
    with transaction(runtime.sessions) as db, pytest.raises(ValueError):
        service.do_cancel_due_before(db, before=now.replace(tzinfo=None), now=now, reason="x")
