"""FastAPI dependencies shared by every router: the runtime, a database session, the clock."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.requests import HTTPConnection

from kefu.clock import Clock
from kefu.runtime import Runtime

# Where get_db leaves the request's session for commit_before_response.
SESSION_STATE = "db_session"


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_db(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns (by
    `commit_before_response`, before the response leaves), rolled back on error, closed after.
    Reading requests get a session that does not take SQLite's write lock."""
    runtime = get_runtime(request)
    reading = request.method in ("GET", "HEAD", "OPTIONS")
    session = runtime.read_sessions() if reading else runtime.sessions()
    setattr(request.state, SESSION_STATE, session)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def commit_before_response(connection: HTTPConnection) -> Iterator[None]:
    """Commit the request's session as soon as the handler returns, before the response is sent.

    `get_db` is a request-scoped dependency: FastAPI runs the code after its `yield` only once the
    response has gone out. Committing there let a client act on an answer ("logged in", "stored")
    before the change was visible to its next request, and kept SQLite's write lock while the
    response was being sent. The app installs this function-scoped dependency on every route
    (kefu/app.py); it is a plain `def`, so the commit runs in the thread pool, never on the event
    loop. A handler that raised is not committed here; get_db rolls it back. A failing commit
    becomes the response (e.g. 409 for a conflict) instead of being lost after a 2xx.
    """
    yield
    session: Session | None = getattr(connection.state, SESSION_STATE, None)
    if session is not None:
        session.commit()


def get_clock(request: Request) -> Clock:
    return get_runtime(request).clock
