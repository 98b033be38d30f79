"""The order lifecycle as a transition table.

created → paid → shipped → delivered → confirmed → reviewed; created → closed (unpaid auto-close or
buyer cancel); a full refund ends the order in `refunded` from any paid state. Partial refunds do not
move the lifecycle (the parcel still ships); they are tracked in `refund_status` beside it.
"""

from __future__ import annotations

from typing import Final, Literal

from kefu.errors import IllegalTransition

OrderStatus = Literal[
    "created", "paid", "shipped", "delivered", "confirmed", "reviewed", "closed", "refunded"
]

ORDER_STATUSES: Final[tuple[str, ...]] = (
    "created",
    "paid",
    "shipped",
    "delivered",
    "confirmed",
    "reviewed",
    "closed",
    "refunded",
)

TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    "created": frozenset({"paid", "closed"}),
    "paid": frozenset({"shipped", "refunded"}),
    # A buyer may confirm receipt before the carrier reports delivery; the sign-for time then stays unknown.
    "shipped": frozenset({"delivered", "confirmed", "refunded"}),
    "delivered": frozenset({"confirmed", "refunded"}),
    "confirmed": frozenset({"reviewed", "refunded"}),
    "reviewed": frozenset({"refunded"}),
    "closed": frozenset(),
    "refunded": frozenset(),
}

# Which timestamp column each state stamps when entered.
STAMP_COLUMN: Final[dict[str, str]] = {
    "paid": "paid_at",
    "shipped": "shipped_at",
    "delivered": "delivered_at",
    "confirmed": "confirmed_at",
    "reviewed": "reviewed_at",
    "closed": "closed_at",
    "refunded": "refunded_at",
}

# States in which money has been taken, so a refund can apply.
PAID_STATES: Final[frozenset[str]] = frozenset(
    {"paid", "shipped", "delivered", "confirmed", "reviewed"}
)


def check_transition(current: str, target: str) -> None:
    """Raise IllegalTransition unless `current → target` is in the table."""
    if target not in TRANSITIONS:
        raise IllegalTransition(
            f"unknown order status {target!r}; expected one of {', '.join(ORDER_STATUSES)}",
            current=current,
            target=target,
        )
    allowed = TRANSITIONS.get(current, frozenset())
    if target not in allowed:
        options = ", ".join(sorted(allowed)) or "none (final state)"
        raise IllegalTransition(
            f"an order in state {current!r} cannot move to {target!r}; allowed: {options}",
            current=current,
            target=target,
        )


def path_to(target: str) -> list[str]:
    """The states an order passes through from `created` to reach `target` on the main path."""
    main = ["created", "paid", "shipped", "delivered", "confirmed", "reviewed"]
    if target in main:
        return main[: main.index(target) + 1]
    if target == "closed":
        return ["created", "closed"]
    if target == "refunded":
        return ["created", "paid", "refunded"]
    raise IllegalTransition(f"unknown order status {target!r}")
