"""What a widget visitor can do: start a visit, read their own conversation, send messages.

`access_widget_conversation` is the only way the widget loads a conversation: it must belong to
the token's buyer, otherwise it does not exist as far as the visitor can tell.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.buyers import service as buyers
from kefu.conversations import service as conversations
from kefu.conversations.models import Conversation, Message
from kefu.errors import NotFound
from kefu.shops.models import Shop
from kefu.shops.service import get_shop_by_slug
from kefu.widget.tokens import Visitor

CHANNEL = "widget"
# The languages the widget speaks; anything else falls back to the shop's first language.
WIDGET_LANGS = ("zh-Hans", "zh-Hant", "en", "es")


def shop_by_slug(db: Session, slug: str) -> Shop:
    return get_shop_by_slug(db, slug)


def do_start_visit(db: Session, shop: Shop, lang: str | None, now: datetime) -> Visitor:
    """A new anonymous visitor: a buyer row with a random id the visitor never sees."""
    buyer = buyers.do_get_or_create_buyer(
        db,
        shop.id,
        f"web_{secrets.token_urlsafe(12)}",
        now,
        language=lang if lang in WIDGET_LANGS else None,
    )
    return Visitor(shop_id=shop.id, buyer_id=buyer.id)


def current_conversation(db: Session, visitor: Visitor) -> Conversation | None:
    """The visitor's latest widget conversation, resolved or not: writing again reopens it."""
    return db.scalar(
        select(Conversation)
        .where(
            Conversation.shop_id == visitor.shop_id,
            Conversation.buyer_id == visitor.buyer_id,
            Conversation.channel == CHANNEL,
        )
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def access_widget_conversation(db: Session, visitor: Visitor, conversation_id: int) -> Conversation:
    conversation = db.get(Conversation, conversation_id)
    if (
        conversation is None
        or conversation.buyer_id != visitor.buyer_id
        or conversation.shop_id != visitor.shop_id
    ):
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def visible_messages(
    db: Session, conversation: Conversation, after_id: int = 0, limit: int = 200
) -> list[Message]:
    return conversations.messages_of(
        db, conversation, after_id=after_id, include_internal=False, limit=limit
    )


def find_message(db: Session, visitor: Visitor, client_message_id: str) -> Message | None:
    return conversations.find_by_client_id(db, visitor.shop_id, client_message_id)


def do_send(
    db: Session,
    visitor: Visitor,
    *,
    text: str,
    client_message_id: str,
    now: datetime,
    lang: str | None = None,
    kind: str = "text",
    attachments: list[dict[str, object]] | None = None,
) -> tuple[Message, bool]:
    """Store the visitor's message once (idempotent on client_message_id); the caller commits
    before answering, so an acknowledged message is a stored message."""
    existing = conversations.find_by_client_id(db, visitor.shop_id, client_message_id)
    if existing is not None:
        access_widget_conversation(db, visitor, existing.conversation_id)
        return existing, True
    # The bot's answer is owed from this very transaction on (kefu/bot/service.py): its job row
    # commits with the message, so a crash before the in-process answer is covered. Queued
    # before anything else is written (see enqueue_reply for why).
    from kefu.bot.service import enqueue_reply

    if text.strip():
        enqueue_reply(db, visitor.shop_id, client_message_id, now)
    conversation = current_conversation(db, visitor)
    if conversation is None:
        conversation = conversations.do_create_conversation(
            db,
            {
                "shop_id": visitor.shop_id,
                "buyer_id": visitor.buyer_id,
                "channel": CHANNEL,
                "stage": "pre_sale",
                "language": lang if lang in WIDGET_LANGS else None,
            },
            now,
        )
    message, duplicate = conversations.do_add_buyer_message(
        db,
        conversation,
        text=text,
        client_message_id=client_message_id,
        now=now,
        kind=kind,
        attachments=attachments,
        lang=lang if lang in WIDGET_LANGS else None,
    )
    return message, duplicate


def do_mark_read(db: Session, conversation: Conversation, upto_id: int, now: datetime) -> None:
    if upto_id <= conversation.buyer_read_upto:
        return
    conversations.do_mark_read_by_buyer(db, conversation, upto_id, now)
