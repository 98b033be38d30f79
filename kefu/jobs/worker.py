"""The worker: claim due jobs, run their handlers, record the outcome.

Exactly once, even with many workers and crashes, rests on two transactions per batch:

1. **Claim** (short): pick due jobs — `FOR UPDATE SKIP LOCKED` on PostgreSQL, so workers never
   wait on or double-claim each other's rows — and stamp them `running` with this worker as lease
   owner until `now + lease`. Jobs whose lease ran out (their worker died) are claimable again.
2. **Execute**: re-lock the claimed rows *only if this worker still owns them*, run each handler in
   a savepoint, and mark each job done / retried / parked — all in one commit. The handler's writes
   (the message it sends) and "done" commit together or not at all. A worker killed mid-batch
   commits nothing; its jobs are re-claimed once the lease expires. A worker that lost its lease
   finds no rows it owns and runs nothing.

On SQLite (one worker) the same code runs without SKIP LOCKED; SQLite serialises writers.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from kefu.db import transaction
from kefu.events import PENDING_KEY
from kefu.jobs.models import Job
from kefu.jobs.registry import Defer, JobContext, Park, Registry, default_registry
from kefu.runtime import Runtime

log = logging.getLogger("kefu.jobs")

MAX_ERROR_CHARS = 2000


def backoff_delay(
    job_id: int,
    attempt: int,
    base: timedelta = timedelta(seconds=30),
    cap: timedelta = timedelta(hours=1),
) -> timedelta:
    """Exponential back-off (base · 2^(attempt-1), capped) with up to +20 % jitter.

    The jitter comes from the job id, not a random source, so a retry time is reproducible in a
    test and jobs that failed together (a provider outage) still spread out.
    """
    raw = base * (2 ** max(attempt - 1, 0))
    delay = min(raw, cap)
    spread = int(hashlib.sha256(f"{job_id}:{attempt}".encode()).hexdigest()[:4], 16) / 0xFFFF
    jittered: timedelta = delay + delay * (0.2 * spread)
    return jittered


def _claimable(now: datetime) -> ColumnElement[bool]:
    return or_(
        and_(Job.state == "pending", Job.due_at <= now),
        and_(Job.state == "running", Job.lease_until < now),
    )


def claim(db: Session, *, owner: str, now: datetime, limit: int, lease: timedelta) -> list[int]:
    """Claim up to `limit` due jobs for `owner`; returns their ids. Commit follows in the caller.

    A job whose lease expired with no attempts left is parked instead: its worker died on it
    every time, so running it again is likely to kill the next one too.
    """
    query = (
        select(Job.id, Job.state, Job.attempts, Job.max_attempts)
        .where(_claimable(now))
        .order_by(Job.due_at, Job.id)
        .limit(limit)
    )
    if db.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    rows = db.execute(query).all()
    if not rows:
        return []
    exhausted = [r.id for r in rows if r.state == "running" and r.attempts >= r.max_attempts]
    wanted = [r.id for r in rows if r.id not in set(exhausted)]
    if exhausted:
        db.execute(
            update(Job)
            .where(Job.id.in_(exhausted), Job.state == "running", Job.lease_until < now)
            .values(
                state="parked",
                lease_owner=None,
                lease_until=None,
                updated_at=now,
                finished_at=now,
                last_error="the lease expired on every attempt (the worker died or hung)",
            )
        )
    if not wanted:
        return []
    # The WHERE repeats the claim condition: on SQLite (no row locks) a row another process took
    # in the meantime no longer matches and is not stolen.
    db.execute(
        update(Job)
        .where(Job.id.in_(wanted), _claimable(now))
        .values(
            state="running",
            lease_owner=owner,
            lease_until=now + lease,
            attempts=Job.attempts + 1,
            updated_at=now,
        )
    )
    return list(
        db.scalars(
            select(Job.id).where(
                Job.id.in_(wanted), Job.state == "running", Job.lease_owner == owner
            )
        )
    )


@dataclass
class BatchReport:
    done: int = 0
    retried: int = 0
    deferred: int = 0
    parked: int = 0
    lost: int = 0  # claimed, but the lease had passed to another worker before we ran

    @property
    def ran(self) -> int:
        return self.done + self.retried + self.deferred + self.parked


def _finish(job: Job, now: datetime, state: str) -> None:
    job.state = state
    job.lease_owner = None
    job.lease_until = None
    job.updated_at = now
    if state in ("done", "parked", "failed", "cancelled"):
        job.finished_at = now


_NO_HANDLER = object()


def _events_mark(db: Session) -> int:
    return len(db.info.get(PENDING_KEY, []))


def _drop_events_since(db: Session, mark: int) -> None:
    pending = db.info.get(PENDING_KEY)
    if pending is not None:
        del pending[mark:]


def _handle(db: Session, registry: Registry, job: Job, now: datetime) -> object:
    handler = registry.get(job.kind)
    if handler is None:
        return _NO_HANDLER
    return handler(JobContext(db=db, job=job, now=now))


def _park_unknown(job: Job, now: datetime) -> None:
    job.last_error = f"no handler is registered for job kind {job.kind!r}"
    _finish(job, now, "parked")


def _run_one(db: Session, registry: Registry, job: Job, now: datetime, report: BatchReport) -> None:
    """One job in its own savepoint, its outcome recorded on the row."""
    mark = _events_mark(db)
    try:
        try:
            with db.begin_nested():
                result = _handle(db, registry, job, now)
        except BaseException:
            # Events of rolled-back work (a message that was never stored) must not be published.
            _drop_events_since(db, mark)
            raise
    except Defer as deferral:
        job.attempts = max(job.attempts - 1, 0)
        job.due_at = deferral.until
        job.result = {"outcome": "deferred", "reason": deferral.reason}
        _finish(job, now, "pending")
        report.deferred += 1
    except Park as parked:
        job.last_error = parked.reason
        job.result = {"outcome": "parked", "reason": parked.reason}
        _finish(job, now, "parked")
        report.parked += 1
    except Exception as exc:
        job.last_error = f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
        if job.attempts >= job.max_attempts:
            _finish(job, now, "parked")
            report.parked += 1
            log.warning("job %s (%s) parked after %s attempts", job.id, job.kind, job.attempts)
        else:
            job.due_at = now + backoff_delay(job.id, job.attempts)
            _finish(job, now, "pending")
            report.retried += 1
            log.info("job %s (%s) failed, retry at %s", job.id, job.kind, job.due_at)
    else:
        if result is _NO_HANDLER:
            _park_unknown(job, now)
            report.parked += 1
        else:
            job.result = result if isinstance(result, dict) else {"outcome": "done"}
            _finish(job, now, "done")
            report.done += 1


def execute(
    db: Session, registry: Registry, *, owner: str, ids: Sequence[int], clock_now: datetime
) -> BatchReport:
    """Run the claimed jobs this worker still owns; their writes and outcomes commit together."""
    report = BatchReport()
    # Writing first makes this a write transaction at once (SQLite takes its lock here instead
    # of failing a read-to-write upgrade later) and row-locks our jobs on PostgreSQL.
    db.execute(
        update(Job)
        .where(Job.id.in_(list(ids)), Job.state == "running", Job.lease_owner == owner)
        .values(updated_at=clock_now)
    )
    jobs = list(
        db.scalars(
            select(Job)
            .where(Job.id.in_(list(ids)), Job.state == "running", Job.lease_owner == owner)
            .order_by(Job.due_at, Job.id)
        )
    )
    report.lost = len(ids) - len(jobs)
    # Fast path: the whole batch in one savepoint, two round trips instead of two per job. Any
    # exception (a failure, a Defer, a Park) rolls the batch back to it, and the careful path
    # below re-runs every job in a savepoint of its own, so one job's outcome never leaks into
    # another's. Handlers are deterministic re-checks of the world, so running twice is safe: the
    # first run left nothing behind.
    mark = _events_mark(db)
    try:
        with db.begin_nested():
            results = [_handle(db, registry, job, clock_now) for job in jobs]
    except Exception:
        _drop_events_since(db, mark)
        results = None
    if results is not None:
        for job, result in zip(jobs, results, strict=True):
            if result is _NO_HANDLER:
                _park_unknown(job, clock_now)
                report.parked += 1
            else:
                job.result = result if isinstance(result, dict) else {"outcome": "done"}
                _finish(job, clock_now, "done")
                report.done += 1
        db.flush()
        return report
    for job in jobs:
        _run_one(db, registry, job, clock_now, report)
    db.flush()
    return report


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class Worker:
    """Claims and runs due jobs for one runtime. `run_once` is one claim + execute round."""

    runtime: Runtime
    registry: Registry = field(default_factory=default_registry)
    name: str = field(default_factory=worker_name)
    batch_size: int = 50
    lease: timedelta = timedelta(minutes=2)
    idle_seconds: float = 1.0
    total: BatchReport = field(default_factory=BatchReport)

    def run_once(self) -> int:
        with transaction(self.runtime.sessions) as db:
            ids = claim(
                db,
                owner=self.name,
                now=self.runtime.clock.now(),
                limit=self.batch_size,
                lease=self.lease,
            )
        if not ids:
            return 0
        with transaction(self.runtime.sessions) as db:
            report = execute(
                db, self.registry, owner=self.name, ids=ids, clock_now=self.runtime.clock.now()
            )
        for name in ("done", "retried", "deferred", "parked", "lost"):
            setattr(self.total, name, getattr(self.total, name) + getattr(report, name))
        return len(ids)

    def run_until_idle(self, max_rounds: int = 10_000) -> int:
        """Run rounds until nothing is due (tests and one-shot commands)."""
        claimed = 0
        for _ in range(max_rounds):
            n = self.run_once()
            if n == 0:
                break
            claimed += n
        return claimed

    def run(self, stop: threading.Event) -> None:
        """Loop until `stop` is set; sleep only when there was nothing to do."""
        log.info("job worker %s started", self.name)
        while not stop.is_set():
            try:
                busy = self.run_once()
            except Exception:  # a database hiccup must not kill the scheduler thread
                log.exception("job worker %s: round failed", self.name)
                busy = 0
            if not busy:
                stop.wait(self.idle_seconds)
        log.info("job worker %s stopped", self.name)


@dataclass
class Scheduler:
    """The in-process scheduler of `kefu serve`: one worker on a daemon thread."""

    worker: Worker
    stop_event: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is not None:
            return
        self.thread = threading.Thread(
            target=self.worker.run, args=(self.stop_event,), name="kefu-scheduler", daemon=True
        )
        self.thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(timeout)
            self.thread = None


def due_count(db: Session, now: datetime) -> int:
    from sqlalchemy import func

    return int(db.scalar(select(func.count()).select_from(Job).where(_claimable(now))) or 0)
