"""Jobs as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class JobOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    state: str
    due_at: datetime
    shop_id: int | None
    order_id: int | None
    buyer_id: int | None
    target_kind: str | None
    target_id: int | None
    payload: dict[str, Any]
    idempotency_key: str
    attempts: int
    max_attempts: int
    lease_owner: str | None
    lease_until: datetime | None
    last_error: str | None
    result: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None


class RetryOut(BaseModel):
    retried: int
