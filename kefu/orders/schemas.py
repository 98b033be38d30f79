from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

OrderStatusIn = Literal[
    "created", "paid", "shipped", "delivered", "confirmed", "reviewed", "closed", "refunded"
]
Amount = Decimal


class ItemIn(BaseModel):
    product_id: int | None = None
    variant_id: int | None = None
    title: str = Field(min_length=1, max_length=300)
    sku: str = Field(default="", max_length=64)
    category: str = Field(default="", max_length=64)
    quantity: int = Field(ge=1, le=100_000)
    unit_price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)


class AddressIn(BaseModel):
    name: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=40)
    country: str = Field(default="", max_length=2)
    province: str = Field(default="", max_length=80)
    city: str = Field(default="", max_length=80)
    district: str = Field(default="", max_length=80)
    line: str = Field(default="", max_length=300)
    postcode: str = Field(default="", max_length=20)


class OrderCreate(BaseModel):
    shop_id: int
    buyer_id: int
    order_number: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9#_\-]+$")
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    items: list[ItemIn] = Field(min_length=1, max_length=500)
    shipping_fee: Decimal = Field(default=Decimal("0"), ge=0, max_digits=12, decimal_places=2)
    discount: Decimal = Field(default=Decimal("0"), ge=0, max_digits=12, decimal_places=2)
    free_shipping: bool = False
    placed_at: AwareDatetime | None = None
    ship_by: AwareDatetime | None = None
    promised_ship_by: AwareDatetime | None = None
    shipping_address: AddressIn = Field(default_factory=AddressIn)
    buyer_note: str = Field(default="", max_length=2000)


class OrderUpdate(BaseModel):
    seller_note: str | None = Field(default=None, max_length=2000)
    shipping_address: AddressIn | None = None
    ship_by: AwareDatetime | None = None
    promised_ship_by: AwareDatetime | None = None


class TransitionIn(BaseModel):
    to: OrderStatusIn
    at: AwareDatetime | None = None
    reason: str = Field(default="", max_length=500)


class PaymentIn(BaseModel):
    paid_at: AwareDatetime
    channel: str = Field(min_length=1, max_length=32)
    amount: Decimal = Field(gt=0, max_digits=12, decimal_places=2)
    reference: str = Field(default="", max_length=128)


class RefundIn(BaseModel):
    amount: Decimal = Field(gt=0, max_digits=12, decimal_places=2)
    at: AwareDatetime | None = None
    reason: str = Field(default="", max_length=500)


class ShipmentIn(BaseModel):
    carrier: str = Field(min_length=1, max_length=64)
    tracking_number: str = Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9\-]+$")
    shipped_at: AwareDatetime


class ShipmentEventIn(BaseModel):
    at: AwareDatetime
    location: str = Field(default="", max_length=200)
    description: str = Field(min_length=1, max_length=2000)
    code: Literal[
        "picked_up", "in_transit", "customs", "out_for_delivery", "delivered", "exception"
    ] = "in_transit"


class ReviewIn(BaseModel):
    order_id: int
    product_id: int | None = None
    rating: int = Field(ge=1, le=5)
    text: str = Field(default="", max_length=5000)
    lang: str | None = Field(default=None, max_length=10)
    created_at: AwareDatetime | None = None


class ReviewReplyIn(BaseModel):
    reply_text: str = Field(min_length=1, max_length=2000)


class ItemOut(ItemIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


class PaymentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    paid_at: datetime
    channel: str
    amount: Decimal
    currency: str
    reference: str


class ShipmentEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    location: str
    description: str
    code: str


class ShipmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    carrier: str
    tracking_number: str
    shipped_at: datetime
    delivered_at: datetime | None
    events: list[ShipmentEventOut]


class TransitionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_status: str | None
    to_status: str
    at: datetime
    actor: str
    reason: str


class OrderSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    buyer_id: int
    order_number: str
    status: str
    refund_status: str
    currency: str
    total: Decimal
    placed_at: datetime
    paid_at: datetime | None
    shipped_at: datetime | None
    delivered_at: datetime | None


class OrderOut(OrderSummary):
    items_total: Decimal
    shipping_fee: Decimal
    discount: Decimal
    refunded_amount: Decimal
    free_shipping: bool
    ship_by: datetime | None
    promised_ship_by: datetime | None
    confirmed_at: datetime | None
    reviewed_at: datetime | None
    closed_at: datetime | None
    refunded_at: datetime | None
    shipping_address: dict[str, str]
    buyer_note: str
    seller_note: str
    items: list[ItemOut]
    payments: list[PaymentOut]
    shipments: list[ShipmentOut]
    transitions: list[TransitionOut]


class ReviewOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    order_id: int
    buyer_id: int
    product_id: int | None
    rating: int
    text: str
    lang: str | None
    created_at: datetime
    reply_text: str | None
    replied_at: datetime | None
