"""Shops: each bound to a marketplace rule set, with its currency, time zone and languages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kefu.db import Base, BigID, JSONType, UTCDateTime

MARKETPLACES = ("taobao", "tmall", "jd", "aliexpress", "ebay", "amazon", "shopify", "own")


class Shop(Base):
    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    marketplace: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    timezone: Mapped[str] = mapped_column(String(64))
    languages: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Business hours and other per-shop knobs later capabilities read (bot mode, SLA lead times).
    settings: Mapped[dict[str, object]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
