"""Jobs: scheduling (in the caller's transaction), cancelling, listing and retrying parked jobs.

`do_enqueue` is how every domain schedules work that must happen exactly once: call it in the same
transaction as the change that causes the work. The worker (kefu/jobs/worker.py) runs it later.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.clock import require_aware
from kefu.errors import Conflict, NotFound, ValidationFailed
from kefu.jobs.models import JOB_STATES, Job

DEFAULT_MAX_ATTEMPTS = 5


def find_job(db: Session, idempotency_key: str) -> Job | None:
    return db.scalar(select(Job).where(Job.idempotency_key == idempotency_key))


def do_enqueue(
    db: Session,
    kind: str,
    *,
    due_at: datetime,
    now: datetime,
    idempotency_key: str,
    shop_id: int | None = None,
    order_id: int | None = None,
    buyer_id: int | None = None,
    target_kind: str | None = None,
    target_id: int | None = None,
    payload: dict[str, Any] | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> tuple[Job, bool]:
    """Schedule `kind` at `due_at` once per `idempotency_key`. Returns (job, created).

    A second call with the same key returns the existing job untouched, even when two
    transactions race (the unique key decides), so callers may schedule without checking first.
    """
    require_aware(due_at, "due_at")
    if max_attempts < 1:
        raise ValidationFailed("a job needs at least one attempt")
    existing = find_job(db, idempotency_key)
    if existing is not None:
        return existing, False
    job = Job(
        kind=kind,
        state="pending",
        due_at=due_at,
        shop_id=shop_id,
        order_id=order_id,
        buyer_id=buyer_id,
        target_kind=target_kind,
        target_id=target_id,
        payload=payload or {},
        idempotency_key=idempotency_key,
        attempts=0,
        max_attempts=max_attempts,
        created_at=now,
        updated_at=now,
    )
    try:
        with db.begin_nested():
            db.add(job)
    except IntegrityError:
        existing = find_job(db, idempotency_key)
        if existing is None:
            raise
        return existing, False
    return job, True


def do_cancel(
    db: Session,
    *,
    now: datetime,
    reason: str,
    order_id: int | None = None,
    kinds: Iterable[str] | None = None,
    idempotency_key: str | None = None,
) -> int:
    """Cancel pending jobs matching the filter; returns how many. Running jobs are left alone:
    their handlers re-check the world when they run."""
    if order_id is None and idempotency_key is None:
        raise ValidationFailed("cancel needs an order or an idempotency key")
    query = update(Job).where(Job.state == "pending")
    if order_id is not None:
        query = query.where(Job.order_id == order_id)
    if idempotency_key is not None:
        query = query.where(Job.idempotency_key == idempotency_key)
    if kinds is not None:
        query = query.where(Job.kind.in_(list(kinds)))
    result = db.execute(
        query.values(
            state="cancelled",
            updated_at=now,
            finished_at=now,
            result={"outcome": "cancelled", "reason": reason},
        ).execution_options(synchronize_session="fetch")
    )
    return int(getattr(result, "rowcount", 0) or 0)


def job_query(
    principal: Principal,
    *,
    shop_id: int | None = None,
    state: str | None = None,
    kind: str | None = None,
    order_id: int | None = None,
) -> Select[Any]:
    """Jobs the principal may see: their shops' jobs; admins also see shop-less system jobs."""
    query = select(Job)
    if shop_id is not None:
        principal.check_shop(shop_id)
        query = query.where(Job.shop_id == shop_id)
    elif principal.is_at_least("admin"):
        query = query.where(Job.shop_id.in_(principal.shop_ids) | Job.shop_id.is_(None))
    else:
        query = query.where(Job.shop_id.in_(principal.shop_ids))
    if state is not None:
        if state not in JOB_STATES:
            raise ValidationFailed(f"unknown job state {state!r}; one of {', '.join(JOB_STATES)}")
        query = query.where(Job.state == state)
    if kind:
        query = query.where(Job.kind == kind)
    if order_id is not None:
        query = query.where(Job.order_id == order_id)
    return query.order_by(Job.due_at.desc(), Job.id.desc())


def access_job(db: Session, principal: Principal, job_id: int) -> Job:
    job = db.get(Job, job_id)
    visible = job is not None and (
        job.shop_id in principal.shop_ids
        or (job.shop_id is None and principal.is_at_least("admin"))
    )
    if job is None or not visible:
        raise NotFound(f"job {job_id} not found")
    return job


def do_retry(db: Session, job: Job, *, now: datetime, user_id: int | None) -> Job:
    """Put a parked or failed job back in the queue with a fresh set of attempts."""
    if job.state not in ("parked", "failed"):
        raise Conflict(f"job {job.id} is {job.state}; only parked or failed jobs can be retried")
    previous = job.state
    job.state = "pending"
    job.due_at = now
    job.attempts = 0
    job.lease_owner = None
    job.lease_until = None
    job.finished_at = None
    job.updated_at = now
    audit.record(
        db,
        at=now,
        action="job.retry",
        entity="job",
        entity_id=job.id,
        user_id=user_id,
        shop_id=job.shop_id,
        changes={"state": [previous, "pending"], "last_error": job.last_error},
        actor_kind="user" if user_id else "system",
    )
    db.flush()
    return job


def do_retry_parked(
    db: Session, principal: Principal, *, now: datetime, shop_id: int | None, kind: str | None
) -> int:
    jobs: list[Job] = list(
        db.scalars(job_query(principal, shop_id=shop_id, state="parked", kind=kind))
    )
    for job in jobs:
        do_retry(db, job, now=now, user_id=principal.user_id)
    return len(jobs)
