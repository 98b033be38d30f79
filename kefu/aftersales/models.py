"""After-sales cases (C8): the case tied to an order, its items, every state move, evidence files,
outcomes (refund, resend, compensation, ruling) and the SLA alerts sent for it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kefu.db import Base, BigID, JSONType, Money, UTCDateTime


class AfterSalesCase(Base):
    __tablename__ = "aftersales_cases"
    __table_args__ = (
        Index("ix_aftersales_cases_shop_state", "shop_id", "state"),
        Index("ix_aftersales_cases_sla_due_at", "sla_due_at"),
    )

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The buyer message the case was opened from, when there is one.
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )
    case_type: Mapped[str] = mapped_column(String(24), index=True)
    # See kefu/aftersales/states.py; only do_transition_case changes it.
    state: Mapped[str] = mapped_column(String(24))
    # Bumped on every state move: an SLA alert scheduled for an older state is stale.
    state_seq: Mapped[int] = mapped_column(Integer, default=0)
    reason_code: Mapped[str] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True
    )
    currency: Mapped[str] = mapped_column(String(3))
    requested_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    refunded_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    compensation_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    ruling: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # The platform's own deadline for the current state (ENG-02); cleared on every move.
    platform_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The current SLA, kept on the row so lists can filter overdue / at-risk cases in SQL.
    sla_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sla_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sla_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sla_rule_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sla_job_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    items: Mapped[list[CaseItem]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseItem.id"
    )
    transitions: Mapped[list[CaseTransition]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseTransition.id"
    )
    evidence: Mapped[list[CaseEvidence]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvidence.id"
    )
    outcomes: Mapped[list[CaseOutcome]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseOutcome.id"
    )
    alerts: Mapped[list[CaseAlert]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseAlert.id"
    )


class CaseItem(Base):
    __tablename__ = "aftersales_case_items"
    __table_args__ = (UniqueConstraint("case_id", "order_item_id"),)

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("aftersales_cases.id", ondelete="CASCADE"), index=True
    )
    order_item_id: Mapped[int] = mapped_column(
        ForeignKey("order_items.id", ondelete="CASCADE"), index=True
    )
    # Copied from the order item so the report groups by product without joining back.
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), nullable=True, index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    sku: Mapped[str] = mapped_column(String(64), default="")
    quantity: Mapped[int] = mapped_column(Integer)

    case: Mapped[AfterSalesCase] = relationship(back_populates="items")


class CaseTransition(Base):
    __tablename__ = "aftersales_case_transitions"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("aftersales_cases.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(24), nullable=True)
    to_state: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[AfterSalesCase] = relationship(back_populates="transitions")


class CaseEvidence(Base):
    __tablename__ = "aftersales_case_evidence"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("aftersales_cases.id", ondelete="CASCADE"), index=True
    )
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    # defect_photo, carrier_proof, packaging_photo, chat_record, other
    kind: Mapped[str] = mapped_column(String(24))
    # Relative to <data_dir>/evidence; a random key, never the uploaded name.
    path: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    uploaded_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    case: Mapped[AfterSalesCase] = relationship(back_populates="evidence")


class CaseOutcome(Base):
    """What was done: money back, goods resent, compensation paid, a platform ruling."""

    __tablename__ = "aftersales_case_outcomes"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("aftersales_cases.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # refund, resend, compensation, ruling
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    carrier: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tracking_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ruling: Mapped[str | None] = mapped_column(String(24), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )

    case: Mapped[AfterSalesCase] = relationship(back_populates="outcomes")


class CaseAlert(Base):
    """An SLA alert that went out. Unique per scheduled job key: a retried job cannot send twice."""

    __tablename__ = "aftersales_case_alerts"

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("aftersales_cases.id", ondelete="CASCADE"), index=True
    )
    job_key: Mapped[str] = mapped_column(String(200), unique=True)
    sla_key: Mapped[str] = mapped_column(String(64))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # user ids the alert was addressed to (assignee, then the shop's supervisors)
    recipients: Mapped[list[int]] = mapped_column(JSONType, default=list)
    note_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )

    case: Mapped[AfterSalesCase] = relationship(back_populates="alerts")
