"""The shop's own reply library: shipped templates copied in, edited, reordered and grouped,
shared by the shop or personal to one agent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db import Base, BigID, JSONType, UTCDateTime


class ReplyTemplate(Base):
    __tablename__ = "reply_templates"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    # NULL: shared by the whole shop; otherwise a personal reply only its owner sees.
    owner_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True, default=None
    )
    scenario: Mapped[str] = mapped_column(String(40))
    intents: Mapped[list[str]] = mapped_column(JSONType, default=list)
    lang: Mapped[str] = mapped_column(String(8))
    variant: Mapped[str] = mapped_column(String(24))
    tone: Mapped[str | None] = mapped_column(String(32), default=None)
    shortcut: Mapped[str | None] = mapped_column(String(25), default=None, index=True)
    group: Mapped[str | None] = mapped_column("group_name", String(64), default=None)
    title: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    # Conditions from the rules engine, e.g. {"freight_payer": "buyer"}.
    when: Mapped[dict[str, str]] = mapped_column(JSONType, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The shipped template this row was seeded from, so a re-seed does not duplicate it.
    source_id: Mapped[str | None] = mapped_column(String(80), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
