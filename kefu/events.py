"""Domain events, published once after the transaction that caused them commits.

A service calls `publish_after_commit(db, event)`; the event waits on the session and reaches the
process's bus only if the commit succeeds, so listeners never see a change that was rolled back.
Work that must happen exactly once does not rely on this (it goes through the jobs table).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

log = logging.getLogger("kefu.events")

PENDING_KEY = "kefu_pending_events"
BUS_KEY = "kefu_bus"


@dataclass(frozen=True)
class Event:
    name: str  # e.g. "message.created"
    shop_id: int
    payload: dict[str, Any] = field(default_factory=dict)


Listener = Callable[[Event], None]


class EventBus:
    """In-process fan-out. The real-time layer subscribes and may forward events to Redis."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, evt: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(evt)
            except Exception:  # a broken listener must not break the request that committed
                log.exception("event listener failed for %s", evt.name)


def attach_bus(db: Session, bus: EventBus) -> None:
    db.info[BUS_KEY] = bus


def publish_after_commit(db: Session, evt: Event) -> None:
    db.info.setdefault(PENDING_KEY, []).append(evt)


@event.listens_for(Session, "after_commit")
def _flush_events(db: Session) -> None:
    # Releasing a SAVEPOINT fires after_commit too; only the outermost commit makes changes real.
    if db.in_nested_transaction():
        return
    pending: list[Event] = db.info.pop(PENDING_KEY, [])
    bus: EventBus | None = db.info.get(BUS_KEY)
    if bus is None:
        return
    for evt in pending:
        bus.publish(evt)


@event.listens_for(Session, "after_rollback")
def _drop_events(db: Session) -> None:
    db.info.pop(PENDING_KEY, None)
