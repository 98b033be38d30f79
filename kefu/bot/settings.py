"""Per-shop bot settings, stored in ``shop.settings["bot"]``: mode by time of day, per-intent
confidence thresholds, the shipping table the bot may quote, and the optional rephrasing endpoint.
Validated on read and on write; a shop without settings gets the defaults below.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kefu.errors import ValidationFailed

Mode = Literal["bot_first", "human_first", "bot_off_hours", "off"]


class WorkingHours(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # ISO weekdays 1 (Monday) … 7 (Sunday) with agents on duty, and the daily window in shop time.
    days: list[int] = Field(default_factory=lambda: [1, 2, 3, 4, 5, 6, 7])
    start: time = time(9, 0)
    end: time = time(23, 0)

    @field_validator("days")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if any(d < 1 or d > 7 for d in value):
            raise ValueError("weekdays are 1 (Monday) to 7 (Sunday)")
        return sorted(set(value))

    def covers(self, local: datetime) -> bool:
        if local.isoweekday() not in self.days:
            return False
        now = local.timetz().replace(tzinfo=None)
        if self.start <= self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end  # a night shift across midnight


class ShippingRate(BaseModel):
    """What the shop charges and how long a carrier usually takes to one destination."""

    model_config = ConfigDict(extra="forbid")

    # ISO country codes, or province/region names as buyers write them (matched case-insensitively).
    destinations: list[str] = Field(min_length=1)
    carrier: str = Field(min_length=1, max_length=64)
    fee: Decimal = Field(ge=0, max_digits=10, decimal_places=2)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    delivery_days: str = Field(min_length=1, max_length=16, pattern=r"^\d{1,2}(?:[–-]\d{1,2})?$")


class Rephrase(BaseModel):
    """An OpenAI-compatible chat-completions endpoint that may reword a composed draft."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    url: str = ""
    model: str = ""
    timeout_ms: int = Field(default=1500, ge=50, le=10_000)
    # Read from this environment variable at call time, never stored in the database.
    api_key_env: str = ""


class BotSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    mode: Mode = "bot_first"
    working_hours: WorkingHours = Field(default_factory=WorkingHours)
    # Intent confidence the bot needs before acting alone; per-intent values win over the default.
    default_threshold: float = Field(default=0.60, ge=0.0, le=1.0)
    thresholds: dict[str, float] = Field(default_factory=dict)
    # Above this anger score the buyer goes to a person whatever the intent.
    anger_handoff: float = Field(default=0.55, ge=0.0, le=1.0)
    # After this many clarifying questions or misses in a row, a person takes over.
    max_failures: int = Field(default=2, ge=1, le=10)
    # Intents the shop never wants the bot to answer alone (drafts are still offered).
    never_answer: list[str] = Field(default_factory=list)
    shipping: list[ShippingRate] = Field(default_factory=list)
    # The shop's current promotion in each language, as the shop wrote it (e.g. "满300减20").
    promotion: dict[str, str] = Field(default_factory=dict)
    rephrase: Rephrase = Field(default_factory=Rephrase)

    @field_validator("thresholds")
    @classmethod
    def _known(cls, value: dict[str, float]) -> dict[str, float]:
        from kefu.replies.catalog import INTENTS

        unknown = sorted(set(value) - set(INTENTS))
        if unknown:
            raise ValueError(f"unknown intents {unknown}")
        if any(not 0.0 <= v <= 1.0 for v in value.values()):
            raise ValueError("thresholds lie between 0 and 1")
        return value

    def threshold(self, intent: str, floor: float = 0.0) -> float:
        return max(self.thresholds.get(intent, self.default_threshold), floor)

    def acts_alone(self, now: datetime, shop_tz: str) -> bool:
        """Whether the bot sends replies itself at `now` (otherwise it only drafts)."""
        if self.mode == "bot_first":
            return True
        if self.mode == "bot_off_hours":
            return not self.working_hours.covers(now.astimezone(ZoneInfo(shop_tz)))
        return False

    def rate_for(self, destination: str) -> ShippingRate | None:
        wanted = destination.strip().casefold()
        for rate in self.shipping:
            if any(d.strip().casefold() == wanted for d in rate.destinations):
                return rate
        return None


def parse_settings(raw: Any) -> BotSettings:
    """The shop's bot settings, or the defaults when none are stored."""
    if raw is None:
        return BotSettings()
    try:
        return BotSettings.model_validate(raw)
    except ValidationError as exc:
        raise ValidationFailed(
            f"bot settings are invalid: {exc.errors()[0]['msg']}",
            errors=[{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()],
        ) from exc


def settings_of(shop_settings: dict[str, Any] | None) -> BotSettings:
    return parse_settings((shop_settings or {}).get("bot"))
