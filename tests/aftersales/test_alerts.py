"""SLA alerts go out once, as a durable job, to the assignee and the supervisors — and not at all
once the case has moved on or been resolved."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.aftersales import service
from kefu.aftersales.alerts import KIND, handle_sla_alert
from kefu.aftersales.models import AfterSalesCase, CaseAlert
from kefu.aftersales.schemas import CaseOpen
from kefu.clock import FixedClock
from kefu.conversations.models import Message
from kefu.events import Event, EventBus, attach_bus
from kefu.jobs.models import Job
from kefu.jobs.registry import Registry
from kefu.jobs.worker import Worker
from kefu.runtime import Runtime
from tests.aftersales.world import World, build_world


def _worker(runtime: Runtime) -> Worker:
    registry = Registry()
    registry.add(KIND, handle_sla_alert)
    return Worker(runtime=runtime, registry=registry)


def _open_refund(db: Session, w: World, clock: FixedClock) -> AfterSalesCase:
    case = service.do_open_case(
        db,
        w.principal,
        CaseOpen(case_type="refund_only", reason_code="changed_mind", message_id=w.message.id),
        now=clock.now(),
    )
    db.commit()
    return case


def _notes(db: Session, conversation_id: int) -> list[Message]:
    db.rollback()
    db.expire_all()
    query = select(Message).where(Message.conversation_id == conversation_id, Message.internal)
    notes = list(db.scalars(query))
    db.commit()
    return notes


def test_the_alert_is_scheduled_once_and_sent_once_before_the_timeout(
    db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    w = build_world(db, clock.now())
    case = _open_refund(db, w, clock)
    # Refreshing the SLA again (another view, a retried request) schedules nothing new.
    service._refresh_sla(db, case, clock.now())
    db.commit()
    jobs = db.scalars(select(Job).where(Job.kind == KIND)).all()
    db.commit()  # release SQLite's write lock (transactions begin IMMEDIATE) before the worker runs
    assert len(jobs) == 1
    assert jobs[0].due_at == clock.now() + timedelta(hours=24 - 6)
    assert (jobs[0].target_kind, jobs[0].target_id) == ("aftersales_case", case.id)

    worker = _worker(runtime)
    assert worker.run_until_idle() == 0  # not due yet
    seen: list[Event] = []
    bus = EventBus()
    bus.subscribe(seen.append)
    clock.advance(timedelta(hours=18))
    original = runtime.sessions

    def sessions_with_bus() -> Session:
        session = original()
        attach_bus(session, bus)
        return session

    runtime.sessions = sessions_with_bus  # type: ignore[assignment]
    try:
        assert worker.run_until_idle() == 1
        clock.advance(timedelta(hours=1))
        assert worker.run_until_idle() == 0
    finally:
        runtime.sessions = original
    notes = _notes(db, w.conversation.id)
    assert len(notes) == 1
    assert "售后单" in notes[0].text and "TB-REF-01" in notes[0].text
    assert notes[0].meta["recipients"] == [w.agent.user.id, w.supervisor.user.id]
    alerts = db.scalars(select(CaseAlert)).all()
    assert [(a.sla_key, a.recipients) for a in alerts] == [
        ("refund_unshipped_response", [w.agent.user.id, w.supervisor.user.id])
    ]
    assert [e.name for e in seen if e.name == KIND] == [KIND]
    job = db.scalars(select(Job).where(Job.kind == KIND)).one()
    assert job.state == "done" and job.result == {
        "outcome": "sent",
        "recipients": [w.agent.user.id, w.supervisor.user.id],
        "note_message_id": notes[0].id,
    }


def test_no_alert_once_the_case_is_resolved(
    db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    w = build_world(db, clock.now())
    case = _open_refund(db, w, clock)
    for state in ("seller_reviewing", "approved", "refunded"):
        service.do_transition_case(db, case, state, now=clock.now(), user_id=w.agent.user.id)
    db.commit()
    jobs = db.scalars(select(Job).where(Job.kind == KIND).order_by(Job.id)).all()
    db.commit()
    # The approval still runs a seller clock (refund the buyer); the refund ends it.
    assert [j.state for j in jobs][-1] == "cancelled"
    assert all(j.state == "cancelled" for j in jobs)
    clock.advance(timedelta(days=2))
    _worker(runtime).run_until_idle()
    assert _notes(db, w.conversation.id) == []
    assert db.scalars(select(CaseAlert)).all() == []


def test_a_job_that_runs_after_the_case_moved_on_sends_nothing(
    db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    """Even if the cancel lost a race with a worker that had already claimed the job."""
    w = build_world(db, clock.now())
    case = _open_refund(db, w, clock)
    job = db.scalars(select(Job).where(Job.kind == KIND)).one()
    payload = dict(job.payload)
    service.do_transition_case(db, case, "withdrawn", now=clock.now(), user_id=None)
    db.commit()
    from kefu.aftersales.alerts import send_alert

    result = send_alert(db, case, job.idempotency_key, payload, clock.now())
    assert result["outcome"] == "skipped"
    assert _notes(db, w.conversation.id) == []
