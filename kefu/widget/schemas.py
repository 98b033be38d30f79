"""What the widget sends and receives. A buyer sees their conversation's public messages only:
no notes, no guard findings, no agent ids."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from kefu.conversations.models import Message
from kefu.conversations.schemas import MAX_TEXT

CLIENT_ID = Field(min_length=8, max_length=80, pattern=r"^[A-Za-z0-9._:\-]+$")


class VisitIn(BaseModel):
    lang: str | None = Field(default=None, max_length=16)


class VisitOut(BaseModel):
    token: str
    conversation_id: int | None


class ConversationRef(BaseModel):
    conversation_id: int | None


class WidgetMessageIn(BaseModel):
    client_message_id: str = CLIENT_ID
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    lang: str | None = Field(default=None, max_length=16)


class WidgetMessageOut(BaseModel):
    id: int
    conversation_id: int
    client_message_id: str | None
    sender: str  # buyer, agent, bot or system
    kind: str
    text: str
    attachments: list[dict[str, Any]]
    created_at: datetime


class WidgetSendOut(BaseModel):
    conversation_id: int
    message: WidgetMessageOut
    duplicate: bool


PUBLIC_ATTACHMENT_KEYS = ("name", "content_type", "size", "width", "height", "url")


def widget_message(message: Message) -> WidgetMessageOut:
    return WidgetMessageOut(
        id=message.id,
        conversation_id=message.conversation_id,
        # Only the buyer's own ids come back: they let the widget match its pending bubbles.
        client_message_id=message.client_message_id if message.sender_kind == "buyer" else None,
        sender=message.sender_kind,
        kind=message.kind,
        text=message.text,
        attachments=[
            {k: a[k] for k in PUBLIC_ATTACHMENT_KEYS if k in a} for a in message.attachments
        ],
        created_at=message.created_at,
    )
