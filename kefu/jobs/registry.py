"""Handlers by job kind, and the outcomes a handler may ask for besides "done".

A handler runs inside the worker's transaction (in a savepoint of its own), so whatever it writes
— a message, a note, the next job — commits together with the job being marked done, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kefu.jobs.models import Job

Result = dict[str, Any] | None


@dataclass(frozen=True)
class JobContext:
    db: Session
    job: Job
    now: datetime


Handler = Callable[[JobContext], Result]


class Defer(Exception):
    """Run again at `until` without counting an attempt (quiet hours, a frequency cap)."""

    def __init__(self, until: datetime, reason: str) -> None:
        super().__init__(reason)
        self.until = until
        self.reason = reason


class Park(Exception):
    """A permanent failure: retrying cannot help; park the job for a person to look at."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Registry:
    """Kind → handler. The process's default registry is `registry`; tests and benches may build
    their own so that a worker only runs the kinds it was given."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, kind: str) -> Callable[[Handler], Handler]:
        def decorate(func: Handler) -> Handler:
            self.add(kind, func)
            return func

        return decorate

    def add(self, kind: str, func: Handler) -> None:
        existing = self._handlers.get(kind)
        if existing is not None and existing is not func:
            raise ValueError(f"job kind {kind!r} already has a handler ({existing.__qualname__})")
        self._handlers[kind] = func

    def get(self, kind: str) -> Handler | None:
        return self._handlers.get(kind)

    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted(self._handlers))


registry = Registry()


def default_registry() -> Registry:
    """The process-wide registry with every domain's handlers loaded."""
    import kefu.aftersales.alerts
    import kefu.bot.jobs  # registers bot.reply
    import kefu.followups.handlers  # noqa: F401  (registers the follow-up kinds)

    return registry
