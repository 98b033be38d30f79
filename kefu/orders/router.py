from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.orders import service
from kefu.orders.models import Order, Payment, Review, Shipment, ShipmentEvent
from kefu.orders.schemas import (
    OrderCreate,
    OrderOut,
    OrderStatusIn,
    OrderSummary,
    OrderUpdate,
    PaymentIn,
    PaymentOut,
    RefundIn,
    ReviewIn,
    ReviewOut,
    ReviewReplyIn,
    ShipmentEventIn,
    ShipmentEventOut,
    ShipmentIn,
    ShipmentOut,
    TransitionIn,
)

router = APIRouter(prefix="/api/v1", tags=["orders"])


def _actor(principal: Principal) -> str:
    return f"user:{principal.user_id}"


@router.get("/orders", response_model=Page[OrderSummary])
def list_orders(
    shop_id: int | None = None,
    status: OrderStatusIn | None = None,
    buyer_id: int | None = None,
    q: str | None = Query(None, max_length=64, description="exact order number"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[OrderSummary]:
    query = service.order_query(principal, shop_id=shop_id, status=status, buyer_id=buyer_id, q=q)
    return page_of(db, query, params, OrderSummary.model_validate)


@router.post("/orders", response_model=OrderOut, status_code=201)
def create_order(
    body: OrderCreate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Order:
    principal.check_shop(body.shop_id)
    order = service.do_create_order(
        db, body, clock.now(), actor=_actor(principal), user_id=principal.user_id
    )
    return service.access_order(db, principal, order.id)


@router.get("/orders/{order_id}", response_model=OrderOut)
def get_order(
    order_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> Order:
    return service.access_order(db, principal, order_id)


@router.patch("/orders/{order_id}", response_model=OrderOut)
def update_order(
    order_id: int,
    body: OrderUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Order:
    return service.do_update_order(db, principal, order_id, body, clock.now())


@router.post("/orders/{order_id}/transitions", response_model=OrderOut)
def transition(
    order_id: int,
    body: TransitionIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Order:
    order = service.access_order(db, principal, order_id)
    now = clock.now()
    return service.do_transition(
        db,
        order,
        body.to,
        at=body.at or now,
        actor=_actor(principal),
        now=now,
        reason=body.reason,
        user_id=principal.user_id,
    )


@router.post("/orders/{order_id}/payments", response_model=PaymentOut, status_code=201)
def add_payment(
    order_id: int,
    body: PaymentIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Payment:
    order = service.access_order(db, principal, order_id)
    return service.do_add_payment(
        db, order, body, actor=_actor(principal), now=clock.now(), user_id=principal.user_id
    )


@router.post("/orders/{order_id}/refunds", response_model=OrderOut)
def refund(
    order_id: int,
    body: RefundIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Order:
    principal.check_role("supervisor")
    order = service.access_order(db, principal, order_id)
    return service.do_refund(
        db, order, body, actor=_actor(principal), now=clock.now(), user_id=principal.user_id
    )


@router.post("/orders/{order_id}/shipments", response_model=ShipmentOut, status_code=201)
def add_shipment(
    order_id: int,
    body: ShipmentIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Shipment:
    order = service.access_order(db, principal, order_id)
    return service.do_add_shipment(
        db, order, body, actor=_actor(principal), now=clock.now(), user_id=principal.user_id
    )


@router.post("/shipments/{shipment_id}/events", response_model=ShipmentEventOut, status_code=201)
def add_tracking_event(
    shipment_id: int,
    body: ShipmentEventIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ShipmentEvent:
    shipment = service.access_shipment(db, principal, shipment_id)
    return service.do_add_tracking_event(
        db, shipment, body, actor=_actor(principal), now=clock.now()
    )


@router.get("/reviews", response_model=Page[ReviewOut])
def list_reviews(
    shop_id: int | None = None,
    max_rating: int | None = Query(None, ge=1, le=5),
    product_id: int | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[ReviewOut]:
    query = service.review_query(
        principal, shop_id=shop_id, max_rating=max_rating, product_id=product_id
    )
    return page_of(db, query, params, ReviewOut.model_validate)


@router.post("/reviews", response_model=ReviewOut, status_code=201)
def add_review(
    body: ReviewIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Review:
    order = service.access_order(db, principal, body.order_id)
    return service.do_add_review(
        db,
        body,
        shop_id=order.shop_id,
        actor=_actor(principal),
        now=clock.now(),
        user_id=principal.user_id,
    )


@router.get("/reviews/{review_id}", response_model=ReviewOut)
def get_review(
    review_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> Review:
    return service.access_review(db, principal, review_id)


@router.put("/reviews/{review_id}/reply", response_model=ReviewOut)
def reply_review(
    review_id: int,
    body: ReviewReplyIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Review:
    return service.do_reply_review(db, principal, review_id, body.reply_text, clock.now())
