"""The scenario suite: scripted multi-turn dialogues over the demo shops (kefu/bot/scenarios/*.yaml).
Each names a kind of demo buyer, what they say, and what the bot's replies must and must not
contain — facts the runner reads from the data itself (the order's tracking number, the rules
engine's deadline, the chart row), never copied from the bot. Each dialogue runs in a savepoint
that is rolled back, so the demo database is left as it was.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.bot.service import do_handle_buyer_message
from kefu.bot.settings import BotSettings
from kefu.bot.text import traditional
from kefu.buyers.models import Buyer
from kefu.catalog.models import Product
from kefu.clock import FixedClock
from kefu.conversations.service import do_add_buyer_message, do_create_conversation
from kefu.guard import check
from kefu.orders.models import Order
from kefu.replies.formatting import format_datetime
from kefu.rules.service import evaluate_stored_order
from kefu.shops.models import Shop

SCENARIO_DIR = Path(__file__).parent / "scenarios"


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["answer", "ask", "handoff", "any"] = "any"
    contains: list[str] = Field(default_factory=list)
    not_contains: list[str] = Field(default_factory=list)


class TurnIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    say: str
    expect: Expect = Field(default_factory=Expect)


class Dialogue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    lang: Literal["zh-Hans", "zh-Hant", "en", "es"]
    shop: Literal["taobao", "aliexpress"]
    stage: Literal["pre_sale", "in_sale", "after_sale"]
    # A demo buyer with exactly one order in this state (none: a buyer with no orders).
    order_status: str | None = None
    handoff: bool
    # The demo product the dialogue names (code without the shop prefix, e.g. "ridge-mid-m"):
    # its knowledge file gives {material} and {care} in the dialogue's language.
    product: str | None = None
    turns: list[TurnIn] = Field(min_length=1)


class SuiteFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1]
    version: str
    dialogues: list[Dialogue]


def load_dialogues(directory: Path = SCENARIO_DIR) -> list[Dialogue]:
    found: list[Dialogue] = []
    for path in sorted(directory.glob("*.yaml")):
        found += SuiteFile.model_validate(
            yaml.safe_load(path.read_text(encoding="utf-8"))
        ).dialogues
    ids = [d.id for d in found]
    if len(ids) != len(set(ids)):
        raise ValueError("scenario ids repeat")
    return found


# The demo shops' shipping table as a shop owner would enter it, from the demo's own figures
# (kefu/demo/data/shops.yaml fees, logistics.yaml carrier days).
DEMO_BOT_SETTINGS: dict[str, dict[str, Any]] = {
    "taobao": {
        "shipping": [
            {"destinations": ["新疆", "西藏", "新疆维吾尔自治区", "西藏自治区"], "carrier": "圆通速递",
             "fee": "15.00", "currency": "CNY", "delivery_days": "2-4"},
            {"destinations": ["CN"], "carrier": "圆通速递", "fee": "0.00", "currency": "CNY",
             "delivery_days": "2-4"},
        ],
        "promotion": {"zh-Hans": "满300减20"},
    },
    "aliexpress": {
        "shipping": [
            {"destinations": ["US", "ES", "MX", "CL", "AR", "GB", "AU", "BR"], "carrier": "Cainiao",
             "fee": "3.50", "currency": "USD", "delivery_days": "9-22"},
        ],
    },
}  # fmt: skip


@dataclass
class Report:
    dialogues: int = 0
    resolved_by_bot: int = 0
    handed_off_correctly: int = 0
    wrong_facts: int = 0
    guard_blocks: int = 0
    latencies: list[float] = field(default_factory=list)
    # The part of each latency spent in NLU analysis (language, intent, entities, sentiment).
    nlu_latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    # Dialogues that had to reach a person and did not; buyer-visible texts the guard blocks.
    missed_handoffs: list[str] = field(default_factory=list)
    blocked_sent: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        ordered = sorted(self.latencies) or [0.0]
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        return {
            "dialogues": self.dialogues,
            "resolved_by_bot": self.resolved_by_bot,
            "handed_off_correctly": self.handed_off_correctly,
            "wrong_facts": self.wrong_facts,
            "guard_blocks": self.guard_blocks,
            "latency_ms_p50": round(statistics.median(ordered), 1),
            "latency_ms_p99": round(p99, 1),
            "failures": self.failures,
        }


def _shop(db: Session, key: str) -> Shop:
    slug = {"taobao": "lingxing-taobao", "aliexpress": "lingxing-aliexpress"}[key]
    shop = db.scalar(select(Shop).where(Shop.slug == slug))
    if shop is None:
        raise LookupError(f"demo shop {slug} is not loaded")
    return shop


def _buyer(db: Session, shop: Shop, status: str | None, index: int) -> tuple[Buyer, Order | None]:
    """The index-th buyer (cycling) whose only order is in `status`, or with no orders at all."""
    buyer_ids = db.scalars(
        select(Buyer.id).where(Buyer.shop_id == shop.id).order_by(Buyer.id)
    ).all()
    orders: dict[int, list[tuple[int, str]]] = {}
    for buyer_id, order_id, order_status in db.execute(
        select(Order.buyer_id, Order.id, Order.status).where(Order.shop_id == shop.id)
    ):
        orders.setdefault(buyer_id, []).append((order_id, order_status))
    fits: list[tuple[int, int | None]] = [
        (b, orders[b][0][0] if orders.get(b) else None) for b in buyer_ids
        if (status is None and not orders.get(b))
        or (status is not None and len(orders.get(b, [])) == 1 and orders[b][0][1] == status)
    ]  # fmt: skip
    if not fits:
        raise LookupError(f"no demo buyer in {shop.slug} fits order status {status}")
    buyer_id, order_ref = fits[index % len(fits)]
    buyer = db.get(Buyer, buyer_id)
    assert buyer is not None
    return buyer, db.get(Order, order_ref) if order_ref is not None else None


def _facts(db: Session, order: Order | None, lang: str, tz: str, now: datetime) -> dict[str, str]:
    """Facts read from the data by the runner, for {placeholders} in expectations."""
    facts: dict[str, str] = {}
    if order is None:
        return facts
    facts["order_no"] = order.order_number
    if order.shipments:
        facts["tracking_no"] = order.shipments[-1].tracking_number
        facts["carrier"] = order.shipments[-1].carrier
    for decision in evaluate_stored_order(db, order, now).decisions:
        for d in decision.deadlines:
            if d.key == "no_reason_return":
                facts["return_deadline"] = format_datetime(d.at, lang, tz)
            if d.key == "ship_by" and decision.topic == "ship_by":
                facts["ship_by"] = format_datetime(d.at, lang, tz)
    return facts


def _product_facts(db: Session, shop: Shop, code: str, lang: str) -> dict[str, str]:
    product = db.scalar(
        select(Product).where(Product.shop_id == shop.id, Product.code.endswith(code))
    )
    if product is None:
        raise LookupError(f"demo product {code} is not sold in {shop.slug}")
    files = {k.lang: k for k in product.knowledge}
    source = files.get("zh-Hans" if lang == "zh-Hant" else lang)
    if source is None:
        return {}
    convert = traditional if lang == "zh-Hant" else str
    return {"material": convert(source.material.rstrip("。.! ")),
            "care": convert(source.care.rstrip("。.! "))}  # fmt: skip


def run_dialogue(
    db: Session, dialogue: Dialogue, index: int, now: datetime, report: Report
) -> None:
    shop = _shop(db, dialogue.shop)
    buyer, order = _buyer(db, shop, dialogue.order_status, index)
    clock = FixedClock(now)
    with db.begin_nested() as savepoint:
        shop.settings = {**(shop.settings or {}), "bot": BotSettings.model_validate(
            DEMO_BOT_SETTINGS[dialogue.shop]).model_dump(mode="json")}  # fmt: skip
        conversation = do_create_conversation(db, {"shop_id": shop.id, "buyer_id": buyer.id,
            "channel": "widget", "stage": dialogue.stage, "language": None}, now)  # fmt: skip
        facts = _facts(db, order, dialogue.lang, buyer.timezone or shop.timezone, now)
        facts["other_tracking_no"] = "LP00000000000000"
        if dialogue.product:
            facts.update(_product_facts(db, shop, dialogue.product, dialogue.lang))
        handed, answered_all = False, True
        for n, turn in enumerate(dialogue.turns):
            message, _ = do_add_buyer_message(db, conversation, text=turn.say,
                                              client_message_id=f"suite-{dialogue.id}-{n}", now=now)  # fmt: skip
            outcome = do_handle_buyer_message(db, message.id, clock)
            assert outcome is not None
            report.latencies.append(outcome.latency_ms)
            report.nlu_latencies.append(outcome.nlu_ms)
            report.guard_blocks += outcome.guard_blocks
            handed = handed or outcome.handed_off
            said = "\n".join(outcome.sent)
            for text in outcome.sent:
                if check(text, "out", shop.marketplace, dialogue.lang).blocked:
                    report.blocked_sent.append(f"{dialogue.id} turn {n + 1}: {text!r}")
            where = f"{dialogue.id} turn {n + 1}"
            if turn.expect.action != "any" and outcome.action != turn.expect.action:
                report.failures.append(f"{where}: expected {turn.expect.action}, got "
                                       f"{outcome.action} ({outcome.reason}, {outcome.intent})")  # fmt: skip
                answered_all = False
            if outcome.action == "answer":
                for needle in turn.expect.contains:
                    wanted = needle.format(**facts)
                    if wanted not in said:
                        report.wrong_facts += 1
                        report.failures.append(f"{where}: reply lacks {wanted!r}: {said!r}")
            for needle in turn.expect.not_contains:
                banned = needle.format(**facts)
                if banned and banned in said:
                    report.wrong_facts += 1
                    report.failures.append(f"{where}: reply contains {banned!r}")
        savepoint.rollback()
    report.dialogues += 1
    if dialogue.handoff == handed:
        if handed:
            report.handed_off_correctly += 1
        elif answered_all:
            report.resolved_by_bot += 1
    else:
        report.failures.append(f"{dialogue.id}: hand-off expected {dialogue.handoff}, got {handed}")
        if dialogue.handoff:
            report.missed_handoffs.append(dialogue.id)


def run_suite(db: Session, now: datetime, dialogues: list[Dialogue] | None = None) -> Report:
    report = Report()
    counters: dict[tuple[str, str | None], int] = {}
    for dialogue in dialogues if dialogues is not None else load_dialogues():
        key = (dialogue.shop, dialogue.order_status)
        counters[key] = counters.get(key, -1) + 1
        run_dialogue(db, dialogue, counters[key], now, report)
    return report
