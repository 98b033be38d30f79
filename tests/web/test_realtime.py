"""Real-time notices over WebSockets (in memory), and between processes through Redis."""

from __future__ import annotations

import asyncio
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from starlette.websockets import WebSocketDisconnect

from kefu.clock import FixedClock
from kefu.events import Event
from kefu.realtime.fanout import RedisFanout
from kefu.realtime.hub import Hub, Subscriber
from tests.factories import make_agent, make_shop
from tests.web.helpers import buyer_says, login, visit

REDIS_URL = os.environ.get("KEFU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

# About delivery and storage, not the bot: it stays out so the messages are only ours.
NO_BOT = {"bot": {"mode": "off"}}


def test_agents_hear_of_their_shops_messages_and_buyers_of_their_own(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop, other = (
        make_shop(db, clock.now(), settings=NO_BOT),
        make_shop(db, clock.now(), settings=NO_BOT),
    )
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    conversation_id = buyer_says(client, token, "你好，在吗", "w-rt-000001")["conversation_id"]
    login(client, agent.user.email)
    with (
        client.websocket_connect("/ws/agent") as agent_ws,
        client.websocket_connect(
            f"/ws/widget?token={token}&conversation_id={conversation_id}"
        ) as buyer_ws,
    ):
        assert agent_ws.receive_json()["name"] == "hello"
        assert buyer_ws.receive_json()["name"] == "hello"
        # Another shop's buyer writes: our agent must not hear of it.
        buyer_says(client, visit(client, other.slug), "别家店", "w-rt-other1")
        buyer_says(client, token, "订单什么时候发货？", "w-rt-000002")
        notice = agent_ws.receive_json()
        assert notice["shop_id"] == shop.id
        assert notice["payload"]["conversation_id"] == conversation_id
        assert buyer_ws.receive_json()["name"] == "message.created"
        note = client.post(
            f"/api/v1/conversations/{conversation_id}/messages",
            json={"text": "内部：这位买家很着急", "internal": True},
            headers=agent.headers,
        )
        reply = client.post(
            f"/api/v1/conversations/{conversation_id}/messages",
            json={"text": "亲，今天下午发货"},
            headers=agent.headers,
        )
        # The buyer's next notice is the reply; the note never reaches them.
        assert buyer_ws.receive_json() == {
            "name": "message.created",
            "message_id": reply.json()["id"],
        }
        assert note.json()["id"] < reply.json()["id"]


def test_a_buyer_socket_for_someone_elses_conversation_is_closed(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    db.commit()
    alice, bob = visit(client, shop.slug), visit(client, shop.slug)
    conversation_id = buyer_says(client, alice, "hola", "w-rt-alice1")["conversation_id"]
    with (
        pytest.raises(WebSocketDisconnect) as closed,
        client.websocket_connect(f"/ws/widget?token={bob}&conversation_id={conversation_id}"),
    ):
        pass
    assert closed.value.code == 4404
    with (
        pytest.raises(WebSocketDisconnect) as anonymous,
        client.websocket_connect("/ws/agent"),
    ):
        pass
    assert anonymous.value.code == 4401


def test_a_foreign_origin_cannot_open_the_agent_socket(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=NO_BOT)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    login(client, agent.user.email)
    with (
        pytest.raises(WebSocketDisconnect) as closed,
        client.websocket_connect("/ws/agent", headers={"origin": "https://evil.example"}),
    ):
        pass
    assert closed.value.code == 4403


@pytest.mark.redis
def test_events_cross_processes_through_redis() -> None:
    """Two hubs stand for two worker processes: what one publishes, the other's sockets get."""

    async def scenario() -> dict[str, object] | None:
        loop = asyncio.get_running_loop()
        channel = f"kefu:test:{os.getpid()}"
        worker_a, worker_b = Hub(loop), Hub(loop)
        fan_a = RedisFanout(worker_a, REDIS_URL, channel)
        fan_b = RedisFanout(worker_b, REDIS_URL, channel)
        await fan_a.start()
        await fan_b.start()
        on_a = worker_a.subscribe(Subscriber(shop_ids=frozenset({7})))
        on_b = worker_b.subscribe(Subscriber(shop_ids=frozenset({7})))
        try:
            worker_a.on_event(Event("message.created", 7, {"conversation_id": 3, "message_id": 11}))
            got_b = await asyncio.wait_for(on_b.queue.get(), timeout=3)
            got_a = await asyncio.wait_for(on_a.queue.get(), timeout=1)
            await asyncio.sleep(0.2)  # an echo from Redis would arrive by now
            assert on_a.queue.empty(), "a process must not deliver its own event twice"
            assert got_a == got_b
            return got_b
        finally:
            await fan_a.stop()
            await fan_b.stop()

    received = asyncio.run(scenario())
    assert received is not None
    assert received["payload"] == {"conversation_id": 3, "message_id": 11}
