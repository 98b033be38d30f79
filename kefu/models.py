"""Every table, imported in one place so Alembic and `create_all` see the whole schema."""

from __future__ import annotations

from kefu.aftersales.models import (
    AfterSalesCase,
    CaseAlert,
    CaseEvidence,
    CaseItem,
    CaseOutcome,
    CaseTransition,
)
from kefu.audit.models import AuditEntry
from kefu.auth.models import ApiToken, LoginAttempt, ShopMembership, User, WebSession
from kefu.bot.models import BotDecision
from kefu.buyers.models import Buyer
from kefu.catalog.models import Product, ProductKnowledge, ProductVariant
from kefu.conversations.models import Conversation, Message
from kefu.db import Base
from kefu.followups.models import FollowupSend, FollowupSettings
from kefu.jobs.models import Job
from kefu.orders.models import (
    Order,
    OrderItem,
    OrderTransition,
    Payment,
    Review,
    Shipment,
    ShipmentEvent,
)
from kefu.replies.models import ReplyTemplate
from kefu.rules.models import RuleOverride
from kefu.shops.models import Shop

# Domains added later append their model modules here.
__all__ = [
    "AfterSalesCase",
    "ApiToken",
    "AuditEntry",
    "Base",
    "BotDecision",
    "Buyer",
    "CaseAlert",
    "CaseEvidence",
    "CaseItem",
    "CaseOutcome",
    "CaseTransition",
    "Conversation",
    "FollowupSend",
    "FollowupSettings",
    "Job",
    "LoginAttempt",
    "Message",
    "Order",
    "OrderItem",
    "OrderTransition",
    "Payment",
    "Product",
    "ProductKnowledge",
    "ProductVariant",
    "ReplyTemplate",
    "Review",
    "RuleOverride",
    "Shipment",
    "ShipmentEvent",
    "Shop",
    "ShopMembership",
    "User",
    "WebSession",
]
