from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.api.pagination import Page, PageParams, page_of, page_params
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.catalog import service
from kefu.catalog.models import Product, ProductVariant
from kefu.catalog.schemas import (
    KnowledgeIn,
    KnowledgeLang,
    ProductCreate,
    ProductOut,
    ProductSummary,
    ProductUpdate,
    StockUpdate,
    VariantOut,
)
from kefu.clock import Clock

router = APIRouter(prefix="/api/v1", tags=["catalog"])


@router.get("/products", response_model=Page[ProductSummary])
def list_products(
    shop_id: int | None = None,
    q: str | None = Query(None, max_length=100),
    category: str | None = None,
    status: str | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Page[ProductSummary]:
    query = service.product_query(principal, shop_id=shop_id, q=q, category=category, status=status)
    return page_of(db, query, params, ProductSummary.model_validate)


@router.post("/products", response_model=ProductOut, status_code=201)
def create_product(
    body: ProductCreate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Product:
    principal.check_shop(body.shop_id)
    return service.do_create_product(db, body, clock.now(), principal.user_id)


@router.get("/products/{product_id}", response_model=ProductOut)
def get_product(
    product_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
) -> Product:
    return service.access_product(db, principal, product_id)


@router.patch("/products/{product_id}", response_model=ProductOut)
def update_product(
    product_id: int,
    body: ProductUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Product:
    return service.do_update_product(db, principal, product_id, body, clock.now())


@router.put("/products/{product_id}/knowledge/{lang}", response_model=ProductOut)
def put_knowledge(
    product_id: int,
    lang: KnowledgeLang,
    body: KnowledgeIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> Product:
    return service.do_put_knowledge(db, principal, product_id, lang, body, clock.now())


@router.put("/variants/{variant_id}/stock", response_model=VariantOut)
def set_stock(
    variant_id: int,
    body: StockUpdate,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ProductVariant:
    return service.do_set_stock(db, principal, variant_id, body.stock, clock.now())
