"""Page-numbered listing shared by every list endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")
MAX_PER_PAGE = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int


class PageParams(BaseModel):
    page: int = 1
    per_page: int = 50


def page_params(
    page: int = Query(1, ge=1, description="1-based page number"),
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE, description="items per page"),
) -> PageParams:
    return PageParams(page=page, per_page=per_page)


def paginate(db: Session, query: Select[Any], params: PageParams) -> tuple[list[Any], int]:
    total = db.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = db.scalars(query.limit(params.per_page).offset((params.page - 1) * params.per_page))
    return list(rows), total


def page_of(
    db: Session, query: Select[Any], params: PageParams, convert: Callable[[Any], T]
) -> Page[T]:
    """Run `query` for one page and shape every row with `convert` (a schema's model_validate)."""
    rows, total = paginate(db, query, params)
    return Page(
        items=[convert(r) for r in rows], total=total, page=params.page, per_page=params.per_page
    )
