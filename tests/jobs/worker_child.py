"""One job worker in its own process, for the multi-process tests and the bench.

    python tests/jobs/worker_child.py DATABASE_URL NAME BATCH LEASE_SECONDS

Runs the real `kefu.jobs.worker.Worker` with one extra kind, `test.note`, whose side effect is an
internal note (a real message row) carrying the job's key — so the parent can count executions.
Exits once no job is pending or running, and prints its tally as JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select

import kefu.models  # noqa: F401
from kefu.config import Settings
from kefu.conversations.models import Message
from kefu.jobs.models import Job
from kefu.jobs.registry import JobContext, Registry
from kefu.jobs.worker import Worker
from kefu.runtime import build_runtime


def note(ctx: JobContext) -> dict[str, object]:
    """Write one internal note carrying the job's key. Added without a flush, so a batch's notes
    go to the database in one multi-row INSERT: the test and the bench measure the queue, not
    the conversation service (which the follow-up tests drive for real)."""
    payload = ctx.job.payload
    ctx.db.add(
        Message(
            conversation_id=int(payload["conversation_id"]),
            shop_id=ctx.job.shop_id,
            sender_kind="system",
            kind="note",
            text=ctx.job.idempotency_key,
            search_text=ctx.job.idempotency_key,
            attachments=[],
            internal=True,
            meta={},
            created_at=ctx.now,
        )
    )
    return {"outcome": "noted"}


def main() -> None:
    url, name, batch, lease = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    registry = Registry()
    registry.add("test.note", note)
    settings = Settings(
        database_url=url,
        data_dir=Path(tempfile.mkdtemp()),
        secret_key="child",
        scheduler_enabled=False,
    )
    runtime = build_runtime(settings)
    worker = Worker(runtime, registry, name=name, batch_size=batch, lease=timedelta(seconds=lease))
    started = time.monotonic()
    while time.monotonic() - started < 120:
        if worker.run_once():
            continue
        with runtime.sessions() as db:
            open_jobs = db.scalar(
                select(func.count()).select_from(Job).where(Job.state.in_(["pending", "running"]))
            )
        if not open_jobs:
            break
        time.sleep(0.1)  # others' leases have not expired yet
    print(
        json.dumps(
            {
                "name": name,
                "done": worker.total.done,
                "lost": worker.total.lost,
                "seconds": round(time.monotonic() - started, 3),
            }
        )
    )
    runtime.dispose()


if __name__ == "__main__":
    main()
