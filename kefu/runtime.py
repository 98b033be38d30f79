"""What one Kefu process holds: settings, the database engine, the clock and the event bus.

The web app, the CLI and the scheduler each build one Runtime and pass it down; nothing reads
globals, so tests run several runtimes (SQLite, PostgreSQL) side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from kefu.clock import Clock, SystemClock
from kefu.config import Settings, get_settings
from kefu.db import make_engine, make_session_factory
from kefu.events import BUS_KEY, EventBus


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    secret_key: str
    # Sessions for requests that only read (GET): on SQLite they do not take the write lock.
    read_sessions: sessionmaker[Session]
    # Filled by the real-time layer when the web app starts (in-memory or Redis).
    extras: dict[str, Any] = field(default_factory=dict)

    def attach_bus(self, bus: EventBus) -> None:
        """Every session of this runtime publishes its after-commit events to `bus`."""
        self.sessions.configure(info={BUS_KEY: bus})
        self.read_sessions.configure(info={BUS_KEY: bus})

    def dispose(self) -> None:
        self.engine.dispose()
        read_engine = self.read_sessions.kw.get("bind")
        if read_engine is not None and read_engine is not self.engine:
            read_engine.dispose()


def build_runtime(settings: Settings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or get_settings()
    url = settings.resolved_database_url()
    engine = make_engine(url)
    read_engine = make_engine(url, read_only=True) if engine.dialect.name == "sqlite" else engine
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        read_sessions=make_session_factory(read_engine),
        clock=clock or SystemClock(),
        secret_key=settings.resolved_secret_key(),
    )
