"""Pydantic shapes of the guard's HTTP API (the workbench's inline findings)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class CheckIn(BaseModel):
    text: str = Field(max_length=20_000)
    direction: Literal["out", "in"] = "out"
    platform: str | None = Field(default=None, max_length=32)
    lang: str | None = Field(default=None, max_length=16)
    agent_lang: Literal["zh-Hans", "zh-Hant", "en"] = "zh-Hans"


class FindingOut(BaseModel):
    category: str
    severity: Literal["block", "warn"]
    start: int
    end: int
    reason: str
    suggestion: str | None


class CheckOut(BaseModel):
    findings: list[FindingOut]
    blocked: bool
