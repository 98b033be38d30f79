from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["widget", "email", "connector", "marketplace"]
Stage = Literal["pre_sale", "in_sale", "after_sale"]
ConversationStatus = Literal["open", "waiting", "resolved"]
MAX_TEXT = 5000
ClientMessageId = Field(min_length=8, max_length=80, pattern=r"^[A-Za-z0-9._:\-]+$")


class AttachmentOut(BaseModel):
    name: str
    content_type: str
    size: int
    url: str | None = None


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    conversation_id: int
    sender_kind: str
    sender_user_id: int | None
    kind: str
    text: str
    attachments: list[dict[str, object]]
    internal: bool
    client_message_id: str | None
    lang: str | None
    meta: dict[str, object]
    created_at: datetime
    delivered_at: datetime | None
    read_at: datetime | None


class ConversationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    buyer_id: int
    channel: str
    stage: str
    status: str
    assignee_id: int | None
    order_id: int | None
    language: str | None
    subject: str
    created_at: datetime
    last_message_at: datetime
    waiting_since: datetime | None
    first_response_at: datetime | None
    unread_count: int


class InboundBuyer(BaseModel):
    external_id: str = Field(min_length=1, max_length=128)
    name: str = Field(default="", max_length=200)
    language: str | None = Field(default=None, max_length=10)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    timezone: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=254)


class InboundMessage(BaseModel):
    """A buyer's message arriving from a connector or e-mail gateway."""

    shop_id: int
    channel: Channel = "connector"
    buyer: InboundBuyer
    client_message_id: str = ClientMessageId
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    order_number: str | None = Field(default=None, max_length=64)


class InboundResult(BaseModel):
    conversation_id: int
    message: MessageOut
    duplicate: bool


class AgentMessageIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    internal: bool = False
    # Send despite a guard block; honoured only where the shop's supervisors allow it (audited).
    guard_override: bool = False
    client_message_id: str | None = Field(
        default=None, min_length=8, max_length=80, pattern=r"^[A-Za-z0-9._:\-]+$"
    )


class ConversationCreate(BaseModel):
    shop_id: int
    buyer_id: int
    channel: Channel = "connector"
    stage: Stage = "pre_sale"
    order_id: int | None = None
    subject: str = Field(default="", max_length=200)


class ConversationUpdate(BaseModel):
    stage: Stage | None = None
    status: ConversationStatus | None = None
    assignee_id: int | None = None
    unassign: bool = False
    order_id: int | None = None
