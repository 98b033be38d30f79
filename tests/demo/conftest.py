"""One demo load for the whole tests/demo package: loading is the expensive part, the tests only
read (nothing here writes to the shared database)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

import kefu.models  # noqa: F401  (registers every table before create_all)
from kefu.db import Base, make_engine, make_session_factory
from kefu.demo.generate import DemoSummary, load_demo

DEMO_NOW = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
# Not asserted (the machine is shared); printed so a slow generator shows up in the log.
LOAD_BUDGET_SECONDS = 30.0


def load_into(path: Path, seed: int = 7) -> tuple[Session, DemoSummary, float]:
    engine = make_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    session = make_session_factory(engine)()
    started = time.perf_counter()
    summary = load_demo(session, now=DEMO_NOW, seed=seed)
    session.commit()
    return session, summary, time.perf_counter() - started


@pytest.fixture(scope="package")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, DemoSummary]]:
    session, summary, seconds = load_into(tmp_path_factory.mktemp("demo") / "demo.db")
    verdict = "within" if seconds <= LOAD_BUDGET_SECONDS else "OVER"
    load = os.getloadavg()[0]
    print(
        f"\n{summary}\ndemo load incl. commit: {seconds:.1f} s wall ({verdict} the "
        f"{LOAD_BUDGET_SECONDS:.0f} s budget), {summary.cpu_seconds:.1f} s CPU, load average {load:.1f}"
    )
    yield session, summary
    engine = session.get_bind()
    session.close()
    engine.dispose()  # type: ignore[union-attr]


@pytest.fixture
def db(demo: tuple[Session, DemoSummary]) -> Session:
    return demo[0]
