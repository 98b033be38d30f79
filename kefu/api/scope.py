"""Shop scoping for list queries: an agent lists only rows of shops they belong to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute

from kefu.auth.principal import Principal


def scoped(
    query: Select[Any],
    column: InstrumentedAttribute[int],
    principal: Principal,
    shop_id: int | None,
) -> Select[Any]:
    if shop_id is not None:
        principal.check_shop(shop_id)
        return query.where(column == shop_id)
    return query.where(column.in_(principal.shop_ids))
