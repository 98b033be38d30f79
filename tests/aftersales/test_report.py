"""The dispute-avoidance report: top reasons per product and per carrier over a period, and CSV."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.aftersales import service
from kefu.aftersales.schemas import CaseItemIn, CaseOpen
from kefu.clock import FixedClock
from kefu.orders.schemas import ItemIn
from tests.aftersales.world import World, build_world
from tests.factories import make_buyer, make_order, make_product


def _more_orders(
    db: Session, w: World, clock: FixedClock, carrier: str, items: list[ItemIn]
) -> World:
    """Another buyer of the same shop, with a delivered order shipped by `carrier`."""
    from kefu.conversations import service as conversations
    from kefu.orders import service as orders
    from kefu.orders.schemas import PaymentIn, ShipmentIn

    now = clock.now()
    buyer = make_buyer(db, now, w.shop)
    order = make_order(db, now, w.shop, buyer, items=items, placed_at=now - timedelta(days=2))
    orders.do_add_payment(
        db,
        order,
        PaymentIn(paid_at=now - timedelta(days=2), channel="alipay", amount=order.total),
        actor="test",
        now=now,
    )
    orders.do_add_shipment(
        db,
        order,
        ShipmentIn(
            carrier=carrier, tracking_number=f"T{order.id:09d}", shipped_at=now - timedelta(days=1)
        ),
        actor="test",
        now=now,
    )
    conv = conversations.do_create_conversation(
        db,
        {"shop_id": w.shop.id, "buyer_id": buyer.id, "channel": "connector", "order_id": order.id},
        now,
    )
    msg, _ = conversations.do_add_buyer_message(
        db, conv, text="有问题", client_message_id=f"r-{order.id}", now=now
    )
    db.commit()
    return World(w.shop, w.agent, w.supervisor, buyer, order, conv, msg)


def test_the_report_counts_top_reasons_per_product_and_carrier(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    start = clock.now()
    first = build_world(db, start, shipped=True, carrier="中通快递")
    boot = make_product(db, start, first.shop)
    sock = make_product(
        db,
        start,
        first.shop,
        code="SOCK-1",
        title={"zh-Hans": "速干袜", "en": "Quick-dry socks", "es": "Calcetines"},
    )
    db.commit()

    def lines() -> list[ItemIn]:
        return [
            ItemIn(
                product_id=boot.id,
                title="防水登山鞋",
                sku="BOOT",
                quantity=1,
                unit_price=Decimal("399"),
            ),
            ItemIn(
                product_id=sock.id, title="速干袜", sku="SOCK", quantity=2, unit_price=Decimal("29")
            ),
        ]

    plan = [
        ("中通快递", "size", "boot"),
        ("中通快递", "size", "boot"),
        ("中通快递", "quality", "both"),
        ("顺丰速运", "damaged_in_transit", "sock"),
        ("顺丰速运", "damaged_in_transit", "boot"),
    ]
    for carrier, reason, which in plan:
        w = _more_orders(db, first, clock, carrier, lines())
        chosen = {"boot": [w.order.items[0]], "sock": [w.order.items[1]], "both": w.order.items}[
            which
        ]
        service.do_open_case(
            db,
            w.principal,
            CaseOpen(
                case_type="return_refund",
                reason_code=reason,
                message_id=w.message.id,
                items=[CaseItemIn(order_item_id=i.id, quantity=1) for i in chosen],
            ),
            now=clock.now(),
        )
        db.commit()
    # a case outside the period is not counted
    clock.advance(timedelta(days=40))
    late = _more_orders(db, first, clock, "中通快递", lines())
    service.do_open_case(
        db,
        late.principal,
        CaseOpen(case_type="refund_only", reason_code="quality", message_id=late.message.id),
        now=clock.now(),
    )
    db.commit()

    since = (start - timedelta(days=1)).isoformat().replace("+00:00", "Z")
    until = (start + timedelta(days=1)).isoformat().replace("+00:00", "Z")
    r = client.get(
        "/api/v1/cases/report", params={"since": since, "until": until}, headers=first.agent.headers
    )
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["total_cases"] == 5
    by_product = {
        g["label"]: (g["total"], [(x["reason_code"], x["count"]) for x in g["reasons"]])
        for g in report["by_product"]
    }
    assert by_product == {
        "防水登山鞋": (4, [("size", 2), ("damaged_in_transit", 1), ("quality", 1)]),
        "速干袜": (2, [("damaged_in_transit", 1), ("quality", 1)]),
    }
    by_carrier = {
        g["key"]: (g["total"], g["reasons"][0]["reason_code"]) for g in report["by_carrier"]
    }
    assert by_carrier == {"中通快递": (3, "size"), "顺丰速运": (2, "damaged_in_transit")}
    assert report["by_carrier"][0]["reasons"][0]["label"] == "尺码不合适"

    r = client.get(
        "/api/v1/cases/report.csv",
        params={"since": since, "until": until},
        headers=first.agent.headers,
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert {(row["dimension"], row["label"], row["reason_code"], row["count"]) for row in rows} >= {
        ("product", "防水登山鞋", "size", "2"),
        ("carrier", "顺丰速运", "damaged_in_transit", "2"),
    }
    assert len(rows) == 3 + 2 + 2 + 1

    # the default period is the last 30 days: only the late case
    clock.advance(timedelta(hours=1))
    r = client.get("/api/v1/cases/report", headers=first.agent.headers)
    assert r.json()["total_cases"] == 1
    assert (
        client.get(
            "/api/v1/cases/report?since=2026-05-01T00:00:00", headers=first.agent.headers
        ).status_code
        == 422
    )


def test_a_title_that_looks_like_a_formula_is_quoted_in_the_csv() -> None:
    from datetime import UTC, datetime

    from kefu.aftersales.report import report_csv

    group = {"key": "sku:X", "label": "=HYPERLINK(\"http://evil\")", "total": 1,
             "reasons": [{"reason_code": "quality", "label": "Problema de calidad", "count": 1}]}  # fmt: skip
    text = report_csv({"by_product": [group], "by_carrier": [], "since": datetime.now(UTC)})
    assert "'=HYPERLINK" in text and "Problema de calidad" in text
