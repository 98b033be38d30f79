"""Shared test plumbing: a fresh database per test on SQLite, and on PostgreSQL when
KEFU_TEST_POSTGRES_URL is set (CI always sets it). Factories live in tests/factories.py."""

from __future__ import annotations

import os

# Cheap password hashing for the hundreds of agents tests create (a hash keeps its own cost).
os.environ.setdefault("KEFU_ARGON2_MEMORY_KIB", "1024")
os.environ.setdefault("KEFU_ARGON2_TIME_COST", "1")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

import kefu.models  # noqa: F401  (registers every table)
from kefu.clock import FixedClock
from kefu.config import Settings
from kefu.db import Base
from kefu.runtime import Runtime, build_runtime

POSTGRES_URL = os.environ.get("KEFU_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])

if os.environ.get("CI") and not POSTGRES_URL:
    raise RuntimeError("CI must run the suite on PostgreSQL too: set KEFU_TEST_POSTGRES_URL")

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def _postgres_schema(worker_id: str) -> Iterator[str]:
    """A database per xdist worker, built once per run from the migrations (they are what ships)."""
    assert POSTGRES_URL
    from sqlalchemy.engine import make_url

    from kefu.db import make_engine
    from kefu.migrations import upgrade

    base = make_url(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_{worker_id}"
    admin = make_engine(base.render_as_string(hide_password=False)).execution_options(
        isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_all(runtime: Runtime) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with runtime.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def runtime(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Runtime]:
    # Tests drive the scheduler explicitly; no background thread runs under TestClient.
    settings_kwargs = {"data_dir": tmp_path / "data", "secret_key": "test-secret-key", "scheduler_enabled": False}
    if request.param == "sqlite":
        settings = Settings(database_url=f"sqlite:///{tmp_path / 'kefu.db'}", **settings_kwargs)
        rt = build_runtime(settings, FixedClock(T0))
        Base.metadata.create_all(rt.engine)
    else:
        url = request.getfixturevalue("_postgres_schema")
        settings = Settings(database_url=url, **settings_kwargs)
        rt = build_runtime(settings, FixedClock(T0))
        _truncate_all(rt)
    rt.extras["backend"] = request.param
    yield rt
    rt.dispose()


@pytest.fixture
def clock(runtime: Runtime) -> FixedClock:
    assert isinstance(runtime.clock, FixedClock)
    return runtime.clock


@pytest.fixture
def db(runtime: Runtime) -> Iterator[Session]:
    # The test's own session stands beside the app like another client. It begins deferred on
    # SQLite, so reading between requests never holds the write lock the app needs.
    session = runtime.read_sessions()
    try:
        yield session
        session.commit()
    finally:
        session.close()


@pytest.fixture
def app(runtime: Runtime):  # type: ignore[no-untyped-def]
    from kefu.app import create_app

    return create_app(runtime=runtime)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as test_client:
        yield test_client
