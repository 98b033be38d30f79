"""In Debian's Chromium: open an after-sales case from a buyer's message in two clicks and see it
in the conversation's case panel with its deadline and rule id."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kefu.clock import SystemClock
from kefu.config import Settings
from kefu.conversations import service as conversations
from kefu.orders import service as orders
from kefu.orders.schemas import ItemIn, PaymentIn, ShipmentEventIn, ShipmentIn
from kefu.runtime import build_runtime
from tests.factories import make_buyer, make_order
from tests.web.browser_support import ARTIFACTS, SECRET, Server, World, running, seed
from tests.web.test_browser import agent_page, browser  # noqa: F401  (the shared Chromium fixture)

# One worker runs every browser test in turn: several Chromiums and servers at once starve a 2-core box.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _complaint(world: World) -> int:
    """A delivered order and the buyer's complaint about it; returns the conversation id."""
    settings = Settings(database_url=world.database_url, data_dir=world.data_dir, secret_key=SECRET)
    runtime = build_runtime(settings, SystemClock())
    now = runtime.clock.now()
    with runtime.sessions() as db:
        from kefu.shops.models import Shop

        shop = db.get(Shop, world.shop_id)
        assert shop is not None
        buyer = make_buyer(db, now, shop, name="赵国强", nickname="大熊老赵")
        item = ItemIn(
            title="防水登山鞋 43码", sku="BOOT-43", quantity=1, unit_price=Decimal("459.00")
        )
        order = make_order(db, now, shop, buyer, placed_at=now - timedelta(days=3), items=[item])
        orders.do_add_payment(
            db, order, PaymentIn(paid_at=now - timedelta(days=3), channel="alipay", amount=order.total),
            actor="test", now=now,
        )  # fmt: skip
        shipment = orders.do_add_shipment(
            db, order, ShipmentIn(carrier="圆通速递", tracking_number="YT1234567890123",
                                  shipped_at=now - timedelta(days=2)),
            actor="test", now=now,
        )  # fmt: skip
        orders.do_add_tracking_event(
            db, shipment, ShipmentEventIn(at=now - timedelta(hours=3), description="已签收", code="delivered"),
            actor="test", now=now,
        )  # fmt: skip
        conversation = conversations.do_create_conversation(
            db,
            {"shop_id": shop.id, "buyer_id": buyer.id, "channel": "connector",
             "stage": "after_sale", "order_id": order.id},
            now,
        )  # fmt: skip
        conversations.do_add_buyer_message(
            db, conversation, text="鞋帮上有一道很长的划痕,盒子也压坏了!", client_message_id="cb-1",
            now=now, lang="zh-Hans",
        )  # fmt: skip
        db.commit()
        conversation_id = conversation.id
    runtime.dispose()
    return conversation_id


def test_an_agent_opens_a_case_from_a_message_and_sees_its_deadline(
    browser: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    world = seed(f"sqlite:///{tmp_path / 'kefu.db'}", tmp_path / "data")
    server = Server(world)
    with running([server]):
        base = server.wait_ready()
        # Written once the server runs, as a connector would deliver it.
        conversation_id = _complaint(world)
        page = agent_page(browser, base, world.agent_email, f"/conversations/{conversation_id}")
        assert page.locator("#wb-case-open").is_hidden()
        page.click("li.wb-msg.from-buyer .wb-case-action")  # click one: the form opens, prefilled
        assert page.locator("#wb-case-open").is_visible()
        assert page.input_value("#wb-case-type") == "quality_complaint"
        assert "划痕" in page.input_value("#wb-case-description")
        page.select_option("#wb-case-reason", "damaged_in_transit")
        page.click("#wb-case-submit")  # click two: the case is open
        page.wait_for_url(f"**/conversations/{conversation_id}#case-*")
        card = page.locator("#wb-cases .wb-case").first
        card.wait_for()
        text = card.inner_text()
        assert "质量投诉" in text and "已申请" in text and "运输途中损坏" in text
        deadline = card.locator(".wb-case-deadlines li").first
        assert deadline.locator(".wb-rule").inner_text().strip()  # the rule id beside the date
        assert any(ch.isdigit() for ch in deadline.inner_text())
        assert card.locator("button.wb-move").count() >= 1
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "case-panel.png"), full_page=True)
        page.context.close()
