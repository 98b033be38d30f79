"""Reply library API shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The languages of kefu.replies.formatting.LANGS (a test keeps the two lists equal).
Lang = Literal["zh-Hans", "zh-Hant", "en", "es", "pt", "ru"]

SHORTCUT = r"^/[a-z0-9_]{1,24}$"
NAME = r"^[a-z0-9_]{1,40}$"


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    shop_id: int
    scenario: str = Field(pattern=NAME)
    intents: list[str] | None = None
    lang: Lang
    variant: str = Field(default="custom", pattern=r"^[a-z0-9_]{1,24}$")
    tone: str | None = None
    shortcut: str | None = Field(default=None, pattern=SHORTCUT)
    group: str | None = Field(default=None, max_length=64)
    title: str = Field(default="", max_length=120)
    text: str = Field(min_length=2, max_length=2000)
    when: dict[str, str] = Field(default_factory=dict)
    enabled: bool = True
    personal: bool = False


class ReplyUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scenario: str | None = Field(default=None, pattern=NAME)
    intents: list[str] | None = None
    variant: str | None = Field(default=None, pattern=r"^[a-z0-9_]{1,24}$")
    tone: str | None = None
    shortcut: str | None = Field(default=None, pattern=SHORTCUT)
    group: str | None = Field(default=None, max_length=64)
    title: str | None = Field(default=None, max_length=120)
    text: str | None = Field(default=None, min_length=2, max_length=2000)
    when: dict[str, str] | None = None
    enabled: bool | None = None


class ReplyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    owner_user_id: int | None
    scenario: str
    intents: list[str]
    lang: str
    variant: str
    tone: str | None
    shortcut: str | None
    group: str | None
    title: str
    text: str
    when: dict[str, str]
    enabled: bool
    position: int
    source_id: str | None
    required: list[str] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime


class ReorderIn(BaseModel):
    shop_id: int
    ids: list[int] = Field(min_length=1, max_length=2000)


class SeedIn(BaseModel):
    shop_id: int
    langs: list[Lang] | None = None


class SeedOut(BaseModel):
    created: int
    skipped: int


class ImportIn(BaseModel):
    shop_id: int
    format: Literal["yaml", "csv"]
    content: str = Field(max_length=2_000_000)


class ImportOut(BaseModel):
    created: int
    updated: int


class PreviewIn(BaseModel):
    """Text variables only (names, numbers, tracking): typed values come from the server side."""

    variables: dict[str, str] = Field(default_factory=dict)
    lang: Lang | None = None
    timezone: str = "UTC"


class PreviewOut(BaseModel):
    text: str | None
    missing: list[str]
