"""Order imports: a Taobao/Tmall seller order export (CSV, Chinese headers) and Shopify order JSON.

Parsers turn a file into `ParsedOrder`s or a list of row-level problems; `do_import_orders`
replays each order through the lifecycle services, so imported orders obey the same rules and
carry the same transition stamps as live ones. All or nothing per file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.buyers.service import do_get_or_create_buyer
from kefu.errors import KefuError
from kefu.imports.common import (
    ImportFailed,
    ImportProblem,
    ImportReport,
    ProgressCallback,
    RowReader,
    decode_text,
    read_csv,
)
from kefu.orders.models import Order
from kefu.orders.schemas import AddressIn, ItemIn, OrderCreate, PaymentIn, RefundIn, ShipmentIn
from kefu.orders.service import (
    do_add_payment,
    do_add_shipment,
    do_create_order,
    do_refund,
    do_transition,
)
from kefu.shops.models import Shop


@dataclass
class ParsedOrder:
    line: int | None
    order_number: str
    buyer_external_id: str
    buyer_name: str
    status: str
    currency: str
    items: list[ItemIn]
    shipping_fee: Decimal
    discount: Decimal
    placed_at: datetime
    paid_at: datetime | None = None
    paid_amount: Decimal | None = None
    payment_channel: str = ""
    shipped_at: datetime | None = None
    carrier: str = ""
    tracking_number: str = ""
    delivered_at: datetime | None = None
    confirmed_at: datetime | None = None
    closed_at: datetime | None = None
    refunded_amount: Decimal = Decimal("0")
    refunded_at: datetime | None = None
    address: dict[str, str] = field(default_factory=dict)
    buyer_note: str = ""
    buyer_email: str | None = None
    buyer_country: str | None = None


# --- Taobao / Tmall ------------------------------------------------------------------------

TAOBAO_REQUIRED = ["订单编号", "买家会员名", "订单状态", "订单创建时间", "宝贝标题"]
TAOBAO_STATUS = {
    "等待买家付款": "created",
    "买家已付款，等待卖家发货": "paid",
    "等待卖家发货": "paid",
    "卖家已发货，等待买家确认": "shipped",
    "等待买家确认收货": "shipped",
    "交易成功": "confirmed",
    "交易关闭": "closed",
}


def parse_taobao_csv(data: bytes, filename: str, shop_timezone: str) -> list[ParsedOrder]:
    text = decode_text(data, filename)
    rows = read_csv(text, filename, TAOBAO_REQUIRED)
    zone = ZoneInfo(shop_timezone)
    problems: list[ImportProblem] = []
    orders: list[ParsedOrder] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        r = RowReader(filename, line, row, problems)
        number = r.text("订单编号")
        if number and not number.isdigit():
            r.problem("订单编号", f"{number!r} is not a Taobao order number (digits only)")
        if number in seen:
            r.problem("订单编号", f"order {number} appears twice (first on line {seen[number]})")
        seen[number] = line
        raw_status = r.text("订单状态")
        status = TAOBAO_STATUS.get(raw_status)
        if raw_status and status is None:
            r.problem(
                "订单状态",
                f"unknown status {raw_status!r}; expected one of {', '.join(TAOBAO_STATUS)}",
            )
        placed = r.local_time("订单创建时间", zone, required=True)
        paid = r.local_time("订单付款时间", zone)
        shipped = r.local_time("发货时间", zone)
        confirmed = r.local_time("确认收货时间", zone)
        goods = r.money("买家应付货款", required=False) or r.money("总金额", required=False)
        paid_amount = r.money("买家实际支付金额", required=False)
        freight = r.money("买家应付邮费", required=False) or Decimal("0")
        refund = r.money("退款金额", required=False) or Decimal("0")
        quantity = r.integer("宝贝总数量", required=False) or 1
        if quantity < 1:
            r.problem("宝贝总数量", "must be at least 1")
            quantity = 1
        title = r.text("宝贝标题")
        if goods is None:
            r.problem("买家应付货款", "an amount is needed (买家应付货款 or 总金额)")
        if status in ("paid", "shipped", "confirmed") and paid is None:
            r.problem("订单付款时间", f"a {raw_status} order needs its payment time")
        if status in ("shipped", "confirmed") and shipped is None:
            r.problem("发货时间", f"a {raw_status} order needs its shipping time")
        if status in ("shipped", "confirmed") and not r.text("物流单号", required=False):
            r.problem("物流单号", f"a {raw_status} order needs its tracking number")
        if status == "confirmed" and confirmed is None:
            r.problem("确认收货时间", "a 交易成功 order needs its confirmation time")
        closed_at = None
        if status == "closed":
            # A closed order that was paid ended in a refund; an unpaid one closed at its last change.
            if paid is not None:
                status = "refunded"
            # Exports without a close time get the latest time they do carry, never an earlier one.
            latest = max((t for t in (placed, paid, shipped) if t is not None), default=None)
            closed_at = r.local_time("交易关闭时间", zone) or latest
        if problems and problems[-1].line == line:
            continue
        assert placed is not None and status is not None and goods is not None
        unit = (goods / quantity).quantize(Decimal("0.01"))
        orders.append(
            ParsedOrder(
                line=line,
                order_number=number,
                buyer_external_id=r.text("买家会员名"),
                buyer_name=r.text("收货人姓名", required=False),
                status=status,
                currency="CNY",
                items=[
                    ItemIn(
                        title=title[:300],
                        sku=r.text("商家编码", required=False)[:64],
                        quantity=quantity,
                        unit_price=unit,
                    )
                ],
                shipping_fee=freight,
                discount=max(Decimal("0"), goods + freight - paid_amount)
                if paid_amount is not None
                else Decimal("0"),
                placed_at=placed,
                paid_at=paid,
                paid_amount=paid_amount,
                payment_channel="alipay",
                shipped_at=shipped,
                carrier=r.text("物流公司", required=False),
                tracking_number=r.text("物流单号", required=False),
                confirmed_at=confirmed,
                closed_at=closed_at,
                refunded_amount=refund,
                refunded_at=closed_at if status == "refunded" else None,
                address={
                    "name": r.text("收货人姓名", required=False),
                    "line": r.text("收货地址", required=False),
                    "phone": r.text("联系手机", required=False).lstrip("'"),
                    "country": "CN",
                },
                buyer_note=r.text("买家留言", required=False),
            )
        )
    if problems:
        raise ImportFailed(problems)
    return orders


# --- Shopify -------------------------------------------------------------------------------


class _Money(BaseModel):
    amount: Decimal


class _MoneySet(BaseModel):
    shop_money: _Money


class _Customer(BaseModel):
    id: int | str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None


class _Address(BaseModel):
    name: str | None = None
    phone: str | None = None
    country_code: str | None = None
    province: str | None = None
    city: str | None = None
    address1: str | None = None
    address2: str | None = None
    zip: str | None = None


class _LineItem(BaseModel):
    title: str
    sku: str | None = None
    quantity: int
    price: Decimal


class _Fulfillment(BaseModel):
    created_at: datetime
    tracking_company: str | None = None
    tracking_number: str | None = None
    shipment_status: str | None = None
    updated_at: datetime | None = None


class _Transaction(BaseModel):
    amount: Decimal
    kind: str | None = None


class _Refund(BaseModel):
    created_at: datetime
    processed_at: datetime | None = None
    transactions: list[_Transaction] = []


class ShopifyOrder(BaseModel):
    """The fields of Shopify's Admin REST / webhook order object that Kefu uses."""

    id: int | str
    name: str
    email: str | None = None
    created_at: datetime
    processed_at: datetime | None = None
    closed_at: datetime | None = None
    cancelled_at: datetime | None = None
    currency: str
    subtotal_price: Decimal
    total_price: Decimal
    total_discounts: Decimal = Decimal("0")
    total_shipping_price_set: _MoneySet | None = None
    financial_status: str | None = None
    fulfillment_status: str | None = None
    gateway: str | None = None
    payment_gateway_names: list[str] = []
    note: str | None = None
    customer: _Customer | None = None
    shipping_address: _Address | None = None
    line_items: list[_LineItem]
    fulfillments: list[_Fulfillment] = []
    refunds: list[_Refund] = []


def parse_shopify_json(data: bytes, filename: str) -> list[ParsedOrder]:
    text = decode_text(data, filename)
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [ImportProblem(filename, exc.lineno, f"char {exc.colno}", f"invalid JSON: {exc.msg}")]
        ) from exc
    if isinstance(document, dict) and "orders" in document:
        raw_orders = document["orders"]
    elif isinstance(document, dict) and "order" in document:
        raw_orders = [document["order"]]
    elif isinstance(document, list):
        raw_orders = document
    elif isinstance(document, dict):
        raw_orders = [document]
    else:
        raise ImportFailed(
            [
                ImportProblem(
                    filename, None, None, 'expected an order object, a list, or {"orders": [...]}'
                )
            ]
        )
    problems: list[ImportProblem] = []
    parsed: list[ParsedOrder] = []
    for index, raw in enumerate(raw_orders):
        try:
            order = ShopifyOrder.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors()[:5]:
                location = ".".join(str(p) for p in err["loc"])
                problems.append(
                    ImportProblem(filename, None, f"orders[{index}].{location}", err["msg"])
                )
            continue
        if any(t.tzinfo is None for t in (order.created_at,)):
            problems.append(
                ImportProblem(filename, None, f"orders[{index}].created_at", "needs a UTC offset")
            )
            continue
        parsed.append(_from_shopify(order))
    if problems:
        raise ImportFailed(problems)
    return parsed


def _from_shopify(order: ShopifyOrder) -> ParsedOrder:
    paid_states = {"paid", "partially_refunded", "refunded"}
    paid_at = (
        (order.processed_at or order.created_at) if order.financial_status in paid_states else None
    )
    fulfillment = order.fulfillments[0] if order.fulfillments else None
    refunded = sum(
        (
            t.amount
            for r in order.refunds
            for t in r.transactions
            if (t.kind or "refund") == "refund"
        ),
        Decimal("0"),
    )
    refunded_at = max((r.processed_at or r.created_at for r in order.refunds), default=None)
    status = "created"
    if paid_at:
        status = "paid"
    if paid_at and fulfillment and fulfillment.tracking_number:
        status = "shipped"
        if fulfillment.shipment_status == "delivered":
            status = "delivered"
    if order.financial_status == "refunded":
        status = "refunded"
    elif order.cancelled_at and not paid_at:
        status = "closed"
    customer = order.customer or _Customer()
    address = order.shipping_address or _Address()
    buyer_id = (
        str(customer.id)
        if customer.id is not None
        else (customer.email or order.email or order.name)
    )
    shipping = (
        order.total_shipping_price_set.shop_money.amount
        if order.total_shipping_price_set
        else Decimal("0")
    )
    return ParsedOrder(
        line=None,
        order_number=order.name.lstrip("#") if order.name.startswith("#") else order.name,
        buyer_external_id=buyer_id,
        buyer_name=" ".join(p for p in (customer.first_name, customer.last_name) if p),
        status=status,
        currency=order.currency,
        items=[
            ItemIn(
                title=i.title[:300], sku=(i.sku or "")[:64], quantity=i.quantity, unit_price=i.price
            )
            for i in order.line_items
        ],
        shipping_fee=shipping,
        discount=order.total_discounts,
        placed_at=order.created_at,
        paid_at=paid_at,
        paid_amount=order.total_price if paid_at else None,
        payment_channel=(order.payment_gateway_names or [order.gateway or "shopify_payments"])[0],
        shipped_at=fulfillment.created_at if fulfillment and status != "created" else None,
        carrier=(fulfillment.tracking_company or "") if fulfillment else "",
        tracking_number=(fulfillment.tracking_number or "") if fulfillment else "",
        delivered_at=(fulfillment.updated_at or fulfillment.created_at)
        if status == "delivered" and fulfillment
        else None,
        closed_at=order.cancelled_at if status == "closed" else None,
        refunded_amount=refunded,
        refunded_at=refunded_at or order.cancelled_at,
        address={
            "name": address.name or "",
            "phone": address.phone or "",
            "country": address.country_code or "",
            "province": address.province or "",
            "city": address.city or "",
            "line": " ".join(p for p in (address.address1, address.address2) if p),
            "postcode": address.zip or "",
        },
        buyer_note=order.note or "",
        buyer_email=customer.email or order.email,
        buyer_country=address.country_code,
    )


# --- Writing -------------------------------------------------------------------------------


def do_import_orders(
    db: Session,
    shop: Shop,
    orders: list[ParsedOrder],
    filename: str,
    now: datetime,
    *,
    skip_existing: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Write parsed orders in the caller's transaction; any problem raises before commit."""
    numbers = [o.order_number for o in orders]
    existing = (
        set(
            db.scalars(
                select(Order.order_number).where(
                    Order.shop_id == shop.id, Order.order_number.in_(numbers)
                )
            )
        )
        if numbers
        else set()
    )
    if existing and not skip_existing:
        raise ImportFailed(
            [
                ImportProblem(
                    filename,
                    o.line,
                    "order",
                    f"order {o.order_number} was already imported into this shop",
                )
                for o in orders
                if o.order_number in existing
            ]
        )
    created = 0
    problems: list[ImportProblem] = []
    for index, parsed in enumerate(orders, start=1):
        if parsed.order_number in existing:
            continue
        try:
            _replay(db, shop, parsed, now)
            created += 1
        except (KefuError, ValidationError) as exc:
            message = exc.message if isinstance(exc, KefuError) else str(exc).splitlines()[0]
            problems.append(
                ImportProblem(filename, parsed.line, f"order {parsed.order_number}", message)
            )
        if progress:
            progress(index, len(orders))
    if problems:
        raise ImportFailed(problems)
    return ImportReport(created=created, skipped=len(existing), kind="orders")


def _replay(db: Session, shop: Shop, parsed: ParsedOrder, now: datetime) -> None:
    if parsed.currency != shop.currency:
        raise ImportFailed(
            [
                ImportProblem(
                    "",
                    parsed.line,
                    "currency",
                    f"order is in {parsed.currency}, the shop sells in {shop.currency}",
                )
            ]
        )
    buyer = do_get_or_create_buyer(
        db,
        shop.id,
        parsed.buyer_external_id,
        now,
        name=parsed.buyer_name,
        nickname=parsed.buyer_external_id,
        email=parsed.buyer_email,
        country=parsed.buyer_country,
    )
    order = do_create_order(
        db,
        OrderCreate(
            shop_id=shop.id,
            buyer_id=buyer.id,
            order_number=parsed.order_number,
            currency=parsed.currency,
            items=parsed.items,
            shipping_fee=parsed.shipping_fee,
            discount=parsed.discount,
            placed_at=parsed.placed_at,
            shipping_address=AddressIn(**{k: v[:300] for k, v in parsed.address.items()}),
            buyer_note=parsed.buyer_note[:2000],
        ),
        now,
        actor="import",
    )
    if parsed.paid_at is not None:
        do_add_payment(
            db,
            order,
            PaymentIn(
                paid_at=parsed.paid_at,
                channel=parsed.payment_channel or "unknown",
                amount=order.total,
            ),
            actor="import",
            now=now,
        )
    if parsed.shipped_at is not None and parsed.tracking_number:
        do_add_shipment(
            db,
            order,
            ShipmentIn(
                carrier=parsed.carrier or "unknown",
                tracking_number=parsed.tracking_number,
                shipped_at=parsed.shipped_at,
            ),
            actor="import",
            now=now,
        )
    if parsed.delivered_at is not None and order.status == "shipped":
        do_transition(db, order, "delivered", at=parsed.delivered_at, actor="import", now=now)
    if parsed.confirmed_at is not None and order.status in ("shipped", "delivered"):
        do_transition(db, order, "confirmed", at=parsed.confirmed_at, actor="import", now=now)
    if parsed.status == "closed":
        do_transition(
            db, order, "closed", at=parsed.closed_at or parsed.placed_at, actor="import", now=now
        )
    elif parsed.status == "refunded" or parsed.refunded_amount > 0:
        amount = (
            order.total if parsed.status == "refunded" else min(parsed.refunded_amount, order.total)
        )
        do_refund(
            db,
            order,
            RefundIn(
                amount=amount,
                at=parsed.refunded_at or parsed.paid_at or parsed.placed_at,
                reason="imported",
            ),
            actor="import",
            now=now,
        )
    if order.status != parsed.status:
        raise ImportFailed(
            [
                ImportProblem(
                    "",
                    parsed.line,
                    "status",
                    f"could not bring the order to {parsed.status}; it stopped at {order.status}",
                )
            ]
        )
