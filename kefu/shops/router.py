from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.auth.deps import current_principal, require_role
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.replies.service import do_seed_shop_library
from kefu.shops import service
from kefu.shops.models import Shop
from kefu.shops.schemas import ShopCreate, ShopOut, ShopUpdate

router = APIRouter(prefix="/api/v1/shops", tags=["shops"])


@router.get("", response_model=list[ShopOut])
def list_shops(
    principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> list[Shop]:
    return service.list_shops(db, principal)


@router.post("", response_model=ShopOut, status_code=201)
def create_shop(
    body: ShopCreate,
    principal: Principal = Depends(require_role("admin")),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Shop:
    shop = service.do_create_shop(db, body, clock.now(), creator_id=principal.user_id)
    # A new shop starts with the shipped reply library in its languages, ready to edit.
    do_seed_shop_library(db, shop, clock.now(), user_id=principal.user_id)
    return shop


@router.get("/{shop_id}", response_model=ShopOut)
def get_shop(
    shop_id: int, principal: Principal = Depends(current_principal), db: Session = Depends(get_db)
) -> Shop:
    return service.access_shop(db, principal, shop_id)


@router.patch("/{shop_id}", response_model=ShopOut)
def update_shop(
    shop_id: int,
    body: ShopUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Shop:
    return service.do_update_shop(db, principal, shop_id, body, clock.now())
