"""Conversations (one thread with one buyer on one channel) and their messages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db import Base, BigID, JSONType, UTCDateTime

CHANNELS = ("widget", "email", "connector", "marketplace")
STAGES = ("pre_sale", "in_sale", "after_sale")
CONVERSATION_STATUSES = ("open", "waiting", "resolved")
SENDER_KINDS = ("buyer", "agent", "bot", "system")
MESSAGE_KINDS = ("text", "image", "file", "order_card", "note")


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_shop_status_last", "shop_id", "status", "last_message_at"),
    )

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(16), default="pre_sale")
    status: Mapped[str] = mapped_column(String(16), default="open")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True
    )
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), nullable=True
    )
    language: Mapped[str | None] = mapped_column(String(10), nullable=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When the buyer's oldest unanswered message arrived; None once someone replied.
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    # The last message id each side has read; drives read receipts.
    buyer_read_upto: Mapped[int] = mapped_column(Integer, default=0)
    agent_read_upto: Mapped[int] = mapped_column(Integer, default=0)


class Message(Base):
    __tablename__ = "messages"
    # The sender's own id for a message makes retries safe: the same id twice is one message.
    __table_args__ = (UniqueConstraint("shop_id", "client_message_id"),)

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    sender_kind: Mapped[str] = mapped_column(String(10))
    sender_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str] = mapped_column(Text, default="")
    # Segmented, simplified copy of the text for full-text search (Chinese has no spaces).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # [{"name", "content_type", "size", "path"}] — the files themselves live in the upload store.
    attachments: Mapped[list[dict[str, object]]] = mapped_column(JSONType, default=list)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    client_message_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    lang: Mapped[str | None] = mapped_column(String(10), nullable=True)
    meta: Mapped[dict[str, object]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
