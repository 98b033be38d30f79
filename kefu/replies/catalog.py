"""What a reply template may refer to: the fixed intent ids, buyer-profile tones and the typed
variables the conversation, order, rules engine and product knowledge file can fill in.
"""

from __future__ import annotations

from enum import StrEnum

from kefu.nlu.intent_data import default_intents

# The default taxonomy of INTENTS.md, from its one versioned data file (kefu/nlu/intents.yaml);
# ids are fixed and shared with NLU, the bot and analytics.
INTENTS: tuple[str, ...] = default_intents()

# Buyer profiles (C4) for which the seeds teach a different way of answering.
TONES: tuple[str, ...] = ("price_sensitive", "suspicious_first_timer", "gift_buyer", "urgent")


class VarKind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    DATETIME = "datetime"
    LIST = "list"
    EVENT = "event"
    CHOICE = "choice"


# Every variable a template may use, with its kind. A template naming anything else is refused
# on load, so a typo in a shop's template is caught when it is saved, not in front of a buyer.
VARIABLES: dict[str, VarKind] = {
    "buyer_name": VarKind.TEXT,
    "shop_name": VarKind.TEXT,
    "agent_name": VarKind.TEXT,
    "order_no": VarKind.TEXT,
    "items": VarKind.LIST,
    "product_name": VarKind.TEXT,
    "material": VarKind.TEXT,
    "care": VarKind.TEXT,
    "size_row": VarKind.TEXT,
    "usual_size": VarKind.TEXT,
    "recommended_size": VarKind.TEXT,
    "amount": VarKind.MONEY,
    "shipping_fee": VarKind.MONEY,
    "refund_amount": VarKind.MONEY,
    "carrier": VarKind.TEXT,
    "tracking_no": VarKind.TEXT,
    "tracking_event": VarKind.EVENT,
    "destination": VarKind.TEXT,
    "delivery_days": VarKind.TEXT,
    "pay_deadline": VarKind.DATETIME,
    "ship_by": VarKind.DATETIME,
    "return_deadline": VarKind.DATETIME,
    "promotion": VarKind.TEXT,
    "return_address": VarKind.TEXT,
    "holiday_name": VarKind.TEXT,
    # Decided by the rules engine (who pays the exchange or return shipping); used in `when`.
    "freight_payer": VarKind.CHOICE,
}

CHOICES: dict[str, tuple[str, ...]] = {"freight_payer": ("buyer", "seller")}
