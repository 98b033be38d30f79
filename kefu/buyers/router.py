from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.buyers import service
from kefu.buyers.models import Buyer
from kefu.buyers.schemas import BuyerCreate, BuyerOut, BuyerUpdate
from kefu.clock import Clock

router = APIRouter(prefix="/api/v1/buyers", tags=["buyers"])


@router.get("", response_model=Page[BuyerOut])
def list_buyers(
    shop_id: int | None = None,
    q: str | None = Query(None, max_length=100),
    country: str | None = Query(None, pattern=r"^[A-Z]{2}$"),
    tag: str | None = Query(None, max_length=60),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[BuyerOut]:
    query = service.buyer_query(principal, shop_id=shop_id, q=q, country=country, tag=tag)
    return page_of(db, query, params, BuyerOut.model_validate)


@router.post("", response_model=BuyerOut, status_code=201)
def create_buyer(
    body: BuyerCreate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Buyer:
    principal.check_shop(body.shop_id)
    return service.do_create_buyer(db, body, clock.now(), principal.user_id)


@router.get("/{buyer_id}", response_model=BuyerOut)
def get_buyer(
    buyer_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> Buyer:
    return service.access_buyer(db, principal, buyer_id)


@router.patch("/{buyer_id}", response_model=BuyerOut)
def update_buyer(
    buyer_id: int,
    body: BuyerUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Buyer:
    return service.do_update_buyer(db, principal, buyer_id, body, clock.now())
