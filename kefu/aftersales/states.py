"""After-sales case state machines: one transition table per case type, and what each state means
to the rules engine (which platform clock it starts, which refund kind the case is).

Pure: no database, no clock. `check_case_transition` is the only gate a state change passes.
"""

from __future__ import annotations

from typing import Final, Literal

from kefu.errors import IllegalTransition, ValidationFailed

CaseType = Literal[
    "return_refund",
    "refund_only",
    "exchange",
    "resend",
    "quality_complaint",
    "not_received",
    "dispute",
    "chargeback",
]

CASE_TYPES: Final[tuple[str, ...]] = (
    "return_refund",
    "refund_only",
    "exchange",
    "resend",
    "quality_complaint",
    "not_received",
    "dispute",
    "chargeback",
)

# A buyer may withdraw a request before the seller has acted on it; a platform case cannot be
# withdrawn by us, only closed after the platform says so.
_WITHDRAWABLE = frozenset({"withdrawn"})

TRANSITIONS: Final[dict[str, dict[str, frozenset[str]]]] = {
    "return_refund": {
        "requested": frozenset({"seller_reviewing", "withdrawn"}),
        "seller_reviewing": frozenset({"approved", "rejected", "withdrawn"}),
        "approved": frozenset({"awaiting_return", "withdrawn"}),
        # The buyer may edit a rejected request; the seller then reviews it again (TB-REF-01).
        "rejected": frozenset({"seller_reviewing", "closed"}),
        "awaiting_return": frozenset({"received", "closed"}),
        "received": frozenset({"refunded", "rejected"}),
        "refunded": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "refund_only": {
        "requested": frozenset({"seller_reviewing", "withdrawn"}),
        "seller_reviewing": frozenset({"approved", "rejected", "withdrawn"}),
        "approved": frozenset({"refunded"}),
        "rejected": frozenset({"seller_reviewing", "closed"}),
        "refunded": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "exchange": {
        "requested": frozenset({"seller_reviewing", "withdrawn"}),
        "seller_reviewing": frozenset({"approved", "rejected", "withdrawn"}),
        "approved": frozenset({"awaiting_return", "withdrawn"}),
        "rejected": frozenset({"seller_reviewing", "closed"}),
        "awaiting_return": frozenset({"received", "closed"}),
        "received": frozenset({"resent", "rejected"}),
        "resent": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "resend": {
        "requested": frozenset({"seller_reviewing", "withdrawn"}),
        "seller_reviewing": frozenset({"approved", "rejected", "withdrawn"}),
        "approved": frozenset({"resent"}),
        "rejected": frozenset({"seller_reviewing", "closed"}),
        "resent": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "quality_complaint": {
        "requested": frozenset({"seller_reviewing", "withdrawn"}),
        # Visible defects need the buyer's photos first (TB-Q-01): the seller may ask for them.
        "seller_reviewing": frozenset({"awaiting_evidence", "approved", "rejected", "withdrawn"}),
        "awaiting_evidence": frozenset({"seller_reviewing", "closed"}),
        "approved": frozenset({"compensated", "refunded", "resent"}),
        "rejected": frozenset({"seller_reviewing", "closed"}),
        "compensated": frozenset({"closed"}),
        "refunded": frozenset({"closed"}),
        "resent": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "not_received": {
        "requested": frozenset({"investigating", "withdrawn"}),
        # Tracing the parcel with the carrier before deciding.
        "investigating": frozenset({"approved", "rejected", "withdrawn"}),
        "approved": frozenset({"refunded", "resent"}),
        "rejected": frozenset({"investigating", "closed"}),
        "refunded": frozenset({"closed"}),
        "resent": frozenset({"closed"}),
        "withdrawn": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "dispute": {
        "opened": frozenset({"responding", "escalated", "settled"}),
        "responding": frozenset({"escalated", "settled"}),
        "escalated": frozenset({"ruled", "settled"}),
        "settled": frozenset({"closed"}),
        "ruled": frozenset({"closed"}),
        "closed": frozenset(),
    },
    "chargeback": {
        "opened": frozenset({"responding", "accepted"}),
        "responding": frozenset({"evidence_submitted", "accepted"}),
        "evidence_submitted": frozenset({"won", "lost"}),
        "accepted": frozenset({"closed"}),
        "won": frozenset({"closed"}),
        "lost": frozenset({"closed"}),
        "closed": frozenset(),
    },
}

INITIAL_STATE: Final[dict[str, str]] = {
    t: ("opened" if t in ("dispute", "chargeback") else "requested") for t in CASE_TYPES
}

# No more work for the seller: the SLA clock stops and alerts are not sent.
RESOLVED_STATES: Final[frozenset[str]] = frozenset(
    {
        "refunded",
        "resent",
        "compensated",
        "settled",
        "ruled",
        "won",
        "lost",
        "accepted",
        "withdrawn",
        "closed",
    }
)
FINAL_STATES: Final[frozenset[str]] = frozenset({"closed"})

# Moments (kefu/rules/schema.py EVENTS) a case stamps when it enters a state; the rule engine's
# timers count from them. Several names per state because marketplaces name the same moment
# differently (Taobao refund request, JD after-sales ticket, eBay return/INR request); only the
# shop's rule set has timers for its own names.
_REQUEST_EVENTS = ("refund_requested", "aftersales_ticket_opened", "return_opened")
ENTRY_EVENTS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "return_refund": {
        "requested": _REQUEST_EVENTS,
        "rejected": ("refund_rejected", "request_rejected"),
        "approved": ("return_agreed",),
        "received": ("return_received",),
        "closed": ("case_closed",),
    },
    "refund_only": {
        "requested": ("refund_requested", "aftersales_ticket_opened"),
        "rejected": ("refund_rejected", "request_rejected"),
        "closed": ("case_closed",),
    },
    "exchange": {
        "requested": ("aftersales_ticket_opened", "return_opened"),
        "rejected": ("request_rejected",),
        "approved": ("return_agreed",),
        "received": ("return_received",),
        "closed": ("case_closed",),
    },
    "resend": {
        "requested": ("aftersales_ticket_opened",),
        "rejected": ("request_rejected",),
        "closed": ("case_closed",),
    },
    "quality_complaint": {
        "requested": ("aftersales_ticket_opened",),
        "awaiting_evidence": ("evidence_requested",),
        "rejected": ("request_rejected",),
        "closed": ("case_closed",),
    },
    "not_received": {
        "requested": ("refund_requested", "inr_opened"),
        "rejected": ("refund_rejected", "request_rejected"),
        "closed": ("case_closed",),
    },
    "dispute": {
        "opened": ("dispute_opened",),
        "ruled": ("ruling",),
        "settled": ("dispute_closed",),
        "closed": ("dispute_closed", "case_closed"),
    },
    "chargeback": {
        "opened": ("chargeback_opened",),
        "closed": ("case_closed",),
    },
}

# Which clocks run for the seller in each state: the events whose seller-side timers are the
# case's SLA while it sits there. A state not listed waits on the buyer or the platform.
SELLER_CLOCKS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "return_refund": {
        "requested": _REQUEST_EVENTS,
        "seller_reviewing": _REQUEST_EVENTS,
        "received": ("return_received",),
    },
    "refund_only": {
        "requested": ("refund_requested", "aftersales_ticket_opened"),
        "seller_reviewing": ("refund_requested", "aftersales_ticket_opened"),
        "approved": ("refund_requested",),
    },
    "exchange": {
        "requested": ("aftersales_ticket_opened", "return_opened"),
        "seller_reviewing": ("aftersales_ticket_opened", "return_opened"),
        "received": ("return_received",),
    },
    "resend": {
        "requested": ("aftersales_ticket_opened",),
        "seller_reviewing": ("aftersales_ticket_opened",),
    },
    "quality_complaint": {
        "requested": ("aftersales_ticket_opened",),
        "seller_reviewing": ("aftersales_ticket_opened",),
    },
    "not_received": {
        "requested": ("refund_requested", "inr_opened"),
        "investigating": ("refund_requested", "inr_opened"),
    },
    "dispute": {
        "opened": ("dispute_opened",),
        "responding": ("dispute_opened", "evidence_requested"),
        "ruled": ("ruling",),
    },
    "chargeback": {
        "opened": ("chargeback_opened",),
        "responding": ("chargeback_opened",),
    },
}

# The rules engine's refund kind (TB-REF-01 distinguishes them) for request-type cases.
REFUND_KIND: Final[dict[str, str]] = {
    "return_refund": "return_and_refund",
    "refund_only": "refund_only",
    "not_received": "not_received_refund_only",
}


def states_of(case_type: str) -> tuple[str, ...]:
    check_case_type(case_type)
    return tuple(TRANSITIONS[case_type])


def check_case_type(case_type: str) -> None:
    if case_type not in TRANSITIONS:
        raise ValidationFailed(
            f"unknown case type {case_type!r}; expected one of {', '.join(CASE_TYPES)}",
            case_type=case_type,
        )


def allowed_moves(case_type: str, state: str) -> frozenset[str]:
    check_case_type(case_type)
    return TRANSITIONS[case_type].get(state, frozenset())


def check_case_transition(case_type: str, current: str, target: str) -> None:
    """Raise IllegalTransition unless `current → target` is in the table of `case_type`."""
    check_case_type(case_type)
    table = TRANSITIONS[case_type]
    if target not in table:
        raise IllegalTransition(
            f"a {case_type} case has no state {target!r}; its states are {', '.join(table)}",
            case_type=case_type,
            current=current,
            target=target,
        )
    allowed = table.get(current, frozenset())
    if target not in allowed:
        options = ", ".join(sorted(allowed)) or "none (the case is closed)"
        raise IllegalTransition(
            f"a {case_type} case in state {current!r} cannot move to {target!r}; allowed: {options}",
            case_type=case_type,
            current=current,
            target=target,
        )


def refund_kind(case_type: str, order_shipped: bool) -> str | None:
    """Before shipping, any refund request is the unshipped full refund (TB-REF-01: 24 h)."""
    kind = REFUND_KIND.get(case_type)
    if kind is not None and not order_shipped and case_type != "not_received":
        return "unshipped_full_refund"
    return kind
