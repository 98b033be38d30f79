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


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    secret_key: str
    # Filled by the real-time layer when the web app starts (in-memory or Redis).
    extras: dict[str, Any] = field(default_factory=dict)

    def dispose(self) -> None:
        self.engine.dispose()


def build_runtime(settings: Settings | None = None, clock: Clock | None = None) -> Runtime:
    settings = settings or get_settings()
    engine = make_engine(settings.resolved_database_url())
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=make_session_factory(engine),
        clock=clock or SystemClock(),
        secret_key=settings.resolved_secret_key(),
    )
