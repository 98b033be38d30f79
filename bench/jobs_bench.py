"""Jobs per second executed by 1 and 2 worker processes on PostgreSQL.

    KEFU_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python bench/jobs_bench.py [--jobs 5000] [--batch 100]

Each run gets a throwaway database with N due jobs whose handler writes one note (a message row);
the figure is jobs done / wall time from the workers' start to the last one's exit, so process
start-up is included. Prints a small table; not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from kefu.conversations.models import Message  # noqa: E402
from kefu.db import make_engine  # noqa: E402
from tests.jobs.pgworld import postgres_url, seed_note_jobs, throwaway_database  # noqa: E402

CHILD = ROOT / "tests" / "jobs" / "worker_child.py"


def run(base: str, jobs: int, workers: int, batch: int) -> tuple[float, float, int]:
    with throwaway_database(base) as url:
        seed_note_jobs(url, jobs)
        started = time.monotonic()
        procs = [
            subprocess.Popen(
                [sys.executable, str(CHILD), url, f"bench-{i}", str(batch), "60"],
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(workers)
        ]
        tallies = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        wall = time.monotonic() - started
        busiest = max(t["seconds"] for t in tallies)
        engine = make_engine(url)
        with engine.connect() as conn:
            notes = int(conn.scalar(select(func.count()).select_from(Message)) or 0)
        engine.dispose()
        return wall, busiest, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    base = postgres_url()
    if not base:
        sys.exit("set KEFU_TEST_POSTGRES_URL to a PostgreSQL server")
    print(f"{args.jobs} jobs, batch {args.batch}")
    print("workers  wall s  jobs/s (wall)  run s  jobs/s (run)  notes")
    for workers in (1, 2):
        wall, busiest, notes = run(base, args.jobs, workers, args.batch)
        print(
            f"{workers:>7}  {wall:6.1f}  {args.jobs / wall:13.0f}  {busiest:5.1f}  "
            f"{args.jobs / busiest:12.0f}  {notes}"
        )
        if notes != args.jobs:
            sys.exit(f"expected {args.jobs} notes, found {notes}")


if __name__ == "__main__":
    main()
