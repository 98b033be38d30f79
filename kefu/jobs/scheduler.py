"""Starting the worker inside a process: the thread `kefu serve` runs, and what a `kefu worker`
process does first (make sure the recurring planner jobs exist)."""

from __future__ import annotations

import logging

from kefu.db import transaction
from kefu.jobs.worker import Scheduler, Worker
from kefu.runtime import Runtime

log = logging.getLogger("kefu.jobs")


def ensure_recurring(runtime: Runtime) -> None:
    """Recurring work is a chain of jobs (each run schedules the next); seed today's link."""
    from kefu.followups.service import ensure_planner

    with transaction(runtime.sessions) as db:
        ensure_planner(db, runtime.clock.now())


def start_scheduler(runtime: Runtime) -> Scheduler:
    try:
        ensure_recurring(runtime)
    except Exception:  # a schema not yet upgraded must not stop the web server from starting
        log.exception("could not seed the recurring jobs; is the database upgraded?")
    scheduler = Scheduler(Worker(runtime))
    scheduler.start()
    return scheduler
