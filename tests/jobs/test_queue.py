"""The job queue on a real database (SQLite, and PostgreSQL when configured): scheduling is
idempotent, due jobs run once, failures back off then park, leases expire, lost leases run nothing."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.conversations.models import Message
from kefu.conversations.service import (
    do_add_outgoing_message,
    do_create_conversation,
    get_conversation,
)
from kefu.db import transaction
from kefu.jobs import service as jobs
from kefu.jobs.models import Job
from kefu.jobs.registry import Defer, JobContext, Park, Registry
from kefu.jobs.worker import Worker, backoff_delay, claim, execute
from kefu.runtime import Runtime
from tests.factories import make_buyer, make_shop


class Calls:
    def __init__(self) -> None:
        self.failures_left = 0
        self.fail_keys: set[str] = set()
        self.ran: list[str] = []


@pytest.fixture
def world(runtime: Runtime, clock: FixedClock) -> dict[str, Any]:
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, clock.now())
        buyer = make_buyer(db, clock.now(), shop, language="es", timezone="Europe/Madrid")
        conv = do_create_conversation(
            db, {"shop_id": shop.id, "buyer_id": buyer.id, "channel": "marketplace"}, clock.now()
        )
        return {"shop_id": shop.id, "conversation_id": conv.id}


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def registry(calls: Calls) -> Registry:
    reg = Registry()

    def note(ctx: JobContext) -> dict[str, Any]:
        conversation = get_conversation(ctx.db, ctx.job.payload["conversation_id"])
        do_add_outgoing_message(
            ctx.db,
            conversation,
            text=f"nota {ctx.job.idempotency_key} 备注",
            sender_kind="system",
            now=ctx.now,
            internal=True,
        )
        calls.ran.append(ctx.job.idempotency_key)
        if ctx.job.idempotency_key in calls.fail_keys:
            raise RuntimeError("este siempre falla")
        if calls.failures_left > 0:
            calls.failures_left -= 1
            raise RuntimeError("el proveedor no responde")
        return {"outcome": "noted"}

    def sleepy(ctx: JobContext) -> None:
        raise Defer(ctx.now + timedelta(hours=8), "quiet hours")

    def hopeless(ctx: JobContext) -> None:
        raise Park("template blocked by the guard")

    reg.add("test.note", note)
    reg.add("test.sleepy", sleepy)
    reg.add("test.hopeless", hopeless)
    return reg


def _enqueue(
    runtime: Runtime,
    clock: FixedClock,
    world: dict[str, Any],
    key: str,
    kind: str = "test.note",
    delay: timedelta = timedelta(0),
    **kw: Any,
) -> int:
    with transaction(runtime.sessions) as db:
        job, _ = jobs.do_enqueue(
            db,
            kind,
            due_at=clock.now() + delay,
            now=clock.now(),
            idempotency_key=key,
            shop_id=world["shop_id"],
            payload={"conversation_id": world["conversation_id"]},
            **kw,
        )
        return job.id


def _notes(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(Message)) or 0)


def _job(runtime: Runtime, job_id: int) -> Job:
    with runtime.sessions() as db:
        job = db.get(Job, job_id)
        assert job is not None
        return job


def test_scheduling_twice_with_one_key_makes_one_job(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any]
) -> None:
    first = _enqueue(runtime, clock, world, "recordatorio-1")
    again = _enqueue(runtime, clock, world, "recordatorio-1", delay=timedelta(hours=3))
    assert first == again
    with runtime.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Job)) == 1


def test_due_jobs_run_once_and_future_ones_wait(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry, calls: Calls
) -> None:
    now_id = _enqueue(runtime, clock, world, "ahora")
    later_id = _enqueue(runtime, clock, world, "después", delay=timedelta(hours=1))
    worker = Worker(runtime, registry, name="w1")
    assert worker.run_until_idle() == 1
    assert worker.run_until_idle() == 0  # nothing runs twice
    assert calls.ran == ["ahora"]
    assert _job(runtime, now_id).state == "done"
    assert _job(runtime, later_id).state == "pending"
    clock.advance(timedelta(hours=1))
    assert worker.run_until_idle() == 1
    assert calls.ran == ["ahora", "después"]
    with runtime.sessions() as db:
        assert _notes(db) == 2


def test_a_failing_job_backs_off_then_parks_and_its_writes_roll_back(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry, calls: Calls
) -> None:
    calls.failures_left = 99
    job_id = _enqueue(runtime, clock, world, "fallará", max_attempts=3)
    worker = Worker(runtime, registry, name="w1")
    delays = []
    for attempt in (1, 2):
        worker.run_until_idle()
        job = _job(runtime, job_id)
        assert (job.state, job.attempts) == ("pending", attempt)
        assert "el proveedor no responde" in (job.last_error or "")
        delays.append(job.due_at - clock.now())
        assert job.due_at - clock.now() == backoff_delay(job_id, attempt)
        clock.current = job.due_at
    assert delays[1] > delays[0]  # exponential
    worker.run_until_idle()
    job = _job(runtime, job_id)
    assert (job.state, job.attempts) == ("parked", 3)
    with runtime.sessions() as db:
        assert _notes(db) == 0  # each failed attempt's note was rolled back with it


def test_one_failing_job_does_not_undo_the_rest_of_its_batch(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry, calls: Calls
) -> None:
    ids = [_enqueue(runtime, clock, world, f"lote-{i}") for i in range(4)]
    calls.fail_keys = {"lote-1"}
    Worker(runtime, registry, name="w1", batch_size=10).run_once()
    states = [_job(runtime, i).state for i in ids]
    assert states.count("done") == 3 and states.count("pending") == 1
    with runtime.sessions() as db:
        assert _notes(db) == 3


def test_defer_waits_without_spending_an_attempt_and_park_is_immediate(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry
) -> None:
    sleepy = _enqueue(runtime, clock, world, "dormido", kind="test.sleepy")
    hopeless = _enqueue(runtime, clock, world, "sin-remedio", kind="test.hopeless")
    unknown = _enqueue(runtime, clock, world, "desconocido", kind="test.nobody")
    Worker(runtime, registry, name="w1").run_until_idle()
    job = _job(runtime, sleepy)
    assert (job.state, job.attempts) == ("pending", 0)
    assert job.due_at == clock.now() + timedelta(hours=8)
    parked = _job(runtime, hopeless)
    assert parked.state == "parked" and parked.last_error == "template blocked by the guard"
    assert _job(runtime, unknown).state == "parked"
    assert "test.nobody" in (_job(runtime, unknown).last_error or "")


def test_a_dead_workers_jobs_are_reclaimed_after_the_lease(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry, calls: Calls
) -> None:
    job_id = _enqueue(runtime, clock, world, "huérfano")
    with transaction(runtime.sessions) as db:  # worker A claims, then "dies" before executing
        assert claim(db, owner="A", now=clock.now(), limit=10, lease=timedelta(seconds=30)) == [
            job_id
        ]
    other = Worker(runtime, registry, name="B", lease=timedelta(seconds=30))
    assert other.run_once() == 0  # still leased to A
    clock.advance(timedelta(seconds=31))
    assert other.run_once() == 1
    job = _job(runtime, job_id)
    assert (job.state, job.attempts, job.lease_owner) == ("done", 2, None)
    # A wakes up late: it no longer owns the job and runs nothing.
    with transaction(runtime.sessions) as db:
        report = execute(db, registry, owner="A", ids=[job_id], clock_now=clock.now())
    assert (report.ran, report.lost) == (0, 1)
    assert calls.ran == ["huérfano"]


def test_a_job_whose_worker_always_dies_is_parked(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any]
) -> None:
    job_id = _enqueue(runtime, clock, world, "veneno", max_attempts=2)
    for owner in ("A", "B"):
        with transaction(runtime.sessions) as db:
            assert claim(db, owner=owner, now=clock.now(), limit=5, lease=timedelta(seconds=10))
        clock.advance(timedelta(seconds=11))
    with transaction(runtime.sessions) as db:
        assert claim(db, owner="C", now=clock.now(), limit=5, lease=timedelta(seconds=10)) == []
    job = _job(runtime, job_id)
    assert job.state == "parked" and "lease expired" in (job.last_error or "")


def test_cancelled_jobs_never_run(
    runtime: Runtime, clock: FixedClock, world: dict[str, Any], registry: Registry, calls: Calls
) -> None:
    job_id = _enqueue(runtime, clock, world, "cancelado")
    with transaction(runtime.sessions) as db:
        assert (
            jobs.do_cancel(db, now=clock.now(), reason="pedido pagado", idempotency_key="cancelado")
            == 1
        )
    Worker(runtime, registry, name="w1").run_until_idle()
    assert calls.ran == []
    assert _job(runtime, job_id).state == "cancelled"


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_delay(7, n) for n in range(1, 12)]
    assert delays[0] >= timedelta(seconds=30)
    assert all(b >= a * 1.5 for a, b in itertools.pairwise(delays[:6]))
    assert max(delays) <= timedelta(hours=1) * 1.2
