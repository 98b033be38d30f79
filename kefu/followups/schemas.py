"""Follow-up settings and the send log as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class SettingsOut(BaseModel):
    shop_id: int
    defaults_version: str
    overrides: dict[str, Any]
    effective: dict[str, Any]


class SettingsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Only what differs from the defaults, e.g. {"automations": {"review_request": {"enabled": false}}}
    overrides: dict[str, Any]


class SendOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    buyer_id: int
    order_id: int | None
    job_id: int | None
    automation: str
    outcome: str
    reason: str
    message_id: int | None
    template_id: str | None
    lang: str | None
    at: datetime
