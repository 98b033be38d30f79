"""`kefu jobs ...`: run a worker process, list parked jobs, put them back in the queue."""

from __future__ import annotations

import signal
import threading
from datetime import timedelta
from types import FrameType

import typer
from sqlalchemy import select

from kefu.db import transaction
from kefu.jobs.models import Job
from kefu.jobs.service import do_retry

app = typer.Typer(help="Durable jobs: the worker, and parked jobs.", no_args_is_help=True)


@app.command("worker")
def worker(
    batch: int = typer.Option(50, help="jobs claimed per round"),
    lease: int = typer.Option(120, help="seconds a claim lasts before another worker may take it"),
    once: bool = typer.Option(False, "--once", help="run until nothing is due, then exit"),
) -> None:
    """Run jobs as they fall due (scale-out: start several on PostgreSQL)."""
    from kefu.jobs.scheduler import ensure_recurring
    from kefu.jobs.worker import Worker
    from kefu.runtime import build_runtime

    runtime = build_runtime()
    if runtime.engine.dialect.name == "sqlite" and not once:
        typer.echo("note: on SQLite run one worker only (kefu serve already runs one)", err=True)
    ensure_recurring(runtime)
    job_worker = Worker(runtime, batch_size=batch, lease=timedelta(seconds=lease))
    if once:
        n = job_worker.run_until_idle()
        typer.echo(f"ran {n} jobs")
        return
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    typer.echo(f"worker {job_worker.name} running; Ctrl-C to stop")
    job_worker.run(stop)


@app.command("list")
def list_jobs(
    state: str = typer.Option("parked", help="pending, running, done, parked, cancelled"),
    limit: int = typer.Option(50),
) -> None:
    """Show jobs in a state (parked by default), newest first."""
    from kefu.runtime import build_runtime

    runtime = build_runtime()
    with runtime.sessions() as db:
        rows = db.scalars(
            select(Job).where(Job.state == state).order_by(Job.updated_at.desc()).limit(limit)
        )
        for job in rows:
            typer.echo(
                f"{job.id}\t{job.kind}\t{job.due_at.isoformat()}\t{job.attempts}/"
                f"{job.max_attempts}\t{job.last_error or ''}"
            )


@app.command("retry")
def retry(job_id: int) -> None:
    """Put a parked job back in the queue."""
    from kefu.errors import KefuError
    from kefu.runtime import build_runtime

    runtime = build_runtime()
    try:
        with transaction(runtime.sessions) as db:
            job = db.get(Job, job_id)
            if job is None:
                raise typer.BadParameter(f"job {job_id} not found")
            do_retry(db, job, now=runtime.clock.now(), user_id=None)
    except KefuError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"job {job_id} is pending again")
