"""Redis pub/sub between worker processes (KEFU_REDIS_URL): publish every committed event, and
feed what the other processes published into the local hub.

Pub/sub is fire-and-forget: a process that is disconnected from Redis misses events. That is
acceptable here because no state lives in the events — clients reconnect and fetch everything
after the last message id they hold, from the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import redis
import redis.asyncio as aioredis

from kefu.realtime.hub import Hub

log = logging.getLogger("kefu.realtime")

CHANNEL = "kefu:events"
RETRY_SECONDS = 1.0


class RedisFanout:
    def __init__(self, hub: Hub, url: str, channel: str = CHANNEL) -> None:
        self.hub = hub
        self.url = url
        self.channel = channel
        # The publisher is synchronous: events are published from the thread that committed.
        self._publisher = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()

    def publish(self, raw: str) -> None:
        try:
            self._publisher.publish(self.channel, raw)
        except redis.RedisError:
            log.exception("could not publish a real-time event to Redis")

    async def start(self) -> None:
        self.hub.remote_publish = self.publish
        self._task = asyncio.create_task(self._listen(), name="kefu-redis-fanout")
        # Wait briefly for the subscription so the first events after start-up are not missed.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.ready.wait(), timeout=5)

    async def stop(self) -> None:
        self.hub.remote_publish = None
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._publisher.close()

    async def _listen(self) -> None:
        while True:
            client = aioredis.Redis.from_url(self.url)
            try:
                async with client.pubsub() as pubsub:
                    await pubsub.subscribe(self.channel)
                    self.ready.set()
                    async for message in pubsub.listen():
                        if message.get("type") == "message":
                            self.hub.on_remote(message["data"])
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Redis subscription lost; retrying in %.0f s", RETRY_SECONDS)
                await asyncio.sleep(RETRY_SECONDS)
            finally:
                await client.aclose()
