"""The per-process hub: committed events in, WebSocket subscribers out.

Events arrive from the EventBus in whatever thread committed them (FastAPI runs sync handlers in
a thread pool), so the hub hops onto the event loop with `call_soon_threadsafe` before touching any
subscriber queue. With Redis, every event is also published for the other processes; each process
tags what it publishes with its own origin id and ignores its own echo, so a local browser gets the
event once, straight from memory, without waiting for the Redis round trip.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kefu.events import Event

log = logging.getLogger("kefu.realtime")

# A subscriber that falls this far behind is disconnected; its client reconnects and catches up
# from the database (the client always fetches "messages after the last id it has").
QUEUE_LIMIT = 500

Notice = dict[str, Any]


@dataclass(eq=False)
class Subscriber:
    """One WebSocket: an agent (sees the events of their shops) or a buyer (one conversation)."""

    shop_ids: frozenset[int] = frozenset()
    conversation_id: int | None = None
    queue: asyncio.Queue[Notice | None] = field(
        default_factory=lambda: asyncio.Queue(maxsize=QUEUE_LIMIT)
    )

    @property
    def is_buyer(self) -> bool:
        return self.conversation_id is not None

    def notice_for(self, data: Notice) -> Notice | None:
        """What this subscriber may see of an event, or None. Buyers never learn of notes."""
        payload: dict[str, Any] = data.get("payload") or {}
        if self.conversation_id is None:
            return data if data.get("shop_id") in self.shop_ids else None
        if payload.get("conversation_id") != self.conversation_id:
            return None
        name = data.get("name")
        if name == "message.created" and not payload.get("internal"):
            return {"name": name, "message_id": payload.get("message_id")}
        if name == "conversation.read" and payload.get("by") == "agent":
            return {"name": name, "upto": payload.get("upto")}
        return None


def encode(evt: Event, origin: str) -> str:
    return json.dumps(
        {"origin": origin, "name": evt.name, "shop_id": evt.shop_id, "payload": evt.payload},
        separators=(",", ":"),
        default=str,
    )


class Hub:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.origin = secrets.token_hex(8)
        self._subscribers: set[Subscriber] = set()
        # Set by the Redis fan-out: called with the encoded event, from the committing thread.
        self.remote_publish: Callable[[str], None] | None = None

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def subscribe(self, subscriber: Subscriber) -> Subscriber:
        self._subscribers.add(subscriber)
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.discard(subscriber)

    def on_event(self, evt: Event) -> None:
        """EventBus listener; safe to call from any thread."""
        data: Notice = {"name": evt.name, "shop_id": evt.shop_id, "payload": dict(evt.payload)}
        self.loop.call_soon_threadsafe(self.dispatch, data)
        if self.remote_publish is not None:
            self.remote_publish(encode(evt, self.origin))

    def on_remote(self, raw: str | bytes) -> None:
        """A message from Redis; must run on the hub's loop."""
        try:
            data = json.loads(raw)
        except ValueError:
            log.warning("ignoring a malformed real-time message")
            return
        if not isinstance(data, dict) or data.get("origin") == self.origin:
            return
        self.dispatch({k: data.get(k) for k in ("name", "shop_id", "payload")})

    def dispatch(self, data: Notice) -> None:
        for subscriber in list(self._subscribers):
            notice = subscriber.notice_for(data)
            if notice is None:
                continue
            try:
                subscriber.queue.put_nowait(notice)
            except asyncio.QueueFull:
                # Too slow to keep up: drop it; the None sentinel makes its socket close.
                self._subscribers.discard(subscriber)
                _force_put(subscriber.queue, None)

    def close_all(self) -> None:
        for subscriber in list(self._subscribers):
            _force_put(subscriber.queue, None)
        self._subscribers.clear()


def _force_put(queue: asyncio.Queue[Notice | None], item: Notice | None) -> None:
    while True:
        try:
            queue.put_nowait(item)
            return
        except asyncio.QueueFull:
            queue.get_nowait()
