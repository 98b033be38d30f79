from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.imports.common import ImportFailed
from kefu.orders.imports import do_import_orders, parse_shopify_json, parse_taobao_csv
from kefu.orders.models import Order
from tests.factories import make_shop

SAMPLES = Path(__file__).parent / "samples"


def _count(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(Order)) or 0


@pytest.mark.parametrize("name", ["taobao_orders.csv", "taobao_orders_bom.csv", "taobao_orders_gb18030.csv"])
def test_taobao_export_imports_in_every_encoding(db: Session, clock: FixedClock, name: str) -> None:
    shop = make_shop(db, clock.now())
    parsed = parse_taobao_csv((SAMPLES / name).read_bytes(), name, shop.timezone)
    report = do_import_orders(db, shop, parsed, name, clock.now())
    assert report.created == 5
    by_number = {o.order_number: o for o in db.scalars(select(Order))}
    done = by_number["3512345678901234567"]
    assert done.status == "confirmed"
    assert done.total == Decimal("598.00")
    assert done.shipments[0].tracking_number == "SF1234567890123"
    # 2026-04-27 09:12:45 in Shanghai is 01:12:45 UTC.
    assert done.confirmed_at == datetime(2026, 4, 27, 1, 12, 45, tzinfo=UTC)
    assert [t.to_status for t in done.transitions] == ["created", "paid", "shipped", "confirmed"]
    assert by_number["3512345678901234569"].status == "created"
    assert by_number["3512345678901234570"].items[0].quantity == 2
    assert by_number["3512345678901234571"].status == "refunded"
    assert by_number["3512345678901234569"].buyer_note == "能便宜点吗"


def test_a_bad_row_names_line_and_column_and_writes_nothing(db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    text = (SAMPLES / "taobao_orders.csv").read_text(encoding="utf-8")
    broken = text.replace("2026-04-28 10:00:00", "昨天晚上").replace("89.00,10.00", "八十九,10.00")
    with pytest.raises(ImportFailed) as caught:
        parse_taobao_csv(broken.encode(), "orders.csv", shop.timezone)
    places = {(p.line, p.column) for p in caught.value.problems}
    assert (3, "订单创建时间") in places
    assert (3, "买家应付货款") in places
    assert _count(db) == 0


def test_importing_the_same_export_twice_is_refused(db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    data = (SAMPLES / "taobao_orders.csv").read_bytes()
    do_import_orders(db, shop, parse_taobao_csv(data, "a.csv", shop.timezone), "a.csv", clock.now())
    with pytest.raises(ImportFailed, match="already imported"):
        do_import_orders(db, shop, parse_taobao_csv(data, "a.csv", shop.timezone), "a.csv", clock.now())
    report = do_import_orders(
        db, shop, parse_taobao_csv(data, "a.csv", shop.timezone), "a.csv", clock.now(), skip_existing=True
    )
    assert (report.created, report.skipped) == (0, 5)
    assert _count(db) == 5


def test_binary_and_undecodable_files_are_refused(db: Session, clock: FixedClock) -> None:
    with pytest.raises(ImportFailed, match="binary"):
        parse_taobao_csv(b"\x00\x01\x02PK", "x.csv", "Asia/Shanghai")
    with pytest.raises(ImportFailed, match="UTF-8"):
        parse_taobao_csv("订单编号".encode("utf-16"), "x.csv", "Asia/Shanghai")


def test_unknown_status_is_a_row_problem() -> None:
    text = (SAMPLES / "taobao_orders.csv").read_text(encoding="utf-8").replace("交易成功", "交易神秘")
    with pytest.raises(ImportFailed) as caught:
        parse_taobao_csv(text.encode(), "x.csv", "Asia/Shanghai")
    assert caught.value.problems[0].line == 2
    assert "交易神秘" in caught.value.problems[0].reason


def test_shopify_orders_import_with_payments_shipments_and_refunds(db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now(), marketplace="shopify", currency="USD", timezone="America/Mexico_City")
    parsed = parse_shopify_json((SAMPLES / "shopify_orders.json").read_bytes(), "orders.json")
    report = do_import_orders(db, shop, parsed, "orders.json", clock.now())
    assert report.created == 3
    orders = {o.order_number: o for o in db.scalars(select(Order))}
    lucia = orders["1001"]
    assert lucia.status == "shipped"
    assert lucia.total == Decimal("141.00")
    assert lucia.shipments[0].tracking_number == "LP00123456789012"
    assert lucia.payments[0].channel == "paypal"
    assert lucia.buyer_note.startswith("Por favor")
    assert orders["1002"].status == "created"
    partial = orders["1003"]
    assert (partial.status, partial.refund_status, partial.refunded_amount) == ("delivered", "partial", Decimal("30.00"))


def test_shopify_json_errors_point_at_the_field() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_shopify_json(b'{"orders": [{"id": 1, "name": "#1", "currency": "USD"}]}', "o.json")
    columns = {p.column for p in caught.value.problems}
    assert "orders[0].created_at" in columns
    with pytest.raises(ImportFailed, match="invalid JSON"):
        parse_shopify_json(b'{"orders": [', "o.json")
