"""One row per buyer message the bot handled: what it understood and decided, from which rules
and template, and how long it took. Analytics (bot resolution rate) and the sweep read it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db import Base, BigID, JSONType, UTCDateTime

BOT_ACTIONS = ("answer", "ask", "handoff", "draft", "skipped", "error")


class BotDecision(Base):
    __tablename__ = "bot_decisions"
    # One decision per buyer message: the in-process call and the sweep cannot both answer.
    __table_args__ = (
        UniqueConstraint("message_id"),
        Index("ix_bot_decisions_shop_created", "shop_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    reply_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), nullable=True
    )
    lang: Mapped[str] = mapped_column(String(10), default="")
    intent: Mapped[str] = mapped_column(String(32), default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    action: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(64), default="")
    handed_off: Mapped[bool] = mapped_column(default=False)
    template_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    rule_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Slots learnt from the message (destination, usual size, order ref, product ids).
    slots: Mapped[dict[str, str]] = mapped_column(JSONType, default=dict)
    guard_blocks: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    nlu_ms: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
