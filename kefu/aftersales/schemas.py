"""Pydantic shapes of the after-sales API: what opening, moving and closing a case takes and shows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from kefu.aftersales.states import CaseType

EvidenceKind = Literal["defect_photo", "carrier_proof", "packaging_photo", "chat_record", "other"]
OutcomeKind = Literal["refund", "resend", "compensation", "ruling"]
Ruling = Literal["buyer_favoured", "seller_favoured", "split"]
MoneyIn = Decimal


class CaseItemIn(BaseModel):
    order_item_id: int
    quantity: int = Field(ge=1, le=100_000)


class CaseOpen(BaseModel):
    """Open a case. Give a conversation message (the order is inferred from its conversation) or an
    order; give items to name part of the order, otherwise the whole order is concerned."""

    model_config = ConfigDict(extra="forbid")

    case_type: CaseType
    reason_code: str = Field(min_length=1, max_length=32)
    message_id: int | None = None
    conversation_id: int | None = None
    order_id: int | None = None
    items: list[CaseItemIn] | None = Field(default=None, max_length=200)
    description: str = Field(default="", max_length=4000)
    requested_amount: Decimal | None = Field(default=None, gt=0, max_digits=12, decimal_places=2)
    platform_due_at: AwareDatetime | None = None
    assignee_id: int | None = None

    @model_validator(mode="after")
    def _anchor(self) -> CaseOpen:
        if self.message_id is None and self.conversation_id is None and self.order_id is None:
            raise ValueError("give a message_id, a conversation_id or an order_id")
        return self


class CaseTransitionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to: str = Field(min_length=1, max_length=24)
    note: str = Field(default="", max_length=2000)
    # The platform's deadline for the state being entered, if it shows one (ENG-02).
    platform_due_at: AwareDatetime | None = None


class CaseUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignee_id: int | None = None
    description: str | None = Field(default=None, max_length=4000)


class OutcomeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: OutcomeKind
    amount: Decimal | None = Field(default=None, gt=0, max_digits=12, decimal_places=2)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    carrier: str | None = Field(default=None, min_length=1, max_length=64)
    tracking_number: str | None = Field(
        default=None, min_length=4, max_length=64, pattern=r"^[A-Za-z0-9\-]+$"
    )
    ruling: Ruling | None = None
    note: str = Field(default="", max_length=2000)
    at: AwareDatetime | None = None

    @model_validator(mode="after")
    def _complete(self) -> OutcomeIn:
        if self.kind in ("refund", "compensation") and self.amount is None:
            raise ValueError(f"a {self.kind} outcome needs an amount")
        if self.kind == "resend" and (self.carrier is None or self.tracking_number is None):
            raise ValueError("a resend outcome needs the carrier and the tracking number")
        if self.kind == "ruling" and self.ruling is None:
            raise ValueError("a ruling outcome needs the ruling")
        return self


class CaseItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    order_item_id: int
    product_id: int | None
    title: str
    sku: str
    quantity: int


class SlaOut(BaseModel):
    status: Literal["none", "ok", "at_risk", "overdue"]
    key: str | None = None
    due_at: datetime | None = None
    alert_at: datetime | None = None
    rule_id: str | None = None
    source: str = ""
    consequence: str = ""
    estimated: bool = False
    from_platform: bool = False


class CaseSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    order_id: int
    buyer_id: int
    conversation_id: int | None
    case_type: str
    state: str
    reason_code: str
    reason_label: str = ""
    assignee_id: int | None
    currency: str
    requested_amount: Decimal | None
    refunded_amount: Decimal
    compensation_amount: Decimal
    ruling: str | None
    opened_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    sla_key: str | None
    sla_due_at: datetime | None
    sla_alert_at: datetime | None
    sla_rule_id: str | None
    # Judged at request time, so a deadline that passed since the last change shows as overdue.
    sla_status: Literal["none", "ok", "at_risk", "overdue"] = "none"


class TimelineEntry(BaseModel):
    at: datetime
    kind: Literal["transition", "evidence", "outcome", "sla_alert"]
    summary: str
    data: dict[str, Any] = Field(default_factory=dict)


class EvidenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    name: str
    content_type: str
    size: int
    sha256: str
    width: int | None
    height: int | None
    note: str
    created_at: datetime
    url: str = ""


class CaseDetail(CaseSummary):
    description: str
    order_number: str
    items: list[CaseItemOut]
    allowed_moves: list[str]
    sla: SlaOut
    # Deadlines and who pays shipping for this case, each with its rule id and source.
    rules: dict[str, Any]
    evidence: list[EvidenceOut]
    timeline: list[TimelineEntry]


class ReasonCount(BaseModel):
    reason_code: str
    label: str
    count: int


class ReportGroup(BaseModel):
    key: str
    label: str
    total: int
    reasons: list[ReasonCount]


class DisputeReport(BaseModel):
    shop_id: int | None
    since: datetime
    until: datetime
    total_cases: int
    by_product: list[ReportGroup]
    by_carrier: list[ReportGroup]
