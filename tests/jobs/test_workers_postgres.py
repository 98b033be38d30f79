"""Exactly once with two worker PROCESSES on PostgreSQL, one of them killed mid-run.

10 000 due jobs; each writes one note carrying its key. Worker A is SIGKILLed while it holds
claimed jobs; worker B must finish everything, A's orphans included once their lease expires,
and every key must appear in exactly one message. Needs KEFU_TEST_POSTGRES_URL (CI sets it; there
an unreachable server fails the test, it is never skipped).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kefu.conversations.models import Message
from kefu.db import make_engine
from kefu.jobs.models import Job
from tests.jobs.pgworld import postgres_url, seed_note_jobs, throwaway_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CHILD = Path(__file__).with_name("worker_child.py")
JOBS = 10_000
LEASE_SECONDS = 3.0


def _require_postgres() -> str:
    url = postgres_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail("KEFU_TEST_POSTGRES_URL must be set in CI")
        pytest.skip("KEFU_TEST_POSTGRES_URL is not set (allowed locally only)")
    return url


def _spawn(url: str, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), url, name, "100", str(LEASE_SECONDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_worker_processes_run_each_job_once_even_when_one_is_killed() -> None:
    base = _require_postgres()
    with throwaway_database(base) as url:
        seed_note_jobs(url, JOBS)
        engine = make_engine(url)
        a, b = _spawn(url, "worker-A"), _spawn(url, "worker-B")
        held_by_a = 0
        deadline = time.monotonic() + 60
        try:
            # Kill A once it has done real work and is holding a claimed batch right now.
            while time.monotonic() < deadline and a.poll() is None:
                with engine.connect() as conn:
                    done = conn.scalar(select(func.count()).where(Job.state == "done"))
                    held_by_a = (
                        conn.scalar(
                            select(func.count()).where(
                                Job.state == "running", Job.lease_owner == "worker-A"
                            )
                        )
                        or 0
                    )
                if (done or 0) >= 1500 and held_by_a:
                    os.kill(a.pid, signal.SIGKILL)
                    break
                time.sleep(0.02)
            a.wait(10)
            assert a.returncode == -signal.SIGKILL, "worker A finished before it could be killed"
            with engine.connect() as conn:
                orphans = list(
                    conn.scalars(
                        select(Job.id).where(Job.state == "running", Job.lease_owner == "worker-A")
                    )
                )
            assert orphans, "A held no claimed jobs when it died; the test proved nothing"
            out, err = b.communicate(timeout=120)
            assert b.returncode == 0, err
            tally_b = json.loads(out.strip().splitlines()[-1])
        finally:
            for proc in (a, b):
                if proc.poll() is None:
                    proc.kill()
        with engine.connect() as conn:
            states = dict(conn.execute(select(Job.state, func.count()).group_by(Job.state)).all())
            notes = conn.scalar(select(func.count()).select_from(Message))
            duplicates = conn.execute(
                select(Message.text, func.count()).group_by(Message.text).having(func.count() > 1)
            ).all()
            keys = set(conn.scalars(select(Message.text)))
            orphan_rows = conn.execute(
                select(Job.state, Job.attempts, Job.idempotency_key).where(Job.id.in_(orphans))
            ).all()
        engine.dispose()
        assert states == {"done": JOBS}
        assert notes == JOBS  # every job's side effect exactly once...
        assert duplicates == []  # ...and never twice
        assert keys == {f"note-{i:05d}" for i in range(JOBS)}
        # A's orphans were re-claimed by B after the lease (second attempt) and ran once.
        assert all(r.state == "done" and r.attempts == 2 for r in orphan_rows)
        assert tally_b["done"] >= len(orphans)
        print(f"killed A holding {len(orphans)} jobs; B finished in {tally_b['seconds']} s")
