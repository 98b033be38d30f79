"""FastAPI dependencies shared by every router: the runtime, a database session, the clock."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from kefu.clock import Clock
from kefu.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_db(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back on error.
    Reading requests get a session that does not take SQLite's write lock."""
    runtime = get_runtime(request)
    reading = request.method in ("GET", "HEAD", "OPTIONS")
    session = runtime.read_sessions() if reading else runtime.sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def get_clock(request: Request) -> Clock:
    return get_runtime(request).clock
