"""The bot's use cases: handle one stored buyer message (understand, gather, decide, compose,
send or hand off, record), sweep messages a crash left unanswered, and the workbench suggestions.

Trigger: the inbound and widget paths store the buyer's message and a `bot.reply` job in one
transaction (`enqueue_reply`), commit, then run `handle_after_commit` in-process (fast: no queue
hop; NLU and rules run in a read-only session, the writes in a short transaction). If the process
dies in between, the job worker answers later (kefu/bot/jobs.py). The unique key on
`bot_decisions.message_id` makes every second run a no-op: the fast path, the job, a retry and
the sweep never answer twice.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.bot.cache import LOCK, remember, scoped
from kefu.bot.compose import compose_plan
from kefu.bot.context import MAX_ORDERS, build_context, recent_orders
from kefu.bot.decide import Plan, decide
from kefu.bot.facts import BotContext, Understanding
from kefu.bot.handoff import Draft, drafts, summary
from kefu.bot.models import BotDecision
from kefu.bot.policy import phrase, policy
from kefu.bot.profile import bot_profile
from kefu.bot.settings import BotSettings, settings_of
from kefu.buyers.models import Buyer
from kefu.clock import Clock
from kefu.conversations.models import Conversation, Message
from kefu.conversations.service import do_add_outgoing_message
from kefu.errors import GuardBlocked
from kefu.events import Event, publish_after_commit
from kefu.guard import check
from kefu.replies.library import Library, default_library
from kefu.replies.rendering import wrap
from kefu.replies.service import shop_library
from kefu.runtime import Runtime
from kefu.shops.models import Shop

log = logging.getLogger(__name__)

JOB_KIND = "bot.reply"
# The in-process fast path answers within milliseconds; the job waits this long before it
# covers a process that died between the commit and the answer.
JOB_DELAY = timedelta(seconds=20)


@dataclass(frozen=True)
class BotOutcome:
    message_id: int
    action: str
    reason: str
    intent: str
    lang: str
    confidence: float
    reply: str | None = None
    template_id: str | None = None
    handed_off: bool = False
    stage: str | None = None
    summary: str = ""
    drafts: tuple[Draft, ...] = ()
    rule_ids: tuple[str, ...] = ()
    guard_blocks: int = 0
    latency_ms: float = 0.0
    nlu_ms: float = 0.0
    sent: tuple[str, ...] = field(default_factory=tuple)


def understand(text: str, shop: Shop, prior_lang: str | None, guard_meta: Any) -> Understanding:
    from kefu.nlu.analyze import analyze

    analysis = analyze(text, shop_id=shop.id, prior_lang=prior_lang)
    intent = analysis.intent
    findings = guard_meta if isinstance(guard_meta, list) else None
    if findings is None:
        findings = [f.as_dict() for f in check(text, "in", shop.marketplace, None).findings]
    sentiment = analysis.sentiment
    return Understanding(
        text=text,
        lang=analysis.language.lang,
        intent=intent.intent if intent else "other",
        confidence=float(intent.confidence) if intent else 0.0,
        top=tuple((i, float(p)) for i, p in intent.top) if intent else (),
        abstained=bool(intent.abstained) if intent else True,
        entities=tuple(
            (e.kind, e.value, {**dict(e.extra), "text": e.text}) for e in analysis.entities
        ),
        anger=float(getattr(sentiment, "anger", 0.0) or 0.0),
        sentiment=str(getattr(sentiment, "label", "neutral")),
        guard_in=frozenset(str(f.get("category")) for f in findings),
    )


# The shop's reply library is read on every message and edited rarely: cache it per shop, keyed
# by the number of enabled rows and the newest edit, so a change is used on the next message.


def library_for(db: Session, shop_id: int) -> Library:
    """The shop's own enabled replies, or the shipped library when the shop has none yet."""
    from kefu.replies.models import ReplyTemplate

    stamp = tuple(
        db.execute(
            select(func.count(ReplyTemplate.id), func.max(ReplyTemplate.updated_at))
            .where(ReplyTemplate.shop_id == shop_id)
        ).one()
    )  # fmt: skip
    with LOCK:
        cached: tuple[tuple[object, ...], Library] | None = scoped(db, "libraries").get(shop_id)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    library = shop_library(db, shop_id)
    library = library if library.templates else default_library()
    remember(scoped(db, "libraries"), shop_id, (stamp, library), 1024)
    return library


def _already(db: Session, message_id: int) -> bool:
    return db.scalar(select(BotDecision.id).where(BotDecision.message_id == message_id)) is not None


# No savepoints on the writing path: SQLAlchemy fires "after_commit" when a SAVEPOINT is released,
# which would publish "message.created" (kefu/events.py) before the real commit, and a widget that
# fetches on that notice would find nothing. The guard check in do_add_outgoing_message runs
# before anything is added, so a GuardBlocked leaves no partial write behind.
def _send(db: Session, conversation: Conversation, text: str, now: datetime,
          meta: dict[str, object]) -> Message:  # fmt: skip
    return do_add_outgoing_message(db, conversation, text=text, sender_kind="bot", now=now,
                                   meta=meta)  # fmt: skip


def _set_stage(db: Session, conversation: Conversation, stage: str, now: datetime) -> None:
    # The conversation service's update needs an agent principal; the bot is not one, so the
    # queue move is made here, audited and published the same way.
    if conversation.stage == stage:
        return
    old, conversation.stage = conversation.stage, stage
    audit.record(db, at=now, action="conversation.update", entity="conversation",
                 entity_id=conversation.id, user_id=None, shop_id=conversation.shop_id,
                 changes={"stage": [old, stage], "by": "bot"})  # fmt: skip
    publish_after_commit(db, Event("conversation.updated", conversation.shop_id,
                                   {"conversation_id": conversation.id, "changes": ["stage"]}))  # fmt: skip


def _record(
    db: Session, message: Message, conversation: Conversation, u: Understanding | None,
    plan: Plan | None, action: str, reason: str, started: float, nlu_ms: float, *,
    reply: Message | None = None, template_id: str | None = None, handed: bool = False,
    note: str = "", offered: list[Draft] | None = None, blocks: int = 0,
    sent: list[str] | None = None,
) -> BotOutcome:  # fmt: skip
    latency = (time.perf_counter() - started) * 1000
    rule_ids = tuple(r for r in (plan.rule_ids if plan else ()) if r)
    row = BotDecision(
        shop_id=message.shop_id, conversation_id=conversation.id, message_id=message.id,
        reply_message_id=reply.id if reply is not None else None,
        order_id=plan.order.id if plan and plan.order else None,
        lang=u.lang if u else "", intent=u.intent if u else "",
        confidence=u.confidence if u else 0.0, action=action, reason=reason,
        handed_off=handed, template_id=template_id, rule_ids=list(rule_ids),
        slots=plan.slots if plan else {}, guard_blocks=blocks, summary=note,
        latency_ms=round(latency, 2), nlu_ms=round(nlu_ms, 2), created_at=message.created_at,
    )  # fmt: skip
    db.add(row)
    db.flush()
    return BotOutcome(
        message_id=message.id, action=action, reason=reason, intent=row.intent, lang=row.lang,
        confidence=row.confidence, reply=sent[0] if sent else None, template_id=template_id,
        handed_off=handed, stage=plan.stage if plan and handed else None, summary=note,
        drafts=tuple(offered or ()), rule_ids=rule_ids, guard_blocks=blocks,
        latency_ms=latency, nlu_ms=nlu_ms, sent=tuple(sent or ()),
    )  # fmt: skip


# Intent handlers that read an order's rules (deadlines, eligibility, freight payer).
_ORDER_HANDLERS = ("order", "photos")


@dataclass(frozen=True)
class Prepared:
    """Everything the bot decided and composed for one buyer message, before anything is written.
    Computed from a read-only session (NLU and rules never run inside a write transaction)."""

    message_id: int
    conversation_id: int
    buyer_name: str
    buyer_tz: str
    tone: str | None
    acts_alone: bool
    started: float
    nlu_ms: float
    u: Understanding | None = None
    plan: Plan | None = None
    ctx: BotContext | None = None
    # The composed, guarded reply (None: nothing to send).
    text: str | None = None
    template_id: str | None = None
    guard_blocks: int = 0
    skipped: str | None = None  # "bot_off" / "nlu_failed": record and stop


def prepare_reply(db: Session, message_id: int, clock: Clock) -> Prepared | None:
    """Understand, gather, decide and compose for one stored buyer message. Reads only.
    None when there is nothing to do (not a buyer text, or already handled)."""
    started = time.perf_counter()
    message = db.get(Message, message_id)
    if message is None or message.sender_kind != "buyer" or not message.text.strip():
        return None
    if _already(db, message_id):
        return None
    now = clock.now()
    conversation = db.get(Conversation, message.conversation_id)
    assert conversation is not None
    shop = db.get(Shop, conversation.shop_id)
    buyer = db.get(Buyer, conversation.buyer_id)
    assert shop is not None and buyer is not None
    settings = settings_of(shop.settings)
    base = dict(message_id=message.id, conversation_id=conversation.id,
                buyer_name=buyer.name or buyer.nickname or "",
                buyer_tz=buyer.timezone or shop.timezone, tone=None,
                acts_alone=settings.acts_alone(now, shop.timezone), started=started)  # fmt: skip
    if settings.mode == "off":
        return Prepared(**base, nlu_ms=0.0, skipped="bot_off")  # type: ignore[arg-type]
    t_nlu = time.perf_counter()
    try:
        u = understand(message.text, shop, conversation.language or buyer.language,
                       (message.meta or {}).get("guard"))  # fmt: skip
    except Exception:
        log.exception("bot: NLU failed for message %s", message_id)
        return Prepared(**base, nlu_ms=0.0, skipped="nlu_failed")  # type: ignore[arg-type]
    nlu_ms = (time.perf_counter() - t_nlu) * 1000
    handler = policy().intents.get(u.intent, policy().intents["other"]).handler
    needs_rules = handler in _ORDER_HANDLERS
    orders = recent_orders(db, shop, buyer)
    profile = bot_profile(
        db, buyer, u.lang, [o.status for o in orders], complete=len(orders) < MAX_ORDERS
    )
    ctx = build_context(db, shop, conversation, buyer, message.id, now, profile.tone,
                        rules=needs_rules, orders=orders)  # fmt: skip
    plan = decide(u, ctx, settings, now)
    base["tone"] = profile.tone
    text = template_id = None
    blocks = 0
    if plan.action in ("answer", "ask") and base["acts_alone"]:
        library = library_for(db, shop.id)
        composed = compose_plan(plan, u.lang, ctx.buyer_tz, shop.marketplace, ctx.tone, library)
        if composed is not None:
            blocks = composed.guard_blocks
        if composed is None or not composed.text:
            plan = replace(plan, action="handoff",
                           reason="guard_blocked" if blocks else "no_template")  # fmt: skip
        else:
            text, template_id = composed.text, composed.template_id
            if settings.rephrase.enabled:
                from kefu.bot.rephrase import rephrase_draft

                text = rephrase_draft(text, plan.variables, u.lang, shop.marketplace,
                                      settings.rephrase)  # fmt: skip
    return Prepared(**base, nlu_ms=nlu_ms, u=u, plan=plan, ctx=ctx, text=text,  # type: ignore[arg-type]
                    template_id=template_id, guard_blocks=blocks)  # fmt: skip


def do_apply_reply(
    db: Session, prepared: Prepared, clock: Clock, *, same_transaction: bool = False
) -> BotOutcome | None:
    """Write what prepare_reply decided: the reply, the hand-off (note with summary and drafts,
    queue move), the decision row. Short; the caller commits. None if already handled
    (`same_transaction`: prepare_reply checked that in this very transaction)."""
    if not same_transaction and _already(db, prepared.message_id):
        return None
    now = clock.now()
    message = db.get(Message, prepared.message_id)
    conversation = db.get(Conversation, prepared.conversation_id)
    assert message is not None and conversation is not None
    u, plan, ctx = prepared.u, prepared.plan, prepared.ctx
    if prepared.skipped or u is None or plan is None or ctx is None:
        action = "skipped" if prepared.skipped == "bot_off" else "error"
        return _record(db, message, conversation, None, None, action, prepared.skipped or "",
                       prepared.started, prepared.nlu_ms)  # fmt: skip
    acts_alone = prepared.acts_alone
    sent: list[str] = []
    reply: Message | None = None
    template_id: str | None = None
    blocks = prepared.guard_blocks
    if prepared.text is not None:
        try:
            reply = _send(db, conversation, prepared.text, now,
                          {"bot": {"intent": u.intent, "template": prepared.template_id}})  # fmt: skip
            sent.append(prepared.text)
            template_id = prepared.template_id
        except GuardBlocked:
            blocks += 1
            plan = replace(plan, action="handoff", reason="guard_blocked")
    handed = plan.hands_off or not acts_alone
    note = ""
    offered: list[Draft] = []
    if handed:
        library = library_for(db, conversation.shop_id)
        offered = drafts(u, plan, prepared.buyer_tz, ctx.tone, library)
        note = summary(u, ctx, plan, sent)
        if plan.action == "handoff" and acts_alone and plan.reason != "phishing":
            passing = phrase("passing_on", u.lang)
            if passing:
                text = wrap(passing, u.lang, buyer_name=prepared.buyer_name or None)
                try:
                    _send(db, conversation, text, now, {"bot": {"handoff": True}})
                    sent.append(text)
                except GuardBlocked:
                    blocks += 1
        do_add_outgoing_message(
            db, conversation, text=note, sender_kind="bot", now=now, internal=True,
            meta={"bot": {"handoff": True, "reason": plan.reason, "intent": u.intent,
                          "summary": note, "drafts": [d.__dict__ for d in offered]}},
        )  # fmt: skip
        _set_stage(db, conversation, plan.stage, now)
    action = plan.action if acts_alone else "draft"
    return _record(db, message, conversation, u, plan, action, plan.reason, prepared.started,
                   prepared.nlu_ms, reply=reply, template_id=template_id, handed=handed,
                   note=note, offered=offered, blocks=blocks, sent=sent)  # fmt: skip


def do_handle_buyer_message(db: Session, message_id: int, clock: Clock) -> BotOutcome | None:
    """Answer, ask or hand off for one stored buyer message, in the caller's session and
    transaction (the job handler, the sweep, the scenario suite); at most once per message.
    Never raises for a bot failure: the message is stored, so a person will see it."""
    prepared = prepare_reply(db, message_id, clock)
    if prepared is None:
        return None
    return do_apply_reply(db, prepared, clock, same_transaction=True)


def handle_after_commit(runtime: Runtime, message_id: int) -> BotOutcome | None:
    """The fast path, right after the buyer's message committed: compute in a read-only session
    (on SQLite no write lock is held while NLU runs), then write in a short transaction. A crash
    anywhere here is covered by the `bot.reply` job written with the message; the unique key on
    bot_decisions.message_id makes the job a no-op when this path finished first."""
    try:
        with runtime.read_sessions() as reading:
            prepared = prepare_reply(reading, message_id, runtime.clock)
            reading.rollback()
        if prepared is None:
            return None
        with runtime.sessions() as writing:
            try:
                outcome = do_apply_reply(writing, prepared, runtime.clock)
                writing.commit()
            except IntegrityError:
                # The job worker wrote the decision between our check and our insert.
                writing.rollback()
                return None
        return outcome
    except Exception:
        log.exception("bot: handling message %s failed; the bot.reply job will retry", message_id)
        return None


def enqueue_reply(db: Session, shop_id: int, client_message_id: str, now: datetime) -> None:
    """Schedule the bot's answer to the buyer message `client_message_id` in the caller's
    transaction, the one that stores the message. Call it BEFORE adding the message: the queue
    writes in a SAVEPOINT, whose release makes SQLAlchemy fire "after_commit", which would publish
    the message's real-time notice before the real commit. The fast path normally answers first;
    the job then finds the decision and does nothing. Due a little later so the worker does not
    race the fast path."""
    from kefu.jobs.service import do_enqueue

    do_enqueue(db, JOB_KIND, due_at=now + JOB_DELAY, now=now,
               idempotency_key=f"{JOB_KIND}:{shop_id}:{client_message_id}", shop_id=shop_id,
               target_kind="message",
               payload={"shop_id": shop_id, "client_message_id": client_message_id})  # fmt: skip


def message_for_job(db: Session, payload: dict[str, Any]) -> int | None:
    from kefu.conversations.service import find_by_client_id

    shop_id, cid = payload.get("shop_id"), payload.get("client_message_id")
    if not isinstance(shop_id, int) or not isinstance(cid, str):
        return None
    message = find_by_client_id(db, shop_id, cid)
    return message.id if message is not None else None


def do_sweep_unanswered(db: Session, clock: Clock, *, window: timedelta = timedelta(hours=1),
                        limit: int = 200) -> int:  # fmt: skip
    """Handle buyer messages a crash left without a bot decision (newest hour only: older ones
    are already in front of an agent). Returns how many were handled."""
    since = clock.now() - window
    handled = select(BotDecision.message_id)
    rows = db.scalars(
        select(Message.id)
        .where(
            Message.sender_kind == "buyer", Message.created_at >= since, Message.id.not_in(handled)
        )
        .order_by(Message.id)
        .limit(limit)
    ).all()
    count = 0
    for message_id in rows:
        if do_handle_buyer_message(db, message_id, clock) is not None:
            count += 1
    return count


def do_set_settings(
    db: Session, shop: Shop, settings: BotSettings, now: datetime, user_id: int | None
) -> BotSettings:
    """Store validated bot settings in shop.settings["bot"], audited."""
    old = (shop.settings or {}).get("bot")
    shop.settings = {**(shop.settings or {}), "bot": settings.model_dump(mode="json")}
    audit.record(db, at=now, action="bot.settings", entity="shop", entity_id=shop.id,
                 user_id=user_id, shop_id=shop.id,
                 changes={"bot": [old, shop.settings["bot"]]})  # fmt: skip
    db.flush()
    return settings


def suggestions(db: Session, conversation: Conversation, now: datetime) -> dict[str, Any]:
    """Top replies for the latest buyer message: template, filled variables, knowledge snippet."""
    message = db.scalar(
        select(Message)
        .where(Message.conversation_id == conversation.id, Message.sender_kind == "buyer")
        .order_by(Message.id.desc())
        .limit(1)
    )
    if message is None or not message.text.strip():
        return {"message_id": None, "suggestions": []}
    shop = db.get(Shop, conversation.shop_id)
    buyer = db.get(Buyer, conversation.buyer_id)
    assert shop is not None and buyer is not None
    u = understand(message.text, shop, conversation.language or buyer.language,
                   (message.meta or {}).get("guard"))  # fmt: skip
    ctx = build_context(db, shop, conversation, buyer, message.id + 1, now, None)
    plan = decide(u, ctx, settings_of(shop.settings), now)
    library = library_for(db, shop.id)
    offered = drafts(u, plan, ctx.buyer_tz, ctx.tone, library)
    snippet = None
    if plan.product is not None:
        k = plan.product.knowledge.get(u.lang) or plan.product.knowledge.get("en")
        if k is not None:
            snippet = {"product": plan.product.title(u.lang), "material": k.material,
                       "care": k.care, "fit_notes": k.fit_notes}  # fmt: skip
    variables = {k: str(v) for k, v in plan.variables.items() if v is not None}
    return {
        "message_id": message.id,
        "intent": u.intent,
        "confidence": u.confidence,
        "lang": u.lang,
        "bot_plan": {"action": plan.action, "reason": plan.reason},
        "suggestions": [
            {
                "template_id": d.template_id,
                "text": d.text,
                "variables": variables,
                "knowledge": snippet,
            }
            for d in offered
        ],
    }
