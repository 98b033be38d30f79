"""WebSockets for the workbench (/ws/agent) and the widget (/ws/widget), and the lifespan that
wires the hub to the process's event bus (and to Redis when KEFU_REDIS_URL is set).

The sockets only carry notices ("message 42 was created in conversation 7"); clients then read the
messages through the ordinary HTTP endpoints, which enforce shop and buyer scope. A reconnecting
client asks for everything after the last id it holds, so a lost notice costs a little latency,
never a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from kefu.auth import service as auth_service
from kefu.auth.deps import SESSION_COOKIE
from kefu.auth.principal import Principal
from kefu.errors import KefuError
from kefu.events import EventBus
from kefu.realtime.fanout import RedisFanout
from kefu.realtime.hub import Hub, Subscriber
from kefu.runtime import Runtime
from kefu.widget import service as widget_service
from kefu.widget.tokens import read_buyer_token

# Close codes (4000-4999 are the application's): the client shows "log in again" or gives up.
CLOSE_UNAUTHENTICATED = 4401
CLOSE_NOT_FOUND = 4404
CLOSE_BAD_ORIGIN = 4403
CLOSE_LAGGING = 4408


def install_realtime(runtime: Runtime, hub: Hub) -> EventBus:
    """Give every session of this runtime the bus, and the hub a seat on it."""
    bus = runtime.extras.get("bus")
    if not isinstance(bus, EventBus):
        bus = EventBus()
        runtime.extras["bus"] = bus
    runtime.attach_bus(bus)
    bus.subscribe(hub.on_event)
    runtime.extras["hub"] = hub
    return bus


def warm_up() -> None:
    """Build the guard's rule tables now rather than inside the first buyer's request: a cold
    start otherwise adds seconds to the first message of the day."""
    try:
        from kefu.guard import check

        check("warm-up 预热", "in")
        check("warm-up 预热", "out")
    except Exception:  # the guard reports its own problems on first real use
        logging.getLogger("kefu.realtime").exception("guard warm-up failed")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    runtime: Runtime = app.state.runtime
    hub = Hub(asyncio.get_running_loop())
    bus = install_realtime(runtime, hub)
    await run_in_threadpool(warm_up)
    fanout: RedisFanout | None = None
    if runtime.settings.redis_url:
        fanout = RedisFanout(hub, runtime.settings.redis_url)
        await fanout.start()
    app.state.hub = hub
    try:
        yield
    finally:
        bus.unsubscribe(hub.on_event)
        hub.close_all()
        if fanout is not None:
            await fanout.stop()


router = APIRouter(tags=["realtime"], lifespan=lifespan)


def _same_origin(ws: WebSocket) -> bool:
    """Browsers send Origin on WebSocket handshakes; refusing foreign ones stops another site
    from riding an agent's session cookie (cross-site WebSocket hijacking)."""
    origin = ws.headers.get("origin")
    if origin is None:
        return True  # not a browser; cookies or a token still have to check out
    return urlsplit(origin).netloc == ws.headers.get("host", "")


def _agent_principal(runtime: Runtime, cookie: str) -> Principal | None:
    with runtime.read_sessions() as db:  # read-only: never wait for the write lock here
        try:
            user, _ = auth_service.session_for_token(db, cookie, runtime.clock.now())
        except KefuError:
            return None
        return auth_service.principal_for(db, user, via="session")


def _buyer_owns(runtime: Runtime, token: str, conversation_id: int) -> bool:
    visitor = read_buyer_token(runtime.secret_key, token)
    if visitor is None:
        return False
    with runtime.read_sessions() as db:  # read-only: never wait for the write lock here
        try:
            widget_service.access_widget_conversation(db, visitor, conversation_id)
        except KefuError:
            return False
    return True


async def _pump(ws: WebSocket, hub: Hub, subscriber: Subscriber) -> None:
    """Send notices until the client leaves or falls behind; answer pings through the same queue
    so only one task ever writes to the socket."""
    hub.subscribe(subscriber)

    async def send() -> None:
        await ws.send_json({"name": "hello"})
        while True:
            item = await subscriber.queue.get()
            if item is None:
                await ws.close(code=CLOSE_LAGGING)
                return
            await ws.send_json(item)

    async def receive() -> None:
        while True:
            text = await ws.receive_text()
            if text == "ping":
                with contextlib.suppress(asyncio.QueueFull):
                    subscriber.queue.put_nowait({"name": "pong"})

    tasks = [asyncio.create_task(send()), asyncio.create_task(receive())]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        hub.unsubscribe(subscriber)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, RuntimeError):
                await task


def _hub(ws: WebSocket) -> Hub:
    hub: Hub = ws.app.state.hub
    return hub


@router.websocket("/ws/agent")
async def agent_socket(ws: WebSocket) -> None:
    runtime: Runtime = ws.app.state.runtime
    if not _same_origin(ws):
        await ws.close(code=CLOSE_BAD_ORIGIN)
        return
    cookie = ws.cookies.get(SESSION_COOKIE, "")
    principal = await run_in_threadpool(_agent_principal, runtime, cookie) if cookie else None
    if principal is None:
        await ws.close(code=CLOSE_UNAUTHENTICATED)
        return
    await ws.accept()
    await _pump(ws, _hub(ws), Subscriber(shop_ids=principal.shop_ids))


@router.websocket("/ws/widget")
async def widget_socket(ws: WebSocket, token: str = "", conversation_id: int = 0) -> None:
    runtime: Runtime = ws.app.state.runtime
    if not _same_origin(ws):
        await ws.close(code=CLOSE_BAD_ORIGIN)
        return
    if not token or not await run_in_threadpool(_buyer_owns, runtime, token, conversation_id):
        # The same answer for a bad token and for someone else's conversation.
        await ws.close(code=CLOSE_NOT_FOUND)
        return
    await ws.accept()
    await _pump(ws, _hub(ws), Subscriber(conversation_id=conversation_id))
