"""Against a real Uvicorn server on a real SQLite file: one request waiting for SQLite's write lock
or for a slow argon2 check must not stall the others, and a login is committed before its answer.

The server runs in a thread of this process so the tests can watch its engine (SQLAlchemy event
listeners, nothing replaced) and know when a request has reached the point where it waits.
Nothing is timed: each test checks the order in which things happen.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from argon2 import PasswordHasher
from sqlalchemy import event, select, update

import kefu.models  # noqa: F401  (registers every table)
from kefu.app import create_app
from kefu.auth.models import User, WebSession
from kefu.clock import SystemClock
from kefu.config import Settings
from kefu.db import Base
from kefu.runtime import Runtime, build_runtime
from tests.factories import PASSWORD, make_agent, make_shop
from tests.web.browser_support import free_port

# A wait this long means the server is stuck, not slow (the busy timeout is 15 s).
STUCK = 60


@dataclass
class Live:
    base: str
    runtime: Runtime
    db_path: Path
    agent_email: str
    slow_email: str  # whose stored hash takes argon2 a second or so to check


def _seed(runtime: Runtime) -> tuple[str, str]:
    now = runtime.clock.now()
    with runtime.sessions() as db:
        shop = make_shop(db, now)
        agent = make_agent(db, now, [shop], email="xiaoyu@example.com")
        slow = make_agent(db, now, [shop], email="laoman@example.com")
        # A stored hash carries its own cost: this one is expensive on purpose.
        costly = PasswordHasher(memory_cost=65536, time_cost=8, parallelism=1).hash(PASSWORD)
        db.execute(update(User).where(User.id == slow.user.id).values(password_hash=costly))
        db.commit()
        return agent.user.email, slow.user.email


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    db_path = tmp_path / "kefu.db"
    settings = Settings(
        database_url=f"sqlite:///{db_path}",
        data_dir=tmp_path / "data",
        secret_key="live-server-secret",
        scheduler_enabled=False,
        redis_url=None,
    )
    runtime = build_runtime(settings, SystemClock())
    Base.metadata.create_all(runtime.engine)
    agent_email, slow_email = _seed(runtime)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(runtime=runtime), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, name="live-uvicorn", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(STUCK * 10):
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.1)
        assert server.started, "uvicorn did not start"
        yield Live(base, runtime, db_path, agent_email, slow_email)
    finally:
        server.should_exit = True
        thread.join(timeout=STUCK)
        runtime.dispose()


def _client(live: Live) -> httpx.Client:
    return httpx.Client(base_url=live.base, timeout=STUCK)


def _login(client: httpx.Client, email: str) -> str:
    response = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    csrf: str = response.json()["csrf_token"]
    return csrf


def _signal_on(live: Live, matches: Callable[[str, Any], bool]) -> threading.Event:
    """An event set when the server's writing engine is about to run a matching statement."""
    seen = threading.Event()

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if matches(statement, parameters):
            seen.set()

    event.listen(live.runtime.engine, "before_cursor_execute", before)
    return seen


def test_a_request_waiting_for_the_sqlite_write_lock_does_not_stall_the_others(live: Live) -> None:
    with _client(live) as agent, ThreadPoolExecutor(1) as pool:
        csrf = _login(agent, live.agent_email)
        waiting = _signal_on(live, lambda statement, _: statement == "BEGIN IMMEDIATE")
        holder = sqlite3.connect(live.db_path, isolation_level=None, timeout=STUCK)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock: the PUT has to wait
        try:
            change: Future[httpx.Response] = pool.submit(
                agent.put,
                "/api/v1/auth/me/presence",
                json={"presence": "away"},
                headers={"X-CSRF-Token": csrf},
            )
            assert waiting.wait(STUCK), "the PUT never reached the database"
            # The PUT is now waiting for the write lock. Readers must still be served meanwhile.
            me = agent.get("/api/v1/auth/me")
            inbox = agent.get("/")
            health = agent.get("/healthz")
            assert not change.done(), (
                "the reads were answered only after the waiting write had given up or finished: "
                "the server was blocked while one request waited for SQLite's write lock"
            )
            assert me.status_code == 200 and me.json()["email"] == live.agent_email
            assert inbox.status_code == 200  # a page, not the redirect to /login
            assert health.status_code == 200
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        done = change.result(STUCK)
        assert done.status_code == 200, done.text
        assert done.json()["presence"] == "away"


def test_a_slow_password_check_does_not_stall_other_requests_or_writers(live: Live) -> None:
    with _client(live) as agent, _client(live) as newcomer, ThreadPoolExecutor(1) as pool:
        csrf = _login(agent, live.agent_email)
        # Set once the slow login has looked its user up; argon2 comes next.
        checking = _signal_on(
            live,
            lambda statement, parameters: (
                "FROM users" in statement and live.slow_email in repr(parameters)
            ),
        )
        login: Future[httpx.Response] = pool.submit(
            newcomer.post,
            "/api/v1/auth/login",
            json={"email": live.slow_email, "password": PASSWORD},
        )
        assert checking.wait(STUCK), "the login never looked its user up"
        # While argon2 works on the newcomer's password, another agent reads and writes.
        written = agent.put(
            "/api/v1/auth/me/presence", json={"presence": "away"}, headers={"X-CSRF-Token": csrf}
        )
        read = agent.get("/api/v1/auth/me")
        assert not login.done(), (
            "another agent's write was answered only after the slow login finished: the login "
            "held SQLite's write lock (or the event loop) while argon2 checked the password"
        )
        assert written.status_code == 200, written.text
        assert read.status_code == 200 and read.json()["presence"] == "away"
        logged_in = login.result(STUCK)
        assert logged_in.status_code == 200, logged_in.text
        assert newcomer.get("/api/v1/auth/me").json()["email"] == live.slow_email


def test_a_login_is_committed_before_its_answer_leaves(live: Live) -> None:
    """The browser follows the login's redirect at once; the session must already be there."""
    for _ in range(20):
        with _client(live) as browser:
            page = browser.get("/login")
            match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
            assert match
            form = {"email": live.agent_email, "password": PASSWORD, "csrf_token": match[1]}
            answer = browser.post("/login", data=form)
            assert answer.status_code == 303 and answer.headers["location"] == "/"
            cookie = browser.cookies["kefu_session"]
            with live.runtime.read_sessions() as db:  # what anyone reads right after the answer
                stored = db.scalar(
                    select(WebSession.id).where(
                        WebSession.token_hash == hashlib.sha256(cookie.encode()).hexdigest()
                    )
                )
            assert stored is not None, "the login answered before its session was committed"
            inbox = browser.get("/")
            assert inbox.status_code == 200 and str(inbox.url) == live.base + "/"
