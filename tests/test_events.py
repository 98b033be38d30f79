"""Domain events reach the bus only when the outermost transaction commits."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from kefu.events import Event, EventBus, attach_bus, publish_after_commit
from kefu.runtime import Runtime


def test_events_wait_for_the_real_commit_not_a_savepoint(runtime: Runtime) -> None:
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    db: Session = runtime.sessions()
    attach_bus(db, bus)
    with db.begin_nested():
        publish_after_commit(db, Event("message.created", 1, {"message_id": 7}))
    assert seen == []  # the savepoint was released, nothing is committed yet
    db.commit()
    assert [e.payload["message_id"] for e in seen] == [7]
    db.close()


def test_rolled_back_events_are_never_published(runtime: Runtime) -> None:
    bus, seen = EventBus(), []
    bus.subscribe(seen.append)
    db: Session = runtime.sessions()
    attach_bus(db, bus)
    db.execute(text("SELECT 1"))  # services publish inside the transaction that made the change
    publish_after_commit(db, Event("message.created", 1, {"message_id": 8}))
    db.rollback()
    db.commit()
    assert seen == []
    db.close()
