"""The schema every rule file is checked against on load: one Pydantic model per rule kind's
parameters, so a typo in a data file fails at import instead of producing a wrong deadline.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Confidence = Literal["H", "M", "L", "U"]
Payer = Literal["buyer", "seller"]
Actor = Literal["buyer", "seller", "platform"]

# Engine categories an order item can carry. Listings use free text; the service maps it onto these.
CATEGORIES = frozenset(
    {
        # statutory exclusions (CN-LAW-02 a, EU-CRD-06)
        "custom_made", "fresh_perishable", "digital_unsealed", "newspapers_periodicals",
        "mixed_inseparably", "digital_content_started",
        # exclusions that need the buyer's confirmation at purchase (CN-LAW-02 b, TB-7D-02)
        "activated_value_drop", "value_fluctuating", "health_hygiene_unsealed", "intimate_wear",
        "near_expiry_or_flawed",
        # ordinary goods, used by category-specific deadlines (JD-Q-02, JD-Q-03, CN-LAW-03)
        "food", "cosmetics", "medical_device", "electronics", "clothing", "shoes", "bags",
        "watches", "jewellery", "toys", "home_textiles", "household", "3c_portable", "3c_fixed",
        "3c_hidden_flaw", "live_pets", "aquarium_exotic_pets", "home_goods", "ceramics",
        "auto_products", "virtual", "other",
    }
)  # fmt: skip

# Moments an order or its after-sale case can carry; timers count from one of them.
EVENTS = frozenset(
    {
        "created", "paid", "balance_paid", "shipped", "signed", "confirmed",
        "refund_requested", "refund_rejected", "return_agreed", "return_shipped",
        "return_received", "dispute_opened", "dispute_closed", "ruling",
        "evidence_requested", "aftersales_ticket_opened", "request_rejected",
        "advance_compensated", "public_complaint", "estimated_delivery_max", "inr_opened",
        "return_opened", "case_closed", "claim_info_requested", "buyer_message",
        "withdrawal_notified", "interception_requested", "chargeback_opened",
    }
)  # fmt: skip

LOGISTICS = frozenset({"express", "ems", "none", "surface", "virtual", "auto_delivery",
                       "overseas_direct"})  # fmt: skip
REFUND_KINDS = frozenset({"unshipped_full_refund", "not_received_refund_only", "interception",
                          "return_and_refund", "refund_only"})  # fmt: skip
FREIGHT_CASES = (
    "no_reason_free_shipping",
    "no_reason_not_free_shipping",
    "partial_return_breaks_free_shipping",
    "exchange_size_colour",
    "seller_fault",
    "unclear_fault",
    "membership_abuse",
)
FreightCase = Literal[
    "no_reason_free_shipping",
    "no_reason_not_free_shipping",
    "partial_return_breaks_free_shipping",
    "exchange_size_colour",
    "seller_fault",
    "unclear_fault",
    "membership_abuse",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _known(values: list[str] | None, vocabulary: frozenset[str], what: str) -> list[str] | None:
    if values is None:
        return None
    unknown = sorted(set(values) - vocabulary)
    if unknown:
        raise ValueError(f"unknown {what}: {', '.join(unknown)}")
    return values


class ScopeParams(_Strict):
    """Which buyers a law set protects, and the zone their day boundaries fall in."""

    countries: dict[str, str]


class ReturnWindowParams(_Strict):
    # None means "the shop must tell us" (SH-01: never assume a merchant's window); -1 = unlimited.
    window_days: int | None = Field(ge=-1)
    # day_after_event: the period opens at 00:00 of the day after the event and closes at 00:00
    # after its last day (CN-LAW-04 / TB-7D-01; EU counting is the same).
    start: Literal["day_after_event"] = "day_after_event"
    counts_from: Literal["signed", "paid", "shipped"] = "signed"
    # None: the buyer's own zone (EU law counts days where the consumer is).
    timezone: str | None = None
    extend_to_working_day: bool = False
    missing_info_extension_months: int = Field(default=0, ge=0)


class ReturnExclusionParams(_Strict):
    never: list[str]
    with_confirmation: list[str] = []
    # Goods whose category may never be excluded by a seller statement (TB-7D-03).
    must_support: list[str] = []

    @field_validator("never", "with_confirmation", "must_support")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        return _known(value, CATEGORIES, "category") or []


class Legs(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    outbound: Payer | None = None
    return_leg: Payer | None = Field(default=None, alias="return")
    resend: Payer | None = None


class FreightParams(_Strict):
    cases: dict[FreightCase, Legs]
    # EU-CRD-05: a trader who did not inform the consumer pays the return itself.
    return_paid_by_seller_if_not_informed: bool = False


class ShipByParams(_Strict):
    default_hours: int | None = Field(default=None, gt=0)


class CompensationParams(_Strict):
    rate: Decimal = Field(gt=0, le=1)
    minimum: Decimal | None = Field(default=None, ge=0)
    maximum: Decimal | None = Field(default=None, gt=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    basis: Literal["item", "order"] = "item"
    # TB-SHIP-07: the higher of the seller's promise and the platform amount; JD-DIS-07: platform.
    seller_promise: Literal["higher_wins", "platform_wins"] = "higher_wins"


class PunitiveParams(_Strict):
    multiple: Decimal = Field(gt=0)
    minimum_extra: Decimal = Field(ge=0)
    loss_multiple: Decimal | None = None
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class CounterfeitParams(_Strict):
    # A multiple the shop itself advertises ("假一赔N"); None until the shop configures one.
    shop_promise_multiple: Decimal | None = Field(default=None, ge=0)
    seller_promise: Literal["higher_wins", "platform_wins"] = "higher_wins"
    refund_includes_shipping: bool = False


class GiftParams(_Strict):
    sku_cap_share: Decimal
    non_sku_cap_share: Decimal
    non_sku_min_beans: int


class Duration(_Strict):
    amount: int = Field(gt=0)
    # hours: elapsed time; days: same wall-clock time N days later in the zone;
    # days_from_next_day: N whole days starting 00:00 after the event; business_days: skip Sat/Sun;
    # window_hours: hours counted only inside [window_start, window_end) each day (JD-DIS-04).
    unit: Literal["hours", "days", "days_from_next_day", "business_days", "window_hours", "months"]
    window_start: time | None = None
    window_end: time | None = None

    @model_validator(mode="after")
    def _window(self) -> Duration:
        has_window = self.window_start is not None and self.window_end is not None
        if (self.unit == "window_hours") != has_window:
            raise ValueError("window_start/window_end go with unit window_hours, and only with it")
        if has_window and self.window_start >= self.window_end:  # type: ignore[operator]
            raise ValueError("window_start must be before window_end")
        return self


class Timer(_Strict):
    key: str = Field(pattern=r"^[a-z0-9_]+$")
    event: str
    duration: Duration | None = None
    durations_by_logistics: dict[str, Duration] | None = None
    actor: Actor
    consequence: str = Field(pattern=r"^[a-z_]+$")
    unless: list[str] = []
    paused_while_refund_open: bool = False
    # The platform usually shows this deadline on the order; a computed one is then "estimated".
    platform_field: bool = False
    refund_kinds: list[str] | None = None
    categories: list[str] | None = None
    flags: list[str] | None = None
    sites: list[str] | None = None

    @field_validator("event")
    @classmethod
    def _event(cls, value: str) -> str:
        _known([value], EVENTS, "event")
        return value

    @field_validator("unless")
    @classmethod
    def _unless(cls, value: list[str]) -> list[str]:
        return _known(value, EVENTS, "event") or []

    @field_validator("refund_kinds")
    @classmethod
    def _refund_kinds(cls, value: list[str] | None) -> list[str] | None:
        return _known(value, REFUND_KINDS, "refund kind")

    @field_validator("categories")
    @classmethod
    def _categories(cls, value: list[str] | None) -> list[str] | None:
        return _known(value, CATEGORIES, "category")

    @field_validator("durations_by_logistics")
    @classmethod
    def _logistics(cls, value: dict[str, Duration] | None) -> dict[str, Duration] | None:
        if value is not None:
            _known(list(value), LOGISTICS, "logistics type")
        return value

    @model_validator(mode="after")
    def _one_duration(self) -> Timer:
        if (self.duration is None) == (self.durations_by_logistics is None):
            raise ValueError(
                f"timer {self.key}: give exactly one of duration, durations_by_logistics"
            )
        return self


class TimerParams(_Strict):
    timers: list[Timer] = Field(min_length=1)


class DisputeWindowParams(_Strict):
    open_after_days: int = Field(gt=0)
    immediate_if_promise_under_days: int = Field(gt=0)
    close_after_days: int = Field(gt=0)


class GuidanceParams(BaseModel):
    """Rules that steer people (and the guard) rather than compute: values kept for reference."""

    model_config = ConfigDict(extra="allow", frozen=True)


PARAM_MODELS: dict[str, type[BaseModel]] = {
    "scope": ScopeParams,
    "return_window": ReturnWindowParams,
    "return_exclusions": ReturnExclusionParams,
    "freight_payer": FreightParams,
    "ship_by": ShipByParams,
    "late_shipment_compensation": CompensationParams,
    "capped_compensation": CompensationParams,
    "punitive_compensation": PunitiveParams,
    "counterfeit": CounterfeitParams,
    "missing_gift": GiftParams,
    "timer": TimerParams,
    "dispute_window": DisputeWindowParams,
    "guidance": GuidanceParams,
}
RuleKind = Literal[
    "scope",
    "return_window",
    "return_exclusions",
    "freight_payer",
    "ship_by",
    "late_shipment_compensation",
    "capped_compensation",
    "punitive_compensation",
    "counterfeit",
    "missing_gift",
    "timer",
    "dispute_window",
    "guidance",
]


class FloorRef(_Strict):
    """This parameter may not be set less generously than `floor_param` of law rule `rule`."""

    rule: str
    param: str
    floor_param: str
    better: Literal["higher", "lower", "subset"]


class RuleModel(_Strict):
    id: str = Field(pattern=r"^[A-Z]{2,5}(-[A-Z0-9]+)+b?$")
    kind: RuleKind
    title: str = Field(min_length=3)
    version: str = Field(min_length=2)
    effective_from: date
    confidence: Confidence
    source: str = Field(pattern=r"^(https?://\S+|seed:\S+|none: .+)$")
    params: dict[str, Any] = {}
    floor: list[FloorRef] = []
    enabled: bool = True
    notes: str = ""

    @model_validator(mode="after")
    def _params_match_kind(self) -> RuleModel:
        PARAM_MODELS[self.kind].model_validate(self.params)
        return self


class RuleSetModel(_Strict):
    name: str = Field(pattern=r"^[a-z_]+$")
    title: str
    version: str
    kind: Literal["marketplace", "law", "shop"]
    timezone: str | None = None
    # Law sets that always apply to this marketplace's orders (Chinese platforms: cn_law).
    home_law: str | None = None
    # Other rule sets whose rules this one reuses under their own ids ("Taobao rule applied").
    include: dict[str, list[str]] = {}
    rules: list[RuleModel]

    @model_validator(mode="after")
    def _unique_versions(self) -> RuleSetModel:
        seen: set[tuple[str, str, date]] = set()
        for rule in self.rules:
            key = (rule.id, rule.kind, rule.effective_from)
            if key in seen:
                raise ValueError(f"rule {rule.id} has two {rule.kind} versions from {key[2]}")
            seen.add(key)
        return self
